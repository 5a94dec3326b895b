//! TODO(date): being written.
