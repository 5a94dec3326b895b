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

use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::sync::LazyLock;

use rasd_text::clitics::split_proclitics;
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
        if self.stem {
            // The index gives every text to `"ar"`, then the same text to `"ar_exact"`: make
            // both term lists in one pass and keep the exact one for that second call.
            let mut exact = Vec::new();
            analyze_into(
                text,
                TokenSink {
                    stemmed: Some(&mut self.tokens),
                    exact: Some(&mut exact),
                },
            );
            EXACT_SEEN.with(|seen| seen.borrow_mut().put(text, exact));
        } else if let Some(exact) = EXACT_SEEN.with(|seen| seen.borrow_mut().take(text)) {
            self.tokens = exact;
        } else {
            analyze_into(
                text,
                TokenSink {
                    stemmed: None,
                    exact: Some(&mut self.tokens),
                },
            );
        }
        ArabicTokenStream {
            tokens: &mut self.tokens,
            next: 0,
        }
    }
}

/// Texts remembered with their `"ar_exact"` terms. A document's fields are indexed one after
/// the other (headline, headline_exact, body…, body_exact…), so the paragraphs of one article
/// must fit; a longer article only recomputes the rest.
const EXACT_SEEN_TEXTS: usize = 128;

/// The `"ar_exact"` terms of the last texts the `"ar"` tokenizer saw on this thread.
#[derive(Default)]
struct ExactSeen {
    entries: std::collections::VecDeque<(String, Vec<Token>)>,
}

impl ExactSeen {
    fn put(&mut self, text: &str, tokens: Vec<Token>) {
        if self.entries.len() >= EXACT_SEEN_TEXTS {
            self.entries.pop_front();
        }
        self.entries.push_back((text.to_owned(), tokens));
    }

    /// The terms of `text` if it was seen: the comparison is on the whole text, so a hit is
    /// always the same text and the terms are what a fresh pass would make.
    fn take(&mut self, text: &str) -> Option<Vec<Token>> {
        let at = self.entries.iter().position(|(t, _)| t == text)?;
        self.entries.remove(at).map(|(_, tokens)| tokens)
    }
}

thread_local! {
    static EXACT_SEEN: RefCell<ExactSeen> = RefCell::new(ExactSeen::default());
}

/// Where one pass of [`analyze_into`] puts its terms; `None` skips that field's work.
struct TokenSink<'s> {
    stemmed: Option<&'s mut Vec<Token>>,
    exact: Option<&'s mut Vec<Token>>,
}

/// The token kinds that become index terms (words, numbers, hashtags, mentions; not
/// punctuation, URLs or symbols).
pub(crate) fn is_indexed(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Arabic
            | TokenKind::Latin
            | TokenKind::Word
            | TokenKind::Number
            | TokenKind::Hashtag
            | TokenKind::Mention
    )
}

/// The one pass behind both analyzers: words from [`rasd_text::token`] (proclitics not split),
/// each normalized with [`Profile::Search`]; the `"ar"` term is its stem, the `"ar_exact"`
/// term the normalized word after the conservative proclitic split of [`split_proclitics`]
/// (applied to the word as written, as the word tokenizer's `split_clitics` does, so that
/// `ألمانيا` keeps its hamza-carrying alef). Both share positions; offsets are byte offsets
/// into `text` (the exact term's start skips the split prefix).
fn analyze_into(text: &str, mut sink: TokenSink<'_>) {
    let mut normalized = String::new();
    let mut exact = String::new();
    let mut position = 0;
    for token in WordTokenizer::new().tokens(text) {
        if !is_indexed(token.kind) {
            continue;
        }
        let word = token.text.trim_start_matches(['#', '@']);
        normalized.clear();
        normalize_into(word, Profile::Search, &mut normalized);
        if normalized.is_empty() {
            continue;
        }
        // `لإيران` → `إيران`: a bare `ل` before a word the corpus knows on its own.
        let lam = token.kind == TokenKind::Arabic && split_lam(&normalized).is_some();
        if lam {
            normalized.drain(..'ل'.len_utf8());
        }
        if let Some(out) = sink.stemmed.as_deref_mut() {
            let term = cached_stem(&normalized);
            if !term.is_empty() && term.len() <= MAX_TOKEN_BYTES {
                out.push(Token {
                    offset_from: token.byte_start,
                    offset_to: token.byte_end,
                    position,
                    text: term,
                    position_length: 1,
                });
            }
        }
        if let Some(out) = sink.exact.as_deref_mut() {
            let (prefix, rest) = if token.kind == TokenKind::Arabic && !lam {
                split_proclitics(word)
            } else {
                ("", word)
            };
            let term = if prefix.is_empty() || rest.is_empty() {
                normalized.clone()
            } else {
                exact.clear();
                normalize_into(rest, Profile::Search, &mut exact);
                exact.clone()
            };
            if !term.is_empty() && term.len() <= MAX_TOKEN_BYTES {
                let skipped = if rest.is_empty() { 0 } else { prefix.len() };
                out.push(Token {
                    offset_from: token.byte_start + skipped,
                    offset_to: token.byte_end,
                    position,
                    text: term,
                    position_length: 1,
                });
            }
        }
        position += 1;
    }
}

/// Calls `f` with the `"ar"` term of one word token, exactly as the `"ar"` analyzer makes it
/// for the index ([`analyze_into`], then tantivy's filter of terms of [`MAX_TOKEN_BYTES`] or
/// more); `None` when the word makes no term (not an indexed kind, nothing left after
/// normalization, too long). `normalized` is scratch space. For highlighting, which looks at
/// each word on its own and keeps the answer per word.
pub(crate) fn with_stemmed_term<R>(
    kind: TokenKind,
    word: &str,
    normalized: &mut String,
    f: impl FnOnce(&str) -> R,
) -> Option<R> {
    if !is_indexed(kind) {
        return None;
    }
    let word = word.trim_start_matches(['#', '@']);
    normalized.clear();
    normalize_into(word, Profile::Search, normalized);
    if normalized.is_empty() {
        return None;
    }
    let lam = kind == TokenKind::Arabic && split_lam(normalized).is_some();
    if lam {
        normalized.drain(..'ل'.len_utf8());
    }
    with_stem(normalized, |term| {
        (!term.is_empty() && term.len() < MAX_TOKEN_BYTES).then(|| f(term))
    })
}

/// Words X (Search-normalized) after which a bare `ل` is the preposition, not a root letter:
/// generated from corpus counts by `examples/gen_lam_words.rs` (see there for the rule).
static LAM_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/lam-words.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// The word after a bare proclitic `ل` in a Search-normalized word, when that `ل` is the
/// preposition: the rest is listed in [`LAM_WORDS`] (`لايران` → `ايران`, `لمكافحه` →
/// `مكافحه`). Not split: `لل` (the article after `ل`, which the stemmer handles), and words
/// whose tail is rarer than the word itself, where `ل` is a root letter (`لجنه` "committee",
/// not `ل` + `جنه` "paradise"; `لبنان`).
///
/// Known false positives: a word whose `ل` is a root letter but whose tail is a more frequent
/// word would be split; the corpus rule keeps them rare, and both sides of a search go through
/// the same split, so such a word still finds itself.
pub fn split_lam(normalized: &str) -> Option<&str> {
    let rest = normalized.strip_prefix('ل')?;
    if rest.starts_with('ل') || !LAM_WORDS.contains(rest) {
        return None;
    }
    Some(rest)
}

/// Distinct words remembered by each thread's stem cache before it starts afresh. News text
/// repeats its words (Zipf), so most look-ups hit; the bound keeps memory flat.
const STEM_CACHE: usize = 200_000;

thread_local! {
    static STEMS: RefCell<FxHashMap<String, String>> = RefCell::new(FxHashMap::default());
}

/// [`stem_normalized`], remembered per thread.
fn cached_stem(normalized: &str) -> String {
    with_stem(normalized, str::to_owned)
}

/// Calls `f` with [`stem_normalized`] of `normalized`, remembered per thread (no copy of the
/// stem when it is remembered).
fn with_stem<R>(normalized: &str, f: impl FnOnce(&str) -> R) -> R {
    if normalized.is_ascii() {
        return f(normalized);
    }
    STEMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(stem) = cache.get(normalized) {
            return f(stem);
        }
        let stem = stem_normalized(normalized);
        if cache.len() >= STEM_CACHE {
            cache.clear();
        }
        let out = f(&stem);
        cache.insert(normalized.to_owned(), stem);
        out
    })
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

    /// Real-looking text with every kind of word the analyzers keep or drop.
    const MIXED: &str = "وقال الرئيسُ للصحفيين إن ألمانيا والمالية وبالعاصمة ستستضيف #القمة \
        يوم 15 يوليو 2025، بحضور @وزير_الخارجية و Reuters (https://example.com/a) ولهم ما أرادوا.";

    /// The `"ar_exact"` terms as the word tokenizer's own clitic split makes them.
    fn exact_by_split_tokens(text: &str) -> Vec<(String, usize, usize)> {
        let mut out = Vec::new();
        let mut position = 0;
        for token in WordTokenizer::new().split_clitics(true).tokens(text) {
            if token.kind == TokenKind::Proclitic {
                continue;
            }
            if !is_indexed(token.kind) {
                continue;
            }
            let mut term = String::new();
            normalize_into(
                token.text.trim_start_matches(['#', '@']),
                Profile::Search,
                &mut term,
            );
            if term.is_empty() {
                continue;
            }
            if let Some(rest) = split_lam(&term) {
                term = rest.to_owned();
            }
            out.push((term, position, token.byte_start));
            position += 1;
        }
        out
    }

    fn terms(tokenizer: ArabicTokenizer, text: &str) -> Vec<(String, usize, usize)> {
        let mut analyzer = text_analyzer(tokenizer);
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.position, t.offset_from));
        }
        out
    }

    #[test]
    fn exact_terms_are_the_word_tokenizers_clitic_split() {
        // On a fresh thread nothing is remembered: the exact tokenizer makes its own pass.
        let fresh = std::thread::spawn(|| terms(ArabicTokenizer::exact(), MIXED))
            .join()
            .unwrap();
        assert_eq!(fresh, exact_by_split_tokens(MIXED));
        assert!(fresh.iter().any(|(t, _, _)| t == "ماليه"), "{fresh:?}");
        assert!(fresh.iter().any(|(t, _, _)| t == "المانيا"), "{fresh:?}");
    }

    #[test]
    fn exact_terms_remembered_from_the_stemmed_pass_are_the_same() {
        let fresh = std::thread::spawn(|| terms(ArabicTokenizer::exact(), MIXED))
            .join()
            .unwrap();
        let stemmed = terms(ArabicTokenizer::stemmed(), MIXED);
        let remembered = terms(ArabicTokenizer::exact(), MIXED);
        assert_eq!(remembered, fresh);
        // Both fields give a word the same position, so phrases work on either.
        let positions = |t: &[(String, usize, usize)]| t.iter().map(|x| x.1).collect::<Vec<_>>();
        assert_eq!(positions(&stemmed), positions(&remembered));
        // Another text is not answered from memory.
        assert_eq!(
            terms(ArabicTokenizer::exact(), "والمالية"),
            [("ماليه".to_owned(), 0, 6)]
        );
    }

    #[test]
    fn stems_are_the_same_with_or_without_the_cache() {
        for word in ["للرئيس", "والمعلمون", "بالعاصمة", "Reuters", "مالي"]
        {
            let mut normalized = String::new();
            normalize_into(word, Profile::Search, &mut normalized);
            let direct = if normalized.is_ascii() {
                normalized.clone()
            } else {
                stem_normalized(&normalized)
            };
            assert_eq!(cached_stem(&normalized), direct, "{word}");
            assert_eq!(cached_stem(&normalized), direct, "{word} (cached)");
        }
    }

    #[test]
    fn a_bare_lam_before_a_word_the_corpus_knows_is_split() {
        assert_eq!(stemmed("لإيران"), stemmed("إيران"));
        assert_eq!(exact("لإيران"), exact("إيران"));
        assert_eq!(stemmed("لمكافحة"), stemmed("مكافحة"));
        // A root ل stays: a committee is not paradise, Lebanon is not fingertips.
        assert_ne!(stemmed("لجنة"), stemmed("جنة"));
        assert_ne!(exact("لبنان"), exact("بنان"));
        // The article after ل is the stemmer's business, not this rule's.
        assert_eq!(split_lam("للرييس"), None);
        assert_eq!(stemmed("للرئيس"), stemmed("الرئيس"));
    }

    #[test]
    fn word_terms_are_the_stemmed_analyzers_terms() {
        let text = format!(
            "{MIXED} ـــ ًٌ لإيران والرئيسُ {} {} {}",
            "ب".repeat(70),
            "x".repeat(MAX_TOKEN_BYTES),
            "y".repeat(MAX_TOKEN_BYTES - 1)
        );
        let mut normalized = String::new();
        let by_word: Vec<(String, usize, usize)> = WordTokenizer::new()
            .tokens(&text)
            .filter_map(|t| {
                with_stemmed_term(t.kind, t.text, &mut normalized, str::to_owned)
                    .map(|s| (s, t.byte_start, t.byte_end))
            })
            .collect();
        let mut analyzer = text_analyzer(ArabicTokenizer::stemmed());
        let mut stream = analyzer.token_stream(&text);
        let mut indexed = Vec::new();
        while stream.advance() {
            let t = stream.token();
            indexed.push((t.text.clone(), t.offset_from, t.offset_to));
        }
        assert_eq!(by_word, indexed);
        assert!(indexed.len() > 20, "{indexed:?}");
    }

    #[test]
    fn punctuation_is_not_indexed() {
        assert_eq!(stemmed("، . ؟ !").len(), 0);
        assert_eq!(exact("Reuters"), exact("REUTERS"));
    }
}
