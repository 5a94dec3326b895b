//! The server-rendered Arabic dashboard (RTL, `lang="ar"`, no CDN).
//!
//! Every page is HTML rendered by the server with maud (which escapes all content): search with
//! facets and a per-day histogram, the article reader view with its entities highlighted, entity
//! profiles, the relations between two actors on a Goldstein chart, and the places of a search on
//! a world map. Charts and the map are inline SVG drawn here, so the pages work with JavaScript
//! off, and nothing but rasd's own stylesheet and fonts is loaded (the server's CSP forbids inline
//! styles and scripts). Pages get their data from the same functions as the JSON API
//! (`crate::api`), and show an API error as an Arabic error page with the same status.

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};

use crate::error::ApiError;
use crate::AppState;

mod article;
mod assets;
mod chart;
mod entity;
mod layout;
mod map;
mod relations;
mod search;
mod text;

/// The dashboard's routes (pages and their static assets).
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(search::page))
        .route("/article/{id}", get(article::page))
        .route("/entity/{id}", get(entity::page))
        .route("/relations", get(relations::page))
        .route("/map", get(map::page))
        .route("/assets/{name}", get(assets::serve))
}

/// A rendered page, as a response with this status.
fn respond(status: StatusCode, page: Markup) -> Response {
    (status, Html(page.into_string())).into_response()
}

/// An API error as an Arabic error page with the same status (5xx causes are not shown).
fn error_page(err: &ApiError) -> Response {
    let title = match err.status() {
        StatusCode::NOT_FOUND => "غير موجود",
        StatusCode::BAD_REQUEST => "طلب غير صالح",
        s if s.is_server_error() => "خطأ في الخادم",
        _ => "تعذر تنفيذ الطلب",
    };
    let body = html! {
        section.error-page {
            h1 { (title) }
            p.error-message dir="auto" { (err.message()) }
            p { a href="/" { "العودة إلى البحث" } }
        }
    };
    respond(
        err.status(),
        layout::frame(title, layout::Nav::None, "", body),
    )
}

/// The parameters of a page's query string (`None`: no query string).
fn parse_query<T: serde::de::DeserializeOwned>(raw: Option<&str>) -> Result<T, ApiError> {
    serde_urlencoded::from_str(raw.unwrap_or(""))
        .map_err(|e| ApiError::BadRequest(format!("query string: {e}")))
}

/// A query string (`?a=1&b=2`, values encoded) of the pairs whose value is not empty, or `""`.
fn query_string(pairs: &[(&str, &str)]) -> String {
    let kept: Vec<(&str, &str)> = pairs
        .iter()
        .copied()
        .filter(|(_, v)| !v.trim().is_empty())
        .collect();
    match serde_urlencoded::to_string(&kept) {
        Ok(s) if !s.is_empty() => format!("?{s}"),
        _ => String::new(),
    }
}

/// `text` as one URL path segment: everything but unreserved ASCII is percent-encoded.
fn path_segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b':') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The link to an article's reader view.
fn article_href(id: &str) -> String {
    format!("/article/{}", path_segment(id))
}

/// The link to an entity's profile.
fn entity_href(id: &str) -> String {
    format!("/entity/{}", path_segment(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_segments_encode_all_but_unreserved() {
        assert_eq!(path_segment("loc:MLI"), "loc:MLI");
        assert_eq!(path_segment("a/b?c#d"), "a%2Fb%3Fc%23d");
        assert_eq!(path_segment("مالي"), "%D9%85%D8%A7%D9%84%D9%8A");
        assert_eq!(path_segment("<x>"), "%3Cx%3E");
    }

    #[test]
    fn query_strings_skip_empty_values_and_encode() {
        assert_eq!(query_string(&[("q", ""), ("a", " ")]), "");
        assert_eq!(
            query_string(&[("q", "مالي & روسيا"), ("from", "")]),
            "?q=%D9%85%D8%A7%D9%84%D9%8A+%26+%D8%B1%D9%88%D8%B3%D9%8A%D8%A7"
        );
    }
}
