//! The one error type of rasd-ner.

use std::path::PathBuf;

/// What can go wrong reading a CoNLL file or a model.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read or written (the I/O error is the `source`).
    #[error("{}: cannot read or write the file", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A CoNLL file has a line that is not `token TAG`.
    #[error("{}:{line}: {message}", path.display())]
    Conll {
        /// The file (or a name given to in-memory text).
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// A model file is truncated, corrupt, or was made for other features.
    #[error("invalid NER model: {0}; retrain it with `rasd train-ner`")]
    Model(String),
}
