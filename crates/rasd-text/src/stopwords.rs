//! TODO(stopwords): being written.
