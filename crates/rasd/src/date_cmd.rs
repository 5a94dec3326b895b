//! `rasd date`. TODO: being written (issue 2).
