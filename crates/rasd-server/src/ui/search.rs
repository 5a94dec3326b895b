//! The search page (`/`): query box and date filters, active filters, facets (entities by
//! type, sources, sections), the per-day histogram, and the hits with highlighted snippets.

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{html, Markup};
use rasd_store::search::FacetCount;

use super::layout::{frame, Nav};
use super::text::{day_ar, kind_class, kind_plural_ar, published_ar, split_marked};
use super::{article_href, chart, entity_href, parse_query, query_string, respond};
use crate::api::search::{search, SearchParams, SearchResponse};
use crate::AppState;

/// Hits per page.
const PER_PAGE: usize = 20;

/// The filters of a search, as the page's links keep them.
#[derive(Debug, Clone, Default)]
pub(super) struct Filters {
    pub(super) q: String,
    pub(super) from: String,
    pub(super) to: String,
    pub(super) source: String,
    pub(super) section: String,
    pub(super) entity: String,
}

impl Filters {
    /// The filters given in `p` (trimmed; missing ones empty).
    pub(super) fn of(p: &SearchParams) -> Filters {
        let get = |v: &Option<String>| v.as_deref().unwrap_or("").trim().to_owned();
        Filters {
            q: get(&p.q),
            from: get(&p.from),
            to: get(&p.to),
            source: get(&p.source),
            section: get(&p.section),
            entity: get(&p.entity),
        }
    }

    /// The query string of these filters with `key` set to `value` (`""` removes it).
    pub(super) fn with(&self, key: &str, value: &str) -> String {
        let mut pairs = [
            ("q", self.q.as_str()),
            ("from", self.from.as_str()),
            ("to", self.to.as_str()),
            ("source", self.source.as_str()),
            ("section", self.section.as_str()),
            ("entity", self.entity.as_str()),
        ];
        for pair in pairs.iter_mut() {
            if pair.0 == key {
                pair.1 = value;
            }
        }
        query_string(&pairs)
    }

    /// The query string of these filters as they are.
    pub(super) fn query(&self) -> String {
        self.with("", "")
    }
}

/// `GET /?q=&from=&to=&source=&section=&entity=&offset=`.
pub(super) async fn page(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let params: SearchParams = match parse_query(raw.as_deref()) {
        Ok(p) => p,
        Err(e) => return super::error_page(&e),
    };
    // The date boxes take a day as people write it (ISO, or Arabic: "١١ يوليو ٢٠٢٥",
    // "11 تموز 2025", a Hijri date); the request and the links carry it as ISO. What does not
    // read as a day goes on as typed, and the API's error says what is wrong.
    let params = SearchParams {
        from: params.from.as_deref().map(day_iso),
        to: params.to.as_deref().map(day_iso),
        ..params
    };
    let filters = Filters::of(&params);
    let offset: usize = params
        .offset
        .as_deref()
        .and_then(|o| o.trim().parse().ok())
        .unwrap_or(0);
    let request = SearchParams {
        limit: Some(PER_PAGE.to_string()),
        offset: Some(offset.to_string()),
        ..params
    };
    let title = if filters.q.is_empty() {
        "البحث".to_owned()
    } else {
        format!("بحث: {}", filters.q)
    };
    let (status, content) = match search(&state, request).await {
        Ok(results) => (StatusCode::OK, results_view(&filters, &results)),
        Err(e) => (
            e.status(),
            html! { p.error-message dir="auto" { "تعذر البحث: " (e.message()) } },
        ),
    };
    let body = html! {
        (search_form(&filters, "/"))
        (content)
    };
    respond(status, frame(&title, Nav::Search, &filters.q, body))
}

/// A day typed in a date box as `YYYY-MM-DD`: ISO as it is, else a date in words read by
/// [`rasd_text::date::parse`] (Arabic, English or French months, Hijri, Arabic-Indic digits);
/// anything else trimmed but unchanged.
fn day_iso(typed: &str) -> String {
    let typed = typed.trim();
    if typed.is_empty() || chrono::NaiveDate::parse_from_str(typed, "%Y-%m-%d").is_ok() {
        return typed.to_owned();
    }
    rasd_text::date::parse(typed, None).map_or_else(
        || typed.to_owned(),
        |d| d.date.format("%Y-%m-%d").to_string(),
    )
}

/// The big search form with its date filters; the other filters ride along as hidden fields.
pub(super) fn search_form(f: &Filters, action: &str) -> Markup {
    html! {
        form.bigsearch action=(action) method="get" role="search" {
            div.bigsearch-row {
                input type="search" name="q" value=(f.q) placeholder="ابحث: مالي، \"وزير الخارجية\"، روسيا OR واشنطن" aria-label="نص البحث";
                button type="submit" { "ابحث" }
            }
            div.bigsearch-row.dates {
                // Text boxes, not `type="date"`: a browser draws those in its own locale
                // (mm/dd/yyyy), whatever the page's language.
                label { "من " input type="text" name="from" dir="auto" placeholder="مثل: 1 يوليو 2025" value=(day_ar(&f.from)); }
                label { "إلى " input type="text" name="to" dir="auto" placeholder="مثل: 31 يوليو 2025" value=(day_ar(&f.to)); }
                @for (name, value) in [("source", &f.source), ("section", &f.section), ("entity", &f.entity)] {
                    @if !value.is_empty() {
                        input type="hidden" name=(name) value=(value);
                    }
                }
            }
        }
    }
}

/// Chips for the active filters, each with a link that removes it.
pub(super) fn active_filters(f: &Filters, path: &str, entity_name: Option<&str>) -> Markup {
    let active = [
        ("from", "من", f.from.as_str()),
        ("to", "إلى", f.to.as_str()),
        ("source", "المصدر", f.source.as_str()),
        ("section", "القسم", f.section.as_str()),
        ("entity", "الكيان", entity_name.unwrap_or(f.entity.as_str())),
    ];
    html! {
        @if active.iter().any(|(_, _, v)| !v.is_empty()) {
            ul.chips.active-filters aria-label="المرشحات" {
                @for (key, label, value) in active {
                    @if !value.is_empty() {
                        li.chip {
                            span { (label) ": " bdi { (value) } }
                            a.chip-remove href=(format!("{path}{}", f.with(key, ""))) aria-label=(format!("إزالة {label}")) { "×" }
                        }
                    }
                }
            }
        }
    }
}

fn results_view(f: &Filters, r: &SearchResponse) -> Markup {
    let entity_name = r
        .facets
        .entities
        .values()
        .flatten()
        .find(|c| c.value == f.entity)
        .and_then(|c| c.name.as_deref());
    let per_day: Vec<(String, u64)> = r
        .facets
        .per_day
        .iter()
        .map(|c| (c.value.clone(), c.count))
        .collect();
    html! {
        (active_filters(f, "/", entity_name))
        div.summary {
            p.total { strong { (r.total) } " مقالة" }
            @if r.total > 0 {
                a.button-link href=(format!("/map{}", f.query())) { "الأماكن على الخريطة" }
            }
        }
        div.results-layout {
            aside.facets aria-label="تصفية النتائج" {
                @for kind in ["person", "location", "organization"] {
                    @if let Some(values) = r.facets.entities.get(kind).filter(|v| !v.is_empty()) {
                        (entity_facet(f, kind, values))
                    }
                }
                (facet(f, "source", "المصادر", &r.facets.sources))
                (facet(f, "section", "الأقسام", &r.facets.sections))
            }
            section.results {
                @if !per_day.is_empty() {
                    (chart::histogram(&per_day, 150.0, "عدد المقالات في كل يوم", |a, b| {
                        let range = Filters { from: a.to_string(), to: b.to_string(), ..f.clone() };
                        format!("/{}", range.query())
                    }))
                }
                @if r.hits.is_empty() {
                    p.muted { "لا توجد نتائج. جرّب كلمات أقل أو أزل بعض المرشحات." }
                }
                ol.hits start=(r.offset + 1) {
                    @for hit in &r.hits {
                        li.hit {
                            h2.hit-title { a href=(article_href(&hit.id)) { (hit.headline) } }
                            div.meta {
                                @if let Some(source) = &hit.source { span.source { (source) } }
                                @if let Some(section) = &hit.section { span.section { (section) } }
                                @if let Some(published) = &hit.published { time datetime=(published) { (published_ar(published)) } }
                            }
                            @let marks: Vec<(usize, usize, &())> = hit.highlights.iter().map(|[s, e]| (*s, *e, &())).collect();
                            p.snippet {
                                @for piece in split_marked(&hit.snippet, &marks) {
                                    @if piece.mark.is_some() { mark { (piece.text) } } @else { (piece.text) }
                                }
                            }
                        }
                    }
                }
                (pager(f, r))
            }
        }
    }
}

fn pager(f: &Filters, r: &SearchResponse) -> Markup {
    let link = |offset: usize| {
        let q = f.query();
        let sep = if q.is_empty() { "?" } else { "&" };
        format!("/{q}{sep}offset={offset}")
    };
    let has_next = r.offset + r.hits.len() < r.total;
    html! {
        @if r.offset > 0 || has_next {
            nav.pager aria-label="الصفحات" {
                @if r.offset > 0 {
                    a rel="prev" href=(link(r.offset.saturating_sub(r.limit.max(1)))) { "→ السابق" }
                }
                span { (r.offset + 1) "–" (r.offset + r.hits.len()) " من " (r.total) }
                @if has_next {
                    a rel="next" href=(link(r.offset + r.hits.len())) { "التالي ←" }
                }
            }
        }
    }
}

fn entity_facet(f: &Filters, kind: &str, values: &[FacetCount]) -> Markup {
    html! {
        section.facet {
            h2 { span class=(format!("dot {}", kind_class(kind))) {} (kind_plural_ar(kind)) }
            ul {
                @for v in values {
                    li class=(if v.value == f.entity { "current" } else { "" }) {
                        a.facet-value href=(format!("/{}", f.with("entity", &v.value))) {
                            bdi { (v.name.as_deref().unwrap_or(&v.value)) }
                        }
                        span.count { (v.count) }
                        a.facet-profile href=(entity_href(&v.value)) title="صفحة الكيان" { "الملف" }
                    }
                }
            }
        }
    }
}

fn facet(f: &Filters, key: &str, title: &str, values: &[FacetCount]) -> Markup {
    let current = if key == "source" {
        &f.source
    } else {
        &f.section
    };
    html! {
        @if !values.is_empty() {
            section.facet {
                h2 { (title) }
                ul {
                    @for v in values {
                        li class=(if &v.value == current { "current" } else { "" }) {
                            a.facet-value href=(format!("/{}", f.with(key, &v.value))) { bdi { (v.value) } }
                            span.count { (v.count) }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_links_keep_the_others_and_replace_one() {
        let f = Filters {
            q: "مالي".into(),
            source: "الساحل".into(),
            ..Filters::default()
        };
        assert_eq!(
            f.with("source", ""),
            "?q=%D9%85%D8%A7%D9%84%D9%8A",
            "removing a filter keeps the query"
        );
        let with_entity = f.with("entity", "loc:MLI");
        assert!(with_entity.contains("source="));
        assert!(with_entity.ends_with("entity=loc%3AMLI"));
    }
}
