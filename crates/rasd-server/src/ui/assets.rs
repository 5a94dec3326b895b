//! The dashboard's static files, embedded in the binary and served by rasd (no CDN): the
//! stylesheet, the Arabic fonts (SIL OFL 1.1) and the favicon. The world map (`world.svg`) is
//! inlined into the map page by [`super::map`]. Sources and licences: `assets/README.md`.

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// One embedded file: its name under `/assets/`, content type and bytes.
const FILES: [(&str, &str, &[u8]); 6] = [
    (
        "rasd.css",
        "text/css; charset=utf-8",
        include_bytes!("../../assets/rasd.css"),
    ),
    (
        "favicon.svg",
        "image/svg+xml",
        include_bytes!("../../assets/favicon.svg"),
    ),
    (
        "noto-sans-arabic-400.woff2",
        "font/woff2",
        include_bytes!("../../assets/fonts/noto-sans-arabic-400.woff2"),
    ),
    (
        "noto-sans-arabic-700.woff2",
        "font/woff2",
        include_bytes!("../../assets/fonts/noto-sans-arabic-700.woff2"),
    ),
    (
        "noto-naskh-arabic-400.woff2",
        "font/woff2",
        include_bytes!("../../assets/fonts/noto-naskh-arabic-400.woff2"),
    ),
    (
        "noto-naskh-arabic-700.woff2",
        "font/woff2",
        include_bytes!("../../assets/fonts/noto-naskh-arabic-700.woff2"),
    ),
];

/// `GET /assets/{name}`: the embedded file, cached for an hour, or 404.
pub(super) async fn serve(Path(name): Path<String>) -> Response {
    match FILES.iter().find(|(n, _, _)| *n == name) {
        Some((_, content_type, bytes)) => (
            [
                (header::CONTENT_TYPE, *content_type),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            *bytes,
        )
            .into_response(),
        None => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "no such asset",
        )
            .into_response(),
    }
}
