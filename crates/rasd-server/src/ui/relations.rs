//! The relations page (`/relations?a=&b=&c=&d=`): the events between two actors over time on a
//! Goldstein cooperation–conflict chart, each point linking to its article; a second pair (c–d)
//! is drawn beside it on the same time axis (e.g. United States–Mali beside Russia–Mali).

use std::collections::BTreeMap;

use axum::extract::{RawQuery, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use maud::{html, Markup};
use serde::Deserialize;

use super::chart::{self, Point};
use super::layout::{frame, Nav};
use super::text::{cameo_label_ar, cameo_root_ar, day_ar, goldstein_class, goldstein_text};
use super::{article_href, entity_href, error_page, parse_query, query_string, respond};
use crate::api::events::{relations, RelationsParams, RelationsView};
use crate::error::ApiError;
use crate::AppState;

/// The pairs of actors asked for (all optional; empty values count as not given).
#[derive(Debug, Clone, Default, Deserialize)]
struct Pairs {
    a: Option<String>,
    b: Option<String>,
    c: Option<String>,
    d: Option<String>,
}

/// Events listed in a pair's table (the latest); the chart shows them all.
const TABLE_ROWS: usize = 200;

/// The example shown on the empty page.
const EXAMPLE: [(&str, &str); 4] = [
    ("a", "الولايات المتحدة"),
    ("b", "مالي"),
    ("c", "روسيا"),
    ("d", "مالي"),
];

/// `GET /relations`.
pub(super) async fn page(State(state): State<AppState>, RawQuery(raw): RawQuery) -> Response {
    let pairs: Pairs = match parse_query(raw.as_deref()) {
        Ok(p) => p,
        Err(e) => return error_page(&e),
    };
    let text = |v: &Option<String>| v.as_deref().unwrap_or("").trim().to_owned();
    let (a, b, c, d) = (
        text(&pairs.a),
        text(&pairs.b),
        text(&pairs.c),
        text(&pairs.d),
    );
    let mut results: Vec<Result<RelationsView, ApiError>> = Vec::new();
    for (x, y) in [(&a, &b), (&c, &d)] {
        if x.is_empty() && y.is_empty() {
            continue;
        }
        let params = RelationsParams {
            a: Some(x.clone()),
            b: Some(y.clone()),
        };
        results.push(relations(&state, params).await);
    }
    let status = results
        .iter()
        .find_map(|r| r.as_ref().err().map(|e| e.status()))
        .unwrap_or(StatusCode::OK);
    let title = if a.is_empty() {
        "العلاقات".to_owned()
    } else {
        format!("العلاقات: {a} — {b}")
    };
    let body = html! {
        (form(&a, &b, &c, &d))
        @if results.is_empty() {
            p.muted {
                "اختر فاعلين (بالاسم أو المعرّف) لرسم الأحداث بينهما عبر الزمن، على مقياس غولدستين من النزاع (−10) إلى التعاون (+10). مثال: "
                a href=(format!("/relations{}", query_string(&EXAMPLE))) { "الولايات المتحدة — مالي، بجانب روسيا — مالي" }
            }
        }
        (panels(&results))
    };
    respond(status, frame(&title, Nav::Relations, "", body))
}

fn form(a: &str, b: &str, c: &str, d: &str) -> Markup {
    html! {
        form.relations-form action="/relations" method="get" {
            fieldset {
                legend { "الزوج الأول" }
                label { "الفاعل أ " input type="text" name="a" value=(a) required placeholder="الولايات المتحدة"; }
                label { "الفاعل ب " input type="text" name="b" value=(b) required placeholder="مالي"; }
            }
            fieldset {
                legend { "للمقارنة (اختياري)" }
                label { "الفاعل ج " input type="text" name="c" value=(c) placeholder="روسيا"; }
                label { "الفاعل د " input type="text" name="d" value=(d) placeholder="مالي"; }
            }
            button type="submit" { "ارسم" }
        }
    }
}

fn day(s: &Option<String>) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.as_deref()?.get(..10)?, "%Y-%m-%d").ok()
}

fn panels(results: &[Result<RelationsView, ApiError>]) -> Markup {
    // One time axis for every pair, so that they compare at a glance.
    let days: Vec<NaiveDate> = results
        .iter()
        .flatten()
        .flat_map(|r| r.relations.events.iter().filter_map(|e| day(&e.day)))
        .collect();
    let domain = chart::day_domain(days.iter());
    html! {
        div.relations-panels {
            @for r in results {
                @match r {
                    Err(e) => p.error-message dir="auto" { (e.message()) },
                    Ok(view) => (panel(view, domain)),
                }
            }
        }
    }
}

fn panel(view: &RelationsView, domain: Option<(NaiveDate, NaiveDate)>) -> Markup {
    let rel = &view.relations;
    let names: BTreeMap<&str, &str> = [
        (rel.a.id.as_str(), rel.a.name.as_str()),
        (rel.b.id.as_str(), rel.b.name.as_str()),
    ]
    .into_iter()
    .collect();
    let headlines: BTreeMap<&str, &str> = view
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.headline.as_str()))
        .collect();
    let name = |id: &Option<String>| {
        id.as_deref()
            .and_then(|i| names.get(i).copied())
            .unwrap_or("—")
    };
    let points: Vec<Point> = rel
        .events
        .iter()
        .filter_map(|e| {
            Some(Point {
                day: day(&e.day)?,
                goldstein: e.goldstein,
                negated: e.negated,
                href: article_href(&e.doc_id),
                title: format!(
                    "{} — {} ← {} ← {} ({}) {} — {}",
                    day_ar(e.day.as_deref().unwrap_or("")),
                    name(&e.source),
                    cameo_label_ar(&e.code),
                    name(&e.target),
                    e.code,
                    goldstein_text(e.goldstein),
                    headlines.get(e.doc_id.as_str()).copied().unwrap_or("")
                ),
            })
        })
        .collect();
    let caption = format!("{} — {}: الأحداث على مقياس غولدستين", rel.a.name, rel.b.name);
    let mean = if rel.events.is_empty() {
        0.0
    } else {
        rel.events.iter().map(|e| e.goldstein).sum::<f64>() / rel.events.len() as f64
    };
    html! {
        section.relations-panel {
            h2 {
                a href=(entity_href(&rel.a.id)) { bdi { (rel.a.name) } }
                " — "
                a href=(entity_href(&rel.b.id)) { bdi { (rel.b.name) } }
            }
            p.meta {
                strong { (rel.events.len()) } " حدثا"
                @if !rel.events.is_empty() {
                    " · متوسط غولدستين " span class=(format!("badge {}", goldstein_class(mean))) { (goldstein_text(mean)) }
                }
            }
            @match (domain, points.is_empty()) {
                (Some(domain), false) => (chart::goldstein(&points, domain, &caption)),
                _ => p.muted { "لا أحداث مؤرخة بين هذين الفاعلين." },
            }
            @if !rel.per_root.is_empty() {
                ul.chips.roots aria-label="الأحداث حسب النوع" {
                    @for (root, n) in &rel.per_root {
                        li.chip { (cameo_root_ar(root)) " " span.count { (n) } }
                    }
                }
            }
            @if rel.events.len() > TABLE_ROWS {
                p.muted { "الجدول: آخر " (TABLE_ROWS) " حدث من " (rel.events.len()) "؛ كل الأحداث على الرسم." }
            }
            @if !rel.events.is_empty() {
                table.events-table {
                    thead { tr { th { "اليوم" } th { "الحدث" } th { "غولدستين" } th { "الدليل والمقالة" } } }
                    tbody {
                        @for e in rel.events.iter().skip(rel.events.len().saturating_sub(TABLE_ROWS)) {
                            tr {
                                td.nowrap { (e.day.as_deref().map(day_ar).unwrap_or_default()) }
                                td {
                                    bdi { (name(&e.source)) } " ← " (cameo_label_ar(&e.code)) " ← " bdi { (name(&e.target)) }
                                    br; span.code title=(e.label) { "CAMEO " (e.code) }
                                    @if e.negated { " " span.badge.negated { "منفي" } }
                                }
                                td { span class=(format!("badge {}", goldstein_class(e.goldstein))) { (goldstein_text(e.goldstein)) } }
                                td {
                                    p.evidence { (e.sentence) }
                                    a href=(article_href(&e.doc_id)) { (headlines.get(e.doc_id.as_str()).copied().unwrap_or("المقالة")) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
