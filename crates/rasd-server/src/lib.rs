//! The HTTP JSON API and the Arabic dashboard of rasd (`rasd serve`).
//!
//! [`app`] builds the whole router over an [`AppState`] (a pool of read handles on a
//! [`rasd_store::Store`] plus one writer): the JSON API under `/api/` (documented by
//! `/api/openapi.json`) and the server-rendered dashboard (module `ui`). [`serve`] runs it on a
//! listener until a shutdown signal. Every response carries a strict Content-Security-Policy,
//! `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer`; API errors are JSON
//! `{"error": {"code", "message"}}`.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let state = rasd_server::AppState::open(std::path::Path::new("data")).unwrap();
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! rasd_server::serve(listener, state, async { let _ = tokio::signal::ctrl_c().await; }).await
//! # }
//! ```
#![deny(missing_docs)]

use std::future::Future;
use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::Router;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

mod api;
mod error;
mod state;
mod ui;

pub use error::ApiError;
pub use state::{AppState, Limits, CACHE_TTL};

/// The Content-Security-Policy of every response: only rasd's own scripts, styles and images.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; \
    frame-ancestors 'none'";

/// Time a whole request may take beyond the query time limit before the server gives up on it
/// (a backstop: queries are bounded by [`Limits::query_time`]; POSTs are not bounded by it).
const REQUEST_SLACK: Duration = Duration::from_secs(50);

/// The whole application: API routes and dashboard routes over one state, with the security
/// headers, the body-size limit, the request time limit and JSON errors for `/api/`.
pub fn app(state: AppState) -> Router {
    let limits = state.limits().clone();
    Router::new()
        .merge(api::routes())
        .merge(ui::routes())
        .with_state(state)
        .layer(axum::middleware::from_fn(api::json_errors))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::GATEWAY_TIMEOUT,
            limits.query_time + REQUEST_SLACK,
        ))
        // Our own extractor enforces the exact limit and answers JSON; this refuses early a
        // Content-Length above it.
        .layer(RequestBodyLimitLayer::new(limits.max_body))
        .layer(axum::extract::DefaultBodyLimit::max(limits.max_body))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(TraceLayer::new_for_http())
}

/// Serves [`app`] on `listener` until `shutdown` completes, then lets requests in flight finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(state))
        .with_graceful_shutdown(shutdown)
        .await
}
