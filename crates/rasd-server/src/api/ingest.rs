//! POST of a page: extract, analyze, store; answers the article id.

use axum::body::Body;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use rasd_analyze::Analyzer;
use rasd_extract::{extract, ExtractError, Options, RawPage};
use rasd_store::{Prepared, PutOutcome};
use serde::{Deserialize, Serialize};

use super::given;
use crate::error::ApiError;
use crate::AppState;

/// Content types taken as pages (the charset parameter, when present, is honoured).
const PAGE_TYPES: [&str; 5] = [
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/octet-stream",
    "text/markdown",
];

/// Parameters of a POSTed page.
#[derive(Debug, Clone, Default, Deserialize)]
pub(crate) struct IngestParams {
    /// Where the page was fetched from (gives the article its URL, site and id).
    pub(crate) url: Option<String>,
}

/// What became of a POSTed page.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct IngestResponse {
    /// The article id (`/api/articles/{id}`).
    pub(crate) id: String,
    /// `inserted`, `updated` (same id, changed content) or `unchanged`.
    pub(crate) outcome: String,
    /// The story it belongs to, when newly inserted.
    pub(crate) story_id: Option<String>,
    /// True when it joined the story of an earlier article (a syndicated copy).
    pub(crate) near_duplicate: bool,
    /// The headline extracted.
    pub(crate) headline: String,
    /// Entities found.
    pub(crate) entities: usize,
    /// Quotes found.
    pub(crate) quotes: usize,
    /// Events found.
    pub(crate) events: usize,
}

/// Reads a request body of at most `limit` bytes (413 above).
pub(crate) async fn read_body(body: Body, limit: usize) -> Result<Vec<u8>, ApiError> {
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes().to_vec()),
        Err(e) if over_limit(e.as_ref()) => Err(ApiError::TooLarge(limit)),
        Err(e) => Err(ApiError::BadRequest(format!(
            "the request body could not be read: {e}"
        ))),
    }
}

/// Whether a body error is (or wraps, as the body-limit layer does) a length limit error.
fn over_limit(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(e);
    while let Some(c) = cause {
        if c.is::<LengthLimitError>() {
            return true;
        }
        cause = c.source();
    }
    false
}

fn check_content_type(content_type: Option<&str>) -> Result<(), ApiError> {
    let Some(ct) = content_type else {
        return Ok(());
    };
    let mime = ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if mime.is_empty() || PAGE_TYPES.contains(&mime.as_str()) {
        return Ok(());
    }
    Err(ApiError::UnsupportedMedia(format!(
        "Content-Type {mime}: not a page; send the page's bytes as text/html or text/plain \
         (a charset parameter is honoured)"
    )))
}

/// Extracts, analyzes and stores one page. `content_type` is the request's `Content-Type`
/// (its charset is used to decode the page).
pub(crate) async fn ingest(
    state: &AppState,
    bytes: Vec<u8>,
    content_type: Option<String>,
    params: IngestParams,
) -> Result<IngestResponse, ApiError> {
    check_content_type(content_type.as_deref())?;
    let limit = state.limits().max_body;
    if bytes.len() > limit {
        return Err(ApiError::TooLarge(limit));
    }
    let url = given(&params.url);
    if let Some(u) = &url {
        if !(u.starts_with("http://") || u.starts_with("https://")) {
            return Err(ApiError::BadRequest(format!(
                "url={u}: give the page's http:// or https:// address"
            )));
        }
    }
    // Extraction and analysis are CPU work: off the async threads, outside the writer lock.
    let prepared = tokio::task::spawn_blocking(move || {
        let mut page = RawPage::new(bytes);
        page.content_type = content_type;
        page.url = url.clone();
        let article = extract(&page, &Options { url, now: None }).map_err(|e| match e {
            ExtractError::TooLarge { limit, .. } => ApiError::TooLarge(limit),
            ExtractError::Binary { .. } => ApiError::UnsupportedMedia(e.to_string()),
            e => ApiError::Unprocessable(e.to_string()),
        })?;
        let analysis = Analyzer::embedded().analyze(&article);
        let found = (
            analysis.article.headline.clone(),
            analysis.entities.len(),
            analysis.quotes.len(),
            analysis.events.len(),
        );
        let prepared =
            Prepared::new(analysis).map_err(|e| ApiError::Unprocessable(e.to_string()))?;
        Ok::<_, ApiError>((prepared, found))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("extraction task failed: {e}")))??;
    let (prepared, (headline, entities, quotes, events)) = prepared;
    let mut response = IngestResponse {
        id: prepared.id().to_owned(),
        outcome: String::new(),
        story_id: None,
        near_duplicate: false,
        headline,
        entities,
        quotes,
        events,
    };
    let outcome = state
        .write(move |store| {
            let outcomes = store.put_batch(std::slice::from_ref(&prepared))?;
            store.commit()?;
            Ok(outcomes.into_iter().next())
        })
        .await?;
    match outcome {
        Some(PutOutcome::Inserted {
            story_id,
            near_duplicate,
        }) => {
            response.outcome = "inserted".into();
            response.story_id = Some(story_id);
            response.near_duplicate = near_duplicate;
        }
        Some(PutOutcome::Updated) => response.outcome = "updated".into(),
        Some(PutOutcome::Unchanged) => response.outcome = "unchanged".into(),
        None => return Err(ApiError::Internal("the store answered no outcome".into())),
    }
    Ok(response)
}
