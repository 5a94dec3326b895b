//! TODO(token): being written.
