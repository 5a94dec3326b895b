//! rasd-text: the Arabic text toolkit of rasd.
//!
//! Pure functions, no I/O:
//! - [`normalize`]: named normalization profiles ([`Profile::Search`], [`Profile::Name`],
//!   [`Profile::Light`]) built from small named rules ([`Rule`]);
//! - [`chars`]: Unicode letter and digit classes without the table search on Arabic text;
//! - [`token`]: a tokenizer with char and byte offsets into the original text;
//! - [`clitics`]: conservative proclitic splitting (`وال` + `كتاب`);
//! - [`sentence`]: a sentence splitter aware of abbreviations and quotation marks;
//! - [`stem`]: a light stemmer for search (Snowball Arabic after the search normalizer);
//! - [`stopwords`]: Arabic stopwords from a named, licensed source;
//! - [`date`]: the dates and times news pages print, in Arabic, English and French;
//! - [`url`]: the site of a page, from its URL.
//!
//! ```
//! use rasd_text::{normalize, stem, tokenize, Profile};
//!
//! assert_eq!(normalize("الإعلانُ", Profile::Search), "الاعلان");
//! let words: Vec<&str> = tokenize("قال الوزير: «نعم».").map(|t| t.text).collect();
//! assert_eq!(words, ["قال", "الوزير", ":", "«", "نعم", "»", "."]);
//! assert_eq!(stem("والمدارس"), stem("مدارس"));
//! ```
#![deny(missing_docs)]

pub mod chars;
pub mod clitics;
pub mod date;
pub mod normalize;
pub mod sentence;
pub mod stem;
pub mod stopwords;
pub mod token;
pub mod url;

pub use clitics::split_proclitics;
pub use normalize::{normalize, normalize_cow, normalize_into, Profile, Rule};
pub use sentence::{sentences, Sentence};
pub use stem::stem;
pub use stopwords::is_stopword;
pub use token::{tokenize, Token, TokenKind, Tokenizer};
