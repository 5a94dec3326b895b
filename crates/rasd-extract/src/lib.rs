//! rasd-extract: turns a page's bytes into a clean [`rasd_model::Article`].
//! TODO: being written (issue 3).
#![deny(missing_docs)]

pub mod html;
pub mod plain;
pub mod score;
