//! A sentence splitter for news text, with offsets in chars and bytes.
//!
//! ```
//! use rasd_text::sentence::sentences;
//!
//! let text = "قال د. سامي إن الوفد وصل. وأضاف: «سنعود غدا. ربما». هل انتهى؟ نعم!";
//! let s: Vec<&str> = sentences(text).iter().map(|s| s.text).collect();
//! assert_eq!(s, ["قال د. سامي إن الوفد وصل.", "وأضاف: «سنعود غدا. ربما».", "هل انتهى؟", "نعم!"]);
//! ```
//!
//! # Rules
//!
//! - A sentence ends after `.` `!` `?` `؟` `…` `۔` (a run of them, `?!`, `...`), with the closing
//!   quotes and brackets that follow, when a space or the end of the text comes next
//!   (`3.5`, `example.com` and `U.S.A` do not end one).
//! - Not inside quotation marks: `«…»` (nested), `"…"`, `“…”` (in either order, as Arabic
//!   pages use both). A quotation ends the sentence when it closes right after a terminator.
//! - Not after an abbreviation: a single letter (`د.` for doctor, `م.`, `هـ.`, `J.`), dotted
//!   initials (`ق.م.`, `U.S.`), a Latin title or short form (`Dr.`, `Mr.`, `Jan.`, `etc.`), a
//!   list number at the start of a sentence (`1.`), or when a lower-case Latin letter follows.
//!   A single letter is not an abbreviation when it ends an acronym written with spaces
//!   (`أ ف ب.` ends the sentence).
//! - A line break always ends a sentence (news pages put one paragraph per line) and closes
//!   open quotation marks.
//!
//! Known misses: an Arabic abbreviation of several letters without dots, and a sentence
//! ending in `ق.م.` is joined to the next one.

/// A sentence: a slice of the original text, trimmed of spaces, with its offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Sentence<'a> {
    /// The sentence text, a slice of the original.
    pub text: &'a str,
    /// Offset of the first char, in chars (Unicode scalar values) into the original text.
    pub start: usize,
    /// Offset one past the last char, in chars.
    pub end: usize,
    /// Offset of the first byte (UTF-8) into the original text.
    pub byte_start: usize,
    /// Offset one past the last byte.
    pub byte_end: usize,
}

/// The sentences of `text`, in order (see the module doc for the rules).
pub fn sentences(text: &str) -> Vec<Sentence<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut quotes = Quotes::default();
    // (char index) of the first char of the sentence being read.
    let mut open: Option<usize> = None;
    let mut i = 0;
    while let Some(&(_, c)) = chars.get(i) {
        if c == '\n' || c == '\r' || c == '\u{2029}' {
            if let Some(s) = open.take() {
                push(&mut out, text, &chars, s, i);
            }
            quotes = Quotes::default();
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = *open.get_or_insert(i);
        if !is_terminator(c) {
            quotes.update(c);
            i += 1;
            continue;
        }
        // A run of terminators, then closing quotes and brackets.
        let mut j = i;
        while chars.get(j).is_some_and(|&(_, c)| is_terminator(c)) {
            j += 1;
        }
        let run_is_dot = j == i + 1 && c == '.';
        let mut after = quotes.clone();
        while let Some(&(_, c)) = chars.get(j) {
            if after.closes(c) {
                after.update(c);
                j += 1;
            } else if matches!(c, ')' | ']' | '}' | '’' | '\'') {
                j += 1;
            } else {
                break;
            }
        }
        let at_end_or_space = chars.get(j).is_none_or(|&(_, c)| c.is_whitespace());
        let abbreviation = run_is_dot && is_abbreviation(&chars, start, i);
        let boundary = !quotes.inside_after_terminator(&after)
            && at_end_or_space
            && !lower_latin_follows(&chars, j)
            && !abbreviation;
        if boundary {
            push(&mut out, text, &chars, start, j);
            open = None;
            quotes = after;
            i = j;
        } else {
            i += 1;
        }
    }
    if let Some(s) = open {
        push(&mut out, text, &chars, s, chars.len());
    }
    out
}

/// Pushes the sentence of chars `from..to`, trimmed of trailing spaces.
fn push<'a>(
    out: &mut Vec<Sentence<'a>>,
    text: &'a str,
    chars: &[(usize, char)],
    from: usize,
    mut to: usize,
) {
    while to > from && chars.get(to - 1).is_some_and(|&(_, c)| c.is_whitespace()) {
        to -= 1;
    }
    if to <= from {
        return;
    }
    let byte_start = chars.get(from).map_or(text.len(), |&(b, _)| b);
    let byte_end = chars.get(to).map_or(text.len(), |&(b, _)| b);
    if let Some(slice) = text.get(byte_start..byte_end) {
        out.push(Sentence {
            text: slice,
            start: from,
            end: to,
            byte_start,
            byte_end,
        });
    }
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔')
}

/// Open quotation marks.
#[derive(Debug, Clone, Default)]
struct Quotes {
    guillemets: u32,
    straight: bool,
    curly: bool,
}

impl Quotes {
    fn inside(&self) -> bool {
        self.guillemets > 0 || self.straight || self.curly
    }

    /// Whether a terminator is inside quotes: it is when quotes are open and stay open after
    /// the closing marks that follow it.
    fn inside_after_terminator(&self, after: &Quotes) -> bool {
        self.inside() && after.inside()
    }

    /// Whether `c` closes an open quotation.
    fn closes(&self, c: char) -> bool {
        match c {
            '»' => self.guillemets > 0,
            '"' => self.straight,
            '“' | '”' => self.curly,
            _ => false,
        }
    }

    fn update(&mut self, c: char) {
        match c {
            '«' => self.guillemets = self.guillemets.saturating_add(1),
            '»' => self.guillemets = self.guillemets.saturating_sub(1),
            '"' => self.straight = !self.straight,
            '“' | '”' => self.curly = !self.curly,
            _ => {}
        }
    }
}

/// Whether the next non-space char after `j` is a lower-case Latin letter.
fn lower_latin_follows(chars: &[(usize, char)], j: usize) -> bool {
    chars
        .iter()
        .skip(j)
        .find(|(_, c)| !c.is_whitespace())
        .is_some_and(|&(_, c)| c.is_lowercase())
}

const LATIN_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc",
    "no", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "vol", "pp", "fig",
    "approx", "dept", "est", "e.g", "i.e", "a.m", "p.m", "cf", "al",
];

/// Whether the `.` at char `dot` ends an abbreviation (the sentence began at char `start`).
fn is_abbreviation(chars: &[(usize, char)], start: usize, dot: usize) -> bool {
    // The word before the dot: back to the previous space or opening bracket/quote.
    let mut k = dot;
    while k > start
        && chars
            .get(k - 1)
            .is_some_and(|&(_, c)| !c.is_whitespace() && !matches!(c, '(' | '[' | '«' | '"' | '“'))
    {
        k -= 1;
    }
    let word: String = chars
        .get(k..dot)
        .unwrap_or_default()
        .iter()
        .map(|&(_, c)| c)
        .filter(|&c| c != 'ـ' && !crate::token::is_arabic_mark(c))
        .collect();
    if word.is_empty() {
        return false;
    }
    // A list number opening the sentence: "1. البند".
    if k == start && word.chars().all(crate::token::is_digit) {
        return true;
    }
    // Dotted initials: every part between dots is one letter (ق.م, U.S).
    let parts_are_letters = word
        .split('.')
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    if parts_are_letters {
        if word.chars().count() == 1 && ends_spaced_acronym(chars, start, k) {
            return false;
        }
        return true;
    }
    let lower = word.to_lowercase();
    LATIN_ABBREVIATIONS.contains(&lower.as_str())
}

/// Whether the single letter starting at char `k` follows another single letter and a space
/// (`أ ف ب`), which makes it the end of an acronym rather than an abbreviation.
fn ends_spaced_acronym(chars: &[(usize, char)], start: usize, k: usize) -> bool {
    if k < start + 2 {
        return false;
    }
    let space = chars.get(k - 1).is_some_and(|&(_, c)| c == ' ');
    let letter = chars.get(k - 2).is_some_and(|&(_, c)| c.is_alphabetic());
    let before = if k - 2 > start {
        chars.get(k - 3).is_none_or(|&(_, c)| !c.is_alphabetic())
    } else {
        true
    };
    space && letter && before
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.text).collect()
    }

    #[test]
    fn splits_on_arabic_and_latin_terminators() {
        assert_eq!(
            texts("وصل الوفد. هل وصل؟ نعم! وماذا بعد… لا شيء?! The end."),
            [
                "وصل الوفد.",
                "هل وصل؟",
                "نعم!",
                "وماذا بعد…",
                "لا شيء?!",
                "The end."
            ]
        );
    }

    #[test]
    fn keeps_abbreviations() {
        assert_eq!(
            texts("التقى د. سامي بالوفد. ثم غادر."),
            ["التقى د. سامي بالوفد.", "ثم غادر."]
        );
        assert_eq!(
            texts("بني عام 300 ق.م في المدينة. وبقي."),
            ["بني عام 300 ق.م في المدينة.", "وبقي."]
        );
        assert_eq!(texts("سنة 1440 هـ. كانت"), ["سنة 1440 هـ. كانت"]);
        assert_eq!(
            texts("The U.S. envoy met Dr. Smith. Then left."),
            ["The U.S. envoy met Dr. Smith.", "Then left."]
        );
        assert_eq!(texts("See e.g. this one."), ["See e.g. this one."]);
        assert_eq!(texts("1. البند الأول"), ["1. البند الأول"]);
    }

    #[test]
    fn spaced_acronym_ends_a_sentence() {
        assert_eq!(
            texts("نقلت ذلك أ ف ب. وأضافت"),
            ["نقلت ذلك أ ف ب.", "وأضافت"]
        );
        assert_eq!(texts("وكالة (أ ف ب). ثم"), ["وكالة (أ ف ب).", "ثم"]);
    }

    #[test]
    fn does_not_split_inside_numbers_urls_or_quotes() {
        assert_eq!(
            texts("بلغ 3.5 مليون في example.com اليوم."),
            ["بلغ 3.5 مليون في example.com اليوم."]
        );
        assert_eq!(
            texts("قال: «لن نتراجع. أبدا» ثم صمت. انتهى."),
            ["قال: «لن نتراجع. أبدا» ثم صمت.", "انتهى."]
        );
        assert_eq!(texts("قال \"نعم. لا\" وخرج."), ["قال \"نعم. لا\" وخرج."]);
        assert_eq!(texts("قال ”نعم. لا“ وخرج."), ["قال ”نعم. لا“ وخرج."]);
    }

    #[test]
    fn quotation_closing_after_terminator_ends_sentence() {
        assert_eq!(
            texts("قال: «انتهى الأمر.» ثم خرج."),
            ["قال: «انتهى الأمر.»", "ثم خرج."]
        );
        assert_eq!(texts("(هذا مهم.) وذاك."), ["(هذا مهم.)", "وذاك."]);
    }

    #[test]
    fn line_breaks_end_sentences_and_quotes() {
        assert_eq!(
            texts("عنوان بلا نقطة\nقال «نص مفتوح\nسطر جديد. آخر"),
            ["عنوان بلا نقطة", "قال «نص مفتوح", "سطر جديد.", "آخر"]
        );
    }

    #[test]
    fn offsets_in_chars_and_bytes() {
        let s = sentences("  أ. ب؟  ج");
        assert_eq!(s.len(), 2);
        assert_eq!(
            (s[0].start, s[0].end, s[0].byte_start, s[0].byte_end),
            (2, 7, 2, 10)
        );
        assert_eq!(s[0].text, "أ. ب؟");
        assert_eq!((s[1].start, s[1].end), (9, 10));
    }

    proptest! {
        #[test]
        fn spans_slice_and_cover_the_text(
            text in prop_oneof![
                any::<String>(),
                "[\u{0621}-\u{064A} a-zA-Z0-9.!?؟…«»\"“”()\n]{0,80}",
            ]
        ) {
            let spans = sentences(&text);
            let mut last = 0;
            let mut covered = vec![false; text.len()];
            for s in &spans {
                prop_assert!(!s.text.is_empty());
                prop_assert_eq!(s.text.trim(), s.text);
                prop_assert_eq!(text.get(s.byte_start..s.byte_end), Some(s.text));
                prop_assert!(s.byte_start >= last);
                last = s.byte_end;
                let by_chars: String = text.chars().skip(s.start).take(s.end - s.start).collect();
                prop_assert_eq!(by_chars.as_str(), s.text);
                for b in covered.iter_mut().take(s.byte_end).skip(s.byte_start) {
                    *b = true;
                }
            }
            for (i, c) in text.char_indices() {
                prop_assert!(covered[i] || c.is_whitespace(), "{:?} at {} not in a sentence", c, i);
            }
        }
    }
}
