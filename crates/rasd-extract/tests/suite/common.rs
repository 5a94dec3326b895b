//! Helpers shared by the integration tests.

use std::path::PathBuf;

/// The shared data directory (`../shared` beside the workspace, or `$RASD_SHARED`), if present.
pub(crate) fn shared_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("RASD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")));
    dir.is_dir().then_some(dir)
}

/// A file under the shared directory; prints why and returns `None` when it is absent.
pub(crate) fn shared_file(rel: &str) -> Option<PathBuf> {
    let Some(dir) = shared_dir() else {
        eprintln!("skipped: ../shared is absent (set RASD_SHARED to run this test)");
        return None;
    };
    let path = dir.join(rel);
    if !path.exists() {
        eprintln!("skipped: {} is absent", path.display());
        return None;
    }
    Some(path)
}

/// Our own fixture pages, in `tests/pages/`.
pub(crate) fn page_path(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pages")).join(name)
}
