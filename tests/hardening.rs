//! HTTP hardening: what every answer says to browsers and proxies, what is not served in
//! production, and what an error never sends back.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use cdlp_tests::TestApp;
use tower::ServiceExt;

async fn send(
    router: &axum::Router,
    req: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let response = router.clone().oneshot(req).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 24)
        .await
        .unwrap();
    (
        status,
        headers,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

fn web_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("cdlp-hardening-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    std::fs::write(dir.join("index.html"), "<!doctype html><title>CDLP</title>").unwrap();
    dir
}

#[tokio::test]
async fn graphql_answers_are_never_stored_and_graphiql_is_off_unless_enabled() {
    let app = TestApp::spawn().await;
    let post = Request::post("/graphql")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(r#"{"query":"{ __typename }"}"#))
        .unwrap();
    let (status, headers, _) = send(&app.router, post).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");
    let get = Request::get("/graphql?query=%7B__typename%7D")
        .header(header::ACCEPT, "application/json")
        .body(Body::empty())
        .unwrap();
    let (_, headers, _) = send(&app.router, get).await;
    assert_eq!(headers[header::CACHE_CONTROL], "no-store");

    let browser = || {
        Request::get("/graphql")
            .header(header::ACCEPT, "text/html")
            .body(Body::empty())
            .unwrap()
    };
    let (_, _, body) = send(&app.router, browser()).await;
    assert!(
        !body.contains("graphiql"),
        "GraphiQL is off by default: {body}"
    );

    let mut services = app.services.clone();
    let mut settings = (*services.settings).clone();
    settings.graphiql = true;
    services.settings = std::sync::Arc::new(settings);
    let enabled = cdlp_server::router(services, None);
    let (status, _, body) = send(&enabled, browser()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.to_lowercase().contains("graphiql"));
}

#[tokio::test]
async fn the_web_application_has_a_strict_csp_and_https_deployments_get_hsts() {
    let app = TestApp::spawn().await;
    let dir = web_dir();
    let router = cdlp_server::router(app.services.clone(), Some(&dir));
    let (status, headers, _) = send(
        &router,
        Request::get("/connexion").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(
        csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-eval"));
    assert!(
        headers.get(header::STRICT_TRANSPORT_SECURITY).is_none(),
        "plain HTTP: no HSTS"
    );

    let mut services = app.services.clone();
    let mut settings = (*services.settings).clone();
    settings.public_url = "https://cdlp.interieur.gouv.fr".into();
    services.settings = std::sync::Arc::new(settings);
    let https = cdlp_server::router(services, Some(&dir));
    let (_, headers, _) = send(
        &https,
        Request::get("/connexion").body(Body::empty()).unwrap(),
    )
    .await;
    assert!(
        headers[header::STRICT_TRANSPORT_SECURITY]
            .to_str()
            .unwrap()
            .contains("max-age=63072000")
    );
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn metrics_are_not_on_the_public_listener() {
    let app = TestApp::spawn().await;
    let (status, _, body) = send(
        &app.router,
        Request::get("/metrics").body(Body::empty()).unwrap(),
    )
    .await;
    assert!(!body.contains("# TYPE"), "{status}: {body}");
    let (status, _, _) = send(
        &cdlp_server::metrics_router(),
        Request::get("/metrics").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn an_error_never_sends_a_large_input_back() {
    let app = TestApp::spawn().await;
    let huge = "x".repeat(1_000_000);
    let (_, body) = app
        .post(None, &format!("{{ {huge} }}"), serde_json::json!({}))
        .await;
    let text = body.to_string();
    assert!(text.len() < 2_000, "{} bytes came back", text.len());
    let (_, body) = app
        .post(
            None,
            "mutation($e: String!) { login(email: $e, password: $e) { token } }",
            serde_json::json!({ "e": 5 }),
        )
        .await;
    assert!(body["errors"].is_array());
}

#[tokio::test]
async fn a_file_must_be_what_it_claims_and_its_name_is_made_harmless() {
    use base64::Engine;
    let app = TestApp::with_demo_dossiers().await;
    let asso = app.demo("asso.travailleur").await;
    let mut db = app.admin().await;
    let (id, version): (uuid::Uuid, i32) = sqlx::query_as(
        "select d.id, d.version from dossiers d join associations a on a.id = d.association_id \
         where d.department_code = '75' and d.status = 'IN_PROGRESS' and a.name like '%Passerelle%' limit 1",
    )
    .fetch_one(&mut db)
    .await
    .unwrap();
    let attach = "mutation($i: AttachDocumentInput!) { attachDocument(input: $i) { id filename } }";
    let input = |filename: &str, ty: &str, content: &[u8]| {
        serde_json::json!({ "i": { "departmentCode": "75", "dossierId": id, "version": version, "kind": "Pièce d'identité",
            "filename": filename, "contentType": ty,
            "contentBase64": base64::engine::general_purpose::STANDARD.encode(content) } })
    };
    let html = app
        .gql(
            Some(&asso),
            attach,
            input(
                "facture.pdf",
                "application/pdf",
                b"<html><script>alert(1)</script></html>",
            ),
        )
        .await;
    assert_eq!(
        cdlp_tests::error_code(&html),
        Some("BAD_USER_INPUT"),
        "{html}"
    );
    assert_eq!(html["errors"][0]["extensions"]["field"], "contentBase64");

    let stored = app
        .gql(
            Some(&asso),
            attach,
            input(
                "../../etc/pass\u{202E}fdp.exe\r\n.pdf",
                "application/pdf",
                b"%PDF-1.7 real",
            ),
        )
        .await;
    let name = stored["data"]["attachDocument"]["filename"]
        .as_str()
        .unwrap_or_else(|| panic!("{stored}"));
    assert_eq!(name, "passfdp.exe.pdf");
    assert!(!name.contains('/') && !name.chars().any(|c| c.is_control() || c == '\u{202E}'));
}

#[tokio::test]
async fn identities_cannot_be_read_in_bulk_whatever_the_aliases() {
    let app = TestApp::with_demo_dossiers().await;
    let agent = app.demo("agent.75").await;
    let reads = || app.count("select count(*) from audit_log where action = 'identity.read'");
    let before = reads().await;
    let aliases: String = (0..60)
        .map(|n| format!("a{n}: dossiers(departmentCode: \"75\", first: 100) {{ nodes {{ identity {{ lastName }} }} }} "))
        .collect();
    let (_, body) = app
        .post(
            Some(&agent),
            &format!("{{ {aliases} }}"),
            serde_json::json!({}),
        )
        .await;
    assert!(body["data"].is_null(), "refused before running: {body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("complex"),
        "{body}"
    );
    // One page of 60 identities is refused too; a page of dossiers without them is fine.
    let (_, body) = app
        .post(
            Some(&agent),
            "{ dossiers(departmentCode: \"75\", first: 60) { nodes { identity { lastName } } } }",
            serde_json::json!({}),
        )
        .await;
    assert!(body["data"].is_null(), "{body}");
    let (_, body) = app
        .post(Some(&agent), "{ dossiers(departmentCode: \"75\", first: 100) { nodes { id reference status version currentPeriod { number } } } }", serde_json::json!({}))
        .await;
    assert!(body["errors"].is_null(), "{body}");
    assert_eq!(reads().await, before, "no identity was decrypted");
    // One person's identity, as the dossier page asks for it, still reads.
    let (_, body) = app
        .post(
            Some(&agent),
            "{ dossiers(departmentCode: \"75\", first: 5) { nodes { identity { lastName } } } }",
            serde_json::json!({}),
        )
        .await;
    assert!(body["errors"].is_null(), "{body}");
}
