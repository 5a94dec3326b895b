//! The date patterns, over the tokens of `lex`. Each pattern is one function; its doc lists what
//! it matches, an example, and what it does not match.
//!
//! A whole match is, in order (see [`match_at`]):
//! 1. a relative date ([`relative`]), or
//! 2. an optional weekday ([`weekday_prefix`]), a calendar date ([`dated`]), and an optional time
//!    with an optional zone ([`timed`]), or
//! 3. a time first, then the date ([`time_first`]).

use std::sync::LazyLock;

use chrono::{Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike};

use super::lex::{Kind, Lexed, Token};
use super::words::{self, Cal, Form, Map, Meridiem, MonthWord, Set, Unit, MONTHS};
use super::ParsedDate;

/// Lookup tables built once from `words`.
struct Tables {
    weekdays: Set,
    meridiems: Map<Meridiem>,
    units: Map<(Unit, Form)>,
    number_words: Map<u32>,
    zones: Map<Option<i32>>,
    places: Map<i32>,
    framing: Set,
    time_intro: Set,
    /// Words at which a match may start (numbers always may).
    starters: Set,
}

static T: LazyLock<Tables> = LazyLock::new(|| {
    let weekdays: Set = words::WEEKDAYS.iter().copied().collect();
    let units: Map<(Unit, Form)> = words::UNITS.iter().map(|&(w, u, f)| (w, (u, f))).collect();
    let number_words = words::map(words::NUMBER_WORDS);
    let mut starters: Set = weekdays.clone();
    starters.extend(MONTHS.keys().copied());
    starters.extend(units.keys().copied());
    starters.extend(number_words.keys().copied());
    starters.extend(REL_STARTERS.iter().copied());
    starters.extend(["الساعه", "تمام"]);
    Tables {
        weekdays,
        meridiems: words::map(words::MERIDIEMS),
        units,
        number_words,
        zones: words::map(words::LATIN_ZONES),
        places: words::map(words::PLACES),
        framing: words::FRAMING.iter().copied().collect(),
        time_intro: words::TIME_INTRO.iter().copied().collect(),
        starters,
    }
});

/// Words that start a relative date.
const REL_STARTERS: &[&str] = &[
    "منذ",
    "قبل",
    "il",
    "امس",
    "البارحه",
    "اول",
    "اليوم",
    "yesterday",
    "today",
    "hier",
    "aujourd",
    "avant",
];
/// Markers after a Hijri year: "1446هـ", "1446 هجري", "للهجرة".
const HIJRI_MARKERS: &[&str] = &["ه", "هجري", "هجريه", "للهجره", "ah"];
/// Markers after a Gregorian year: "2025م", "ميلادي", "للميلاد".
const GREG_MARKERS: &[&str] = &["م", "ميلادي", "ميلاديه", "للميلاد"];
/// Ordinal suffixes touching a day number: "1er", "15th".
const ORDINALS: &[&str] = &["er", "eme", "st", "nd", "rd", "th"];
/// Punctuation that may separate a date from its time, or two calendars' dates.
const SEPS: &[char] = &[',', '-', '|', '–', '—', '•', '·', '/', ':', ';', '@'];
/// Gregorian years we read (archives and near future; a 4-digit number outside is no year).
const GREG_YEARS: std::ops::RangeInclusive<i32> = 1800..=2200;
/// Hijri years we read (1300 AH is 1882 CE; 1600 AH is 2174 CE).
const HIJRI_YEARS: std::ops::RangeInclusive<i32> = 1300..=1600;

/// The tokens of a text and the reference time.
pub(super) struct Ctx<'a> {
    lx: &'a Lexed,
    now: Option<NaiveDateTime>,
    /// True for `parse` (the whole text is one date), false for `find` (running text).
    whole: bool,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(lx: &'a Lexed, now: Option<NaiveDateTime>, whole: bool) -> Self {
        Ctx { lx, now, whole }
    }
    pub(super) fn len(&self) -> usize {
        self.lx.toks.len()
    }
    pub(super) fn tok(&self, i: usize) -> Option<&Token> {
        self.lx.toks.get(i)
    }
    fn word(&self, i: usize) -> Option<&str> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Word => self.lx.folded.get(t.bs..t.be),
            _ => None,
        }
    }
    fn word_is(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }
    fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.tok(i)?.kind {
            Kind::Num { value, digits } => Some((value, digits)),
            _ => None,
        }
    }
    fn punct(&self, i: usize) -> Option<char> {
        match self.tok(i)?.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }
    fn punct_in(&self, i: usize, set: &[char]) -> bool {
        self.punct(i).is_some_and(|c| set.contains(&c))
    }
    /// True when tokens `i` and `j` touch (no space between them in the folded text).
    fn touch(&self, i: usize, j: usize) -> bool {
        match (self.tok(i), self.tok(j)) {
            (Some(a), Some(b)) => a.fe == b.fs,
            _ => false,
        }
    }
}

/// A calendar date as read, before conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Day {
    Greg { y: i32, m: u32, d: u32 },
    Hijri { y: i32, m: u32, d: u32 },
    NoYear { m: u32, d: u32 },
}

impl Day {
    fn is_hijri(self) -> bool {
        matches!(self, Day::Hijri { .. })
    }
}

/// Converts a read date to a Gregorian [`NaiveDate`]; `None` when it does not exist.
///
/// - Gregorian: the year must be in 1800–2200 and the day must exist (no 31 فبراير).
/// - Hijri: Umm al-Qura, through `icu_calendar` (see [`hijri_to_gregorian`]).
/// - No year ("15 يوليو"): only in `parse` with `now`, the latest such day not after `now` plus one day
///   (a page does not print tomorrow's date, but time zones may put it one day ahead).
fn resolve(day: Day, now: Option<NaiveDateTime>) -> Option<NaiveDate> {
    match day {
        Day::Greg { y, m, d } => {
            if GREG_YEARS.contains(&y) {
                NaiveDate::from_ymd_opt(y, m, d)
            } else {
                None
            }
        }
        Day::Hijri { y, m, d } => hijri_to_gregorian(y, m, d),
        Day::NoYear { m, d } => {
            let today = now?.date();
            let limit = today.succ_opt()?;
            [today.year(), today.year() - 1]
                .into_iter()
                .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                .find(|date| *date <= limit)
        }
    }
}

/// Hijri → Gregorian with the Umm al-Qura calendar (Saudi Arabia's official one; `icu_calendar`
/// holds its month lengths for 1300–1600 AH from ICU4C and computes outside it). Pages in
/// countries that start months by sighting may differ by a day; when a page prints both
/// calendars, the Gregorian date is used (see [`dated`]). A day that does not exist in that month
/// (30 in a 29-day month) gives `None`.
pub(super) fn hijri_to_gregorian(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !HIJRI_YEARS.contains(&y) {
        return None;
    }
    let m = u8::try_from(m).ok()?;
    let d = u8::try_from(d).ok()?;
    let cal = icu_calendar::cal::Hijri::new_umm_al_qura();
    let hijri = icu_calendar::Date::try_new_hijri_with_calendar(y, m, d, cal).ok()?;
    // The calendar accepts 30 in 29-day months by constraining; require the day to round-trip.
    if hijri.day_of_month().0 != d || hijri.month().ordinal != m {
        return None;
    }
    let iso = hijri.to_calendar(icu_calendar::Iso);
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

/// One whole date starting at token `i`; returns it and the index after its last token.
///
/// For [`super::parse`] (`Ctx::whole`) a bare "اليوم"/"أمس"/"today" is a date, and so is a day
/// and month without year ("14 يوليو") when `now` is given. In running text ([`super::find`])
/// these are too common and too loose: the words need a time after them, and the year is needed.
pub(super) fn match_at(c: &Ctx, i: usize) -> Option<(ParsedDate, usize)> {
    if let Some(r) = relative(c, i) {
        return Some(r);
    }
    let j = weekday_prefix(c, i);
    if let Some((date, k)) = dated(c, j) {
        if let Some((time, offset, e)) = timed(c, k) {
            return Some((
                ParsedDate {
                    date,
                    time: Some(time),
                    offset,
                },
                e,
            ));
        }
        return Some((
            ParsedDate {
                date,
                time: None,
                offset: None,
            },
            k,
        ));
    }
    time_first(c, j)
}

/// `parse`: framing, one date, framing; nothing else.
pub(super) fn parse_whole(c: &Ctx) -> Option<ParsedDate> {
    let n = c.len();
    let mut i = 0;
    while i < n && is_frame(c, i) {
        i += 1;
    }
    let (pd, j) = match_at(c, i)?;
    (j..n).all(|k| is_frame(c, k)).then_some(pd)
}

/// `find`: the first date, with its token range.
pub(super) fn find_first(c: &Ctx) -> Option<(ParsedDate, usize, usize)> {
    (0..c.len()).find_map(|i| {
        if !is_starter(c, i) {
            return None;
        }
        match_at(c, i).map(|(pd, j)| (pd, i, j))
    })
}

/// Punctuation and framing words ("آخر تحديث", "نشر في", "Published", "Publié le").
fn is_frame(c: &Ctx, i: usize) -> bool {
    c.punct(i).is_some() || c.word(i).is_some_and(|w| T.framing.contains(w))
}

fn is_starter(c: &Ctx, i: usize) -> bool {
    c.num(i).is_some() || c.word(i).is_some_and(|w| T.starters.contains(w))
}

/// An optional weekday, with a comma after it ("يوم"/"le" before it are framing, or separators
/// after a time).
///
/// - matches: "الثلاثاء،", "الإثنين", "Tue,", "Tue.", "mardi"
/// - example: "الثلاثاء 15 يوليو 2025" → the date starts after "الثلاثاء"
/// - not matched: a weekday alone is no date (the caller still needs a date after it). The
///   weekday is not checked against the date: pages print wrong weekdays more often than wrong
///   dates.
fn weekday_prefix(c: &Ctx, i: usize) -> usize {
    let mut j = i;
    if !c.word(j).is_some_and(|w| T.weekdays.contains(w)) {
        return i;
    }
    j += 1;
    if c.punct(j) == Some('.') && c.touch(j - 1, j) {
        j += 1;
    }
    if c.punct_in(j, &[',', '-', '|']) {
        j += 1;
    }
    j
}

/// A calendar date, possibly printed in both calendars; the Gregorian one wins.
///
/// - matches: a [`calendar_date`], then optionally "الموافق" / "-" / "/" / "(" and the same day
///   in the other calendar.
/// - example: "5 رمضان 1446هـ الموافق 5 مارس 2025م" → 2025-03-05;
///   "15 يوليو 2025 (20 محرم 1447هـ)" → 2025-07-15
/// - not matched: a date that does not exist (31 فبراير 2025), a Gregorian year outside
///   1800–2200, a day and month without year unless `now` is given.
fn dated(c: &Ctx, i: usize) -> Option<(NaiveDate, usize)> {
    let (first, j) = calendar_date(c, i)?;
    let mut k = j;
    let mut open = false;
    for _ in 0..3 {
        if c.punct(k) == Some('(') {
            open = true;
            k += 1;
        } else if c.punct_in(k, SEPS)
            || c.word(k)
                .is_some_and(|w| matches!(w, "الموافق" | "موافق" | "الموافقه" | "ل"))
        {
            k += 1;
        } else {
            break;
        }
    }
    let k = weekday_prefix(c, k);
    if let Some((second, mut e)) = calendar_date(c, k) {
        if first.is_hijri() != second.is_hijri() {
            if open && c.punct(e) == Some(')') {
                e += 1;
            }
            let (greg, hijri) = if first.is_hijri() {
                (second, first)
            } else {
                (first, second)
            };
            let date = resolve(greg, c.now).or_else(|| resolve(hijri, c.now))?;
            return Some((date, e));
        }
    }
    Some((resolve(first, c.now)?, j))
}

/// One calendar date: numeric, day-first with a month name, or month-first.
fn calendar_date(c: &Ctx, i: usize) -> Option<(Day, usize)> {
    numeric(c, i)
        .or_else(|| day_month_year(c, i))
        .or_else(|| month_day_year(c, i))
}

/// Numeric dates, with `/`, `-` or `.` (the same twice).
///
/// - matches: "15/07/2025", "15-07-2025", "15.07.2025" (day first), "2025-07-15", "2025/07/15"
///   (year first), "1446/09/05هـ" (Hijri, with its marker).
/// - example: "15/07/2025" → 2025-07-15. Day first, as Arab and French pages print it; month
///   first only when the second number cannot be a month ("07/15/2025": 15 is no month, so
///   July 15).
/// - not matched: two-digit years ("15/07/25" is ambiguous), "1/2", numbers glued to more
///   numbers ("15/07/2025/3", "3.15.07.2025": a reference number, not a date), a 4-digit Hijri
///   year without its marker.
fn numeric(c: &Ctx, i: usize) -> Option<(Day, usize)> {
    const DSEP: &[char] = &['/', '-', '.'];
    let (a, da) = c.num(i)?;
    let s = c.punct(i + 1)?;
    if !DSEP.contains(&s) {
        return None;
    }
    let (b, db) = c.num(i + 2)?;
    if c.punct(i + 3) != Some(s) {
        return None;
    }
    let (d3, dd3) = c.num(i + 4)?;
    if i >= 2
        && c.punct_in(i - 1, DSEP)
        && c.touch(i - 1, i)
        && c.num(i - 2).is_some()
        && c.touch(i - 2, i - 1)
    {
        return None;
    }
    if c.punct_in(i + 5, DSEP)
        && c.touch(i + 4, i + 5)
        && c.num(i + 6).is_some()
        && c.touch(i + 5, i + 6)
    {
        return None;
    }
    let (y, m, d) = if da == 4 && db <= 2 && dd3 <= 2 {
        (a, b, d3)
    } else if dd3 == 4 && da <= 2 && db <= 2 {
        if b <= 12 {
            (d3, b, a)
        } else if a <= 12 {
            (d3, a, b)
        } else {
            return None;
        }
    } else {
        return None;
    };
    let y = i32::try_from(y).ok()?;
    let e = i + 5;
    if c.word(e).is_some_and(|w| HIJRI_MARKERS.contains(&w)) {
        return Some((Day::Hijri { y, m, d }, e + 1));
    }
    let e = if c.word(e).is_some_and(|w| GREG_MARKERS.contains(&w)) {
        e + 1
    } else {
        e
    };
    Some((Day::Greg { y, m, d }, e))
}

/// Day, month name, year.
///
/// - matches: "15 يوليو 2025", "15 تموز/يوليو 2025", "15 يوليو (تموز) 2025", "1 كانون الثاني
///   2025", "15 juillet 2025", "1er juillet 2025", "15th July 2025", "15-Jul-2025",
///   "5 رمضان 1446هـ", "1 محرم 1447"; without a year ("15 يوليو") only in `parse` and with `now`.
/// - example: "15 يوليو 2025م" → 2025-07-15
/// - not matched: a month alone ("مايو"), a month and a year ("يوليو 2025": no day), a day over
///   31, a Hijri month without its year.
fn day_month_year(c: &Ctx, i: usize) -> Option<(Day, usize)> {
    let (d, dd) = c.num(i)?;
    if dd > 2 || d == 0 || d > 31 {
        return None;
    }
    let mut j = i + 1;
    if c.touch(i, j) && c.word(j).is_some_and(|w| ORDINALS.contains(&w)) {
        j += 1;
    }
    if c.word_is(j, "من") || c.word_is(j, "de") || c.punct_in(j, &['-', '/']) {
        j += 1;
    }
    let (m, cal, k) = month_phrase(c, j)?;
    year_after(c, k, m, d, cal, true)
}

/// Month name, day, year (English order, sometimes Arabic).
///
/// - matches: "July 15, 2025", "Jul. 15 2025", "يوليو 15، 2025"
/// - example: "July 15, 2025" → 2025-07-15
/// - not matched: without a year ("July 15": too often part of running text), "يوليو 2025".
fn month_day_year(c: &Ctx, i: usize) -> Option<(Day, usize)> {
    let (m, cal, j) = month_phrase(c, i)?;
    let (d, dd) = c.num(j)?;
    if dd > 2 || d == 0 || d > 31 {
        return None;
    }
    let mut k = j + 1;
    if c.touch(j, k) && c.word(k).is_some_and(|w| ORDINALS.contains(&w)) {
        k += 1;
    }
    year_after(c, k, m, d, cal, false)
}

/// The year after a day and month, with its calendar marker.
fn year_after(
    c: &Ctx,
    k: usize,
    m: u32,
    d: u32,
    cal: Cal,
    year_optional: bool,
) -> Option<(Day, usize)> {
    let y_at = if c.punct_in(k, &[',', '-', '/', '.']) {
        k + 1
    } else {
        k
    };
    if let Some((y, 4)) = c.num(y_at) {
        let y = i32::try_from(y).ok()?;
        let e = y_at + 1;
        let marker = |set: &[&str]| c.word(e).is_some_and(|w| set.contains(&w));
        return match cal {
            Cal::Hijri => Some((
                Day::Hijri { y, m, d },
                if marker(HIJRI_MARKERS) { e + 1 } else { e },
            )),
            Cal::Greg if marker(HIJRI_MARKERS) => None,
            Cal::Greg => Some((
                Day::Greg { y, m, d },
                if marker(GREG_MARKERS) { e + 1 } else { e },
            )),
        };
    }
    if cal == Cal::Greg && year_optional && c.whole && c.now.is_some() {
        return Some((Day::NoYear { m, d }, k));
    }
    None
}

/// A month name, or two names of the same month joined ("تموز/يوليو", "يوليو (تموز)").
/// Two names of different months ("تموز/أغسطس") are no month.
fn month_phrase(c: &Ctx, i: usize) -> Option<(u32, Cal, usize)> {
    let (m, cal, j) = month_name(c, i)?;
    if c.punct_in(j, &['/', '-']) {
        if let Some((m2, cal2, k)) = month_name(c, j + 1) {
            if cal2 == cal {
                return (m2 == m).then_some((m, cal, k));
            }
        }
    }
    if c.punct(j) == Some('(') {
        if let Some((m2, cal2, k)) = month_name(c, j + 1) {
            if cal2 == cal && c.punct(k) == Some(')') {
                return (m2 == m).then_some((m, cal, k + 1));
            }
        }
    }
    Some((m, cal, j))
}

/// One month name, from the tables in `words` (one or two words; "Jul." with its period).
fn month_name(c: &Ctx, i: usize) -> Option<(u32, Cal, usize)> {
    let w = c.word(i)?;
    match *MONTHS.get(w)? {
        MonthWord::One(m, cal) => {
            let mut j = i + 1;
            if words::is_abbreviation(w) && c.punct(j) == Some('.') && c.touch(i, j) {
                j += 1;
            }
            Some((u32::from(m), cal, j))
        }
        MonthWord::Head(rest, cal) => {
            let w2 = c.word(i + 1)?;
            rest.iter()
                .find(|(s, _)| *s == w2)
                .map(|&(_, m)| (u32::from(m), cal, i + 2))
        }
    }
}

/// A time after a date, with what may stand between them and an optional zone after it.
///
/// - matches: "، 12:16 م", " - 12:16", " الساعة 10:30 صباحا", "T12:16:00+03:00", " à 12h16",
///   " 12:16 PM EDT", " 12:16 (بتوقيت مكة المكرمة)"
/// - example: "15 يوليو 2025، 12:16 م" → 12:16
/// - not matched: a time that does not exist (25:00, 13:00 ص).
fn timed(c: &Ctx, j: usize) -> Option<(NaiveTime, Option<FixedOffset>, usize)> {
    let mut k = j;
    for _ in 0..3 {
        if c.punct_in(k, SEPS) || c.word(k).is_some_and(|w| T.time_intro.contains(w)) {
            k += 1;
        } else {
            break;
        }
    }
    let (t, e) = clock(c, k)?;
    let (off, e) = offset(c, e).unwrap_or((None, e));
    Some((t, off, e))
}

/// A time, then the date ("12:16 م، 15 يوليو 2025", "الساعة 10 صباحا الثلاثاء 15 يوليو 2025").
fn time_first(c: &Ctx, i: usize) -> Option<(ParsedDate, usize)> {
    let mut j = i;
    while c.word(j).is_some_and(|w| matches!(w, "الساعه" | "تمام")) && j < i + 2 {
        j += 1;
    }
    let (t, k) = clock(c, j)?;
    let (offset, mut k) = offset(c, k).unwrap_or((None, k));
    for _ in 0..3 {
        if c.punct_in(k, SEPS)
            || c.word(k)
                .is_some_and(|w| matches!(w, "يوم" | "في" | "من" | "on" | "le"))
        {
            k += 1;
        } else {
            break;
        }
    }
    let k = weekday_prefix(c, k);
    let (date, e) = dated(c, k)?;
    Some((
        ParsedDate {
            date,
            time: Some(t),
            offset,
        },
        e,
    ))
}

/// A clock time.
///
/// - matches: "12:16", "12:16:05", "12:16:05.123", "9:30 PM", "12:16 م", "10:30 صباحا",
///   "12h16", "12 h", "10 صباحا" (an hour alone needs its day-part word)
/// - example: "12:16 م" → 12:16 (12 م is noon, 12 ص is midnight); "3:05 عصرا" → 15:05
/// - not matched: "25:00", "12:6", "13:00 ص", "24:00".
fn clock(c: &Ctx, i: usize) -> Option<(NaiveTime, usize)> {
    let (h, hd) = c.num(i)?;
    if hd > 2 {
        return None;
    }
    let (mut m, mut s) = (0, 0);
    let mut j = i + 1;
    let mut has_minutes = false;
    if c.punct(j) == Some(':') && c.touch(i, j) {
        let (mm, md) = c.num(j + 1)?;
        if md != 2 || !c.touch(j, j + 1) {
            return None;
        }
        m = mm;
        j += 2;
        has_minutes = true;
        if c.punct(j) == Some(':') && c.touch(j - 1, j) {
            if let Some((ss, 2)) = c.num(j + 1) {
                if c.touch(j, j + 1) {
                    s = ss;
                    j += 2;
                    if c.punct(j) == Some('.')
                        && c.touch(j - 1, j)
                        && c.num(j + 1).is_some()
                        && c.touch(j, j + 1)
                    {
                        j += 2;
                    }
                }
            }
        }
    } else if c.word_is(j, "h") {
        j += 1;
        if let Some((mm, 2)) = c.num(j) {
            m = mm;
            j += 1;
        }
        has_minutes = true;
    }
    let (mer, j) = meridiem(c, j);
    let hour = match mer {
        Some(mr) => mr.hour24(h)?,
        None if has_minutes && h <= 23 => h,
        None => return None,
    };
    NaiveTime::from_hms_opt(hour, m, s).map(|t| (t, j))
}

/// The day-part word after a time (see [`Meridiem`]); "a.m."/"p.m." and "بعد الظهر" too.
fn meridiem(c: &Ctx, j: usize) -> (Option<Meridiem>, usize) {
    let Some(w) = c.word(j) else {
        return (None, j);
    };
    if let Some(&m) = T.meridiems.get(w) {
        return (Some(m), j + 1);
    }
    if w == "بعد"
        && c.word(j + 1)
            .is_some_and(|w2| matches!(w2, "الظهر" | "الظهيره" | "ظهرا"))
    {
        return (Some(Meridiem::Afternoon), j + 2);
    }
    if (w == "a" || w == "p") && c.punct(j + 1) == Some('.') && c.word_is(j + 2, "m") {
        let m = if w == "a" { Meridiem::Am } else { Meridiem::Pm };
        let e = if c.punct(j + 3) == Some('.') && c.touch(j + 2, j + 3) {
            j + 4
        } else {
            j + 3
        };
        return (Some(m), e);
    }
    (None, j)
}

/// A zone after a time; `Some((None, end))` when a zone is named but its offset is not certain.
///
/// - matches: "GMT", "UTC", "Z" (touching the time), "GMT+3", "UTC+03:00", "+03:00", "+0300",
///   "بتوقيت غرينتش", "بتوقيت مكة المكرمة" (+03:00), "(ت.غ)", "(بتوقيت القدس)" (read, no
///   offset: daylight saving time), "ET", "EDT", "(heure de Paris)" (read, no offset).
/// - example: "12:16 GMT+3" → +03:00
/// - not matched: a bare "+3" without GMT/UTC (too easily something else), offsets over 14 hours.
fn offset(c: &Ctx, i: usize) -> Option<(Option<FixedOffset>, usize)> {
    if c.punct(i) == Some('(') {
        let (o, j) = offset_inner(c, i + 1)?;
        return (c.punct(j) == Some(')')).then_some((o, j + 1));
    }
    offset_inner(c, i)
}

fn offset_inner(c: &Ctx, i: usize) -> Option<(Option<FixedOffset>, usize)> {
    if let Some((o, j)) = signed(c, i, false) {
        return Some((Some(o), j));
    }
    let w = c.word(i)?;
    if w == "z" {
        return (i > 0 && c.touch(i - 1, i)).then(|| (FixedOffset::east_opt(0), i + 1));
    }
    if let Some(&zone) = T.zones.get(w) {
        if zone == Some(0) {
            if let Some((o, j)) = signed(c, i + 1, true) {
                return Some((Some(o), j));
            }
        }
        return Some((zone.and_then(FixedOffset::east_opt), i + 1));
    }
    if w == "حسب"
        && c.word(i + 1)
            .is_some_and(|w2| matches!(w2, "توقيت" | "التوقيت"))
    {
        return offset_inner(c, i + 1);
    }
    if matches!(w, "بتوقيت" | "توقيت" | "التوقيت") {
        let place = c.word(i + 1)?;
        let mut j = i + 2;
        let Some(&secs) = T.places.get(place) else {
            // A place whose offset changes with the season, or an unknown one: read, no offset.
            return Some((None, j));
        };
        if place == "مكه" && c.word_is(j, "المكرمه") {
            j += 1;
        }
        if secs == 0 {
            if let Some((o, k)) = signed(c, j, true) {
                return Some((Some(o), k));
            }
        }
        return Some((FixedOffset::east_opt(secs), j));
    }
    // "heure de Paris", "heure locale": named, with daylight saving time: no offset.
    if w == "heure" {
        if c.word_is(i + 1, "locale") {
            return Some((None, i + 2));
        }
        if c.word_is(i + 1, "de") && c.word(i + 2).is_some() {
            return Some((None, i + 3));
        }
    }
    // "ت.غ" / "ت غ": توقيت غرينتش.
    if w == "ت" {
        let j = if c.punct(i + 1) == Some('.') {
            i + 2
        } else {
            i + 1
        };
        if c.word_is(j, "غ") {
            return Some((FixedOffset::east_opt(0), j + 1));
        }
    }
    None
}

/// A signed offset: "+03:00", "+0300", "-05:00"; "+3" only when `short_ok` (after GMT/UTC).
fn signed(c: &Ctx, i: usize, short_ok: bool) -> Option<(FixedOffset, usize)> {
    let sign = match c.punct(i)? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let (v, d) = c.num(i + 1)?;
    if !c.touch(i, i + 1) {
        return None;
    }
    let (hh, mm, end) = match d {
        4 => (v / 100, v % 100, i + 2),
        1 | 2 => {
            if c.punct(i + 2) == Some(':') && c.touch(i + 1, i + 2) {
                match c.num(i + 3) {
                    Some((m2, 2)) if c.touch(i + 2, i + 3) => (v, m2, i + 4),
                    _ => return None,
                }
            } else if short_ok {
                (v, 0, i + 2)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    if hh > 14 || mm >= 60 {
        return None;
    }
    let secs = i32::try_from(hh * 3600 + mm * 60).ok()?;
    FixedOffset::east_opt(sign * secs).map(|o| (o, end))
}

/// How much time a relative date names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Amount {
    Exact(u32),
    /// A plural without a number ("منذ دقائق"): a few.
    Few,
}

/// Relative dates, against `now` (without `now`: no match).
///
/// - matches: "منذ 3 ساعات", "منذ ساعة", "منذ ساعتين", "قبل 3 أيام", "قبل يومين", "منذ أسبوع",
///   "منذ ثلاث دقائق", "3 hours ago", "an hour ago", "il y a 2 heures"; "منذ دقائق",
///   "منذ لحظات", "minutes ago" (a few seconds or minutes: `now` itself, to the minute's
///   precision a listing page gives); "أمس", "البارحة", "أول أمس", "اليوم", "yesterday",
///   "today", "hier", "aujourd'hui", each with an optional time ("أمس الساعة 10:30 مساء").
/// - example: "منذ 3 ساعات" at 2025-07-15T12:16 → 2025-07-15T09:16:00; "قبل يومين" →
///   2025-07-13 (date only: a count of days says nothing of the time).
/// - not matched: "منذ ساعات", "منذ أيام" (a few hours or days: too vague to be a date), months
///   and years ("منذ 3 سنوات": no day), "منذ 2011" (a year, not an amount); in running text
///   (`find`) a bare "اليوم"/"أمس" without a time.
fn relative(c: &Ctx, i: usize) -> Option<(ParsedDate, usize)> {
    let now = c.now?;
    let w = c.word(i);
    let prefixed = match w {
        Some("منذ" | "قبل") => Some(i + 1),
        Some("il") if c.word_is(i + 1, "y") && c.word_is(i + 2, "a") => Some(i + 3),
        _ => None,
    };
    if let Some(mut j) = prefixed {
        // "منذ حوالي ساعة", "il y a environ 3 heures": relative amounts are rounded anyway.
        if c.word(j)
            .is_some_and(|w| matches!(w, "حوالي" | "نحو" | "قرابه" | "environ"))
        {
            j += 1;
        }
        let (amt, unit, e) = amount_unit(c, j)?;
        return Some((shift(now, amt, unit)?, e));
    }
    if let Some((amt, unit, e)) = amount_unit(c, i) {
        if c.word_is(e, "ago") {
            return Some((shift(now, amt, unit)?, e + 1));
        }
    }
    let (days_back, j) = day_word(c, i)?;
    let date = now
        .date()
        .checked_sub_signed(TimeDelta::try_days(days_back)?)?;
    if let Some((time, offset, e)) = timed(c, j) {
        return Some((
            ParsedDate {
                date,
                time: Some(time),
                offset,
            },
            e,
        ));
    }
    c.whole.then_some((
        ParsedDate {
            date,
            time: None,
            offset: None,
        },
        j,
    ))
}

/// "أمس" and its kin: how many days back, and the index after the words.
fn day_word(c: &Ctx, i: usize) -> Option<(i64, usize)> {
    match c.word(i)? {
        "امس" if c.word_is(i + 1, "الاول") => Some((2, i + 2)),
        "امس" | "البارحه" | "yesterday" | "hier" => Some((1, i + 1)),
        "اول" if c.word_is(i + 1, "امس") => Some((2, i + 2)),
        "اول" if c.word_is(i + 1, "من") && c.word_is(i + 2, "امس") => Some((2, i + 3)),
        "اليوم" | "today" => Some((0, i + 1)),
        "aujourd" if c.punct_in(i + 1, &['\'', '’']) && c.word_is(i + 2, "hui") => {
            Some((0, i + 3))
        }
        "avant" if c.punct(i + 1) == Some('-') && c.word_is(i + 2, "hier") => Some((2, i + 3)),
        _ => None,
    }
}

/// An amount and a unit: "3 ساعات", "ثلاث ساعات", "ساعتين", "ساعة", "an hour", "دقائق".
fn amount_unit(c: &Ctx, i: usize) -> Option<(Amount, Unit, usize)> {
    let unit_at = |k: usize| c.word(k).and_then(|w| T.units.get(w).copied());
    if let Some((n, d)) = c.num(i) {
        if d > 4 {
            return None;
        }
        let (u, _) = unit_at(i + 1)?;
        return Some((Amount::Exact(n), u, i + 2));
    }
    let w = c.word(i)?;
    if let Some(&n) = T.number_words.get(w) {
        if let Some((u, _)) = unit_at(i + 1) {
            return Some((Amount::Exact(n), u, i + 2));
        }
    }
    let (u, f) = unit_at(i)?;
    let amt = match f {
        // "ساعة واحدة": the singular, with "one" after it.
        Form::Single if c.word(i + 1).is_some_and(|w| matches!(w, "واحد" | "واحده")) => {
            return Some((Amount::Exact(1), u, i + 2));
        }
        Form::Single => Amount::Exact(1),
        Form::Dual => Amount::Exact(2),
        Form::Plural => Amount::Few,
    };
    Some((amt, u, i + 1))
}

/// `now` minus an amount of a unit, with the precision the unit carries.
fn shift(now: NaiveDateTime, amt: Amount, unit: Unit) -> Option<ParsedDate> {
    let now = now.with_nanosecond(0)?;
    let at = |dt: NaiveDateTime| ParsedDate {
        date: dt.date(),
        time: Some(dt.time()),
        offset: None,
    };
    let day = |d: NaiveDate| ParsedDate {
        date: d,
        time: None,
        offset: None,
    };
    let n = match amt {
        Amount::Few => {
            return matches!(unit, Unit::Second | Unit::Minute).then(|| at(now));
        }
        Amount::Exact(n) => i64::from(n),
    };
    Some(match unit {
        Unit::Second => at(now.checked_sub_signed(TimeDelta::try_seconds(n)?)?),
        Unit::Minute => at(now.checked_sub_signed(TimeDelta::try_minutes(n)?)?),
        Unit::Hour => at(now.checked_sub_signed(TimeDelta::try_hours(n)?)?),
        Unit::Day => day(now.date().checked_sub_signed(TimeDelta::try_days(n)?)?),
        Unit::Week => day(now.date().checked_sub_signed(TimeDelta::try_weeks(n)?)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hijri_known_days() {
        // 1 Muharram 1447 AH and 1 Ramadan 1446 AH in the Umm al-Qura calendar.
        assert_eq!(
            hijri_to_gregorian(1447, 1, 1),
            NaiveDate::from_ymd_opt(2025, 6, 26)
        );
        assert_eq!(
            hijri_to_gregorian(1446, 9, 1),
            NaiveDate::from_ymd_opt(2025, 3, 1)
        );
    }

    #[test]
    fn hijri_rejects_missing_days() {
        assert_eq!(hijri_to_gregorian(1446, 13, 1), None);
        assert_eq!(hijri_to_gregorian(1446, 1, 31), None);
        assert_eq!(hijri_to_gregorian(900, 1, 1), None);
    }

    #[test]
    fn no_year_takes_the_latest_past_day() {
        let now = NaiveDate::from_ymd_opt(2025, 1, 10).and_then(|d| d.and_hms_opt(9, 0, 0));
        let d = resolve(Day::NoYear { m: 12, d: 30 }, now);
        assert_eq!(d, NaiveDate::from_ymd_opt(2024, 12, 30));
        assert_eq!(resolve(Day::NoYear { m: 12, d: 30 }, None), None);
    }

    /// Runs `f` on the tokens of `text` from token 0.
    fn on<T>(text: &str, f: impl Fn(&Ctx, usize) -> Option<T>) -> Option<T> {
        let lx = super::super::lex::lex(text);
        f(&Ctx::new(&lx, None, false), 0)
    }

    fn hm(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    #[test]
    fn clock_noon_midnight_and_day_parts() {
        let t = |s: &str| on(s, clock).map(|p| p.0);
        assert_eq!(t("12:16 م"), hm(12, 16));
        assert_eq!(t("12:16 ص"), hm(0, 16));
        assert_eq!(t("3:05 عصرا"), hm(15, 5));
        assert_eq!(t("9:30 p.m."), hm(21, 30));
        assert_eq!(t("12h16"), hm(12, 16));
        assert_eq!(t("10 صباحا"), hm(10, 0));
        assert_eq!(t("13:00 ص"), None);
        assert_eq!(t("24:00"), None);
        assert_eq!(t("12:6"), None);
        assert_eq!(t("10"), None);
    }

    #[test]
    fn numeric_is_day_first_unless_impossible() {
        let d = |s: &str| on(s, numeric).map(|p| p.0);
        assert_eq!(
            d("05/07/2025"),
            Some(Day::Greg {
                y: 2025,
                m: 7,
                d: 5
            })
        );
        assert_eq!(
            d("07/15/2025"),
            Some(Day::Greg {
                y: 2025,
                m: 7,
                d: 15
            })
        );
        assert_eq!(
            d("2025-07-05"),
            Some(Day::Greg {
                y: 2025,
                m: 7,
                d: 5
            })
        );
        assert_eq!(
            d("20/1/1447هـ"),
            Some(Day::Hijri {
                y: 1447,
                m: 1,
                d: 20
            })
        );
        assert_eq!(d("13/13/2025"), None);
        assert_eq!(d("15/07-2025"), None);
        assert_eq!(d("15/07/25"), None);
    }

    #[test]
    fn combined_month_names_must_agree() {
        let m = |s: &str| on(s, month_phrase).map(|p| p.0);
        assert_eq!(m("تموز/يوليو"), Some(7));
        assert_eq!(m("يوليو (تموز)"), Some(7));
        assert_eq!(m("كانون الثاني"), Some(1));
        assert_eq!(m("تموز/أغسطس"), None);
        assert_eq!(m("كانون"), None);
    }

    #[test]
    fn signed_offsets() {
        let lx = super::super::lex::lex("+03:00 +0300 -5 +15:00");
        let c = Ctx::new(&lx, None, false);
        assert_eq!(
            signed(&c, 0, false).map(|p| p.0),
            FixedOffset::east_opt(3 * 3600)
        );
        assert_eq!(
            signed(&c, 4, false).map(|p| p.0),
            FixedOffset::east_opt(3 * 3600)
        );
        assert_eq!(signed(&c, 6, false), None);
        assert_eq!(
            signed(&c, 6, true).map(|p| p.0),
            FixedOffset::west_opt(5 * 3600)
        );
        assert_eq!(signed(&c, 8, false), None);
    }
}
