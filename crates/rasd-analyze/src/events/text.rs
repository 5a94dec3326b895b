//! Small text helpers shared by quote and event finding: a light normalizer for matching, a
//! tokenizer with char offsets, sentence spans, and clitic-stripping candidates.
//!
//! These are private to the crate and deliberately small: matching needs only a folded form of
//! each word and where it is. They keep quote and event finding independent of the tokenizer and
//! sentence splitter being written in `rasd-text`.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters or digits.
    Word,
    /// One punctuation or symbol char.
    Punct,
}

/// One token of a paragraph, with char offsets into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// Start offset in chars.
    pub(crate) start: usize,
    /// End offset (exclusive) in chars.
    pub(crate) end: usize,
    /// Word or punctuation.
    pub(crate) kind: TokenKind,
    /// The normalized form (see [`normalize_word`]); the char itself for punctuation.
    pub(crate) norm: String,
}

impl Token {
    /// True for a punctuation token that is `c`.
    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct && self.norm.starts_with(c)
    }

    /// True for an Arabic or a Latin comma (`،`, `,`).
    pub(crate) fn is_comma(&self) -> bool {
        self.is_punct('،') || self.is_punct(',')
    }
}

/// True for Arabic diacritics (harakat, tanween, shadda, sukun, dagger alef) and tatweel.
pub(crate) fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}'
    )
}

fn is_word_char(c: char) -> bool {
    rasd_text::chars::is_alphanumeric(c) || is_ignorable(c)
}

/// Folds one word for matching: drops diacritics and tatweel; أ إ آ ٱ → ا; ى ئ → ي; ؤ → و; ة → ه;
/// Persian ک ی → ك ي.
pub(crate) fn normalize_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_normalized(&mut out, word.chars());
    out
}

/// Appends the folded form of `chars` (see [`normalize_word`]) to `out`.
fn push_normalized(out: &mut String, chars: impl Iterator<Item = char>) {
    for c in chars {
        if is_ignorable(c) {
            continue;
        }
        out.push(match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' | 'ی' | 'ئ' => 'ي',
            'ؤ' => 'و',
            'ة' => 'ه',
            'ک' => 'ك',
            _ => c,
        });
    }
}

/// An article body's paragraphs as chars and as tokens ([`tokenize`]), made once per article and
/// shared by the stages that read them (the speakers added to the entities, then the quote and
/// event engine), which otherwise tokenized every paragraph twice.
#[derive(Debug, Clone, Default)]
pub(crate) struct Body {
    /// Each paragraph's chars.
    pub(crate) chars: Vec<Vec<char>>,
    /// Each paragraph's tokens.
    pub(crate) tokens: Vec<Vec<Token>>,
}

impl Body {
    /// Tokenizes every paragraph of `body`.
    pub(crate) fn of(body: &[String]) -> Body {
        let chars: Vec<Vec<char>> = body.iter().map(|p| p.chars().collect()).collect();
        let tokens = chars.iter().map(|c| tokenize(c)).collect();
        Body { chars, tokens }
    }
}

/// Splits `chars` into word and punctuation tokens; whitespace separates and is dropped.
pub(crate) fn tokenize(chars: &[char]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c.is_whitespace() {
            i += 1;
        } else if is_word_char(c) {
            let start = i;
            while chars.get(i).is_some_and(|&c| is_word_char(c)) {
                i += 1;
            }
            // Folded straight from the chars: no intermediate String per word.
            let word = chars.get(start..i).unwrap_or_default();
            let mut norm = String::with_capacity(word.len() * 2);
            push_normalized(&mut norm, word.iter().copied());
            tokens.push(Token {
                start,
                end: i,
                kind: TokenKind::Word,
                norm,
            });
        } else {
            tokens.push(Token {
                start: i,
                end: i + 1,
                kind: TokenKind::Punct,
                norm: c.to_string(),
            });
            i += 1;
        }
    }
    tokens
}

/// Splits a token list into sentences: ranges of token indices. A sentence ends after `.`, `!`,
/// `?`, `؟` or `…`, unless the `.` follows a single letter (an abbreviation such as `أ. ف. ب`)
/// or sits between digits. Quotation marks do not stop a split: quotes that span sentences are
/// found at paragraph level.
pub(crate) fn sentences(chars: &[char], tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Punct {
            continue;
        }
        let c = t.norm.chars().next().unwrap_or(' ');
        let ends = match c {
            '!' | '?' | '؟' | '…' => true,
            '.' => {
                let prev_short = i
                    .checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_some_and(|p| {
                        p.kind == TokenKind::Word && p.end - p.start == 1 && p.end == t.start
                    });
                let digit_after = chars.get(t.end).is_some_and(|c| c.is_ascii_digit());
                !prev_short && !digit_after
            }
            _ => false,
        };
        if ends {
            // Keep closing quotes and brackets that follow with the sentence they close.
            let mut end = i + 1;
            while tokens.get(end).is_some_and(|t| {
                t.kind == TokenKind::Punct
                    && matches!(t.norm.as_str(), "»" | "”" | "\"" | ")" | "'")
            }) {
                end += 1;
            }
            if end > start {
                out.push(start..end);
            }
            start = end;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// The candidates of [`clitic_candidates`], without allocating (there are at most 12).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Candidates<'a> {
    items: [Option<Candidate<'a>>; 12],
    len: usize,
}

impl<'a> Candidates<'a> {
    fn push(&mut self, c: Candidate<'a>) {
        if let Some(slot) = self.items.get_mut(self.len) {
            *slot = Some(c);
            self.len += 1;
        }
    }

    /// The candidates, longest first.
    pub(crate) fn iter(&self) -> impl Iterator<Item = Candidate<'a>> + '_ {
        self.items.iter().take(self.len).flatten().copied()
    }
}

impl<'a> IntoIterator for Candidates<'a> {
    type Item = Candidate<'a>;
    type IntoIter =
        std::iter::Flatten<std::iter::Take<std::array::IntoIter<Option<Candidate<'a>>, 12>>>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter().take(self.len).flatten()
    }
}

/// One form of a word with proclitics stripped, and which were stripped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate<'a> {
    /// The remaining form.
    pub(crate) form: &'a str,
    /// A conjunction و or ف was stripped.
    pub(crate) conj: bool,
    /// The preposition ب ل ك or the future س that was stripped.
    pub(crate) prep: Option<char>,
    /// The article ال (or the ل of لل) was stripped.
    pub(crate) article: bool,
}

/// Forms of a normalized word with its proclitics stripped, longest first: the word itself;
/// without و or ف; then without ب ل ك or the future س; then without the article ال (or لل).
/// Each candidate keeps at least two letters.
pub(crate) fn clitic_candidates(norm: &str) -> Candidates<'_> {
    fn long(s: &str) -> bool {
        s.chars().nth(1).is_some()
    }
    let mut out = Candidates::default();
    let whole = Candidate {
        form: norm,
        conj: false,
        prep: None,
        article: false,
    };
    out.push(whole);
    // The word itself and, if it starts with و or ف, the word without it.
    let mut bases = [Some(whole), None];
    if let Some(rest) = strip_letter(norm, WAW).or_else(|| strip_letter(norm, FA)) {
        if long(rest) {
            let c = Candidate {
                form: rest,
                conj: true,
                prep: None,
                article: false,
            };
            out.push(c);
            bases[1] = Some(c);
        }
    }
    let mut with_prep: [Option<Candidate<'_>>; 2] = [None; 2];
    for (slot, b) in with_prep.iter_mut().zip(bases.iter().flatten()) {
        // A word starts with at most one of these letters.
        for (p, bytes) in PREPS {
            if let Some(rest) = strip_letter(b.form, bytes) {
                if long(rest) {
                    let c = Candidate {
                        form: rest,
                        prep: Some(p),
                        ..*b
                    };
                    out.push(c);
                    *slot = Some(c);
                }
                break;
            }
        }
    }
    for b in bases.iter().chain(with_prep.iter()).flatten() {
        if let Some(rest) = strip_letter(b.form, ALEF).and_then(|r| strip_letter(r, LAM)) {
            if long(rest) {
                out.push(Candidate {
                    form: rest,
                    article: true,
                    ..*b
                });
            }
        }
    }
    for b in bases.iter().flatten() {
        if let Some(rest) = strip_letter(b.form, LAM).and_then(|r| strip_letter(r, LAM)) {
            if long(rest) {
                out.push(Candidate {
                    form: rest,
                    prep: Some('ل'),
                    article: true,
                    ..*b
                });
            }
        }
    }
    out
}

/// The UTF-8 bytes of the proclitic letters (all two bytes long): comparing two bytes is much
/// cheaper than `str::strip_prefix(char)`, which encodes the char and calls `memcmp` (this
/// function runs for every word the lexicon looks up).
const WAW: [u8; 2] = utf8_pair('و');
const FA: [u8; 2] = utf8_pair('ف');
const ALEF: [u8; 2] = utf8_pair('ا');
const LAM: [u8; 2] = utf8_pair('ل');
const PREPS: [(char, [u8; 2]); 4] = [
    ('ب', utf8_pair('ب')),
    ('ل', utf8_pair('ل')),
    ('ك', utf8_pair('ك')),
    ('س', utf8_pair('س')),
];

/// The two UTF-8 bytes of a char in U+0080..U+07FF (Arabic letters).
const fn utf8_pair(c: char) -> [u8; 2] {
    let c = c as u32;
    [0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]
}

/// `s` without its first letter when that letter's UTF-8 bytes are `letter`.
fn strip_letter(s: &str, letter: [u8; 2]) -> Option<&str> {
    match s.as_bytes() {
        [a, b, ..] if *a == letter[0] && *b == letter[1] => s.get(2..),
        _ => None,
    }
}

/// A normalized word without a leading conjunction و or ف (kept when fewer than two letters
/// would be left).
pub(crate) fn bare(w: &str) -> &str {
    w.strip_prefix('و')
        .or_else(|| w.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

/// True when some clitic-stripped form of `norm` begins with one of `prefixes`.
pub(crate) fn starts_with_any(norm: &str, prefixes: &[String]) -> bool {
    clitic_candidates(norm)
        .iter()
        .any(|c| prefixes.iter().any(|p| c.form.starts_with(p.as_str())))
}

/// The text of `chars[start..end]` as a `String` (empty when out of range).
pub(crate) fn slice(chars: &[char], start: usize, end: usize) -> String {
    chars
        .get(start..end.min(chars.len()))
        .unwrap_or_default()
        .iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn normalizes_hamza_diacritics_and_taa_marbuta() {
        assert_eq!(normalize_word("مؤكّداً"), "موكدا");
        assert_eq!(normalize_word("أكّدت"), "اكدت");
        assert_eq!(normalize_word("الزيارة"), "الزياره");
        assert_eq!(normalize_word("مستشفى"), "مستشفي");
    }

    #[test]
    fn tokens_carry_char_offsets() {
        let c = chars("قال «نعم».");
        let t = tokenize(&c);
        let spans: Vec<String> = t.iter().map(|t| slice(&c, t.start, t.end)).collect();
        assert_eq!(spans, ["قال", "«", "نعم", "»", "."]);
    }

    #[test]
    fn splits_sentences_but_not_abbreviations_or_decimals() {
        let c = chars("قالت أ. ف. ب إن النمو 3.5 بالمئة. ثم غادر.");
        let t = tokenize(&c);
        let s = sentences(&c, &t);
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn keeps_closing_quote_with_its_sentence() {
        let c = chars("قال: «انتهى الأمر.» ثم خرج.");
        let t = tokenize(&c);
        let s = sentences(&c, &t);
        let first = s.first().cloned().unwrap_or_default();
        assert_eq!(t.get(first.end - 1).map(|t| t.norm.as_str()), Some("»"));
    }

    #[test]
    fn letter_bytes_are_utf8() {
        for (c, bytes) in PREPS
            .iter()
            .chain(&[('و', WAW), ('ف', FA), ('ا', ALEF), ('ل', LAM)])
        {
            let mut buf = [0u8; 4];
            assert_eq!(c.encode_utf8(&mut buf).as_bytes(), bytes);
        }
        assert_eq!(strip_letter("وقال", WAW), Some("قال"));
        assert_eq!(strip_letter("قال", WAW), None);
        assert_eq!(strip_letter("و", WAW), Some(""));
    }

    #[test]
    fn strips_proclitics() {
        let forms = |w| {
            clitic_candidates(w)
                .into_iter()
                .map(|c| c.form)
                .collect::<Vec<_>>()
        };
        assert!(
            forms("وبالزياره").contains(&"زياره"),
            "{:?}",
            forms("وبالزياره")
        );
        assert!(forms("للمجلس").contains(&"مجلس"));
        assert!(forms("ستزور").contains(&"تزور"));
    }
}
