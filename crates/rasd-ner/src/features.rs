//! Feature extraction: each token becomes a list of hashed `u64` feature keys.
//!
//! Nothing is allocated per token: folded forms go into one reused string, and every feature is
//! a hash of (template id, value hash), so the model never sees a string. The templates are
//! listed in [`Template`]; changing any of them (or the gazetteer or trigger lists) changes
//! [`fingerprint`], and models made for other features are refused at load time.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{LazyLock, OnceLock};

use crate::model::Row;
use crate::normalize::{clitic_candidates, fold_into, strip_article_clitics};
use crate::{Kind, N_LABELS};

// ---------------------------------------------------------------------------------------------
// Hashing

const K: u64 = 0x517c_c1b7_2722_0a95;

#[inline]
fn add(h: u64, w: u64) -> u64 {
    (h.rotate_left(5) ^ w).wrapping_mul(K)
}

/// FxHash-style hash of bytes, 8 at a time.
#[inline]
pub(crate) fn hash_bytes(b: &[u8]) -> u64 {
    let mut h = 0u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = add(h, u64::from_le_bytes(w));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = add(h, u64::from_le_bytes(w));
    }
    add(h, b.len() as u64)
}

/// Final avalanche (murmur3 fmix64), so the high bits index hash tables well.
#[inline]
pub(crate) fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h
}

/// Combines two hashes (order matters).
#[inline]
pub(crate) fn pair(a: u64, b: u64) -> u64 {
    add(add(0x9e37_79b9, a), b)
}

/// The key of feature `template` with value hash `v`; never 0 (0 marks empty table slots).
#[inline]
pub(crate) fn key(template: Template, v: u64) -> u64 {
    fmix(add(add(0, template as u64 + 1), v)) | 1
}

/// A `Hasher` for keys that are already well-mixed hashes.
#[derive(Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = add(self.0, u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        // Word hashes are FxHash-like, weak in the low bits that hashbrown indexes with.
        self.0 = fmix(n);
    }
}

/// Hash map keyed by pre-hashed `u64`s.
pub(crate) type IdMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

// ---------------------------------------------------------------------------------------------
// Word lists

/// Trigger classes of the words around a name.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Trigger {
    None = 0,
    /// Titles and roles that come before a person's name.
    Title = 1,
    /// Heads of place names.
    Place = 2,
    /// Heads of organization names.
    Organization = 3,
    /// Verbs of saying, whose subject is often a person.
    Speech = 4,
    /// Prepositions that often come before a place.
    Preposition = 5,
    /// Name particles (ibn, abu…).
    NameParticle = 6,
}

// Our own lists of common news words, written in plain spelling; folded and stripped at load.
const TITLES: &str = "الرئيس رئيس الرئيسة وزير الوزير وزيرة المبعوث مبعوث الشيخ الدكتور د العقيد \
    اللواء العميد الجنرال المشير الفريق الرائد المقدم النقيب السيد السيدة الملك الملكة الأمير \
    الأميرة السلطان المستشار المستشارة النائب الزعيم القائد المتحدث الناطق الأمين المدير \
    المدرب اللاعب الكاتب الشاعر الفنان الفنانة الباحث الأستاذ البروفيسور الإمام البابا المفوض \
    السفير القاضي المحامي الصحفي المراسل المحافظ الحاكم العاهل نظيره نظيرها المرشد الحاج المطرب \
    الممثل المخرج الروائي المفتي الكاردينال الأسقف المطران رئيسة";
const PLACES: &str = "مدينة محافظة ولاية عاصمة العاصمة منطقة إقليم بلدة قرية جزيرة جزر نهر بحر \
    جبل جبال دولة مقاطعة إمارة ضواحي حي مخيم قضاء بلاد جمهورية مملكة شمال جنوب شرق غرب شمالي \
    جنوبي شرقي غربي وسط ميناء مطار شارع ساحة قطاع صحراء خليج";
const ORGS: &str = "وزارة حزب جماعة شركة وكالة منظمة جامعة مجلس هيئة حركة اتحاد جمعية مؤسسة بنك \
    مصرف صندوق لجنة محكمة برلمان جيش قوات جبهة تحالف نادي منتدى معهد مركز مكتب رابطة نقابة \
    صحيفة مجموعة مستشفى إذاعة قناة تلفزيون مديرية سلطة بورصة كتائب فيلق مدرسة أكاديمية";
const SPEECH: &str = "قال قالت يقول تقول أضاف أضافت أكد أكدت أعلن أعلنت صرح صرحت أوضح أوضحت أشار \
    أشارت ذكر ذكرت تابع لفت نفى نفت شدد شددت دعا دعت أفاد اعتبر رأى طالب طالبت أبلغ حذر حذرت";
const PREPOSITIONS: &str = "في من إلى الى عن على نحو داخل قرب أنحاء عبر لدى حتى";
const PARTICLES: &str = "بن ابن بنت أبو ابو أبي ابي أم آل عبد";

/// Whole-word trigger lookup, keyed by the hash of the folded, article-stripped word.
static TRIGGERS: LazyLock<IdMap<Trigger>> = LazyLock::new(|| {
    let mut map = IdMap::default();
    let mut buf = String::new();
    for (list, class) in [
        (PARTICLES, Trigger::NameParticle),
        (PREPOSITIONS, Trigger::Preposition),
        (SPEECH, Trigger::Speech),
        (PLACES, Trigger::Place),
        (ORGS, Trigger::Organization),
        (TITLES, Trigger::Title),
    ] {
        for w in list.split_whitespace() {
            fold_into(w, &mut buf);
            let (stem, _) = strip_article_clitics(&buf);
            map.insert(hash_bytes(stem.as_bytes()), class);
        }
    }
    map
});

/// The shipped gazetteer: `KIND<TAB>folded entry` lines, made by `scripts/ner/gen_gazetteer.sh`
/// from the ANERgazet lists (see `data/README.md`).
pub(crate) static GAZETTEER_TSV: &str = include_str!("../data/gazetteer.tsv");

/// Gazetteer entries as hashes of their token sequences.
struct Gazetteer {
    /// Sequence hash → bit k set when an entry of kind k ends here; bit 7 when the sequence is a
    /// proper prefix of a longer entry.
    seqs: IdMap<u8>,
}

const PREFIX_BIT: u8 = 0x80;

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut seqs: IdMap<u8> = IdMap::default();
    let mut buf = String::new();
    for line in GAZETTEER_TSV.lines() {
        let Some((kind, entry)) = line.split_once('\t') else {
            continue;
        };
        let Some(kind) = Kind::parse(kind) else {
            continue;
        };
        let words: Vec<&str> = entry.split_whitespace().collect();
        let mut h = SEQ_SEED;
        for (i, w) in words.iter().enumerate() {
            fold_into(w, &mut buf);
            let stem = strip_article_clitics(&buf).0;
            h = pair(h, hash_bytes(stem.as_bytes()));
            let bits = seqs.entry(h).or_insert(0);
            if i + 1 == words.len() {
                *bits |= 1 << kind as u8;
            } else {
                *bits |= PREFIX_BIT;
            }
        }
    }
    Gazetteer { seqs }
});

/// Distributional word clusters computed from SaudiNewsNet by `scripts/ner/gen_clusters.sh`
/// (see `data/README.md`): `word<TAB>top<TAB>leaf<TAB>log2 count` lines, words folded.
pub(crate) static CLUSTERS_TSV: &str = include_str!("../data/clusters.tsv");

/// A word's clusters (coarse and fine) and frequency class in the unlabeled corpus.
#[derive(Clone, Copy, Default)]
struct Cluster {
    top: u16,
    leaf: u16,
    freq: u8,
}

/// Cluster of words absent from the table (rare words: often names).
const NO_CLUSTER: Cluster = Cluster {
    top: u16::MAX,
    leaf: u16::MAX,
    freq: 0xff,
};
/// Cluster of the positions before the first and after the last token.
const PAD_CLUSTER: Cluster = Cluster {
    top: u16::MAX - 1,
    leaf: u16::MAX - 1,
    freq: 0xfe,
};

static CLUSTERS: LazyLock<IdMap<Cluster>> = LazyLock::new(|| {
    let mut map = IdMap::default();
    for line in CLUSTERS_TSV.lines() {
        let mut f = line.split('\t');
        let (Some(word), Some(top), Some(leaf), Some(freq)) =
            (f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let (Ok(top), Ok(leaf), Ok(freq)) = (top.parse(), leaf.parse(), freq.parse()) else {
            continue;
        };
        map.insert(hash_bytes(word.as_bytes()), Cluster { top, leaf, freq });
    }
    map
});

/// How SaudiNewsNet's words were tagged by a context-only tagger (`scripts/ner/gen_labeldist.sh`,
/// see `data/README.md`): `word<TAB>floor(log2 count)<TAB>PERS%<TAB>LOC%<TAB>ORG%<TAB>MISC%`.
pub(crate) static LABELDIST_TSV: &str = include_str!("../data/labeldist.tsv");

/// Another label-distribution table, for experiments (see [`crate::set_label_table`]).
pub(crate) static LABELDIST_OVERRIDE: OnceLock<String> = OnceLock::new();

fn labeldist_text() -> &'static str {
    LABELDIST_OVERRIDE
        .get()
        .map_or(LABELDIST_TSV, String::as_str)
}

/// A word's label distribution: frequency class and percent of occurrences tagged each kind.
#[derive(Clone, Copy, Default)]
struct Dist {
    freq: u8,
    rate: [u8; 4],
}

/// Distribution of words absent from the table.
const NO_DIST: Dist = Dist {
    freq: 0xff,
    rate: [0; 4],
};

static LABELDIST: LazyLock<IdMap<Dist>> = LazyLock::new(|| {
    let mut map = IdMap::default();
    for line in labeldist_text().lines() {
        let mut f = line.split('\t');
        let Some(word) = f.next() else { continue };
        let nums: Vec<u8> = f.filter_map(|x| x.parse().ok()).collect();
        if let [freq, p, l, o, m] = nums[..] {
            map.insert(
                hash_bytes(word.as_bytes()),
                Dist {
                    freq,
                    rate: [p, l, o, m],
                },
            );
        }
    }
    map
});

/// Bucket of a percentage.
fn rate_bucket(r: u8) -> u64 {
    match r {
        0 => 0,
        1..=4 => 1,
        5..=19 => 2,
        20..=49 => 3,
        50..=79 => 4,
        _ => 5,
    }
}

/// The dominant kind of a distribution with its bucket; 0xffff when absent.
fn dist_top(d: Dist) -> u64 {
    if d.freq == 0xff {
        return 0xffff;
    }
    let mut best = 0;
    for k in 1..4 {
        if d.rate[k] > d.rate[best] {
            best = k;
        }
    }
    (best as u64) << 8 | rate_bucket(d.rate[best])
}

/// A token without the punctuation glued to its ends (`لأفغانستان؛` → `لأفغانستان`); tokens that
/// are all punctuation stay as they are.
fn word_core(tok: &str) -> &str {
    let core = tok.trim_matches(|c: char| !is_alphanumeric(c));
    if core.is_empty() {
        tok
    } else {
        core
    }
}

/// `char::is_alphanumeric` with the ASCII and Arabic letters and digits answered first: std's
/// answer for them is a table search per char (3.5 % of full analysis when it was used here).
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0660}'..='\u{0669}')
    {
        true
    } else {
        c.is_alphanumeric()
    }
}

const SEQ_SEED: u64 = 0x2545_f491_4f6c_dd1d;

/// A hash of everything the features depend on besides the code: the gazetteer and word lists.
/// Bump [`FEATURE_VERSION`] when the templates change.
pub(crate) fn fingerprint() -> u64 {
    let mut h = FEATURE_VERSION;
    for part in [
        GAZETTEER_TSV,
        CLUSTERS_TSV,
        labeldist_text(),
        TITLES,
        PLACES,
        ORGS,
        SPEECH,
        PREPOSITIONS,
        PARTICLES,
    ] {
        h = pair(h, hash_bytes(part.as_bytes()));
    }
    fmix(h)
}

/// Version of the feature templates below.
const FEATURE_VERSION: u64 = 4;

// ---------------------------------------------------------------------------------------------
// Extraction

/// Feature templates. The discriminant is hashed into every key.
#[derive(Clone, Copy)]
#[repr(u8)]
pub(crate) enum Template {
    Bias,
    Norm,
    Stem,
    Clitic,
    NormPrev,
    NormNext,
    NormPrev2,
    NormNext2,
    StemPrev,
    StemNext,
    BigramPrev,
    BigramNext,
    StemBigramPrev,
    Prefix1,
    Prefix2,
    Prefix3,
    Suffix1,
    Suffix2,
    Suffix3,
    SuffixPrev,
    SuffixNext,
    Shape,
    ShapeWindow,
    Gaz,
    GazPrev,
    GazNext,
    TrigPrev,
    TrigPrev2,
    Trig,
    TrigNext,
    TrigPrevStem,
    ClusterTop,
    ClusterLeaf,
    ClusterLeafPrev,
    ClusterLeafNext,
    ClusterTopPrevCur,
    ClusterTopCurNext,
    StemClusterLeaf,
    Frequency,
    Alt,
    AltCluster,
    AltClusterTop,
    // Second stage (see `stack.rs`): first-stage labels and document-level counts.
    S1,
    S1Prev,
    S1Next,
    DocUnseen,
    Doc,
    DocCount,
    DocS1,
    DocPrev,
    DocNext,
    DocSpan,
    DocSpanS1,
    // Label distributions in SaudiNewsNet.
    Ld,
    LdTop,
    LdPrev,
    LdNext,
    LdPrev2,
    LdNext2,
    LdPrevCur,
    LdCurNext,
    // Light second stage (see `stack.rs`): the word and the first stage's confidence.
    LightWord,
    LightWordS1,
    LightMargin,
    LightDocMargin,
}

/// What is precomputed once per token and shared by the neighbours' features.
#[derive(Clone, Copy, Default)]
struct TokInfo {
    norm: u64,
    stem: u64,
    cluster: Cluster,
    stem_cluster: Cluster,
    /// Hash of the word without a single-letter proclitic, 0 if none.
    alt: u64,
    alt_cluster: Cluster,
    clitic: u64,
    pre: [u64; 3],
    suf: [u64; 3],
    stem_suf3: u64,
    shape: u8,
    gaz: u8,
    trig: u8,
    dist: Dist,
}

/// Reusable buffers: folded text, per-token info and the resulting features.
#[derive(Default, Debug)]
pub struct FeatureBuf {
    folded: String,
    info: Vec<TokInfoDebug>,
    pub(crate) feats: Vec<u64>,
    /// Token t's features are `feats[offsets[t]..offsets[t + 1]]`.
    pub(crate) offsets: Vec<usize>,
    stems: Vec<u64>,
    cands: Vec<[u64; 3]>,
    /// Second-stage features (see `stack.rs`), laid out like `feats`/`offsets`.
    pub(crate) stack_feats: Vec<u64>,
    pub(crate) stack_offsets: Vec<usize>,
}

// `TokInfo` stays private; this wrapper only exists so `FeatureBuf` can derive Debug.
#[derive(Clone, Copy, Default)]
struct TokInfoDebug(TokInfo);

impl std::fmt::Debug for TokInfoDebug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokInfo")
    }
}

impl FeatureBuf {
    /// Number of tokens extracted.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Each token's forms for document-level counts: the folded, article-stripped word and the
    /// word behind a one-letter proclitic (0 if none).
    pub(crate) fn forms(&self) -> Vec<[u64; 2]> {
        self.cands.iter().map(|c| [c[0], c[1]]).collect()
    }

    /// Features of token `t`.
    #[cfg(test)]
    pub(crate) fn token(&self, t: usize) -> &[u64] {
        match (self.offsets.get(t), self.offsets.get(t + 1)) {
            (Some(&a), Some(&b)) => self.feats.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }
}

const PAD_PREV: u64 = 0x1111_2222_3333_4444;
const PAD_NEXT: u64 = 0x5555_6666_7777_8888;

fn shape(word: &str) -> u8 {
    let (mut arabic, mut digit, mut latin, mut other) = (false, false, false, false);
    let mut n = 0u8;
    for c in word.chars() {
        n = n.saturating_add(1);
        match c {
            '\u{0600}'..='\u{06FF}' => arabic = true,
            '0'..='9' => digit = true,
            'a'..='z' | 'A'..='Z' => latin = true,
            _ => other = true,
        }
    }
    let class =
        u8::from(arabic) | u8::from(digit) << 1 | u8::from(latin) << 2 | u8::from(other) << 3;
    let len = match n {
        0..=1 => 0,
        2..=3 => 1,
        4..=5 => 2,
        6..=8 => 3,
        _ => 4,
    };
    class << 3 | len
}

/// Hashes of the first and last 1–3 chars of `s`.
fn affixes(s: &str) -> ([u64; 3], [u64; 3]) {
    let mut pre = [0u64; 3];
    let mut suf = [0u64; 3];
    let mut ends = s.char_indices().map(|(i, c)| i + c.len_utf8());
    for slot in &mut pre {
        if let Some(end) = ends.next() {
            *slot = hash_bytes(s.as_bytes().get(..end).unwrap_or_default());
        }
    }
    let mut starts = s.char_indices().rev().map(|(i, _)| i);
    for slot in &mut suf {
        if let Some(start) = starts.next() {
            *slot = hash_bytes(s.as_bytes().get(start..).unwrap_or_default());
        }
    }
    (pre, suf)
}

/// Trigger class of a word from the hashes of its clitic candidates (0 = no candidate).
fn trigger_of(cands: &[u64; 3]) -> Trigger {
    let triggers = &*TRIGGERS;
    for &h in cands.iter().filter(|&&h| h != 0) {
        if let Some(&t) = triggers.get(&h) {
            return t;
        }
    }
    Trigger::None
}

/// Extracts the features of `tokens` into `buf` (previous contents are discarded).
pub(crate) fn extract(tokens: &[&str], buf: &mut FeatureBuf) {
    extract_with(tokens, buf, false);
}

/// Like [`extract`]; with `context_only`, without the features that name the word itself
/// (its forms, long affixes, word pairs) or the label-distribution table: what the tagger that
/// builds that table sees, so that the table says how a word's *contexts* read.
pub(crate) fn extract_with(tokens: &[&str], buf: &mut FeatureBuf, context_only: bool) {
    buf.info.clear();
    buf.stems.clear();
    buf.cands.clear();
    for tok in tokens {
        let w = word_part(tok, &mut buf.folded, context_only);
        buf.cands.push(w.cands);
        buf.info.push(TokInfoDebug(w.info));
        buf.stems.push(w.info.stem);
    }
    mark_gazetteer(tokens, buf);

    buf.feats.clear();
    buf.offsets.clear();
    buf.offsets.push(0);
    let mut feats = std::mem::take(&mut buf.feats);
    for t in 0..tokens.len() {
        let Some(window) = Window::at(&buf.info, t) else {
            break;
        };
        token_features::<true, true>(&window, context_only, &mut feats);
        buf.offsets.push(feats.len());
    }
    buf.feats = feats;
}

/// What a token is on its own, whatever its neighbours (all of [`TokInfo`] but `gaz`, which
/// [`mark_gazetteer`] sets from the tokens around), and the hashes of its clitic candidates.
#[derive(Clone, Copy)]
struct WordPart {
    info: TokInfo,
    cands: [u64; 3],
}

/// Computes a token's [`WordPart`]; `folded` is a reused buffer.
fn word_part(tok: &str, folded: &mut String, context_only: bool) -> WordPart {
    let clusters = &*CLUSTERS;
    fold_into(word_core(tok), folded);
    let folded = folded.as_str();
    let (stem, clitic) = strip_article_clitics(folded);
    let (pre, stem_suf) = affixes(stem);
    let norm = hash_bytes(folded.as_bytes());
    // The stem, then the word behind one or two single-letter proclitics (و ف ب ل ك), e.g.
    // وعلي → علي: what triggers, clusters and the gazetteer are looked up under.
    let mut cands = [0u64; 3];
    for (slot, c) in cands.iter_mut().zip(clitic_candidates(folded)) {
        *slot = hash_bytes(c.as_bytes());
    }
    let [stem_h, alt, _] = cands;
    let info = TokInfo {
        norm,
        stem: stem_h,
        cluster: clusters.get(&norm).copied().unwrap_or(NO_CLUSTER),
        stem_cluster: clusters.get(&stem_h).copied().unwrap_or(NO_CLUSTER),
        alt,
        alt_cluster: if alt == 0 {
            NO_CLUSTER
        } else {
            clusters.get(&alt).copied().unwrap_or(NO_CLUSTER)
        },
        clitic: hash_bytes(clitic.as_bytes()),
        pre,
        suf: if clitic.is_empty() {
            stem_suf
        } else {
            affixes(folded).1
        },
        stem_suf3: stem_suf[2],
        shape: shape(tok),
        gaz: 0,
        trig: trigger_of(&cands) as u8,
        dist: if context_only {
            NO_DIST
        } else {
            let labeldist = &*LABELDIST;
            labeldist
                .get(&stem_h)
                .or_else(|| labeldist.get(&alt))
                .copied()
                .unwrap_or(NO_DIST)
        },
    };
    WordPart { info, cands }
}

/// A token's info and its neighbours' (`None` past the ends of the sentence).
struct Window {
    cur: TokInfo,
    prev: Option<TokInfo>,
    next: Option<TokInfo>,
    prev2: Option<TokInfo>,
    next2: Option<TokInfo>,
}

impl Window {
    /// The window around token `t` of `infos`; `None` if `t` is out of range.
    fn at(infos: &[TokInfoDebug], t: usize) -> Option<Window> {
        let info = |i: Option<usize>| i.and_then(|i| infos.get(i)).map(|x| x.0);
        Some(Window {
            cur: info(Some(t))?,
            prev: info(t.checked_sub(1)),
            next: info(t.checked_add(1)),
            prev2: info(t.checked_sub(2)),
            next2: info(t.checked_add(2)),
        })
    }

    /// A token alone: for its word-only features, which never read the neighbours.
    fn alone(cur: TokInfo) -> Window {
        Window {
            cur,
            prev: None,
            next: None,
            prev2: None,
            next2: None,
        }
    }
}

/// Pushes the features of the token at the centre of `w` onto `feats`, in template order:
/// with `WORD`, those that depend on the word alone (its forms, affixes, shape, trigger class,
/// clusters, label distribution); with `CONTEXT`, those that also read the neighbours or the
/// gazetteer marks. `extract_with` takes both, interleaved in the order training saw them;
/// [`emissions_cached`] sums the word-only ones once per distinct word.
fn token_features<const WORD: bool, const CONTEXT: bool>(
    w: &Window,
    context_only: bool,
    feats: &mut Vec<u64>,
) {
    let Window {
        cur,
        prev,
        next,
        prev2,
        next2,
    } = *w;
    let norm_or = |x: Option<TokInfo>, pad| x.map_or(pad, |x| x.norm);
    let stem_or = |x: Option<TokInfo>, pad| x.map_or(pad, |x| x.stem);
    use Template as T;
    if WORD {
        feats.push(key(T::Bias, 0));
        if !context_only {
            feats.push(key(T::Norm, cur.norm));
            feats.push(key(T::Stem, cur.stem));
        }
        feats.push(key(T::Clitic, cur.clitic));
    }
    if CONTEXT {
        feats.push(key(T::NormPrev, norm_or(prev, PAD_PREV)));
        feats.push(key(T::NormNext, norm_or(next, PAD_NEXT)));
        feats.push(key(T::NormPrev2, norm_or(prev2, PAD_PREV)));
        feats.push(key(T::NormNext2, norm_or(next2, PAD_NEXT)));
        feats.push(key(T::StemPrev, stem_or(prev, PAD_PREV)));
        feats.push(key(T::StemNext, stem_or(next, PAD_NEXT)));
        if !context_only {
            feats.push(key(T::BigramPrev, pair(norm_or(prev, PAD_PREV), cur.norm)));
            feats.push(key(T::BigramNext, pair(cur.norm, norm_or(next, PAD_NEXT))));
            feats.push(key(
                T::StemBigramPrev,
                pair(stem_or(prev, PAD_PREV), cur.stem),
            ));
        }
    }
    if WORD {
        let n_affix = if context_only { 2 } else { 3 };
        for (tpl, h) in [T::Prefix1, T::Prefix2, T::Prefix3]
            .into_iter()
            .zip(cur.pre)
            .take(n_affix)
        {
            if h != 0 {
                feats.push(key(tpl, h));
            }
        }
        for (tpl, h) in [T::Suffix1, T::Suffix2, T::Suffix3]
            .into_iter()
            .zip(cur.suf)
            .take(n_affix)
        {
            if h != 0 {
                feats.push(key(tpl, h));
            }
        }
    }
    if CONTEXT {
        feats.push(key(T::SuffixPrev, prev.map_or(PAD_PREV, |x| x.stem_suf3)));
        feats.push(key(T::SuffixNext, next.map_or(PAD_NEXT, |x| x.stem_suf3)));
    }
    if WORD {
        feats.push(key(T::Shape, u64::from(cur.shape)));
    }
    let tr = |x: Option<TokInfo>| x.map_or(0xff, |x| u64::from(x.trig));
    if CONTEXT {
        let sh = |x: Option<TokInfo>| x.map_or(0xff, |x| u64::from(x.shape));
        feats.push(key(
            T::ShapeWindow,
            sh(prev) << 16 | u64::from(cur.shape) << 8 | sh(next),
        ));
        if cur.gaz != 0 {
            feats.push(key(T::Gaz, u64::from(cur.gaz)));
        }
        feats.push(key(T::GazPrev, prev.map_or(0x100, |x| u64::from(x.gaz))));
        feats.push(key(T::GazNext, next.map_or(0x100, |x| u64::from(x.gaz))));
        feats.push(key(T::TrigPrev, tr(prev)));
        feats.push(key(T::TrigPrev2, tr(prev2)));
    }
    if WORD {
        feats.push(key(T::Trig, u64::from(cur.trig)));
    }
    let cl = |x: Option<TokInfo>, pad: Cluster| x.map_or(pad, |x| x.cluster);
    if CONTEXT {
        feats.push(key(T::TrigNext, tr(next)));
        if tr(prev) != Trigger::None as u64 && !context_only {
            feats.push(key(T::TrigPrevStem, pair(tr(prev), cur.stem)));
        }
    }
    if WORD {
        feats.push(key(T::ClusterTop, u64::from(cur.cluster.top)));
        feats.push(key(T::ClusterLeaf, u64::from(cur.cluster.leaf)));
    }
    if CONTEXT {
        feats.push(key(
            T::ClusterLeafPrev,
            u64::from(cl(prev, PAD_CLUSTER).leaf),
        ));
        feats.push(key(
            T::ClusterLeafNext,
            u64::from(cl(next, PAD_CLUSTER).leaf),
        ));
        feats.push(key(
            T::ClusterTopPrevCur,
            u64::from(cl(prev, PAD_CLUSTER).top) << 8 | u64::from(cur.cluster.top),
        ));
        feats.push(key(
            T::ClusterTopCurNext,
            u64::from(cur.cluster.top) << 8 | u64::from(cl(next, PAD_CLUSTER).top),
        ));
    }
    if WORD {
        feats.push(key(T::StemClusterLeaf, u64::from(cur.stem_cluster.leaf)));
        feats.push(key(T::Frequency, u64::from(cur.cluster.freq)));
    }
    if !context_only {
        let d = cur.dist;
        if WORD {
            if d.freq == 0xff {
                // Absent: a rare word (often a name) or a frequent word never tagged a name.
                feats.push(key(T::Ld, 0xffff | u64::from(cur.cluster.freq) << 16));
            } else {
                for (k, &r) in d.rate.iter().enumerate() {
                    if r > 0 {
                        feats.push(key(T::Ld, (k as u64) << 8 | rate_bucket(r)));
                    }
                }
                feats.push(key(T::LdTop, dist_top(d) | u64::from(d.freq.min(12)) << 16));
            }
        }
        if CONTEXT {
            let top = |x: Option<TokInfo>| x.map_or(0xfffe, |x| dist_top(x.dist));
            feats.push(key(T::LdPrev, top(prev)));
            feats.push(key(T::LdNext, top(next)));
            feats.push(key(T::LdPrev2, top(prev2)));
            feats.push(key(T::LdNext2, top(next2)));
            feats.push(key(T::LdPrevCur, top(prev) << 20 | dist_top(d)));
            feats.push(key(T::LdCurNext, dist_top(d) << 20 | top(next)));
        }
    }
    if WORD && cur.alt != 0 {
        if !context_only {
            feats.push(key(T::Alt, cur.alt));
        }
        feats.push(key(T::AltCluster, u64::from(cur.alt_cluster.leaf)));
        feats.push(key(T::AltClusterTop, u64::from(cur.alt_cluster.top)));
    }
}

/// Where a neighbour stands from the token whose features it gives.
#[derive(Clone, Copy)]
enum Neighbour {
    Prev,
    Next,
    Prev2,
    Next2,
}

/// The four neighbours, in the order their features are added.
const NEIGHBOURS: [Neighbour; 4] = [
    Neighbour::Prev,
    Neighbour::Next,
    Neighbour::Prev2,
    Neighbour::Next2,
];

impl Neighbour {
    /// The index of this neighbour of token `t` (`None` before the start; past the end is for
    /// the caller's bounds check).
    fn of(self, t: usize) -> Option<usize> {
        match self {
            Neighbour::Prev => t.checked_sub(1),
            Neighbour::Next => t.checked_add(1),
            Neighbour::Prev2 => t.checked_sub(2),
            Neighbour::Next2 => t.checked_add(2),
        }
    }
}

/// The context features that read one neighbour's word alone (`None`: the sentence edge), in
/// template order: together with [`token_features`]'s word-only ones and [`pair_features`],
/// exactly the features training extracts (a unit test checks it).
fn neighbour_features(n: Option<TokInfo>, role: Neighbour, feats: &mut Vec<u64>) {
    use Template as T;
    let pad = match role {
        Neighbour::Prev | Neighbour::Prev2 => PAD_PREV,
        Neighbour::Next | Neighbour::Next2 => PAD_NEXT,
    };
    let norm = n.map_or(pad, |x| x.norm);
    let trig = n.map_or(0xff, |x| u64::from(x.trig));
    let top = n.map_or(0xfffe, |x| dist_top(x.dist));
    match role {
        Neighbour::Prev | Neighbour::Next => {
            let prev = matches!(role, Neighbour::Prev);
            let pick = |a, b| if prev { a } else { b };
            feats.push(key(pick(T::NormPrev, T::NormNext), norm));
            feats.push(key(
                pick(T::StemPrev, T::StemNext),
                n.map_or(pad, |x| x.stem),
            ));
            feats.push(key(
                pick(T::SuffixPrev, T::SuffixNext),
                n.map_or(pad, |x| x.stem_suf3),
            ));
            feats.push(key(pick(T::TrigPrev, T::TrigNext), trig));
            feats.push(key(
                pick(T::ClusterLeafPrev, T::ClusterLeafNext),
                u64::from(n.map_or(PAD_CLUSTER, |x| x.cluster).leaf),
            ));
            feats.push(key(pick(T::LdPrev, T::LdNext), top));
        }
        Neighbour::Prev2 => {
            feats.push(key(T::NormPrev2, norm));
            feats.push(key(T::TrigPrev2, trig));
            feats.push(key(T::LdPrev2, top));
        }
        Neighbour::Next2 => {
            feats.push(key(T::NormNext2, norm));
            feats.push(key(T::LdNext2, top));
        }
    }
}

/// The context features that read the token with a neighbour, or the gazetteer marks (full
/// features, not context-only), in template order.
fn pair_features(w: &Window, feats: &mut Vec<u64>) {
    use Template as T;
    let Window {
        cur, prev, next, ..
    } = *w;
    let norm_or = |x: Option<TokInfo>, pad| x.map_or(pad, |x| x.norm);
    feats.push(key(T::BigramPrev, pair(norm_or(prev, PAD_PREV), cur.norm)));
    feats.push(key(T::BigramNext, pair(cur.norm, norm_or(next, PAD_NEXT))));
    feats.push(key(
        T::StemBigramPrev,
        pair(prev.map_or(PAD_PREV, |x| x.stem), cur.stem),
    ));
    let sh = |x: Option<TokInfo>| x.map_or(0xff, |x| u64::from(x.shape));
    feats.push(key(
        T::ShapeWindow,
        sh(prev) << 16 | u64::from(cur.shape) << 8 | sh(next),
    ));
    if cur.gaz != 0 {
        feats.push(key(T::Gaz, u64::from(cur.gaz)));
    }
    feats.push(key(T::GazPrev, prev.map_or(0x100, |x| u64::from(x.gaz))));
    feats.push(key(T::GazNext, next.map_or(0x100, |x| u64::from(x.gaz))));
    let tr_prev = prev.map_or(0xff, |x| u64::from(x.trig));
    if tr_prev != Trigger::None as u64 {
        feats.push(key(T::TrigPrevStem, pair(tr_prev, cur.stem)));
    }
    let cl = |x: Option<TokInfo>| x.map_or(PAD_CLUSTER, |x| x.cluster);
    feats.push(key(
        T::ClusterTopPrevCur,
        u64::from(cl(prev).top) << 8 | u64::from(cur.cluster.top),
    ));
    feats.push(key(
        T::ClusterTopCurNext,
        u64::from(cur.cluster.top) << 8 | u64::from(cl(next).top),
    ));
    let top = |x: Option<TokInfo>| x.map_or(0xfffe, |x| dist_top(x.dist));
    let d = dist_top(cur.dist);
    feats.push(key(T::LdPrevCur, top(prev) << 20 | d));
    feats.push(key(T::LdCurNext, d << 20 | top(next)));
}

/// A word seen before on this thread, with what it contributes whatever its neighbours.
struct CachedWord {
    word: Box<str>,
    part: WordPart,
    /// The sum of its word-only feature weights, from zero, in template order.
    row: Row,
    /// The sums of the features it gives the token after it, before it, two after and two
    /// before (see [`neighbour_features`]), each from zero.
    as_neighbour: [Row; 4],
}

/// Per-thread cache of [`CachedWord`]s for one weight table (see [`emissions_cached`]).
#[derive(Default)]
struct WordCache {
    table: u64,
    words: IdMap<CachedWord>,
}

/// Distinct words kept per thread before the cache starts over: news text draws most of its
/// tokens from a few tens of thousands of words; each entry takes ≈ 350 bytes.
const WORD_CACHE_CAP: usize = 1 << 15;

thread_local! {
    static WORD_CACHE: std::cell::RefCell<WordCache> = std::cell::RefCell::new(WordCache::default());
}

/// Emission scores (before transitions) of `tokens` under the weights `weight` of the table
/// with id `table` (full features, not context-only), extracting into `buf`. Each token's row
/// is the sum of its word-only feature weights (see [`token_features`]), plus what each of
/// its four neighbours' words gives it (see [`neighbour_features`]), then the weights of its
/// pair features ([`pair_features`]) in template order. A word's word-only and neighbour sums
/// are computed once per thread and table, which spares most table lookups and all the word
/// analysis of frequent words; the result does not depend on what was cached.
pub(crate) fn emissions_cached<'m>(
    tokens: &[&str],
    buf: &mut FeatureBuf,
    table: u64,
    weight: impl Fn(u64) -> Option<&'m Row>,
) -> Vec<Row> {
    buf.info.clear();
    buf.stems.clear();
    buf.cands.clear();
    let mut em = Vec::with_capacity(tokens.len());
    let mut neighbour_rows: Vec<[Row; 4]> = Vec::with_capacity(tokens.len());
    let mut keys = std::mem::take(&mut buf.feats);
    let sum = |keys: &[u64], row: &mut Row| {
        for &k in keys {
            if let Some(w) = weight(k) {
                for (r, x) in row.iter_mut().zip(w) {
                    *r += x;
                }
            }
        }
    };
    WORD_CACHE.with_borrow_mut(|cache| {
        if cache.table != table {
            cache.words.clear();
            cache.table = table;
        }
        for tok in tokens {
            let h = hash_bytes(tok.as_bytes());
            let (part, row, roles) = match cache.words.get(&h) {
                Some(c) if &*c.word == *tok => (c.part, c.row, c.as_neighbour),
                _ => {
                    let part = word_part(tok, &mut buf.folded, false);
                    keys.clear();
                    token_features::<true, false>(&Window::alone(part.info), false, &mut keys);
                    let mut row = [0.0f32; N_LABELS];
                    sum(&keys, &mut row);
                    let roles = NEIGHBOURS.map(|role| {
                        keys.clear();
                        neighbour_features(Some(part.info), role, &mut keys);
                        let mut row = [0.0f32; N_LABELS];
                        sum(&keys, &mut row);
                        row
                    });
                    if cache.words.len() >= WORD_CACHE_CAP {
                        cache.words.clear();
                    }
                    cache.words.insert(
                        h,
                        CachedWord {
                            word: (*tok).into(),
                            part,
                            row,
                            as_neighbour: roles,
                        },
                    );
                    (part, row, roles)
                }
            };
            buf.cands.push(part.cands);
            buf.info.push(TokInfoDebug(part.info));
            buf.stems.push(part.info.stem);
            em.push(row);
            neighbour_rows.push(roles);
        }
    });
    // What the edges of the sentence give as neighbours.
    let pads = NEIGHBOURS.map(|role| {
        keys.clear();
        neighbour_features(None, role, &mut keys);
        let mut row = [0.0f32; N_LABELS];
        sum(&keys, &mut row);
        row
    });
    mark_gazetteer(tokens, buf);
    for (t, row) in em.iter_mut().enumerate() {
        let Some(window) = Window::at(&buf.info, t) else {
            break;
        };
        for (i, role) in NEIGHBOURS.into_iter().enumerate() {
            let from = role.of(t).and_then(|n| neighbour_rows.get(n));
            let add = from.and_then(|r| r.get(i)).or(pads.get(i));
            for (r, x) in row.iter_mut().zip(add.into_iter().flatten()) {
                *r += x;
            }
        }
        keys.clear();
        pair_features(&window, &mut keys);
        sum(&keys, row);
    }
    keys.clear();
    buf.feats = keys;
    buf.offsets.clear();
    em
}

/// Longest gazetteer match from each token; sets 2 bits per kind in `info[t].gaz`:
/// 1 = first token of a multi-token match, 2 = following token, 3 = single-token match.
fn mark_gazetteer(tokens: &[&str], buf: &mut FeatureBuf) {
    let gaz = &*GAZETTEER;
    let n = tokens.len();
    for start in 0..n {
        let Some(cands) = buf.cands.get(start) else {
            break;
        };
        let mut best: Option<(usize, u8)> = None;
        for &cand in cands.iter().filter(|&&h| h != 0) {
            let mut h = pair(SEQ_SEED, cand);
            let mut end = start + 1;
            while let Some(&bits) = gaz.seqs.get(&h) {
                let kinds = bits & !PREFIX_BIT;
                if kinds != 0 && best.is_none_or(|(e, _)| end > e) {
                    best = Some((end, kinds));
                }
                if bits & PREFIX_BIT == 0 {
                    break;
                }
                let Some(&next) = buf.stems.get(end) else {
                    break;
                };
                h = pair(h, next);
                end += 1;
            }
        }
        let Some((end, kinds)) = best else { continue };
        for k in 0..4u8 {
            if kinds & (1 << k) == 0 {
                continue;
            }
            for t in start..end {
                let code = if end - start == 1 {
                    3
                } else if t == start {
                    1
                } else {
                    2
                };
                if let Some(info) = buf.info.get_mut(t) {
                    let shift = 2 * k;
                    if (info.0.gaz >> shift) & 3 == 0 {
                        info.0.gaz |= code << shift;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_alphanumeric_agrees_with_std_everywhere() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(
                is_alphanumeric(c),
                c.is_alphanumeric(),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
        assert_eq!(word_core("«لأفغانستان؛"), "لأفغانستان");
        assert_eq!(word_core("؛"), "؛");
    }

    #[test]
    fn gazetteer_marks_multi_token_matches() {
        // "وكالة أنباء الشرق الأوسط" is in the ANERgazet organization list; clitic, hamza and
        // teh marbuta fold away, and the longest match wins over "الشرق الأوسط".
        let tokens = ["قالت", "ووكالة", "أنباء", "الشرق", "الأوسط", "صباحا"];
        let mut buf = FeatureBuf::default();
        extract(&tokens, &mut buf);
        let org: Vec<u8> = (0..tokens.len())
            .map(|t| (buf.info[t].0.gaz >> (2 * Kind::Org as u8)) & 3)
            .collect();
        assert_eq!(org, vec![0, 1, 2, 2, 2, 0]);
    }

    #[test]
    fn triggers_see_through_clitics() {
        let trig = |w: &str| {
            let mut cands = [0u64; 3];
            for (slot, c) in cands.iter_mut().zip(clitic_candidates(w)) {
                *slot = hash_bytes(c.as_bytes());
            }
            trigger_of(&cands)
        };
        assert!(matches!(trig("والرييس"), Trigger::None));
        assert!(matches!(trig("والرئيس"), Trigger::Title));
        assert!(matches!(trig("وزاره"), Trigger::Organization));
        assert!(matches!(trig("وقال"), Trigger::Speech));
    }

    /// The word-only and context features of a token are, together, exactly the features
    /// training extracts for it, whatever the neighbours; so are the word-only, the four
    /// neighbours' and the pair features.
    #[test]
    fn word_only_and_context_features_partition_a_tokens_features() {
        let tokens = [
            "وقال",
            "الرئيس",
            "المالي",
            "أسيمي",
            "غويتا",
            "في",
            "باماكو",
            "،",
            "2024",
        ];
        let mut buf = FeatureBuf::default();
        extract(&tokens, &mut buf);
        for (t, tok) in tokens.iter().enumerate() {
            let window = Window::at(&buf.info, t).expect("token in range");
            let mut word = Vec::new();
            token_features::<true, false>(&Window::alone(window.cur), false, &mut word);
            let mut context = Vec::new();
            token_features::<false, true>(&window, false, &mut context);
            let mut split: Vec<u64> = word.iter().copied().chain(context).collect();
            // The same features, with the context ones by neighbour and pair.
            let mut by_neighbour = word;
            for role in NEIGHBOURS {
                let n = role.of(t).and_then(|n| buf.info.get(n)).map(|x| x.0);
                neighbour_features(n, role, &mut by_neighbour);
            }
            pair_features(&window, &mut by_neighbour);
            by_neighbour.sort_unstable();
            let mut all = buf.token(t).to_vec();
            split.sort_unstable();
            all.sort_unstable();
            assert_eq!(split, all, "token {t} ({tok})");
            assert_eq!(by_neighbour, all, "token {t} ({tok}), by neighbour");
        }
    }

    /// Cached word-only sums give bit-for-bit the rows computed from scratch, and a new table
    /// id starts the cache over.
    #[test]
    fn cached_emissions_do_not_depend_on_the_cache() {
        let tokens = [
            "قال",
            "وزير",
            "الخارجية",
            "إن",
            "الوزير",
            "قال",
            "ذلك",
            "في",
            "تونس",
        ];
        // A deterministic stand-in for a weight table: every key has weights.
        let rows: std::collections::HashMap<u64, Row> = {
            let mut buf = FeatureBuf::default();
            extract(&tokens, &mut buf);
            buf.feats
                .iter()
                .map(|&k| {
                    (
                        k,
                        std::array::from_fn(|i| ((k >> (i * 5)) & 0xff) as f32 / 7.3),
                    )
                })
                .collect()
        };
        let mut buf = FeatureBuf::default();
        let first = emissions_cached(&tokens, &mut buf, u64::MAX - 1, |k| rows.get(&k));
        let again = emissions_cached(&tokens, &mut buf, u64::MAX - 1, |k| rows.get(&k));
        let bits = |em: &[Row]| -> Vec<u32> { em.iter().flatten().map(|x| x.to_bits()).collect() };
        assert_eq!(bits(&first), bits(&again));
        // The same rows as summing each token's features, word-only ones first.
        extract(&tokens, &mut buf);
        for (t, row) in first.iter().enumerate() {
            let total: f32 = buf
                .token(t)
                .iter()
                .filter_map(|k| rows.get(k))
                .map(|r| r[0])
                .sum();
            assert!(
                (row[0] - total).abs() < 1e-3 * total.abs().max(1.0),
                "token {t}"
            );
        }
        // Another table: nothing from the first one's sums leaks in.
        let zero: Row = [0.0; N_LABELS];
        let other = emissions_cached(&tokens, &mut buf, u64::MAX - 2, |_| Some(&zero));
        assert!(other.iter().flatten().all(|&x| x == 0.0));
    }

    #[test]
    fn same_token_same_features_whatever_the_spelling() {
        let mut a = FeatureBuf::default();
        let mut b = FeatureBuf::default();
        extract(&["أحمد"], &mut a);
        extract(&["احمد"], &mut b);
        assert_eq!(a.token(0), b.token(0));
        assert_eq!(a.len(), 1);
    }
}
