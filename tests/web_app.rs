//! The built web application served by `cdlp serve`: its files, and index.html for every
//! client-side route (a reload anywhere works), beside the API.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use cdlp_tests::TestApp;
use tower::ServiceExt;

async fn get(router: &axum::Router, path: &str) -> (StatusCode, String, axum::http::HeaderMap) {
    let response = router
        .clone()
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    (
        status,
        String::from_utf8_lossy(&bytes).into_owned(),
        headers,
    )
}

#[tokio::test]
async fn the_web_application_is_served_and_every_route_reloads() {
    let app = TestApp::spawn().await;
    let dir = std::env::temp_dir().join(format!("cdlp-web-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    std::fs::write(dir.join("index.html"), "<!doctype html><title>CDLP</title>").unwrap();
    std::fs::write(dir.join("assets/app.js"), "console.log('cdlp')").unwrap();
    let router = cdlp_server::router(app.services.clone(), Some(&dir));

    for route in [
        "/",
        "/connexion",
        "/prefecture/75/dossiers/abc",
        "/invitation/xyz",
    ] {
        let (status, body, headers) = get(&router, route).await;
        assert_eq!(status, StatusCode::OK, "{route}");
        assert!(body.contains("<title>CDLP</title>"), "{route}: {body}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{route}");
        assert_eq!(headers["x-frame-options"], "DENY", "{route}");
    }
    let (status, body, headers) = get(&router, "/assets/app.js").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, "console.log('cdlp')");
    assert!(
        headers[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .contains("javascript")
    );

    // The API and the probes keep their own routes.
    let (status, body, _) = get(&router, "/healthz").await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "ok"));
    let (status, _, _) = get(&router, "/graphql?query=%7B__typename%7D").await;
    assert_eq!(status, StatusCode::OK);

    // Without a built application, unknown paths are 404 (API only).
    let api_only = cdlp_server::router(app.services.clone(), None);
    let (status, _, _) = get(&api_only, "/connexion").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    std::fs::remove_dir_all(dir).unwrap();
}
