//! The model: feature weights per label, label transitions, Viterbi decoding, and the binary
//! file format.
//!
//! File format (little-endian), version 1:
//!
//! ```text
//! magic "RASDNER\0" | version u32 | feature fingerprint u64 | labels u32 (9) | scale f32
//! transitions: 10 × 9 f32 (row 9 = sentence start)
//! features u32, then per feature: key u64 | label mask u16 | one i16 per set bit (× scale)
//! checksum u64 over everything before it
//! ```
//!
//! A two-stage model (the second stage stacked on the first, see `stack.rs`) is version 2:
//! magic | version u32 (2) | length u64 of the first stage | first stage | second stage, each
//! stage a whole version-1 model with its own checksum.
//!
//! A model with a light second stage (see [`LightOptions`]) is version 3:
//! magic | version u32 (3) | light feature flags u32 | first-stage score scale f32 | length u64
//! of the first stage | length u64 of the full second stage (0: none) | checksum u64 of this
//! header | first stage | full second stage | light second stage, each stage a version-1 model.

use std::path::Path;

use crate::features::{self, hash_bytes, FeatureBuf};
use crate::stack::LightOptions;
use crate::{Error, Tag, N_LABELS};

const MAGIC: &[u8; 8] = b"RASDNER\0";
const VERSION: u32 = 1;
const VERSION_STACKED: u32 = 2;
const VERSION_LIGHT: u32 = 3;
/// Transition rows: one per previous label, plus the sentence start.
pub(crate) const N_PREV: usize = N_LABELS + 1;
pub(crate) const START: usize = N_LABELS;

/// Label weights of one feature.
pub(crate) type Row = [f32; N_LABELS];

/// Whether label `cur` may follow `prev` (`START` for the first token): `I-X` only after `B-X`
/// or `I-X`.
pub(crate) fn allowed(prev: usize, cur: usize) -> bool {
    match Tag::from_index(cur) {
        Tag::I(k) => prev != START && Tag::from_index(prev).kind() == Some(k),
        _ => true,
    }
}

/// Best label sequence under `emissions` (n × 9) and `trans`, honouring [`allowed`].
pub(crate) fn viterbi(emissions: &[Row], trans: &[Row; N_PREV]) -> Vec<usize> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut back: Vec<[u8; N_LABELS]> = vec![[0; N_LABELS]; n];
    let mut score = [f32::NEG_INFINITY; N_LABELS];
    if let Some(first) = emissions.first() {
        for (cur, s) in score.iter_mut().enumerate() {
            if allowed(START, cur) {
                *s = trans[START][cur] + first[cur];
            }
        }
    }
    for (t, em) in emissions.iter().enumerate().skip(1) {
        let mut next = [f32::NEG_INFINITY; N_LABELS];
        for cur in 0..N_LABELS {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            // What `allowed` says, without asking per pair: `I-X` (even labels from 2) follows
            // only `B-X` (the label before it) and itself; anything else follows any label.
            let prevs = if cur >= 2 && cur % 2 == 0 {
                cur - 1..cur + 1
            } else {
                0..N_LABELS
            };
            for prev in prevs {
                let s = score[prev] + trans[prev][cur];
                if s > best {
                    best = s;
                    arg = prev as u8;
                }
            }
            next[cur] = best + em[cur];
            if let Some(b) = back.get_mut(t) {
                b[cur] = arg;
            }
        }
        score = next;
    }
    let mut last = 0;
    for (l, &s) in score.iter().enumerate() {
        if s > score[last] {
            last = l;
        }
    }
    let mut out = vec![0usize; n];
    let mut cur = last;
    for t in (0..n).rev() {
        out[t] = cur;
        cur = usize::from(back[t][cur]);
    }
    out
}

/// Token `t`'s features: `feats[offsets[t]..offsets[t + 1]]` (empty if out of range).
fn token_feats<'a>(feats: &'a [u64], offsets: &[usize], t: usize) -> &'a [u64] {
    match (offsets.get(t), offsets.get(t + 1)) {
        (Some(&a), Some(&b)) => feats.get(a..b).unwrap_or(&[]),
        _ => &[],
    }
}

/// Feature weights in an open-addressing table indexed by the key's high bits. Slots hold a
/// 32-bit tag of the key (its low bits; the slot comes from the high bits) and the index of its
/// entry, so a probe reads one dense 8-byte slot per step (most looked-up features of a text
/// are not in the model), and a hit one entry (the key and its row side by side) from an array
/// without empty rows, which keeps the table small in the cache. Slot 0 marks an empty slot.
#[derive(Clone)]
struct WeightTable {
    slots: Vec<u64>,
    entries: Vec<(u64, Row)>,
    shift: u32,
    len: usize,
    /// Distinct for every table built in this process (clones share it: same weights); keys
    /// the per-thread word cache of [`features::emissions_cached`].
    id: u64,
}

/// Source of [`WeightTable`] ids.
static NEXT_TABLE_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl WeightTable {
    fn new(rows: &[(u64, Row)]) -> WeightTable {
        let bits = (rows.len() * 10 / 7 + 2)
            .next_power_of_two()
            .trailing_zeros()
            .max(4);
        let cap = 1usize << bits;
        let mut slots = vec![0u64; cap];
        let mut entries: Vec<(u64, Row)> = Vec::with_capacity(rows.len());
        let mask = cap - 1;
        let shift = 64 - bits;
        for &(key, w) in rows {
            let mut i = (key >> shift) as usize;
            loop {
                let slot = &mut slots[i & mask];
                if *slot == 0 {
                    entries.push((key, w));
                    *slot = u64::from(key as u32) << 32 | entries.len() as u64;
                    break;
                }
                let e = (*slot as u32 as usize).wrapping_sub(1);
                if let Some(entry) = entries.get_mut(e).filter(|x| x.0 == key) {
                    entry.1 = w;
                    break;
                }
                i += 1;
            }
        }
        WeightTable {
            len: entries.len(),
            slots,
            entries,
            shift,
            id: NEXT_TABLE_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    #[inline]
    fn get(&self, key: u64) -> Option<&Row> {
        let mask = self.slots.len() - 1;
        let want = key as u32;
        let mut i = (key >> self.shift) as usize;
        loop {
            let slot = *self.slots.get(i & mask)?;
            if slot == 0 {
                return None;
            }
            if (slot >> 32) as u32 == want {
                if let Some(e) = self.entries.get((slot as u32 as usize).wrapping_sub(1)) {
                    if e.0 == key {
                        return Some(&e.1);
                    }
                }
            }
            i += 1;
        }
    }

    fn rows(&self) -> impl Iterator<Item = (u64, &Row)> {
        self.entries.iter().map(|(k, w)| (*k, w))
    }
}

/// Both stages' weights of every key either stage knows, under one probe (a two-stage model
/// scores each first-stage feature twice; this looks it up once). A stage that lacks a key has
/// a zero row there, so the sums, taken in the same order, are those of the two tables.
/// Slots hold a 32-bit tag of the key (its low bits; the slot comes from the high bits) and the
/// index of its entry, so a probe reads one dense 8-byte slot per step, and a hit one entry
/// (the key and both rows side by side) from a table without empty rows.
#[derive(Clone)]
struct JointTable {
    slots: Vec<u64>,
    entries: Vec<JointEntry>,
    shift: u32,
}

#[derive(Clone)]
struct JointEntry {
    key: u64,
    rows: [Row; 2],
}

impl JointTable {
    fn new(first: &WeightTable, second: &WeightTable) -> JointTable {
        let n = first.len + second.len;
        let bits = (n * 10 / 7 + 2).next_power_of_two().trailing_zeros().max(4);
        let mut t = JointTable {
            slots: vec![0u64; 1usize << bits],
            entries: Vec::with_capacity(n),
            shift: 64 - bits,
        };
        for (stage, table) in [first, second].into_iter().enumerate() {
            for (key, w) in table.rows() {
                let e = t.entry(key);
                if let Some(r) = t.entries.get_mut(e).and_then(|e| e.rows.get_mut(stage)) {
                    *r = *w;
                }
            }
        }
        t
    }

    /// The index of `key`'s entry, added (with zero rows) if missing. The slots outnumber the
    /// keys of both stages, so a probe always ends.
    fn entry(&mut self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (key >> self.shift) as usize;
        loop {
            let Some(slot) = self.slots.get_mut(i & mask) else {
                return usize::MAX;
            };
            if *slot == 0 {
                self.entries.push(JointEntry {
                    key,
                    rows: [[0.0; N_LABELS]; 2],
                });
                *slot = u64::from(key as u32) << 32 | self.entries.len() as u64;
                return self.entries.len() - 1;
            }
            let e = (*slot as u32 as usize).wrapping_sub(1);
            if (*slot >> 32) as u32 == key as u32 && self.entries.get(e).map(|x| x.key) == Some(key)
            {
                return e;
            }
            i += 1;
        }
    }

    #[inline]
    fn get(&self, key: u64) -> Option<&[Row; 2]> {
        let mask = self.slots.len() - 1;
        let want = key as u32;
        let mut i = (key >> self.shift) as usize;
        loop {
            let slot = *self.slots.get(i & mask)?;
            if slot == 0 {
                return None;
            }
            if (slot >> 32) as u32 == want {
                if let Some(e) = self.entries.get((slot as u32 as usize).wrapping_sub(1)) {
                    if e.key == key {
                        return Some(&e.rows);
                    }
                }
            }
            i += 1;
        }
    }
}

/// A trained tagger model: feature weights and label transitions.
#[derive(Clone)]
pub struct Model {
    table: WeightTable,
    trans: [Row; N_PREV],
    /// The document-level second stage, if any.
    second: Option<Box<Model>>,
    /// With a second stage: both stages' weights of each key, for scoring first-stage features.
    joint: Option<JointTable>,
    /// The light second stage, if any: its own features only, added onto the first stage's
    /// scores (see [`LightOptions`]).
    light: Option<Box<Light>>,
}

/// A light second stage: a model over the second stage's own features, and what it was
/// trained with.
#[derive(Clone)]
pub(crate) struct Light {
    pub(crate) model: Model,
    pub(crate) opts: LightOptions,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("features", &self.table.len)
            .field("second", &self.second)
            .field("light", &self.light.as_ref().map(|l| (&l.model, l.opts)))
            .finish_non_exhaustive()
    }
}

impl Model {
    /// Builds a model from weight rows (key, label weights) and transitions.
    pub(crate) fn from_parts(rows: &[(u64, Row)], trans: [Row; N_PREV]) -> Model {
        Model {
            table: WeightTable::new(rows),
            trans,
            second: None,
            joint: None,
            light: None,
        }
    }

    /// A two-stage model: `first`, then `second` over the first's labels in the document
    /// (both from [`crate::CrossValidated`]).
    pub fn stacked(first: Model, second: Model) -> Model {
        let joint = JointTable::new(&first.table, &second.table);
        Model {
            second: Some(Box::new(Model {
                second: None,
                joint: None,
                light: None,
                ..second
            })),
            joint: Some(joint),
            ..first
        }
    }

    /// This model with `light` (from [`crate::CrossValidated::light_stage`], trained with
    /// `opts`) as its light second stage.
    pub fn with_light_stage(self, light: Model, opts: LightOptions) -> Model {
        Model {
            light: Some(Box::new(Light {
                model: Model {
                    second: None,
                    joint: None,
                    light: None,
                    ..light
                },
                opts,
            })),
            ..self
        }
    }

    /// The first stage alone (the whole model if it has one stage).
    pub fn first_stage(&self) -> Model {
        Model {
            table: self.table.clone(),
            trans: self.trans,
            second: None,
            joint: None,
            light: None,
        }
    }

    /// The first stage and the light second stage, without the full second stage (`None` if
    /// the model has no light stage).
    pub fn light_stages(&self) -> Option<Model> {
        let light = self.light.clone()?;
        Some(Model {
            light: Some(light),
            ..self.first_stage()
        })
    }

    /// The first stage and the full second stage, without the light one.
    pub fn without_light(&self) -> Model {
        Model {
            light: None,
            ..self.clone()
        }
    }

    /// The light second stage, if any.
    pub(crate) fn light(&self) -> Option<&Light> {
        self.light.as_deref()
    }

    /// The first stage's transitions.
    pub(crate) fn trans(&self) -> &[Row; N_PREV] {
        &self.trans
    }

    /// Label transition scores: row `prev` (`START` for the first token), column `cur`.
    #[cfg(test)]
    pub(crate) fn transitions(&self) -> &[Row; N_PREV] {
        &self.trans
    }

    /// The second stage, if this is a two-stage model.
    pub(crate) fn second(&self) -> Option<&Model> {
        self.second.as_deref()
    }

    /// Number of features with a weight (all stages).
    pub fn n_features(&self) -> usize {
        self.table.len
            + self.second.as_ref().map_or(0, |s| s.n_features())
            + self.light.as_ref().map_or(0, |l| l.model.n_features())
    }

    /// This stage's emission scores (one row of label scores per token) for the extracted
    /// features in `buf`, before transitions.
    pub(crate) fn emissions(&self, buf: &FeatureBuf) -> Vec<Row> {
        let n = buf.offsets.len().saturating_sub(1);
        let mut em = vec![[0.0f32; N_LABELS]; n];
        self.add_emissions(&mut em, &buf.feats, &buf.offsets);
        em
    }

    /// Like [`Model::emissions`], for token features `feats[offsets[t]..offsets[t + 1]]`.
    pub(crate) fn emissions_parts(&self, feats: &[u64], offsets: &[usize]) -> Vec<Row> {
        let n = offsets.len().saturating_sub(1);
        let mut em = vec![[0.0f32; N_LABELS]; n];
        self.add_emissions(&mut em, feats, offsets);
        em
    }

    /// Adds each token's feature weights onto its row of `em`, in feature order.
    pub(crate) fn add_emissions(&self, em: &mut [Row], feats: &[u64], offsets: &[usize]) {
        for (t, row) in em.iter_mut().enumerate() {
            for &f in token_feats(feats, offsets, t) {
                if let Some(w) = self.table.get(f) {
                    for (r, x) in row.iter_mut().zip(w) {
                        *r += x;
                    }
                }
            }
        }
    }

    /// Best label indices of this stage alone for `tokens` (extracted into `buf`), with the
    /// word-only scores of each distinct word cached per thread (see
    /// [`features::emissions_cached`]). The same labels as [`Model::decode`] up to float
    /// rounding: the weights are added in another order.
    pub(crate) fn decode_words(&self, tokens: &[&str], buf: &mut FeatureBuf) -> Vec<usize> {
        let em = self.emissions_words(tokens, buf);
        viterbi(&em, &self.trans)
    }

    /// This stage's emission scores for `tokens`, with the word-only scores of each distinct
    /// word cached per thread (see [`features::emissions_cached`]); fills `buf`'s token forms
    /// but not its feature lists. The same scores as [`Model::emissions`] up to float rounding.
    pub(crate) fn emissions_words(&self, tokens: &[&str], buf: &mut FeatureBuf) -> Vec<Row> {
        features::emissions_cached(tokens, buf, self.table.id, |k| self.table.get(k))
    }

    /// Best label indices (of this stage) for the extracted features in `buf`.
    pub(crate) fn decode(&self, buf: &FeatureBuf) -> Vec<usize> {
        self.decode_parts(&buf.feats, &buf.offsets)
    }

    /// Best label indices for token features `feats[offsets[t]..offsets[t + 1]]`.
    pub(crate) fn decode_parts(&self, feats: &[u64], offsets: &[usize]) -> Vec<usize> {
        let n = offsets.len().saturating_sub(1);
        self.decode_onto(vec![[0.0f32; N_LABELS]; n], feats, offsets)
    }

    /// Like [`Model::decode_parts`], with `em` (one row per token) holding the scores of
    /// features already counted: each token's features are added onto its row, in order.
    pub(crate) fn decode_onto(
        &self,
        mut em: Vec<Row>,
        feats: &[u64],
        offsets: &[usize],
    ) -> Vec<usize> {
        self.add_emissions(&mut em, feats, offsets);
        viterbi(&em, &self.trans)
    }

    /// For a two-stage model: the first stage's labels for the features in `buf`, and the
    /// second stage's scores of those same features (one row per token; the second stage adds
    /// its own features onto them with [`Model::decode_onto`]). Each feature is looked up once
    /// for both stages. `None` for a single-stage model.
    pub(crate) fn decode_first(&self, buf: &FeatureBuf) -> Option<(Vec<usize>, Vec<Row>)> {
        let joint = self.joint.as_ref()?;
        let n = buf.offsets.len().saturating_sub(1);
        let mut em1 = vec![[0.0f32; N_LABELS]; n];
        let mut em2 = vec![[0.0f32; N_LABELS]; n];
        for (t, (r1, r2)) in em1.iter_mut().zip(em2.iter_mut()).enumerate() {
            for &f in token_feats(&buf.feats, &buf.offsets, t) {
                if let Some([w1, w2]) = joint.get(f) {
                    for (r, x) in r1.iter_mut().zip(w1) {
                        *r += x;
                    }
                    for (r, x) in r2.iter_mut().zip(w2) {
                        *r += x;
                    }
                }
            }
        }
        Some((viterbi(&em1, &self.trans), em2))
    }

    /// Serializes the model (see the module doc for the format). Weights are quantized to i16.
    pub fn to_bytes(&self) -> Vec<u8> {
        let first = self.stage_bytes();
        if let Some(light) = &self.light {
            let second = self.second.as_ref().map(|s| s.stage_bytes());
            let second = second.unwrap_or_default();
            let mut out = Vec::with_capacity(first.len() + second.len() + 64);
            out.extend_from_slice(MAGIC);
            out.extend_from_slice(&VERSION_LIGHT.to_le_bytes());
            out.extend_from_slice(&light.opts.flags().to_le_bytes());
            out.extend_from_slice(&light.opts.alpha.to_le_bytes());
            out.extend_from_slice(&(first.len() as u64).to_le_bytes());
            out.extend_from_slice(&(second.len() as u64).to_le_bytes());
            let sum = hash_bytes(&out);
            out.extend_from_slice(&sum.to_le_bytes());
            out.extend_from_slice(&first);
            out.extend_from_slice(&second);
            out.extend_from_slice(&light.model.stage_bytes());
            return out;
        }
        let Some(second) = &self.second else {
            return first;
        };
        let mut out = Vec::with_capacity(first.len() + 32);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION_STACKED.to_le_bytes());
        out.extend_from_slice(&(first.len() as u64).to_le_bytes());
        out.extend_from_slice(&first);
        out.extend_from_slice(&second.stage_bytes());
        out
    }

    /// One stage in the version-1 format.
    fn stage_bytes(&self) -> Vec<u8> {
        let max = self
            .table
            .rows()
            .flat_map(|(_, w)| w.iter())
            .fold(0.0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut rows: Vec<(u64, &Row)> = self.table.rows().collect();
        rows.sort_unstable_by_key(|r| r.0);
        let mut out = Vec::with_capacity(rows.len() * 12 + 512);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&features::fingerprint().to_le_bytes());
        out.extend_from_slice(&(N_LABELS as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for row in &self.trans {
            for x in row {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        let count_pos = out.len();
        out.extend_from_slice(&0u32.to_le_bytes());
        let mut count = 0u32;
        for (key, w) in rows {
            let q: Vec<i16> = w
                .iter()
                .map(|x| (x / scale).round().clamp(-32767.0, 32767.0) as i16)
                .collect();
            let mask = q
                .iter()
                .enumerate()
                .filter(|(_, &v)| v != 0)
                .fold(0u16, |m, (i, _)| m | 1 << i);
            if mask == 0 {
                continue;
            }
            count += 1;
            out.extend_from_slice(&key.to_le_bytes());
            out.extend_from_slice(&mask.to_le_bytes());
            for v in q.iter().filter(|&&v| v != 0) {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
        out[count_pos..count_pos + 4].copy_from_slice(&count.to_le_bytes());
        let sum = hash_bytes(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Parses a model written by [`Model::to_bytes`]; a truncated, corrupt or stale model (made
    /// for other features) gives [`Error::Model`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, Error> {
        let bad = |m: &str| Error::Model(m.to_owned());
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(bad("not a rasd NER model (bad magic bytes)"));
        }
        if bytes.get(MAGIC.len()..MAGIC.len() + 4) == Some(&VERSION_LIGHT.to_le_bytes()[..]) {
            return Model::from_light_bytes(bytes);
        }
        if bytes.get(MAGIC.len()..MAGIC.len() + 4) == Some(&VERSION_STACKED.to_le_bytes()[..]) {
            let start = MAGIC.len() + 12;
            let len = bytes
                .get(MAGIC.len() + 4..start)
                .and_then(|b| <[u8; 8]>::try_from(b).ok())
                .map(u64::from_le_bytes)
                .ok_or_else(|| bad("file too short"))?;
            let mid = usize::try_from(len)
                .ok()
                .and_then(|l| l.checked_add(start))
                .filter(|&m| m <= bytes.len())
                .ok_or_else(|| bad("first stage longer than the file"))?;
            let first = Model::from_bytes(bytes.get(start..mid).unwrap_or_default())?;
            let second = Model::from_bytes(bytes.get(mid..).unwrap_or_default())?;
            if first.second.is_some()
                || second.second.is_some()
                || first.light.is_some()
                || second.light.is_some()
            {
                return Err(bad("nested two-stage model"));
            }
            return Ok(Model::stacked(first, second));
        }
        let (body, sum) = bytes
            .split_at_checked(bytes.len().saturating_sub(8))
            .ok_or_else(|| bad("file too short"))?;
        let mut r = Reader {
            bytes: body,
            pos: MAGIC.len(),
        };
        let version = r.u32()?;
        if version != VERSION {
            return Err(Error::Model(format!(
                "format version {version}, this build reads version {VERSION}"
            )));
        }
        if sum.len() != 8
            || u64::from_le_bytes(sum.try_into().map_err(|_| bad("short"))?) != hash_bytes(body)
        {
            return Err(bad("checksum mismatch (truncated or corrupt file)"));
        }
        if r.u64()? != features::fingerprint() {
            return Err(bad(
                "made for a different feature set, gazetteer or word lists",
            ));
        }
        if r.u32()? != N_LABELS as u32 {
            return Err(bad("unexpected number of labels"));
        }
        let scale = r.f32()?;
        let mut trans = [[0.0f32; N_LABELS]; N_PREV];
        for row in &mut trans {
            for x in row.iter_mut() {
                *x = r.f32()?;
            }
        }
        let count = r.u32()? as usize;
        // Each feature takes at least 12 bytes: refuse counts the file cannot hold.
        if count > body.len() / 12 {
            return Err(bad("feature count larger than the file"));
        }
        let mut rows = Vec::with_capacity(count);
        for _ in 0..count {
            let key = r.u64()?;
            let mask = r.u16()?;
            if key == 0 || mask >> N_LABELS != 0 {
                return Err(bad("invalid feature record"));
            }
            let mut w = [0.0f32; N_LABELS];
            for (i, x) in w.iter_mut().enumerate() {
                if mask & (1 << i) != 0 {
                    *x = f32::from(r.i16()?) * scale;
                }
            }
            rows.push((key, w));
        }
        if r.pos != body.len() {
            return Err(bad("trailing bytes after the features"));
        }
        Ok(Model::from_parts(&rows, trans))
    }

    /// Parses a version-3 model (first, full second and light second stage).
    fn from_light_bytes(bytes: &[u8]) -> Result<Model, Error> {
        let bad = |m: &str| Error::Model(m.to_owned());
        let head_len = MAGIC.len() + 4 + 4 + 4 + 8 + 8;
        let head = bytes.get(..head_len).ok_or_else(|| bad("file too short"))?;
        let sum = bytes
            .get(head_len..head_len + 8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map(u64::from_le_bytes)
            .ok_or_else(|| bad("file too short"))?;
        if sum != hash_bytes(head) {
            return Err(bad("header checksum mismatch (truncated or corrupt file)"));
        }
        let mut r = Reader {
            bytes: head,
            pos: MAGIC.len() + 4,
        };
        let flags = r.u32()?;
        let alpha = r.f32()?;
        let opts = LightOptions::from_flags(flags, alpha)
            .ok_or_else(|| bad("unknown light-stage feature flags"))?;
        let stage = |start: usize, len: u64| -> Result<(usize, &[u8]), Error> {
            let end = usize::try_from(len)
                .ok()
                .and_then(|l| l.checked_add(start))
                .filter(|&e| e <= bytes.len())
                .ok_or_else(|| bad("stage longer than the file"))?;
            Ok((end, bytes.get(start..end).unwrap_or_default()))
        };
        let len1 = r.u64()?;
        let len2 = r.u64()?;
        let (mid, first) = stage(head_len + 8, len1)?;
        let (end, second) = stage(mid, len2)?;
        let single = |m: Model| {
            if m.second.is_some() || m.light.is_some() {
                Err(bad("nested two-stage model"))
            } else {
                Ok(m)
            }
        };
        let first = single(Model::from_bytes(first)?)?;
        let light = single(Model::from_bytes(bytes.get(end..).unwrap_or_default())?)?;
        let model = if second.is_empty() {
            first
        } else {
            Model::stacked(first, single(Model::from_bytes(second)?)?)
        };
        Ok(model.with_light_stage(light, opts))
    }

    /// Writes the model to `path`.
    pub fn save(&self, path: &Path) -> Result<(), Error> {
        std::fs::write(path, self.to_bytes()).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })
    }

    /// Reads a model from `path`.
    pub fn load(path: &Path) -> Result<Model, Error> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?;
        Model::from_bytes(&bytes).map_err(|e| match e {
            Error::Model(m) => Error::Model(format!("{}: {m}", path.display())),
            other => other,
        })
    }
}

/// Bounds-checked little-endian reader.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], Error> {
        let end = self.pos + N;
        let slice = self
            .bytes
            .get(self.pos..end)
            .ok_or_else(|| Error::Model("file ends early (truncated)".to_owned()))?;
        self.pos = end;
        let mut out = [0u8; N];
        out.copy_from_slice(slice);
        Ok(out)
    }
    fn u16(&mut self) -> Result<u16, Error> {
        self.take().map(u16::from_le_bytes)
    }
    fn i16(&mut self) -> Result<i16, Error> {
        self.take().map(i16::from_le_bytes)
    }
    fn u32(&mut self) -> Result<u32, Error> {
        self.take().map(u32::from_le_bytes)
    }
    fn u64(&mut self) -> Result<u64, Error> {
        self.take().map(u64::from_le_bytes)
    }
    fn f32(&mut self) -> Result<f32, Error> {
        self.take().map(f32::from_le_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    fn row(v: &[(usize, f32)]) -> Row {
        let mut r = [0.0; N_LABELS];
        for &(i, x) in v {
            r[i] = x;
        }
        r
    }

    #[test]
    fn viterbi_never_starts_or_jumps_into_inside_tags() {
        // Emissions prefer I-PERS at t=0 (forbidden) and I-LOC at t=1 (allowed only after B-LOC
        // or I-LOC): the best valid path is B-LOC I-LOC, not the raw argmax I-PERS I-LOC.
        let ipers = Tag::I(Kind::Pers).index();
        let iloc = Tag::I(Kind::Loc).index();
        let bpers = Tag::B(Kind::Pers).index();
        let em = vec![
            row(&[(ipers, 10.0), (bpers, 1.0)]),
            row(&[(iloc, 10.0), (ipers, 1.0)]),
        ];
        let trans = [[0.0; N_LABELS]; N_PREV];
        let bloc = Tag::B(Kind::Loc).index();
        let path = viterbi(&em, &trans);
        assert_eq!(path, vec![bloc, iloc]);
        // Without B-LOC as an option at t=0 the path falls back to B-PERS I-PERS.
        let mut trans2 = trans;
        trans2[START][bloc] = -100.0;
        assert_eq!(viterbi(&em, &trans2), vec![bpers, ipers]);
        for w in path.windows(2) {
            assert!(allowed(w[0], w[1]));
        }
    }

    #[test]
    fn viterbi_predecessors_are_the_allowed_ones() {
        // The loop in `viterbi` takes I-X's predecessors as B-X and I-X, anything else's as
        // every label: the same pairs `allowed` lets through.
        for cur in 0..N_LABELS {
            let inside = cur >= 2 && cur % 2 == 0;
            for prev in 0..N_LABELS {
                let listed = !inside || prev == cur - 1 || prev == cur;
                assert_eq!(listed, allowed(prev, cur), "{prev} -> {cur}");
            }
        }
    }

    #[test]
    fn viterbi_uses_transitions() {
        let o = 0;
        let bloc = Tag::B(Kind::Loc).index();
        let em = vec![row(&[(bloc, 1.0)]), row(&[(bloc, 1.0), (o, 0.9)])];
        let mut trans = [[0.0; N_LABELS]; N_PREV];
        trans[bloc][bloc] = -5.0;
        assert_eq!(viterbi(&em, &trans), vec![bloc, o]);
        assert!(viterbi(&[], &trans).is_empty());
    }

    fn sample() -> Model {
        let mut trans = [[0.0; N_LABELS]; N_PREV];
        trans[START][1] = 0.5;
        trans[3][4] = -1.25;
        Model::from_parts(
            &[
                (12345, row(&[(1, 2.0), (3, -1.0)])),
                (99, row(&[(0, 0.001), (8, 4.0)])),
            ],
            trans,
        )
    }

    #[test]
    fn round_trips_through_bytes() {
        let m = sample();
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).expect("loads");
        assert_eq!(back.n_features(), 2);
        let w = back.table.get(12345).expect("feature kept");
        assert!((w[1] - 2.0).abs() < 1e-3 && (w[3] + 1.0).abs() < 1e-3);
        assert_eq!(back.trans[3][4], -1.25);
        assert_eq!(back.to_bytes(), bytes, "stable encoding");
        assert!(back.table.get(7).is_none());
    }

    #[test]
    fn corrupt_or_truncated_models_are_errors() {
        let bytes = sample().to_bytes();
        for cut in [0, 5, 8, 20, bytes.len() / 2, bytes.len() - 1] {
            let err = Model::from_bytes(&bytes[..cut]).expect_err("truncated");
            assert!(matches!(err, Error::Model(_)), "{err}");
        }
        let mut flipped = bytes.clone();
        let mid = flipped.len() / 2;
        flipped[mid] ^= 0x40;
        let err = Model::from_bytes(&flipped).expect_err("corrupt");
        assert!(err.to_string().contains("checksum"), "{err}");
        let err = Model::from_bytes(b"PK\x03\x04 not a model").expect_err("foreign");
        assert!(err.to_string().contains("magic"), "{err}");
    }
}
