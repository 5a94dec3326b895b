//! TODO: HTML extraction (issue 3), being written.
