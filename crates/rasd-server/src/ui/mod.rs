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
    use axum::body::Body;
    use axum::http::{header, Request};
    use http_body_util::BodyExt;
    use rasd_store::{Prepared, Store};
    use tower::ServiceExt;

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

    /// A hostile article (markup in every text field) with two located entities, a quote and
    /// two events between them: written for this test.
    fn hostile() -> rasd_model::Analysis {
        serde_json::from_value(serde_json::json!({
            "id": "hostile-1", "url": "javascript:alert(9)", "site": null,
            "publisher": "موقع <b onmouseover=alert(4)>س</b>", "language": "ar",
            "section": "أخبار \"><svg onload=alert(5)>",
            "headline": "عاجل <script>alert(1)</script> وفد من مالي يزور روسيا",
            "published": "2025-07-12T08:00:00", "authors": [],
            "image": {"url": "https://evil.example/x.png", "caption": "<img src=x onerror=alert(2)>", "credit": "وكالة"},
            "related": [{"title": "<i>رابط</i>", "url": "javascript:alert(3)"}], "word_count": 12,
            "body": ["زار وفد من مالي موسكو في روسيا <script>alert(1)</script> أمس.",
                     "وقال رئيس الوفد إن \"</p><style>body{display:none}</style>\" انتهى."],
            "entities": [
                {"id": "loc:MLI", "name": "مالي", "type": "location", "aliases": ["مالي"],
                 "country": "MLI", "coordinates": [17.0, -4.0],
                 "mentions": [{"text": "مالي", "paragraph": 0, "start": 11, "end": 15},
                              {"text": "مالي", "paragraph": 0, "start": 90, "end": 99}]},
                {"id": "loc:RUS", "name": "روسيا", "type": "location", "aliases": ["روسيا"],
                 "country": "RUS", "coordinates": [60.0, 100.0],
                 "mentions": [{"text": "روسيا", "paragraph": 0, "start": 25, "end": 30}]},
                {"id": "per:x", "name": "<script>alert(6)</script>", "type": "person",
                 "aliases": [], "country": null, "coordinates": null, "mentions": []}],
            "quotes": [{"speaker": "per:x", "speaker_text": "رئيس الوفد",
                        "text": "</p><style>body{display:none}</style>", "direct": true, "paragraph": 1}],
            "events": [
                {"code": "042", "label": "make a visit", "source": "loc:MLI", "target": "loc:RUS",
                 "negated": false, "goldstein": 1.9, "date": "2025-07-11", "paragraph": 0,
                 "sentence": "زار وفد <script>alert(7)</script>"},
                {"code": "111", "label": "criticize", "source": "loc:RUS", "target": "loc:MLI",
                 "negated": true, "goldstein": -2.0, "date": "2025-07-20", "paragraph": 1,
                 "sentence": "انتقاد"}]
        }))
        .expect("a valid analysis")
    }

    /// The dashboard over a store holding the [`hostile`] article (the directory lives as
    /// long as the first value).
    fn hostile_app() -> (tempfile::TempDir, Router) {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let mut store = Store::open(dir.path()).expect("a store");
        store
            .put_batch(&[Prepared::new(hostile()).expect("prepared")])
            .expect("stored");
        store.commit().expect("committed");
        drop(store);
        let app = crate::app(AppState::open(dir.path()).expect("the state"));
        (dir, app)
    }

    async fn get(app: &Router, uri: &str) -> (StatusCode, String, String) {
        let request = Request::get(uri).body(Body::empty()).expect("a request");
        let response = app.clone().oneshot(request).await.expect("a response");
        let status = response.status();
        let content_type = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("a body")
            .to_bytes();
        (
            status,
            content_type,
            String::from_utf8_lossy(&bytes).into_owned(),
        )
    }

    #[tokio::test]
    async fn the_date_boxes_take_days_written_in_arabic() {
        let (_dir, app) = hostile_app();
        let encode = |s: &str| query_string(&[("q", "وفد"), ("from", s)]);
        let hit = r#"href="/article/hostile-1""#;
        // Published 12 July 2025: found from the 11th (Arabic-Indic digits), from the 12th
        // (ISO) and from 1 Muharram 1447 AH (26 June 2025), not from the 13th (Levantine month
        // name); the box shows each day in words.
        for (from, found, shown) in [
            ("١١ يوليو ٢٠٢٥", true, "11 يوليو 2025"),
            ("13 تموز 2025", false, "13 يوليو 2025"),
            ("2025-07-12", true, "12 يوليو 2025"),
            ("1 محرم 1447", true, "26 يونيو 2025"),
        ] {
            let (status, _, html) = get(&app, &format!("/{}", encode(from))).await;
            assert_eq!(status, StatusCode::OK, "{from}: {html}");
            assert_eq!(html.contains(hit), found, "from {from}");
            assert!(
                html.contains(&format!(
                    r#"name="from" dir="auto" placeholder="مثل: 1 يوليو 2025" value="{shown}""#
                )),
                "from {from}: the box shows the day in words"
            );
        }
        assert!(!get(&app, "/").await.2.contains(r#"type="date""#));
    }

    #[tokio::test]
    async fn pages_render_arabic_rtl_escaped_and_without_inline_code() {
        let (_dir, app) = hostile_app();
        let pages = [
            "/",
            "/?q=%D9%88%D9%81%D8%AF",
            "/article/hostile-1",
            "/entity/loc:MLI",
            "/entity/per:x",
            "/relations?a=loc:MLI&b=loc:RUS&c=loc:RUS&d=loc:MLI",
            "/relations",
            "/map?q=%D9%88%D9%81%D8%AF",
        ];
        for uri in pages {
            let (status, content_type, html) = get(&app, uri).await;
            assert_eq!(status, StatusCode::OK, "{uri}: {html}");
            assert!(
                content_type.starts_with("text/html"),
                "{uri}: {content_type}"
            );
            assert!(html.contains(r#"<html lang="ar" dir="rtl">"#), "{uri}");
            assert!(!html.contains("<script"), "{uri}: a script element");
            assert!(!html.contains("<style"), "{uri}: a style element");
            assert!(!html.contains(" style="), "{uri}: an inline style");
            assert!(!html.contains("<img"), "{uri}: an image");
            assert!(!html.contains("javascript:"), "{uri}: a javascript: link");
            assert!(!html.contains("evil.example"), "{uri}: an outside resource");
        }
        let (_, _, article) = get(&app, "/article/hostile-1").await;
        assert!(article.contains("عاجل &lt;script&gt;alert(1)&lt;/script&gt; وفد"));
        assert!(
            article.contains("&lt;img src=x onerror=alert(2)&gt;"),
            "caption as text"
        );
        assert!(
            article.contains(r#"<a class="ent loc" href="/entity/loc:MLI""#),
            "mentions link to their entity"
        );
        assert_eq!(
            article
                .matches(r#"class="ent loc" href="/entity/loc:MLI" title"#)
                .count(),
            1,
            "the mention past the paragraph's end is left out"
        );
        let (_, _, relations) =
            get(&app, "/relations?a=loc:MLI&b=loc:RUS&c=loc:RUS&d=loc:MLI").await;
        assert_eq!(
            relations.matches("<circle class=\"point").count(),
            4,
            "2 events × 2 pairs"
        );
        assert!(
            relations.contains("point conf negated"),
            "a negated conflict event"
        );
        assert!(relations.contains(r#"href="/article/hostile-1""#));
        let (_, _, map) = get(&app, "/map?q=%D9%88%D9%81%D8%AF").await;
        assert_eq!(map.matches(r#"<circle class="marker""#).count(), 2);
        assert!(map.matches("<path class=\"country\"").count() > 150);
    }

    #[tokio::test]
    async fn errors_are_arabic_pages_with_their_status_and_assets_are_served() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let app = crate::app(AppState::open(dir.path()).expect("the state"));
        let (status, _, html) = get(&app, "/article/none").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(html.contains("غير موجود") && html.contains(r#"dir="rtl""#));
        let (status, _, html) = get(&app, "/entity/%3Cscript%3E").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
        let (status, _, html) = get(&app, "/?from=yesterday").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(
            html.contains("from=yesterday"),
            "the search page says what is wrong"
        );
        let (status, _, html) = get(&app, "/relations?a=loc:MLI").await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{html}");
        let (status, content_type, css) = get(&app, "/assets/rasd.css").await;
        assert_eq!(status, StatusCode::OK);
        assert!(content_type.starts_with("text/css"));
        assert!(css.contains("@font-face"));
        let (status, content_type, _) = get(&app, "/assets/noto-naskh-arabic-400.woff2").await;
        assert_eq!(
            (status, content_type.as_str()),
            (StatusCode::OK, "font/woff2")
        );
        let (status, _, _) = get(&app, "/assets/../Cargo.toml").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
}
