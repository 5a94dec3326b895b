//! TODO(sentence): being written.
