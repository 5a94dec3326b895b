//! A light stemmer for search: the [`Profile::Search`] normalizer, then the Snowball Arabic
//! stemmer (the `rust-stemmers` crate, as tantivy uses it).
//!
//! Stemming strips prefixes (`وال`, `بال`, `لل`…) and suffixes (`ات`, `ون`, `ين`, `ها`, `هم`…)
//! so that the forms of a word share one search key. It is for search keys, never display.
//!
//! ```
//! use rasd_text::stem::stem;
//!
//! assert_eq!(stem("المعلمون"), stem("معلم"));
//! assert_eq!(stem("Reuters"), "reuters");
//! ```

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::clitics::split_proclitics;
use crate::normalize::{normalize_cow, Profile};

static ARABIC: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Arabic));

/// The search key of one word: normalized with [`Profile::Search`], then stemmed with Snowball
/// Arabic when it holds Arabic letters (other words are only normalized).
pub fn stem(word: &str) -> String {
    let normalized = normalize_cow(word, Profile::Search);
    stem_normalized(&normalized)
}

/// [`stem`] for a word already normalized with [`Profile::Search`].
///
/// Proclitics are split first with [`split_proclitics`]: Snowball keeps `و` and `ف` before an
/// alef, so without it `والكتاب` would not meet `كتاب`.
pub fn stem_normalized(word: &str) -> String {
    if word.is_ascii() {
        return word.to_owned();
    }
    let (_, rest) = split_proclitics(word);
    ARABIC.stem(rest).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_a_word_share_a_stem() {
        for group in [
            &["كتاب", "الكتاب", "والكتاب", "بالكتاب", "كتابه"][..],
            &["مدرسة", "المدرسة", "مدرستها", "للمدرسة"][..],
            &["الإعلام", "الاعلام", "الإعلامِ"][..],
        ] {
            let first = stem(group[0]);
            for w in group {
                assert_eq!(stem(w), first, "{w} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn different_words_keep_different_stems() {
        assert_ne!(stem("كتاب"), stem("مدرسة"));
        assert_ne!(stem("سلام"), stem("حرب"));
    }

    #[test]
    fn non_arabic_words_are_only_normalized() {
        assert_eq!(stem("UNESCO"), "unesco");
        assert_eq!(stem("٢٠٢٥"), "2025");
        assert_eq!(stem(""), "");
    }
}
