//! rasd-text: the Arabic text toolkit of rasd.
//!
//! Pure functions, no I/O:
//! - [`normalize`]: named normalization profiles (search, names) built from small rules;
//! - [`token`]: a tokenizer with char offsets into the original text, and proclitic splitting;
//! - [`sentence`]: a sentence splitter aware of abbreviations and quotation marks;
//! - [`stem`]: a light stemmer for search;
//! - [`stopwords`]: Arabic stopwords from a named, licensed source;
//! - [`date`]: the dates and times news pages print, in Arabic, English and French.
#![deny(missing_docs)]

pub mod date;
pub mod normalize;
pub mod sentence;
pub mod stem;
pub mod stopwords;
pub mod token;
