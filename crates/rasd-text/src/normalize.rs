//! Arabic normalization: small named [`Rule`]s grouped into [`Profile`]s.
//!
//! Normalization makes different spellings of one word compare equal. It is for search keys
//! and name matching only: display text is never changed.
//!
//! ```
//! use rasd_text::normalize::{normalize, Profile};
//!
//! assert_eq!(normalize("أَحْمَدُ", Profile::Search), "احمد");
//! assert_eq!(normalize("ﻻ إلــه", Profile::Search), "لا اله");
//! assert_eq!(normalize("مدرسة ٢٠٢٥", Profile::Search), "مدرسه 2025");
//! assert_eq!(normalize("مدرسة ٢٠٢٥", Profile::Light), "مدرسة ٢٠٢٥");
//! ```
//!
//! # Speed
//!
//! Every rule maps one char to zero or one char (NFKC of a presentation form may give several),
//! so the normalizer walks the text once. ASCII and chars that no rule changes are copied in
//! runs, not one by one; chars of the Arabic block (U+0600–U+06FF) are looked up in a table
//! built at compile time for each profile; NFKC runs only on chars in the presentation-form
//! ranges. [`normalize_cow`] does not allocate when nothing changes.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// One normalization rule. Each rule is small and changes only the chars its doc lists.
///
/// Rules are applied to each char in the order below (a Persian letter first becomes its Arabic
/// letter, and that letter then goes through the Arabic rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// NFKC on presentation forms only: Arabic Presentation Forms-A and -B (U+FB50–U+FDFF,
    /// U+FE70–U+FEFE), Latin and Hebrew ligatures (U+FB00–U+FB4F), vertical, small and CJK
    /// compatibility forms (U+FE10–U+FE6F), and half/full-width forms (U+FF00–U+FFEF).
    /// `ﻻ` (U+FEFB) → `لا`; `ﻷ` → `لأ`; `ﺑ` → `ب`; `ﷲ` → `الله`; `ﬁ` → `fi`; `Ａ１` → `A1`.
    /// The result then goes through the other rules (so `ﻷ` → `لا` with [`Rule::AlefHamza`]).
    PresentationForms,
    /// Persian and Urdu letters → the Arabic letter they are written for:
    /// `ک` `ڪ` `ګ` → `ك`; `ی` `ې` `ے` → `ي`; `ە` `ھ` `ہ` `ۀ` `ۂ` → `ه`; `ۃ` → `ة`.
    /// Known false positive: in Persian text `ۀ` marks the ezafe, which is lost.
    PersianLetters,
    /// Alef with hamza or madda → bare alef: `أ` `إ` `آ` `ٱ` (wasla) `ٲ` `ٳ` `ٵ` → `ا`.
    /// `أحمد` → `احمد`, `إسلام` → `اسلام`, `آخر` → `اخر`.
    AlefHamza,
    /// Alef maqsura → yeh: `ى` → `ي`. `على` → `علي` (this merges the preposition and the name,
    /// as every search normalizer for Arabic does).
    AlefMaqsura,
    /// Teh marbuta → heh: `ة` → `ه`. `مدرسة` → `مدرسه`.
    TaMarbuta,
    /// Hamza on waw and yeh → the bare letter: `ؤ` → `و`, `ئ` → `ي`. `مسؤول` → `مسوول`,
    /// `رئيس` → `رييس`.
    HamzaCarriers,
    /// Arabic-Indic (`٠`–`٩`) and Persian (`۰`–`۹`) digits → ASCII `0`–`9`; the Arabic decimal
    /// separator `٫` → `.` and thousands separator `٬` → `,`. `١٬٢٣٤٫٥` → `1,234.5`.
    Digits,
    /// Diacritics removed: harakat and tanwin (U+064B–U+0652), shadda, sukun, superscript
    /// alef (U+0670), the marks U+0656–U+065F, honorific and Quranic marks (U+0610–U+061A,
    /// U+06D6–U+06ED, U+08D3–U+08FF). `مُحَمَّدٌ` → `محمد`, `هٰذا` → `هذا`.
    /// A combining hamza or madda (U+0653–U+0655) is first composed with the letter before it
    /// (`ا` + U+0654 → `أ`), which then goes through the rules; otherwise it is removed.
    Diacritics,
    /// Tatweel (kashida, U+0640) removed: `الســـلام` → `السلام`.
    Tatweel,
    /// Invisible format chars removed: zero-width space, non-joiner and joiner
    /// (U+200B–U+200D), bidi marks and controls (U+200E, U+200F, U+061C, U+202A–U+202E,
    /// U+2066–U+2069), word joiner and invisible operators (U+2060–U+2064), deprecated format
    /// chars (U+206A–U+206F), BOM (U+FEFF), soft hyphen (U+00AD), combining grapheme joiner
    /// (U+034F), Mongolian vowel separator (U+180E), variation selectors (U+FE00–U+FE0F).
    Invisible,
    /// Letters with case → lower case: `Reuters` → `reuters`, `ÉTAT` → `état`.
    Lowercase,
}

impl Rule {
    /// Every rule, in the order they apply.
    pub const ALL: [Rule; 11] = [
        Rule::PresentationForms,
        Rule::PersianLetters,
        Rule::AlefHamza,
        Rule::AlefMaqsura,
        Rule::TaMarbuta,
        Rule::HamzaCarriers,
        Rule::Digits,
        Rule::Diacritics,
        Rule::Tatweel,
        Rule::Invisible,
        Rule::Lowercase,
    ];

    const fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of [`Rule`]s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Rules(u16);

impl Rules {
    /// No rule: text is copied unchanged.
    pub const NONE: Rules = Rules(0);

    /// This set with `rule` added.
    #[must_use]
    pub const fn with(self, rule: Rule) -> Rules {
        Rules(self.0 | rule.bit())
    }

    /// This set with `rule` removed.
    #[must_use]
    pub const fn without(self, rule: Rule) -> Rules {
        Rules(self.0 & !rule.bit())
    }

    /// Whether `rule` is in this set.
    pub const fn contains(self, rule: Rule) -> bool {
        self.0 & rule.bit() != 0
    }

    /// The rules of this set, in the order they apply.
    pub fn iter(self) -> impl Iterator<Item = Rule> {
        Rule::ALL.into_iter().filter(move |r| self.contains(*r))
    }
}

/// A named group of rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Profile {
    /// For search keys: every rule. Spelling variants of a word compare equal
    /// (`إسْتِراتيجيّة` and `استراتيجيه`, `مسؤول` and `مسئول`, `Reuters` and `reuters`).
    #[default]
    Search,
    /// For matching names: every rule but [`Rule::HamzaCarriers`], since `ؤ` and `ئ` are
    /// written consistently in names (`لؤي`, `وائل`) while alef hamza, teh marbuta and alef
    /// maqsura vary from site to site (`أسامة` / `اسامه`, `مصطفى` / `مصطفي`).
    Name,
    /// Cleanup that keeps the spelling: presentation forms, diacritics, tatweel, invisible
    /// chars. `مُـحَـمَّد` → `محمد`, but `أ`, `ة`, `ى` and digits are kept.
    Light,
}

impl Profile {
    /// Every profile.
    pub const ALL: [Profile; 3] = [Profile::Search, Profile::Name, Profile::Light];

    /// The rules this profile applies.
    pub const fn rules(self) -> Rules {
        match self {
            Profile::Search => SEARCH,
            Profile::Name => NAME,
            Profile::Light => LIGHT,
        }
    }

    /// The profile's name as the CLI spells it (`search`, `name`, `light`).
    pub const fn name(self) -> &'static str {
        match self {
            Profile::Search => "search",
            Profile::Name => "name",
            Profile::Light => "light",
        }
    }

    /// The profile named `name` (`search`, `name`, `light`), if any.
    pub fn from_name(name: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.name() == name)
    }

    pub(crate) fn normalizer(self) -> &'static Normalizer {
        match self {
            Profile::Search => &SEARCH_NORMALIZER,
            Profile::Name => &NAME_NORMALIZER,
            Profile::Light => &LIGHT_NORMALIZER,
        }
    }
}

const LIGHT: Rules = Rules::NONE
    .with(Rule::PresentationForms)
    .with(Rule::Diacritics)
    .with(Rule::Tatweel)
    .with(Rule::Invisible);
const NAME: Rules = LIGHT
    .with(Rule::PersianLetters)
    .with(Rule::AlefHamza)
    .with(Rule::AlefMaqsura)
    .with(Rule::TaMarbuta)
    .with(Rule::Digits)
    .with(Rule::Lowercase);
const SEARCH: Rules = NAME.with(Rule::HamzaCarriers);

static SEARCH_NORMALIZER: Normalizer = Normalizer::new(SEARCH);
static NAME_NORMALIZER: Normalizer = Normalizer::new(NAME);
static LIGHT_NORMALIZER: Normalizer = Normalizer::new(LIGHT);

/// Normalizes `text` with `profile`.
pub fn normalize(text: &str, profile: Profile) -> String {
    let mut out = String::with_capacity(text.len());
    profile.normalizer().normalize_into(text, &mut out);
    out
}

/// Normalizes `text` with `profile`, appending to `out` (reuse `out` to avoid allocating).
/// A combining hamza at the very start of `text` may compose with the last char already in
/// `out`, exactly as if `out` and `text` were one text.
pub fn normalize_into(text: &str, profile: Profile, out: &mut String) {
    profile.normalizer().normalize_into(text, out);
}

/// Normalizes `text` with `profile`, borrowing it when no rule changes anything.
pub fn normalize_cow(text: &str, profile: Profile) -> Cow<'_, str> {
    profile.normalizer().normalize_cow(text)
}

/// Whether `text` is already normalized under `profile` (normalizing it changes nothing).
pub fn is_normalized(text: &str, profile: Profile) -> bool {
    profile.normalizer().first_change(text).is_none()
}

/// Normalized text with, for each of its chars, the char offset it came from in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// `offsets[k]` is the char offset in the original text of the char that produced char `k`
    /// of [`Normalized::text`]; one extra last entry holds the original's length in chars, so
    /// a normalized span `a..b` maps back to the original span `offsets[a]..offsets[b]`.
    pub offsets: Vec<usize>,
}

/// Normalizes `text` with `profile`, keeping a map from output chars back to original chars.
/// Slower than [`normalize`]; use it when offsets into the original matter (entity mentions).
pub fn normalize_with_offsets(text: &str, profile: Profile) -> Normalized {
    let n = profile.normalizer();
    let mut out = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len() / 2 + 1);
    let mut count = 0;
    for (i, c) in text.chars().enumerate() {
        let before = out.len();
        n.push_char(c, &mut out);
        let added = out.get(before..).map_or(0, |s| s.chars().count());
        offsets.extend(std::iter::repeat_n(i, added));
        count = i + 1;
    }
    offsets.push(count);
    Normalized { text: out, offsets }
}

/// A normalizer for any set of [`Rules`]; the [`Profile`] functions use prebuilt ones.
#[derive(Debug, Clone)]
pub struct Normalizer {
    rules: Rules,
    /// What to do with each char of the Arabic block U+0600–U+06FF: [`KEEP`], [`DROP`],
    /// [`HAMZA_MARK`], or the code point of the replacement char.
    arabic: [u16; 256],
}

const KEEP: u16 = 0;
const DROP: u16 = 1;
const HAMZA_MARK: u16 = 2;

/// What one char becomes.
enum Action {
    Keep,
    Drop,
    Replace(char),
    /// A combining madda or hamza (U+0653–U+0655) under [`Rule::Diacritics`].
    HamzaMark(char),
    /// Run NFKC on it (a presentation form).
    Nfkc,
    /// Lower-case it (may give several chars).
    Lower,
}

impl Normalizer {
    /// A normalizer applying `rules`.
    pub const fn new(rules: Rules) -> Normalizer {
        let mut arabic = [KEEP; 256];
        let mut i = 0;
        while i < 256 {
            arabic[i] = arabic_action(0x0600 + i as u32, rules);
            i += 1;
        }
        Normalizer { rules, arabic }
    }

    /// The rules this normalizer applies.
    pub const fn rules(&self) -> Rules {
        self.rules
    }

    /// Normalizes `text`, appending to `out`.
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        out.reserve(text.len());
        self.run_from(text, 0, out);
    }

    /// Normalizes `text`, borrowing it when no rule changes anything.
    pub fn normalize_cow<'a>(&self, text: &'a str) -> Cow<'a, str> {
        match self.first_change(text) {
            None => Cow::Borrowed(text),
            Some(at) => {
                let mut out = String::with_capacity(text.len());
                out.push_str(text.get(..at).unwrap_or_default());
                self.run_from(text, at, &mut out);
                Cow::Owned(out)
            }
        }
    }

    /// Normalizes `text` into a new string.
    pub fn normalize(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        self.run_from(text, 0, &mut out);
        out
    }

    /// The byte offset of the first char some rule changes, if any.
    fn first_change(&self, text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                if b.is_ascii_uppercase() && self.rules.contains(Rule::Lowercase) {
                    return Some(i);
                }
                i += 1;
                continue;
            }
            let (c, len) = decode(text, i, b);
            if changes(c, self.action(c)) {
                return Some(i);
            }
            i += len;
        }
        None
    }

    /// Normalizes `text[start..]` into `out`, copying unchanged runs as slices.
    fn run_from(&self, text: &str, start: usize, out: &mut String) {
        let bytes = text.as_bytes();
        let lower_ascii = self.rules.contains(Rule::Lowercase);
        let mut run = start;
        let mut i = start;
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                if lower_ascii && b.is_ascii_uppercase() {
                    out.push_str(text.get(run..i).unwrap_or_default());
                    out.push(char::from(b.to_ascii_lowercase()));
                    run = i + 1;
                }
                i += 1;
                continue;
            }
            // The Arabic block U+0600–U+06FF is exactly the lead bytes 0xD8–0xDB: one table
            // lookup, no char decoding.
            if (0xD8..=0xDB).contains(&b) {
                if let Some(&b2) = bytes.get(i + 1) {
                    let index = (usize::from(b & 0x03) << 6) | usize::from(b2 & 0x3F);
                    let code = self.arabic.get(index).copied().unwrap_or(KEEP);
                    if code != KEEP {
                        out.push_str(text.get(run..i).unwrap_or_default());
                        match code {
                            DROP => {}
                            HAMZA_MARK => {
                                let mark = char::from_u32(0x0600 + index as u32);
                                if let Some(mark) = mark {
                                    self.compose_mark(mark, out);
                                }
                            }
                            r => {
                                if let Some(r) = char::from_u32(u32::from(r)) {
                                    out.push(r);
                                }
                            }
                        }
                        run = i + 2;
                    }
                    i += 2;
                    continue;
                }
            }
            let (c, len) = decode(text, i, b);
            let action = self.action(c);
            if !matches!(action, Action::Keep) {
                out.push_str(text.get(run..i).unwrap_or_default());
                self.apply(c, action, out);
                run = i + len;
            }
            i += len;
        }
        out.push_str(text.get(run..).unwrap_or_default());
    }

    /// What one char becomes when that is at most one char: `Some(None)` when it is removed,
    /// `Some(Some(c))` when kept or replaced, `None` when it may become several chars (NFKC,
    /// some lower-casing) or depends on the char before (a combining hamza).
    pub(crate) fn map_char(&self, c: char) -> Option<Option<char>> {
        match self.action(c) {
            Action::Keep => Some(Some(c)),
            Action::Drop => Some(None),
            Action::Replace(r) => Some(Some(r)),
            Action::HamzaMark(_) | Action::Nfkc | Action::Lower => None,
        }
    }

    /// Normalizes one char into `out` (the slow path, one char at a time).
    fn push_char(&self, c: char, out: &mut String) {
        let action = self.action(c);
        self.apply(c, action, out);
    }

    fn apply(&self, c: char, action: Action, out: &mut String) {
        match action {
            Action::Keep => out.push(c),
            Action::Drop => {}
            Action::Replace(r) => out.push(r),
            Action::HamzaMark(mark) => self.compose_mark(mark, out),
            Action::Nfkc => {
                for d in std::iter::once(c).nfkc() {
                    // NFKC output holds no presentation forms except chars NFKC leaves alone
                    // (U+FDFD, U+FE20…), so those are kept rather than sent back to NFKC.
                    match self.action(d) {
                        Action::Nfkc => out.push(d),
                        a => self.apply(d, a, out),
                    }
                }
            }
            Action::Lower => out.extend(c.to_lowercase()),
        }
    }

    /// A combining madda/hamza: composed with the last output char when that gives a letter
    /// the rules keep distinct (`ا` + U+0654 → `أ` under [`Profile::Light`]); else dropped.
    fn compose_mark(&self, mark: char, out: &mut String) {
        let Some(last) = out.chars().next_back() else {
            return;
        };
        let Some(composed) = compose_hamza(last, mark) else {
            return;
        };
        let mapped = match self.action(composed) {
            Action::Keep => composed,
            Action::Replace(r) => r,
            _ => return,
        };
        if mapped != last {
            out.pop();
            out.push(mapped);
        }
    }

    fn action(&self, c: char) -> Action {
        let cp = c as u32;
        if (0x0600..=0x06FF).contains(&cp) {
            let code = self
                .arabic
                .get((cp - 0x0600) as usize)
                .copied()
                .unwrap_or(KEEP);
            return match code {
                KEEP => Action::Keep,
                DROP => Action::Drop,
                HAMZA_MARK => Action::HamzaMark(c),
                r => char::from_u32(u32::from(r)).map_or(Action::Keep, Action::Replace),
            };
        }
        if cp < 0x80 {
            return if self.rules.contains(Rule::Lowercase) && c.is_ascii_uppercase() {
                Action::Replace(c.to_ascii_lowercase())
            } else {
                Action::Keep
            };
        }
        let r = self.rules;
        if r.contains(Rule::Diacritics) && (0x08D3..=0x08FF).contains(&cp) {
            return Action::Drop;
        }
        if r.contains(Rule::Invisible) && is_invisible(cp) {
            return Action::Drop;
        }
        if r.contains(Rule::PresentationForms) && is_presentation_form(cp) {
            return Action::Nfkc;
        }
        if r.contains(Rule::Lowercase) && c.is_uppercase() {
            return Action::Lower;
        }
        Action::Keep
    }
}

/// Whether `action` on `c` gives anything but `c` (NFKC and lower-casing leave some chars alone).
fn changes(c: char, action: Action) -> bool {
    let mut one = [c].into_iter();
    match action {
        Action::Keep => false,
        Action::Nfkc => !std::iter::once(c).nfkc().eq(one.by_ref()),
        Action::Lower => !c.to_lowercase().eq(one.by_ref()),
        Action::Drop | Action::Replace(_) | Action::HamzaMark(_) => true,
    }
}

/// Decodes the char starting at byte `i` of `text` (lead byte `b`), returning it and its length.
#[inline]
fn decode(text: &str, i: usize, b: u8) -> (char, usize) {
    if (0xC2..=0xDF).contains(&b) {
        if let Some(&b2) = text.as_bytes().get(i + 1) {
            let cp = (u32::from(b & 0x1F) << 6) | u32::from(b2 & 0x3F);
            if let Some(c) = char::from_u32(cp) {
                return (c, 2);
            }
        }
    }
    match text.get(i..).and_then(|s| s.chars().next()) {
        Some(c) => (c, c.len_utf8()),
        // Unreachable for a valid &str; step one byte so the caller never loops forever.
        None => ('\u{FFFD}', 1),
    }
}

const fn is_invisible(cp: u32) -> bool {
    matches!(cp,
        0x00AD | 0x034F | 0x061C | 0x180E
        | 0x200B..=0x200F
        | 0x202A..=0x202E
        | 0x2060..=0x2064
        | 0x2066..=0x206F
        | 0xFE00..=0xFE0F
        | 0xFEFF)
}

const fn is_presentation_form(cp: u32) -> bool {
    matches!(cp, 0xFB00..=0xFDFF | 0xFE10..=0xFE6F | 0xFE70..=0xFEFE | 0xFF00..=0xFFEF)
}

/// The letter a combining madda/hamza (U+0653–U+0655) forms with `base` under NFC.
fn compose_hamza(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('\u{0627}', '\u{0653}') => '\u{0622}',
        ('\u{0627}', '\u{0654}') => '\u{0623}',
        ('\u{0627}', '\u{0655}') => '\u{0625}',
        ('\u{0648}', '\u{0654}') => '\u{0624}',
        ('\u{064A}', '\u{0654}') => '\u{0626}',
        ('\u{06D5}', '\u{0654}') => '\u{06C0}',
        ('\u{06C1}', '\u{0654}') => '\u{06C2}',
        ('\u{06D2}', '\u{0654}') => '\u{06D3}',
        _ => return None,
    })
}

/// The table entry for `cp` in the Arabic block: [`KEEP`], [`DROP`], [`HAMZA_MARK`] or the
/// replacement code point.
const fn arabic_action(cp: u32, rules: Rules) -> u16 {
    let mut c = cp;
    if rules.contains(Rule::PersianLetters) {
        c = match c {
            0x06A9..=0x06AB => 0x0643,
            0x06CC | 0x06D0 | 0x06D2 => 0x064A,
            0x06D5 | 0x06BE | 0x06C1 | 0x06C0 | 0x06C2 => 0x0647,
            0x06C3 => 0x0629,
            _ => c,
        };
    }
    if rules.contains(Rule::AlefHamza) {
        c = match c {
            0x0622 | 0x0623 | 0x0625 | 0x0671 | 0x0672 | 0x0673 | 0x0675 => 0x0627,
            _ => c,
        };
    }
    if rules.contains(Rule::AlefMaqsura) && c == 0x0649 {
        c = 0x064A;
    }
    if rules.contains(Rule::TaMarbuta) && c == 0x0629 {
        c = 0x0647;
    }
    if rules.contains(Rule::HamzaCarriers) {
        c = match c {
            0x0624 => 0x0648,
            0x0626 => 0x064A,
            _ => c,
        };
    }
    if rules.contains(Rule::Digits) {
        c = match c {
            0x0660..=0x0669 => c - 0x0660 + 0x30,
            0x06F0..=0x06F9 => c - 0x06F0 + 0x30,
            0x066B => 0x2E,
            0x066C => 0x2C,
            _ => c,
        };
    }
    if rules.contains(Rule::Diacritics) {
        match c {
            0x0653..=0x0655 => return HAMZA_MARK,
            0x0610..=0x061A
            | 0x064B..=0x0652
            | 0x0656..=0x065F
            | 0x0670
            | 0x06D6..=0x06DD
            | 0x06DF..=0x06E4
            | 0x06E7
            | 0x06E8
            | 0x06EA..=0x06ED => return DROP,
            _ => {}
        }
    }
    if rules.contains(Rule::Tatweel) && c == 0x0640 {
        return DROP;
    }
    if rules.contains(Rule::Invisible) && c == 0x061C {
        return DROP;
    }
    if c == cp {
        KEEP
    } else {
        c as u16
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Checks one rule alone, then inside every profile that has it, then never-panics.
    macro_rules! test_rule {
        ($name:ident, $rule:expr, [$(($input:expr, $expected:expr)),+ $(,)?]) => {
            #[test]
            fn $name() {
                let alone = Normalizer::new(Rules::NONE.with($rule));
                $(
                    assert_eq!(
                        alone.normalize($input), $expected,
                        "rule {:?} alone on {:?}\nhelp: see arabic_action / Normalizer::action",
                        $rule, $input
                    );
                )+
                for profile in Profile::ALL {
                    if !profile.rules().contains($rule) {
                        continue;
                    }
                    $(
                        let whole = normalize($input, profile);
                        assert_eq!(
                            whole, normalize($expected, profile),
                            "rule {:?} inside profile {:?} on {:?}", $rule, profile, $input
                        );
                    )+
                }
            }
        };
    }

    test_rule!(
        presentation_forms_fold_by_nfkc,
        Rule::PresentationForms,
        [
            ("ﻻ", "لا"),
            ("ﻷول", "لأول"),
            ("ﺑﻴﺖ", "بيت"),
            ("ﷲ", "الله"),
            ("ﬁle", "file"),
            ("Ａ１", "A1"),
            ("سلام", "سلام"),
        ]
    );
    test_rule!(
        persian_letters_become_arabic,
        Rule::PersianLetters,
        [
            ("کتاب", "كتاب"),
            ("ایران", "ايران"),
            ("خانە", "خانه"),
            ("ھذا", "هذا"),
            ("ۃ", "ة"),
        ]
    );
    test_rule!(
        alef_hamza_becomes_bare_alef,
        Rule::AlefHamza,
        [
            ("أحمد", "احمد"),
            ("إسلام", "اسلام"),
            ("آخر", "اخر"),
            ("ٱلكتاب", "الكتاب"),
            ("سأل", "سال"),
        ]
    );
    test_rule!(
        alef_maqsura_becomes_yeh,
        Rule::AlefMaqsura,
        [("على", "علي"), ("مصطفى", "مصطفي"),]
    );
    test_rule!(
        ta_marbuta_becomes_heh,
        Rule::TaMarbuta,
        [("مدرسة", "مدرسه"), ("ة", "ه"),]
    );
    test_rule!(
        hamza_carriers_lose_hamza,
        Rule::HamzaCarriers,
        [("مسؤول", "مسوول"), ("رئيس", "رييس"), ("سماء", "سماء"),]
    );
    test_rule!(
        digits_become_ascii,
        Rule::Digits,
        [
            ("٢٠٢٥", "2025"),
            ("۱۴۰۳", "1403"),
            ("١٬٢٣٤٫٥", "1,234.5"),
            ("2025", "2025"),
        ]
    );
    test_rule!(
        diacritics_are_removed,
        Rule::Diacritics,
        [
            ("مُحَمَّدٌ", "محمد"),
            ("هٰذا", "هذا"),
            ("كِتَابًا", "كتابا"),
            ("صلى الله عليه وسلمﷺ", "صلى الله عليه وسلمﷺ"),
            ("الرَّحْمَٰنِ", "الرحمن"),
        ]
    );
    test_rule!(
        tatweel_is_removed,
        Rule::Tatweel,
        [("الســـلام", "السلام"), ("ـ", ""),]
    );
    test_rule!(
        invisible_chars_are_removed,
        Rule::Invisible,
        [
            ("a\u{200B}b", "ab"),
            ("\u{200F}عربي\u{200E}", "عربي"),
            ("\u{202B}نص\u{202C}", "نص"),
            ("\u{FEFF}بداية", "بداية"),
            ("مي\u{200C}خواهم", "ميخواهم"),
            ("\u{061C}١", "١"),
        ]
    );
    test_rule!(
        lowercase_folds_case,
        Rule::Lowercase,
        [
            ("Reuters", "reuters"),
            ("ÉTAT", "état"),
            ("AFP عربي", "afp عربي"),
        ]
    );

    #[test]
    fn arabic_punctuation_is_kept() {
        for p in Profile::ALL {
            assert_eq!(normalize("نعم، لا؛ لماذا؟", p), "نعم، لا؛ لماذا؟");
        }
    }

    #[test]
    fn decomposed_hamza_composes_then_folds() {
        // ا + combining hamza above: Light keeps the hamza, Search folds it away.
        assert_eq!(normalize("ا\u{0654}حمد", Profile::Light), "أحمد");
        assert_eq!(normalize("ا\u{0654}حمد", Profile::Search), "احمد");
        assert_eq!(normalize("لو\u{0654}ي", Profile::Name), "لؤي");
        assert_eq!(normalize("لو\u{0654}ي", Profile::Search), "لوي");
        assert_eq!(normalize("\u{0654}", Profile::Search), "");
    }

    #[test]
    fn presentation_lam_alef_with_hamza_folds_fully() {
        assert_eq!(normalize("ﻷ", Profile::Search), "لا");
        assert_eq!(normalize("ﻷ", Profile::Light), "لأ");
    }

    #[test]
    fn profiles_differ_where_documented() {
        assert_eq!(normalize("مسؤول", Profile::Search), "مسوول");
        assert_eq!(normalize("مسؤول", Profile::Name), "مسؤول");
        assert_eq!(normalize("أُسامة", Profile::Name), "اسامه");
        assert_eq!(normalize("أُسامة", Profile::Light), "أسامة");
        assert_eq!(Profile::from_name("name"), Some(Profile::Name));
        assert_eq!(Profile::from_name("nope"), None);
    }

    #[test]
    fn cow_borrows_when_unchanged() {
        assert!(matches!(
            normalize_cow("كتاب جديد", Profile::Search),
            Cow::Borrowed(_)
        ));
        assert!(matches!(
            normalize_cow("كتابٌ", Profile::Search),
            Cow::Owned(_)
        ));
        assert_eq!(normalize_cow("ab Cd", Profile::Search), "ab cd");
        assert!(is_normalized("كتاب", Profile::Search));
        assert!(!is_normalized("أحمد", Profile::Search));
    }

    #[test]
    fn offsets_map_back_to_original() {
        let text = "أَحْمَد ﻻ";
        let n = normalize_with_offsets(text, Profile::Search);
        assert_eq!(n.text, "احمد لا");
        // ﻻ (char 8 of the original) gives two chars.
        assert_eq!(n.offsets, vec![0, 2, 4, 6, 7, 8, 8, 9]);
    }

    fn arb_text() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            "[\u{0600}-\u{06FF}\u{FB50}-\u{FEFF} a-zA-Z0-9\u{200B}-\u{200F}]{0,40}",
        ]
    }

    proptest! {
        #[test]
        fn normalization_is_idempotent(text in arb_text()) {
            for p in Profile::ALL {
                let once = normalize(&text, p);
                let twice = normalize(&once, p);
                prop_assert_eq!(&twice, &once, "profile {:?}", p);
                prop_assert!(is_normalized(&once, p));
            }
        }

        #[test]
        fn fast_path_matches_char_by_char(text in arb_text()) {
            for p in Profile::ALL {
                let fast = normalize(&text, p);
                let slow = normalize_with_offsets(&text, p);
                prop_assert_eq!(&fast, &slow.text);
                prop_assert_eq!(slow.offsets.len(), slow.text.chars().count() + 1);
                let cow = normalize_cow(&text, p);
                prop_assert_eq!(cow.as_ref(), fast.as_str());
            }
        }
    }
}
