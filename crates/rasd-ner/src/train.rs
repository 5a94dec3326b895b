//! Training: a structured averaged perceptron (Collins 2002) with Viterbi decoding under the
//! BIO constraints, sentences shuffled each epoch by a fixed-seed generator so a run is
//! reproducible byte for byte.

use crate::augment::{augment, AugmentOptions};
use crate::conll::Sentence;
use crate::features::{extract_with, FeatureBuf, IdMap};
use crate::model::{viterbi, Model, Row, N_PREV, START};
use crate::stack::LightOptions;
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
    /// Perceptrons trained with different shuffling seeds whose weights are averaged into the
    /// model (a cheap ensemble: the tagger still looks each feature up once).
    pub ensemble: usize,
    /// Mention-replacement copies of the training sentences (see [`AugmentOptions`]).
    pub augment: AugmentOptions,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            seed: 0x5eed_4e45,
            prune: 0.01,
            min_count: 2,
            dropout: 0.4,
            ensemble: 1,
            augment: AugmentOptions::default(),
        }
    }
}

/// One sentence's features and gold labels, extracted once.
#[derive(Clone)]
struct Example {
    feats: Vec<u64>,
    offsets: Vec<usize>,
    gold: Vec<usize>,
    /// Fixed scores each token's emissions start from (the first stage's, for the light second
    /// stage); empty for none.
    base: Vec<Row>,
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
            base: self.base.clone(),
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
                let mut row = ex.base.get(t).copied().unwrap_or([0.0f32; N_LABELS]);
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
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator seeded with `seed` (any value).
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    pub(crate) fn next(&mut self) -> u64 {
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

/// Trains a single-stage model on `sentences` (see [`TrainOptions`]).
pub fn train(sentences: &[Sentence], opts: &TrainOptions) -> Model {
    train_with_progress(sentences, opts, |_, _, _| {})
}

/// Like [`train`], calling `progress(epoch, token_errors, tokens)` after each epoch.
pub fn train_with_progress(
    sentences: &[Sentence],
    opts: &TrainOptions,
    progress: impl FnMut(usize, usize, usize),
) -> Model {
    let (mut examples, _) = examples_of(sentences, false);
    examples.extend(augmented(sentences, &opts.augment));
    fit(examples, opts, progress)
}

/// Trains a first stage on the context-only features (see [`crate::ContextTagger`]).
pub(crate) fn train_context(sentences: &[Sentence], opts: &TrainOptions) -> Model {
    let (examples, _) = examples_of(sentences, true);
    fit(examples, opts, |_, _, _| {})
}

/// The examples of the augmented copies of `sentences` (see [`AugmentOptions`]).
fn augmented(sentences: &[Sentence], opts: &AugmentOptions) -> Vec<Example> {
    examples_of(&augment(sentences, opts), false).0
}

/// Base features, gold labels and token forms of every non-empty sentence.
fn examples_of(sentences: &[Sentence], context_only: bool) -> (Vec<Example>, Vec<Vec<[u64; 2]>>) {
    let mut buf = FeatureBuf::default();
    let mut examples: Vec<Example> = Vec::with_capacity(sentences.len());
    let mut forms = Vec::with_capacity(sentences.len());
    for s in sentences.iter().filter(|s| !s.tokens.is_empty()) {
        let tokens: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        extract_with(&tokens, &mut buf, context_only);
        examples.push(Example {
            feats: buf.feats.clone(),
            offsets: buf.offsets.clone(),
            gold: s.tags.iter().map(|t| t.index()).collect(),
            base: Vec::new(),
        });
        forms.push(buf.forms());
    }
    (examples, forms)
}

/// Settings of the document-level second stages.
#[derive(Debug, Clone)]
pub struct StackOptions {
    /// Folds of the cross-validation that gives the second stage first-stage labels of the
    /// training data made by models that did not see them.
    pub folds: usize,
    /// Sentences on each side that make up a sentence's document (files without article
    /// boundaries).
    pub window: usize,
    /// Also train a light second stage with these settings (see [`LightOptions`]).
    pub light: Option<LightOptions>,
    /// Perceptrons (other shuffling seeds) averaged into the light second stage.
    pub light_ensemble: usize,
}

impl Default for StackOptions {
    fn default() -> Self {
        StackOptions {
            folds: 5,
            window: crate::stack::CONLL_WINDOW,
            // Chosen on the three dev splits (BENCHMARKS.md, "Session 6").
            light: Some(LightOptions {
                alpha: 0.2,
                word: true,
                margin: false,
                doc_margin: false,
                lean: true,
            }),
            light_ensemble: 3,
        }
    }
}

/// Trains a two-stage model: the first stage as [`train`] does, and a second stage that also
/// sees the first stage's labels of the token, its neighbours and the other occurrences of its
/// word in the document (see [`StackOptions`]); with [`StackOptions::light`], a light second
/// stage too. `progress(stage, epoch, token_errors, tokens)` is called after each epoch; stage
/// is `"fold k/n"`, `"first"`, `"second"` or `"light"`.
pub fn train_stacked(
    sentences: &[Sentence],
    opts: &TrainOptions,
    stack: &StackOptions,
    mut progress: impl FnMut(&str, usize, usize, usize),
) -> Model {
    let cv = CrossValidated::new(sentences, opts, stack, &mut progress);
    let first = cv.first_stage(opts, &mut progress);
    let second = cv.second_stage(opts, &mut progress);
    let model = Model::stacked(first, second);
    match stack.light {
        Some(light) => {
            let light_opts = TrainOptions {
                ensemble: stack.light_ensemble,
                ..opts.clone()
            };
            let stage = cv.light_stage(&light_opts, light, &mut progress);
            model.with_light_stage(stage, light)
        }
        None => model,
    }
}

/// Training sentences with the first-stage labels and scores that cross-validation gives them
/// (each fold tagged by a first stage trained on the other folds): what second stages are
/// trained on. Built once, it trains any number of second-stage variants.
pub struct CrossValidated {
    sentences: Vec<Sentence>,
    examples: Vec<Example>,
    forms: Vec<Vec<[u64; 2]>>,
    s1: Vec<Vec<usize>>,
    em1: Vec<Vec<Row>>,
    /// The fold models' transitions, averaged.
    trans1: [Row; N_PREV],
    window: usize,
}

impl CrossValidated {
    /// Extracts the features of `sentences` and trains `stack.folds` first stages on all but
    /// one fold each. `progress` as for [`train_stacked`].
    pub fn new(
        sentences: &[Sentence],
        opts: &TrainOptions,
        stack: &StackOptions,
        mut progress: impl FnMut(&str, usize, usize, usize),
    ) -> CrossValidated {
        let sentences: Vec<Sentence> = sentences
            .iter()
            .filter(|s| !s.tokens.is_empty())
            .cloned()
            .collect();
        let (examples, forms) = examples_of(&sentences, false);
        let n = examples.len();
        let folds = stack.folds.clamp(2, n.max(2));
        let mut s1: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut em1: Vec<Vec<Row>> = vec![Vec::new(); n];
        let mut trans1 = [[0.0f32; N_LABELS]; N_PREV];
        for k in 0..folds {
            let (lo, hi) = (k * n / folds, (k + 1) * n / folds);
            let mut rest: Vec<Example> = examples
                .iter()
                .enumerate()
                .filter(|(i, _)| *i < lo || *i >= hi)
                .map(|(_, e)| e.clone())
                .collect();
            if opts.augment.copies > 0 {
                // Copies of the fold's own training sentences only, names drawn from them too.
                let rest_sentences: Vec<Sentence> = sentences
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i < lo || *i >= hi)
                    .map(|(_, s)| s.clone())
                    .collect();
                rest.extend(augmented(&rest_sentences, &opts.augment));
            }
            let name = format!("fold {}/{folds}", k + 1);
            let m = fit(rest, opts, |e, err, tok| progress(&name, e, err, tok));
            for ((ex, l), e) in examples
                .iter()
                .zip(s1.iter_mut())
                .zip(em1.iter_mut())
                .take(hi)
                .skip(lo)
            {
                *e = m.emissions_parts(&ex.feats, &ex.offsets);
                *l = viterbi(e, m.trans());
            }
            for (acc, row) in trans1.iter_mut().zip(m.trans()) {
                for (a, x) in acc.iter_mut().zip(row) {
                    *a += x / folds as f32;
                }
            }
        }
        CrossValidated {
            sentences,
            examples,
            forms,
            s1,
            em1,
            trans1,
            window: stack.window,
        }
    }

    /// The first stage, trained on all the sentences.
    pub fn first_stage(
        &self,
        opts: &TrainOptions,
        mut progress: impl FnMut(&str, usize, usize, usize),
    ) -> Model {
        let mut examples = self.examples.clone();
        examples.extend(augmented(&self.sentences, &opts.augment));
        fit(examples, opts, |e, err, tok| progress("first", e, err, tok))
    }

    /// The full second stage: every first-stage feature and the second stage's own.
    pub fn second_stage(
        &self,
        opts: &TrainOptions,
        mut progress: impl FnMut(&str, usize, usize, usize),
    ) -> Model {
        let mut second: Vec<Example> = Vec::with_capacity(self.examples.len());
        crate::stack::windowed(&self.forms, &self.s1, self.window, |i, counts| {
            if let (Some(ex), Some(f), Some(l)) =
                (self.examples.get(i), self.forms.get(i), self.s1.get(i))
            {
                let mut feats = Vec::new();
                let mut offsets = Vec::new();
                crate::stack::stacked_features(
                    &ex.feats,
                    &ex.offsets,
                    f,
                    l,
                    counts,
                    &mut feats,
                    &mut offsets,
                );
                second.push(Example {
                    feats,
                    offsets,
                    gold: ex.gold.clone(),
                    base: Vec::new(),
                });
            }
        });
        fit(second, opts, |e, err, tok| progress("second", e, err, tok))
    }

    /// A light second stage (see [`LightOptions`]): its own features, scored on top of the
    /// cross-validated first-stage scores times `light.alpha`. Attach it to a model with
    /// [`Model::with_light_stage`].
    pub fn light_stage(
        &self,
        opts: &TrainOptions,
        light: LightOptions,
        mut progress: impl FnMut(&str, usize, usize, usize),
    ) -> Model {
        let mut out: Vec<Example> = Vec::with_capacity(self.examples.len());
        crate::stack::windowed(&self.forms, &self.s1, self.window, |i, counts| {
            if let (Some(ex), Some(f), Some(l), Some(em)) = (
                self.examples.get(i),
                self.forms.get(i),
                self.s1.get(i),
                self.em1.get(i),
            ) {
                let mut feats = Vec::new();
                let mut offsets = Vec::new();
                crate::stack::light_features(f, l, em, counts, light, &mut feats, &mut offsets);
                let base = em.iter().map(|r| r.map(|x| x * light.alpha)).collect();
                out.push(Example {
                    feats,
                    offsets,
                    gold: ex.gold.clone(),
                    base,
                });
            }
        });
        // The first stage's transitions (scaled like its scores) are where the light stage's
        // start: it learns corrections to the first stage, not a tagger of its own.
        let trans0 = self.trans1.map(|r| r.map(|x| x * light.alpha));
        fit_from(out, opts, trans0, |e, err, tok| {
            progress("light", e, err, tok)
        })
    }
}

/// Trains one stage on extracted examples.
fn fit(
    examples: Vec<Example>,
    opts: &TrainOptions,
    progress: impl FnMut(usize, usize, usize),
) -> Model {
    fit_from(examples, opts, [[0.0; N_LABELS]; N_PREV], progress)
}

/// Like [`fit`], with the transitions starting from `trans0` instead of zero.
fn fit_from(
    mut examples: Vec<Example>,
    opts: &TrainOptions,
    trans0: [Row; N_PREV],
    mut progress: impl FnMut(usize, usize, usize),
) -> Model {
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
    let members = opts.ensemble.max(1);
    let mut sum: IdMap<Row> = IdMap::default();
    let mut trans = [[0.0f32; N_LABELS]; N_PREV];
    for m in 0..members {
        let seed = opts.seed.wrapping_add(m as u64 * 0x6a09_e667_f3bc_c909);
        let (rows, tr) = learn(&examples, opts, seed, trans0, &mut progress);
        for (key, w) in rows {
            let acc = sum.entry(key).or_insert([0.0; N_LABELS]);
            for (a, x) in acc.iter_mut().zip(w) {
                *a += x / members as f32;
            }
        }
        for (acc, row) in trans.iter_mut().zip(tr) {
            for (a, x) in acc.iter_mut().zip(row) {
                *a += x / members as f32;
            }
        }
    }
    let mut rows: Vec<(u64, Row)> = sum
        .into_iter()
        .filter_map(|(key, mut w)| {
            for x in w.iter_mut() {
                if x.abs() < opts.prune {
                    *x = 0.0;
                }
            }
            w.iter().any(|&x| x != 0.0).then_some((key, w))
        })
        .collect();
    rows.sort_unstable_by_key(|r| r.0);
    Model::from_parts(&rows, trans)
}

/// One averaged perceptron over `examples`, shuffled by `seed`: averaged weights (unpruned) and
/// transitions.
fn learn(
    examples: &[Example],
    opts: &TrainOptions,
    seed: u64,
    trans0: [Row; N_PREV],
    progress: &mut impl FnMut(usize, usize, usize),
) -> (Vec<(u64, Row)>, [Row; N_PREV]) {
    let n_tokens: usize = examples.iter().map(|e| e.gold.len()).sum();
    let mut learner = Learner {
        index: IdMap::default(),
        keys: Vec::new(),
        w: Vec::new(),
        u: Vec::new(),
        trans: trans0,
        trans_u: [[0.0; N_LABELS]; N_PREV],
        c: 1.0,
    };
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(seed | 1);
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
        rows.push((*key, avg(w, u)));
    }
    let mut trans = [[0.0; N_LABELS]; N_PREV];
    for ((t, w), u) in trans.iter_mut().zip(&learner.trans).zip(&learner.trans_u) {
        *t = avg(w, u);
    }
    (rows, trans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Kind, Tag, Tagger};

    fn sent(words: &str, tags: &[Tag]) -> Sentence {
        Sentence::of(words, tags)
    }

    /// Four sentences with two people and three places, some seen twice.
    fn tiny_corpus() -> Vec<Sentence> {
        use Tag::*;
        let p = Kind::Pers;
        let l = Kind::Loc;
        vec![
            sent("زار سامر خليل دمشق أمس", &[O, B(p), I(p), B(l), O]),
            sent("وصل سامر خليل إلى حلب", &[O, B(p), I(p), O, B(l)]),
            sent("غادر نبيل حمص صباحا", &[O, B(p), B(l), O]),
            sent(
                "التقى نبيل سامر خليل في حلب",
                &[O, B(p), B(p), I(p), O, B(l)],
            ),
        ]
    }

    #[test]
    fn learns_a_tiny_corpus_deterministically() {
        let data = tiny_corpus();
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

    #[test]
    fn two_stage_training_is_reproducible_and_round_trips() {
        use Tag::*;
        let p = Kind::Pers;
        let l = Kind::Loc;
        let mut data = tiny_corpus();
        data.extend([
            sent("عاد خليل إلى دمشق", &[O, B(p), O, B(l)]),
            sent("قال نبيل إن حمص هادئة", &[O, B(p), O, B(l), O]),
        ]);
        let opts = TrainOptions {
            epochs: 8,
            min_count: 1,
            dropout: 0.0,
            ..TrainOptions::default()
        };
        let stack = StackOptions {
            folds: 2,
            window: 2,
            light: Some(LightOptions {
                alpha: 0.2,
                word: true,
                margin: true,
                doc_margin: true,
                lean: true,
            }),
            light_ensemble: 2,
        };
        let model = train_stacked(&data, &opts, &stack, |_, _, _, _| {});
        let bytes = model.to_bytes();
        assert_eq!(
            bytes,
            train_stacked(&data, &opts, &stack, |_, _, _, _| {}).to_bytes()
        );
        let back = Model::from_bytes(&bytes).expect("a two-stage model loads");
        assert_eq!(back.to_bytes(), bytes);
        assert!(back.second().is_some());
        assert_eq!(back.n_features(), model.n_features());
        let tagger = Tagger::new(back);
        let tokens: Vec<Vec<&str>> = data
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        let refs: Vec<&[&str]> = tokens.iter().map(Vec::as_slice).collect();
        let tagged = tagger.tag_windowed(&refs, 2);
        for (s, got) in data.iter().zip(&tagged) {
            assert_eq!(got, &s.tags, "{:?}", s.tokens);
        }
        // A document of one sentence is what `tag` sees.
        assert_eq!(tagger.tag_document(&refs[..1])[0], tagger.tag(refs[0]));
        // A truncated second stage is an error, not a panic.
        assert!(Model::from_bytes(&bytes[..bytes.len() - 3]).is_err());
        // The light second stage travels with the model and tags on its own.
        let light = tagger.light_stage().expect("a light stage was trained");
        assert!(light.model().light().is_some() && light.model().second().is_none());
        assert_eq!(light.tag_document(&refs[..1])[0], light.tag(refs[0]));
        let light_tags = light.tag_windowed(&refs, 2);
        for (s, got) in data.iter().zip(&light_tags) {
            assert_eq!(got.len(), s.tags.len());
        }
        // Without its full second stage the model still round-trips.
        let lone = light.model().to_bytes();
        let back = Model::from_bytes(&lone).expect("first + light stage loads");
        assert_eq!(back.to_bytes(), lone);
        assert!(back.second().is_none() && back.light().is_some());
    }
}
