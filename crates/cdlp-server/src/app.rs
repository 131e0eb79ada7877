use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderName, HeaderValue};
use axum::http::{Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use cdlp_api::auth::JwtKeys;
use cdlp_api::graphql::build_schema;
use cdlp_api::http::GraphqlState;
use cdlp_api::ratelimit::RateLimiter;
use cdlp_api::services::Clock;
use cdlp_api::storage::Storage;
use cdlp_api::{Services, Settings};
use cdlp_db::Db;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

/// Assembles the services from their parts.
pub fn build_services(
    db: Db,
    jwt: JwtKeys,
    limiter: RateLimiter,
    settings: Settings,
    vault: cdlp_vault::MasterKey,
    storage: Storage,
    clock: Clock,
) -> Services {
    Services {
        db,
        jwt: Arc::new(jwt),
        limiter,
        settings: Arc::new(settings),
        vault: Arc::new(vault),
        storage,
        clock,
    }
}

/// The process-wide Prometheus recorder (installed once, even when tests build many apps).
fn metrics_handle() -> Option<PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE
        .get_or_init(|| PrometheusBuilder::new().install_recorder().ok())
        .clone()
}

/// The whole HTTP application: GraphQL, probes, metrics and, given its folder, the built
/// web application (its files, and `index.html` for every other path so that reloading a
/// page on any client-side route works).
pub fn router(services: Services, web_app: Option<&Path>) -> Router {
    let https = services.settings.public_url.starts_with("https://");
    let graphql = cdlp_api::http::router(GraphqlState {
        schema: build_schema(services.clone()),
        services: services.clone(),
    });
    let probes = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/opendata/indicateurs-nationaux.csv", get(open_data))
        .route(
            "/opendata/indicateurs-nationaux-colonnes.csv",
            get(open_data_columns),
        )
        .with_state(services);
    let mut app = graphql.merge(probes);
    if let Some(dir) = web_app {
        app = app.fallback_service(web_app_service(dir));
    }
    if https {
        // Only where the public address is HTTPS: a browser then never falls back to HTTP.
        app = app.layer(security_header(
            "strict-transport-security",
            "max-age=63072000; includeSubDomains",
        ));
    }
    app.layer(
            // The span names the path only: a GET query string may carry personal data.
            TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
                tracing::info_span!("http", method = %req.method(), path = %req.uri().path())
            }),
        )
        .layer(security_header("x-content-type-options", "nosniff"))
        .layer(security_header("x-frame-options", "DENY"))
        // Invitation links carry their token in the path: never send it on as a referrer.
        .layer(security_header("referrer-policy", "no-referrer"))
}

/// The built web application: brotli or gzip files precompressed by the build (`file.br`,
/// `file.gz`, chosen from Accept-Encoding), hashed assets cached for good, everything else
/// revalidated, no source map ever served. An unknown `/assets/…` file is a 404, never
/// index.html (which a browser would then cache for a year under a script's name).
fn web_app_service(dir: &Path) -> Router {
    let index = ServeFile::new(dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    Router::new()
        .nest_service(
            "/assets",
            ServeDir::new(dir.join("assets"))
                .precompressed_br()
                .precompressed_gzip(),
        )
        .fallback_service(
            ServeDir::new(dir)
                .precompressed_br()
                .precompressed_gzip()
                .fallback(index),
        )
        .layer(axum::middleware::from_fn(web_cache_headers))
        .layer(security_header("content-security-policy", WEB_APP_CSP))
}

/// The web application runs only its own scripts and talks only to its own origin; styles
/// may be inline (the design system sets some), nothing may frame it.
const WEB_APP_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; \
base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/// `/metrics` on its own listener (`CDLP_METRICS_LISTEN`), apart from the public one.
pub fn metrics_router() -> Router {
    Router::new().route("/metrics", get(metrics))
}

async fn web_cache_headers(
    request: Request<axum::body::Body>,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let path = request.uri().path().to_owned();
    let mut response = if path.ends_with(".map") {
        StatusCode::NOT_FOUND.into_response()
    } else {
        next.run(request).await
    };
    let value = if !response.status().is_success() {
        "no-store"
    } else if path.starts_with("/assets/") {
        // File names carry a hash of their content: a new build makes new names.
        "public, max-age=31536000, immutable"
    } else if path.starts_with("/dsfr/") {
        // The DSFR's files, linked with their version (?v=…) from index.html.
        "public, max-age=86400"
    } else {
        // index.html (and every client-side route): always revalidated, so that a new
        // release is picked up at once.
        "no-cache"
    };
    response.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        HeaderValue::from_static(value),
    );
    response
}

fn security_header(name: &'static str, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(
        HeaderName::from_static(name),
        HeaderValue::from_static(value),
    )
}

/// Ready when the database answers and has every migration this binary knows.
async fn readyz(State(services): State<Services>) -> impl IntoResponse {
    match cdlp_db::admin::migrations_applied(services.db.pool()).await {
        Ok(true) => (StatusCode::OK, "ready"),
        Ok(false) => (StatusCode::SERVICE_UNAVAILABLE, "migrations pending"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "database unreachable"),
    }
}

/// Open data: the national yearly figures (protected), and what their columns mean.
async fn open_data(State(services): State<Services>) -> axum::response::Response {
    match services.open_data_csv().await {
        Ok(bytes) => csv_response(bytes, "indicateurs-nationaux.csv"),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.message().to_owned()).into_response(),
    }
}

async fn open_data_columns(State(services): State<Services>) -> axum::response::Response {
    csv_response(
        services.open_data_columns_csv(),
        "indicateurs-nationaux-colonnes.csv",
    )
}

fn csv_response(bytes: Vec<u8>, filename: &str) -> axum::response::Response {
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(
        axum::http::header::CONTENT_TYPE,
        axum::http::HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) =
        axum::http::HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
    {
        headers.insert(axum::http::header::CONTENT_DISPOSITION, v);
    }
    response
}

async fn metrics() -> impl IntoResponse {
    match metrics_handle() {
        Some(handle) => (StatusCode::OK, handle.render()),
        None => (StatusCode::SERVICE_UNAVAILABLE, String::new()),
    }
}

pub(crate) fn init_metrics() {
    let _ = metrics_handle();
}
