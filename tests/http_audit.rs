//! The GraphQL-over-HTTP audit suite (npm `graphql-http`, `serverAudits`) against the real
//! server on a loopback port: every MUST and every SHOULD audit must pass.

use cdlp_tests::TestApp;
use std::path::Path;

#[tokio::test]
async fn graphql_over_http_audits_all_pass() {
    let app = TestApp::spawn().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(axum::serve(listener, app.router.clone()).into_future());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("http-audit");
    assert!(
        dir.join("node_modules/graphql-http").is_dir(),
        "run `npm ci` in tests/http-audit first (tests/run does it)"
    );
    let output = tokio::process::Command::new("node")
        .arg("audit.mjs")
        .arg(format!("http://{address}/graphql"))
        .current_dir(&dir)
        .output()
        .await
        .expect("node runs");
    server.abort();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "audits failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("MUST: 13/13"), "{stdout}");
    assert!(stdout.contains("SHOULD: 23/23"), "{stdout}");
}
