//! Reading CoNLL-style `token TAG` files.
//!
//! One token per line, its BIO tag in the last whitespace-separated column (so multi-column
//! CoNLL files work too), a blank line between sentences. Tags use PERS/LOC/ORG/MISC or
//! PER/LOC/ORG/MIS. `-DOCSTART-` lines are skipped. A file with no blank line at all (the
//! original ANERcorp) is split after sentence-final punctuation (`.`, `!`, `?`, `؟`).

use std::path::Path;

use crate::{Error, Tag};

/// A tokenized sentence with its tags (one per token).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// The tokens as written in the file.
    pub tokens: Vec<String>,
    /// One tag per token.
    pub tags: Vec<Tag>,
}

impl Sentence {
    /// A sentence of the whitespace-separated `words` with these tags (for tests).
    #[cfg(test)]
    pub(crate) fn of(words: &str, tags: &[Tag]) -> Sentence {
        Sentence {
            tokens: words.split_whitespace().map(str::to_owned).collect(),
            tags: tags.to_vec(),
        }
    }
}

/// Reads a CoNLL file; errors name the file and the line.
pub fn read(path: &Path) -> Result<Vec<Sentence>, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    match std::str::from_utf8(&bytes) {
        Ok(text) => parse(text, path),
        Err(e) => {
            let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Error::Conll {
                path: path.to_owned(),
                line,
                message: "not UTF-8; convert the file to UTF-8 first".to_owned(),
            })
        }
    }
}

/// Parses CoNLL text; `path` names the source in errors.
pub fn parse(text: &str, path: &Path) -> Result<Vec<Sentence>, Error> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    let mut saw_blank = false;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            saw_blank = true;
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            continue;
        }
        let mut fields = line.split_whitespace();
        let (Some(token), Some(tag)) = (fields.next(), fields.next_back()) else {
            return Err(Error::Conll {
                path: path.to_owned(),
                line: i + 1,
                message: format!("expected `token TAG`, found `{line}`"),
            });
        };
        let Some(tag) = Tag::parse(tag) else {
            return Err(Error::Conll {
                path: path.to_owned(),
                line: i + 1,
                message: format!(
                    "unknown tag `{tag}`; expected O, B-X or I-X with X in PERS/PER, LOC, ORG, MISC/MIS"
                ),
            });
        };
        cur.tokens.push(token.to_owned());
        cur.tags.push(tag);
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    if !saw_blank {
        out = out
            .into_iter()
            .flat_map(split_at_final_punctuation)
            .collect();
    }
    Ok(out)
}

fn split_at_final_punctuation(s: Sentence) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (token, tag) in s.tokens.into_iter().zip(s.tags) {
        let end = matches!(token.as_str(), "." | "!" | "?" | "؟");
        cur.tokens.push(token);
        cur.tags.push(tag);
        if end {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    #[test]
    fn reads_sentences_and_both_label_sets() {
        let text = "\u{FEFF}زار O\nسامر B-PERS\nخليل I-PER\n\n\nحلب B-LOC\t\n. O\n";
        let s = parse(text, Path::new("t.txt")).expect("parses");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, vec!["زار", "سامر", "خليل"]);
        assert_eq!(s[0].tags[2], Tag::I(Kind::Pers));
        assert_eq!(s[1].tags, vec![Tag::B(Kind::Loc), Tag::O]);
    }

    #[test]
    fn splits_files_without_blank_lines_at_final_punctuation() {
        let text = "زار O\nحلب B-LOC\n. O\nعاد O\n! O\nثم O";
        let s = parse(text, Path::new("t.txt")).expect("parses");
        let lens: Vec<_> = s.iter().map(|s| s.tokens.len()).collect();
        assert_eq!(lens, vec![3, 2, 1]);
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        let err = parse("زار O\nحلب\n", Path::new("bad.txt")).expect_err("one field");
        assert_eq!(
            err.to_string(),
            "bad.txt:2: expected `token TAG`, found `حلب`"
        );
        let err = parse("زار O\n\nحلب B-CITY\n", Path::new("bad.txt")).expect_err("bad tag");
        assert!(
            err.to_string()
                .starts_with("bad.txt:3: unknown tag `B-CITY`"),
            "{err}"
        );
    }

    #[test]
    fn reports_non_utf8_with_line() {
        let dir = std::env::temp_dir().join(format!("rasd-ner-conll-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("latin1.txt");
        std::fs::write(&path, b"a O\nb O\n\xe9 O\n").expect("write");
        let err = read(&path).expect_err("not utf-8");
        assert!(err.to_string().contains("latin1.txt:3: not UTF-8"), "{err}");
        let err = read(&dir.join("missing.txt")).expect_err("missing");
        assert!(err.to_string().contains("missing.txt"), "{err}");
        std::fs::remove_dir_all(&dir).ok();
    }
}
