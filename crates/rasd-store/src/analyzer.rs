//! rasd's Arabic analyzers for tantivy, registered by name in [`register`].
//!
//! - `"ar"` ([`ArabicTokenizer::stemmed`]): words from [`rasd_text::token`], each normalized with
//!   [`Profile::Search`] (hamza forms, teh marbuta, alef maqsura, diacritics, tatweel, case), then
//!   stemmed with [`rasd_text::stem`]. `الرئيس`, `للرئيس` and `الرئيسُ` share one key.
//! - `"ar_exact"` ([`ArabicTokenizer::exact`]): the same words normalized but not stemmed; only the
//!   proclitics with the article are split off (`وال`, `لل`, `بال`… by [`rasd_text::clitics`],
//!   conservatively), so `والمالية` matches `المالية`. It keeps words the stemmer merges apart: Snowball reduces both
//!   `مالي` (Mali) and `المالية` (financial) to `مال`, while here they stay `مالي` and `ماليه`.
//!   Search queries both fields and boosts this one, so exact forms rank first.
//!
//! Token offsets are byte offsets into the original text (as tantivy wants), so snippets
//! highlight the words as written.
//!
//! ```
//! use rasd_store::analyzer::{analyze, ArabicTokenizer};
//! assert_eq!(analyze(ArabicTokenizer::stemmed(), "للرئيس"), analyze(ArabicTokenizer::stemmed(), "الرئيسُ"));
//! assert_ne!(analyze(ArabicTokenizer::exact(), "مالي"), analyze(ArabicTokenizer::exact(), "المالية"));
//! ```

use rasd_text::normalize::{normalize_into, Profile};
use rasd_text::stem::stem_normalized;
use rasd_text::token::{TokenKind, Tokenizer as WordTokenizer};
use tantivy::tokenizer::{
    RemoveLongFilter, TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager,
};

/// Name of the stemming analyzer.
pub const AR: &str = "ar";
/// Name of the normalize-only analyzer.
pub const AR_EXACT: &str = "ar_exact";

/// Tokens longer than this (in bytes) are dropped: they are junk (base64, long URLs), not words.
const MAX_TOKEN_BYTES: usize = 120;

/// Registers `"ar"` and `"ar_exact"` on a tantivy tokenizer manager.
pub fn register(manager: &TokenizerManager) {
    manager.register(AR, text_analyzer(ArabicTokenizer::stemmed()));
    manager.register(AR_EXACT, text_analyzer(ArabicTokenizer::exact()));
}

fn text_analyzer(tokenizer: ArabicTokenizer) -> TextAnalyzer {
    TextAnalyzer::builder(tokenizer)
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .build()
}

/// The terms an analyzer makes of `text`, in order (for tests and debugging).
pub fn analyze(tokenizer: ArabicTokenizer, text: &str) -> Vec<String> {
    let mut analyzer = text_analyzer(tokenizer);
    let mut stream = analyzer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// A tantivy tokenizer built on rasd-text: word tokens, normalized, optionally stemmed.
#[derive(Debug, Clone)]
pub struct ArabicTokenizer {
    stem: bool,
    tokens: Vec<Token>,
}

impl ArabicTokenizer {
    /// The `"ar"` tokenizer: normalize, then stem.
    pub fn stemmed() -> ArabicTokenizer {
        ArabicTokenizer {
            stem: true,
            tokens: Vec::new(),
        }
    }

    /// The `"ar_exact"` tokenizer: split proclitics, normalize, no stemming.
    pub fn exact() -> ArabicTokenizer {
        ArabicTokenizer {
            stem: false,
            tokens: Vec::new(),
        }
    }
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream<'a> {
        self.tokens.clear();
        let words = WordTokenizer::new().split_clitics(!self.stem);
        let mut normalized = String::new();
        let mut position = 0;
        for token in words.tokens(text) {
            let keep = matches!(
                token.kind,
                TokenKind::Arabic
                    | TokenKind::Latin
                    | TokenKind::Word
                    | TokenKind::Number
                    | TokenKind::Hashtag
                    | TokenKind::Mention
            );
            if !keep {
                continue;
            }
            let word = token.text.trim_start_matches(['#', '@']);
            normalized.clear();
            normalize_into(word, Profile::Search, &mut normalized);
            if normalized.is_empty() {
                continue;
            }
            let term = if self.stem {
                stem_normalized(&normalized)
            } else {
                normalized.clone()
            };
            if term.is_empty() {
                continue;
            }
            self.tokens.push(Token {
                offset_from: token.byte_start,
                offset_to: token.byte_end,
                position,
                text: term,
                position_length: 1,
            });
            position += 1;
        }
        ArabicTokenStream {
            tokens: &mut self.tokens,
            next: 0,
        }
    }
}

/// The token stream of [`ArabicTokenizer`].
#[derive(Debug)]
pub struct ArabicTokenStream<'a> {
    tokens: &'a mut Vec<Token>,
    next: usize,
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        // `advance` returned true before any call, so `next - 1` is in bounds.
        &self.tokens[self.next.saturating_sub(1)]
    }

    fn token_mut(&mut self) -> &mut Token {
        let i = self.next.saturating_sub(1);
        &mut self.tokens[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stemmed(text: &str) -> Vec<String> {
        analyze(ArabicTokenizer::stemmed(), text)
    }

    fn exact(text: &str) -> Vec<String> {
        analyze(ArabicTokenizer::exact(), text)
    }

    #[test]
    fn clitics_and_case_endings_share_a_stem() {
        assert_eq!(stemmed("الرئيس"), stemmed("للرئيس"));
        assert_eq!(stemmed("الرئيس"), stemmed("الرئيسُ"));
        assert_eq!(stemmed("الرئيس"), stemmed("الرئيـــس"));
    }

    #[test]
    fn hamza_forms_fold() {
        assert_eq!(stemmed("أسيمي"), stemmed("آسيمي"));
        assert_eq!(exact("أسيمي"), exact("آسيمي"));
        assert_eq!(exact("إسيمي"), exact("اسيمي"));
    }

    #[test]
    fn exact_keeps_mali_apart_from_financial() {
        assert_ne!(exact("مالي"), exact("المالية"));
        assert_eq!(exact("والمالية"), exact("المالية"));
        // A bare `و` is not split off a name (conservatively); the stemmed field finds it.
        assert_eq!(stemmed("ومالي"), stemmed("مالي"));
    }

    #[test]
    fn offsets_point_at_the_words_as_written() {
        let text = "قال الرئيسُ، ثم غادر.";
        let mut analyzer = text_analyzer(ArabicTokenizer::stemmed());
        let mut stream = analyzer.token_stream(text);
        let mut seen = Vec::new();
        while stream.advance() {
            let t = stream.token();
            seen.push(text[t.offset_from..t.offset_to].to_owned());
        }
        assert_eq!(seen, ["قال", "الرئيسُ", "ثم", "غادر"]);
    }

    #[test]
    fn punctuation_is_not_indexed() {
        assert_eq!(stemmed("، . ؟ !").len(), 0);
        assert_eq!(exact("Reuters"), exact("REUTERS"));
    }
}
