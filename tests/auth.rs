//! Sign-in and session tokens: what is refused, and how.

use axum::http::StatusCode;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use cdlp_api::auth::{AUDIENCE, ISSUER};
use cdlp_api::ratelimit::RateLimiter;
use cdlp_tests::{JWT_SECRET, TestApp, error_code};
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use serde_json::{Value, json};

const ME: &str = "{ me { email } }";

fn claims(sub: &str, aud: &str, iss: &str, exp_offset: i64) -> Value {
    let now = chrono::Utc::now().timestamp();
    json!({ "sub": sub, "aud": aud, "iss": iss, "iat": now, "exp": now + exp_offset, "jti": uuid::Uuid::new_v4() })
}

fn sign(alg: Algorithm, secret: &[u8], claims: &Value) -> String {
    encode(&Header::new(alg), claims, &EncodingKey::from_secret(secret)).unwrap()
}

async fn operator_id(app: &TestApp) -> String {
    let token = app.demo("operateur").await;
    let body = app.gql(Some(&token), "{ me { id } }", json!({})).await;
    body["data"]["me"]["id"].as_str().unwrap().to_owned()
}

async fn assert_refused(app: &TestApp, token: &str, why: &str) {
    let (status, body) = app.post(Some(token), ME, json!({})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{why}: {body}");
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"), "{why}: {body}");
    assert!(body.get("data").is_none(), "{why}: {body}");
}

#[tokio::test]
async fn a_genuine_token_is_accepted() {
    let app = TestApp::with_demo().await;
    let sub = operator_id(&app).await;
    let token = sign(
        Algorithm::HS256,
        JWT_SECRET,
        &claims(&sub, AUDIENCE, ISSUER, 600),
    );
    let body = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(body["data"]["me"]["email"], "operateur@demo.cdlp.fr");
}

#[tokio::test]
async fn forged_expired_unsigned_and_misdirected_tokens_are_unauthenticated() {
    let app = TestApp::with_demo().await;
    let sub = operator_id(&app).await;
    let good = claims(&sub, AUDIENCE, ISSUER, 600);

    assert_refused(
        &app,
        &sign(
            Algorithm::HS256,
            b"another-secret-another-secret-0123456789",
            &good,
        ),
        "foreign key",
    )
    .await;
    assert_refused(
        &app,
        &sign(
            Algorithm::HS256,
            JWT_SECRET,
            &claims(&sub, AUDIENCE, ISSUER, -120),
        ),
        "expired",
    )
    .await;
    assert_refused(
        &app,
        &sign(
            Algorithm::HS256,
            JWT_SECRET,
            &claims(&sub, "someone-else", ISSUER, 600),
        ),
        "audience",
    )
    .await;
    assert_refused(
        &app,
        &sign(
            Algorithm::HS256,
            JWT_SECRET,
            &claims(&sub, AUDIENCE, "evil", 600),
        ),
        "issuer",
    )
    .await;
    assert_refused(
        &app,
        &sign(Algorithm::HS512, JWT_SECRET, &good),
        "wrong algorithm",
    )
    .await;

    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let payload = URL_SAFE_NO_PAD.encode(good.to_string());
    assert_refused(&app, &format!("{header}.{payload}."), "alg none").await;

    // Tampered: the payload of a genuine token swapped for another user's.
    let genuine = sign(Algorithm::HS256, JWT_SECRET, &good);
    let mut parts: Vec<String> = genuine.split('.').map(str::to_owned).collect();
    parts[1] = URL_SAFE_NO_PAD
        .encode(claims(&uuid::Uuid::new_v4().to_string(), AUDIENCE, ISSUER, 600).to_string());
    assert_refused(&app, &parts.join("."), "tampered").await;

    assert_refused(&app, "not-a-token", "garbage").await;
    // A valid token for an account that does not exist.
    let ghost = sign(
        Algorithm::HS256,
        JWT_SECRET,
        &claims(&uuid::Uuid::new_v4().to_string(), AUDIENCE, ISSUER, 600),
    );
    assert_refused(&app, &ghost, "unknown user").await;
}

#[tokio::test]
async fn anonymous_callers_get_unauthenticated_on_protected_fields() {
    let app = TestApp::with_demo().await;
    let body = app.gql(None, ME, json!({})).await;
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"));
    // Reference data stays public.
    let body = app.gql(None, "{ departments { code } }", json!({})).await;
    assert_eq!(body["data"]["departments"].as_array().unwrap().len(), 101);
}

#[tokio::test]
async fn login_refuses_a_wrong_password_and_records_the_attempt() {
    let app = TestApp::with_demo().await;
    let body = app
        .gql(None, "mutation { login(email: \"admin.75@demo.cdlp.fr\", password: \"mauvais-mot-de-passe\") { token } }", json!({}))
        .await;
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"));
    let body = app
        .gql(None, "mutation { login(email: \"personne@demo.cdlp.fr\", password: \"mauvais-mot-de-passe\") { token } }", json!({}))
        .await;
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"));
    assert_eq!(
        app.count("select count(*) from audit_log where action = 'login.failed'")
            .await,
        2
    );
    let body = app
        .gql(
            None,
            "mutation { login(email: \"pas une adresse\", password: \"x\") { token } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), Some("BAD_USER_INPUT"));
}

async fn hammer_login(app: &TestApp) -> Vec<Option<String>> {
    let mut codes = Vec::new();
    for _ in 0..6 {
        let body = app
            .gql(None, "mutation { login(email: \"agent.13@demo.cdlp.fr\", password: \"mauvais-mot-de-passe\") { token } }", json!({}))
            .await;
        codes.push(error_code(&body).map(str::to_owned));
    }
    codes
}

#[tokio::test]
async fn repeated_failed_logins_back_off_in_memory() {
    let app = TestApp::with_demo().await;
    let codes = hammer_login(&app).await;
    assert!(
        codes[..5]
            .iter()
            .all(|c| c.as_deref() == Some("UNAUTHENTICATED")),
        "{codes:?}"
    );
    assert_eq!(codes[5].as_deref(), Some("RATE_LIMITED"));
}

#[tokio::test]
async fn repeated_failed_logins_back_off_in_redis() {
    let limiter = RateLimiter::redis(&cdlp_tests::redis_url())
        .await
        .expect("Redis reachable");
    // Each test database has its own accounts, but Redis is shared: start from clean keys.
    let account = cdlp_api::auth::hash_token("agent.13@demo.cdlp.fr");
    let keys = [
        format!("cdlp:bo:login:{account}:unknown"),
        format!("cdlp:bo:login-account:{account}"),
        "cdlp:rl:login-addr:unknown".to_owned(),
    ];
    let client = redis::Client::open(cdlp_tests::redis_url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    for key in &keys {
        let _: () = redis::cmd("DEL")
            .arg(key)
            .query_async(&mut conn)
            .await
            .unwrap();
    }
    let app = TestApp::spawn_with(limiter).await;
    let hash = cdlp_api::auth::hash_password(cdlp_tests::DEMO_PASSWORD.into())
        .await
        .unwrap();
    cdlp_db::admin::seed_demo(&app.admin_url(), &hash)
        .await
        .unwrap();
    let codes = hammer_login(&app).await;
    assert_eq!(codes[5].as_deref(), Some("RATE_LIMITED"), "{codes:?}");
    let ttl: i64 = redis::cmd("TTL")
        .arg(&keys[0])
        .query_async(&mut conn)
        .await
        .unwrap();
    assert!(
        ttl > 0 && ttl <= 900,
        "the failures are forgotten: ttl {ttl}"
    );
    for key in &keys {
        let _: () = redis::cmd("DEL")
            .arg(key)
            .query_async(&mut conn)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn a_session_is_refreshed_but_not_past_its_maximum_length() {
    let app = TestApp::with_demo().await;
    let sub = operator_id(&app).await;
    let token = app.demo("operateur").await;
    let refresh = "mutation { refreshToken { token expiresAt } }";
    let body = app.gql(Some(&token), refresh, json!({})).await;
    let fresh = body["data"]["refreshToken"]["token"].as_str().unwrap();
    assert_ne!(fresh, token);
    let me = app.gql(Some(fresh), ME, json!({})).await;
    assert_eq!(me["data"]["me"]["email"], "operateur@demo.cdlp.fr");

    // A token whose password was typed 13 hours ago still works, but is not renewed.
    let mut old = claims(&sub, AUDIENCE, ISSUER, 600);
    old["auth_time"] = json!(chrono::Utc::now().timestamp() - 13 * 3600);
    let old = sign(Algorithm::HS256, JWT_SECRET, &old);
    let me = app.gql(Some(&old), ME, json!({})).await;
    assert_eq!(me["data"]["me"]["email"], "operateur@demo.cdlp.fr");
    let (status, body) = app.post(Some(&old), refresh, json!({})).await;
    assert_eq!(
        error_code(&body),
        Some("UNAUTHENTICATED"),
        "{status} {body}"
    );

    // Without a token there is nothing to refresh.
    let (_, body) = app.post(None, refresh, json!({})).await;
    assert_eq!(error_code(&body), Some("UNAUTHENTICATED"), "{body}");
}
