//! rasd-store: the embedded store of rasd — one data directory, no server.
//!
//! - [`Store`] keeps articles and their analysis (entities, mentions, quotes, events) in SQLite,
//!   the source of truth, and a tantivy full-text index beside it. Writes are idempotent: an
//!   article is keyed by its id; the same page twice is one article, a changed page updates it.
//! - [`analyzer`] registers rasd's Arabic analyzers by name (`"ar"`: normalize then stem;
//!   `"ar_exact"`: normalize only), so that `الرئيس` finds `للرئيس` and `الرئيسُ`.
//! - [`minhash`] groups syndicated copies (near-identical text on several sites) into one story.
//! - [`search`] answers queries with ranked hits, snippets, facets and counts per day;
//!   [`profile`] answers entity profiles and actor relations; [`export`] writes tables out.
//! - [`source`] reads what `rasd ingest` is given: files, folders, JSON Lines, zips of JSON.
//!
//! ```
//! use rasd_model::{Analysis, Article};
//! use rasd_store::{Prepared, Store, SearchRequest};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let mut store = Store::open(dir.path()).unwrap();
//! let article = Article {
//!     id: "a1".into(),
//!     headline: "زيارة الرئيس".into(),
//!     body: vec!["وصل الرئيسُ إلى العاصمة صباح اليوم.".into()],
//!     ..Article::default()
//! };
//! let prepared = Prepared::new(Analysis { article, ..Analysis::default() }).unwrap();
//! store.put_batch(&[prepared]).unwrap();
//! store.commit().unwrap();
//! let results = store.search(&SearchRequest::new("للرئيس")).unwrap();
//! assert_eq!(results.total, 1);
//! ```
#![deny(missing_docs)]

pub mod analyzer;
pub mod browse;
pub mod export;
mod export_parquet;
mod facets;
mod index;
pub mod minhash;
pub mod profile;
pub mod search;
mod snippet;
pub mod source;
mod sql;
mod store;
#[cfg(test)]
mod test_support;

use std::path::PathBuf;

pub use search::{SearchRequest, SearchResults};
pub use store::{Prepared, PutOutcome, Store, StoreStats};

/// The version of the on-disk format. A store written with another version is refused with a
/// [`StoreError::Version`] error rather than read wrongly.
///
/// Version 2 stores each mention's [`ArticlePart`](rasd_model::ArticlePart) and the events'
/// actor countries. A version 1 store cannot be migrated in place (it never recorded which
/// part of an article a mention is in, and guessing "body" would be wrong for headline
/// mentions), so it is refused with the advice to re-ingest.
pub const FORMAT_VERSION: u32 = 2;

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The data directory was written by another version of rasd's store format.
    #[error(
        "{dir}: store format version {found}, this rasd reads version {expected}; \
         re-ingest into a new data directory (--data) or use a matching rasd"
    )]
    Version {
        /// The data directory.
        dir: PathBuf,
        /// The version found in the store.
        found: String,
        /// The version this build reads.
        expected: u32,
    },
    /// There is no store in the data directory (for read-only opens).
    #[error("{dir}: no rasd store here; run `rasd ingest` first or pass --data")]
    Missing {
        /// The data directory.
        dir: PathBuf,
    },
    /// SQLite failed.
    #[error("{dir}: database error: {source}")]
    Sql {
        /// The data directory.
        dir: PathBuf,
        /// The SQLite error.
        source: rusqlite::Error,
    },
    /// The full-text index failed.
    #[error("{dir}: full-text index error: {source}")]
    Index {
        /// The data directory.
        dir: PathBuf,
        /// The tantivy error.
        source: tantivy::TantivyError,
    },
    /// A search query could not be understood.
    #[error("bad query {query:?}: {reason}")]
    Query {
        /// The query as given.
        query: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A value given by the caller is not valid (a date, an option).
    #[error("{what}: {reason}")]
    Invalid {
        /// What was given.
        what: String,
        /// What is wrong with it.
        reason: String,
    },
    /// An entity filter or profile names no entity of the store (by id, name or alias).
    #[error("{what}: no entity has this id, name or alias in the store")]
    UnknownEntity {
        /// What was given (the option and the name).
        what: String,
    },
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// An article could not be (de)serialized.
    #[error("article {id}: {source}")]
    Json {
        /// The article id.
        id: String,
        /// The serde error.
        source: serde_json::Error,
    },
}

/// The result type of this crate.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
