//! Snippets: the passage of a hit's body with the most query weight, and the matched words.
//!
//! The passage chosen and the words marked are those of tantivy's `SnippetGenerator` on the
//! `body` field (the `"ar"` terms of the query, each weighing `1 / (1 + document frequency)`;
//! the body cut into passages of at most `max_bytes` bytes at word boundaries; the first
//! passage of highest weight wins). What differs is the cost: tantivy runs the field's whole
//! analyzer over every hit's text, and rasd's `"ar"` analyzer also makes the `"ar_exact"` terms
//! for the index in the same pass. Here each word is looked up on its own, and the term a word
//! makes (normalization, clitics, stem) does not depend on the query, so it is remembered per
//! thread across searches (bounded, see [`WORD_CACHE`]): news text repeats its words (Zipf),
//! so most words of the ten hits cost one hash look-up of the word as written.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::hash::BuildHasher;
use std::ops::Range;

use rasd_text::token::{TokenKind, Tokenizer as WordTokenizer};
use rustc_hash::FxHashMap;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use crate::analyzer::{is_indexed, with_stemmed_term};

/// Distinct words (as written, with their kind) whose term each thread remembers before its
/// cache starts afresh; at ~16 bytes a word (plus the distinct terms) this bounds it to a few
/// MB per thread.
const WORD_CACHE: usize = 100_000;

/// Term id of a word that makes no term.
const NO_TERM: u32 = u32::MAX;

/// Seed of the word fingerprints (any fixed value: the fingerprints never leave the process).
const FINGERPRINT_SEED: u64 = 0x7261_7364_736e_6970;

/// Each thread's memory of the term a word makes (the same for every query).
///
/// A word is keyed by a 64-bit fingerprint of its kind and text rather than by the text
/// itself: the table then holds 16-byte entries and a look-up touches no other memory, where
/// a table of strings followed a pointer to each key it compared (a cache miss per word of
/// the ten bodies, most of the highlighter's time). Two different words share a fingerprint
/// with probability about n²/2⁶⁵ for n words remembered (≈ 3·10⁻¹⁰ at [`WORD_CACHE`]), and
/// a shared fingerprint could only mark or miss a word in a snippet.
#[derive(Default)]
struct WordTerms {
    /// Word fingerprint → term id, or [`NO_TERM`].
    words: FxHashMap<u64, u32>,
    /// Term → term id (ids number the terms in the order they came).
    ids: FxHashMap<Box<str>, u32>,
}

impl WordTerms {
    /// The id of `term`, given one if it has none yet.
    fn intern(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = u32::try_from(self.ids.len()).unwrap_or(NO_TERM - 1);
        self.ids.insert(Box::from(term), id);
        id
    }

    /// Forgets every word and term once `limit` words are remembered.
    fn bound(&mut self, limit: usize) {
        if self.words.len() >= limit {
            self.words.clear();
            self.ids.clear();
        }
    }

    /// The term id of the word `text` of kind `kind` ([`NO_TERM`]: no term), computed and
    /// remembered when missing (`normalized` is scratch space).
    fn term_id(&mut self, kind: TokenKind, text: &str, normalized: &mut String) -> u32 {
        let fingerprint = fingerprint(kind, text);
        if let Some(&id) = self.words.get(&fingerprint) {
            return id;
        }
        let id = with_stemmed_term(kind, text, normalized, |term| {
            // tantivy looks terms up lowercased; the `"ar"` terms already are, but a
            // lowercase that changes a term must change the look-up the same way.
            if term.chars().any(char::is_uppercase) {
                self.intern(&term.to_lowercase())
            } else {
                self.intern(term)
            }
        })
        .unwrap_or(NO_TERM);
        self.words.insert(fingerprint, id);
        id
    }
}

/// The 64-bit fingerprint of a word of kind `kind` written `text`.
fn fingerprint(kind: TokenKind, text: &str) -> u64 {
    foldhash::fast::FixedState::with_seed(FINGERPRINT_SEED).hash_one((kind, text))
}

thread_local! {
    /// This thread's [`WordTerms`].
    static WORD_TERMS: RefCell<WordTerms> = RefCell::new(WordTerms::default());
}

/// What a word of a body that makes an index term contributes to a passage (a word that makes
/// none, such as punctuation or a URL, does not count as a token at all).
#[derive(Clone, Copy)]
enum Word {
    /// It makes a term that is not a query term.
    Plain,
    /// It makes a query term of this weight.
    Match(f32),
}

/// Finds snippets for the hits of one query.
pub(crate) struct Highlighter {
    /// The query's terms in the field, with their weights.
    terms: Vec<(String, f32)>,
    max_bytes: usize,
    normalized: String,
}

/// A snippet: a passage of the text and the byte ranges of the matched words in it.
pub(crate) struct Snippet<'t> {
    /// The passage.
    pub(crate) fragment: &'t str,
    /// Matched words, as byte ranges into `fragment`.
    pub(crate) highlighted: Vec<Range<usize>>,
}

/// A passage being measured.
struct Candidate {
    score: f32,
    start: usize,
    stop: usize,
    highlighted: Vec<Range<usize>>,
}

impl Candidate {
    fn new(start: usize) -> Candidate {
        Candidate {
            score: 0.0,
            start,
            stop: start,
            highlighted: Vec::new(),
        }
    }
}

impl Highlighter {
    /// A highlighter for the terms of `query` in `field`, weighed by their document frequency
    /// in `searcher`'s index; passages are at most `max_bytes` bytes long.
    pub(crate) fn new(
        searcher: &Searcher,
        query: &dyn Query,
        field: Field,
        max_bytes: usize,
    ) -> tantivy::Result<Highlighter> {
        let mut found: BTreeSet<&Term> = BTreeSet::new();
        query.query_terms(&mut |term, _| {
            if term.field() == field {
                found.insert(term);
            }
        });
        let mut terms = Vec::new();
        for term in found {
            let value = term.value();
            let Some(text) = value.as_str() else {
                continue;
            };
            let doc_freq = searcher.doc_freq(term)?;
            if doc_freq > 0 {
                terms.push((text.to_owned(), 1.0 / (1.0 + doc_freq as f32)));
            }
        }
        Ok(Highlighter {
            terms,
            max_bytes,
            normalized: String::new(),
        })
    }

    /// The best passage of `text`, or `None` if no query term occurs in it.
    pub(crate) fn snippet<'t>(&mut self, text: &'t str) -> Option<Snippet<'t>> {
        if self.terms.is_empty() {
            return None;
        }
        let mut best: Option<Candidate> = None;
        let mut current = Candidate::new(0);
        let keep = |candidate: Candidate, best: &mut Option<Candidate>| {
            // The first passage of highest weight wins (ties go to the earlier one).
            if candidate.score > 0.0 && best.as_ref().is_none_or(|b| candidate.score > b.score) {
                *best = Some(candidate);
            }
        };
        WORD_TERMS.with(|cache| {
            let mut cache = cache.borrow_mut();
            cache.bound(WORD_CACHE);
            // The query's terms by id in this thread's table (a handful: a list beats a map).
            let weights: Vec<(u32, f32)> = self
                .terms
                .iter()
                .map(|(term, weight)| (cache.intern(term), *weight))
                .collect();
            for token in WordTokenizer::new().tokens(text) {
                if !is_indexed(token.kind) {
                    continue;
                }
                let id = cache.term_id(token.kind, token.text, &mut self.normalized);
                if id == NO_TERM {
                    continue;
                }
                let word = weights
                    .iter()
                    .find(|(query_id, _)| *query_id == id)
                    .map_or(Word::Plain, |&(_, weight)| Word::Match(weight));
                if token.byte_end - current.start > self.max_bytes {
                    let done = std::mem::replace(&mut current, Candidate::new(token.byte_start));
                    keep(done, &mut best);
                }
                current.stop = token.byte_end;
                if let Word::Match(weight) = word {
                    current.score += weight;
                    current.highlighted.push(token.byte_start..token.byte_end);
                }
            }
        });
        keep(current, &mut best);
        let best = best?;
        let fragment = text.get(best.start..best.stop)?;
        let highlighted = best
            .highlighted
            .iter()
            .map(|r| r.start - best.start..r.end - best.start)
            .collect();
        Some(Snippet {
            fragment,
            highlighted,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The term a word makes with no cache at all.
    fn direct(kind: TokenKind, text: &str) -> Option<String> {
        let mut normalized = String::new();
        with_stemmed_term(kind, text, &mut normalized, |t| t.to_lowercase())
    }

    #[test]
    fn cached_terms_are_the_terms_made_afresh_even_across_clears() {
        let text =
            "قال الرئيسُ للرئيس السابق إن المحادثات في مالي والمالية، ومالي: UN Council 2024 #سلام";
        let words: Vec<(TokenKind, &str)> = WordTokenizer::new()
            .tokens(text)
            .map(|t| (t.kind, t.text))
            .collect();
        assert!(words.len() > 10);
        for limit in [1, 3, WORD_CACHE] {
            let mut cache = WordTerms::default();
            let mut normalized = String::new();
            // Twice over: the second pass answers from the cache (or after it was emptied).
            for pass in 0..2 {
                for &(kind, word) in &words {
                    cache.bound(limit);
                    let want = direct(kind, word);
                    let id = cache.term_id(kind, word, &mut normalized);
                    let got = cache
                        .ids
                        .iter()
                        .find(|&(_, &i)| i == id)
                        .map(|(term, _)| term.to_string());
                    assert_eq!(got, want, "{word} (limit {limit}, pass {pass})");
                    assert!(
                        cache.words.len() <= limit,
                        "cache over its bound: {}",
                        cache.words.len()
                    );
                }
            }
        }
    }

    #[test]
    fn words_of_one_term_share_its_id_and_other_words_do_not() {
        let mut cache = WordTerms::default();
        let mut normalized = String::new();
        let mut id = |word: &str| cache.term_id(TokenKind::Arabic, word, &mut normalized);
        // Spellings that the analyzer folds to one term get one id.
        let (a, b) = (id("الرئيس"), id("الرئيسُ"));
        assert_eq!(a, b);
        assert_ne!(a, NO_TERM);
        assert_ne!(id("مالي"), a);
        // The same text of another kind is its own entry (and makes no term as punctuation).
        assert_eq!(
            cache.term_id(TokenKind::Punct, "،", &mut normalized),
            NO_TERM
        );
    }
}
