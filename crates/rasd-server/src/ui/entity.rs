//! The entity page (`/entity/{id}`): aliases, mentions over time, co-mentioned entities,
//! quotes, events as source and as target, and the articles that mention it.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{html, Markup};
use rasd_store::browse::EventRecord;

use super::article::actor;
use super::layout::{frame, Nav};
use super::search::Filters;
use super::text::{cameo_label_ar, day_ar, goldstein_class, goldstein_text, kind_ar, kind_class};
use super::{article_href, chart, entity_href, error_page, query_string, respond};
use crate::api::entities::{entity, entity_timeline, EntityView, Timeline, TimelineParams};
use crate::AppState;

/// Articles listed on the page.
const ARTICLES: usize = 30;

/// `GET /entity/{id}` (an id, a name or an alias).
pub(super) async fn page(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    let view = match entity(&state, &id).await {
        Ok(v) => v,
        Err(e) => return error_page(&e),
    };
    let params = TimelineParams {
        limit: Some(ARTICLES.to_string()),
        ..TimelineParams::default()
    };
    let timeline = match entity_timeline(&state, &view.profile.entity.id, params).await {
        Ok(t) => t,
        Err(e) => return error_page(&e),
    };
    let title = view.profile.entity.name.clone();
    respond(
        StatusCode::OK,
        frame(&title, Nav::None, "", profile(&view, &timeline)),
    )
}

fn profile(view: &EntityView, timeline: &Timeline) -> Markup {
    let p = &view.profile;
    let e = &p.entity;
    let class = kind_class(&e.kind);
    let per_day: Vec<(String, u64)> = p
        .per_day
        .iter()
        .map(|d| (d.date.clone(), d.count))
        .collect();
    let as_source: Vec<&EventRecord> = view
        .events
        .iter()
        .filter(|ev| ev.source.as_deref() == Some(&e.id))
        .collect();
    let as_target: Vec<&EventRecord> = view
        .events
        .iter()
        .filter(|ev| ev.source.as_deref() != Some(&e.id))
        .collect();
    html! {
        header.entity-head {
            p.kicker { span class=(format!("dot {class}")) {} (kind_ar(&e.kind)) @if let Some(c) = &e.country { " · " bdi { (c) } } }
            h1 { bdi class=(format!("ent-name {class}")) { (e.name) } }
            p.meta {
                strong { (p.articles) } " مقالة تذكره"
                " · " a href=(format!("/{}", Filters { entity: e.id.clone(), ..Filters::default() }.query())) { "ابحث في مقالاته" }
                " · " a href=(format!("/map{}", Filters { entity: e.id.clone(), ..Filters::default() }.query())) { "أماكن مقالاته على الخريطة" }
            }
            @if !p.also_matched.is_empty() {
                p.also { "يطابق الاسم أيضا: "
                    @for (i, other) in p.also_matched.iter().enumerate() {
                        @if i > 0 { "، " }
                        a href=(entity_href(&other.id)) { bdi { (other.name) } } " (" (kind_ar(&other.kind)) ")"
                    }
                }
            }
            @if !p.aliases.is_empty() {
                ul.chips.aliases aria-label="الأسماء" { @for alias in &p.aliases { li.chip { bdi { (alias) } } } }
            }
        }
        div.entity-layout {
            section.entity-main {
                h2 { "الذكر عبر الزمن" }
                (chart::histogram(&per_day, 170.0, "عدد المقالات التي تذكره في كل يوم", |a, b| {
                    format!("/{}", Filters { entity: e.id.clone(), from: a.to_string(), to: b.to_string(), ..Filters::default() }.query())
                }))
                h2 { "الأحداث" @if view.events_total > view.events.len() as u64 { " (أحدث " (view.events.len()) " من " (view.events_total) ")" } }
                div.event-columns {
                    section { h3 { "فاعلا" } (event_list(&as_source, &e.id)) }
                    section { h3 { "مفعولا به" } (event_list(&as_target, &e.id)) }
                }
                h2 { "الاقتباسات" }
                @if p.quotes.is_empty() { p.muted { "لا اقتباسات منسوبة." } }
                ul.quote-list {
                    @for q in &p.quotes {
                        li.quote {
                            blockquote class=(if q.direct { "direct" } else { "reported" }) { (q.text) }
                            div.quote-by {
                                a href=(article_href(&q.doc_id)) { (q.headline) }
                                @if let Some(day) = &q.day { " · " (day_ar(day)) }
                            }
                        }
                    }
                }
                h2 { "المقالات" }
                ul.article-list {
                    @for a in &timeline.articles {
                        li {
                            a href=(article_href(&a.id)) { (a.headline) }
                            span.meta {
                                @if let Some(day) = &a.day { (day_ar(day)) }
                                @if let Some(source) = &a.source { " · " (source) }
                            }
                        }
                    }
                }
            }
            aside.entity-side {
                section.side-box {
                    h2 { "يُذكر معه" }
                    @if p.co_mentioned.is_empty() { p.muted { "لا أحد." } }
                    ul.entity-list {
                        @for c in &p.co_mentioned {
                            li {
                                a class=(format!("ent {}", kind_class(&c.entity.kind))) href=(entity_href(&c.entity.id)) { bdi { (c.entity.name) } }
                                span.count title="مقالات مشتركة" { (c.articles) }
                                a.facet-profile href=(format!("/relations{}", query_string(&[("a", &e.id), ("b", &c.entity.id)])))
                                    title="الأحداث بينهما على مقياس غولدستين" { "العلاقات" }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn event_list(events: &[&EventRecord], own: &str) -> Markup {
    html! {
        @if events.is_empty() { p.muted { "لا أحداث." } }
        ul.event-list {
            @for ev in events {
                li.event {
                    div.event-line {
                        @if ev.source.as_deref() == Some(own) {
                            span.event-label title=(format!("CAMEO {}: {}", ev.code, ev.label)) { (cameo_label_ar(&ev.code)) " " span.code { (ev.code) } }
                            span.event-arrow { " ← " }
                            (actor(ev.target.as_deref(), ev.target_name.as_deref()))
                        } @else {
                            (actor(ev.source.as_deref(), ev.source_name.as_deref()))
                            span.event-arrow { " ← " }
                            span.event-label title=(format!("CAMEO {}: {}", ev.code, ev.label)) { (cameo_label_ar(&ev.code)) " " span.code { (ev.code) } }
                        }
                        span class=(format!("badge {}", goldstein_class(ev.goldstein))) { (goldstein_text(ev.goldstein)) }
                        @if ev.negated { span.badge.negated { "منفي" } }
                    }
                    p.evidence { (ev.sentence) }
                    div.quote-by {
                        a href=(article_href(&ev.doc_id)) { (ev.headline) }
                        @if let Some(day) = &ev.day { " · " (day_ar(day)) }
                    }
                }
            }
        }
    }
}
