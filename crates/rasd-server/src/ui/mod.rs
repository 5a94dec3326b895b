//! The server-rendered Arabic dashboard (RTL, `lang="ar"`, no CDN).

use axum::Router;

use crate::AppState;

/// The dashboard's routes (pages and their static assets).
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
}
