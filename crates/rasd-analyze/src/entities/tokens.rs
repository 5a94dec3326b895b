//! Tokens for name matching: words with char offsets, a name-matching normal form, and the
//! proclitic-stripped forms a gazetteer lookup tries.
//!
//! The normal form ([`normalize_into`]) folds the spellings that Arabic news mixes for one name:
//!
//! | rule | example |
//! | --- | --- |
//! | harakat, shadda, dagger alef and tatweel dropped | `الولايات المتّحدة` → `الولايات المتحدة` |
//! | hamza and madda seats of alef folded to bare alef | `آسيمي`, `أسيمي` → `اسيمي` |
//! | taa marbuta to haa | `الأمريكية` → `الامريكيه` |
//! | alef maqsura, yeh with hamza, Farsi yeh to yeh | `مصطفى` → `مصطفي` |
//! | waw with hamza to waw | `مسؤول` → `مسوول` |
//! | Persian keheh to kaf | `کابل` → `كابل` |
//!
//! Latin letters keep their case: gazetteer names in English and French are matched as
//! written, which keeps "Mali" from matching the word "mali" and "US" out entirely.

/// One word of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// Start offset in chars into the paragraph.
    pub(crate) start: usize,
    /// End offset (exclusive) in chars.
    pub(crate) end: usize,
    /// Byte range of the word in the paragraph.
    pub(crate) bytes: std::ops::Range<usize>,
    /// Byte range of the normal form in [`Tokens::norm`].
    pub(crate) norm: std::ops::Range<usize>,
    /// The first non-space character between the previous word and this one, if any
    /// (punctuation such as `،`, `"`, `.`).
    pub(crate) punct_before: Option<char>,
}

/// The words of one paragraph and their normal forms, in one buffer.
#[derive(Debug, Default, Clone)]
pub(crate) struct Tokens {
    /// The words, in order.
    pub(crate) words: Vec<Token>,
    /// All normal forms, concatenated.
    pub(crate) norm: String,
    /// Punctuation after the last word, if any.
    pub(crate) punct_after_last: Option<char>,
}

impl Tokens {
    /// The normal form of word `i` (empty when out of range).
    pub(crate) fn norm(&self, i: usize) -> &str {
        self.words
            .get(i)
            .and_then(|t| self.norm.get(t.norm.clone()))
            .unwrap_or("")
    }
}

/// True for the marks that sit on Arabic letters (harakat, shadda, sukun, dagger alef, Quranic
/// marks) and for tatweel: they are part of a word but not of its normal form.
pub(crate) fn is_arabic_mark(ch: char) -> bool {
    matches!(ch, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
}

fn is_word_char(ch: char) -> bool {
    rasd_text::chars::is_alphanumeric(ch) || is_arabic_mark(ch) || ch == '\u{200C}'
}

/// True when `ch` is an Arabic letter.
pub(crate) fn is_arabic_letter(ch: char) -> bool {
    matches!(ch, '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
}

/// Appends the normal form of `word` to `out` (see the module doc for the rules).
pub(crate) fn normalize_into(word: &str, out: &mut String) {
    for ch in word.chars() {
        let folded = match ch {
            c if is_arabic_mark(c) || c == '\u{200C}' => continue,
            'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
            'ة' => 'ه',
            'ى' | 'ئ' | 'ی' | 'ې' => 'ي',
            'ؤ' => 'و',
            'ک' => 'ك',
            c => c,
        };
        out.push(folded);
    }
}

/// The normal form of `text`, word by word, joined with single spaces.
pub(crate) fn normalize_phrase(text: &str) -> String {
    let tokens = tokenize(text);
    let mut out = String::with_capacity(text.len());
    for i in 0..tokens.words.len() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(tokens.norm(i));
    }
    out
}

/// Splits `text` into words (runs of letters, digits and Arabic marks) with char offsets and
/// normal forms.
pub(crate) fn tokenize(text: &str) -> Tokens {
    let mut tokens = Tokens {
        words: Vec::with_capacity(text.len() / 6),
        norm: String::with_capacity(text.len()),
        punct_after_last: None,
    };
    let mut pending_punct: Option<char> = None;
    let mut current: Option<(usize, usize)> = None; // (start char, start byte)
    let mut chars = 0usize;
    for (byte, ch) in text.char_indices() {
        if is_word_char(ch) {
            if current.is_none() {
                current = Some((chars, byte));
            }
        } else {
            if let Some((start, start_byte)) = current.take() {
                push_word(
                    &mut tokens,
                    text,
                    start,
                    chars,
                    start_byte..byte,
                    pending_punct.take(),
                );
            }
            if !ch.is_whitespace() && pending_punct.is_none() {
                pending_punct = Some(ch);
            }
        }
        chars += 1;
    }
    if let Some((start, start_byte)) = current {
        push_word(
            &mut tokens,
            text,
            start,
            chars,
            start_byte..text.len(),
            pending_punct.take(),
        );
    }
    tokens.punct_after_last = pending_punct;
    tokens
}

fn push_word(
    tokens: &mut Tokens,
    text: &str,
    start: usize,
    end: usize,
    bytes: std::ops::Range<usize>,
    punct_before: Option<char>,
) {
    let from = tokens.norm.len();
    normalize_into(text.get(bytes.clone()).unwrap_or(""), &mut tokens.norm);
    let to = tokens.norm.len();
    tokens.words.push(Token {
        start,
        end,
        bytes,
        norm: from..to,
        punct_before,
    });
}

/// A form of a word with its proclitics taken off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Stripped<'a> {
    /// The form to look up.
    pub(crate) form: Form<'a>,
    /// How many chars of the written word the proclitics take (the mention starts after them).
    pub(crate) prefix_chars: usize,
    /// The proclitics taken off, in normal form (`"و"`, `"وب"`, …; empty for the word itself).
    pub(crate) clitics: &'a str,
}

/// A looked-up form: a slice of the normal form, or a slice with the article restored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form<'a> {
    /// The slice itself.
    Plain(&'a str),
    /// `ال` followed by the slice: `للنيجر` (ل + النيجر with the alef elided) → `النيجر`.
    WithArticle(&'a str),
}

impl Form<'_> {
    /// Appends the form to `out`.
    pub(crate) fn push_to(&self, out: &mut String) {
        match self {
            Form::Plain(s) => out.push_str(s),
            Form::WithArticle(s) => {
                out.push_str("ال");
                out.push_str(s);
            }
        }
    }
}

/// The forms a gazetteer lookup tries for a normalized word, the word itself first:
/// one or two proclitics from و ف ب ل ك (`وبموريتانيا` → `موريتانيا`), and ل before the
/// article with its alef elided (`للنيجر` → `النيجر`). At least two letters must remain.
///
/// Known false positives: a word whose own first letter is one of these (`بنين` is Benin, and
/// also ب + نين); the unstripped form is tried first, so a word in the gazetteer wins.
pub(crate) fn proclitic_forms(norm: &str) -> impl Iterator<Item = Stripped<'_>> {
    let mut out: [Option<Stripped<'_>>; 4] = [None; 4];
    out[0] = Some(Stripped {
        form: Form::Plain(norm),
        prefix_chars: 0,
        clitics: "",
    });
    let arabic = norm.chars().next().is_some_and(is_arabic_letter);
    if arabic {
        let is_clitic = |c: char| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك');
        let mut slot = 1;
        // Up to two proclitics: و or ف, then ب ل or ك (وب, فل, ...).
        let mut taken = 0;
        let mut first_clitic = ' ';
        for (idx, c) in norm.char_indices() {
            let second_ok =
                taken == 0 || matches!(first_clitic, 'و' | 'ف') && matches!(c, 'ب' | 'ل' | 'ك');
            if taken == 0 {
                first_clitic = c;
            }
            if !is_clitic(c) || !second_ok || taken == 2 {
                break;
            }
            taken += 1;
            let rest_at = idx + c.len_utf8();
            let rest = norm.get(rest_at..).unwrap_or("");
            let clitics = norm.get(..rest_at).unwrap_or("");
            if rest.chars().count() < 2 || slot >= out.len() {
                break;
            }
            if c == 'ل' && rest.starts_with('ل') && rest.chars().count() > 2 {
                // ل + الـ: the article's alef is not written; the mention keeps the whole word.
                out[slot] = Some(Stripped {
                    form: Form::WithArticle(rest.get('ل'.len_utf8()..).unwrap_or("")),
                    prefix_chars: taken - 1,
                    clitics,
                });
                slot += 1;
                if slot >= out.len() {
                    break;
                }
            }
            out[slot] = Some(Stripped {
                form: Form::Plain(rest),
                prefix_chars: taken,
                clitics,
            });
            slot += 1;
        }
    }
    out.into_iter().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(word: &str) -> Vec<String> {
        let mut norm = String::new();
        normalize_into(word, &mut norm);
        proclitic_forms(&norm)
            .map(|s| {
                let mut out = String::new();
                s.form.push_to(&mut out);
                format!("{out}/{}", s.prefix_chars)
            })
            .collect()
    }

    #[test]
    fn folds_alef_hamza_taa_marbuta_and_marks() {
        assert_eq!(normalize_phrase("آسيمي"), normalize_phrase("أسيمي"));
        assert_eq!(normalize_phrase("الأمريكيّة"), "الامريكيه");
        assert_eq!(normalize_phrase("مصطفى"), "مصطفي");
        assert_eq!(normalize_phrase("الولايات   المتّحدة"), "الولايات المتحده");
    }

    #[test]
    fn tokenize_keeps_char_offsets_and_punctuation() {
        let text = "قال عطا الله، إن «واشنطن» تسعى";
        let t = tokenize(text);
        let chars: Vec<char> = text.chars().collect();
        for w in &t.words {
            let slice: String = chars[w.start..w.end].iter().collect();
            assert_eq!(slice, &text[w.bytes.clone()]);
        }
        assert_eq!(t.words[3].punct_before, Some('،'));
        assert_eq!(t.words[4].punct_before, Some('«'));
        assert_eq!(t.punct_after_last, None);
        assert_eq!(t.norm(4), "واشنطن");
    }

    #[test]
    fn strips_one_or_two_proclitics() {
        assert_eq!(
            forms("وبموريتانيا"),
            ["وبموريتانيا/0", "بموريتانيا/1", "موريتانيا/2"]
        );
        assert_eq!(forms("لغويتا"), ["لغويتا/0", "غويتا/1"]);
        assert_eq!(forms("للنيجر"), ["للنيجر/0", "النيجر/0", "لنيجر/1"]);
        assert_eq!(forms("Mali"), ["Mali/0"]);
    }

    #[test]
    fn never_strips_to_less_than_two_letters() {
        assert_eq!(forms("ول"), ["ول/0"]);
        assert_eq!(forms("بل"), ["بل/0"]);
    }
}
