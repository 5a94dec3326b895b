//! Pages on the command line: the paths `rasd extract` and `rasd analyze` take (files, folders
//! read recursively in name order with hidden entries skipped, `-` for stdin), reading each within
//! rasd-extract's size limit, and the `--now` value both accept.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use rasd_extract::{extract, Options, RawPage};
use rasd_model::Article;

/// The arguments `rasd extract` and `rasd analyze` share: which pages, what is known of them,
/// and how to print the results.
#[derive(Debug, clap::Args)]
pub(crate) struct PageArgs {
    /// Files, folders (read recursively) or `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// Print each result as pretty JSON (an array when there are several pages).
    #[arg(long, conflicts_with = "jsonl")]
    pub(crate) json: bool,
    /// Print one result per line as compact JSON (JSON Lines).
    #[arg(long)]
    pub(crate) jsonl: bool,
    /// The page's URL (for its id and site); meant for a single page.
    #[arg(long)]
    pub(crate) url: Option<String>,
    /// Reference time for relative dates ("منذ 3 ساعات"), ISO 8601: `2025-07-15T12:00:00` or
    /// `2025-07-15`.
    #[arg(long, value_parser = parse_now)]
    pub(crate) now: Option<chrono::NaiveDateTime>,
    /// The page's HTTP Content-Type (`text/html; charset=windows-1256`), when known.
    #[arg(long)]
    pub(crate) content_type: Option<String>,
}

impl PageArgs {
    /// The extraction options these arguments give.
    pub(crate) fn options(&self) -> Options {
        Options {
            url: self.url.clone(),
            now: self.now,
        }
    }
}

/// Parses a `--now` value: ISO 8601 date-time (`2025-07-15T12:00:00`, `2025-07-15T12:00`,
/// `2025-07-15 12:00:00`) or date (`2025-07-15`, midnight).
pub(crate) fn parse_now(s: &str) -> Result<chrono::NaiveDateTime, String> {
    let s = s.trim();
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M"))
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S"))
        .or_else(|_| {
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(|d| d.and_time(chrono::NaiveTime::MIN))
        })
        .map_err(|_| {
            format!("{s:?} is not an ISO 8601 date or date-time (e.g. 2025-07-15T12:00:00)")
        })
}

/// One input: a file, or stdin.
#[derive(Debug, Clone)]
pub(crate) enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    pub(crate) fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "<stdin>".to_string(),
        }
    }
}

/// Collects the pages under every path; a path that cannot be read is reported on stderr
/// (`rasd: PATH: reason`) and counted. Returns the pages and the count of unreadable paths.
pub(crate) fn collect_all(paths: &[PathBuf]) -> anyhow::Result<(Vec<Input>, usize)> {
    let mut failures = 0usize;
    let mut inputs = Vec::new();
    for path in paths {
        if let Err(err) = collect(path, &mut inputs) {
            failures += 1;
            writeln!(io::stderr(), "rasd: {err:#}")?;
        }
    }
    Ok((inputs, failures))
}

/// Adds the pages under `path` to `inputs`: a file, every file of a folder, or stdin for `-`.
fn collect(path: &Path, inputs: &mut Vec<Input>) -> anyhow::Result<()> {
    if path.as_os_str() == "-" {
        inputs.push(Input::Stdin);
        return Ok(());
    }
    let meta =
        std::fs::metadata(path).with_context(|| format!("{}: cannot read", path.display()))?;
    if meta.is_file() {
        inputs.push(Input::File(path.to_path_buf()));
        return Ok(());
    }
    let walker = walkdir::WalkDir::new(path)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = entry.with_context(|| format!("{}: cannot walk the folder", path.display()))?;
        if entry.file_type().is_file() {
            inputs.push(Input::File(entry.into_path()));
        }
    }
    Ok(())
}

/// Reads and extracts one page; errors name the page.
pub(crate) fn extract_one(
    input: &Input,
    opts: &Options,
    content_type: Option<&str>,
) -> anyhow::Result<Article> {
    let limit = rasd_extract::MAX_PAGE_BYTES as u64;
    let bytes = match input {
        Input::File(path) => read_limited(std::fs::File::open(path)?, limit),
        Input::Stdin => read_limited(io::stdin().lock(), limit),
    }
    .with_context(|| format!("{}: cannot read", input.name()))?;
    let page = RawPage {
        bytes,
        content_type: content_type.map(str::to_string),
        source_path: match input {
            Input::File(p) => Some(p.clone()),
            Input::Stdin => None,
        },
        ..RawPage::default()
    };
    extract(&page, opts).with_context(|| input.name())
}

/// Reads at most `limit + 1` bytes, so a huge file is refused by `extract` without being read whole.
fn read_limited(reader: impl Read, limit: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Prints each page's result in input order, as `--jsonl`, `--json` or the command's `summary`,
/// and each failure on stderr (`rasd: PATH: reason`). Exit code: 2 when any page or path
/// (`failures` counts the paths already reported) failed, else 0.
pub(crate) fn print_results<T: serde::Serialize>(
    results: &[(String, anyhow::Result<T>)],
    args: &PageArgs,
    mut failures: usize,
    summary: fn(&mut dyn Write, &str, &T) -> io::Result<()>,
) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut collected: Vec<&T> = Vec::new();
    for (name, result) in results {
        match result {
            Ok(value) if args.jsonl => {
                serde_json::to_writer(&mut out, value)?;
                writeln!(out)?;
            }
            Ok(value) if args.json => collected.push(value),
            Ok(value) => summary(&mut out, name, value)?,
            Err(err) => {
                failures += 1;
                out.flush()?;
                writeln!(io::stderr(), "rasd: {err:#}")?;
            }
        }
    }
    if args.json {
        if results.len() > 1 {
            serde_json::to_writer_pretty(&mut out, &collected)?;
            writeln!(out)?;
        } else if let Some(value) = collected.first() {
            serde_json::to_writer_pretty(&mut out, value)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(if failures > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
