//! Word tables for the date parser, all in folded form (see `lex`: no hamza on alef, `ى` → `ي`,
//! `ة` → `ه`, Latin lowercase without accents).
//!
//! Source of every month and weekday table: common usage in news sites of each region (the names
//! are facts of the languages, not copied text). Each table names its family.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a: the keys are short words from our own tables, so a simple fast hash beats SipHash
/// (every word of every line is looked up once) and collisions cannot be forced into a slow path
/// that matters.
#[derive(Clone, Copy)]
pub(super) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A word table keyed by folded words.
pub(super) type Map<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;
/// A word set of folded words.
pub(super) type Set = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// Which calendar a month name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cal {
    /// Gregorian (every Arabic family, English, French).
    Greg,
    /// Hijri (Islamic lunar).
    Hijri,
}

/// Gregorian months, Egyptian and Gulf (Arabic transliterations of the Latin names).
const EGYPT_GULF: &[(&str, u8)] = &[
    ("يناير", 1),
    ("فبراير", 2),
    ("فبرير", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("اغسطس", 8),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
];

/// Gregorian months, Levant and Iraq (Syriac names), single words.
const LEVANT: &[(&str, u8)] = &[
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("اب", 8),
    ("ايلول", 9),
];

/// Gregorian months, Algeria and Tunisia (French-derived names).
const MAGHREB: &[(&str, u8)] = &[
    ("جانفي", 1),
    ("فيفري", 2),
    ("افريل", 4),
    ("ماي", 5),
    ("جوان", 6),
    ("جويليه", 7),
    ("اوت", 8),
];

/// Gregorian months, Morocco (those not shared with Egypt/Gulf or Algeria/Tunisia).
const MOROCCO: &[(&str, u8)] = &[
    ("يوليوز", 7),
    ("غشت", 8),
    ("شتنبر", 9),
    ("نونبر", 11),
    ("دجنبر", 12),
];

/// English month names and their news abbreviations.
const ENGLISH: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// French month names (accents folded) and their news abbreviations.
const FRENCH: &[(&str, u8)] = &[
    ("janvier", 1),
    ("janv", 1),
    ("fevrier", 2),
    ("fevr", 2),
    ("fev", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("decembre", 12),
];

/// Two-word Levantine months: first word → (second word, month).
const LEVANT_TWO: &[(&str, &[(&str, u8)])] = &[
    (
        "كانون",
        &[("الثاني", 1), ("ثاني", 1), ("الاول", 12), ("اول", 12)],
    ),
    (
        "تشرين",
        &[("الاول", 10), ("اول", 10), ("الثاني", 11), ("ثاني", 11)],
    ),
];

/// Hijri months, single words.
const HIJRI: &[(&str, u8)] = &[
    ("محرم", 1),
    ("المحرم", 1),
    ("صفر", 2),
    ("رجب", 7),
    ("شعبان", 8),
    ("رمضان", 9),
    ("شوال", 10),
];

/// Two-word Hijri months: first word → (second word, month).
const HIJRI_TWO: &[(&str, &[(&str, u8)])] = &[
    (
        "ربيع",
        &[
            ("الاول", 3),
            ("اول", 3),
            ("الثاني", 4),
            ("ثاني", 4),
            ("الاخر", 4),
            ("الاخره", 4),
        ],
    ),
    (
        "جمادي",
        &[
            ("الاولي", 5),
            ("الاول", 5),
            ("اولي", 5),
            ("الاخره", 6),
            ("الاخر", 6),
            ("الثانيه", 6),
            ("الثاني", 6),
        ],
    ),
    ("ذو", &[("القعده", 11), ("الحجه", 12)]),
    ("ذي", &[("القعده", 11), ("الحجه", 12)]),
];

/// A month name: one word, or the first word of a two-word name.
#[derive(Debug, Clone, Copy)]
pub(super) enum MonthWord {
    /// A whole month name.
    One(u8, Cal),
    /// The first word of a two-word name; the second words that complete it.
    Head(&'static [(&'static str, u8)], Cal),
}

/// Every month word, all families together (no family disagrees on a shared word).
pub(super) static MONTHS: LazyLock<Map<MonthWord>> = LazyLock::new(|| {
    let mut m = Map::default();
    for table in [EGYPT_GULF, LEVANT, MAGHREB, MOROCCO, ENGLISH, FRENCH] {
        for &(w, n) in table {
            m.insert(w, MonthWord::One(n, Cal::Greg));
        }
    }
    for &(w, rest) in LEVANT_TWO {
        m.insert(w, MonthWord::Head(rest, Cal::Greg));
    }
    for &(w, n) in HIJRI {
        m.insert(w, MonthWord::One(n, Cal::Hijri));
    }
    for &(w, rest) in HIJRI_TWO {
        m.insert(w, MonthWord::Head(rest, Cal::Hijri));
    }
    m
});

/// Month abbreviations that may be followed by a period ("Jul.", "janv.").
pub(super) fn is_abbreviation(w: &str) -> bool {
    w.is_ascii() && w.len() <= 4
}

/// Weekday names: Arabic (with and without the article), English (and abbreviations), French.
pub(super) const WEEKDAYS: &[&str] = &[
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "احد",
    "اثنين",
    "الاتنين",
    "ثلاثاء",
    "اربعاء",
    "خميس",
    "جمعه",
    "سبت",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sun",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "dimanche",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
];

/// A word after a clock time that says which part of the day it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Meridiem {
    /// ص, صباحا, AM: 12 is midnight.
    Am,
    /// م, مساء, PM: 12 is noon.
    Pm,
    /// ظهرا, الظهر: around noon (12 → 12:00, 1–5 → afternoon, 10–11 → morning).
    Noon,
    /// عصرا, بعد الظهر: afternoon.
    Afternoon,
    /// ليلا: night (12 → midnight, 1–4 → after midnight, 7–11 → evening).
    Night,
    /// فجرا: dawn (1–6, 12 → midnight).
    Dawn,
}

impl Meridiem {
    /// The hour on the 24-hour clock, or `None` when the hour cannot be in that part of the day.
    pub(super) fn hour24(self, h: u32) -> Option<u32> {
        match (self, h) {
            (Meridiem::Am, 12) => Some(0),
            (Meridiem::Am, 0..=11) => Some(h),
            (Meridiem::Pm, 12) => Some(12),
            (Meridiem::Pm, 1..=11) => Some(h + 12),
            // A 24-hour time with a redundant marker ("14:30 م").
            (Meridiem::Pm, 13..=23) => Some(h),
            (Meridiem::Noon, 12) | (Meridiem::Noon, 10..=11) | (Meridiem::Noon, 13..=17) => Some(h),
            (Meridiem::Noon, 1..=5) => Some(h + 12),
            (Meridiem::Afternoon, 12) | (Meridiem::Afternoon, 13..=19) => Some(h),
            (Meridiem::Afternoon, 1..=7) => Some(h + 12),
            (Meridiem::Night, 12) => Some(0),
            (Meridiem::Night, 1..=4) | (Meridiem::Night, 19..=23) => Some(h),
            (Meridiem::Night, 7..=11) => Some(h + 12),
            (Meridiem::Dawn, 12) => Some(0),
            (Meridiem::Dawn, 1..=6) => Some(h),
            _ => None,
        }
    }
}

/// One-word day-part markers.
pub(super) const MERIDIEMS: &[(&str, Meridiem)] = &[
    ("ص", Meridiem::Am),
    ("صباحا", Meridiem::Am),
    ("صباح", Meridiem::Am),
    ("صباحي", Meridiem::Am),
    ("am", Meridiem::Am),
    ("م", Meridiem::Pm),
    ("مساء", Meridiem::Pm),
    ("مساءا", Meridiem::Pm),
    ("مسائي", Meridiem::Pm),
    ("pm", Meridiem::Pm),
    ("ظهرا", Meridiem::Noon),
    ("الظهر", Meridiem::Noon),
    ("ظهر", Meridiem::Noon),
    ("عصرا", Meridiem::Afternoon),
    ("العصر", Meridiem::Afternoon),
    ("ليلا", Meridiem::Night),
    ("الليل", Meridiem::Night),
    ("فجرا", Meridiem::Dawn),
    ("الفجر", Meridiem::Dawn),
];

/// A unit of a relative date ("منذ 3 ساعات").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    /// Seconds (and "moments": لحظات).
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
}

/// The grammatical number of a unit word, which gives the amount when no number is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    /// "ساعة", "hour": one (or the number written before it).
    Single,
    /// "ساعتين": two.
    Dual,
    /// "ساعات": the number written before it; alone, "a few" (see `relative` in the grammar).
    Plural,
}

/// Unit words: Arabic (singular, accusative singular used after 11–99, dual, plural), English,
/// French.
pub(super) const UNITS: &[(&str, Unit, Form)] = &[
    ("ثانيه", Unit::Second, Form::Single),
    ("ثانيتين", Unit::Second, Form::Dual),
    ("ثانيتان", Unit::Second, Form::Dual),
    ("ثوان", Unit::Second, Form::Plural),
    ("ثواني", Unit::Second, Form::Plural),
    ("لحظه", Unit::Second, Form::Plural), // "منذ لحظة": a moment, not one second
    ("لحظات", Unit::Second, Form::Plural),
    ("دقيقه", Unit::Minute, Form::Single),
    ("دقيقتين", Unit::Minute, Form::Dual),
    ("دقيقتان", Unit::Minute, Form::Dual),
    ("دقائق", Unit::Minute, Form::Plural),
    ("ساعه", Unit::Hour, Form::Single),
    ("ساعتين", Unit::Hour, Form::Dual),
    ("ساعتان", Unit::Hour, Form::Dual),
    ("ساعات", Unit::Hour, Form::Plural),
    ("يوم", Unit::Day, Form::Single),
    ("يوما", Unit::Day, Form::Single),
    ("يومين", Unit::Day, Form::Dual),
    ("يومان", Unit::Day, Form::Dual),
    ("ايام", Unit::Day, Form::Plural),
    ("اسبوع", Unit::Week, Form::Single),
    ("اسبوعا", Unit::Week, Form::Single),
    ("اسبوعين", Unit::Week, Form::Dual),
    ("اسبوعان", Unit::Week, Form::Dual),
    ("اسابيع", Unit::Week, Form::Plural),
    ("second", Unit::Second, Form::Single),
    ("seconds", Unit::Second, Form::Plural),
    ("sec", Unit::Second, Form::Single),
    ("secs", Unit::Second, Form::Plural),
    ("minute", Unit::Minute, Form::Single),
    ("minutes", Unit::Minute, Form::Plural),
    ("min", Unit::Minute, Form::Single),
    ("mins", Unit::Minute, Form::Plural),
    ("hour", Unit::Hour, Form::Single),
    ("hours", Unit::Hour, Form::Plural),
    ("hr", Unit::Hour, Form::Single),
    ("hrs", Unit::Hour, Form::Plural),
    ("day", Unit::Day, Form::Single),
    ("days", Unit::Day, Form::Plural),
    ("week", Unit::Week, Form::Single),
    ("weeks", Unit::Week, Form::Plural),
    ("seconde", Unit::Second, Form::Single),
    ("secondes", Unit::Second, Form::Plural),
    ("heure", Unit::Hour, Form::Single),
    ("heures", Unit::Hour, Form::Plural),
    ("jour", Unit::Day, Form::Single),
    ("jours", Unit::Day, Form::Plural),
    ("semaine", Unit::Week, Form::Single),
    ("semaines", Unit::Week, Form::Plural),
];

/// Numbers written as words before a unit ("منذ ثلاث ساعات", "an hour ago", "il y a une heure").
pub(super) const NUMBER_WORDS: &[(&str, u32)] = &[
    ("واحد", 1),
    ("واحده", 1),
    ("ثلاث", 3),
    ("ثلاثه", 3),
    ("اربع", 4),
    ("اربعه", 4),
    ("خمس", 5),
    ("خمسه", 5),
    ("ست", 6),
    ("سته", 6),
    ("سبع", 7),
    ("سبعه", 7),
    ("ثمان", 8),
    ("ثماني", 8),
    ("ثمانيه", 8),
    ("تسع", 9),
    ("تسعه", 9),
    ("عشر", 10),
    ("عشره", 10),
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("un", 1),
    ("une", 1),
    ("deux", 2),
    ("trois", 3),
];

/// Named zones after a time. `Some(seconds)` only where the name fixes the offset all year;
/// other common abbreviations are read (so that the text still parses) but give no offset:
/// ET/EST/EDT and the like depend on the season or are ambiguous (AST is Arabia Standard Time
/// and Atlantic Standard Time; IST is India, Israel, Ireland).
pub(super) const LATIN_ZONES: &[(&str, Option<i32>)] = &[
    ("gmt", Some(0)),
    ("utc", Some(0)),
    ("ut", Some(0)),
    ("et", None),
    ("est", None),
    ("edt", None),
    ("ct", None),
    ("cst", None),
    ("cdt", None),
    ("pt", None),
    ("pst", None),
    ("pdt", None),
    ("bst", None),
    ("cet", None),
    ("cest", None),
    ("ast", None),
    ("ist", None),
    ("ksa", Some(3 * 3600)),
];

/// Places named after "بتوقيت" whose offset is the same all year (no daylight saving time):
/// Saudi Arabia, Qatar, Kuwait, Bahrain and Iraq are UTC+3; the UAE is UTC+4; Algeria and Tunisia
/// are UTC+1; Greenwich is UTC. Places with daylight saving time or a Ramadan change (Cairo,
/// Beirut, Jerusalem, Rabat) are read without an offset.
pub(super) const PLACES: &[(&str, i32)] = &[
    ("غرينتش", 0),
    ("غرينيتش", 0),
    ("جرينتش", 0),
    ("جرينيتش", 0),
    ("غرنتش", 0),
    ("مكه", 3 * 3600),
    ("الرياض", 3 * 3600),
    ("السعوديه", 3 * 3600),
    ("الدوحه", 3 * 3600),
    ("قطر", 3 * 3600),
    ("الكويت", 3 * 3600),
    ("المنامه", 3 * 3600),
    ("البحرين", 3 * 3600),
    ("بغداد", 3 * 3600),
    ("العراق", 3 * 3600),
    ("ابوظبي", 4 * 3600),
    ("دبي", 4 * 3600),
    ("الامارات", 4 * 3600),
    ("الجزائر", 3600),
    ("تونس", 3600),
];

/// Words that only frame a date ("آخر تحديث:", "نشر في", "Published on", "Publié le"). `parse`
/// accepts them before and after the date.
pub(super) const FRAMING: &[&str] = &[
    "الموافق",
    "اخر",
    "تحديث",
    "التحديث",
    "تم",
    "نشر",
    "نشرت",
    "النشر",
    "نشره",
    "تاريخ",
    "بتاريخ",
    "التاريخ",
    "في",
    "يوم",
    "منشور",
    "تعديل",
    "التعديل",
    "وقت",
    "published",
    "updated",
    "update",
    "last",
    "posted",
    "on",
    "at",
    "date",
    "modified",
    "created",
    "first",
    "publie",
    "publiee",
    "le",
    "mis",
    "mise",
    "a",
    "jour",
    "modifie",
    "par",
];

/// Words that may stand between a date and its time ("15 يوليو 2025 الساعة 12:16").
pub(super) const TIME_INTRO: &[&str] =
    &["الساعه", "تمام", "في", "علي", "عند", "at", "a", "t", "vers"];

/// Builds a map from a `(word, value)` table.
pub(super) fn map<V: Copy>(table: &'static [(&'static str, V)]) -> Map<V> {
    table.iter().copied().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_agrees_on_shared_month_words() {
        let mut seen: HashMap<&str, u8> = HashMap::new();
        for table in [EGYPT_GULF, LEVANT, MAGHREB, MOROCCO, ENGLISH, FRENCH, HIJRI] {
            for &(w, n) in table {
                if let Some(old) = seen.insert(w, n) {
                    // Shared words (مارس, ماي …) must mean the same month in every family; no
                    // Gregorian word may also be a Hijri month.
                    assert_eq!(old, n, "{w} has two month numbers");
                }
            }
        }
    }

    #[test]
    fn meridiem_noon_and_midnight() {
        assert_eq!(Meridiem::Pm.hour24(12), Some(12));
        assert_eq!(Meridiem::Am.hour24(12), Some(0));
        assert_eq!(Meridiem::Pm.hour24(3), Some(15));
        assert_eq!(Meridiem::Am.hour24(13), None);
        assert_eq!(Meridiem::Night.hour24(11), Some(23));
        assert_eq!(Meridiem::Night.hour24(2), Some(2));
        assert_eq!(Meridiem::Noon.hour24(1), Some(13));
    }

    #[test]
    fn table_words_are_folded() {
        // Tables must hold folded forms, or they never match.
        let all = EGYPT_GULF
            .iter()
            .chain(LEVANT)
            .chain(MAGHREB)
            .chain(MOROCCO)
            .chain(HIJRI)
            .map(|p| p.0)
            .chain(WEEKDAYS.iter().copied())
            .chain(FRAMING.iter().copied())
            .chain(TIME_INTRO.iter().copied())
            .chain(UNITS.iter().map(|u| u.0))
            .chain(NUMBER_WORDS.iter().map(|u| u.0))
            .chain(MERIDIEMS.iter().map(|u| u.0))
            .chain(PLACES.iter().map(|u| u.0))
            .chain(
                LEVANT_TWO
                    .iter()
                    .chain(HIJRI_TWO)
                    .flat_map(|(w, rest)| std::iter::once(*w).chain(rest.iter().map(|r| r.0))),
            );
        for w in all {
            assert!(
                !w.contains(['أ', 'إ', 'آ', 'ى', 'ة']),
                "{w} is not folded; help: see date/lex.rs"
            );
        }
    }
}
