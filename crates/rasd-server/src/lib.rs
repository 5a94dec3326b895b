//! The HTTP JSON API and the Arabic dashboard of rasd (`rasd serve`).
//!
//! [`app`] builds the whole router over a [`rasd_store::Store`]: the JSON API under `/api/`
//! (documented by `/api/openapi.json`) and the server-rendered dashboard (module `ui`).
#![deny(missing_docs)]

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;

mod ui;

/// What every handler shares. (`rasd_store::Store` is `Send` but not `Sync`: the server helper
/// replaces this with a pool of read handles plus one writer, queried in `spawn_blocking`.)
#[derive(Clone)]
pub struct AppState {
    /// The data directory of the store.
    pub data_dir: Arc<PathBuf>,
}

/// The whole application: API routes and dashboard routes over one state.
pub fn app(state: AppState) -> Router {
    Router::new().merge(ui::routes()).with_state(state)
}
