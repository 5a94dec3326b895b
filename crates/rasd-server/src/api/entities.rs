//! Entity profiles and timelines.

use rasd_store::browse::{ArticleRef, EventFilter, EventRecord};
use rasd_store::profile::{Dated, EntityInfo, EntityProfile};
use serde::{Deserialize, Serialize};

use super::{count, given, offset};
use crate::error::ApiError;
use crate::AppState;

/// Events listed on an entity's profile.
const PROFILE_EVENTS: usize = 50;
/// Articles listed on a timeline when `limit` is not given.
const DEFAULT_ARTICLES: usize = 20;

/// An entity's profile and its events.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct EntityView {
    /// Aliases, articles per day, co-mentioned entities, quotes.
    #[serde(flatten)]
    pub(crate) profile: EntityProfile,
    /// Events where it is the source or the target, newest first (at most 50).
    pub(crate) events: Vec<EventRecord>,
    /// Such events in all.
    pub(crate) events_total: u64,
}

/// Parameters of a timeline.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct TimelineParams {
    /// First day, `YYYY-MM-DD`.
    pub(crate) from: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    pub(crate) to: Option<String>,
    /// Articles to list (default 20, at most 100).
    pub(crate) limit: Option<String>,
    /// Articles to skip.
    pub(crate) offset: Option<String>,
}

/// An entity's mentions over time and the articles behind them.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Timeline {
    /// The entity.
    pub(crate) entity: EntityInfo,
    /// Articles mentioning it per day, in date order.
    pub(crate) per_day: Vec<Dated>,
    /// Articles mentioning it in all (within the days asked).
    pub(crate) total: u64,
    /// Articles skipped.
    pub(crate) offset: usize,
    /// Articles asked for (after the cap).
    pub(crate) limit: usize,
    /// The articles, newest first.
    pub(crate) articles: Vec<ArticleRef>,
}

fn not_found(name: &str) -> ApiError {
    ApiError::NotFound(format!(
        "no entity has the id, name or alias {name:?} in the store"
    ))
}

/// The profile of the entity with this id, name or alias (the most mentioned if several), or 404.
pub(crate) async fn entity(state: &AppState, name: &str) -> Result<EntityView, ApiError> {
    let wanted = name.trim().to_owned();
    let found = state
        .read(move |store| {
            let Some(info) = store.find_entity(&wanted)? else {
                return Ok(None);
            };
            let profile = store.entity_profile(&info.id)?;
            let events = store.events(&EventFilter {
                actor: Some(info.id.clone()),
                limit: PROFILE_EVENTS,
                ..EventFilter::default()
            })?;
            Ok(Some((profile, events)))
        })
        .await?;
    let Some((mut profile, events)) = found else {
        return Err(not_found(name));
    };
    // The profile was asked by id; say which other entities the name also matches.
    if profile.also_matched.is_empty() {
        let wanted = name.trim().to_owned();
        let own = profile.entity.id.clone();
        profile.also_matched = state
            .read(move |store| {
                let ids: Vec<String> = store
                    .resolve_entity(&wanted)?
                    .into_iter()
                    .filter(|id| *id != own)
                    .collect();
                let mut infos = Vec::new();
                for id in ids {
                    infos.extend(store.find_entity(&id)?);
                }
                Ok(infos)
            })
            .await?;
    }
    Ok(EntityView {
        profile,
        events_total: events.total,
        events: events.items,
    })
}

/// The entity's articles per day and the articles themselves (newest first), or 404.
pub(crate) async fn entity_timeline(
    state: &AppState,
    name: &str,
    params: TimelineParams,
) -> Result<Timeline, ApiError> {
    let limits = state.limits();
    let limit = count("limit", &params.limit, DEFAULT_ARTICLES, limits.max_limit)?;
    let offset = offset(&params.offset, limits.max_offset)?;
    let (from, to) = (given(&params.from), given(&params.to));
    let wanted = name.trim().to_owned();
    let found = state
        .read(move |store| {
            let Some(entity) = store.find_entity(&wanted)? else {
                return Ok(None);
            };
            let per_day = store.entity_per_day(&entity.id, from.as_deref(), to.as_deref())?;
            let page =
                store.entity_articles(&entity.id, from.as_deref(), to.as_deref(), limit, offset)?;
            Ok(Some((entity, per_day, page)))
        })
        .await?;
    let Some((entity, per_day, page)) = found else {
        return Err(not_found(name));
    };
    Ok(Timeline {
        entity,
        per_day,
        total: page.total,
        offset,
        limit,
        articles: page.items,
    })
}
