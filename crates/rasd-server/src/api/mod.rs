//! The JSON API under `/api/`, documented by `/api/openapi.json`.
//!
//! Each submodule holds the data functions of one area (`search`, `articles`, `entities`,
//! `events`, `ingest`): they take the state and plain parameters and return serializable
//! values, and both the JSON handlers here and the dashboard (`crate::ui`) call them. A handler
//! only extracts its parameters, calls one data function and answers JSON.

use axum::extract::{FromRequestParts, Path, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::de::DeserializeOwned;

use crate::error::{error_body, ApiError};
use crate::AppState;

pub(crate) mod articles;
pub(crate) mod entities;
pub(crate) mod events;
pub(crate) mod ingest;
pub(crate) mod search;

/// The OpenAPI 3.1 document of this API.
pub(crate) const OPENAPI: &str = include_str!("../openapi.json");

/// Every API route, in one list.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/search", get(search_handler))
        .route("/api/places", get(places_handler))
        .route("/api/articles", axum::routing::post(ingest_handler))
        .route("/api/articles/{id}", get(article_handler))
        .route("/api/entities/{name}", get(entity_handler))
        .route("/api/entities/{name}/timeline", get(timeline_handler))
        .route("/api/relations", get(relations_handler))
        .route("/api/quotes", get(quotes_handler))
        .route("/api/events", get(events_handler))
        .route("/api/stats", get(stats_handler))
        .route("/api/openapi.json", get(openapi_handler))
        .route("/api", get(api_not_found))
        .route("/api/{*rest}", get(api_not_found).post(api_not_found))
}

/// Query parameters, with a JSON 400 naming the bad parameter when they do not parse.
pub(crate) struct ApiQuery<T>(pub(crate) T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or("");
        serde_urlencoded::from_str(query)
            .map(ApiQuery)
            .map_err(|e| ApiError::BadRequest(format!("query string: {e}")))
    }
}

/// A parameter's text, trimmed; empty means not given (as an HTML form sends it).
pub(crate) fn given(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// A count parameter: `default` when not given, at most `max` (larger values are capped).
pub(crate) fn count(
    name: &str,
    value: &Option<String>,
    default: usize,
    max: usize,
) -> Result<usize, ApiError> {
    match given(value) {
        None => Ok(default.min(max)),
        Some(v) => v
            .parse::<usize>()
            .map(|n| n.min(max))
            .map_err(|_| ApiError::BadRequest(format!("{name}={v}: not a whole number ≥ 0"))),
    }
}

/// An offset parameter: 0 when not given; above `max` is an error (deep paging is refused).
pub(crate) fn offset(value: &Option<String>, max: usize) -> Result<usize, ApiError> {
    let n = count("offset", value, 0, usize::MAX)?;
    if n > max {
        return Err(ApiError::BadRequest(format!(
            "offset={n}: at most {max}; narrow the query instead"
        )));
    }
    Ok(n)
}

async fn search_handler(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<search::SearchParams>,
) -> Result<Json<search::SearchResponse>, ApiError> {
    search::search(&state, params).await.map(Json)
}

async fn places_handler(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<search::SearchParams>,
) -> Result<Json<search::PlacesResponse>, ApiError> {
    search::places(&state, params).await.map(Json)
}

async fn article_handler(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<articles::ArticleView>, ApiError> {
    articles::article(&state, &id).await.map(Json)
}

async fn ingest_handler(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<ingest::IngestParams>,
    headers: HeaderMap,
    request: Request,
) -> Result<(StatusCode, Json<ingest::IngestResponse>), ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let limit = state.limits().max_body;
    let bytes = ingest::read_body(request.into_body(), limit).await?;
    let response = ingest::ingest(&state, bytes, content_type, params).await?;
    let status = if response.outcome == "inserted" {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(response)))
}

async fn entity_handler(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Json<entities::EntityView>, ApiError> {
    entities::entity(&state, &name).await.map(Json)
}

async fn timeline_handler(
    State(state): State<AppState>,
    Path(name): Path<String>,
    ApiQuery(params): ApiQuery<entities::TimelineParams>,
) -> Result<Json<entities::Timeline>, ApiError> {
    entities::entity_timeline(&state, &name, params)
        .await
        .map(Json)
}

async fn relations_handler(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<events::RelationsParams>,
) -> Result<Json<events::RelationsView>, ApiError> {
    events::relations(&state, params).await.map(Json)
}

async fn quotes_handler(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<events::QuoteParams>,
) -> Result<Json<events::QuotesResponse>, ApiError> {
    events::quotes(&state, params).await.map(Json)
}

async fn events_handler(
    State(state): State<AppState>,
    ApiQuery(params): ApiQuery<events::EventParams>,
) -> Result<Json<events::EventsResponse>, ApiError> {
    events::events(&state, params).await.map(Json)
}

async fn stats_handler(
    State(state): State<AppState>,
) -> Result<Json<rasd_store::StoreStats>, ApiError> {
    stats(&state).await.map(Json)
}

/// Counts over the whole store (articles, stories, entities, quotes, events).
pub(crate) async fn stats(state: &AppState) -> Result<rasd_store::StoreStats, ApiError> {
    state.read(|store| store.stats()).await
}

async fn openapi_handler() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn api_not_found() -> ApiError {
    ApiError::NotFound("no such API endpoint; see /api/openapi.json".into())
}

/// Turns the errors axum and tower-http answer on their own (405, 413, 408, …) into the API's
/// JSON errors, for `/api/` paths that did not answer JSON.
pub(crate) async fn json_errors(request: Request, next: axum::middleware::Next) -> Response {
    let is_api = request.uri().path().starts_with("/api");
    let response = next.run(request).await;
    let status = response.status();
    if !is_api || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if is_json {
        return response;
    }
    let (code, message) = match status {
        StatusCode::METHOD_NOT_ALLOWED => (
            "method_not_allowed",
            "this endpoint does not take this method; see /api/openapi.json".to_owned(),
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "payload_too_large",
            "request body larger than the limit".to_owned(),
        ),
        StatusCode::REQUEST_TIMEOUT | StatusCode::GATEWAY_TIMEOUT => (
            "timeout",
            "the request took longer than the server's time limit".to_owned(),
        ),
        s if s.is_server_error() => ("internal", "internal error".to_owned()),
        s => (
            "bad_request",
            s.canonical_reason().unwrap_or("bad request").to_owned(),
        ),
    };
    let mut out = (status, Json(error_body(code, &message))).into_response();
    for (name, value) in response.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            out.headers_mut().insert(name.clone(), value.clone());
        }
    }
    out
}
