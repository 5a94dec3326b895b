//! Folding and tokenizing for the date parser.
//!
//! The date parser folds the text itself, with a small local set of rules, so that it depends on
//! nothing else in the crate and stays fast: it only needs month names, weekday names and numbers
//! to compare equal across spellings, never a display form.
//!
//! Folding rules (each char of the original text gives zero, one or a few folded chars):
//! - harakat, shadda, sukun, superscript alef, Quranic marks and tatweel are dropped
//!   (`مساءً` → `مساء`, `هـ` → `ه`);
//! - bidi controls, zero-width chars and the BOM are dropped (`١٥‏/٧` → `15/7`);
//! - alef forms `أ إ آ ٱ` → `ا`, `ى` and Persian `ی` → `ي`, `ة` → `ه`, Persian `ک` → `ك`;
//! - Arabic-Indic `٠-٩` and Persian `۰-۹` digits → ASCII; `،` → `,`, `؛` → `;`, `٫` → `.`;
//! - Arabic presentation forms go through NFKC (`ﻻ` → `لا`);
//! - Latin letters are lowercased and French accents dropped (`Août` → `aout`);
//! - every whitespace char is a space.
//!
//! Tokens are runs of ASCII digits (numbers), runs of letters (words), and single other chars
//! (punctuation). Spaces separate tokens and are not tokens; [`Token::fs`]/[`Token::fe`] tell
//! whether two tokens touch.

use unicode_normalization::char::decompose_compatible;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of digits: its value (saturating at `u32::MAX`) and its number of digits
    /// (saturating at 255).
    Num { value: u32, digits: u8 },
    /// A run of letters; its folded text is `folded[bs..be]`.
    Word,
    /// Any other single char.
    Punct(char),
}

/// One token, with its span in the folded text and in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token {
    pub(super) kind: Kind,
    /// Byte range in the folded string (to read a word's text).
    pub(super) bs: usize,
    pub(super) be: usize,
    /// Char range in the folded string (two tokens touch when `a.fe == b.fs`).
    pub(super) fs: usize,
    pub(super) fe: usize,
    /// Char range in the original text.
    pub(super) start: usize,
    pub(super) end: usize,
}

/// The folded text and its tokens.
#[derive(Debug, Default)]
pub(super) struct Lexed {
    pub(super) folded: String,
    pub(super) toks: Vec<Token>,
}

/// True when `c` is a digit the parser reads (ASCII, Arabic-Indic or Persian).
pub(super) fn is_any_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// Chars dropped by folding: marks, tatweel, bidi controls and zero-width chars.
fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' // harakat, shadda, sukun, and other combining marks
        | '\u{0670}'            // superscript alef
        | '\u{0610}'..='\u{061A}'
        | '\u{06D6}'..='\u{06ED}' // Quranic annotation marks
        | '\u{0640}'            // tatweel
        | '\u{200B}'..='\u{200F}' // zero-width space/joiners, LRM, RLM
        | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
        | '\u{2066}'..='\u{2069}' // bidi isolates
        | '\u{061C}'            // Arabic letter mark
        | '\u{FEFF}'
        | '\u{00AD}')
}

/// Folds one char that is not dropped and not a presentation form.
fn fold_simple(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        '٠'..='٩' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '،' => ',',
        '؛' => ';',
        '٫' => '.',
        '٬' => ',',
        '−' => '-',
        // The rest of the Arabic block folds to itself (the hot path on Arabic text).
        '\u{0600}'..='\u{06FF}' => c,
        'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'Î' | 'Ï' => 'i',
        'ô' | 'ö' | 'Ô' | 'Ö' => 'o',
        'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ç' | 'Ç' => 'c',
        c if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Digit,
    Letter,
    Other,
}

fn class(c: char) -> Class {
    match c {
        ' ' => Class::Space,
        '0'..='9' => Class::Digit,
        'a'..='z' | 'A'..='Z' => Class::Letter,
        c if c.is_ascii() => Class::Other,
        // (Arabic letters without the Unicode table search: see `crate::chars`.)
        c if crate::chars::is_alphabetic(c) => Class::Letter,
        _ => Class::Other,
    }
}

/// The lexer's state: the output so far and the run (of digits or letters) being built.
struct State {
    lx: Lexed,
    /// The run being built and its class.
    cur: Option<(Class, Token)>,
    /// Folded chars so far.
    fchars: usize,
}

impl State {
    /// Appends one folded char `f` that comes from original char `oi`.
    #[inline]
    fn push(&mut self, f: char, oi: usize) {
        let cl = class(f);
        let bs = self.lx.folded.len();
        self.lx.folded.push(f);
        let be = self.lx.folded.len();
        let fi = self.fchars;
        self.fchars += 1;
        if let Some((ccl, tok)) = self.cur.as_mut() {
            if *ccl == cl && matches!(cl, Class::Digit | Class::Letter) {
                tok.be = be;
                tok.fe = fi + 1;
                tok.end = oi + 1;
                if let Kind::Num { value, digits } = &mut tok.kind {
                    let d = f as u32 - '0' as u32;
                    *value = value.saturating_mul(10).saturating_add(d);
                    *digits = digits.saturating_add(1);
                }
                return;
            }
        }
        if let Some((_, tok)) = self.cur.take() {
            self.lx.toks.push(tok);
        }
        let kind = match cl {
            Class::Space => return,
            Class::Digit => Kind::Num {
                value: f as u32 - '0' as u32,
                digits: 1,
            },
            Class::Letter => Kind::Word,
            Class::Other => Kind::Punct(f),
        };
        let tok = Token {
            kind,
            bs,
            be,
            fs: fi,
            fe: fi + 1,
            start: oi,
            end: oi + 1,
        };
        if cl == Class::Other {
            self.lx.toks.push(tok);
        } else {
            self.cur = Some((cl, tok));
        }
    }
}

/// Folds `text` and splits it into tokens.
pub(super) fn lex(text: &str) -> Lexed {
    let mut st = State {
        lx: Lexed {
            folded: String::with_capacity(text.len()),
            toks: Vec::new(),
        },
        cur: None,
        fchars: 0,
    };
    for (oi, c) in text.chars().enumerate() {
        if c.is_ascii() {
            let f = if c.is_ascii_whitespace() {
                ' '
            } else {
                c.to_ascii_lowercase()
            };
            st.push(f, oi);
        } else if is_dropped(c) {
            continue;
        } else if ('\u{FB50}'..='\u{FDFF}').contains(&c) || ('\u{FE70}'..='\u{FEFF}').contains(&c) {
            decompose_compatible(c, |d| {
                if !is_dropped(d) {
                    st.push(fold_simple(d), oi);
                }
            });
        } else {
            st.push(fold_simple(c), oi);
        }
    }
    if let Some((_, tok)) = st.cur.take() {
        st.lx.toks.push(tok);
    }
    st.lx
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let lx = lex(text);
        lx.toks
            .iter()
            .map(|t| lx.folded.get(t.bs..t.be).unwrap_or("?").to_string())
            .collect()
    }

    #[test]
    fn folds_marks_tatweel_and_letter_forms() {
        assert_eq!(
            words("مساءً هـ أبريل إبريل آذار ى ة"),
            ["مساء", "ه", "ابريل", "ابريل", "اذار", "ي", "ه"]
        );
    }

    #[test]
    fn folds_digits_and_keeps_numbers_whole() {
        let lx = lex("١٥/۰٧/2025");
        let nums: Vec<_> = lx
            .toks
            .iter()
            .filter_map(|t| match t.kind {
                Kind::Num { value, digits } => Some((value, digits)),
                _ => None,
            })
            .collect();
        assert_eq!(nums, [(15, 2), (7, 2), (2025, 4)]);
    }

    #[test]
    fn dropped_chars_keep_tokens_touching_and_original_spans() {
        // An RLM between "15" and "/" is dropped: the tokens still touch.
        let text = "15\u{200F}/7";
        let lx = lex(text);
        assert_eq!(lx.toks.len(), 3);
        assert_eq!(lx.toks[0].fe, lx.toks[1].fs);
        assert_eq!((lx.toks[1].start, lx.toks[1].end), (3, 4));
    }

    #[test]
    fn folds_french_accents_and_case() {
        assert_eq!(words("Août Février"), ["aout", "fevrier"]);
    }

    #[test]
    fn presentation_forms_go_through_nfkc() {
        assert_eq!(words("ﻻ"), ["لا"]);
    }

    #[test]
    fn fast_letter_classes_agree_with_unicode() {
        // Marks are dropped before classing, so only the chars that reach `class` matter.
        for c in ('\u{0600}'..='\u{06FF}').chain('\u{0000}'..='\u{007F}') {
            if is_dropped(c) {
                continue;
            }
            let fast = class(c) == Class::Letter;
            assert_eq!(fast, c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn huge_numbers_saturate() {
        let lx = lex("99999999999999999999");
        assert_eq!(
            lx.toks[0].kind,
            Kind::Num {
                value: u32::MAX,
                digits: 20
            }
        );
    }
}
