//! Quotes, events, and the relations between two actors.

use rasd_store::browse::{ArticleRef, EventFilter, EventRecord, QuoteFilter, QuoteRecord};
use rasd_store::profile::Relations;
use rasd_store::{Store, StoreError};
use serde::{Deserialize, Serialize};

use super::{count, given, offset};
use crate::error::ApiError;
use crate::AppState;

/// Rows listed when `limit` is not given.
const DEFAULT_LIMIT: usize = 20;

/// Parameters of a quote listing (entity parameters take an id, a name or an alias).
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct QuoteParams {
    /// Only quotes of this speaker.
    pub(crate) speaker: Option<String>,
    /// Only quotes whose text contains this, as written.
    pub(crate) q: Option<String>,
    /// First day, `YYYY-MM-DD`.
    pub(crate) from: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    pub(crate) to: Option<String>,
    /// Rows to return (default 20, at most 100).
    pub(crate) limit: Option<String>,
    /// Rows to skip.
    pub(crate) offset: Option<String>,
}

/// A page of quotes.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct QuotesResponse {
    /// Matching quotes in all.
    pub(crate) total: u64,
    /// Rows skipped.
    pub(crate) offset: usize,
    /// Rows asked for (after the cap).
    pub(crate) limit: usize,
    /// The quotes, newest first.
    pub(crate) quotes: Vec<QuoteRecord>,
}

/// Parameters of an event listing (entity parameters take an id, a name or an alias).
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct EventParams {
    /// Only events where this entity is the source or the target.
    pub(crate) actor: Option<String>,
    /// Only events with this source.
    pub(crate) source: Option<String>,
    /// Only events with this target.
    pub(crate) target: Option<String>,
    /// Only events whose CAMEO code starts with this (`04`, `042`).
    pub(crate) code: Option<String>,
    /// First day, `YYYY-MM-DD`.
    pub(crate) from: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    pub(crate) to: Option<String>,
    /// Rows to return (default 20, at most 100).
    pub(crate) limit: Option<String>,
    /// Rows to skip.
    pub(crate) offset: Option<String>,
}

/// A page of events.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct EventsResponse {
    /// Matching events in all.
    pub(crate) total: u64,
    /// Rows skipped.
    pub(crate) offset: usize,
    /// Rows asked for (after the cap).
    pub(crate) limit: usize,
    /// The events, newest first.
    pub(crate) events: Vec<EventRecord>,
}

/// Parameters of a relations query.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct RelationsParams {
    /// First actor (id, name or alias).
    pub(crate) a: Option<String>,
    /// Second actor (id, name or alias).
    pub(crate) b: Option<String>,
}

/// The events between two actors and the articles behind them.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct RelationsView {
    /// Both actors, their events in date order, events per CAMEO root, Goldstein per week.
    #[serde(flatten)]
    pub(crate) relations: Relations,
    /// The articles the events come from (headline, day, source), in event order.
    pub(crate) articles: Vec<ArticleRef>,
}

/// A 404 when an entity filter names no entity, else the store error as the API answers it.
fn entity_not_found(e: StoreError) -> ApiError {
    match e {
        StoreError::UnknownEntity { .. } => ApiError::NotFound(e.to_string()),
        e => e.into(),
    }
}

/// Quotes matching the filters, newest first.
pub(crate) async fn quotes(
    state: &AppState,
    params: QuoteParams,
) -> Result<QuotesResponse, ApiError> {
    let limits = state.limits();
    let filter = QuoteFilter {
        speaker: given(&params.speaker),
        contains: given(&params.q),
        from: given(&params.from),
        to: given(&params.to),
        limit: count("limit", &params.limit, DEFAULT_LIMIT, limits.max_limit)?,
        offset: offset(&params.offset, limits.max_offset)?,
    };
    let (limit, offset) = (filter.limit, filter.offset);
    let page = state
        .read(move |store| Ok(store.quotes(&filter)))
        .await?
        .map_err(entity_not_found)?;
    Ok(QuotesResponse {
        total: page.total,
        offset,
        limit,
        quotes: page.items,
    })
}

/// Events matching the filters, newest first.
pub(crate) async fn events(
    state: &AppState,
    params: EventParams,
) -> Result<EventsResponse, ApiError> {
    let limits = state.limits();
    let filter = EventFilter {
        actor: given(&params.actor),
        source: given(&params.source),
        target: given(&params.target),
        code: given(&params.code),
        from: given(&params.from),
        to: given(&params.to),
        limit: count("limit", &params.limit, DEFAULT_LIMIT, limits.max_limit)?,
        offset: offset(&params.offset, limits.max_offset)?,
    };
    let (limit, offset) = (filter.limit, filter.offset);
    let page = state
        .read(move |store| Ok(store.events(&filter)))
        .await?
        .map_err(entity_not_found)?;
    Ok(EventsResponse {
        total: page.total,
        offset,
        limit,
        events: page.items,
    })
}

/// The events between actors `a` and `b` (both required), or 404 if either is unknown.
pub(crate) async fn relations(
    state: &AppState,
    params: RelationsParams,
) -> Result<RelationsView, ApiError> {
    let (Some(a), Some(b)) = (given(&params.a), given(&params.b)) else {
        return Err(ApiError::BadRequest(
            "a and b are required: the two actors (id, name or alias)".into(),
        ));
    };
    state
        .read(move |store| Ok(relations_view(store, &a, &b)))
        .await?
        .map_err(entity_not_found)
}

/// The relations of `a` and `b` with the articles behind their events.
fn relations_view(store: &Store, a: &str, b: &str) -> rasd_store::Result<RelationsView> {
    let relations = store.relations(a, b)?;
    let ids: Vec<String> = relations.events.iter().map(|e| e.doc_id.clone()).collect();
    let articles = store.article_refs(&ids)?;
    Ok(RelationsView {
        relations,
        articles,
    })
}
