//! One error type for the whole API, answered as JSON `{"error": {"code", "message"}}`.
//!
//! A 4xx carries a message for the user; a 5xx says only what kind of failure it was, and the
//! cause is logged.

use std::time::Duration;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use rasd_store::StoreError;

/// What went wrong with a request.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// A parameter is missing or wrong (400).
    BadRequest(String),
    /// No such article or entity (404).
    NotFound(String),
    /// The request body is larger than the limit, in bytes (413).
    TooLarge(usize),
    /// The body is not a page rasd reads: a binary file, an unknown content type (415).
    UnsupportedMedia(String),
    /// The page was read but holds no article (422).
    Unprocessable(String),
    /// Every read handle stayed busy for the whole query time limit (503).
    Busy,
    /// Another process holds the store's write lock (503).
    WriterBusy(String),
    /// The query ran longer than the limit (504).
    Timeout(Duration),
    /// Anything else; the cause is logged, not shown (500).
    Internal(String),
}

impl ApiError {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMedia(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Unprocessable(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Busy | ApiError::WriterBusy(_) => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Timeout(_) => StatusCode::GATEWAY_TIMEOUT,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// A short machine-readable code (`"not_found"`).
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::BadRequest(_) => "bad_request",
            ApiError::NotFound(_) => "not_found",
            ApiError::TooLarge(_) => "payload_too_large",
            ApiError::UnsupportedMedia(_) => "unsupported_media_type",
            ApiError::Unprocessable(_) => "unprocessable_page",
            ApiError::Busy | ApiError::WriterBusy(_) => "busy",
            ApiError::Timeout(_) => "timeout",
            ApiError::Internal(_) => "internal",
        }
    }

    /// The message shown to the user (5xx causes are not shown).
    pub fn message(&self) -> String {
        match self {
            ApiError::BadRequest(m)
            | ApiError::NotFound(m)
            | ApiError::UnsupportedMedia(m)
            | ApiError::Unprocessable(m) => m.clone(),
            ApiError::TooLarge(limit) => {
                format!("request body larger than the limit of {limit} bytes")
            }
            ApiError::Busy => "the server is busy; retry in a moment".into(),
            ApiError::WriterBusy(_) => {
                "the store is being written by another process (rasd ingest?); retry later".into()
            }
            ApiError::Timeout(limit) => format!(
                "the query took longer than the limit of {} s; narrow it (dates, filters)",
                limit.as_secs_f64()
            ),
            ApiError::Internal(_) => "internal error".into(),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code(), self.message())
    }
}

impl std::error::Error for ApiError {}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::Query { .. }
            | StoreError::Invalid { .. }
            | StoreError::UnknownEntity { .. } => ApiError::BadRequest(e.to_string()),
            e => ApiError::Internal(e.to_string()),
        }
    }
}

/// The JSON body of an error.
pub(crate) fn error_body(code: &str, message: &str) -> serde_json::Value {
    serde_json::json!({"error": {"code": code, "message": message}})
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match &self {
            ApiError::Internal(cause) | ApiError::WriterBusy(cause) => {
                tracing::error!("{}: {cause}", self.code());
            }
            ApiError::Timeout(_) | ApiError::Busy => tracing::warn!("{self}"),
            _ => tracing::debug!("{self}"),
        }
        (
            self.status(),
            Json(error_body(self.code(), &self.message())),
        )
            .into_response()
    }
}
