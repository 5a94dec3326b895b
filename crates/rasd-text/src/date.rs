//! Dates and times as news pages print them, in Arabic, English and French.
//!
//! [`parse`] reads a text that is one date ("آخر تحديث: 15 يوليو 2025، 12:16 م");
//! [`find`] finds the first date inside a longer line (a dateline, a byline).
//! Both give a [`ParsedDate`]: a calendar date, a time when the text prints one, and an
//! offset only when the text names one.
//!
//! ```
//! use rasd_text::date;
//! let d = date::parse("15 يوليو 2025، 12:16 م", None).unwrap();
//! assert_eq!(d.to_iso(), "2025-07-15T12:16:00");
//! ```
//!
//! # How it reads
//!
//! The text is folded with a small local set of rules (hamza and alef forms, ى/ي, ة/ه,
//! diacritics, tatweel, bidi marks, Arabic-Indic and Persian digits, French accents; see
//! `date/lex.rs`), cut into numbers, words and punctuation, and matched by small patterns
//! (`date/grammar.rs`, each documented with what it matches, an example, and what it does not
//! match). Month and weekday names are tables, one per family (`date/words.rs`): Egyptian/Gulf
//! (يناير…), Levantine/Iraqi (كانون الثاني…), Algerian/Tunisian (جانفي…), Moroccan (يوليوز…),
//! Hijri (محرم…), English and French. Two names of one month ("تموز/يوليو", "يوليو (تموز)") are
//! one month; two names of different months are no date.
//!
//! # Decisions
//!
//! - **Day first.** "05/07/2025" is 5 July, as Arab and French pages print it; month first only
//!   when the first number cannot be the day ("07/15/2025"). Two-digit years are not read.
//! - **12 م is noon, 12 ص is midnight**; ظهرا, عصرا, مساء, ليلا, فجرا place the hour in the day.
//! - **Offsets only when named**: "+03:00", "GMT+3", "UTC", "Z", "بتوقيت غرينتش", and places whose
//!   offset does not change in the year ("بتوقيت مكة المكرمة" is +03:00, the UAE +04:00).
//!   Abbreviations that depend on the season or are ambiguous (ET, EST, CET, AST…) and places with
//!   daylight saving time (Cairo, Beirut, Jerusalem, Rabat) are read, with no offset.
//! - **Hijri** dates are converted with `icu_calendar`'s Umm al-Qura calendar (Saudi Arabia's
//!   official one). We chose icu_calendar because it is the Unicode Consortium's maintained
//!   library, holds the Umm al-Qura month table in its source (no data download, no build script
//!   fetching anything), and validates days. Sighting-based countries may differ by a day, so when
//!   a page prints both calendars ("… 1446هـ الموافق 5 مارس 2025م") the Gregorian date is used.
//! - **Relative** forms need `now` (without it: `None`). Minutes and hours give a date and time;
//!   days and weeks a date; "منذ دقائق" / "منذ لحظات" (a few minutes or seconds) is `now`; "منذ
//!   ساعات" / "منذ أيام" (a few hours or days), months and years are too vague and give `None`.
//! - **Never a guess**: a bare month, a month and year, a time alone, a day that does not exist
//!   (31 فبراير) or a year outside 1800–2200 gives `None`. The weekday is not checked against the
//!   date (pages get weekdays wrong more often than dates).

mod grammar;
mod lex;
mod words;

pub use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};

/// How much a [`ParsedDate`] says: a day, or a day and a time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// Only the calendar date is known ("15 يوليو 2025").
    Date,
    /// The date and the time of day are known ("15 يوليو 2025، 12:16 م").
    DateTime,
}

/// A date read from text: the day, the time when printed, the UTC offset when named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParsedDate {
    /// The Gregorian calendar date (Hijri dates are converted).
    pub date: NaiveDate,
    /// The time of day, when the text gives one (whole seconds).
    pub time: Option<NaiveTime>,
    /// The UTC offset, only when the text names it ("GMT+3", "+03:00", "بتوقيت مكة المكرمة").
    pub offset: Option<FixedOffset>,
}

impl ParsedDate {
    /// [`Precision::DateTime`] when a time is known, else [`Precision::Date`].
    pub fn precision(&self) -> Precision {
        if self.time.is_some() {
            Precision::DateTime
        } else {
            Precision::Date
        }
    }

    /// ISO 8601: `2025-07-15`, `2025-07-15T12:16:00`, or `2025-07-15T12:16:00+03:00`.
    pub fn to_iso(&self) -> String {
        match (self.time, self.offset) {
            (None, _) => self.date.format("%Y-%m-%d").to_string(),
            (Some(t), None) => format!("{}T{}", self.date.format("%Y-%m-%d"), t.format("%H:%M:%S")),
            (Some(t), Some(o)) => {
                format!(
                    "{}T{}{}",
                    self.date.format("%Y-%m-%d"),
                    t.format("%H:%M:%S"),
                    o
                )
            }
        }
    }
}

impl std::fmt::Display for ParsedDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_iso())
    }
}

/// A date found inside a longer text, with its span in chars (Unicode scalar values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateMatch {
    /// The date read.
    pub value: ParsedDate,
    /// First char of the date in the original text.
    pub start: usize,
    /// One past the last char of the date in the original text.
    pub end: usize,
}

/// Reads `text` as one date; `None` when it is not exactly a date (never a guess).
///
/// Light framing is allowed around the date: punctuation and the words of "آخر تحديث:",
/// "نشر في", "بتاريخ", "Published:", "Updated on", "Publié le", "Mis à jour le". A weekday, a
/// time and a zone are part of the date. `now` is the reference time for relative forms
/// ("منذ 3 ساعات", "أمس", "اليوم"); without it they give `None`.
///
/// ```
/// use rasd_text::date::{parse, Precision};
/// let d = parse("آخر تحديث: الثلاثاء 15 تموز/يوليو 2025 - 12:16 م", None).unwrap();
/// assert_eq!(d.to_iso(), "2025-07-15T12:16:00");
/// assert_eq!(d.precision(), Precision::DateTime);
/// assert_eq!(parse("قرار مجلس الأمن 2025", None), None);
/// ```
pub fn parse(text: &str, now: Option<NaiveDateTime>) -> Option<ParsedDate> {
    if !worth_lexing(text, now) {
        return None;
    }
    let lx = lex::lex(text);
    grammar::parse_whole(&grammar::Ctx::new(&lx, now, true))
}

/// Finds the first date inside `text` (a dateline, a byline), with its char span.
///
/// The span covers the weekday, date, time and zone, and slices `text` by chars; [`parse`] of the
/// span gives the same value. Running text is read more strictly than [`parse`] reads a whole
/// text: a bare "اليوم"/"أمس"/"today" needs a time after it, and a day and month need a year
/// ("في 12 أغسطس الماضي" is no date to `find`). Relative amounts are found ("قبل يومين").
///
/// ```
/// use rasd_text::date::find;
/// let text = "الرياض - واس - 15 يوليو 2025، 12:16 م";
/// let m = find(text, None).unwrap();
/// assert_eq!(m.value.to_iso(), "2025-07-15T12:16:00");
/// let span: String = text.chars().skip(m.start).take(m.end - m.start).collect();
/// assert_eq!(span, "15 يوليو 2025، 12:16 م");
/// ```
pub fn find(text: &str, now: Option<NaiveDateTime>) -> Option<DateMatch> {
    if !worth_lexing(text, now) {
        return None;
    }
    let lx = lex::lex(text);
    let c = grammar::Ctx::new(&lx, now, false);
    let (value, i, j) = grammar::find_first(&c)?;
    let start = c.tok(i)?.start;
    let end = c.tok(j.checked_sub(1)?)?.end;
    Some(DateMatch { value, start, end })
}

/// True when `word`, folded as the parser folds (`أ إ آ` as `ا`, `ى` as `ي`, `ة` as `ه`, no
/// marks, Latin in lower case), is the name of a month the parser reads, in any of its calendars
/// and spellings (`يوليو`, `تموز`, `رمضان`), or the first word of a two-word name (`كانون`,
/// `ربيع`, `ذو`).
///
/// ```
/// use rasd_text::date::is_month_word;
/// assert!(is_month_word("اغسطس") && is_month_word("كانون") && is_month_word("رمضان"));
/// assert!(!is_month_word("الثلاثاء"));
/// ```
pub fn is_month_word(word: &str) -> bool {
    words::MONTHS.contains_key(word)
}

/// Cheap early rejection: every absolute date has a digit, and relative ones need `now`.
fn worth_lexing(text: &str, now: Option<NaiveDateTime>) -> bool {
    now.is_some() || text.chars().any(lex::is_any_digit)
}
