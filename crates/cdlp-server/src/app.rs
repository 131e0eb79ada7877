use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::extract::State;
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

/// The whole HTTP application: GraphQL, probes and metrics.
pub fn router(services: Services) -> Router {
    let graphql = cdlp_api::http::router(GraphqlState {
        schema: build_schema(services.clone()),
        services: services.clone(),
    });
    let probes = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(services);
    graphql.merge(probes).layer(
        // The span names the path only: a GET query string may carry personal data.
        TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
            tracing::info_span!("http", method = %req.method(), path = %req.uri().path())
        }),
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

async fn metrics() -> impl IntoResponse {
    match metrics_handle() {
        Some(handle) => (StatusCode::OK, handle.render()),
        None => (StatusCode::SERVICE_UNAVAILABLE, String::new()),
    }
}

pub(crate) fn init_metrics() {
    let _ = metrics_handle();
}
