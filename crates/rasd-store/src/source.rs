//! What `rasd ingest` reads: files, folders, stdin, JSON Lines, JSON arrays and zips of them.
//!
//! [`read`] walks its inputs in order and hands each [`Item`] (a page to extract, or a record
//! that already is an article) to a callback, one at a time, so memory stays bounded by the
//! largest single file. What cannot be read becomes a [`Problem`] naming the file and line (or
//! record) and the reason, and reading goes on.
//!
//! - A folder is walked recursively, in name order; hidden files are skipped.
//! - `.zip`: every `.json`, `.jsonl` and `.ndjson` entry inside is read as below.
//! - `.jsonl`, `.ndjson`: one record a line. `.json`: an array of records, one record, or JSON
//!   Lines. `-` is stdin, read like a `.json` file when it starts with `{` or `[`, else a page.
//! - Anything else is a page (HTML or text), for `rasd-extract`.
//!
//! A record is a JSON object with some of: `title`/`headline`, `content`/`text`/`body` (a string,
//! paragraphs split on line breaks, or an array of paragraphs), `date`/`published`/
//! `date_extracted`, `url`/`link`, `source`/`publisher`, `author`/`authors`, `section`/`category`.
//!
//! ```
//! use rasd_store::source::{read_json_text, Item};
//! let text = "{\"title\": \"عنوان\", \"content\": \"فقرة\"}\n{broken\n";
//! let mut records = 0;
//! let mut problems = Vec::new();
//! read_json_text(text, "feed.jsonl", &mut |item| match item {
//!     Ok(Item::Record { .. }) => records += 1,
//!     Ok(_) => {}
//!     Err(p) => problems.push(p.to_string()),
//! });
//! assert_eq!(records, 1);
//! assert!(problems[0].starts_with("feed.jsonl:2:"), "{}", problems[0]);
//! ```

use std::fmt;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// Where an item came from: a file (or zip entry) and a line or record number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file, or `archive.zip!entry.json`.
    pub file: String,
    /// Line number (1-based) for JSON Lines.
    pub line: Option<usize>,
    /// Record number (1-based) in a JSON array.
    pub record: Option<usize>,
}

impl Origin {
    fn file(file: &str) -> Origin {
        Origin {
            file: file.to_owned(),
            line: None,
            record: None,
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(record) = self.record {
            write!(f, ": record {record}")?;
        }
        Ok(())
    }
}

/// A record: an article already split into fields by whoever collected it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Record {
    /// Headline.
    pub title: String,
    /// Body paragraphs, non-empty and trimmed.
    pub paragraphs: Vec<String>,
    /// Date as given.
    pub date: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Source or publisher.
    pub source: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Section.
    pub section: Option<String>,
}

/// One thing to ingest.
#[derive(Debug, Clone)]
pub enum Item {
    /// A page (HTML or text) to extract.
    Page {
        /// The bytes.
        bytes: Vec<u8>,
        /// Where it came from.
        origin: Origin,
    },
    /// A record, already an article's fields.
    Record {
        /// The fields.
        record: Record,
        /// Where it came from.
        origin: Origin,
    },
}

/// Something that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where.
    pub origin: Origin,
    /// Why.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

/// The callback [`read`] hands items and problems to.
pub type Sink<'a> = dyn FnMut(Result<Item, Problem>) + 'a;

/// Reads every input (`-` for stdin) and hands what it finds to `sink`, in order.
pub fn read(inputs: &[PathBuf], sink: &mut Sink<'_>) {
    for input in inputs {
        if input.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => read_bytes(bytes, "<stdin>", true, sink),
                Err(e) => sink(Err(problem(Origin::file("<stdin>"), e))),
            }
        } else if input.is_dir() {
            read_dir(input, sink);
        } else {
            read_file(input, sink);
        }
    }
}

fn problem(origin: Origin, reason: impl fmt::Display) -> Problem {
    Problem {
        origin,
        reason: reason.to_string(),
    }
}

fn read_dir(dir: &Path, sink: &mut Sink<'_>) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            sink(Err(problem(Origin::file(&dir.display().to_string()), e)));
            return;
        }
    };
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            read_dir(&path, sink);
        } else {
            read_file(&path, sink);
        }
    }
}

fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

fn read_file(path: &Path, sink: &mut Sink<'_>) {
    let name = path.display().to_string();
    let ext = extension(&name);
    if ext == "zip" {
        read_zip(path, &name, sink);
        return;
    }
    match std::fs::read(path) {
        Ok(bytes) => read_bytes(bytes, &name, false, sink),
        Err(e) => sink(Err(problem(Origin::file(&name), e))),
    }
}

/// Reads the bytes of one file: JSON (by extension, or by sniffing for stdin) or a page.
fn read_bytes(bytes: Vec<u8>, name: &str, sniff: bool, sink: &mut Sink<'_>) {
    let ext = extension(name);
    let json = matches!(ext.as_str(), "json" | "jsonl" | "ndjson")
        || (sniff && {
            let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
            matches!(first, Some(b'{') | Some(b'['))
        });
    if !json {
        sink(Ok(Item::Page {
            bytes,
            origin: Origin::file(name),
        }));
        return;
    }
    match String::from_utf8(bytes) {
        Ok(text) => read_json_text(&text, name, sink),
        Err(e) => sink(Err(problem(
            Origin::file(name),
            format!(
                "not UTF-8 JSON (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        ))),
    }
}

fn read_zip(path: &Path, name: &str, sink: &mut Sink<'_>) {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return sink(Err(problem(Origin::file(name), e))),
    };
    let mut archive = match zip::ZipArchive::new(file) {
        Ok(a) => a,
        Err(e) => {
            return sink(Err(problem(
                Origin::file(name),
                format!("not a readable zip file: {e}"),
            )))
        }
    };
    for i in 0..archive.len() {
        let mut entry = match archive.by_index(i) {
            Ok(e) => e,
            Err(e) => {
                sink(Err(problem(
                    Origin::file(&format!("{name}!#{}", i + 1)),
                    format!("corrupt zip entry: {e}"),
                )));
                continue;
            }
        };
        if entry.is_dir() {
            continue;
        }
        let entry_name = format!("{name}!{}", entry.name());
        if !matches!(extension(&entry_name).as_str(), "json" | "jsonl" | "ndjson") {
            continue;
        }
        let mut text = String::new();
        match entry.read_to_string(&mut text) {
            Ok(_) => read_json_text(&text, &entry_name, sink),
            Err(e) => sink(Err(problem(
                Origin::file(&entry_name),
                format!("cannot read the zip entry: {e}"),
            ))),
        }
    }
}

/// Reads JSON text: an array of records, one record, or JSON Lines (one record a line).
pub fn read_json_text(text: &str, name: &str, sink: &mut Sink<'_>) {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('[') {
        match serde_json::from_str::<Vec<Value>>(trimmed) {
            Ok(values) => {
                for (i, value) in values.into_iter().enumerate() {
                    let origin = Origin {
                        file: name.to_owned(),
                        line: None,
                        record: Some(i + 1),
                    };
                    sink(record(value, origin));
                }
            }
            Err(e) => sink(Err(problem(
                Origin {
                    file: name.to_owned(),
                    line: Some(e.line()),
                    record: None,
                },
                format!("broken JSON array: {e}"),
            ))),
        }
        return;
    }
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() {
            continue;
        }
        let origin = Origin {
            file: name.to_owned(),
            line: Some(i + 1),
            record: None,
        };
        match serde_json::from_str::<Value>(line) {
            Ok(value) => sink(record(value, origin)),
            Err(e) => sink(Err(problem(origin, format!("broken JSON: {e}")))),
        }
    }
}

fn string(value: &Value, keys: &[&str]) -> Option<String> {
    keys.iter()
        .filter_map(|k| value.get(*k))
        .find_map(|v| match v {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
}

fn strings(value: &Value, keys: &[&str]) -> Vec<String> {
    for k in keys {
        match value.get(*k) {
            Some(Value::String(s)) => {
                return s
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect()
            }
            Some(Value::Array(items)) => {
                return items
                    .iter()
                    .filter_map(|v| v.as_str())
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect()
            }
            _ => {}
        }
    }
    Vec::new()
}

/// A record from a JSON value, or why it is not one.
fn record(value: Value, origin: Origin) -> Result<Item, Problem> {
    if !value.is_object() {
        return Err(problem(origin, "not a JSON object"));
    }
    let title = string(&value, &["title", "headline"]).unwrap_or_default();
    let paragraphs = strings(&value, &["content", "text", "body", "article"]);
    if paragraphs.is_empty() {
        return Err(problem(
            origin,
            "record has no text (no non-empty content, text or body field)",
        ));
    }
    let record = Record {
        title,
        paragraphs,
        date: string(
            &value,
            &[
                "date",
                "published",
                "datePublished",
                "date_published",
                "date_extracted",
            ],
        ),
        url: string(&value, &["url", "link"]),
        source: string(&value, &["source", "publisher", "site"]),
        authors: strings(&value, &["author", "authors"]),
        section: string(&value, &["section", "category"]),
    };
    Ok(Item::Record { record, origin })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(text: &str, name: &str) -> (Vec<Record>, Vec<String>) {
        let mut records = Vec::new();
        let mut problems = Vec::new();
        read_json_text(text, name, &mut |item| match item {
            Ok(Item::Record { record, .. }) => records.push(record),
            Ok(Item::Page { .. }) => {}
            Err(p) => problems.push(p.to_string()),
        });
        (records, problems)
    }

    #[test]
    fn json_lines_report_bad_lines_and_keep_the_rest() {
        let text = "{\"title\": \"أ\", \"content\": \"فقرة أولى\\n\\nفقرة ثانية\", \"date\": \"2015-07-21 02:51:32\"}\n\
                    \n\
                    {\"title\": \"ب\"\n\
                    {\"title\": \"ج\", \"content\": \"\"}\n\
                    [1]\n\
                    {\"headline\": \"د\", \"body\": [\"نص\"], \"author\": \"كاتب\"}\n";
        let (records, problems) = collect(text, "in.jsonl");
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].paragraphs, ["فقرة أولى", "فقرة ثانية"]);
        assert_eq!(records[0].date.as_deref(), Some("2015-07-21 02:51:32"));
        assert_eq!(records[1].authors, ["كاتب"]);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(
            problems[0].starts_with("in.jsonl:3: broken JSON"),
            "{problems:?}"
        );
        assert!(
            problems[1].starts_with("in.jsonl:4: record has no text"),
            "{problems:?}"
        );
        assert!(
            problems[2].starts_with("in.jsonl:5: not a JSON object"),
            "{problems:?}"
        );
    }

    #[test]
    fn arrays_number_their_records() {
        let text = "[{\"title\": \"أ\", \"content\": \"نص\"}, {\"title\": \"ب\"}]";
        let (records, problems) = collect(text, "day.json");
        assert_eq!(records.len(), 1);
        assert_eq!(
            problems,
            ["day.json: record 2: record has no text (no non-empty content, text or body field)"]
        );
    }

    #[test]
    fn a_broken_array_names_its_line() {
        let (records, problems) = collect("[\n{\"title\": 1},\n{oops}\n]", "day.json");
        assert!(records.is_empty());
        assert!(
            problems[0].starts_with("day.json:3: broken JSON array"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_corrupt_zip_is_a_problem_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.zip");
        std::fs::write(&path, b"PK\x03\x04 this is not really a zip").unwrap();
        let mut problems = Vec::new();
        read(&[path], &mut |item| {
            if let Err(p) = item {
                problems.push(p.to_string());
            }
        });
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].contains("bad.zip: not a readable zip file"),
            "{problems:?}"
        );
    }

    #[test]
    fn folders_are_walked_in_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("b.txt"), "ب").unwrap();
        std::fs::write(dir.path().join("sub/a.html"), "<p>أ</p>").unwrap();
        std::fs::write(dir.path().join(".hidden"), "x").unwrap();
        let mut seen = Vec::new();
        read(&[dir.path().to_owned()], &mut |item| {
            if let Ok(Item::Page { origin, .. }) = item {
                seen.push(origin.file.rsplit('/').next().unwrap_or("").to_owned());
            }
        });
        assert_eq!(seen, ["b.txt", "a.html"]);
    }
}
