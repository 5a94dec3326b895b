//! A learned scorer over the rule engine's events: who the actors are, and whether to keep it.
//!
//! The rule engine ([`super::engine`]) finds each event's trigger and code and picks a source and
//! a target. On text by writers its rules were not written from, about a third of its misses
//! are the right code with the wrong actors, and about half of its false alarms are wrong-actor
//! versions of right events. This module re-decides those choices with two linear models over
//! hand-written features, trained on the project's annotated sets (see [`train`]):
//!
//! - **actors**: for each role (source, target) the candidates are no one, every entity named in
//!   the event's sentence, and the engine's own choice (which may come from the context). Each
//!   candidate is scored by a linear model (a softmax ranking with an L2 penalty; the averaged
//!   perceptron of session 6 is still an option of training) over features such as being the engine's
//!   choice, the side of the trigger and the distance to it, the rank among the mentions on that
//!   side, the word or proclitic before the mention (`من`، `على`، `ب`), punctuation or another
//!   event between them, the entity type, and each of these crossed with the CAMEO root (for
//!   targets also, since session 13: the object of the trigger's own clause, the preposition
//!   with the trigger word, where the mention stands against the engine's source, and whether it
//!   is of the source's own country; for both roles a credit before it, `وفق ما أعلنته`); the
//!   best-scoring candidate is the actor. The engine's own choice gets a fixed bonus, at run time
//!   and in training alike (so the weights learn only what it takes to overrule the engine).
//!   The target is re-decided where the engine found none or the source changed; a target the
//!   engine found stays (until session 12 only where the source changed: on the writers of
//!   sessions 6 and 7 more re-deciding lost; on every writer since dev20 filling the missing
//!   targets gains; see BENCHMARKS.md, "Learned event scorer v3").
//! - **keep**: a logistic regression over the event's code, part of speech, negation, the word
//!   before the trigger, cues that do not name the trigger word (inside a quotation, a modality
//!   word before it, its proclitic or future prefix, a pronoun suffix, its place in the
//!   sentence), its chosen actors' types, whether they changed and how sure the actor choice
//!   was, gives the probability that the event is right; below the model's threshold it is
//!   dropped. It ships off (threshold 0, its weights left out of the model): out of fold it
//!   trades recall for precision at about equal F1.
//!
//! The model is a text file (`feature<TAB>weight`, with a `threshold` line), written by
//! `cargo run --release -p rasd-analyze --example train_event_ranker` from the named sets; the
//! features are hashed (FNV-1a) when it is loaded.

use std::collections::HashMap;
use std::ops::Range;

use rasd_model::{Article, Entity, EntityType, Event};

use super::engine;
use super::eval::{gold_entities, record_article, EvalRecord};
use super::text::{self, Token, TokenKind};

/// Where the engine found an event: the trigger token's char offset in its paragraph.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Trigger {
    /// Start of the trigger token (chars); `usize::MAX` when unknown (the event is left as is).
    pub start: usize,
    /// The trigger is a verbal noun.
    pub noun: bool,
    /// The engine's source was named in the sentence, not taken from the context.
    pub explicit: bool,
}

/// A record with the events an engine found in it (gold entities) and their triggers: the
/// material of training and of measurement.
#[derive(Debug, Clone)]
pub struct Sample {
    /// The annotated record.
    pub record: EvalRecord,
    /// The engine's events.
    pub events: Vec<Event>,
    /// Their triggers, one per event.
    pub triggers: Vec<Trigger>,
}

impl Sample {
    /// The current engine's events on `record`, with gold entities.
    pub fn current(record: &EvalRecord) -> Sample {
        let article = record_article(record);
        let gold = gold_entities(record, &article);
        let (_, events, triggers, _) = engine::run_traced(&article, &gold);
        Sample {
            record: record.clone(),
            events,
            triggers,
        }
    }

    /// A sample from events dumped by an older engine whose labels carry the trigger as
    /// `label␁start␁noun␁explicit` (see `examples/support/fresh/`); events without it get an
    /// unknown trigger and are left as the engine made them.
    pub fn from_traced_labels(record: &EvalRecord, mut events: Vec<Event>) -> Sample {
        let mut triggers = Vec::with_capacity(events.len());
        for e in &mut events {
            let parts: Vec<&str> = e.label.split('\u{1}').collect();
            let t = match parts.as_slice() {
                [_, start, noun, explicit] => Trigger {
                    start: start.parse().unwrap_or(usize::MAX),
                    noun: *noun == "true",
                    explicit: *explicit == "true",
                },
                _ => Trigger {
                    start: usize::MAX,
                    ..Trigger::default()
                },
            };
            if let Some(l) = parts.first() {
                e.label = l.to_string();
            }
            triggers.push(t);
        }
        Sample {
            record: record.clone(),
            events,
            triggers,
        }
    }

    /// The sample's events after `ranker` (all of them unchanged when `None`), less the repeats
    /// the pipeline drops ([`crate::events::drop_repeats`]).
    pub fn events_with(&self, ranker: Option<&Ranker>) -> Vec<Event> {
        let mut events = self.events.clone();
        if let Some(r) = ranker {
            let article = record_article(&self.record);
            let gold = gold_entities(&self.record, &article);
            let mut triggers = self.triggers.clone();
            apply(r, &article, &gold, &mut events, &mut triggers, Vec::new());
        }
        crate::events::drop_repeats(&mut events);
        events
    }
}

/// Feature ids are FNV hashes already: maps keyed by them use them as they are.
#[derive(Debug, Default, Clone, Copy)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by feature id.
type IdMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<IdHasher>>;

/// A trained scorer: feature weights and the keep threshold.
#[derive(Debug, Clone, Default)]
pub struct Ranker {
    weights: IdMap<f32>,
    threshold: f32,
    /// Added to the score of the engine's own choice, per role (source, target): how sure the
    /// model must be to overrule it.
    bonus: [f32; 2],
    /// When the target is re-decided: [`TargetMode`].
    target_mode: TargetMode,
}

/// When the scorer re-decides an event's target.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TargetMode {
    /// Always.
    Always,
    /// Only when it changed the source (a subject taken for the object, or the reverse): the
    /// shipped choice of sessions 6 and 7, when re-deciding every target did not help out of
    /// fold on the writers of that time.
    WhenSourceChanges,
    /// Never: the engine's target stays.
    Never,
    /// Where the engine found no target, or the source changed: a target the engine found
    /// stays. The shipped choice since session 12: out of fold it gained on every writer since
    /// dev20 and lost less than [`TargetMode::Always`] where the engine was tuned.
    #[default]
    WhenMissing,
}

/// The two roles an actor can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RoleKind {
    Source,
    Target,
}

impl RoleKind {
    fn tag(self) -> &'static str {
        match self {
            RoleKind::Source => "s",
            RoleKind::Target => "t",
        }
    }
}

/// The shipped model (see the module doc; written by the `train_event_ranker` example).
const MODEL: &str = include_str!("../../data/event-ranker.tsv");

/// FNV-1a, 64 bits: the features' ids, the same on every machine.
fn fnv(s: &str) -> u64 {
    fnv_pieces(&[s])
}

/// [`fnv`] of `pieces` joined, without joining them (FNV-1a runs over the bytes in order, however
/// they are split).
fn fnv_pieces(pieces: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in pieces.iter().flat_map(|p| p.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A count in a feature name, as `Display` writes it; counts are capped at 4 or less before
/// they get here, so anything above 9 is only a guard.
fn small(n: usize) -> &'static str {
    const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    DIGITS.get(n).copied().unwrap_or("9+")
}

/// A flag in a feature name, as `Display` writes it.
fn flag(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// Words that credit a report to whoever is named after them (normalized).
const CREDIT_WORDS: &[&str] = &["وفق", "وفقا", "بحسب", "حسب", "نقلا"];

/// Words that open a new clause between a trigger and a later mention (normalized): a mention
/// behind one of them is no object of the trigger's own clause.
const CLAUSE_OPENERS: &[&str] = &[
    "ان",
    "الذي",
    "التي",
    "الذين",
    "حيث",
    "بينما",
    "فيما",
    "كما",
    "لكن",
    "بعد",
    "قبل",
    "عندما",
    "اذ",
];

/// A piece of a feature name as text, whatever string type holds it.
fn piece<T: AsRef<str> + ?Sized>(x: &T) -> &str {
    x.as_ref()
}

/// Collects feature ids (and their names, when training), or, given a model, only sums their
/// weights (at run time: no list per candidate); one buffer for every name.
struct Sink<'a> {
    names: Option<&'a mut HashMap<u64, String>>,
    model: Option<&'a Ranker>,
    /// The weights summed since the last [`Sink::take`].
    acc: f32,
    buf: String,
}

impl<'a> Sink<'a> {
    fn new(names: Option<&'a mut HashMap<u64, String>>) -> Sink<'a> {
        Sink {
            names,
            model: None,
            acc: 0.0,
            buf: String::with_capacity(64),
        }
    }

    fn scoring(model: &'a Ranker) -> Sink<'a> {
        Sink {
            model: Some(model),
            ..Sink::new(None)
        }
    }

    /// Adds the feature named by `pieces` joined (its id is [`fnv`] of the whole name).
    /// Scoring hashes the pieces as they are, with no formatting and no string.
    fn add(&mut self, out: &mut Vec<u64>, pieces: &[&str]) {
        if let Some(m) = self.model {
            self.acc += m.weights.get(&fnv_pieces(pieces)).copied().unwrap_or(0.0);
            return;
        }
        self.buf.clear();
        for p in pieces {
            self.buf.push_str(p);
        }
        let id = fnv(&self.buf);
        if let Some(names) = self.names.as_deref_mut() {
            names.entry(id).or_insert_with(|| self.buf.clone());
        }
        out.push(id);
    }

    /// The weights summed since the last call (scoring only).
    fn take(&mut self) -> Option<f32> {
        self.model.map(|_| std::mem::take(&mut self.acc))
    }
}

impl Ranker {
    /// Reads a model written by [`Ranker::to_text`]; `what` names the source in errors.
    pub fn parse(text: &str, what: &str) -> Result<Ranker, String> {
        let mut r = Ranker::default();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(name), Some(w), None) = (cols.next(), cols.next(), cols.next()) else {
                return Err(format!(
                    "{what}:{}: expected `feature<TAB>weight`, got {line:?}",
                    n + 1
                ));
            };
            let w: f32 = w
                .trim()
                .parse()
                .map_err(|e| format!("{what}:{}: weight {w:?}: {e}", n + 1))?;
            if name == "threshold" {
                r.threshold = w;
            } else if name == "target_mode" {
                r.target_mode = match w as i32 {
                    0 => TargetMode::Always,
                    1 => TargetMode::WhenSourceChanges,
                    3 => TargetMode::WhenMissing,
                    _ => TargetMode::Never,
                };
            } else if name == "bonus_source" {
                r.bonus[0] = w;
            } else if name == "bonus_target" {
                r.bonus[1] = w;
            } else {
                *r.weights.entry(fnv(name)).or_insert(0.0) += w;
            }
        }
        Ok(r)
    }

    /// The shipped model (`data/event-ranker.tsv`), parsed once; `None` when it holds no
    /// weights.
    pub fn builtin() -> Option<&'static Ranker> {
        static BUILTIN: std::sync::OnceLock<Option<Ranker>> = std::sync::OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                Ranker::parse(MODEL, "data/event-ranker.tsv")
                    .ok()
                    .filter(|r| !r.is_empty())
            })
            .as_ref()
    }

    /// The keep threshold: events whose keep probability is below it are dropped.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    /// The same model with another keep threshold (0 keeps every event).
    pub fn with_threshold(mut self, threshold: f32) -> Ranker {
        self.threshold = threshold;
        self
    }

    /// The same model with other bonuses for the engine's own source and target.
    pub fn with_bonus(mut self, source: f32, target: f32) -> Ranker {
        self.bonus = [source, target];
        self
    }

    /// The same model with another rule for re-deciding targets.
    pub fn with_target_mode(mut self, mode: TargetMode) -> Ranker {
        self.target_mode = mode;
        self
    }

    /// How many features carry a weight.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// True when no feature carries a weight.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    fn score(&self, feats: &[u64]) -> f32 {
        feats
            .iter()
            .map(|f| self.weights.get(f).copied().unwrap_or(0.0))
            .sum()
    }
}

/// A paragraph's chars, tokens and sentences as the engine read them.
#[derive(Debug, Clone)]
pub(crate) struct ParaText {
    /// The paragraph's index in the body.
    pub(crate) index: usize,
    /// Its chars.
    pub(crate) chars: Vec<char>,
    /// Its tokens (`text::tokenize`).
    pub(crate) tokens: Vec<Token>,
    /// Its sentences (`text::sentences`), as token ranges.
    pub(crate) sentences: Vec<Range<usize>>,
}

/// An entity mention on tokens: (entity, first token, last token exclusive, starts inside its
/// first token behind a proclitic).
type TokMention = (usize, usize, usize, bool);

/// A paragraph seen by the scorer: tokens, sentences and entity mentions on tokens.
struct ParaView {
    chars: Vec<char>,
    tokens: Vec<Token>,
    sentences: Vec<Range<usize>>,
    mentions: Vec<TokMention>,
}

impl ParaView {
    fn new(index: usize, paragraph: &str, entities: &[Entity]) -> ParaView {
        let chars: Vec<char> = paragraph.chars().collect();
        let tokens = text::tokenize(&chars);
        let sentences = text::sentences(&chars, &tokens);
        ParaView::from_text(
            ParaText {
                index,
                chars,
                tokens,
                sentences,
            },
            entities,
        )
    }

    fn from_text(p: ParaText, entities: &[Entity]) -> ParaView {
        let ParaText {
            index,
            chars,
            tokens,
            sentences,
        } = p;
        let mut mentions = Vec::new();
        for (ei, e) in entities.iter().enumerate() {
            for m in e
                .mentions
                .iter()
                .filter(|m| m.paragraph == index && m.part.is_body())
            {
                if m.start >= m.end || m.end > chars.len() {
                    continue;
                }
                let first = tokens.partition_point(|t| t.end <= m.start);
                let last = tokens.partition_point(|t| t.start < m.end);
                if first < last && first < tokens.len() {
                    let inside = tokens.get(first).is_some_and(|t| t.start < m.start);
                    mentions.push((ei, first, last, inside));
                }
            }
        }
        mentions.sort_by_key(|m| (m.1, m.2));
        ParaView {
            chars,
            tokens,
            sentences,
            mentions,
        }
    }

    /// The token that starts at or covers char `c`.
    fn token_at(&self, c: usize) -> usize {
        self.tokens.partition_point(|t| t.end <= c)
    }

    fn sentence_of(&self, tok: usize) -> Range<usize> {
        self.sentences
            .iter()
            .find(|r| r.contains(&tok))
            .cloned()
            .unwrap_or(0..self.tokens.len())
    }

    fn norm(&self, tok: usize) -> &str {
        self.tokens.get(tok).map_or("", |t| t.norm.as_str())
    }
}

fn bucket(d: usize) -> &'static str {
    match d {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4..=5 => "4-5",
        6..=8 => "6-8",
        9..=12 => "9-12",
        _ => "13+",
    }
}

fn kind_tag(e: &Entity) -> &'static str {
    match e.kind {
        EntityType::Person => "per",
        EntityType::Organization => "org",
        EntityType::Location => "loc",
    }
}

/// One role's candidates: the entity each stands for (`None`: no one) and its feature ids.
#[derive(Debug, Clone, Default)]
struct RoleCands {
    who: Vec<Option<usize>>,
    /// Each candidate's score, when the features were scored as they were made.
    scores: Vec<f32>,
    feats: Vec<Vec<u64>>,
}

/// What the scorer knows of one engine event.
#[derive(Debug, Clone)]
struct EventView {
    root: String,
    /// The engine's source and target (entity indices).
    engine: [Option<usize>; 2],
    roles: [RoleCands; 2],
    /// Fixed keep features (those that do not depend on the chosen actors).
    keep_base: Vec<String>,
}

/// Builds the views of `events` (found by the engine with `triggers`).
/// Which features [`views`] computes.
#[derive(Debug, Clone, Copy)]
struct Need<'a> {
    /// Only the events marked (all when `None`); the others keep the engine's choices.
    only: Option<&'a [bool]>,
    /// Target candidates for the events marked (all when `None`).
    targets: Option<&'a [bool]>,
    /// The keep model's features.
    keep: bool,
}

impl Need<'_> {
    const ALL: Need<'static> = Need {
        only: None,
        targets: None,
        keep: true,
    };
}

/// The views of each paragraph, by index: those the engine handed over, the others made from
/// the article when an event needs them.
fn para_views(
    article: &Article,
    entities: &[Entity],
    texts: Vec<ParaText>,
) -> Vec<Option<ParaView>> {
    let mut paras: Vec<Option<ParaView>> = Vec::new();
    paras.resize_with(article.body.len(), || None);
    for t in texts {
        let i = t.index;
        if let Some(slot) = paras.get_mut(i) {
            *slot = Some(ParaView::from_text(t, entities));
        }
    }
    paras
}

fn views(
    article: &Article,
    entities: &[Entity],
    events: &[Event],
    triggers: &[Trigger],
    paras: &mut Vec<Option<ParaView>>,
    need: Need<'_>,
    sink: &mut Sink<'_>,
) -> Vec<EventView> {
    let index: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let freq: Vec<usize> = entities.iter().map(|e| e.mentions.len()).collect();
    // Trigger tokens of every event, per paragraph, for "another event in between".
    let mut out = Vec::with_capacity(events.len());
    let mut prev_source: Option<usize> = None;
    for (k, (ev, trig)) in events.iter().zip(triggers).enumerate() {
        let p = ev.paragraph;
        if p >= paras.len() {
            paras.resize_with(p + 1, || None);
        }
        let Some(slot) = paras.get_mut(p) else {
            continue;
        };
        if slot.is_none() {
            let text = article.body.get(p).map_or("", String::as_str);
            *slot = Some(ParaView::new(p, text, entities));
        }
        let Some(view) = slot.as_ref() else {
            continue;
        };
        let eng = [
            ev.source.as_deref().and_then(|s| index.get(s).copied()),
            ev.target.as_deref().and_then(|s| index.get(s).copied()),
        ];
        let root = ev.code.get(..2).unwrap_or("").to_string();
        let wanted = need.only.is_none_or(|m| m.get(k).copied().unwrap_or(false));
        if trig.start == usize::MAX || !wanted {
            // Unknown trigger, or not asked for: only the engine's choices, kept.
            if trig.start != usize::MAX && eng[0].is_some() {
                prev_source = eng[0];
            }
            let only = |e: Option<usize>| RoleCands {
                who: vec![e],
                scores: Vec::new(),
                feats: vec![Vec::new()],
            };
            out.push(EventView {
                root,
                engine: eng,
                roles: [only(eng[0]), only(eng[1])],
                keep_base: vec!["K|untraced".to_string()],
            });
            continue;
        }
        let t = view.token_at(trig.start);
        let sent = view.sentence_of(t);
        let other_triggers: Vec<usize> = events
            .iter()
            .zip(triggers)
            .enumerate()
            .filter(|(j, (e, _))| *j != k && e.paragraph == p)
            .filter(|(_, (_, tr))| tr.start != usize::MAX)
            .map(|(_, (_, tr))| view.token_at(tr.start))
            .filter(|x| sent.contains(x))
            .collect();
        let pos = if trig.noun { "n" } else { "v" };
        let tw = view.norm(t).to_string();
        // Mentions in the sentence, nearest to the trigger per entity.
        let in_sent: Vec<&TokMention> = view
            .mentions
            .iter()
            .filter(|m| m.1 >= sent.start && m.1 < sent.end)
            .collect();
        let mut nearest: Vec<(usize, TokMention, usize)> = Vec::new();
        for m in &in_sent {
            let d = if m.2 <= t {
                t - m.2
            } else if m.1 > t {
                m.1 - t - 1
            } else {
                0
            };
            match nearest.iter_mut().find(|x| x.0 == m.0) {
                Some(x) if d < x.2 => *x = (m.0, **m, d),
                Some(_) => {}
                None => nearest.push((m.0, **m, d)),
            }
        }
        let n_ents = nearest.len();
        let first_ent = in_sent.first().map(|m| m.0);
        let mut roles: [RoleCands; 2] = [RoleCands::default(), RoleCands::default()];
        for (ri, role) in [RoleKind::Source, RoleKind::Target].into_iter().enumerate() {
            let need_target = need
                .targets
                .is_none_or(|m| m.get(k).copied().unwrap_or(false));
            if role == RoleKind::Target && !need_target {
                if let Some(slot) = roles.get_mut(ri) {
                    *slot = RoleCands {
                        who: vec![eng[1]],
                        scores: Vec::new(),
                        feats: vec![Vec::new()],
                    };
                }
                continue;
            }
            let r = role.tag();
            let mut who: Vec<Option<usize>> = vec![None];
            for x in &nearest {
                if !who.contains(&Some(x.0)) {
                    who.push(Some(x.0));
                }
            }
            if let Some(e) = eng.get(ri).copied().flatten() {
                if !who.contains(&Some(e)) {
                    who.push(Some(e));
                }
            }
            let mut feats = Vec::with_capacity(who.len());
            let mut scores = Vec::with_capacity(who.len());
            for cand in &who {
                let mut f = if sink.model.is_some() {
                    Vec::new()
                } else {
                    Vec::with_capacity(32)
                };
                let is_eng = eng.get(ri).copied().flatten() == *cand;
                let is_oeng = cand.is_some() && eng.get(1 - ri).copied().flatten() == *cand;
                let Some(e) = *cand else {
                    sink.add(&mut f, &[piece(&r), "|none"]);
                    sink.add(&mut f, &[piece(&r), "|none|c=", piece(&root)]);
                    sink.add(&mut f, &[piece(&r), "|none|p=", piece(&pos)]);
                    sink.add(&mut f, &[r, "|none|n=", small(n_ents.min(4))]);
                    sink.add(&mut f, &[piece(&r), "|none|tw=", piece(&tw)]);
                    if is_eng {
                        sink.add(&mut f, &[piece(&r), "|none|eng"]);
                        sink.add(&mut f, &[piece(&r), "|none|eng|c=", piece(&root)]);
                    }
                    feats.push(f);
                    scores.extend(sink.take());
                    continue;
                };
                let ent = entities.get(e);
                let kind = ent.map_or("oth", kind_tag);
                sink.add(&mut f, &[piece(&r), "|ent"]);
                sink.add(&mut f, &[piece(&r), "|k=", piece(&kind)]);
                sink.add(
                    &mut f,
                    &[piece(&r), "|k=", piece(&kind), "|c=", piece(&root)],
                );
                let fr = freq.get(e).copied().unwrap_or(0).min(3);
                sink.add(&mut f, &[r, "|freq=", small(fr)]);
                if is_eng {
                    sink.add(&mut f, &[piece(&r), "|eng"]);
                    sink.add(&mut f, &[piece(&r), "|eng|c=", piece(&root)]);
                    sink.add(&mut f, &[piece(&r), "|eng|k=", piece(&kind)]);
                    if role == RoleKind::Source {
                        sink.add(&mut f, &[r, "|eng|expl=", flag(trig.explicit)]);
                    }
                }
                if is_oeng {
                    sink.add(&mut f, &[piece(&r), "|oeng"]);
                    sink.add(&mut f, &[piece(&r), "|oeng|c=", piece(&root)]);
                }
                if prev_source == Some(e) {
                    sink.add(&mut f, &[piece(&r), "|prevsrc"]);
                    sink.add(&mut f, &[piece(&r), "|prevsrc|c=", piece(&root)]);
                }
                if first_ent == Some(e) {
                    sink.add(&mut f, &[piece(&r), "|first"]);
                }
                match nearest.iter().find(|x| x.0 == e) {
                    None => {
                        let in_para = view.mentions.iter().any(|m| m.0 == e && m.1 < sent.start);
                        sink.add(&mut f, &[r, "|out|para=", flag(in_para)]);
                        sink.add(&mut f, &[piece(&r), "|out|c=", piece(&root)]);
                        sink.add(&mut f, &[piece(&r), "|out|p=", piece(&pos)]);
                    }
                    Some((_, m, d)) => {
                        let side = if m.2 <= t {
                            "b"
                        } else if m.1 > t {
                            "a"
                        } else {
                            "o"
                        };
                        let db = bucket(*d);
                        sink.add(&mut f, &[piece(&r), "|side=", piece(&side)]);
                        sink.add(
                            &mut f,
                            &[piece(&r), "|side=", piece(&side), "|d=", piece(&db)],
                        );
                        sink.add(
                            &mut f,
                            &[
                                piece(&r),
                                "|side=",
                                piece(&side),
                                "|d=",
                                piece(&db),
                                "|p=",
                                piece(&pos),
                            ],
                        );
                        sink.add(
                            &mut f,
                            &[piece(&r), "|side=", piece(&side), "|c=", piece(&root)],
                        );
                        sink.add(
                            &mut f,
                            &[
                                piece(&r),
                                "|side=",
                                piece(&side),
                                "|d=",
                                piece(&db),
                                "|c=",
                                piece(&root),
                            ],
                        );
                        sink.add(
                            &mut f,
                            &[piece(&r), "|side=", piece(&side), "|k=", piece(&kind)],
                        );
                        sink.add(
                            &mut f,
                            &[piece(&r), "|side=", piece(&side), "|tw=", piece(&tw)],
                        );
                        // Rank among the entities on the same side, nearest first.
                        let rank = nearest
                            .iter()
                            .filter(|x| {
                                let xs = if x.1 .2 <= t {
                                    "b"
                                } else if x.1 .1 > t {
                                    "a"
                                } else {
                                    "o"
                                };
                                xs == side && x.2 < *d
                            })
                            .count()
                            .min(3);
                        sink.add(&mut f, &[r, "|side=", side, "|rank=", small(rank)]);
                        sink.add(
                            &mut f,
                            &[
                                r,
                                "|side=",
                                side,
                                "|rank=",
                                small(rank),
                                "|c=",
                                piece(&root),
                            ],
                        );
                        sink.add(
                            &mut f,
                            &[r, "|side=", side, "|rank=", small(rank), "|p=", pos],
                        );
                        // The word or proclitic before the mention.
                        let prev = if m.3 {
                            let tok = view.tokens.get(m.1);
                            let start = tok.map_or(0, |x| x.start);
                            let pre: String = view
                                .chars
                                .get(start..)
                                .unwrap_or_default()
                                .iter()
                                .take_while(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك'))
                                .collect();
                            format!("+{pre}")
                        } else if m.1 > sent.start {
                            let pt = view.tokens.get(m.1 - 1);
                            match pt {
                                Some(x) if x.kind == TokenKind::Punct => format!("p{}", x.norm),
                                Some(x) => x.norm.clone(),
                                None => "^".into(),
                            }
                        } else {
                            "^".into()
                        };
                        sink.add(&mut f, &[piece(&r), "|prev=", piece(&prev)]);
                        sink.add(
                            &mut f,
                            &[piece(&r), "|prev=", piece(&prev), "|side=", piece(&side)],
                        );
                        sink.add(
                            &mut f,
                            &[piece(&r), "|prev=", piece(&prev), "|c=", piece(&root)],
                        );
                        // What stands between the trigger and the mention.
                        let (lo, hi) = if side == "a" { (t + 1, m.1) } else { (m.2, t) };
                        let between = view.tokens.get(lo..hi).unwrap_or_default();
                        if between.iter().any(|x| x.kind == TokenKind::Punct) {
                            sink.add(&mut f, &[piece(&r), "|pb"]);
                            sink.add(&mut f, &[piece(&r), "|pb|side=", piece(&side)]);
                        }
                        if other_triggers.iter().any(|x| *x >= lo && *x < hi) {
                            sink.add(&mut f, &[piece(&r), "|eb"]);
                            sink.add(&mut f, &[piece(&r), "|eb|side=", piece(&side)]);
                        }
                        let ents_between = nearest
                            .iter()
                            .filter(|x| x.0 != e && x.1 .1 >= lo && x.1 .2 <= hi)
                            .count()
                            .min(2);
                        sink.add(&mut f, &[r, "|nb=", small(ents_between), "|side=", side]);
                        // A credit: the mention names who reported the act (وفق ما أعلنته X),
                        // seldom its actor.
                        let lo4 = m.1.saturating_sub(4).max(sent.start);
                        if (lo4..m.1).any(|i| CREDIT_WORDS.contains(&view.norm(i))) {
                            sink.add(&mut f, &[piece(&r), "|credit"]);
                            sink.add(&mut f, &[piece(&r), "|credit|c=", piece(&root)]);
                        }
                        // Target features (session 13): the object of the trigger's own clause,
                        // the preposition before the mention with the trigger word (the
                        // preposition a verb takes its object with), the entity type with the
                        // side and the root, and where the mention stands against the engine's
                        // source.
                        if role == RoleKind::Target {
                            // In the trigger's clause: after it, nothing that opens another.
                            let open = between.iter().any(|b| {
                                b.kind == TokenKind::Punct
                                    || CLAUSE_OPENERS.contains(&b.norm.as_str())
                            }) || other_triggers.iter().any(|x| *x >= lo && *x < hi);
                            let obj = side == "a" && !open;
                            sink.add(&mut f, &["t|obj=", flag(obj), "|c=", piece(&root)]);
                            sink.add(&mut f, &["t|obj=", flag(obj), "|k=", kind]);
                            sink.add(&mut f, &["t|prev=", piece(&prev), "|tw=", piece(&tw)]);
                            sink.add(&mut f, &["t|k=", kind, "|side=", side, "|c=", piece(&root)]);
                            // Where it stands against the engine's source in the sentence.
                            let src = eng[0].and_then(|s| nearest.iter().find(|n| n.0 == s));
                            let rel = match src {
                                None => "none",
                                Some(sm) if m.1 < sm.1 .1 => "before",
                                Some(sm) if m.1 < t && sm.1 .1 < t => "between",
                                Some(_) => "after",
                            };
                            sink.add(&mut f, &["t|srel=", rel, "|side=", side]);
                            sink.add(&mut f, &["t|srel=", rel, "|c=", piece(&root)]);
                        }
                    }
                }
                if role == RoleKind::Target {
                    // Of the engine source's own country (its state, its bodies): seldom the
                    // target of its act.
                    let sc = eng[0].is_some_and(|s| {
                        s != e
                            && entities.get(s).and_then(|x| x.country.as_deref()).is_some()
                            && entities.get(s).and_then(|x| x.country.as_deref())
                                == ent.and_then(|x| x.country.as_deref())
                    });
                    sink.add(&mut f, &["t|sc=", flag(sc), "|k=", kind]);
                    sink.add(&mut f, &["t|sc=", flag(sc), "|c=", piece(&root)]);
                }
                feats.push(f);
                scores.extend(sink.take());
            }
            if let Some(slot) = roles.get_mut(ri) {
                *slot = RoleCands { who, scores, feats };
            }
        }
        if !need.keep {
            if eng[0].is_some() {
                prev_source = eng[0];
            }
            out.push(EventView {
                root,
                engine: eng,
                roles,
                keep_base: Vec::new(),
            });
            continue;
        }
        let first_word = t == sent.start
            || (t == sent.start + 1
                && view
                    .tokens
                    .get(sent.start)
                    .is_some_and(|x| x.kind == TokenKind::Punct));
        let prevw = if t > sent.start {
            view.norm(t - 1).to_string()
        } else {
            "^".into()
        };
        let same_root = events
            .iter()
            .enumerate()
            .filter(|(j, e)| {
                *j != k && e.sentence == ev.sentence && e.code.get(..2) == ev.code.get(..2)
            })
            .count()
            .min(2);
        let cues = keep_cues(view, t, &sent, trig.start);
        let mut keep_base = vec![
            "K|bias".to_string(),
            format!("K|c={root}"),
            format!("K|p={pos}"),
            format!("K|p={pos}|c={root}"),
            format!("K|neg={}", ev.negated),
            format!("K|neg={}|c={root}", ev.negated),
            format!("K|expl={}", trig.explicit),
            format!("K|first={first_word}"),
            format!("K|prevw={prevw}"),
            format!("K|n={}", n_ents.min(4)),
            format!("K|same={same_root}"),
            format!("K|nev={}", other_triggers.len().min(3)),
        ];
        for c in cues {
            keep_base.push(format!("K|{c}"));
            keep_base.push(format!("K|{c}|c={root}"));
            keep_base.push(format!("K|{c}|p={pos}"));
        }
        if eng[0].is_some() {
            prev_source = eng[0];
        }
        out.push(EventView {
            root,
            engine: eng,
            roles,
            keep_base,
        });
    }
    out
}

/// Words before a trigger that make it planned, wished, possible or conditional rather than done
/// (normalized): يعتزم، من المقرر، قد، سوف، إذا…
const MODALITY: &[&str] = &[
    "قد",
    "سوف",
    "لن",
    "يعتزم",
    "تعتزم",
    "اعتزام",
    "المقرر",
    "مقرر",
    "المتوقع",
    "يتوقع",
    "تتوقع",
    "ينوي",
    "تنوي",
    "نيه",
    "يريد",
    "تريد",
    "يسعي",
    "تسعي",
    "محاوله",
    "بهدف",
    "اذا",
    "لو",
    "امكانيه",
    "احتمال",
    "استعداد",
    "استعدادها",
    "استعداده",
    "مستعد",
    "مستعده",
    "تهدد",
    "يهدد",
    "دعا",
    "دعت",
    "طالب",
    "طالبت",
    "الي",
    "يجب",
    "ضروره",
    "بضروره",
];

/// Cues for the keep model that do not name the trigger word (so that they carry over to
/// triggers the lexicon gains later): inside a quotation, a modality word in the three words
/// before, a proclitic or future prefix on the trigger, a pronoun suffix on a noun trigger, where
/// in the sentence it stands, and how long the sentence is.
fn keep_cues(view: &ParaView, t: usize, sent: &Range<usize>, start: usize) -> Vec<String> {
    let mut out = Vec::new();
    let before = view.chars.get(..start).unwrap_or_default();
    let count = |c: char| before.iter().filter(|x| **x == c).count();
    let inq = count('«') > count('»') || count('“') > count('”') || count('"') % 2 == 1;
    out.push(format!("inq={inq}"));
    let lo = t.saturating_sub(3).max(sent.start);
    let modal = (lo..t).rev().find_map(|i| {
        let w = view.norm(i);
        MODALITY.contains(&w).then_some(w)
    });
    out.push(format!("mod={}", modal.unwrap_or("-")));
    let w = view.norm(t);
    let pre = match w.chars().next() {
        Some('س')
            if w.chars()
                .nth(1)
                .is_some_and(|c| matches!(c, 'ي' | 'ت' | 'ن')) =>
        {
            "fut"
        }
        Some('و') => "wa",
        Some('ف') => "fa",
        Some('ب') => "bi",
        Some('ل') if !w.starts_with("ال") => "li",
        Some('ا') if w.starts_with("ال") => "al",
        _ => "-",
    };
    out.push(format!("pre={pre}"));
    let suf = ["ها", "هم", "هما", "ه"]
        .iter()
        .find(|s| w.ends_with(**s))
        .copied()
        .unwrap_or("-");
    out.push(format!("suf={suf}"));
    let len = sent.end.saturating_sub(sent.start);
    let at = t.saturating_sub(sent.start) * 3 / len.max(1);
    out.push(format!("at={}", small(at.min(2))));
    out.push(format!("len={}", bucket(len / 4)));
    out
}

/// The scorer's decision on one event.
#[derive(Debug, Clone, Copy)]
struct Choice {
    who: [Option<usize>; 2],
    margin: [f32; 2],
}

fn choose(ranker: &Ranker, v: &EventView) -> Choice {
    let mut c = Choice {
        who: v.engine,
        margin: [0.0; 2],
    };
    // An event the engine found no actor for stays as it is: on real pages the actors the
    // model gave such events (a place after في as the target, a name in a subordinate clause as
    // the source) made mostly wrong events of triggers that the actor filter would have dropped.
    if v.engine == [None, None] {
        return c;
    }
    for (ri, role) in v.roles.iter().enumerate() {
        let skip = ri == 1
            && match ranker.target_mode {
                TargetMode::Always => false,
                TargetMode::WhenSourceChanges => c.who[0] == v.engine[0],
                TargetMode::Never => true,
                TargetMode::WhenMissing => v.engine[1].is_some() && c.who[0] == v.engine[0],
            };
        if skip {
            continue;
        }
        let mut best: Option<(f32, Option<usize>)> = None;
        let mut second = f32::NEG_INFINITY;
        let eng = v.engine.get(ri).copied().flatten();
        for (k, (w, f)) in role.who.iter().zip(&role.feats).enumerate() {
            let bonus = ranker.bonus.get(ri).copied().unwrap_or(0.0);
            let s = role
                .scores
                .get(k)
                .copied()
                .unwrap_or_else(|| ranker.score(f))
                + if *w == eng { bonus } else { 0.0 };
            match best {
                Some((b, _)) if s <= b => second = second.max(s),
                Some((b, _)) => {
                    second = b;
                    best = Some((s, *w));
                }
                None => best = Some((s, *w)),
            }
        }
        if let Some((b, w)) = best {
            if let (Some(slot), Some(m)) = (c.who.get_mut(ri), c.margin.get_mut(ri)) {
                *slot = w;
                *m = if second.is_finite() { b - second } else { 10.0 };
            }
        }
    }
    // An actor does not act on itself. A role the model left as the engine had it wins over
    // one it re-decided (the envoy who visits is not also the one visited); else the surer
    // role wins.
    if c.who[0].is_some() && c.who[0] == c.who[1] {
        let kept = [c.who[0] == v.engine[0], c.who[1] == v.engine[1]];
        if kept == [true, false] || (kept[0] == kept[1] && c.margin[0] >= c.margin[1]) {
            c.who[1] = v.engine[1].filter(|e| Some(*e) != c.who[0]);
        } else {
            c.who[0] = v.engine[0].filter(|e| Some(*e) != c.who[1]);
        }
    }
    c
}

fn margin_bucket(m: f32) -> &'static str {
    if m < 0.5 {
        "lo"
    } else if m < 2.0 {
        "mid"
    } else {
        "hi"
    }
}

fn keep_features(v: &EventView, c: &Choice, entities: &[Entity], sink: &mut Sink<'_>) -> Vec<u64> {
    let mut f = Vec::with_capacity(v.keep_base.len() + 10);
    for name in &v.keep_base {
        sink.add(&mut f, &[piece(&name)]);
    }
    let root = &v.root;
    for (ri, r) in ["s", "t"].iter().enumerate() {
        let who = c.who.get(ri).copied().flatten();
        let kind = who.and_then(|e| entities.get(e)).map_or("none", kind_tag);
        sink.add(&mut f, &["K|", piece(&r), "=", piece(&kind)]);
        sink.add(
            &mut f,
            &["K|", piece(&r), "=", piece(&kind), "|c=", piece(&root)],
        );
        let changed = who != v.engine.get(ri).copied().flatten();
        sink.add(&mut f, &["K|", piece(r), "chg=", flag(changed)]);
        let m = margin_bucket(c.margin.get(ri).copied().unwrap_or(0.0));
        sink.add(&mut f, &["K|", piece(&r), "m=", piece(&m)]);
    }
    f
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// First words of a state's own government bodies as entity names: a ministry, the foreign
/// ministry, the government, the presidency.
const GOVERNMENT_HEADS: &[&str] = &["وزارة", "الخارجية", "الحكومة", "حكومة", "رئاسة", "الرئاسة"];

/// Re-decides the actors of the engine's `events` and drops those the keep model doubts (and
/// their `triggers`, which stay aligned with them).
pub(crate) fn apply(
    ranker: &Ranker,
    article: &Article,
    entities: &[Entity],
    events: &mut Vec<Event>,
    triggers: &mut Vec<Trigger>,
    texts: Vec<ParaText>,
) {
    if events.len() != triggers.len() || events.is_empty() {
        return;
    }
    let mut sink = Sink::scoring(ranker);
    let mut paras = para_views(article, entities, texts);
    let keep_model = ranker.threshold > 0.0;
    let mut mask = vec![
        matches!(
            ranker.target_mode,
            TargetMode::Always | TargetMode::WhenMissing
        );
        events.len()
    ];
    let mut vs = views(
        article,
        entities,
        events,
        triggers,
        &mut paras,
        Need {
            only: None,
            targets: Some(&mask),
            keep: keep_model,
        },
        &mut sink,
    );
    if vs.len() != events.len() {
        return;
    }
    // Targets are re-decided where the source changes: only those events need their features.
    if ranker.target_mode == TargetMode::WhenSourceChanges {
        for (m, v) in mask.iter_mut().zip(&vs) {
            *m = choose(ranker, v).who[0] != v.engine[0];
        }
        if mask.iter().any(|m| *m) {
            let again = views(
                article,
                entities,
                events,
                triggers,
                &mut paras,
                Need {
                    only: Some(&mask),
                    targets: Some(&mask),
                    keep: keep_model,
                },
                &mut sink,
            );
            if again.len() != events.len() {
                return;
            }
            for ((v, a), m) in vs.iter_mut().zip(again).zip(&mask) {
                if *m {
                    *v = a;
                }
            }
        }
    }
    let mut keep = vec![true; events.len()];
    for ((ev, v), k) in events.iter_mut().zip(&vs).zip(keep.iter_mut()) {
        let mut c = choose(ranker, v);
        // A target the model adds where the engine had none is not a state's own government
        // when the state is the source (`أشادت روسيا بموقف مالي، واعتبرت الخارجية الروسية …`:
        // Russia does not praise its own ministry). A parliament, a person or an armed group
        // acting on their government, and a state on its own armed groups, stay possible.
        if v.engine[1].is_none() {
            if let (Some(s), Some(t)) = (c.who[0], c.who[1]) {
                let country = |i: usize| entities.get(i).and_then(|e| e.country.as_deref());
                let government = entities.get(t).is_some_and(|e| {
                    e.name
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| GOVERNMENT_HEADS.contains(&w))
                });
                let state = entities
                    .get(s)
                    .is_some_and(|e| e.kind == EntityType::Location);
                if state && government && country(s).is_some() && country(s) == country(t) {
                    c.who[1] = None;
                }
            }
        }
        if keep_model {
            let kf = keep_features(v, &c, entities, &mut sink);
            let score = sink.take().unwrap_or_else(|| ranker.score(&kf));
            if sigmoid(score) < ranker.threshold {
                *k = false;
                continue;
            }
        }
        for (ri, (id, country)) in [
            (&mut ev.source, &mut ev.source_country),
            (&mut ev.target, &mut ev.target_country),
        ]
        .into_iter()
        .enumerate()
        {
            let who = c.who.get(ri).copied().flatten();
            if who == v.engine.get(ri).copied().flatten() {
                continue;
            }
            let ent = who.and_then(|e| entities.get(e));
            *id = ent.map(|e| e.id.clone());
            *country = ent.and_then(|e| e.country.clone());
        }
    }
    // Two events that became the same are one.
    let mut seen = std::collections::HashSet::new();
    for (ev, k) in events.iter().zip(keep.iter_mut()) {
        if *k {
            let key = (
                ev.code.clone(),
                ev.source.clone(),
                ev.target.clone(),
                ev.negated,
                ev.paragraph,
                ev.sentence.clone(),
            );
            if !seen.insert(key) {
                *k = false;
            }
        }
    }
    let mut it = keep.iter();
    events.retain(|_| it.next().copied().unwrap_or(true));
    // The triggers stay aligned with the events.
    let mut it = keep.iter();
    triggers.retain(|_| it.next().copied().unwrap_or(true));
}

/// How the actor weights are learned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Learner {
    /// Averaged perceptron (session 6).
    Perceptron,
    /// Softmax ranking with an L2 penalty ([`TrainOptions::rank_rate`], [`TrainOptions::rank_l2`]).
    Softmax,
}

/// How to train.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// The actor model's learner.
    pub learner: Learner,
    /// Training adds the run-time bonus to the engine's candidate (session 7; session 6 did
    /// not, so the engine's choice was learned twice: by weights and by the bonus).
    pub train_bonus: bool,
    /// Passes over the actor examples.
    pub epochs: usize,
    /// Learning rate of the softmax ranking (first pass; it decays).
    pub rank_rate: f32,
    /// L2 penalty of the softmax ranking, per step.
    pub rank_l2: f32,
    /// Passes of the keep model's gradient descent.
    pub keep_epochs: usize,
    /// Learning rate of the keep model.
    pub learning_rate: f32,
    /// L2 penalty of the keep model, per step.
    pub l2: f32,
    /// Keep threshold written into the model.
    pub threshold: f32,
    /// Bonuses of the engine's own source and target written into the model.
    pub bonus: [f32; 2],
    /// When targets are re-decided, written into the model.
    pub target_mode: TargetMode,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            learner: Learner::Softmax,
            train_bonus: true,
            epochs: 10,
            rank_rate: 0.1,
            rank_l2: 0.01,
            keep_epochs: 20,
            learning_rate: 0.1,
            l2: 1e-4,
            threshold: 0.0,
            bonus: [4.0, 2.0],
            target_mode: TargetMode::WhenMissing,
        }
    }
}

/// A trained model with its features' names, to write out.
#[derive(Debug, Clone, Default)]
pub struct Trained {
    /// The model.
    pub ranker: Ranker,
    names: HashMap<u64, String>,
    /// Actor examples (one per role of an event whose gold actor was a candidate).
    pub actor_examples: usize,
    /// Keep examples (one per engine event).
    pub keep_examples: usize,
}

impl Trained {
    /// Drops the actor weights smaller than `min` in size (a smaller table to look up); the
    /// keep model's weights, on another scale, stay.
    pub fn prune(&mut self, min: f32) {
        let names = &self.names;
        self.ranker
            .weights
            .retain(|id, w| w.abs() >= min || names.get(id).is_some_and(|n| n.starts_with("K|")));
    }

    /// Drops the keep model's weights: a model shipped with the keep model off (threshold 0)
    /// never looks them up, and they would only fill the table the actor features are looked
    /// up in.
    pub fn drop_keep_model(&mut self) {
        let names = &self.names;
        self.ranker
            .weights
            .retain(|id, _| !names.get(id).is_some_and(|n| n.starts_with("K|")));
    }

    /// The model as text: a header of `comment` lines, `threshold`, then `feature<TAB>weight`
    /// sorted by feature, weights with 4 decimals, zeros left out (deterministic).
    pub fn to_text(&self, comment: &[String]) -> String {
        let mut rows: Vec<(&str, f32)> = self
            .ranker
            .weights
            .iter()
            .filter_map(|(id, w)| self.names.get(id).map(|n| (n.as_str(), *w)))
            .filter(|(_, w)| (w * 10_000.0).round() != 0.0)
            .collect();
        rows.sort_by(|a, b| a.0.cmp(b.0));
        let mut out = String::new();
        for c in comment {
            out.push_str("# ");
            out.push_str(c);
            out.push('\n');
        }
        out.push_str(&format!("threshold\t{:.4}\n", self.ranker.threshold));
        out.push_str(&format!("bonus_source\t{:.4}\n", self.ranker.bonus[0]));
        out.push_str(&format!("bonus_target\t{:.4}\n", self.ranker.bonus[1]));
        let mode = match self.ranker.target_mode {
            TargetMode::Always => 0,
            TargetMode::WhenSourceChanges => 1,
            TargetMode::Never => 2,
            TargetMode::WhenMissing => 3,
        };
        out.push_str(&format!("target_mode\t{mode}\n"));
        for (n, w) in rows {
            out.push_str(&format!("{n}\t{w:.4}\n"));
        }
        out
    }
}

/// A sample's gold entities and the views of its engine events over them (every feature).
fn sample_views(sample: &Sample, sink: &mut Sink<'_>) -> (Vec<Entity>, Vec<EventView>) {
    let article = record_article(&sample.record);
    let gold = gold_entities(&sample.record, &article);
    let mut paras = para_views(&article, &gold, Vec::new());
    let vs = views(
        &article,
        &gold,
        &sample.events,
        &sample.triggers,
        &mut paras,
        Need::ALL,
        sink,
    );
    (gold, vs)
}

/// A record's gold events as (root, negated, [source, target]) with the actors as indices into
/// `gold`: what [`assign`] matches engine events to.
fn gold_tuples(r: &EvalRecord, gold: &[Entity]) -> Vec<(String, bool, [Option<usize>; 2])> {
    r.events
        .iter()
        .map(|g| {
            (
                g.code.clone(),
                g.negated,
                [gold_index(gold, &g.source), gold_index(gold, &g.target)],
            )
        })
        .collect()
}

/// The engine's events in the same form as [`gold_tuples`] (the engine's own actors).
fn engine_tuples(vs: &[EventView], events: &[Event]) -> Vec<(String, bool, [Option<usize>; 2])> {
    vs.iter()
        .zip(events)
        .map(|(v, e)| (v.root.clone(), e.negated, v.engine))
        .collect()
}

/// The gold entity index of a gold name.
fn gold_index(gold: &[Entity], name: &Option<String>) -> Option<usize> {
    name.as_ref()
        .and_then(|n| gold.iter().position(|g| &g.name == n))
}

/// Pairs engine events with gold events of the same root and negation, one to one: exact
/// actor matches first, then the most agreeing. Returns each event's gold actors.
fn assign(
    evs: &[(String, bool, [Option<usize>; 2])],
    gold: &[(String, bool, [Option<usize>; 2])],
) -> Vec<Option<[Option<usize>; 2]>> {
    let mut used = vec![false; gold.len()];
    let mut out: Vec<Option<[Option<usize>; 2]>> = vec![None; evs.len()];
    for pass in 0..2 {
        for (k, (root, neg, who)) in evs.iter().enumerate() {
            if out.get(k).is_some_and(Option::is_some) {
                continue;
            }
            let mut best: Option<(usize, usize)> = None;
            for (g, (groot, gneg, gwho)) in gold.iter().enumerate() {
                if used.get(g).copied().unwrap_or(true) || groot != root || gneg != neg {
                    continue;
                }
                let agree = usize::from(gwho[0] == who[0]) + usize::from(gwho[1] == who[1]);
                if pass == 0 && agree < 2 {
                    continue;
                }
                if best.is_none_or(|(a, _)| agree > a) {
                    best = Some((agree, g));
                }
            }
            if let Some((_, g)) = best {
                if let Some(u) = used.get_mut(g) {
                    *u = true;
                }
                if let Some(slot) = out.get_mut(k) {
                    *slot = gold.get(g).map(|x| x.2);
                }
            }
        }
    }
    out
}

/// One record's training material.
struct RecordData {
    entities: Vec<Entity>,
    views: Vec<EventView>,
    labels: Vec<Option<[Option<usize>; 2]>>,
    gold: Vec<(String, bool, [Option<usize>; 2])>,
    negated: Vec<bool>,
}

/// Trains a scorer on `records` with the current engine's events (gold entities).
pub fn train(records: &[EvalRecord], opts: &TrainOptions) -> Trained {
    let samples: Vec<Sample> = records.iter().map(Sample::current).collect();
    train_samples(&samples, opts)
}

/// Trains a scorer on engine events with their gold records.
pub fn train_samples(samples: &[Sample], opts: &TrainOptions) -> Trained {
    let mut names = HashMap::new();
    let mut data = Vec::with_capacity(samples.len());
    {
        let mut sink = Sink::new(Some(&mut names));
        for sample in samples {
            let (r, events) = (&sample.record, &sample.events);
            let (gold, vs) = sample_views(sample, &mut sink);
            if vs.len() != events.len() {
                continue;
            }
            let gold_events = gold_tuples(r, &gold);
            let labels = assign(&engine_tuples(&vs, events), &gold_events);
            data.push(RecordData {
                entities: gold,
                views: vs,
                labels,
                gold: gold_events,
                negated: events.iter().map(|e| e.negated).collect(),
            });
        }
    }
    // Actor examples: (candidates' features, index of the gold candidate).
    let mut examples: Vec<Example<'_>> = Vec::new();
    for d in &data {
        for (v, l) in d.views.iter().zip(&d.labels) {
            let Some(l) = l else { continue };
            for (ri, role) in v.roles.iter().enumerate() {
                let want = l.get(ri).copied().flatten();
                let eng = v.engine.get(ri).copied().flatten();
                let bonus = role
                    .who
                    .iter()
                    .position(|w| *w == eng)
                    .filter(|_| opts.train_bonus)
                    .map(|i| (i, opts.bonus.get(ri).copied().unwrap_or(0.0)));
                if let Some(pos) = role.who.iter().position(|w| *w == want) {
                    examples.push(Example {
                        cands: &role.feats,
                        gold: pos,
                        bonus,
                    });
                }
            }
        }
    }
    let weights = match opts.learner {
        Learner::Perceptron => perceptron(&examples, opts.epochs),
        Learner::Softmax => softmax_rank(&examples, opts),
    };
    let mut ranker = Ranker {
        weights: weights.into_iter().collect(),
        threshold: opts.threshold,
        bonus: opts.bonus,
        target_mode: opts.target_mode,
    };
    // Keep examples: is the event, with the actors the ranker now gives it, right?
    let mut keep: Vec<(Vec<u64>, bool)> = Vec::new();
    {
        let mut sink = Sink::new(Some(&mut names));
        for d in &data {
            let choices: Vec<Choice> = d.views.iter().map(|v| choose(&ranker, v)).collect();
            let evs: Vec<(String, bool, [Option<usize>; 2])> = d
                .views
                .iter()
                .zip(&choices)
                .zip(&d.negated)
                .map(|((v, c), n)| (v.root.clone(), *n, c.who))
                .collect();
            let matched = assign(&evs, &d.gold);
            for ((v, c), (m, e)) in d.views.iter().zip(&choices).zip(matched.iter().zip(&evs)) {
                let right = m.is_some_and(|g| g == e.2);
                keep.push((keep_features(v, c, &d.entities, &mut sink), right));
            }
        }
    }
    let keep_w = logistic(&keep, opts);
    for (f, w) in keep_w {
        *ranker.weights.entry(f).or_insert(0.0) += w;
    }
    let actor_examples = examples.len();
    Trained {
        ranker,
        names,
        actor_examples,
        keep_examples: keep.len(),
    }
}

/// A fixed pseudo-random order (xorshift), so that training is deterministic.
fn order(n: usize, epoch: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15 ^ (epoch as u64 + 1).wrapping_mul(0x2545_F491_4F6C_DD1D);
    for i in (1..n).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let j = (x % (i as u64 + 1)) as usize;
        idx.swap(i, j);
    }
    idx
}

/// One ranking example: each candidate's features, the right one, and the engine's candidate
/// with the bonus it gets at run time (so that training sees the scores the pipeline sees).
struct Example<'a> {
    cands: &'a [Vec<u64>],
    gold: usize,
    bonus: Option<(usize, f32)>,
}

/// Averaged perceptron over ranking examples.
fn perceptron(examples: &[Example<'_>], epochs: usize) -> HashMap<u64, f32> {
    let mut w: HashMap<u64, f32> = HashMap::new();
    let mut u: HashMap<u64, f32> = HashMap::new();
    let mut step = 1.0f32;
    let score = |w: &HashMap<u64, f32>, f: &[u64]| -> f32 {
        f.iter().map(|x| w.get(x).copied().unwrap_or(0.0)).sum()
    };
    for epoch in 0..epochs {
        for i in order(examples.len(), epoch) {
            let Some(Example { cands, gold, bonus }) = examples.get(i) else {
                continue;
            };
            let mut best = 0;
            let mut best_s = f32::NEG_INFINITY;
            for (c, f) in cands.iter().enumerate() {
                let s = score(&w, f)
                    + match bonus {
                        Some((b, x)) if *b == c => *x,
                        _ => 0.0,
                    };
                if s > best_s {
                    best_s = s;
                    best = c;
                }
            }
            if best != *gold {
                let (Some(good), Some(bad)) = (cands.get(*gold), cands.get(best)) else {
                    continue;
                };
                for (f, d) in good
                    .iter()
                    .map(|f| (f, 1.0))
                    .chain(bad.iter().map(|f| (f, -1.0)))
                {
                    *w.entry(*f).or_insert(0.0) += d;
                    *u.entry(*f).or_insert(0.0) += step * d;
                }
            }
            step += 1.0;
        }
    }
    w.iter()
        .map(|(f, x)| (*f, x - u.get(f).copied().unwrap_or(0.0) / step))
        .collect()
}

/// Softmax ranking (the candidates' scores, the engine's with its bonus, as a distribution; the
/// right candidate's log-probability maximized) by stochastic gradient descent with an L2
/// penalty: smaller weights than the perceptron's, and fewer rare features that matter.
fn softmax_rank(examples: &[Example<'_>], opts: &TrainOptions) -> HashMap<u64, f32> {
    let mut w: HashMap<u64, f32> = HashMap::new();
    let mut scores: Vec<f32> = Vec::new();
    for epoch in 0..opts.epochs {
        let lr = opts.rank_rate / (1.0 + epoch as f32 * 0.2);
        for i in order(examples.len(), epoch) {
            let Some(Example { cands, gold, bonus }) = examples.get(i) else {
                continue;
            };
            scores.clear();
            scores.extend(cands.iter().enumerate().map(|(c, f)| {
                f.iter()
                    .map(|x| w.get(x).copied().unwrap_or(0.0))
                    .sum::<f32>()
                    + match bonus {
                        Some((b, x)) if *b == c => *x,
                        _ => 0.0,
                    }
            }));
            let m = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            let z: f32 = scores.iter().map(|s| (s - m).exp()).sum();
            for (c, (f, s)) in cands.iter().zip(&scores).enumerate() {
                let g = (s - m).exp() / z - if c == *gold { 1.0 } else { 0.0 };
                for x in f {
                    let e = w.entry(*x).or_insert(0.0);
                    *e -= lr * (g + opts.rank_l2 * *e);
                }
            }
        }
    }
    w
}

/// L2-regularized logistic regression by stochastic gradient descent.
fn logistic(examples: &[(Vec<u64>, bool)], opts: &TrainOptions) -> HashMap<u64, f32> {
    let mut w: HashMap<u64, f32> = HashMap::new();
    for epoch in 0..opts.keep_epochs {
        let lr = opts.learning_rate / (1.0 + epoch as f32 * 0.2);
        for i in order(examples.len(), 1000 + epoch) {
            let Some((f, y)) = examples.get(i) else {
                continue;
            };
            let s: f32 = f.iter().map(|x| w.get(x).copied().unwrap_or(0.0)).sum();
            let g = sigmoid(s) - if *y { 1.0 } else { 0.0 };
            for x in f {
                let e = w.entry(*x).or_insert(0.0);
                *e -= lr * (g + opts.l2 * *e);
            }
        }
    }
    w
}

/// Actor choices on `records` (gold entities), over the engine events that have a gold event of
/// the same root and negation whose actor is a candidate: `[role][engine right, model right,
/// examples, gold actor not a candidate]`, role 0 the source, 1 the target.
pub fn actor_accuracy(ranker: &Ranker, samples: &[Sample]) -> [[usize; 4]; 2] {
    let mut out = [[0usize; 4]; 2];
    let mut sink = Sink::new(None);
    for sample in samples {
        let (r, events) = (&sample.record, &sample.events);
        let (gold, vs) = sample_views(sample, &mut sink);
        let labels = assign(&engine_tuples(&vs, events), &gold_tuples(r, &gold));
        for (v, l) in vs.iter().zip(labels) {
            let Some(l) = l else { continue };
            let c = choose(ranker, v);
            for ri in 0..2 {
                let want = l.get(ri).copied().flatten();
                let (Some(role), Some(o)) = (v.roles.get(ri), out.get_mut(ri)) else {
                    continue;
                };
                if !role.who.contains(&want) {
                    o[3] += 1;
                    continue;
                }
                o[0] += usize::from(v.engine.get(ri).copied().flatten() == want);
                o[1] += usize::from(c.who.get(ri).copied().flatten() == want);
                o[2] += 1;
            }
        }
    }
    out
}

/// For reading (`train_event_ranker --cv --report`): each engine event of `samples`, one line
/// `id root pos eng (s -> t) gold (s -> t) model (s -> t) | neg=… sentence @@ gt … gs …`. Gold is
/// the gold event [`assign`] pairs it with (`NONE`: no gold event of that root and negation);
/// actors are gold entity names with their type; the sentence is in normalized words with
/// `[mentions]` and the `<trigger>`; `gt`/`gs` say where the gold target and source are named in
/// it (`distance:word before`, negative before the trigger; `out`: not in the sentence).
pub fn actor_report(ranker: Option<&Ranker>, samples: &[Sample]) -> Vec<String> {
    let mut out = Vec::new();
    let mut sink = Sink::new(None);
    for sample in samples {
        let (r, events) = (&sample.record, &sample.events);
        let (gold, vs) = sample_views(sample, &mut sink);
        let labels = assign(&engine_tuples(&vs, events), &gold_tuples(r, &gold));
        let name = |e: Option<usize>| {
            e.and_then(|i| gold.get(i))
                .map_or("-".to_string(), |g| format!("{}/{}", g.name, kind_tag(g)))
        };
        let pair = |w: [Option<usize>; 2]| format!("({} -> {})", name(w[0]), name(w[1]));
        let article = record_article(r);
        let items = vs
            .iter()
            .zip(&labels)
            .zip(events.iter().zip(&sample.triggers));
        for ((v, label), (ev, trig)) in items {
            let body = article.body.get(ev.paragraph).map_or("", String::as_str);
            let para = ParaView::new(ev.paragraph, body, &gold);
            let t = para.token_at(trig.start);
            let sent = para.sentence_of(t);
            let mut text = String::new();
            for i in sent.clone() {
                text.extend(para.mentions.iter().filter(|m| m.1 == i).map(|_| '['));
                let w = para.norm(i);
                if i == t {
                    text.push_str(&format!("<{w}>"));
                } else {
                    text.push_str(w);
                }
                text.extend(para.mentions.iter().filter(|m| m.2 == i + 1).map(|_| ']'));
                text.push(' ');
            }
            let place = |e: Option<usize>| -> String {
                let Some(e) = e else {
                    return "none".into();
                };
                let at: Vec<String> = para
                    .mentions
                    .iter()
                    .filter(|m| m.0 == e && sent.contains(&m.1))
                    .map(|m| {
                        let d = if m.2 <= t {
                            format!("-{}", t - m.2 + 1)
                        } else {
                            format!("{}", m.1.saturating_sub(t))
                        };
                        let prev = if m.3 {
                            "+"
                        } else {
                            para.norm(m.1.saturating_sub(1))
                        };
                        format!("{d}:{prev}")
                    })
                    .collect();
                if at.is_empty() {
                    "out".into()
                } else {
                    at.join(",")
                }
            };
            out.push(format!(
                "{} {} {} eng {} gold {} model {} | neg={} {}@@ gt {} gs {}",
                r.id,
                v.root,
                if trig.noun { "n" } else { "v" },
                pair(v.engine),
                label.map_or("NONE".to_string(), pair),
                ranker.map_or("-".to_string(), |rk| pair(choose(rk, v).who)),
                ev.negated,
                text,
                place(label.and_then(|x| x[1])),
                place(label.and_then(|x| x[0])),
            ));
        }
    }
    out
}

/// Why the training and measuring tools must not read the evaluation set `name` (a file name or
/// a path): a frozen test set (held-out6 and every later held-out, a re-annotation of one
/// included) or the unread validation set dev23, whose records no one may read and on which
/// nothing may be trained. `None` for the sets they may read.
pub fn refused_set(name: &str) -> Option<&'static str> {
    let name = name.to_lowercase();
    // Every number written right after `word` in `name`.
    let numbers = |word: &str| -> Vec<u32> {
        name.match_indices(word)
            .filter_map(|(i, _)| {
                let digits: String = name
                    .get(i + word.len()..)
                    .unwrap_or_default()
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                digits.parse().ok()
            })
            .collect()
    };
    if numbers("heldout").iter().any(|n| *n >= 6) {
        Some("a frozen test set: never read, never trained on")
    } else if numbers("dev").contains(&23) {
        Some("the unread validation set: never read, never trained on")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(json: &str) -> EvalRecord {
        match serde_json::from_str(json) {
            Ok(r) => r,
            Err(e) => panic!("test record: {e}"),
        }
    }

    /// "Its forces" after a spokesman for an army: the army acts, not the spokesman (the rule
    /// engine of this commit gives the attack to the spokesman).
    fn spokesman_record() -> EvalRecord {
        record(
            r#"{"id": "s1", "text": "وقال المتحدث باسم الجيش التشادي المقدم سليمان داود إن قواته دمرت معسكرا للمتمردين شمال البلاد.",
                "entities": [
                  {"name": "الجيش التشادي", "type": "organization", "country": "TCD", "aliases": ["الجيش التشادي"]},
                  {"name": "سليمان داود", "type": "person", "country": "TCD", "aliases": ["سليمان داود"]}],
                "quotes": [], "events": []}"#,
        )
    }

    /// The target features of session 13 on a sentence of my own: the object of the trigger's
    /// clause, the source's own country, and a credit (`وفق ما ذكرته X`).
    #[test]
    fn target_candidates_carry_the_clause_country_and_credit_features() {
        let r = record(
            r#"{"id": "s5", "text": "قصف الجيش النيجري مواقع لجماعة بوكو حرام قرب بلدة دامبوا في ولاية بورنو، وفق ما ذكرته منظمة العفو الدولية.",
                "entities": [
                  {"name": "الجيش النيجري", "type": "organization", "country": "NGA", "aliases": ["الجيش النيجري"]},
                  {"name": "بوكو حرام", "type": "organization", "aliases": ["جماعة بوكو حرام", "بوكو حرام"]},
                  {"name": "بورنو", "type": "location", "country": "NGA", "aliases": ["ولاية بورنو", "بورنو"]},
                  {"name": "منظمة العفو الدولية", "type": "organization", "aliases": ["منظمة العفو الدولية"]}],
                "quotes": [], "events": []}"#,
        );
        let sample = Sample::current(&r);
        assert!(
            sample.triggers.iter().any(|t| t.start != usize::MAX),
            "the engine found no traced event: {:?}",
            sample.events
        );
        let mut names = HashMap::new();
        let _ = sample_views(&sample, &mut Sink::new(Some(&mut names)));
        let names: std::collections::HashSet<&str> = names.values().map(String::as_str).collect();
        for want in [
            "t|obj=true|k=org",
            "t|sc=true|k=loc",
            "t|credit",
            "t|srel=after|side=a",
        ] {
            assert!(names.contains(want), "{want} missing from {names:?}");
        }
    }

    #[test]
    fn the_frozen_sets_and_the_unread_dev23_are_refused() {
        for n in 6..=14 {
            let f = format!("quotes_events_heldout{n}.jsonl");
            assert!(refused_set(&f).is_some(), "{f}");
        }
        for f in [
            "crates/rasd-analyze/eval/quotes_events_heldout13.jsonl",
            "blind/heldout12_blind.jsonl",
            "QUOTES_EVENTS_HELDOUT10.JSONL",
            "quotes_events_dev23.jsonl",
            "blind/dev23_blind.jsonl",
        ] {
            assert!(refused_set(f).is_some(), "{f}");
        }
        for f in [
            "quotes_events.jsonl",
            "quotes_events_heldout.jsonl",
            "quotes_events_heldout2.jsonl",
            "quotes_events_heldout5.jsonl",
            "quotes_events_dev2.jsonl",
            "quotes_events_dev20.jsonl",
            "quotes_events_dev22.jsonl",
            "quotes_events_dev24.jsonl",
            "quotes_events_dev26.jsonl",
            "blind/dev19_blind.jsonl",
        ] {
            assert_eq!(refused_set(f), None, "{f}");
        }
    }

    #[test]
    fn fnv_matches_the_published_values() {
        assert_eq!(fnv(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv("a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn the_shipped_model_loads() {
        let Some(r) = Ranker::builtin() else {
            panic!("data/event-ranker.tsv holds no weights");
        };
        assert!(r.len() > 100, "{} weights", r.len());
        assert!((0.0..1.0).contains(&r.threshold()));
        assert!(r.bonus[0] > 0.0);
        assert_eq!(r.target_mode, TargetMode::WhenMissing);
    }

    #[test]
    fn bad_model_lines_are_errors_naming_the_line() {
        let e = Ranker::parse("# c\nthreshold\t0.2\nx\t1\ty\n", "m.tsv").err();
        assert!(e.is_some_and(|e| e.starts_with("m.tsv:3:")));
        let e = Ranker::parse("x\tabc\n", "m.tsv").err();
        assert!(e.is_some_and(|e| e.contains("m.tsv:1: weight")));
        let r = Ranker::parse("threshold\t0.25\nbonus_source\t2\nx\t1.5\n", "m.tsv");
        assert!(r.is_ok_and(|r| r.threshold() == 0.25 && r.len() == 1 && r.bonus[0] == 2.0));
    }

    #[test]
    fn a_name_hashed_in_pieces_has_the_id_of_the_whole_name() {
        let root = String::from("19");
        let whole = format!("s|side=b|rank={}|c={root}|n={}|{}", 2, 4, true);
        let pieces = [
            "s",
            "|side=",
            "b",
            "|rank=",
            small(2),
            "|c=",
            piece(&root),
            "|n=",
            small(4),
            "|",
            flag(true),
        ];
        assert_eq!(fnv_pieces(&pieces), fnv(&whole));
        assert_ne!(fnv("s|side=b"), fnv("s|side=a"));
        for n in 0..10 {
            assert_eq!(small(n), n.to_string());
        }
        assert_eq!(flag(false), false.to_string());
    }

    #[test]
    fn a_model_written_out_reads_back_the_same() {
        let mut names = HashMap::new();
        let mut weights = IdMap::default();
        for (n, w) in [("s|eng", 1.5f32), ("s|side=a", -0.25), ("K|bias", 0.125)] {
            names.insert(fnv(n), n.to_string());
            weights.insert(fnv(n), w);
        }
        let t = Trained {
            ranker: Ranker {
                weights,
                threshold: 0.2,
                bonus: [1.0, 0.0],
                target_mode: TargetMode::WhenSourceChanges,
            },
            names,
            actor_examples: 0,
            keep_examples: 0,
        };
        let text = t.to_text(&["a comment".into()]);
        assert!(text.starts_with("# a comment\nthreshold\t0.2000\n"));
        let back = Ranker::parse(&text, "t");
        assert!(back.is_ok_and(|b| b.weights == t.ranker.weights
            && b.threshold == 0.2
            && b.bonus == [1.0, 0.0]
            && b.target_mode == TargetMode::WhenSourceChanges));
    }

    #[test]
    fn assignment_is_one_to_one_exact_matches_first() {
        let ev = |r: &str, s: Option<usize>, t: Option<usize>| (r.to_string(), false, [s, t]);
        let engine = [ev("19", Some(0), None), ev("19", Some(1), Some(2))];
        let gold = [ev("19", Some(1), Some(2)), ev("19", Some(0), Some(2))];
        let a = assign(&engine, &gold);
        // The second event matches the first gold exactly; the first gets what is left.
        assert_eq!(a, vec![Some([Some(0), Some(2)]), Some([Some(1), Some(2)])]);
        let none = assign(&[ev("04", None, None)], &gold);
        assert_eq!(none, vec![None]);
    }

    #[test]
    fn the_perceptron_learns_which_feature_marks_the_right_candidate() {
        let (good, bad, noise) = (fnv("good"), fnv("bad"), fnv("noise"));
        let c1 = vec![vec![bad, noise], vec![good]];
        let c2 = vec![vec![good, noise], vec![bad]];
        let examples = vec![
            Example {
                cands: &c1,
                gold: 1,
                bonus: None,
            },
            Example {
                cands: &c2,
                gold: 0,
                bonus: None,
            },
        ];
        let w = perceptron(&examples, 5);
        let get = |f| w.get(&f).copied().unwrap_or(0.0);
        assert!(get(good) > get(bad), "{w:?}");
        // Deterministic: the same weights twice.
        assert_eq!(perceptron(&examples, 5), w);
    }

    #[test]
    fn the_softmax_ranking_learns_which_feature_marks_the_right_candidate() {
        let (good, bad, noise) = (fnv("good"), fnv("bad"), fnv("noise"));
        let c1 = vec![vec![bad, noise], vec![good]];
        let c2 = vec![vec![good, noise], vec![bad]];
        let examples = vec![
            Example {
                cands: &c1,
                gold: 1,
                bonus: None,
            },
            Example {
                cands: &c2,
                gold: 0,
                bonus: None,
            },
        ];
        let opts = TrainOptions::default();
        let w = softmax_rank(&examples, &opts);
        let get = |f| w.get(&f).copied().unwrap_or(0.0);
        assert!(get(good) > 0.0 && get(bad) < 0.0, "{w:?}");
        // The L2 penalty keeps the weights small; the result is the same twice.
        assert!(get(good) < 5.0);
        assert_eq!(softmax_rank(&examples, &opts), w);
    }

    #[test]
    fn training_sees_the_bonus_of_the_engines_choice() {
        // The engine's candidate is right and wins by its run-time bonus alone: the perceptron
        // has nothing to learn. Without the bonus in training it learns to prefer it by weights
        // too, which then count on top of the bonus at run time.
        let (eng, other) = (fnv("s|eng"), fnv("s|side=a"));
        // Ties go to the first candidate: the engine's is second.
        let cands = vec![vec![other], vec![eng]];
        let with = [Example {
            cands: &cands,
            gold: 1,
            bonus: Some((1, 4.0)),
        }];
        assert!(perceptron(&with, 5).values().all(|w| *w == 0.0));
        let without = [Example {
            cands: &cands,
            gold: 1,
            bonus: None,
        }];
        let w = perceptron(&without, 5);
        assert!(w.get(&eng).copied().unwrap_or(0.0) > 0.0, "{w:?}");
    }

    #[test]
    fn untraced_events_are_left_as_the_engine_made_them() {
        let r = spokesman_record();
        let mut s = Sample::current(&r);
        assert!(!s.events.is_empty(), "the engine found no event");
        let traced = s.events.clone();
        for t in &mut s.triggers {
            t.start = usize::MAX;
        }
        let r0 = Ranker::parse("threshold\t0\ns|side=b\t100\ns|none\t50\n", "t").ok();
        assert_eq!(s.events_with(r0.as_ref()), traced);
        // Labels without a trace read as unknown triggers.
        let back = Sample::from_traced_labels(&r, traced.clone());
        assert!(back.triggers.iter().all(|t| t.start == usize::MAX));
        let mut labelled = traced;
        for e in &mut labelled {
            e.label = format!("{}\u{1}7\u{1}true\u{1}false", e.label);
        }
        let back = Sample::from_traced_labels(&r, labelled);
        assert!(back
            .triggers
            .iter()
            .all(|t| t.start == 7 && t.noun && !t.explicit));
        assert_eq!(back.events, s.events);
    }

    #[test]
    fn the_pipeline_and_the_training_path_see_the_same_features() {
        // `find_quotes_and_events` hands the engine's tokens over; training rebuilds them from
        // the article: both must give the same events.
        let r = record(
            r#"{"id": "s2", "text": "وقال المتحدث باسم الجيش التشادي المقدم سليمان داود إن قواته دمرت معسكرا للمتمردين.\nواستقبل وزير الخارجية التشادي سليمان داود سفير النيجر في نجامينا، وبحث معه أمن الحدود.",
                "entities": [
                  {"name": "الجيش التشادي", "type": "organization", "country": "TCD", "aliases": ["الجيش التشادي"]},
                  {"name": "سليمان داود", "type": "person", "country": "TCD", "aliases": ["سليمان داود"]},
                  {"name": "النيجر", "type": "location", "country": "NER", "aliases": ["النيجر"]},
                  {"name": "نجامينا", "type": "location", "country": "TCD", "aliases": ["نجامينا"]}],
                "quotes": [], "events": []}"#,
        );
        let article = record_article(&r);
        let gold = gold_entities(&r, &article);
        let (_, pipeline) = crate::events::find_quotes_and_events(&article, &gold);
        let training = Sample::current(&r).events_with(Ranker::builtin());
        assert!(pipeline.len() >= 2, "{pipeline:?}");
        assert_eq!(pipeline, training);
    }

    /// An event the engine found no actor for keeps none, even under a model that would give
    /// one; given one actor, the same model re-decides the other role.
    #[test]
    fn an_event_without_actors_is_left_as_the_engine_made_it() {
        let r = record(
            r#"{"id": "s4", "text": "هاجم مسلحون مجهولون مركزا للشرطة في مدينة بنغازي شرق ليبيا فجر اليوم.",
                "entities": [
                  {"name": "بنغازي", "type": "location", "country": "LBY", "aliases": ["بنغازي"]},
                  {"name": "ليبيا", "type": "location", "country": "LBY", "aliases": ["ليبيا"]}],
                "quotes": [], "events": []}"#,
        );
        let mut s = Sample::current(&r);
        assert!(!s.events.is_empty(), "the engine found no event");
        for e in &mut s.events {
            e.source = None;
            e.source_country = None;
            e.target = None;
            e.target_country = None;
        }
        let eager = Ranker::parse("target_mode\t0\ns|ent\t100\nt|ent\t100\n", "t").ok();
        assert!(eager.is_some());
        assert_eq!(s.events_with(eager.as_ref()), s.events_with(None));
        let mut one = s.clone();
        for e in &mut one.events {
            e.target = Some("ليبيا".to_string());
        }
        let given = one.events_with(eager.as_ref());
        assert!(
            given.iter().all(|e| e.source.is_some()),
            "the model gives no source even with a target: {given:?}"
        );
    }

    /// A court's sentence: the state whose court it is acts on the sentenced journalist. (Until
    /// session 14 the engine took the journalist, the only person named, for the source and
    /// the model corrected it; the engine's court rule now gives the court's state, and the
    /// model must keep it.)
    #[test]
    fn the_shipped_model_gives_a_sentence_to_the_courts_state() {
        let r = record(
            r#"{"id": "s3", "text": "أصدرت محكمة في الجزائر حكما بسجن الصحفي كمال بوعلام خمس سنوات بتهمة المساس بالوحدة الوطنية.",
                "entities": [
                  {"name": "الجزائر", "type": "location", "country": "DZA", "aliases": ["الجزائر", "جزائرية"]},
                  {"name": "كمال بوعلام", "type": "person", "country": "DZA", "aliases": ["كمال بوعلام"]}],
                "quotes": [], "events": []}"#,
        );
        let s = Sample::current(&r);
        let actors = |evs: &[Event]| -> Vec<(String, Option<String>, Option<String>)> {
            evs.iter()
                .map(|e| (e.code.clone(), e.source.clone(), e.target.clone()))
                .collect()
        };
        let engine = actors(&s.events);
        let learned = actors(&s.events_with(Ranker::builtin()));
        let (dza, journalist) = (Some("الجزائر".to_string()), Some("كمال بوعلام".to_string()));
        assert!(
            engine
                .iter()
                .any(|(c, src, tgt)| c.starts_with("11") && *src == dza && *tgt == journalist),
            "engine {engine:?}"
        );
        assert!(
            learned
                .iter()
                .any(|(c, src, tgt)| c.starts_with("11") && *src == dza && *tgt == journalist),
            "engine {engine:?}, learned {learned:?}"
        );
    }

    #[test]
    fn the_shipped_model_gives_a_spokesmans_forces_to_the_army() {
        let r = spokesman_record();
        let s = Sample::current(&r);
        let engine: Vec<_> = s
            .events
            .iter()
            .map(|e| (e.code.clone(), e.source.clone()))
            .collect();
        let learned: Vec<_> = s
            .events_with(Ranker::builtin())
            .into_iter()
            .map(|e| (e.code.clone(), e.source))
            .collect();
        let army = Some("الجيش التشادي".to_string());
        assert!(
            learned
                .iter()
                .any(|(c, src)| c.starts_with("19") && *src == army),
            "engine {engine:?}, learned {learned:?}"
        );
    }
}
