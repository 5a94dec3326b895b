//! TODO(stem): being written.
