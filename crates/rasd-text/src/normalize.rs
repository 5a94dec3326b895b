//! TODO(normalize): being written.
