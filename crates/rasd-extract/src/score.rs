//! The ScrapingHub article-extraction metric: 4-token shingle precision, recall and F1.
//!
//! This is the metric of the ScrapingHub benchmark (`../shared/eval/scrapinghub/README.md`),
//! so that rasd's figures can be set next to published ones and next to peers scored by the
//! same code:
//!
//! - tokens are runs of Unicode word characters (`\w+`), case kept;
//! - each text becomes the multiset of its 4-token shingles (a text of fewer than four tokens
//!   is one shingle of all its tokens; an empty text has none);
//! - per page, true positives are the shingles both texts share (with multiplicity), false
//!   positives the extra predicted ones, false negatives the missed expected ones, and the three
//!   counts are divided by their sum so every page weighs the same;
//! - precision is averaged over pages with `tp + fp > 0`, recall over pages with `tp + fn > 0`,
//!   and F1 is the harmonic mean of the two averages.
//!
//! ```
//! use rasd_extract::score::{compare, Score};
//! let page = compare("one two three four five", "one two three four five six");
//! let score = Score::from_pages([page]);
//! assert_eq!(score.recall, 1.0);
//! assert!(score.precision > 0.6 && score.precision < 0.7);
//! ```

use std::collections::HashMap;
use std::sync::OnceLock;

/// Shingle size of the benchmark.
pub const SHINGLE: usize = 4;

fn word_re() -> &'static regex::Regex {
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    // A constant pattern: compiling it cannot fail at run time once the tests pass.
    RE.get_or_init(|| regex::Regex::new(r"\w+").unwrap_or_else(|_| unreachable!()))
}

/// The `\w+` tokens of a text, in order.
pub fn tokens(text: &str) -> Vec<&str> {
    word_re().find_iter(text).map(|m| m.as_str()).collect()
}

/// The multiset of 4-token shingles of a text, as counts.
pub fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    if toks.len() < SHINGLE {
        out.insert(toks, 1);
        return out;
    }
    for w in toks.windows(SHINGLE) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// One page's normalized counts: `tp + fp + fn_ == 1`, or all zero when both texts are empty.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PageCounts {
    /// Share of shingles found in both texts.
    pub tp: f64,
    /// Share of shingles only in the prediction.
    pub fp: f64,
    /// Share of shingles only in the expected text.
    pub fn_: f64,
}

impl PageCounts {
    /// This page's precision, when it predicted anything.
    pub fn precision(&self) -> Option<f64> {
        let d = self.tp + self.fp;
        (d > 0.0).then(|| self.tp / d)
    }

    /// This page's recall, when anything was expected.
    pub fn recall(&self) -> Option<f64> {
        let d = self.tp + self.fn_;
        (d > 0.0).then(|| self.tp / d)
    }
}

/// Compares an expected text with a predicted one.
pub fn compare(expected: &str, predicted: &str) -> PageCounts {
    let want = shingles(expected);
    let got = shingles(predicted);
    let mut tp = 0usize;
    let mut fp = 0usize;
    for (sh, &n) in &got {
        let m = want.get(sh).copied().unwrap_or(0);
        tp += n.min(m);
        fp += n.saturating_sub(m);
    }
    let fn_: usize = want
        .iter()
        .map(|(sh, &m)| m.saturating_sub(got.get(sh).copied().unwrap_or(0)))
        .sum();
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return PageCounts::default();
    }
    PageCounts {
        tp: tp as f64 / sum,
        fp: fp as f64 / sum,
        fn_: fn_ as f64 / sum,
    }
}

/// Scores over a set of pages.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    /// Number of pages scored.
    pub pages: usize,
    /// Mean precision over pages that predicted something.
    pub precision: f64,
    /// Mean recall over pages that expected something.
    pub recall: f64,
    /// Harmonic mean of `precision` and `recall`.
    pub f1: f64,
}

impl Score {
    /// Averages per-page counts into the benchmark's figures.
    pub fn from_pages(pages: impl IntoIterator<Item = PageCounts>) -> Score {
        let (mut n, mut p_sum, mut p_n, mut r_sum, mut r_n) = (0usize, 0.0, 0usize, 0.0, 0usize);
        for page in pages {
            n += 1;
            if let Some(p) = page.precision() {
                p_sum += p;
                p_n += 1;
            }
            if let Some(r) = page.recall() {
                r_sum += r;
                r_n += 1;
            }
        }
        let precision = if p_n > 0 { p_sum / p_n as f64 } else { 0.0 };
        let recall = if r_n > 0 { r_sum / r_n as f64 } else { 0.0 };
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Score {
            pages: n,
            precision,
            recall,
            f1,
        }
    }
}

/// True when two titles are the same after trimming and collapsing runs of whitespace.
pub fn title_matches(expected: &str, got: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let e = norm(expected);
    !e.is_empty() && e == norm(got)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unicode_word_runs() {
        assert_eq!(
            tokens("قال الوزير: «نعم»، 2025-07."),
            ["قال", "الوزير", "نعم", "2025", "07"]
        );
        assert_eq!(tokens("snake_case isn't"), ["snake_case", "isn", "t"]);
    }

    #[test]
    fn short_text_is_one_shingle() {
        let s = shingles("واشنطن تبادر");
        assert_eq!(s.len(), 1);
        assert_eq!(s.get(&vec!["واشنطن", "تبادر"]), Some(&1));
        assert!(shingles(" … ").is_empty());
    }

    #[test]
    fn shingles_count_repeats() {
        let s = shingles("a b c d a b c d");
        assert_eq!(s.get(&vec!["a", "b", "c", "d"]), Some(&2));
        assert_eq!(s.values().sum::<usize>(), 5);
    }

    #[test]
    fn identical_texts_score_one() {
        let t = "قدم المبعوث خطة جديدة لحل الأزمة في البلاد اليوم";
        let c = compare(t, t);
        assert_eq!(
            c,
            PageCounts {
                tp: 1.0,
                fp: 0.0,
                fn_: 0.0
            }
        );
        let s = Score::from_pages([c]);
        assert_eq!((s.precision, s.recall, s.f1), (1.0, 1.0, 1.0));
    }

    #[test]
    fn counts_are_normalized_per_page() {
        // expected 3 shingles, predicted 4 of which 3 shared: tp 3, fp 1, fn 0.
        let c = compare("a b c d e f", "a b c d e f g");
        assert!((c.tp - 0.75).abs() < 1e-12 && (c.fp - 0.25).abs() < 1e-12 && c.fn_ == 0.0);
    }

    #[test]
    fn empty_prediction_counts_for_recall_only() {
        let empty = compare("a b c d e", "");
        assert_eq!(empty.precision(), None);
        assert_eq!(empty.recall(), Some(0.0));
        let perfect = compare("a b c d e", "a b c d e");
        let s = Score::from_pages([empty, perfect]);
        assert_eq!(s.pages, 2);
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
        assert!((s.f1 - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn both_empty_page_is_skipped_in_averages() {
        let s = Score::from_pages([compare("", ""), compare("x y z w", "x y z w")]);
        assert_eq!((s.pages, s.precision, s.recall), (2, 1.0, 1.0));
    }

    #[test]
    fn titles_match_modulo_whitespace() {
        assert!(title_matches(" عنوان  الخبر ", "عنوان الخبر"));
        assert!(!title_matches("عنوان الخبر", "عنوان الخبر - الموقع"));
        assert!(!title_matches("", ""));
    }
}
