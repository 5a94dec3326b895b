//! The small tokenizer the examples use on raw text: split at whitespace, then cut every
//! character that is not a letter, digit or Arabic mark into its own token (as ANERcorp does
//! for punctuation). `rasd_text::token` is the project's real tokenizer.

/// Tokens of `text`, borrowed from it.
pub(crate) fn tokenize(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        let mut start = 0;
        for (i, c) in word.char_indices() {
            if c.is_alphanumeric() || c == '\u{0640}' || ('\u{064B}'..='\u{0652}').contains(&c) {
                continue;
            }
            if start < i {
                out.push(&word[start..i]);
            }
            out.push(&word[i..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
        if start < word.len() {
            out.push(&word[start..]);
        }
    }
    out
}
