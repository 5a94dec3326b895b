//! rasd-ner: the statistical named-entity tagger of rasd.
//!
//! A structured averaged perceptron over BIO tags (PERS, LOC, ORG, MISC) with first-order
//! transitions, decoded by Viterbi under the constraint that `I-X` only follows `B-X` or `I-X`.
//! Features are hashed into `u64` keys (no strings are built per token): the normalized form,
//! affixes, the clitic-stripped form, shape, hits in the ANERgazet lists and world-cities names
//! (multi-token, with B/I position), trigger words (titles, place and organization heads, speech
//! verbs), distributional word clusters computed from SaudiNewsNet, and a ±2 token window.
//! Training hides 40% of the features of each token at random (dropout) so the model learns the
//! context and cluster features instead of memorizing words. [`AugmentOptions`] can add copies
//! of the sentences with their names swapped for others of the same kind (off by default: no
//! gain on the dev splits).
//!
//! Two more sources of evidence reach beyond the training sentences: a label-distribution
//! table (how often a [`ContextTagger`], which sees a word's context but not the word, tags
//! each SaudiNewsNet word as each kind of name), and a second stage (`stack.rs`) that re-tags a
//! document knowing how the first stage tagged the other occurrences of each word in it
//! ([`Tagger::tag_document`]; [`train_stacked`] trains both stages).
//!
//! - [`Tagger`]: a loaded model; [`Tagger::embedded`] is the shipped one (trained on ANERcorp).
//! - [`spans`]: BIO tags → entity [`Span`]s.
//! - [`conll`]: read `token TAG` files; [`eval`]: entity-level precision, recall and F1.
//! - [`train`]: train a [`Model`] from sentences (what `rasd train-ner` runs).
//!
//! ```
//! use rasd_ner::{spans, Kind, Tagger};
//! let tokens = ["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "."];
//! let tags = Tagger::embedded().tag(&tokens);
//! assert_eq!(tags.len(), tokens.len());
//! let found = spans(&tags);
//! assert!(found.iter().any(|s| s.kind == Kind::Loc && tokens[s.start_token] == "باريس"));
//! ```
#![deny(missing_docs)]

use std::path::Path;
use std::sync::LazyLock;

mod augment;
pub mod conll;
mod error;
pub mod eval;
mod features;
mod model;
mod normalize;
mod stack;
mod train;

pub use augment::AugmentOptions;
pub use conll::Sentence;
pub use error::Error;
pub use model::Model;
pub use normalize::{fold, strip_article_clitics};
pub use stack::{LightOptions, CONLL_WINDOW};
pub use train::{
    train, train_stacked, train_with_progress, CrossValidated, StackOptions, TrainOptions,
};

/// The entity types of ANERcorp.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum Kind {
    /// A person.
    Pers,
    /// A location: country, city, region, geographic feature.
    Loc,
    /// An organization: government body, party, company, agency, team.
    Org,
    /// Anything else with a name (events, nationalities in some annotations, products…).
    Misc,
}

impl Kind {
    /// All kinds, in label order.
    pub const ALL: [Kind; 4] = [Kind::Pers, Kind::Loc, Kind::Org, Kind::Misc];

    /// The label used in ANERcorp (`PERS`, `LOC`, `ORG`, `MISC`).
    pub fn label(self) -> &'static str {
        match self {
            Kind::Pers => "PERS",
            Kind::Loc => "LOC",
            Kind::Org => "ORG",
            Kind::Misc => "MISC",
        }
    }

    /// Parses a type label: `PERS`/`PER`, `LOC`, `ORG`, `MISC`/`MIS` (any case).
    pub fn parse(s: &str) -> Option<Kind> {
        match s.to_ascii_uppercase().as_str() {
            "PERS" | "PER" => Some(Kind::Pers),
            "LOC" => Some(Kind::Loc),
            "ORG" => Some(Kind::Org),
            "MISC" | "MIS" => Some(Kind::Misc),
            _ => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A BIO tag: outside, beginning of an entity, or inside one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    /// Not part of an entity.
    O,
    /// First token of an entity.
    B(Kind),
    /// A following token of an entity.
    I(Kind),
}

/// Number of distinct tags (O plus B and I for each kind).
pub(crate) const N_LABELS: usize = 9;

impl Tag {
    /// Parses `O`, `B-PERS`, `I-LOC`… (also `B_PER`, `I-MIS`).
    pub fn parse(s: &str) -> Option<Tag> {
        if s == "O" {
            return Some(Tag::O);
        }
        let (bio, kind) = s.split_at_checked(1)?;
        let kind = kind.strip_prefix(['-', '_'])?;
        let kind = Kind::parse(kind)?;
        match bio {
            "B" => Some(Tag::B(kind)),
            "I" => Some(Tag::I(kind)),
            _ => None,
        }
    }

    /// The entity kind, if any.
    pub fn kind(self) -> Option<Kind> {
        match self {
            Tag::O => None,
            Tag::B(k) | Tag::I(k) => Some(k),
        }
    }

    /// Label index in `0..9`: O, then B/I for each kind.
    pub(crate) fn index(self) -> usize {
        match self {
            Tag::O => 0,
            Tag::B(k) => 1 + 2 * k.index(),
            Tag::I(k) => 2 + 2 * k.index(),
        }
    }

    /// Inverse of [`Tag::index`]; out-of-range indices map to `O`.
    pub(crate) fn from_index(i: usize) -> Tag {
        match i {
            1..=8 => {
                let kind = Kind::ALL[(i - 1) / 2];
                if i % 2 == 1 {
                    Tag::B(kind)
                } else {
                    Tag::I(kind)
                }
            }
            _ => Tag::O,
        }
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Tag::O => f.write_str("O"),
            Tag::B(k) => write!(f, "B-{}", k.label()),
            Tag::I(k) => write!(f, "I-{}", k.label()),
        }
    }
}

/// An entity found in a tagged sentence: tokens `start_token..end_token` (end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    /// Index of the first token.
    pub start_token: usize,
    /// Index one past the last token.
    pub end_token: usize,
    /// The entity type.
    pub kind: Kind,
}

/// Reads entity spans off BIO tags, as conlleval does: an entity starts at `B-X`, or at an
/// `I-X` that does not continue an entity of type X, and runs over the following `I-X`.
pub fn spans(tags: &[Tag]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Kind)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        let continues = matches!((tag, open), (Tag::I(k), Some((_, o))) if k == o);
        if continues {
            continue;
        }
        if let Some((start, kind)) = open.take() {
            out.push(Span {
                start_token: start,
                end_token: i,
                kind,
            });
        }
        if let Some(kind) = tag.kind() {
            open = Some((i, kind));
        }
    }
    if let Some((start, kind)) = open {
        out.push(Span {
            start_token: start,
            end_token: tags.len(),
            kind,
        });
    }
    out
}

/// A loaded model, ready to tag. `Send + Sync`: share one across threads.
#[derive(Debug)]
pub struct Tagger {
    model: Model,
}

/// The shipped model (see `model/README.md` for its source and how to rebuild it).
static EMBEDDED_MODEL: &[u8] = include_bytes!("../model/ner.bin");

static EMBEDDED: LazyLock<Tagger> = LazyLock::new(|| match Model::from_bytes(EMBEDDED_MODEL) {
    Ok(model) => Tagger { model },
    // The shipped bytes are part of the build, not input: a test loads them, so this only
    // fires if someone commits a model made for other features without retraining.
    Err(err) => panic!("the embedded NER model does not load ({err}); run `rasd train-ner`"),
});

static EMBEDDED_FIRST: LazyLock<Tagger> = LazyLock::new(|| EMBEDDED.first_stage());

static EMBEDDED_LIGHT: LazyLock<Tagger> = LazyLock::new(|| {
    EMBEDDED
        .light_stage()
        .unwrap_or_else(|| EMBEDDED.first_stage())
});

impl Tagger {
    /// The shipped model, parsed once on first use.
    pub fn embedded() -> &'static Tagger {
        &EMBEDDED
    }

    /// The shipped model's first stage alone (no document-level second stage): faster, a
    /// little less accurate than [`Tagger::embedded_light`] (see BENCHMARKS.md).
    pub fn embedded_first_stage() -> &'static Tagger {
        &EMBEDDED_FIRST
    }

    /// The shipped model's first stage with its light second stage (see [`LightOptions`]):
    /// more accurate than the first stage alone, much cheaper than both full stages (see
    /// BENCHMARKS.md, "Session 6"); what the analyzer tags with.
    pub fn embedded_light() -> &'static Tagger {
        &EMBEDDED_LIGHT
    }

    /// This tagger without its second stages.
    pub fn first_stage(&self) -> Tagger {
        Tagger {
            model: self.model.first_stage(),
        }
    }

    /// This tagger's first stage and light second stage, without the full second stage
    /// (`None` if the model has no light stage).
    pub fn light_stage(&self) -> Option<Tagger> {
        Some(Tagger {
            model: self.model.light_stages()?,
        })
    }

    /// Wraps a trained model.
    pub fn new(model: Model) -> Tagger {
        Tagger { model }
    }

    /// Loads a model file written by [`Model::save`].
    pub fn load(path: &Path) -> Result<Tagger, Error> {
        Ok(Tagger {
            model: Model::load(path)?,
        })
    }

    /// The model behind this tagger.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Tags one sentence (or paragraph): one BIO tag per token. Tokens are words and punctuation
    /// as a tokenizer splits them (clitics may stay attached, as in ANERcorp). With a two-stage
    /// model the sentence is its own document; [`Tagger::tag_document`] gives the second stage a
    /// whole article.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Tag> {
        let mut buf = features::FeatureBuf::default();
        self.tag_with(tokens, &mut buf)
    }

    /// Like [`Tagger::tag`], reusing `scratch` across calls to save allocations.
    pub fn tag_with(&self, tokens: &[&str], scratch: &mut Scratch) -> Vec<Tag> {
        if self.model.second().is_none() {
            let labels = match self.model.light() {
                None => self.model.decode_words(tokens, scratch),
                Some(light) => {
                    let em1 = self.model.emissions_words(tokens, scratch);
                    let forms = scratch.forms();
                    let s1 = model::viterbi(&em1, self.model.trans());
                    let mut counts = stack::FormCounts::default();
                    counts.apply(&forms, &s1, false);
                    self.light_decode(light, em1, &forms, &s1, &counts, scratch)
                }
            };
            return labels.into_iter().map(Tag::from_index).collect();
        }
        features::extract(tokens, scratch);
        let labels = match (self.model.second(), self.model.decode_first(scratch)) {
            (Some(second), Some((s1, em2))) => {
                let forms = scratch.forms();
                let mut counts = stack::FormCounts::default();
                counts.apply(&forms, &s1, false);
                let (mut feats, mut offsets) = (
                    std::mem::take(&mut scratch.stack_feats),
                    std::mem::take(&mut scratch.stack_offsets),
                );
                // Only the second stage's own features: the first-stage ones are scored in em2.
                stack::stacked_features(&[], &[], &forms, &s1, &counts, &mut feats, &mut offsets);
                let labels = second.decode_onto(em2, &feats, &offsets);
                scratch.stack_feats = feats;
                scratch.stack_offsets = offsets;
                labels
            }
            _ => self.model.decode(scratch),
        };
        labels.into_iter().map(Tag::from_index).collect()
    }

    /// The first stage's emission scores of each token (before label transitions): one row per
    /// token, labels in the order `O, B-PERS, I-PERS, B-LOC, I-LOC, B-ORG, I-ORG, B-MISC,
    /// I-MISC`. Input for models stacked on this one.
    pub fn first_stage_scores(&self, tokens: &[&str], scratch: &mut Scratch) -> Vec<[f32; 9]> {
        features::extract(tokens, scratch);
        self.model.emissions(scratch)
    }

    /// Tags the sentences (or paragraphs) of one document, e.g. an article's headline and body
    /// paragraphs: with a two-stage model, how a word is tagged elsewhere in the document
    /// informs each of its occurrences. One tag vector per sentence.
    pub fn tag_document(&self, sentences: &[&[&str]]) -> Vec<Vec<Tag>> {
        self.tag_windowed(sentences, usize::MAX)
    }

    /// Tags a run of sentences where each sentence's document is the `window` sentences on each
    /// side of it (for files without article boundaries; see [`CONLL_WINDOW`]).
    pub fn tag_windowed(&self, sentences: &[&[&str]], window: usize) -> Vec<Vec<Tag>> {
        let mut scratch = Scratch::default();
        let to_tags = |l: Vec<usize>| l.into_iter().map(Tag::from_index).collect::<Vec<_>>();
        if let (None, Some(light)) = (self.model.second(), self.model.light()) {
            return self.tag_light(light, sentences, window);
        }
        let Some(second) = self.model.second() else {
            return sentences
                .iter()
                .map(|s| to_tags(self.model.decode_words(s, &mut scratch)))
                .collect();
        };
        let n = sentences.len();
        // Per sentence: the second stage's scores of its first-stage features, its forms and
        // its first-stage labels.
        let mut base = Vec::with_capacity(n);
        let mut forms = Vec::with_capacity(n);
        let mut s1 = Vec::with_capacity(n);
        for s in sentences {
            features::extract(s, &mut scratch);
            let (labels, em2) = match self.model.decode_first(&scratch) {
                Some(x) => x,
                None => (self.model.decode(&scratch), Vec::new()),
            };
            s1.push(labels);
            forms.push(scratch.forms());
            base.push(em2);
        }
        let mut out = vec![Vec::new(); n];
        let (mut feats, mut offsets) = (Vec::new(), Vec::new());
        stack::windowed(&forms, &s1, window, |i, counts| {
            if let (Some(em2), Some(f), Some(l), Some(o)) =
                (base.get_mut(i), forms.get(i), s1.get(i), out.get_mut(i))
            {
                stack::stacked_features(&[], &[], f, l, counts, &mut feats, &mut offsets);
                *o = to_tags(second.decode_onto(std::mem::take(em2), &feats, &offsets));
            }
        });
        out
    }
}

impl Tagger {
    /// [`Tagger::tag_windowed`] with the first stage and the light second stage.
    fn tag_light(
        &self,
        light: &model::Light,
        sentences: &[&[&str]],
        window: usize,
    ) -> Vec<Vec<Tag>> {
        let mut scratch = Scratch::default();
        let n = sentences.len();
        let mut em1 = Vec::with_capacity(n);
        let mut forms = Vec::with_capacity(n);
        let mut s1 = Vec::with_capacity(n);
        for s in sentences {
            let em = self.model.emissions_words(s, &mut scratch);
            s1.push(model::viterbi(&em, self.model.trans()));
            forms.push(scratch.forms());
            em1.push(em);
        }
        let mut out = vec![Vec::new(); n];
        stack::windowed(&forms, &s1, window, |i, counts| {
            if let (Some(em), Some(f), Some(l), Some(o)) =
                (em1.get_mut(i), forms.get(i), s1.get(i), out.get_mut(i))
            {
                let labels =
                    self.light_decode(light, std::mem::take(em), f, l, counts, &mut scratch);
                *o = labels.into_iter().map(Tag::from_index).collect();
            }
        });
        out
    }

    /// The light second stage's labels of one sentence: first-stage scores `em1` and labels
    /// `s1`, token forms, the document's counts; `scratch` lends its second-stage buffers.
    fn light_decode(
        &self,
        light: &model::Light,
        mut em1: Vec<model::Row>,
        forms: &[[u64; 2]],
        s1: &[usize],
        counts: &stack::FormCounts,
        scratch: &mut Scratch,
    ) -> Vec<usize> {
        let (mut feats, mut offsets) = (
            std::mem::take(&mut scratch.stack_feats),
            std::mem::take(&mut scratch.stack_offsets),
        );
        stack::light_features(
            forms,
            s1,
            &em1,
            counts,
            light.opts,
            &mut feats,
            &mut offsets,
        );
        if light.opts.alpha != 1.0 {
            for row in &mut em1 {
                for x in row.iter_mut() {
                    *x *= light.opts.alpha;
                }
            }
        }
        let labels = light.model.decode_onto(em1, &feats, &offsets);
        scratch.stack_feats = feats;
        scratch.stack_offsets = offsets;
        labels
    }
}

/// A tagger that does not see the word it tags, only its context (neighbours, clusters,
/// gazetteer hits, short affixes): run over a large unlabeled corpus, how often it tags each word
/// as a name of each kind is the label-distribution table the full tagger reads
/// (`data/labeldist.tsv`, made by `scripts/ner/gen_labeldist.sh`).
#[derive(Debug)]
pub struct ContextTagger {
    model: Model,
}

impl ContextTagger {
    /// Trains one on `sentences`.
    pub fn train(sentences: &[Sentence], opts: &TrainOptions) -> ContextTagger {
        ContextTagger {
            model: train::train_context(sentences, opts),
        }
    }

    /// Tags one sentence, reusing `scratch`.
    pub fn tag_with(&self, tokens: &[&str], scratch: &mut Scratch) -> Vec<Tag> {
        features::extract_with(tokens, scratch, true);
        self.model
            .decode(scratch)
            .into_iter()
            .map(Tag::from_index)
            .collect()
    }
}

/// Replaces the shipped label-distribution table by `text` (same format) for this process, for
/// experiments on a dev split with a table made without the dev sentences. Must be called
/// before anything is tagged or trained (the table is read once, on first use); returns false
/// if a table was already set.
/// Models trained with another table are refused by a process that has the shipped one.
pub fn set_label_table(text: String) -> bool {
    features::LABELDIST_OVERRIDE.set(text).is_ok()
}

/// Reusable buffers for [`Tagger::tag_with`].
pub type Scratch = features::FeatureBuf;

/// The first-stage feature keys of each token of `tokens`: exactly what the perceptron's
/// training reads for a sentence (before the `min_count` filter and feature dropout), for
/// training other learners on the same features offline (`examples/dump_features.rs`).
/// Depends on the label table in force (see [`set_label_table`]).
#[doc(hidden)]
pub fn first_stage_features(tokens: &[&str]) -> Vec<Vec<u64>> {
    let mut buf = features::FeatureBuf::default();
    features::extract(tokens, &mut buf);
    buf.offsets
        .windows(2)
        .map(|w| buf.feats.get(w[0]..w[1]).unwrap_or_default().to_vec())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_stage_features_are_training_features() {
        let toks = ["قال", "الرئيس", "سامي", "ناصر", "في", "عمان"];
        let per_token = first_stage_features(&toks);
        let mut buf = features::FeatureBuf::default();
        features::extract(&toks, &mut buf);
        assert_eq!(per_token.len(), toks.len());
        assert_eq!(per_token.concat(), buf.feats);
        assert!(per_token.iter().all(|f| !f.is_empty()));
        assert!(first_stage_features(&[]).is_empty());
    }

    #[test]
    fn first_stage_scores_decode_to_the_first_stage_tags() {
        let first = Tagger::embedded_first_stage();
        let tokens = [
            "وصل",
            "الرئيس",
            "محمد",
            "مرسي",
            "الى",
            "القاهرة",
            "امس",
            ".",
        ];
        let mut scratch = Scratch::default();
        let scores = first.first_stage_scores(&tokens, &mut scratch);
        assert_eq!(scores.len(), tokens.len());
        let labels = model::viterbi(&scores, first.model().transitions());
        let tags: Vec<Tag> = labels.into_iter().map(Tag::from_index).collect();
        assert_eq!(tags, first.tag(&tokens));
        assert!(tags.contains(&Tag::B(Kind::Loc)), "{tags:?}");
    }

    #[test]
    fn parses_tags_in_both_label_sets() {
        assert_eq!(Tag::parse("B-PERS"), Some(Tag::B(Kind::Pers)));
        assert_eq!(Tag::parse("I-PER"), Some(Tag::I(Kind::Pers)));
        assert_eq!(Tag::parse("B-MIS"), Some(Tag::B(Kind::Misc)));
        assert_eq!(Tag::parse("O"), Some(Tag::O));
        assert_eq!(Tag::parse("X-LOC"), None);
        assert_eq!(Tag::parse("B-FOO"), None);
        assert_eq!(Tag::parse(""), None);
        for i in 0..N_LABELS {
            assert_eq!(Tag::from_index(i).index(), i);
        }
    }

    #[test]
    fn spans_follow_conlleval() {
        use Kind::*;
        let tags = [
            Tag::B(Pers),
            Tag::I(Pers),
            Tag::O,
            Tag::I(Loc),
            Tag::I(Org),
            Tag::B(Org),
            Tag::B(Org),
        ];
        let got: Vec<_> = spans(&tags)
            .iter()
            .map(|s| (s.start_token, s.end_token, s.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 2, Pers),
                (3, 4, Loc),
                (4, 5, Org),
                (5, 6, Org),
                (6, 7, Org)
            ]
        );
    }

    #[test]
    fn tagger_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Tagger>();
    }

    #[test]
    fn both_stages_scored_in_one_lookup_tag_as_two_lookups_do() {
        let tagger = Tagger::embedded();
        let second = tagger.model.second();
        assert!(second.is_some(), "the shipped model has two stages");
        let Some(second) = second else { return };
        let text = [
            "زار وزير الخارجية سامي العتيبي مدينة جدة أمس .",
            "وقال العتيبي إن شركة أرامكو ستفتتح مكتبا في طوكيو .",
            "التقى العتيبي بالسفير الياباني في الرياض .",
        ];
        let sents: Vec<Vec<&str>> = text.iter().map(|s| s.split(' ').collect()).collect();
        // The two stages the long way: each with its own table, every first-stage feature
        // looked up again by the second.
        let mut scratch = Scratch::default();
        let (mut base, mut forms, mut s1) = (Vec::new(), Vec::new(), Vec::new());
        for s in &sents {
            features::extract(s, &mut scratch);
            s1.push(tagger.model.decode_parts(&scratch.feats, &scratch.offsets));
            forms.push(scratch.forms());
            base.push((scratch.feats.clone(), scratch.offsets.clone()));
        }
        let mut want = Vec::new();
        let (mut feats, mut offsets) = (Vec::new(), Vec::new());
        stack::windowed(&forms, &s1, usize::MAX, |i, counts| {
            let (bf, bo) = &base[i];
            stack::stacked_features(bf, bo, &forms[i], &s1[i], counts, &mut feats, &mut offsets);
            let labels = second.decode_parts(&feats, &offsets);
            want.push(labels.into_iter().map(Tag::from_index).collect::<Vec<_>>());
        });
        let refs: Vec<&[&str]> = sents.iter().map(Vec::as_slice).collect();
        assert_eq!(tagger.tag_document(&refs), want);
        assert!(want.iter().flatten().any(|t| *t != Tag::O));
        // One sentence alone is its own document.
        let mut alone = Vec::new();
        stack::windowed(&forms[..1], &s1[..1], 0, |_, counts| {
            let (bf, bo) = &base[0];
            stack::stacked_features(bf, bo, &forms[0], &s1[0], counts, &mut feats, &mut offsets);
            alone = second.decode_parts(&feats, &offsets);
        });
        let alone: Vec<Tag> = alone.into_iter().map(Tag::from_index).collect();
        assert_eq!(tagger.tag(&sents[0]), alone);
        // The first stage alone is the first stage's labels.
        let first: Vec<Tag> = s1[1].iter().map(|&l| Tag::from_index(l)).collect();
        assert_eq!(tagger.first_stage().tag(&sents[1]), first);
    }

    #[test]
    fn light_stage_with_cached_word_scores_tags_as_the_uncached_scores_do() {
        let tagger = Tagger::embedded_light();
        let Some(light) = tagger.model.light() else {
            panic!("the shipped model has a light stage");
        };
        let text = [
            "استقبل الرئيس المالي آسيمي غويتا في باماكو المبعوث الأمريكي رودولف عطا الله .",
            "وقال عطا الله إن واشنطن تريد تعاونا أوثق مع مالي والنيجر .",
            "وأكد غويتا أن تحالف دول الساحل منفتح على الشركاء .",
        ];
        let sents: Vec<Vec<&str>> = text.iter().map(|s| s.split(' ').collect()).collect();
        // The long way: every feature of every token extracted and looked up.
        let mut scratch = Scratch::default();
        let (mut em1, mut forms, mut s1) = (Vec::new(), Vec::new(), Vec::new());
        for s in &sents {
            features::extract(s, &mut scratch);
            let em = tagger.model.emissions(&scratch);
            s1.push(model::viterbi(&em, tagger.model.trans()));
            forms.push(scratch.forms());
            em1.push(em);
        }
        let mut want = Vec::new();
        stack::windowed(&forms, &s1, usize::MAX, |i, counts| {
            let labels = tagger.light_decode(
                light,
                em1[i].clone(),
                &forms[i],
                &s1[i],
                counts,
                &mut scratch,
            );
            want.push(labels.into_iter().map(Tag::from_index).collect::<Vec<_>>());
        });
        let refs: Vec<&[&str]> = sents.iter().map(Vec::as_slice).collect();
        assert_eq!(tagger.tag_document(&refs), want);
        assert!(want.iter().flatten().any(|t| *t != Tag::O));
        // One sentence alone is its own document, with or without `tag_document`.
        assert_eq!(tagger.tag(&sents[1]), tagger.tag_document(&refs[1..2])[0]);
    }
}
