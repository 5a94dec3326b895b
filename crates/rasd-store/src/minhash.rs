//! Near-duplicate detection: MinHash signatures over word shingles, banded for LSH.
//!
//! A syndicated wire story runs on several sites with small edits (a different first line, a
//! dropped paragraph). Its copies share most of their 3-word shingles. The [`Signature`] of a text
//! is [`HASHES`] minimums of independent hashes of its shingles; two signatures agree on a
//! position with probability equal to the Jaccard similarity of the shingle sets. [`Signature::bands`]
//! cuts the signature into [`BANDS`] bands of [`ROWS`] rows: texts that agree on a whole band are
//! candidates (with 16 × 4, a pair at Jaccard 0.6 is a candidate with probability ≈ 0.89, at 0.3
//! with ≈ 0.12), and the candidates are confirmed by [`Signature::similarity`].
//!
//! Text is normalized with [`Profile::Search`] first, so spelling variants do not hide a copy.
//!
//! ```
//! use rasd_store::minhash::Signature;
//! let a = Signature::of("وصل وفد رسمي إلى العاصمة صباح اليوم لبحث التعاون الاقتصادي بين البلدين وتوقيع اتفاقيات جديدة في مجالات الطاقة والنقل");
//! let b = Signature::of("وصل وفد رسمي الى العاصمة صباح اليوم لبحث التعاون الاقتصادي بين البلدين وتوقيع اتفاقيات جديدة في مجالات الطاقة");
//! let c = Signature::of("أعلن المنتخب الوطني قائمة اللاعبين المشاركين في البطولة القارية المقبلة بعد معسكر تدريبي طويل في الخارج");
//! assert!(a.unwrap().similarity(&b.clone().unwrap()) > 0.6);
//! assert!(b.unwrap().similarity(&c.unwrap()) < 0.2);
//! ```

use rasd_text::normalize::{normalize_into, Profile};
use rasd_text::token::{tokenize, TokenKind};

/// Number of hash functions in a signature.
pub const HASHES: usize = 64;
/// Number of LSH bands.
pub const BANDS: usize = 16;
/// Rows (hash values) per band.
pub const ROWS: usize = HASHES / BANDS;
/// Words per shingle.
pub const SHINGLE: usize = 3;
/// Texts with fewer shingles than this get no signature: too short to call a copy.
pub const MIN_SHINGLES: usize = 8;
/// Estimated Jaccard similarity from which two texts are one story.
pub const SAME_STORY: f64 = 0.6;

/// A MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub [u64; HASHES]);

impl Signature {
    /// The signature of a text, or `None` when it has fewer than [`MIN_SHINGLES`] shingles.
    pub fn of(text: &str) -> Option<Signature> {
        let mut words: Vec<u64> = Vec::new();
        let mut buf = String::new();
        for token in tokenize(text) {
            if !matches!(
                token.kind,
                TokenKind::Arabic | TokenKind::Latin | TokenKind::Word | TokenKind::Number
            ) {
                continue;
            }
            buf.clear();
            normalize_into(token.text, Profile::Search, &mut buf);
            if !buf.is_empty() {
                words.push(fnv1a(buf.as_bytes()));
            }
        }
        if words.len() < SHINGLE + MIN_SHINGLES - 1 {
            return None;
        }
        let mut mins = [u64::MAX; HASHES];
        for window in words.windows(SHINGLE) {
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for w in window {
                h = mix(h ^ w);
            }
            for (i, slot) in mins.iter_mut().enumerate() {
                let v = mix(h ^ SEEDS[i]);
                if v < *slot {
                    *slot = v;
                }
            }
        }
        Some(Signature(mins))
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets (0 to 1).
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self
            .0
            .iter()
            .zip(other.0.iter())
            .filter(|(a, b)| a == b)
            .count();
        same as f64 / HASHES as f64
    }

    /// One key per band: texts sharing a key are near-duplicate candidates.
    pub fn bands(&self) -> [i64; BANDS] {
        let mut keys = [0i64; BANDS];
        for (band, (key, rows)) in keys.iter_mut().zip(self.0.chunks(ROWS)).enumerate() {
            let mut h = mix(band as u64 + 1);
            for r in rows {
                h = mix(h ^ r);
            }
            *key = h as i64;
        }
        keys
    }

    /// The signature as bytes (little-endian), for storage.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// A signature from [`Signature::to_bytes`], or `None` if the bytes are not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != HASHES * 8 {
            return None;
        }
        let mut mins = [0u64; HASHES];
        for (slot, chunk) in mins.iter_mut().zip(bytes.chunks_exact(8)) {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            *slot = u64::from_le_bytes(b);
        }
        Some(Signature(mins))
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// SplitMix64's finalizer: a fast, well-mixing bijection on u64.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// One seed per hash function, fixed so that signatures are stable across runs and versions.
const SEEDS: [u64; HASHES] = {
    let mut seeds = [0u64; HASHES];
    let mut state: u64 = 0x5241_5344; // "RASD"
    let mut i = 0;
    while i < HASHES {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        seeds[i] = z ^ (z >> 31);
        i += 1;
    }
    seeds
};

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية \
        بطاقة استيعابية تبلغ ستمئة سرير، وذلك ضمن خطة لتوسيع الخدمات الطبية في المحافظات البعيدة \
        وتقليل فترات الانتظار للمرضى خلال العامين المقبلين.";

    #[test]
    fn identical_texts_are_identical_signatures() {
        let a = Signature::of(STORY).unwrap();
        assert_eq!(a.similarity(&Signature::of(STORY).unwrap()), 1.0);
        assert_eq!(a.bands(), Signature::of(STORY).unwrap().bands());
    }

    #[test]
    fn spelling_variants_do_not_hide_a_copy() {
        let variant = STORY.replace("أعلنت", "اعلنت").replace("الطبية", "الطبيه");
        let a = Signature::of(STORY).unwrap();
        assert_eq!(a.similarity(&Signature::of(&variant).unwrap()), 1.0);
    }

    #[test]
    fn an_edited_copy_shares_a_band() {
        let edited = format!("الرياض - واس: {STORY}");
        let a = Signature::of(STORY).unwrap();
        let b = Signature::of(&edited).unwrap();
        assert!(a.similarity(&b) >= SAME_STORY, "{}", a.similarity(&b));
        assert!(a.bands().iter().zip(b.bands().iter()).any(|(x, y)| x == y));
    }

    #[test]
    fn short_texts_get_no_signature() {
        assert!(Signature::of("خبر قصير جدا").is_none());
    }

    #[test]
    fn bytes_round_trip() {
        let a = Signature::of(STORY).unwrap();
        assert_eq!(Signature::from_bytes(&a.to_bytes()), Some(a));
        assert_eq!(Signature::from_bytes(&[1, 2, 3]), None);
    }
}
