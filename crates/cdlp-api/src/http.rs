//! GraphQL over HTTP (the GraphQL Foundation's spec), written out by hand because the stock
//! integration answers `application/json` requests with another media type and uses 200 where
//! the spec wants 400 for `application/graphql-response+json`.
//!
//! - `POST /graphql` with `Content-Type: application/json`: any operation.
//! - `GET /graphql?query=...`: queries only (a mutation gets 405); without `query`, GraphiQL.
//! - The response media type follows `Accept`: `application/graphql-response+json` when asked
//!   for, `application/json` otherwise.
//! - A malformed HTTP request (body not JSON, parameters of the wrong type) gets 400. A GraphQL
//!   document that does not parse or validate gets 400 and no `data` entry with
//!   `application/graphql-response+json`, and 200 with `errors` with `application/json`, as
//!   the spec asks for legacy clients.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::time::Instant;

use async_graphql::http::GraphiQLSource;
use async_graphql::parser::types::OperationType;
use async_graphql::{Request, Variables};
use axum::body::Bytes;
use axum::extract::DefaultBodyLimit;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use serde_json::{Value, json};

use crate::graphql::{CdlpSchema, RequestContext};
use crate::{ApiError, Services};

/// Longest error message sent back.
const MAX_MESSAGE_CHARS: usize = 300;
const GRAPHQL_RESPONSE_JSON: &str = "application/graphql-response+json";
const JSON: &str = "application/json";

#[derive(Clone)]
pub struct GraphqlState {
    pub schema: CdlpSchema,
    pub services: Services,
}

pub fn router(state: GraphqlState) -> Router {
    Router::new()
        .route("/graphql", get(get_graphql).post(post_graphql))
        // Documents travel base64-encoded: 10 MiB of file is about 14 MB of request.
        .layer(DefaultBodyLimit::max(16 * 1024 * 1024))
        // Answers may hold an identity: never kept by a browser or a proxy (GET included).
        .layer(tower_http::set_header::SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .with_state(state)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum MediaType {
    GraphqlResponseJson,
    Json,
}

impl MediaType {
    fn as_str(self) -> &'static str {
        match self {
            MediaType::GraphqlResponseJson => "application/graphql-response+json; charset=utf-8",
            MediaType::Json => "application/json; charset=utf-8",
        }
    }
}

/// Picks the response media type from `Accept`; None when nothing we serve is acceptable.
fn negotiate(headers: &HeaderMap) -> Option<MediaType> {
    let Some(accept) = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()) else {
        return Some(MediaType::Json);
    };
    let mut json_ok = false;
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let refused = parts.any(|p| {
            let p = p.trim().replace(' ', "");
            p == "q=0" || p == "q=0.0" || p == "q=0.00" || p == "q=0.000"
        });
        if refused {
            continue;
        }
        match media.as_str() {
            GRAPHQL_RESPONSE_JSON => return Some(MediaType::GraphqlResponseJson),
            JSON | "application/*" | "*/*" => json_ok = true,
            _ => {}
        }
    }
    json_ok.then_some(MediaType::Json)
}

fn respond(status: StatusCode, media: MediaType, body: &Value) -> Response {
    let mut response = (status, body.to_string()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(media.as_str()),
    );
    response
}

/// A malformed HTTP request (body not JSON, parameters of the wrong type): 400 whatever the
/// media type, as the current spec draft has it, and no `data` entry.
fn request_error(media: MediaType, message: &str) -> Response {
    let status = StatusCode::BAD_REQUEST;
    let body =
        json!({ "errors": [{ "message": message, "extensions": { "code": "BAD_REQUEST" } }] });
    respond(status, media, &body)
}

fn not_acceptable() -> Response {
    (
        StatusCode::NOT_ACCEPTABLE,
        "acceptable: application/graphql-response+json, application/json",
    )
        .into_response()
}

/// The GraphQL request's parameters, checked for type as the spec requires.
struct Params {
    query: String,
    operation_name: Option<String>,
    variables: Option<serde_json::Map<String, Value>>,
}

fn params_from_json(body: Value) -> Result<Params, &'static str> {
    let Value::Object(mut map) = body else {
        return Err("le corps de la requête doit être un objet JSON");
    };
    let query = match map.remove("query") {
        Some(Value::String(q)) => q,
        _ => return Err("le paramètre « query » doit être une chaîne"),
    };
    let operation_name = match map.remove("operationName") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        _ => return Err("le paramètre « operationName » doit être une chaîne"),
    };
    let variables = match map.remove("variables") {
        None | Some(Value::Null) => None,
        Some(Value::Object(v)) => Some(v),
        _ => return Err("le paramètre « variables » doit être un objet"),
    };
    match map.remove("extensions") {
        None | Some(Value::Null) | Some(Value::Object(_)) => {}
        _ => return Err("le paramètre « extensions » doit être un objet"),
    }
    Ok(Params {
        query,
        operation_name,
        variables,
    })
}

async fn post_graphql(
    State(state): State<GraphqlState>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let client = client_address(&state, peer.map(|p| p.0.0), &headers);
    let Some(media) = negotiate(&headers) else {
        return not_acceptable();
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.to_ascii_lowercase());
    let Some(content_type) = content_type else {
        return (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Content-Type: application/json is required",
        )
            .into_response();
    };
    let mut parts = content_type.split(';');
    let essence = parts.next().unwrap_or("").trim();
    let charset_ok = parts.all(|p| match p.trim().split_once('=') {
        Some(("charset", cs)) => cs.trim_matches('"').eq_ignore_ascii_case("utf-8"),
        _ => true,
    });
    if essence != JSON || !charset_ok {
        return (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Content-Type: application/json is required",
        )
            .into_response();
    }
    let params = match serde_json::from_slice::<Value>(&body) {
        Ok(value) => match params_from_json(value) {
            Ok(p) => p,
            Err(message) => return request_error(media, message),
        },
        Err(_) => return request_error(media, "le corps de la requête n'est pas du JSON valide"),
    };
    execute(&state, &headers, media, params, false, client).await
}

async fn get_graphql(
    State(state): State<GraphqlState>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let wants_html = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.contains("text/html"));
    if !query.contains_key("query") && wants_html && state.services.settings.graphiql {
        return Html(
            GraphiQLSource::build()
                .endpoint("/graphql")
                .title("CDLP — GraphiQL")
                .finish(),
        )
        .into_response();
    }
    let Some(media) = negotiate(&headers) else {
        return not_acceptable();
    };
    let Some(q) = query.get("query") else {
        return request_error(media, "le paramètre « query » est obligatoire");
    };
    let variables = match query
        .get("variables")
        .map(|v| serde_json::from_str::<Value>(v))
    {
        None => None,
        Some(Ok(Value::Null)) => None,
        Some(Ok(Value::Object(map))) => Some(map),
        Some(_) => {
            return request_error(media, "le paramètre « variables » doit être un objet JSON");
        }
    };
    let bad_extensions = query.get("extensions").is_some_and(|ext| {
        !matches!(
            serde_json::from_str::<Value>(ext),
            Ok(Value::Object(_) | Value::Null)
        )
    });
    if bad_extensions {
        return request_error(media, "le paramètre « extensions » doit être un objet JSON");
    }
    let params = Params {
        query: q.clone(),
        operation_name: query.get("operationName").cloned(),
        variables,
    };
    let client = client_address(&state, peer.map(|p| p.0.0), &headers);
    execute(&state, &headers, media, params, true, client).await
}

/// Whether the operation that would run is a mutation (GET may not run one).
fn is_mutation(query: &str, operation_name: Option<&str>) -> bool {
    let Ok(doc) = async_graphql::parser::parse_query(query) else {
        return false; // the parse error is reported by execution
    };
    let ty = match (doc.operations, operation_name) {
        (async_graphql::parser::types::DocumentOperations::Single(op), _) => Some(op.node.ty),
        (async_graphql::parser::types::DocumentOperations::Multiple(ops), Some(name)) => {
            ops.get(name).map(|op| op.node.ty)
        }
        (async_graphql::parser::types::DocumentOperations::Multiple(ops), None) => {
            ops.values().next().map(|op| op.node.ty)
        }
    };
    ty == Some(OperationType::Mutation)
}

async fn execute(
    state: &GraphqlState,
    headers: &HeaderMap,
    media: MediaType,
    params: Params,
    via_get: bool,
    client: Option<IpAddr>,
) -> Response {
    if via_get && is_mutation(&params.query, params.operation_name.as_deref()) {
        let mut response = (
            StatusCode::METHOD_NOT_ALLOWED,
            "mutations must be sent with POST",
        )
            .into_response();
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("POST"));
        return response;
    }
    if let Err(rejected) = crate::input::screen(&params.query, params.variables.as_ref()) {
        let status = match media {
            MediaType::GraphqlResponseJson => StatusCode::BAD_REQUEST,
            MediaType::Json => StatusCode::OK,
        };
        let body = json!({ "errors": [{ "message": rejected.message,
            "extensions": { "code": "BAD_USER_INPUT", "field": rejected.field } }] });
        return respond(status, media, &body);
    }
    let principal = match bearer(headers) {
        Err(()) => {
            return unauthenticated(
                media,
                ApiError::Unauthenticated("en-tête Authorization invalide"),
            );
        }
        Ok(None) => None,
        Ok(Some(token)) => match state.services.authenticate(token).await {
            Ok(p) => Some(p),
            Err(e @ ApiError::Unauthenticated(_)) => return unauthenticated(media, e),
            Err(e) => {
                let err: async_graphql::Error = e.into();
                let body = json!({ "errors": [{ "message": err.message, "extensions": { "code": "INTERNAL" } }] });
                return respond(StatusCode::INTERNAL_SERVER_ERROR, media, &body);
            }
        },
    };
    let mut request = Request::new(params.query);
    if let Some(name) = params.operation_name {
        request = request.operation_name(name);
    }
    if let Some(vars) = params.variables {
        request = request.variables(Variables::from_json(Value::Object(vars)));
    }
    let loaders = crate::graphql::loaders::Loaders::new(&state.services, principal.clone());
    let request = request
        .data(RequestContext { principal, client })
        .data(loaders);
    let started = Instant::now();
    let response = state.schema.execute(request).await;
    // Errors raised before execution (parse, validation, unknown operation, variables) carry
    // no path and leave no data; errors from resolvers always have a path.
    let failed_before_execution = response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty());
    let outcome = if failed_before_execution {
        "rejected"
    } else if response.errors.is_empty() {
        "ok"
    } else {
        "error"
    };
    metrics::counter!("cdlp_graphql_requests_total", "outcome" => outcome).increment(1);
    metrics::histogram!("cdlp_graphql_request_seconds").record(started.elapsed().as_secs_f64());
    let mut response = response;
    for error in &mut response.errors {
        // An engine message may quote the request (an unknown field, a bad value): never
        // send a large input back.
        if error.message.chars().count() > MAX_MESSAGE_CHARS {
            error.message = error
                .message
                .chars()
                .take(MAX_MESSAGE_CHARS)
                .collect::<String>()
                + "…";
        }
    }
    if failed_before_execution {
        let status = match media {
            MediaType::GraphqlResponseJson => StatusCode::BAD_REQUEST,
            MediaType::Json => StatusCode::OK,
        };
        let body = json!({ "errors": response.errors });
        return respond(status, media, &body);
    }
    let retry_after = response.errors.iter().find_map(|e| {
        e.extensions
            .as_ref()
            .and_then(|x| x.get("retryAfter"))
            .and_then(|v| match v {
                async_graphql::Value::Number(n) => n.as_u64(),
                _ => None,
            })
    });
    match serde_json::to_value(&response) {
        Ok(body) => {
            let mut answer = respond(StatusCode::OK, media, &body);
            if let Some(seconds) = retry_after
                && let Ok(value) = HeaderValue::from_str(&seconds.to_string())
            {
                answer.headers_mut().insert(header::RETRY_AFTER, value);
            }
            answer
        }
        Err(_) => respond(
            StatusCode::INTERNAL_SERVER_ERROR,
            media,
            &json!({ "errors": [{ "message": "erreur interne" }] }),
        ),
    }
}

/// The client's address: the connection's, or — when the connection comes from a trusted
/// proxy — the last address of `X-Forwarded-For` that is not itself a trusted proxy.
fn client_address(
    state: &GraphqlState,
    peer: Option<SocketAddr>,
    headers: &HeaderMap,
) -> Option<IpAddr> {
    let peer = peer?.ip();
    let trusted = &state.services.settings.trusted_proxies;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let forwarded = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse::<IpAddr>().ok())
        .collect::<Vec<_>>();
    forwarded
        .into_iter()
        .rev()
        .find(|a| !trusted.contains(a))
        .or(Some(peer))
}

/// The bearer token, if any; Err when the header is there but malformed.
fn bearer(headers: &HeaderMap) -> Result<Option<&str>, ()> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let value = value.to_str().map_err(|_| ())?;
    match value.split_once(' ') {
        Some((scheme, token))
            if scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty() =>
        {
            Ok(Some(token.trim()))
        }
        _ => Err(()),
    }
}

fn unauthenticated(media: MediaType, e: ApiError) -> Response {
    let body =
        json!({ "errors": [{ "message": e.message(), "extensions": { "code": e.code() } }] });
    let mut response = respond(StatusCode::UNAUTHORIZED, media, &body);
    response
        .headers_mut()
        .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    response
}
