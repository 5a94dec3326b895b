//! rasd-extract: turns a page's bytes into a clean [`rasd_model::Article`].
//!
//! TODO(extract-text): crate doc, `extract(&RawPage, &Options)`, decoding, detection.
#![deny(missing_docs)]

pub mod html;
pub mod plain;
pub mod score;

/// What the caller knows about a page, besides its bytes.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The page's URL, when known (used for ids, `site`, and resolving relative links).
    pub url: Option<String>,
    /// Reference time for relative dates ("منذ 3 ساعات"); usually the fetch time.
    pub now: Option<chrono::NaiveDateTime>,
}

/// Why a page could not be turned into an article.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExtractError {
    /// The page holds no article (no headline and no body paragraphs were found).
    #[error("no article found: {reason}")]
    NoArticle {
        /// What was missing.
        reason: String,
    },
}
