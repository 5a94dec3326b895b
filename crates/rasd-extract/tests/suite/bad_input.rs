//! Bad input: clear errors, never a panic.
