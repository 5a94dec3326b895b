//! A tokenizer with offsets into the original text, in chars and in bytes.
//!
//! ```
//! use rasd_text::token::{tokenize, TokenKind};
//!
//! let text = "زار الوفد باماكو في ١٥ يوليو، انظر https://example.org/a #مالي";
//! let tokens: Vec<_> = tokenize(text).collect();
//! assert_eq!(tokens[0].text, "زار");
//! assert_eq!(tokens[4].kind, TokenKind::Number);
//! assert_eq!(tokens[6].kind, TokenKind::Punct);
//! assert_eq!(tokens[8].kind, TokenKind::Url);
//! assert_eq!(tokens[9].text, "#مالي");
//! for t in &tokens {
//!     assert_eq!(&text[t.byte_start..t.byte_end], t.text);
//!     let by_chars: String = text.chars().skip(t.start).take(t.end - t.start).collect();
//!     assert_eq!(by_chars, t.text);
//! }
//! ```
//!
//! # What is a token
//!
//! - [`TokenKind::Arabic`]: Arabic letters with their diacritics and tatweel, and zero-width
//!   (non-)joiners between letters. `وَالْكِتَابُ` is one token.
//! - [`TokenKind::Latin`]: Latin letters and digits (`Reuters`, `G20`, `5G`), an inner
//!   apostrophe (`don't`), and dotted initials (`U.S.`, `e.g.`).
//! - [`TokenKind::Word`]: letters of other scripts (Cyrillic, Hebrew, CJK…).
//! - [`TokenKind::Number`]: digits of any family (ASCII, Arabic-Indic, Persian) with inner
//!   separators followed by a digit: `1,234.5`, `١٬٢٣٤٫٥`, `3.14`.
//! - [`TokenKind::Url`]: from `http://`, `https://` or `www.` to the next space, quote or
//!   guillemet, without trailing punctuation (and without a closing parenthesis the URL did
//!   not open).
//! - [`TokenKind::Email`], [`TokenKind::Hashtag`] (`#` then letters, digits, `_`, in any
//!   script: `#رؤية_2030`), [`TokenKind::Mention`] (`@` then ASCII letters, digits, `_`).
//! - [`TokenKind::Punct`]: one punctuation char, or a run of the same one (`...`, `؟؟`).
//! - [`TokenKind::Symbol`]: anything else that is not a space (`$`, `%`, emoji with their
//!   modifiers).
//!
//! Spaces and invisible format chars between tokens are skipped. With
//! [`Tokenizer::split_clitics`], an Arabic word's proclitics (see [`crate::clitics`]) become a
//! [`TokenKind::Proclitic`] token before the stem.

use serde::Serialize;

use crate::clitics::split_proclitics;

/// The kind of a [`Token`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// An Arabic word (letters, diacritics, tatweel).
    Arabic,
    /// A Latin word (letters and digits).
    Latin,
    /// A word in another script.
    Word,
    /// A number, with inner thousands and decimal separators.
    Number,
    /// Punctuation.
    Punct,
    /// A symbol, emoji or other char.
    Symbol,
    /// A URL.
    Url,
    /// An e-mail address.
    Email,
    /// A hashtag, `#` included.
    Hashtag,
    /// A mention, `@` included.
    Mention,
    /// Proclitics split off an Arabic word (`وال` of `والكتاب`), with
    /// [`Tokenizer::split_clitics`].
    Proclitic,
}

/// A token: a slice of the original text with its kind and offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token<'a> {
    /// The token's text, a slice of the original.
    pub text: &'a str,
    /// What the token is.
    pub kind: TokenKind,
    /// Offset of the first char, in chars (Unicode scalar values) into the original text.
    pub start: usize,
    /// Offset one past the last char, in chars.
    pub end: usize,
    /// Offset of the first byte, in bytes (UTF-8) into the original text.
    pub byte_start: usize,
    /// Offset one past the last byte.
    pub byte_end: usize,
}

/// Tokenizer options.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tokenizer {
    split_clitics: bool,
}

impl Tokenizer {
    /// A tokenizer with default options (no clitic splitting).
    pub const fn new() -> Tokenizer {
        Tokenizer {
            split_clitics: false,
        }
    }

    /// Whether to split proclitics off Arabic words (conservatively, see [`crate::clitics`]).
    #[must_use]
    pub const fn split_clitics(mut self, yes: bool) -> Tokenizer {
        self.split_clitics = yes;
        self
    }

    /// The tokens of `text`, in order.
    pub fn tokens<'a>(&self, text: &'a str) -> Tokens<'a> {
        Tokens {
            text,
            pos: 0,
            chars_before_pos: 0,
            split_clitics: self.split_clitics,
            pending: None,
        }
    }
}

/// The tokens of `text` with default options (see [`Tokenizer`]).
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokenizer::new().tokens(text)
}

/// An iterator over the tokens of a text; see [`Tokenizer::tokens`].
#[derive(Debug, Clone)]
pub struct Tokens<'a> {
    text: &'a str,
    /// Byte offset where scanning resumes.
    pos: usize,
    /// Chars in `text[..pos]`.
    chars_before_pos: usize,
    split_clitics: bool,
    /// The stem of a word whose proclitic was just returned.
    pending: Option<Token<'a>>,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(t) = self.pending.take() {
            return Some(t);
        }
        let text = self.text;
        // Skip spaces and invisible chars.
        let mut start = self.pos;
        let mut skipped = 0;
        let (first, kind_end) = loop {
            let c = char_at(text, start)?;
            if c.is_whitespace() || is_format(c) || c.is_control() {
                start += c.len_utf8();
                skipped += 1;
                continue;
            }
            break (c, scan(text, start, c));
        };
        let _ = first;
        let (kind, end) = kind_end;
        let slice = text.get(start..end).unwrap_or_default();
        let char_start = self.chars_before_pos + skipped;
        let char_len = count_chars(slice);
        self.pos = end;
        self.chars_before_pos = char_start + char_len;
        let token = Token {
            text: slice,
            kind,
            start: char_start,
            end: char_start + char_len,
            byte_start: start,
            byte_end: end,
        };
        if self.split_clitics && kind == TokenKind::Arabic {
            let (prefix, stem) = split_proclitics(slice);
            if !prefix.is_empty() && !stem.is_empty() {
                let prefix_chars = count_chars(prefix);
                let cut = start + prefix.len();
                self.pending = Some(Token {
                    text: stem,
                    kind: TokenKind::Arabic,
                    start: char_start + prefix_chars,
                    end: token.end,
                    byte_start: cut,
                    byte_end: end,
                });
                return Some(Token {
                    text: prefix,
                    kind: TokenKind::Proclitic,
                    start: char_start,
                    end: char_start + prefix_chars,
                    byte_start: start,
                    byte_end: cut,
                });
            }
        }
        Some(token)
    }
}

#[inline]
fn count_chars(s: &str) -> usize {
    // Every char has exactly one byte that is not a continuation byte (0b10xxxxxx).
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    let bytes = text.as_bytes();
    let b = *bytes.get(at)?;
    if b < 0x80 {
        return Some(char::from(b));
    }
    if (0xC2..=0xDF).contains(&b) {
        if let Some(&b2) = bytes.get(at + 1) {
            return char::from_u32((u32::from(b & 0x1F) << 6) | u32::from(b2 & 0x3F));
        }
    }
    text.get(at..)?.chars().next()
}

/// Zero-width and bidi format chars: skipped between tokens, kept inside words.
pub(crate) fn is_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}')
}

/// Arabic letters, including presentation forms (not the ornate parentheses of that block).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}' | '\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}' | '\u{06EF}' | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FD3D}' | '\u{FD40}'..='\u{FDFB}' | '\u{FE70}'..='\u{FEFC}')
}

/// Arabic diacritics, Quranic marks and tatweel: parts of an Arabic word, not letters.
pub(crate) fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}'
        | '\u{06EA}'..='\u{06ED}' | '\u{08CA}'..='\u{08FF}')
}

/// Combining marks of other scripts.
fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// A digit of the ASCII, Arabic-Indic or Persian families.
pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (crate::chars::is_alphabetic(c)
            && matches!(c,
                '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2C60}'..='\u{2C7F}'
                | '\u{A720}'..='\u{A7FF}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}'))
}

/// Letters of a non-Arabic word (any script), digits, combining marks.
fn is_other_word_char(c: char) -> bool {
    (crate::chars::is_alphanumeric(c) && !is_arabic_letter(c) && !is_digit(c)) || is_combining(c)
}

/// Punctuation (everything else that is not a letter, digit or space is a symbol).
pub(crate) fn is_punct(c: char) -> bool {
    matches!(c,
        '!' | '"' | '#' | '%' | '&' | '\'' | '(' | ')' | '*' | ',' | '-' | '.' | '/' | ':'
        | ';' | '?' | '@' | '[' | '\\' | ']' | '_' | '{' | '}'
        | '\u{00A1}' | '\u{00A7}' | '\u{00AB}' | '\u{00B6}' | '\u{00B7}' | '\u{00BB}' | '\u{00BF}'
        | '\u{060C}' | '\u{060D}' | '\u{061B}' | '\u{061E}' | '\u{061F}' | '\u{066A}'
        | '\u{066D}' | '\u{06D4}'
        | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3001}'..='\u{3003}'
        | '\u{3008}'..='\u{3011}' | '\u{FD3E}' | '\u{FD3F}')
}

/// Scans the token starting at byte `start` (first char `c`, not a space): its kind and end.
fn scan(text: &str, start: usize, c: char) -> (TokenKind, usize) {
    if let Some(end) = scan_url(text, start, c) {
        return (TokenKind::Url, end);
    }
    if c == '#' {
        if let Some(end) = scan_hashtag(text, start + 1) {
            return (TokenKind::Hashtag, end);
        }
    }
    if c == '@' {
        let end = scan_while(text, start + 1, |c| c.is_ascii_alphanumeric() || c == '_');
        if end > start + 1 {
            return (TokenKind::Mention, end);
        }
    }
    if c.is_ascii_alphanumeric() {
        if let Some(end) = scan_email(text, start) {
            return (TokenKind::Email, end);
        }
    }
    if is_digit(c) {
        return scan_number(text, start);
    }
    if is_arabic_letter(c) {
        return (TokenKind::Arabic, scan_arabic(text, start));
    }
    if is_other_word_char(c) && !is_combining(c) {
        let kind = if is_latin_letter(c) {
            TokenKind::Latin
        } else {
            TokenKind::Word
        };
        return (kind, scan_word(text, start));
    }
    let len = c.len_utf8();
    if is_punct(c) {
        // A run of the same punctuation char is one token ("...", "؟؟").
        return (TokenKind::Punct, scan_while(text, start + len, |d| d == c));
    }
    if is_arabic_mark(c) {
        // Stray tatweel or diacritics with no letter: one symbol token.
        return (
            TokenKind::Symbol,
            scan_while(text, start + len, is_arabic_mark),
        );
    }
    (TokenKind::Symbol, scan_symbol_tail(text, start + len))
}

fn scan_while(text: &str, mut at: usize, mut pred: impl FnMut(char) -> bool) -> usize {
    while let Some(c) = char_at(text, at) {
        if !pred(c) {
            break;
        }
        at += c.len_utf8();
    }
    at
}

/// An Arabic word: letters, marks, and joiners followed by a letter or mark.
fn scan_arabic(text: &str, start: usize) -> usize {
    let mut at = start;
    while let Some(c) = char_at(text, at) {
        let in_word = is_arabic_letter(c)
            || is_arabic_mark(c)
            || (matches!(c, '\u{200C}' | '\u{200D}')
                && char_at(text, at + c.len_utf8())
                    .is_some_and(|d| is_arabic_letter(d) || is_arabic_mark(d)));
        if !in_word {
            break;
        }
        at += c.len_utf8();
    }
    at
}

/// A non-Arabic word: letters and digits of other scripts, combining marks, an inner
/// apostrophe, and dotted single-letter initials (`U.S.`).
fn scan_word(text: &str, start: usize) -> usize {
    let mut at = scan_while(text, start, |c| is_other_word_char(c) || c.is_ascii_digit());
    // Dotted initials: X.Y. — each segment one letter.
    if count_chars(text.get(start..at).unwrap_or_default()) == 1 {
        let mut end = at;
        let mut segments = 0;
        loop {
            if char_at(text, end) != Some('.') {
                break;
            }
            let after_dot = end + 1;
            match char_at(text, after_dot) {
                Some(l) if is_latin_letter(l) => {
                    let next = after_dot + l.len_utf8();
                    if char_at(text, next).is_some_and(is_other_word_char) {
                        break;
                    }
                    end = next;
                    segments += 1;
                }
                _ => {
                    if segments > 0 {
                        end = after_dot;
                    }
                    break;
                }
            }
        }
        if segments > 0 {
            return end;
        }
    }
    // Inner apostrophes: don't, l'État.
    while let Some(q) = char_at(text, at) {
        if !matches!(q, '\'' | '\u{2019}') {
            break;
        }
        let after = at + q.len_utf8();
        if !char_at(text, after).is_some_and(|c| c.is_alphabetic() && !is_arabic_letter(c)) {
            break;
        }
        at = scan_while(text, after, |c| is_other_word_char(c) || c.is_ascii_digit());
    }
    at
}

/// A number: digits, with separators followed by a digit; ASCII digits directly followed by
/// Latin letters make a Latin word (`5G`, `3D`).
fn scan_number(text: &str, start: usize) -> (TokenKind, usize) {
    let mut at = scan_while(text, start, is_digit);
    while let Some(sep) = char_at(text, at) {
        if !matches!(sep, ',' | '.' | '\u{066B}' | '\u{066C}') {
            break;
        }
        let after = at + sep.len_utf8();
        if !char_at(text, after).is_some_and(is_digit) {
            break;
        }
        at = scan_while(text, after, is_digit);
    }
    let digits_only = text
        .get(start..at)
        .is_some_and(|s| s.bytes().all(|b| b.is_ascii_digit()));
    if digits_only && char_at(text, at).is_some_and(|c| c.is_ascii_alphabetic()) {
        return (TokenKind::Latin, scan_word(text, start));
    }
    (TokenKind::Number, at)
}

/// A hashtag's body from `at` (after `#`); None unless it holds a letter.
fn scan_hashtag(text: &str, at: usize) -> Option<usize> {
    let mut has_letter = false;
    let end = scan_while(text, at, |c| {
        let ok =
            crate::chars::is_alphanumeric(c) || c == '_' || is_arabic_mark(c) || is_combining(c);
        has_letter |= crate::chars::is_alphabetic(c);
        ok
    });
    has_letter.then_some(end)
}

/// An e-mail address starting at `start`: `local@domain.tld`.
fn scan_email(text: &str, start: usize) -> Option<usize> {
    let local_end = scan_while(text, start, |c| {
        c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
    });
    if char_at(text, local_end) != Some('@') {
        return None;
    }
    let domain_start = local_end + 1;
    let mut end = scan_while(text, domain_start, |c| {
        c.is_ascii_alphanumeric() || matches!(c, '.' | '-')
    });
    // Trailing dots or hyphens end the sentence, not the address.
    let bytes = text.as_bytes();
    while end > domain_start && matches!(bytes.get(end - 1), Some(b'.' | b'-')) {
        end -= 1;
    }
    let domain = text.get(domain_start..end)?;
    let tld = domain.rsplit_once('.')?.1;
    (tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())).then_some(end)
}

/// A URL starting at `start` (first char `c`), if one starts there.
fn scan_url(text: &str, start: usize, c: char) -> Option<usize> {
    if !matches!(c, 'h' | 'H' | 'w' | 'W') {
        return None;
    }
    let head = text.get(start..)?;
    let starts = |p: &str| {
        head.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    let scheme_len = if starts("https://") {
        8
    } else if starts("http://") {
        7
    } else if starts("www.") {
        4
    } else {
        return None;
    };
    let body_start = start + scheme_len;
    let mut end = scan_while(text, body_start, |c| {
        !(c.is_whitespace()
            || c.is_control()
            || is_format(c)
            || matches!(
                c,
                '"' | '<' | '>' | '«' | '»' | '“' | '”' | '\u{060C}' | '\u{061B}' | '\u{061F}'
            ))
    });
    // Trailing punctuation belongs to the sentence, and a ')' only if the URL opened one.
    while let Some(url) = text.get(start..end) {
        let Some(last) = url.chars().next_back() else {
            break;
        };
        let drop = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '…' | ']' | '}' => true,
            ')' => url.matches('(').count() < url.matches(')').count(),
            _ => false,
        };
        if !drop || end - last.len_utf8() <= body_start {
            break;
        }
        end -= last.len_utf8();
    }
    (end > body_start).then_some(end)
}

/// After a symbol: variation selectors, skin tones, keycaps, combining marks, and
/// zero-width-joined symbols stay with it (one emoji is one token).
fn scan_symbol_tail(text: &str, mut at: usize) -> usize {
    while let Some(c) = char_at(text, at) {
        let len = c.len_utf8();
        if matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{20E3}' | '\u{E0020}'..='\u{E007F}')
            || is_combining(c)
        {
            at += len;
        } else if c == '\u{200D}'
            && char_at(text, at + len)
                .is_some_and(|d| !d.is_whitespace() && !d.is_alphanumeric() && !is_punct(d))
        {
            let next = char_at(text, at + len).map_or(0, char::len_utf8);
            at += len + next;
        } else {
            break;
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text).map(|t| (t.text, t.kind)).collect()
    }

    use TokenKind::*;

    #[test]
    fn arabic_words_keep_diacritics_and_tatweel() {
        assert_eq!(
            kinds("وَالْكِتَابُ الجديـــد"),
            vec![("وَالْكِتَابُ", Arabic), ("الجديـــد", Arabic)]
        );
    }

    #[test]
    fn numbers_with_separators() {
        assert_eq!(
            kinds("بلغ 1,234.5 و١٬٢٣٤٫٥ و۱۲ سنة 2025."),
            vec![
                ("بلغ", Arabic),
                ("1,234.5", Number),
                ("و", Arabic),
                ("١٬٢٣٤٫٥", Number),
                ("و", Arabic),
                ("۱۲", Number),
                ("سنة", Arabic),
                ("2025", Number),
                (".", Punct),
            ]
        );
        assert_eq!(
            kinds("1, 2"),
            vec![("1", Number), (",", Punct), ("2", Number)]
        );
    }

    #[test]
    fn latin_words_initials_and_alnum() {
        assert_eq!(
            kinds("the U.S. and G20 don't use 5G."),
            vec![
                ("the", Latin),
                ("U.S.", Latin),
                ("and", Latin),
                ("G20", Latin),
                ("don't", Latin),
                ("use", Latin),
                ("5G", Latin),
                (".", Punct),
            ]
        );
        assert_eq!(
            kinds("J. Smith"),
            vec![("J", Latin), (".", Punct), ("Smith", Latin)]
        );
    }

    #[test]
    fn urls_hashtags_mentions_emails() {
        assert_eq!(
            kinds("(راجع https://example.org/a_(b)?x=1). و www.site.sa، #رؤية_2030 @user_1 a.b@mail.com."),
            vec![
                ("(", Punct),
                ("راجع", Arabic),
                ("https://example.org/a_(b)?x=1", Url),
                (")", Punct),
                (".", Punct),
                ("و", Arabic),
                ("www.site.sa", Url),
                ("،", Punct),
                ("#رؤية_2030", Hashtag),
                ("@user_1", Mention),
                ("a.b@mail.com", Email),
                (".", Punct),
            ]
        );
        assert_eq!(
            kinds("# @ http://"),
            vec![
                ("#", Punct),
                ("@", Punct),
                ("http", Latin),
                (":", Punct),
                ("//", Punct)
            ]
        );
    }

    #[test]
    fn punctuation_runs_and_symbols() {
        assert_eq!(
            kinds("ماذا؟؟ نعم... 50% $ 👍🏽"),
            vec![
                ("ماذا", Arabic),
                ("؟؟", Punct),
                ("نعم", Arabic),
                ("...", Punct),
                ("50", Number),
                ("%", Punct),
                ("$", Symbol),
                ("👍🏽", Symbol),
            ]
        );
    }

    #[test]
    fn joiners_inside_words_skipped_between() {
        let text = "\u{200F}می\u{200C}خواهم \u{200B}x";
        assert_eq!(kinds(text), vec![("می\u{200C}خواهم", Arabic), ("x", Latin)]);
    }

    #[test]
    fn offsets_count_chars_and_bytes() {
        let text = "قال: «نعم»";
        let t: Vec<_> = tokenize(text).collect();
        assert_eq!(t[0].start, 0);
        assert_eq!(t[0].end, 3);
        assert_eq!(t[0].byte_end, 6);
        assert_eq!(t[2].text, "«");
        assert_eq!((t[2].start, t[2].end), (5, 6));
        assert_eq!((t[3].start, t[3].byte_start), (6, 10));
    }

    #[test]
    fn clitic_splitting_gives_prefix_and_stem() {
        let text = "والكتاب وزير بالمدينة";
        let t: Vec<_> = Tokenizer::new().split_clitics(true).tokens(text).collect();
        let got: Vec<_> = t.iter().map(|t| (t.text, t.kind, t.start, t.end)).collect();
        assert_eq!(
            got,
            vec![
                ("وال", Proclitic, 0, 3),
                ("كتاب", Arabic, 3, 7),
                ("وزير", Arabic, 8, 12),
                ("بال", Proclitic, 13, 16),
                ("مدينة", Arabic, 16, 21),
            ]
        );
    }

    fn check_offsets(text: &str, split: bool) -> Result<(), TestCaseError> {
        let mut last_end = 0;
        for t in Tokenizer::new().split_clitics(split).tokens(text) {
            prop_assert!(!t.text.is_empty());
            prop_assert_eq!(text.get(t.byte_start..t.byte_end), Some(t.text));
            let by_chars: String = text.chars().skip(t.start).take(t.end - t.start).collect();
            prop_assert_eq!(by_chars.as_str(), t.text);
            prop_assert!(t.start >= last_end);
            last_end = t.end;
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn token_offsets_slice_the_original(
            text in prop_oneof![
                any::<String>(),
                "[\u{0600}-\u{06FF} a-zA-Z0-9.,:/#@_'()«»\u{200B}-\u{200F}٫٬-]{0,60}",
                "(https?://|www\\.|[a-z]+@)[a-z.]{0,10}[ ).,]{0,3}",
            ],
            split in any::<bool>(),
        ) {
            check_offsets(&text, split)?;
        }

        #[test]
        fn tokens_cover_every_visible_char(text in any::<String>()) {
            // Everything not inside a token is a space, control or format char.
            let mut covered = vec![false; text.len()];
            for t in tokenize(&text) {
                for b in covered.iter_mut().take(t.byte_end).skip(t.byte_start) {
                    *b = true;
                }
            }
            for (i, c) in text.char_indices() {
                if !covered[i] {
                    prop_assert!(c.is_whitespace() || c.is_control() || is_format(c), "{:?}", c);
                }
            }
        }
    }
}
