//! One article with its analysis: entities with their mentions, quotes and events.

use rasd_model::{Article, Entity, Event, Quote};
use serde::Serialize;

use crate::error::ApiError;
use crate::AppState;

/// A quote and the name of its speaker.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct QuoteView {
    /// The quote.
    #[serde(flatten)]
    pub(crate) quote: Quote,
    /// The speaker's canonical name, when resolved.
    pub(crate) speaker_name: Option<String>,
}

/// An event and the names of its actors.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct EventView {
    /// The event.
    #[serde(flatten)]
    pub(crate) event: Event,
    /// The source's canonical name, when known.
    pub(crate) source_name: Option<String>,
    /// The target's canonical name, when known.
    pub(crate) target_name: Option<String>,
}

/// An article as the reader view shows it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ArticleView {
    /// The clean article.
    pub(crate) article: Article,
    /// The story it belongs to (syndicated copies share one).
    pub(crate) story_id: String,
    /// Its entities, most mentioned first, each with its mentions in this article (body
    /// paragraphs, char offsets).
    pub(crate) entities: Vec<Entity>,
    /// Its quotes, in paragraph order.
    pub(crate) quotes: Vec<QuoteView>,
    /// Its events, in paragraph order.
    pub(crate) events: Vec<EventView>,
}

/// The article with this id, or 404.
pub(crate) async fn article(state: &AppState, id: &str) -> Result<ArticleView, ApiError> {
    let id = id.trim().to_owned();
    let wanted = id.clone();
    let found = state
        .read(move |store| {
            let Some(stored) = store.stored_analysis(&wanted)? else {
                return Ok(None);
            };
            let a = &stored.analysis;
            let mut ids: Vec<String> = a.quotes.iter().filter_map(|q| q.speaker.clone()).collect();
            for e in &a.events {
                ids.extend(e.source.iter().chain(e.target.iter()).cloned());
            }
            let names = store.entity_names(&ids)?;
            Ok(Some((stored, names)))
        })
        .await?;
    let Some((stored, names)) = found else {
        return Err(ApiError::NotFound(format!("no article with id {id:?}")));
    };
    let name = |id: &Option<String>| id.as_ref().and_then(|i| names.get(i)).cloned();
    let analysis = stored.analysis;
    let article = analysis.article;
    // Keep only mentions whose offsets fall on their text in the body (the store keeps body
    // offsets; a mention elsewhere would be highlighted in the wrong place).
    let entities = analysis
        .entities
        .into_iter()
        .map(|mut e| {
            e.mentions.retain(|m| {
                article.body.get(m.paragraph).is_some_and(|p| {
                    m.end >= m.start
                        && p.chars()
                            .skip(m.start)
                            .take(m.end - m.start)
                            .eq(m.text.chars())
                })
            });
            e
        })
        .collect();
    Ok(ArticleView {
        story_id: stored.story_id,
        entities,
        quotes: analysis
            .quotes
            .into_iter()
            .map(|q| QuoteView {
                speaker_name: name(&q.speaker),
                quote: q,
            })
            .collect(),
        events: analysis
            .events
            .into_iter()
            .map(|e| EventView {
                source_name: name(&e.source),
                target_name: name(&e.target),
                event: e,
            })
            .collect(),
        article,
    })
}
