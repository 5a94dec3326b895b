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
use std::ops::Range;

use rasd_text::token::{TokenKind, Tokenizer as WordTokenizer};
use rustc_hash::FxHashMap;
use tantivy::query::Query;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use crate::analyzer::{is_indexed, with_stemmed_term};

/// Distinct words (as written, with their kind) whose term each thread remembers before its
/// cache starts afresh; at ~60 bytes a word this bounds it to a few MB per thread.
const WORD_CACHE: usize = 100_000;

thread_local! {
    /// Word as written (kind tag + text) → the `"ar"` term it makes (lowercased as tantivy
    /// looks terms up), or `None` when it makes none. The same for every query.
    static WORD_TERMS: RefCell<FxHashMap<Box<str>, Option<Box<str>>>> =
        RefCell::new(FxHashMap::default());
}

/// Calls `f` with the term the word `text` of kind `kind` makes (`None`: no term), from `cache`
/// (the key built in `key`, `normalized` scratch space), computed and remembered when missing;
/// the cache is emptied first when it holds `limit` words.
fn cached_term<R>(
    cache: &mut FxHashMap<Box<str>, Option<Box<str>>>,
    limit: usize,
    kind: TokenKind,
    text: &str,
    key: &mut String,
    normalized: &mut String,
    f: impl FnOnce(Option<&str>) -> R,
) -> R {
    key.clear();
    key.push(kind_tag(kind));
    key.push_str(text);
    // One look-up when the word is known (the common case).
    if let Some(term) = cache.get(key.as_str()) {
        return f(term.as_deref());
    }
    {
        let term = with_stemmed_term(kind, text, normalized, |term| {
            // tantivy looks terms up lowercased; the `"ar"` terms already are, but a
            // lowercase that changes a term must change the look-up the same way.
            if term.chars().any(char::is_uppercase) {
                term.to_lowercase().into_boxed_str()
            } else {
                Box::from(term)
            }
        });
        if cache.len() >= limit {
            cache.clear();
        }
        let out = f(term.as_deref());
        cache.insert(Box::from(key.as_str()), term);
        out
    }
}

/// What a word of a body contributes to a passage.
#[derive(Clone, Copy)]
enum Word {
    /// It makes no index term (punctuation, a URL…): it does not count as a token at all.
    Skip,
    /// It makes a term that is not a query term.
    Plain,
    /// It makes a query term of this weight.
    Match(f32),
}

/// Finds snippets for the hits of one query.
pub(crate) struct Highlighter {
    /// The query's terms in the field, with their weights.
    terms: FxHashMap<String, f32>,
    max_bytes: usize,
    key: String,
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
        let mut terms = FxHashMap::default();
        for term in found {
            let value = term.value();
            let Some(text) = value.as_str() else {
                continue;
            };
            let doc_freq = searcher.doc_freq(term)?;
            if doc_freq > 0 {
                terms.insert(text.to_owned(), 1.0 / (1.0 + doc_freq as f32));
            }
        }
        Ok(Highlighter {
            terms,
            max_bytes,
            key: String::new(),
            normalized: String::new(),
        })
    }

    /// What the word `text` of kind `kind` contributes, its term looked up in `cache`.
    fn word(
        &mut self,
        cache: &mut FxHashMap<Box<str>, Option<Box<str>>>,
        kind: TokenKind,
        text: &str,
    ) -> Word {
        if !is_indexed(kind) {
            return Word::Skip;
        }
        let terms = &self.terms;
        cached_term(
            cache,
            WORD_CACHE,
            kind,
            text,
            &mut self.key,
            &mut self.normalized,
            |term| match term {
                None => Word::Skip,
                Some(term) => terms.get(term).map_or(Word::Plain, |&w| Word::Match(w)),
            },
        )
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
            for token in WordTokenizer::new().tokens(text) {
                let word = self.word(&mut cache, token.kind, token.text);
                if matches!(word, Word::Skip) {
                    continue;
                }
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

/// A char standing for a token kind in the word cache's keys.
fn kind_tag(kind: TokenKind) -> char {
    match kind {
        TokenKind::Arabic => 'a',
        TokenKind::Latin => 'l',
        TokenKind::Word => 'w',
        TokenKind::Number => 'n',
        TokenKind::Punct => 'p',
        TokenKind::Symbol => 's',
        TokenKind::Url => 'u',
        TokenKind::Email => 'e',
        TokenKind::Hashtag => 'h',
        TokenKind::Mention => 'm',
        TokenKind::Proclitic => 'c',
        // Kinds added later are not indexed (`is_indexed` lists the indexed ones), so they all
        // make no term and may share a tag.
        _ => '?',
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
            let mut cache = FxHashMap::default();
            let (mut key, mut normalized) = (String::new(), String::new());
            // Twice over: the second pass answers from the cache (or after it was emptied).
            for pass in 0..2 {
                for &(kind, word) in &words {
                    let want = direct(kind, word);
                    let got = cached_term(
                        &mut cache,
                        limit,
                        kind,
                        word,
                        &mut key,
                        &mut normalized,
                        |t| t.map(str::to_owned),
                    );
                    assert_eq!(got, want, "{word} (limit {limit}, pass {pass})");
                }
                assert!(
                    cache.len() <= limit,
                    "cache over its bound: {}",
                    cache.len()
                );
            }
        }
    }
}
