//! Search with facets and counts per day, and the places a search mentions.

use rasd_store::browse::Place;
use rasd_store::search::{Facets, Hit};
use rasd_store::SearchRequest;
use serde::{Deserialize, Serialize};

use super::{count, given, offset};
use crate::error::ApiError;
use crate::AppState;

/// Hits returned when `limit` is not given.
const DEFAULT_LIMIT: usize = 20;
/// Places returned when `limit` is not given (for `places`).
const DEFAULT_PLACES: usize = 100;

/// Parameters of a search (all optional; empty values count as not given).
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct SearchParams {
    /// The query: words (all required), `"a phrase"`, `a OR b`, `-excluded`, `field:value`.
    pub(crate) q: Option<String>,
    /// First day, `YYYY-MM-DD`.
    pub(crate) from: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    pub(crate) to: Option<String>,
    /// Only this source (publisher or site).
    pub(crate) source: Option<String>,
    /// Only this section.
    pub(crate) section: Option<String>,
    /// Only articles mentioning this entity (id, name or alias).
    pub(crate) entity: Option<String>,
    /// Hits to return (default 20, capped at the server's limit, 100).
    pub(crate) limit: Option<String>,
    /// Hits to skip.
    pub(crate) offset: Option<String>,
    /// `false` to skip facets and counts per day.
    pub(crate) facets: Option<String>,
}

/// The answer to a search.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SearchResponse {
    /// The query as understood (trimmed).
    pub(crate) query: String,
    /// Matching articles in all.
    pub(crate) total: usize,
    /// Hits skipped.
    pub(crate) offset: usize,
    /// Hits asked for (after the cap).
    pub(crate) limit: usize,
    /// The hits, best first.
    pub(crate) hits: Vec<Hit>,
    /// Facets (sources, sections, entities by type) and counts per day; empty if not asked.
    pub(crate) facets: Facets,
}

/// Places (located entities) mentioned by a search's best hits.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PlacesResponse {
    /// The query as understood (trimmed).
    pub(crate) query: String,
    /// Hits whose places were counted (the best ones).
    pub(crate) from_hits: usize,
    /// The places, most mentioned first.
    pub(crate) places: Vec<Place>,
}

fn request(p: &SearchParams) -> Result<SearchRequest, ApiError> {
    let facets = match given(&p.facets).as_deref() {
        None | Some("true" | "1" | "yes") => true,
        Some("false" | "0" | "no") => false,
        Some(v) => {
            return Err(ApiError::BadRequest(format!(
                "facets={v}: use true or false"
            )))
        }
    };
    for (name, day) in [("from", &p.from), ("to", &p.to)] {
        if let Some(d) = given(day) {
            if chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").is_err() {
                return Err(ApiError::BadRequest(format!(
                    "{name}={d}: not a date; use YYYY-MM-DD"
                )));
            }
        }
    }
    Ok(SearchRequest {
        query: given(&p.q).unwrap_or_default(),
        from: given(&p.from),
        to: given(&p.to),
        source: given(&p.source),
        section: given(&p.section),
        entity: given(&p.entity),
        limit: 0,
        facets,
    })
}

/// Runs a search: hits with snippets and highlights, facets and counts per day.
pub(crate) async fn search(
    state: &AppState,
    params: SearchParams,
) -> Result<SearchResponse, ApiError> {
    let limits = state.limits();
    let limit = count("limit", &params.limit, DEFAULT_LIMIT, limits.max_limit)?;
    let offset = offset(&params.offset, limits.max_offset)?;
    let mut req = request(&params)?;
    req.limit = (offset + limit).max(1);
    let query = req.query.clone();
    let results = state.search(req).await?;
    let hits = results
        .hits
        .iter()
        .skip(offset)
        .take(limit)
        .cloned()
        .collect();
    Ok(SearchResponse {
        query,
        total: results.total,
        offset,
        limit,
        hits,
        facets: results.facets.clone(),
    })
}

/// The places mentioned by a search's best hits, for a map (`limit`: places, default 100).
pub(crate) async fn places(
    state: &AppState,
    params: SearchParams,
) -> Result<PlacesResponse, ApiError> {
    let limit = count(
        "limit",
        &params.limit,
        DEFAULT_PLACES,
        state.limits().max_limit,
    )?;
    let req = request(&params)?;
    let query = req.query.clone();
    let places = state.read(move |store| store.places(&req, limit)).await?;
    Ok(PlacesResponse {
        query,
        from_hits: rasd_store::browse::PLACES_FROM_HITS,
        places,
    })
}
