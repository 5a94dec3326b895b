//! Training: a structured averaged perceptron (Collins 2002) with Viterbi decoding under the
//! BIO constraints, sentences shuffled each epoch by a fixed-seed generator so a run is
//! reproducible byte for byte.

use crate::conll::Sentence;
use crate::features::{extract, FeatureBuf, IdMap};
use crate::model::{viterbi, Model, Row, N_PREV, START};
use crate::N_LABELS;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the shuffling generator.
    pub seed: u64,
    /// Averaged weights with absolute value below this are dropped from the model (keeps the
    /// file small; a feature whose weights are all dropped is not stored).
    pub prune: f32,
    /// Features seen in fewer training tokens than this are ignored (they mostly memorize).
    pub min_count: u32,
    /// Probability of hiding each feature of a token during one training step, so the model
    /// cannot lean on the word alone and learns the context, affix and cluster features too.
    pub dropout: f32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            seed: 0x5eed_4e45,
            prune: 0.01,
            min_count: 2,
            dropout: 0.4,
        }
    }
}

/// One sentence's features and gold labels, extracted once.
struct Example {
    feats: Vec<u64>,
    offsets: Vec<usize>,
    gold: Vec<usize>,
}

impl Example {
    /// A copy keeping only the features for which `keep` is true.
    fn filtered(&self, mut keep: impl FnMut(u64) -> bool) -> Example {
        let mut feats = Vec::with_capacity(self.feats.len());
        let mut offsets = Vec::with_capacity(self.offsets.len());
        offsets.push(0);
        for t in 0..self.gold.len() {
            feats.extend(self.token(t).iter().copied().filter(|&f| keep(f)));
            offsets.push(feats.len());
        }
        Example {
            feats,
            offsets,
            gold: self.gold.clone(),
        }
    }

    fn token(&self, t: usize) -> &[u64] {
        match (self.offsets.get(t), self.offsets.get(t + 1)) {
            (Some(&a), Some(&b)) => self.feats.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// Weights being learned, with the running sums that averaging needs.
struct Learner {
    index: IdMap<u32>,
    keys: Vec<u64>,
    w: Vec<Row>,
    /// Σ c·Δw: the averaged weight is `w - u / c`.
    u: Vec<Row>,
    trans: [Row; N_PREV],
    trans_u: [Row; N_PREV],
    c: f32,
}

impl Learner {
    fn emissions(&self, ex: &Example) -> Vec<Row> {
        (0..ex.gold.len())
            .map(|t| {
                let mut row = [0.0f32; N_LABELS];
                for f in ex.token(t) {
                    if let Some(&i) = self.index.get(f) {
                        if let Some(w) = self.w.get(i as usize) {
                            for (r, x) in row.iter_mut().zip(w) {
                                *r += x;
                            }
                        }
                    }
                }
                row
            })
            .collect()
    }

    fn bump(&mut self, f: u64, label: usize, delta: f32) {
        let next = self.keys.len() as u32;
        let i = *self.index.entry(f).or_insert(next) as usize;
        if i == self.keys.len() {
            self.keys.push(f);
            self.w.push([0.0; N_LABELS]);
            self.u.push([0.0; N_LABELS]);
        }
        self.w[i][label] += delta;
        self.u[i][label] += self.c * delta;
    }

    fn bump_trans(&mut self, prev: usize, cur: usize, delta: f32) {
        self.trans[prev][cur] += delta;
        self.trans_u[prev][cur] += self.c * delta;
    }

    /// One perceptron step; returns the number of wrongly labelled tokens.
    fn step(&mut self, ex: &Example) -> usize {
        let em = self.emissions(ex);
        let pred = viterbi(&em, &self.trans);
        let mut errors = 0;
        if pred != ex.gold {
            let mut prev_g = START;
            let mut prev_p = START;
            for (t, (&g, &p)) in ex.gold.iter().zip(&pred).enumerate() {
                if g != p {
                    errors += 1;
                    for k in 0..ex.token(t).len() {
                        let f = ex.token(t)[k];
                        self.bump(f, g, 1.0);
                        self.bump(f, p, -1.0);
                    }
                }
                if g != p || prev_g != prev_p {
                    self.bump_trans(prev_g, g, 1.0);
                    self.bump_trans(prev_p, p, -1.0);
                }
                prev_g = g;
                prev_p = p;
            }
        }
        self.c += 1.0;
        errors
    }
}

/// xorshift64*: small, fast and fixed, so shuffles do not depend on a crate's version.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Trains a model on `sentences` (see [`TrainOptions`]).
pub fn train(sentences: &[Sentence], opts: &TrainOptions) -> Model {
    train_with_progress(sentences, opts, |_, _, _| {})
}

/// Like [`train`], calling `progress(epoch, token_errors, tokens)` after each epoch.
pub fn train_with_progress(
    sentences: &[Sentence],
    opts: &TrainOptions,
    mut progress: impl FnMut(usize, usize, usize),
) -> Model {
    let mut buf = FeatureBuf::default();
    let mut examples: Vec<Example> = Vec::with_capacity(sentences.len());
    for s in sentences.iter().filter(|s| !s.tokens.is_empty()) {
        let tokens: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        extract(&tokens, &mut buf);
        examples.push(Example {
            feats: buf.feats.clone(),
            offsets: buf.offsets.clone(),
            gold: s.tags.iter().map(|t| t.index()).collect(),
        });
    }
    if opts.min_count > 1 {
        let mut counts: IdMap<u32> = IdMap::default();
        for ex in &examples {
            for &f in &ex.feats {
                *counts.entry(f).or_default() += 1;
            }
        }
        for ex in &mut examples {
            *ex = ex.filtered(|f| counts.get(&f).is_some_and(|&c| c >= opts.min_count));
        }
    }
    let n_tokens: usize = examples.iter().map(|e| e.gold.len()).sum();
    let mut learner = Learner {
        index: IdMap::default(),
        keys: Vec::new(),
        w: Vec::new(),
        u: Vec::new(),
        trans: [[0.0; N_LABELS]; N_PREV],
        trans_u: [[0.0; N_LABELS]; N_PREV],
        c: 1.0,
    };
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(opts.seed | 1);
    for epoch in 0..opts.epochs {
        rng.shuffle(&mut order);
        let mut errors = 0;
        for &i in &order {
            if let Some(ex) = examples.get(i) {
                if opts.dropout > 0.0 {
                    let threshold = (f64::from(opts.dropout) * u64::MAX as f64) as u64;
                    let ex = ex.filtered(|_| rng.next() >= threshold);
                    errors += learner.step(&ex);
                } else {
                    errors += learner.step(ex);
                }
            }
        }
        progress(epoch + 1, errors, n_tokens);
    }
    let c = learner.c;
    let avg = |w: &Row, u: &Row| -> Row {
        let mut out = [0.0; N_LABELS];
        for ((o, w), u) in out.iter_mut().zip(w).zip(u) {
            *o = w - u / c;
        }
        out
    };
    let mut rows = Vec::with_capacity(learner.keys.len());
    for ((key, w), u) in learner.keys.iter().zip(&learner.w).zip(&learner.u) {
        let mut a = avg(w, u);
        for x in a.iter_mut() {
            if x.abs() < opts.prune {
                *x = 0.0;
            }
        }
        if a.iter().any(|&x| x != 0.0) {
            rows.push((*key, a));
        }
    }
    let mut trans = [[0.0; N_LABELS]; N_PREV];
    for ((t, w), u) in trans.iter_mut().zip(&learner.trans).zip(&learner.trans_u) {
        *t = avg(w, u);
    }
    Model::from_parts(&rows, trans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Kind, Tag, Tagger};

    fn sent(words: &str, tags: &[Tag]) -> Sentence {
        Sentence {
            tokens: words.split_whitespace().map(str::to_owned).collect(),
            tags: tags.to_vec(),
        }
    }

    #[test]
    fn learns_a_tiny_corpus_deterministically() {
        use Tag::*;
        let p = Kind::Pers;
        let l = Kind::Loc;
        let data = vec![
            sent("زار سامر خليل دمشق أمس", &[O, B(p), I(p), B(l), O]),
            sent("وصل سامر خليل إلى حلب", &[O, B(p), I(p), O, B(l)]),
            sent("غادر نبيل حمص صباحا", &[O, B(p), B(l), O]),
            sent(
                "التقى نبيل سامر خليل في حلب",
                &[O, B(p), B(p), I(p), O, B(l)],
            ),
        ];
        let opts = TrainOptions {
            epochs: 8,
            min_count: 1,
            dropout: 0.0,
            ..TrainOptions::default()
        };
        let model = train(&data, &opts);
        assert_eq!(model.to_bytes(), train(&data, &opts).to_bytes());
        // Dropout draws from the seeded generator: still reproducible.
        let noisy = TrainOptions {
            dropout: 0.3,
            ..opts.clone()
        };
        assert_eq!(
            train(&data, &noisy).to_bytes(),
            train(&data, &noisy).to_bytes()
        );
        let tagger = Tagger::new(model);
        for s in &data {
            let tokens: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            assert_eq!(tagger.tag(&tokens), s.tags, "{:?}", s.tokens);
        }
    }
}
