//! The second stage: document-level consistency by stacking (after Krishnan & Manning 2006).
//!
//! A name is often spelled the same way several times in one article, and the first stage
//! tags some of those mentions right and misses others (the surname alone, a name in a
//! headline without context). The second stage sees, besides every first-stage feature, what
//! the first stage said about the token itself and its neighbours, and how the *other*
//! occurrences of the same word form (folded and article-stripped, and without a one-letter
//! proclitic) were tagged elsewhere in the document: the majority label and how large a share
//! of them it holds. It is trained on first-stage labels of the training data produced by
//! cross-validation (each fold tagged by a model that never saw it), so it learns how far to
//! trust them.

use crate::features::{key, pair, IdMap, Template};
use crate::model::Row;
use crate::{Tag, N_LABELS};

/// Settings of the light second stage: a second stage whose features are only its own (the
/// first-stage labels of the token and its neighbours, what the other occurrences of the word
/// in the document were tagged, multi-word names tagged elsewhere; optionally the word itself
/// and the first stage's margin), scored on top of the first stage's emission scores instead of
/// looking every first-stage feature up again. Trained like the full second stage, on
/// cross-validated first-stage labels and scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LightOptions {
    /// Weight of the first stage's emission scores in the light stage's emissions.
    pub alpha: f32,
    /// The word's stem, alone and paired with its first-stage label.
    pub word: bool,
    /// The first stage's margin (its label's score over the best other label's), bucketed and
    /// paired with the label.
    pub margin: bool,
    /// What the other occurrences of the word were tagged, paired with the token's own
    /// first-stage label and margin bucket.
    pub doc_margin: bool,
    /// Fewer document features: those of the word's stem only (not of the word behind a
    /// one-letter proclitic), without the count bucket.
    pub lean: bool,
}

impl Default for LightOptions {
    fn default() -> Self {
        LightOptions {
            alpha: 1.0,
            word: false,
            margin: false,
            doc_margin: false,
            lean: false,
        }
    }
}

impl LightOptions {
    const WORD: u32 = 1;
    const MARGIN: u32 = 2;
    const DOC_MARGIN: u32 = 4;
    const LEAN: u32 = 8;

    /// The feature switches as bits (stored in the model file).
    pub(crate) fn flags(self) -> u32 {
        (u32::from(self.word) * Self::WORD)
            | (u32::from(self.margin) * Self::MARGIN)
            | (u32::from(self.doc_margin) * Self::DOC_MARGIN)
            | (u32::from(self.lean) * Self::LEAN)
    }

    /// The options of `flags` and `alpha`; `None` for unknown bits or a non-finite alpha.
    pub(crate) fn from_flags(flags: u32, alpha: f32) -> Option<LightOptions> {
        if flags & !(Self::WORD | Self::MARGIN | Self::DOC_MARGIN | Self::LEAN) != 0
            || !alpha.is_finite()
        {
            return None;
        }
        Some(LightOptions {
            alpha,
            word: flags & Self::WORD != 0,
            margin: flags & Self::MARGIN != 0,
            doc_margin: flags & Self::DOC_MARGIN != 0,
            lean: flags & Self::LEAN != 0,
        })
    }
}

/// Log bucket of the first stage's margin for its label `l` in `row`.
fn margin_bucket(row: &Row, l: usize) -> u64 {
    let own = row.get(l).copied().unwrap_or(0.0);
    let other = row
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != l)
        .map(|(_, &x)| x)
        .fold(f32::NEG_INFINITY, f32::max);
    let m = own - other;
    if m.is_nan() || m < 0.0 {
        0
    } else {
        // 1 for [0, 1), 2 for [1, 2), 3 for [2, 4)… capped at 8.
        let mut b = 1;
        let mut edge = 1.0f32;
        while m >= edge && b < 8 {
            b += 1;
            edge *= 2.0;
        }
        b
    }
}

/// The light second stage's features of one sentence (see [`LightOptions`]): the second
/// stage's own features, and with `opts` the word and the first stage's margin (`em1`, its
/// emission scores).
pub(crate) fn light_features(
    forms: &[[u64; 2]],
    s1: &[usize],
    em1: &[Row],
    counts: &FormCounts,
    opts: LightOptions,
    out_feats: &mut Vec<u64>,
    out_offsets: &mut Vec<usize>,
) {
    use Template as T;
    own_features(
        forms,
        s1,
        counts,
        opts.lean,
        out_feats,
        out_offsets,
        |t, out| {
            let l = s1.get(t).copied().unwrap_or(0);
            if opts.word {
                if let Some(&[stem, _]) = forms.get(t) {
                    out.push(key(T::LightWord, stem));
                    out.push(key(T::LightWordS1, pair(stem, l as u64)));
                }
            }
            if opts.margin || opts.doc_margin {
                if let Some(row) = em1.get(t) {
                    let mb = margin_bucket(row, l);
                    if opts.margin {
                        out.push(key(T::LightMargin, (l as u64) << 8 | mb));
                    }
                    if let (true, Some(&[stem, _])) = (opts.doc_margin, forms.get(t)) {
                        let doc = summary(&counts.others(stem, l))
                            .map_or(0xfff, |(best, share, _)| (best as u64) << 4 | share);
                        out.push(key(T::LightDocMargin, doc << 16 | (l as u64) << 8 | mb));
                    }
                }
            }
        },
    );
}

/// How many sentences on each side make up the "document" of a sentence in files without
/// article boundaries (CoNLL): ANERcorp keeps its sentences in article order.
pub const CONLL_WINDOW: usize = 20;

/// First-stage label counts per word form over a document (or a window of sentences).
#[derive(Default)]
pub(crate) struct FormCounts {
    map: IdMap<[u16; N_LABELS]>,
    /// Multi-word first-stage spans: hash of their stems → count per kind.
    spans: IdMap<[u16; 4]>,
    /// Hash of the first two stems of each span in `spans` → count: a word sequence can only
    /// match a span if its first two words are here.
    starts: IdMap<u16>,
}

/// Longest multi-word span matched against the document's spans.
const MAX_SPAN: usize = 4;

/// Hash of the stems of tokens `a..b`.
fn seq_hash(forms: &[[u64; 2]], a: usize, b: usize) -> u64 {
    forms
        .get(a..b)
        .unwrap_or_default()
        .iter()
        .fold(0x51_7cc1_b727_220a, |h, f| pair(h, f[0]))
}

/// First-stage entity spans of 2..=MAX_SPAN tokens: (start, end, kind index).
fn multi_spans(labels: &[usize]) -> impl Iterator<Item = (usize, usize, usize)> {
    let tags: Vec<Tag> = labels.iter().map(|&l| Tag::from_index(l)).collect();
    crate::spans(&tags)
        .into_iter()
        .filter(|s| (2..=MAX_SPAN).contains(&(s.end_token - s.start_token)))
        .map(|s| (s.start_token, s.end_token, s.kind as usize))
}

impl FormCounts {
    /// Adds (or, with `remove`, takes back) the labels of one sentence.
    pub(crate) fn apply(&mut self, forms: &[[u64; 2]], labels: &[usize], remove: bool) {
        for (a, b, k) in multi_spans(labels) {
            let c = self.spans.entry(seq_hash(forms, a, b)).or_insert([0; 4]);
            if let Some(x) = c.get_mut(k) {
                *x = if remove {
                    x.saturating_sub(1)
                } else {
                    x.saturating_add(1)
                };
            }
            let x = self.starts.entry(seq_hash(forms, a, a + 2)).or_insert(0);
            *x = if remove {
                x.saturating_sub(1)
            } else {
                x.saturating_add(1)
            };
        }
        for (f, &l) in forms.iter().zip(labels) {
            for h in keys_of(f) {
                let c = self.map.entry(h).or_insert([0; N_LABELS]);
                if let Some(x) = c.get_mut(l) {
                    *x = if remove {
                        x.saturating_sub(1)
                    } else {
                        x.saturating_add(1)
                    };
                }
            }
        }
    }

    /// Counts of `form` without the token's own label `own`.
    fn others(&self, form: u64, own: usize) -> [u16; N_LABELS] {
        let mut c = self.map.get(&form).copied().unwrap_or([0; N_LABELS]);
        if let Some(x) = c.get_mut(own) {
            *x = x.saturating_sub(1);
        }
        c
    }
}

/// The forms a token is counted under: its stem, and its proclitic-stripped form if distinct.
fn keys_of(f: &[u64; 2]) -> impl Iterator<Item = u64> {
    let [stem, alt] = *f;
    std::iter::once(stem)
        .filter(|&h| h != 0)
        .chain(std::iter::once(alt).filter(move |&h| h != 0 && h != stem))
}

/// What the other occurrences of a form say: (majority entity label or 0 if they are all `O`,
/// share bucket 1–3, count bucket), or `None` when the form occurs nowhere else.
fn summary(c: &[u16; N_LABELS]) -> Option<(usize, u64, u64)> {
    let total: u32 = c.iter().map(|&x| u32::from(x)).sum();
    if total == 0 {
        return None;
    }
    let count_bucket = match total {
        1 => 1,
        2..=3 => 2,
        _ => 3,
    };
    let mut best = 0;
    for l in 1..N_LABELS {
        if c[l] > 0 && (best == 0 || c[l] > c[best]) {
            best = l;
        }
    }
    if best == 0 {
        return Some((0, 0, count_bucket));
    }
    let kind_total = match Tag::from_index(best).kind() {
        Some(k) => u32::from(c[Tag::B(k).index()]) + u32::from(c[Tag::I(k).index()]),
        None => 0,
    };
    let share = if kind_total == total {
        3
    } else if 2 * kind_total >= total {
        2
    } else {
        1
    };
    Some((best, share, count_bucket))
}

/// Appends the second-stage features of one sentence to its first-stage features:
/// `feats`/`offsets` are the first-stage features (token t's are `feats[offsets[t]..offsets[t+1]]`),
/// `forms` and `s1` the tokens' forms and first-stage labels, `counts` the document's counts
/// (this sentence included). Writes into `out_feats`/`out_offsets`.
pub(crate) fn stacked_features(
    feats: &[u64],
    offsets: &[usize],
    forms: &[[u64; 2]],
    s1: &[usize],
    counts: &FormCounts,
    out_feats: &mut Vec<u64>,
    out_offsets: &mut Vec<usize>,
) {
    own_features(
        forms,
        s1,
        counts,
        false,
        out_feats,
        out_offsets,
        |t, out| {
            if let (Some(&a), Some(&b)) = (offsets.get(t), offsets.get(t + 1)) {
                out.extend_from_slice(feats.get(a..b).unwrap_or(&[]));
            }
        },
    );
}

/// The second stage's own features of each token, after what `before(t, out)` pushes for it;
/// `lean` as in [`LightOptions::lean`].
fn own_features(
    forms: &[[u64; 2]],
    s1: &[usize],
    counts: &FormCounts,
    lean: bool,
    out_feats: &mut Vec<u64>,
    out_offsets: &mut Vec<usize>,
    mut before: impl FnMut(usize, &mut Vec<u64>),
) {
    use Template as T;
    let n = s1.len().min(forms.len());
    out_feats.clear();
    out_offsets.clear();
    out_offsets.push(0);
    // Majority label elsewhere of each token's stem (9 = seen nowhere else), for the neighbours.
    let mut stem_summary = Vec::with_capacity(n);
    for (f, &l) in forms.iter().zip(s1).take(n) {
        stem_summary.push(if f[0] == 0 {
            None
        } else {
            summary(&counts.others(f[0], l))
        });
    }
    let doc_best: Vec<u64> = stem_summary
        .iter()
        .map(|s| s.map_or(9, |s| s.0 as u64))
        .collect();
    // Tokens inside a word sequence the first stage tagged as a multi-word name elsewhere in
    // the document: (kind + 1) << 2 | position (1 first, 2 inside), longest match first.
    let mut marks = vec![0u64; n];
    let own: Vec<(usize, usize, usize)> = multi_spans(s1.get(..n).unwrap_or_default()).collect();
    let mut t = 0;
    while t < n {
        let mut step = 1;
        let starts_here = n - t >= 2
            && counts
                .starts
                .get(&seq_hash(forms, t, t + 2))
                .is_some_and(|&c| c > 0);
        if !starts_here {
            t += 1;
            continue;
        }
        for len in (2..=MAX_SPAN.min(n - t)).rev() {
            let Some(c) = counts.spans.get(&seq_hash(forms, t, t + len)) else {
                continue;
            };
            let mut c = *c;
            if let Some(&(_, _, k)) = own.iter().find(|s| s.0 == t && s.1 == t + len) {
                if let Some(x) = c.get_mut(k) {
                    *x = x.saturating_sub(1);
                }
            }
            let Some((k, _)) = c
                .iter()
                .enumerate()
                .filter(|(_, &x)| x > 0)
                .max_by_key(|(k, &x)| (x, std::cmp::Reverse(*k)))
            else {
                continue;
            };
            for (i, m) in marks.iter_mut().enumerate().skip(t).take(len) {
                *m = (k as u64 + 1) << 2 | if i == t { 1 } else { 2 };
            }
            step = len;
            break;
        }
        t += step;
    }
    const PAD: u64 = 10;
    for t in 0..n {
        before(t, out_feats);
        let l = s1.get(t).copied().unwrap_or(0) as u64;
        let prev = t
            .checked_sub(1)
            .and_then(|p| s1.get(p))
            .map_or(PAD, |&x| x as u64);
        let next = s1.get(t + 1).map_or(PAD, |&x| x as u64);
        out_feats.push(key(T::S1, l));
        out_feats.push(key(T::S1Prev, prev << 8 | l));
        out_feats.push(key(T::S1Next, l << 8 | next));
        let own = l as usize;
        if let Some(f) = forms.get(t) {
            for (which, h) in keys_of(f).enumerate().take(if lean { 1 } else { 2 }) {
                let sum = match (which, stem_summary.get(t)) {
                    (0, Some(&s)) if h == f[0] => s,
                    _ => summary(&counts.others(h, own)),
                };
                let which = which as u64;
                match sum {
                    None => out_feats.push(key(T::DocUnseen, which)),
                    Some((best, share, count)) => {
                        let best = best as u64;
                        out_feats.push(key(T::Doc, pair(which, best << 8 | share)));
                        if !lean {
                            out_feats.push(key(
                                T::DocCount,
                                pair(which, best << 8 | share << 4 | count),
                            ));
                        }
                        out_feats.push(key(T::DocS1, pair(which, best << 16 | share << 8 | l)));
                    }
                }
            }
        }
        let db = |i: Option<usize>| i.and_then(|i| doc_best.get(i)).copied().unwrap_or(PAD);
        if let Some(&m) = marks.get(t).filter(|&&m| m != 0) {
            out_feats.push(key(T::DocSpan, m));
            out_feats.push(key(T::DocSpanS1, m << 8 | l));
        }
        out_feats.push(key(T::DocPrev, db(t.checked_sub(1))));
        out_feats.push(key(T::DocNext, db(Some(t + 1))));
        out_offsets.push(out_feats.len());
    }
}

/// Calls `f(i, counts)` for every sentence `i` with the counts of sentences `i - window ..=
/// i + window` (clamped to the document).
pub(crate) fn windowed(
    forms: &[Vec<[u64; 2]>],
    labels: &[Vec<usize>],
    window: usize,
    mut f: impl FnMut(usize, &FormCounts),
) {
    let n = forms.len().min(labels.len());
    let mut counts = FormCounts::default();
    let add = |counts: &mut FormCounts, i: usize, remove: bool| {
        if let (Some(fs), Some(ls)) = (forms.get(i), labels.get(i)) {
            counts.apply(fs, ls, remove);
        }
    };
    for i in 0..n.min(window.saturating_add(1)) {
        add(&mut counts, i, false);
    }
    for i in 0..n {
        f(i, &counts);
        if let Some(old) = i.checked_sub(window) {
            add(&mut counts, old, true);
        }
        if let Some(new) = i.checked_add(window).and_then(|x| x.checked_add(1)) {
            if new < n {
                add(&mut counts, new, false);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    #[test]
    fn window_counts_only_nearby_sentences() {
        let p = Tag::B(Kind::Pers).index();
        // Sentence i holds one token of form 7 labelled B-PERS when i is even, else O.
        let forms: Vec<Vec<[u64; 2]>> = (0..6).map(|_| vec![[7, 0]]).collect();
        let labels: Vec<Vec<usize>> = (0..6)
            .map(|i| vec![if i % 2 == 0 { p } else { 0 }])
            .collect();
        let mut seen = Vec::new();
        windowed(&forms, &labels, 1, |i, c| {
            let got = c.map.get(&7).copied().unwrap_or_default();
            seen.push((i, got[p], got[0]));
        });
        assert_eq!(
            seen,
            vec![
                (0, 1, 1),
                (1, 2, 1),
                (2, 1, 2),
                (3, 2, 1),
                (4, 1, 2),
                (5, 1, 1)
            ]
        );
    }

    #[test]
    fn summary_names_the_majority_and_its_share() {
        let mut c = [0u16; N_LABELS];
        assert_eq!(summary(&c), None);
        c[0] = 2;
        assert_eq!(summary(&c), Some((0, 0, 2)));
        let b = Tag::B(Kind::Loc).index();
        let i = Tag::I(Kind::Loc).index();
        c[b] = 1;
        c[i] = 1;
        // B-LOC and I-LOC tie; the first wins; LOC holds half of the four occurrences.
        assert_eq!(summary(&c), Some((b, 2, 3)));
        c[0] = 0;
        assert_eq!(summary(&c), Some((b, 3, 2)));
    }

    #[test]
    fn a_name_tagged_elsewhere_marks_the_same_words() {
        let org_b = Tag::B(Kind::Org).index();
        let org_i = Tag::I(Kind::Org).index();
        // Forms 1 2 ("two-word club name") were tagged ORG in another sentence.
        let other: Vec<[u64; 2]> = vec![[9, 0], [1, 0], [2, 0]];
        let mut counts = FormCounts::default();
        counts.apply(&other, &[0, org_b, org_i], false);
        let forms: Vec<[u64; 2]> = vec![[1, 0], [2, 0], [5, 0]];
        let s1 = [0, 0, 0];
        counts.apply(&forms, &s1, false);
        let base_offsets = [0, 0, 0, 0];
        let (mut feats, mut offsets) = (Vec::new(), Vec::new());
        stacked_features(
            &[],
            &base_offsets,
            &forms,
            &s1,
            &counts,
            &mut feats,
            &mut offsets,
        );
        let mark = |m: u64| key(Template::DocSpan, m);
        let org = (Kind::Org as u64 + 1) << 2;
        let tok = |t: usize| &feats[offsets[t]..offsets[t + 1]];
        assert!(tok(0).contains(&mark(org | 1)));
        assert!(tok(1).contains(&mark(org | 2)));
        assert!(!tok(2)
            .iter()
            .any(|f| *f == mark(org | 1) || *f == mark(org | 2)));
        // The sentence's own span does not count as "elsewhere".
        let mut alone = FormCounts::default();
        alone.apply(&forms, &[org_b, org_i, 0], false);
        stacked_features(
            &[],
            &base_offsets,
            &forms,
            &[org_b, org_i, 0],
            &alone,
            &mut feats,
            &mut offsets,
        );
        assert!(!feats.contains(&mark(org | 1)));
    }
}
