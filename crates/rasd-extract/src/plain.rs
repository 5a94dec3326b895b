//! TODO: plain-text page extraction (issue 3), being written.
