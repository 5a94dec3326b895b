//! rasd-analyze: Article to Analysis. TODO: being written (issue 4).
#![deny(missing_docs)]
