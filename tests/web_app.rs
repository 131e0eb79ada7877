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

async fn get_with(
    router: &axum::Router,
    path: &str,
    accept_encoding: Option<&str>,
) -> (StatusCode, Vec<u8>, axum::http::HeaderMap) {
    let mut request = Request::get(path);
    if let Some(e) = accept_encoding {
        request = request.header(header::ACCEPT_ENCODING, e);
    }
    let response = router
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    (status, bytes.to_vec(), headers)
}

#[tokio::test]
async fn the_web_application_goes_out_compressed_with_cache_headers_and_no_source_map() {
    let app = TestApp::spawn().await;
    let dir = std::env::temp_dir().join(format!("cdlp-web-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    std::fs::create_dir_all(dir.join("dsfr")).unwrap();
    // What `npm run build` writes: each file, and its .br and .gz beside it (the contents of
    // the compressed files are markers: the server must send them as they are).
    let files = [
        ("index.html", "<!doctype html><title>CDLP</title>"),
        ("assets/index-Ab12Cd34.js", "console.log('cdlp')"),
        ("dsfr/dsfr.min.css", ".fr-btn{}"),
    ];
    for (path, body) in files {
        std::fs::write(dir.join(path), body).unwrap();
        std::fs::write(dir.join(format!("{path}.br")), format!("BR:{path}")).unwrap();
        std::fs::write(dir.join(format!("{path}.gz")), format!("GZ:{path}")).unwrap();
    }
    // A source map left in the folder by mistake is still never served.
    std::fs::write(dir.join("assets/index-Ab12Cd34.js.map"), "{\"sources\":[]}").unwrap();
    let router = cdlp_server::router(app.services.clone(), Some(&dir));

    for (path, served_as) in [
        ("/assets/index-Ab12Cd34.js", "assets/index-Ab12Cd34.js"),
        ("/dsfr/dsfr.min.css", "dsfr/dsfr.min.css"),
        ("/", "index.html"),
        ("/prefecture/75/dossiers", "index.html"),
    ] {
        // Brotli preferred when offered, gzip otherwise, the plain file without either.
        let (status, body, headers) = get_with(&router, path, Some("gzip, deflate, br")).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(headers[header::CONTENT_ENCODING], "br", "{path}");
        assert_eq!(body, format!("BR:{served_as}").as_bytes(), "{path}");
        assert!(
            headers[header::VARY]
                .to_str()
                .unwrap()
                .to_ascii_lowercase()
                .contains("accept-encoding"),
            "{path}"
        );
        let (_, body, headers) = get_with(&router, path, Some("gzip")).await;
        assert_eq!(headers[header::CONTENT_ENCODING], "gzip", "{path}");
        assert_eq!(body, format!("GZ:{served_as}").as_bytes(), "{path}");
        let (_, body, headers) = get_with(&router, path, None).await;
        assert!(headers.get(header::CONTENT_ENCODING).is_none(), "{path}");
        assert!(
            !body.starts_with(b"BR:") && !body.starts_with(b"GZ:"),
            "{path}"
        );
    }

    // Hashed assets: cached for good. index.html and every client-side route: revalidated.
    let cache = |h: &axum::http::HeaderMap| h[header::CACHE_CONTROL].to_str().unwrap().to_owned();
    let (_, _, h) = get_with(&router, "/assets/index-Ab12Cd34.js", Some("br")).await;
    assert_eq!(cache(&h), "public, max-age=31536000, immutable");
    let (_, _, h) = get_with(&router, "/dsfr/dsfr.min.css", Some("br")).await;
    assert_eq!(cache(&h), "public, max-age=86400");
    for path in [
        "/",
        "/index.html",
        "/connexion",
        "/association/x/dossiers/nouveau",
    ] {
        let (status, body, h) = get_with(&router, path, None).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(
            String::from_utf8_lossy(&body).contains("<title>CDLP</title>"),
            "{path}"
        );
        assert_eq!(cache(&h), "no-cache", "{path}");
    }

    // No source map, and a missing asset is a 404 (never index.html cached for a year).
    for path in [
        "/assets/index-Ab12Cd34.js.map",
        "/assets/gone-Zz99.js",
        "/assets/gone-Zz99.js.map",
    ] {
        let (status, _, h) = get_with(&router, path, Some("br")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(!cache(&h).contains("immutable"), "{path}");
    }
    std::fs::remove_dir_all(dir).unwrap();
}
