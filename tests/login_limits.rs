//! Sign-in under attack: per-address limits against spraying, a back-off per account and
//! address that a success clears (no lockout of an official by whoever knows their address),
//! the holder told by e-mail, and Redis failing without locking anyone out.

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, header};
use cdlp_api::ratelimit::RateLimiter;
use cdlp_tests::{DEMO_PASSWORD, TestApp};
use serde_json::{Value, json};
use tower::ServiceExt;

async fn login_from(
    app: &TestApp,
    from: &str,
    email: &str,
    password: &str,
) -> (Value, Option<String>) {
    let mut req = Request::post("/graphql")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            json!({ "query": "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }",
                    "variables": { "e": email, "p": password } })
            .to_string(),
        ))
        .unwrap();
    let addr: SocketAddr = format!("{from}:40000").parse().unwrap();
    req.extensions_mut().insert(ConnectInfo(addr));
    let response = app.router.clone().oneshot(req).await.unwrap();
    let retry = response
        .headers()
        .get(header::RETRY_AFTER)
        .map(|v| v.to_str().unwrap().to_owned());
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    (serde_json::from_slice(&bytes).unwrap(), retry)
}

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"]
        .as_str()
        .unwrap_or("OK")
}

#[tokio::test]
async fn an_attacker_slows_down_only_their_own_attempts_and_a_success_clears_them() {
    let app = TestApp::with_demo().await;
    let victim = "agent.75@demo.cdlp.fr";
    for n in 0..5 {
        let (body, _) = login_from(&app, "203.0.113.7", victim, "devine").await;
        assert_eq!(code(&body), "UNAUTHENTICATED", "attempt {n}");
    }
    let (body, retry) = login_from(&app, "203.0.113.7", victim, "devine").await;
    assert_eq!(code(&body), "RATE_LIMITED");
    assert_eq!(body["errors"][0]["extensions"]["retryAfter"], 1);
    assert_eq!(retry.as_deref(), Some("1"), "Retry-After");
    // The official, from the prefecture's address, signs in at once.
    let (body, _) = login_from(&app, "198.51.100.20", victim, DEMO_PASSWORD).await;
    assert_eq!(code(&body), "OK", "{body}");
    // Someone with ten tabs is never limited, and a success clears their own failures.
    for _ in 0..3 {
        login_from(&app, "198.51.100.20", victim, "faute de frappe").await;
    }
    for _ in 0..10 {
        let (body, _) = login_from(&app, "198.51.100.20", victim, DEMO_PASSWORD).await;
        assert_eq!(code(&body), "OK", "{body}");
    }
    for _ in 0..4 {
        let (body, _) = login_from(&app, "198.51.100.20", victim, "faute de frappe").await;
        assert_eq!(code(&body), "UNAUTHENTICATED");
    }
}

#[tokio::test]
async fn spraying_one_password_across_accounts_from_one_address_is_stopped() {
    let app = TestApp::with_demo().await;
    let mut codes = Vec::new();
    for n in 0..31 {
        let (body, _) = login_from(
            &app,
            "203.0.113.9",
            &format!("agent{n}@prefecture.test"),
            "Printemps2026!",
        )
        .await;
        codes.push(code(&body).to_owned());
    }
    assert!(
        codes[..30].iter().all(|c| c == "UNAUTHENTICATED"),
        "{codes:?}"
    );
    assert_eq!(codes[30], "RATE_LIMITED");
    // Another address is not affected.
    let (body, _) = login_from(
        &app,
        "198.51.100.30",
        "agent.13@demo.cdlp.fr",
        DEMO_PASSWORD,
    )
    .await;
    assert_eq!(code(&body), "OK");
}

#[tokio::test]
async fn the_holder_is_told_by_e_mail_when_failures_pile_up_on_their_account() {
    let app = TestApp::with_demo().await;
    for n in 0..12 {
        // From many addresses: each alone stays under its back-off.
        login_from(
            &app,
            &format!("203.0.113.{}", 10 + n),
            "admin.13@demo.cdlp.fr",
            "devine",
        )
        .await;
    }
    let alerts = app
        .count("select count(*) from outbox_emails where kind = 'security' and recipient = 'admin.13@demo.cdlp.fr'")
        .await;
    assert_eq!(alerts, 1, "told once");
    let others = app
        .count("select count(*) from outbox_emails where kind = 'security' and recipient <> 'admin.13@demo.cdlp.fr'")
        .await;
    assert_eq!(others, 0);
}

#[tokio::test]
async fn with_redis_gone_signing_in_still_works_and_is_still_limited() {
    // A Redis of our own, that we can stop.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut redis = tokio::process::Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
        ])
        .stdout(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("redis-server runs");
    let url = format!("redis://127.0.0.1:{port}");
    let mut limiter = None;
    for _ in 0..50 {
        if let Ok(l) = RateLimiter::redis(&url).await {
            limiter = Some(l);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let app = TestApp::spawn_with(limiter.expect("our Redis answers")).await;
    let hash = cdlp_api::auth::hash_password(DEMO_PASSWORD.into())
        .await
        .unwrap();
    cdlp_db::admin::seed_demo(&app.admin_url(), &hash)
        .await
        .unwrap();
    let (body, _) = login_from(
        &app,
        "198.51.100.40",
        "agent.69@demo.cdlp.fr",
        DEMO_PASSWORD,
    )
    .await;
    assert_eq!(code(&body), "OK");

    redis.kill().await.unwrap();
    let started = std::time::Instant::now();
    let (body, _) = login_from(
        &app,
        "198.51.100.40",
        "agent.69@demo.cdlp.fr",
        DEMO_PASSWORD,
    )
    .await;
    assert_eq!(code(&body), "OK", "{body}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "no long wait on a dead Redis"
    );
    let mut codes = Vec::new();
    for _ in 0..6 {
        let (body, _) = login_from(&app, "198.51.100.41", "agent.69@demo.cdlp.fr", "devine").await;
        codes.push(code(&body).to_owned());
    }
    assert_eq!(codes[5], "RATE_LIMITED", "limits kept in memory: {codes:?}");
}

#[tokio::test]
async fn a_forwarded_address_is_believed_only_from_a_trusted_proxy() {
    let app = TestApp::with_demo().await;
    let mut services = app.services.clone();
    let mut settings = (*services.settings).clone();
    settings.trusted_proxies = vec!["10.0.0.2".parse().unwrap()];
    services.settings = std::sync::Arc::new(settings);
    let router = cdlp_server::router(services, None);
    let attempt = |peer: &str, forwarded: &str| {
        let mut req = Request::post("/graphql")
            .header(header::CONTENT_TYPE, "application/json")
            .header("x-forwarded-for", forwarded)
            .body(Body::from(
                json!({ "query": "mutation { login(email: \"agent.13@demo.cdlp.fr\", password: \"devine\") { token } }" })
                    .to_string(),
            ))
            .unwrap();
        req.extensions_mut().insert(ConnectInfo(
            format!("{peer}:5000").parse::<SocketAddr>().unwrap(),
        ));
        let router = router.clone();
        async move {
            let response = router.oneshot(req).await.unwrap();
            let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
                .await
                .unwrap();
            serde_json::from_slice::<Value>(&bytes).unwrap()
        }
    };
    // Through the proxy, six clients: each has its own back-off.
    for n in 0..6 {
        let body = attempt("10.0.0.2", &format!("192.0.2.{n}")).await;
        assert_eq!(code(&body), "UNAUTHENTICATED", "{body}");
    }
    // Straight from one host lying about its address: the lie is ignored, the back-off holds.
    let mut codes = Vec::new();
    for n in 0..6 {
        codes
            .push(code(&attempt("203.0.113.50", &format!("192.0.2.{}", 100 + n)).await).to_owned());
    }
    assert_eq!(codes[5], "RATE_LIMITED", "{codes:?}");
}
