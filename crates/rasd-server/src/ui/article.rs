//! The article page (`/article/{id}`): the clean article as a reader view, its entity mentions
//! highlighted by type and linked to their profiles, and beside it the entities, the quotes and
//! the events, each with its evidence.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{html, Markup};
use rasd_model::{ArticlePart, Entity};

use super::layout::{frame, Nav};
use super::text::{
    cameo_label_ar, goldstein_class, goldstein_text, kind_ar, kind_class, kind_name,
    kind_plural_ar, published_ar, safe_url, split_marked,
};
use super::{entity_href, error_page, respond};
use crate::api::articles::{article, ArticleView, EventView, QuoteView};
use crate::AppState;

/// `GET /article/{id}`.
pub(super) async fn page(State(state): State<AppState>, Path(id): Path<String>) -> Response {
    match article(&state, &id).await {
        Ok(view) => respond(
            StatusCode::OK,
            frame(&view.article.headline, Nav::None, "", reader(&view)),
        ),
        Err(e) => error_page(&e),
    }
}

/// An actor's name linked to its profile, or the words of the text when it is not resolved.
pub(super) fn actor(id: Option<&str>, name: Option<&str>) -> Markup {
    html! {
        @match (id, name) {
            (Some(id), Some(name)) => a.actor href=(entity_href(id)) { bdi { (name) } },
            (Some(id), None) => a.actor href=(entity_href(id)) { bdi { (id) } },
            _ => span.actor.unknown { "—" },
        }
    }
}

fn reader(view: &ArticleView) -> Markup {
    let a = &view.article;
    // Mentions per body paragraph, as char ranges marked with their entity.
    let mut marks: BTreeMap<usize, Vec<(usize, usize, &Entity)>> = BTreeMap::new();
    for e in &view.entities {
        for m in e.mentions.iter().filter(|m| m.part == ArticlePart::Body) {
            marks
                .entry(m.paragraph)
                .or_default()
                .push((m.start, m.end, e));
        }
    }
    let no_marks = Vec::new();
    let caption = a
        .image
        .as_ref()
        .and_then(|i| i.caption.as_deref())
        .filter(|c| !c.is_empty());
    let credit = a
        .image
        .as_ref()
        .and_then(|i| i.credit.as_deref())
        .filter(|c| !c.is_empty());
    html! {
        div.reader-layout {
            article.reader {
                header.reader-head {
                    @if let Some(section) = &a.section { p.kicker { (section) } }
                    h1.headline { (a.headline) }
                    div.meta {
                        @if let Some(published) = &a.published { time datetime=(published) { (published_ar(published)) } }
                        @if let Some(publisher) = a.publisher.as_ref().or(a.site.as_ref()) { span.source { (publisher) } }
                        @if !a.authors.is_empty() { span.authors { "بقلم " (a.authors.join("، ")) } }
                        @if let Some(url) = safe_url(a.url.as_deref()) {
                            a.original href=(url) rel="noopener noreferrer nofollow" { "المصدر الأصلي" }
                        }
                    }
                }
                @if caption.is_some() || credit.is_some() {
                    // The photo itself is not loaded: rasd makes no request outside itself.
                    aside.photo-note {
                        span.photo-label { "الصورة:" }
                        @if let Some(c) = caption { " " span.caption { (c) } }
                        @if let Some(c) = credit { " " span.credit { "(" (c) ")" } }
                    }
                }
                div.article-body {
                    @for (i, paragraph) in a.body.iter().enumerate() {
                        p id=(format!("p{i}")) {
                            @for piece in split_marked(paragraph, marks.get(&i).unwrap_or(&no_marks)) {
                                @match piece.mark {
                                    Some(e) => {
                                        @let kind = kind_name(e.kind);
                                        a class=(format!("ent {}", kind_class(kind))) href=(entity_href(&e.id))
                                            title=(format!("{} ({})", e.name, kind_ar(kind))) { (piece.text) }
                                    }
                                    None => (piece.text),
                                }
                            }
                        }
                    }
                }
                p.legend {
                    span.ent.per { "شخص" } " " span.ent.loc { "مكان" } " " span.ent.org { "منظمة" }
                }
                @if !a.related.is_empty() {
                    section.related {
                        h2 { "أخبار ذات صلة في الصفحة" }
                        ul { @for r in &a.related { li {
                            @match safe_url(r.url.as_deref()) {
                                Some(url) => a href=(url) rel="noopener noreferrer nofollow" { (r.title) },
                                None => (r.title),
                            }
                        } } }
                    }
                }
            }
            aside.reader-side {
                (entities(&view.entities))
                (quotes(&view.quotes))
                (events(&view.events))
            }
        }
    }
}

fn entities(list: &[Entity]) -> Markup {
    html! {
        section.side-box {
            h2 { "الكيانات" }
            @if list.is_empty() { p.muted { "لم يُعثر على كيانات." } }
            @for kind in ["person", "location", "organization"] {
                @let of_kind: Vec<&Entity> = list.iter().filter(|e| kind_name(e.kind) == kind).collect();
                @if !of_kind.is_empty() {
                    h3 { span class=(format!("dot {}", kind_class(kind))) {} (kind_plural_ar(kind)) }
                    ul.entity-list {
                        @for e in of_kind {
                            li {
                                a class=(format!("ent {}", kind_class(kind))) href=(entity_href(&e.id)) { bdi { (e.name) } }
                                @if !e.mentions.is_empty() { span.count { (e.mentions.len()) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn quotes(list: &[QuoteView]) -> Markup {
    html! {
        section.side-box {
            h2 { "الاقتباسات" }
            @if list.is_empty() { p.muted { "لا اقتباسات." } }
            ul.quote-list {
                @for q in list {
                    li.quote {
                        blockquote class=(if q.quote.direct { "direct" } else { "reported" }) { (q.quote.text) }
                        div.quote-by {
                            @match (&q.quote.speaker, &q.speaker_name) {
                                (Some(id), name) => (actor(Some(id), name.as_deref())),
                                (None, _) => span.actor.unknown { (q.quote.speaker_text.as_deref().unwrap_or("—")) },
                            }
                            " · " (if q.quote.direct { "قول مباشر" } else { "قول منقول" })
                            " · " a href=(format!("#p{}", q.quote.paragraph)) { "الفقرة " (q.quote.paragraph + 1) }
                        }
                    }
                }
            }
        }
    }
}

fn events(list: &[EventView]) -> Markup {
    html! {
        section.side-box {
            h2 { "الأحداث" }
            @if list.is_empty() { p.muted { "لا أحداث." } }
            ul.event-list {
                @for (i, ev) in list.iter().enumerate() {
                    @let e = &ev.event;
                    li.event id=(format!("event-{i}")) {
                        div.event-line {
                            (actor(e.source.as_deref(), ev.source_name.as_deref()))
                            span.event-arrow { " ← " }
                            span.event-label title=(format!("CAMEO {}: {}", e.code, e.label)) {
                                (cameo_label_ar(&e.code)) " " span.code { (e.code) }
                            }
                            span.event-arrow { " ← " }
                            (actor(e.target.as_deref(), ev.target_name.as_deref()))
                            span class=(format!("badge {}", goldstein_class(e.goldstein))) title="مقياس غولدستين" { (goldstein_text(e.goldstein)) }
                            @if e.negated { span.badge.negated { "منفي" } }
                        }
                        p.evidence { (e.sentence) }
                        a.para-link href=(format!("#p{}", e.paragraph)) { "الفقرة " (e.paragraph + 1) }
                    }
                }
            }
        }
    }
}
