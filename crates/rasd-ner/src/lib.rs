//! rasd-ner: statistical named-entity tagger. TODO: being written (issue 4).
#![deny(missing_docs)]
