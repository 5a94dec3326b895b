//! `rasd analyze PATH...`: pages to Analyses (the Article plus its entities, quotes and events).
//!
//! Paths are files, folders (read recursively, hidden files skipped, in name order) or `-` for
//! stdin. Each page is extracted (`rasd_extract::extract`) then analysed
//! (`rasd_analyze::Analyzer`), and printed in input order:
//!
//! - default: the headline and one line per entity (id, type, name, mentions, aliases);
//! - `--json`: the Analysis as pretty JSON (an array when there are several pages);
//! - `--jsonl`: one Analysis per line, compact.
//!
//! A page that fails does not stop the others: each failure is printed on stderr as
//! `rasd: PATH: reason`. Exit code: 0 when every page was analysed, 2 when some failed, 1 when
//! no page was found.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use rasd_analyze::Analyzer;
use rasd_extract::{extract, Options, RawPage};
use rasd_model::Analysis;

/// Arguments of `rasd analyze`.
#[derive(Debug, clap::Args)]
pub(crate) struct AnalyzeArgs {
    /// Files, folders (read recursively) or `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Print each Analysis as pretty JSON (an array when there are several pages).
    #[arg(long, conflicts_with = "jsonl")]
    json: bool,
    /// Print one Analysis per line as compact JSON (JSON Lines).
    #[arg(long)]
    jsonl: bool,
    /// The page's URL (for its id and site); meant for a single page.
    #[arg(long)]
    url: Option<String>,
    /// Reference time for relative dates, ISO 8601 (`2025-07-15T12:00:00` or `2025-07-15`).
    #[arg(long, value_parser = parse_now)]
    now: Option<chrono::NaiveDateTime>,
    /// Use the gazetteers and rules only, without the statistical tagger (faster).
    #[arg(long)]
    no_tagger: bool,
}

fn parse_now(s: &str) -> Result<chrono::NaiveDateTime, String> {
    let s = s.trim();
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M"))
        .or_else(|_| {
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(|d| d.and_time(chrono::NaiveTime::MIN))
        })
        .map_err(|_| {
            format!("{s:?} is not an ISO 8601 date or date-time (e.g. 2025-07-15T12:00:00)")
        })
}

/// Runs `rasd analyze`.
pub(crate) fn run(args: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let mut failures = 0usize;
    let mut inputs: Vec<Option<PathBuf>> = Vec::new(); // None = stdin
    for path in &args.paths {
        if let Err(err) = collect(path, &mut inputs) {
            failures += 1;
            writeln!(io::stderr(), "rasd: {err:#}")?;
        }
    }
    if inputs.is_empty() {
        if failures == 0 {
            writeln!(
                io::stderr(),
                "rasd: no pages were found under the given paths"
            )?;
            return Ok(ExitCode::from(1));
        }
        return Ok(ExitCode::from(2));
    }
    let without_tagger;
    let analyzer: &Analyzer = if args.no_tagger {
        without_tagger = Analyzer::without_tagger();
        &without_tagger
    } else {
        Analyzer::embedded()
    };
    let opts = Options {
        url: args.url.clone(),
        now: args.now,
    };
    let results: Vec<(String, anyhow::Result<Analysis>)> = inputs
        .iter()
        .map(|input| (name(input), analyze_one(analyzer, input.as_deref(), &opts)))
        .collect();

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let several = results.len() > 1;
    let mut analyses: Vec<&Analysis> = Vec::new();
    for (name, result) in &results {
        match result {
            Ok(analysis) if args.jsonl => {
                serde_json::to_writer(&mut out, analysis)?;
                writeln!(out)?;
            }
            Ok(analysis) if args.json => analyses.push(analysis),
            Ok(analysis) => write_summary(&mut out, name, analysis)?,
            Err(err) => {
                failures += 1;
                out.flush()?;
                writeln!(io::stderr(), "rasd: {err:#}")?;
            }
        }
    }
    if args.json {
        if several {
            serde_json::to_writer_pretty(&mut out, &analyses)?;
            writeln!(out)?;
        } else if let Some(analysis) = analyses.first() {
            serde_json::to_writer_pretty(&mut out, analysis)?;
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

fn name(input: &Option<PathBuf>) -> String {
    match input {
        Some(p) => p.display().to_string(),
        None => "<stdin>".to_owned(),
    }
}

fn collect(path: &Path, inputs: &mut Vec<Option<PathBuf>>) -> anyhow::Result<()> {
    if path.as_os_str() == "-" {
        inputs.push(None);
        return Ok(());
    }
    let meta =
        std::fs::metadata(path).with_context(|| format!("{}: cannot read", path.display()))?;
    if meta.is_file() {
        inputs.push(Some(path.to_path_buf()));
        return Ok(());
    }
    walk(path, inputs)
}

/// Adds the files under `dir`, recursively, in name order, skipping hidden entries.
fn walk(dir: &Path, inputs: &mut Vec<Option<PathBuf>>) -> anyhow::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read the folder", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, inputs)?;
        } else if path.is_file() {
            inputs.push(Some(path));
        }
    }
    Ok(())
}

fn analyze_one(
    analyzer: &Analyzer,
    path: Option<&Path>,
    opts: &Options,
) -> anyhow::Result<Analysis> {
    let limit = rasd_extract::MAX_PAGE_BYTES as u64;
    let mut bytes = Vec::new();
    let read = match path {
        Some(p) => std::fs::File::open(p).and_then(|f| f.take(limit + 1).read_to_end(&mut bytes)),
        None => io::stdin().lock().take(limit + 1).read_to_end(&mut bytes),
    };
    let label = name(&path.map(Path::to_path_buf));
    read.with_context(|| format!("{label}: cannot read"))?;
    let page = RawPage {
        bytes,
        source_path: path.map(Path::to_path_buf),
        ..RawPage::default()
    };
    let article = extract(&page, opts).with_context(|| label.clone())?;
    Ok(analyzer.analyze(&article))
}

/// The default output: the headline, then one line per entity.
fn write_summary(out: &mut impl Write, name: &str, a: &Analysis) -> io::Result<()> {
    writeln!(out, "{name}")?;
    writeln!(out, "  headline: {}", a.article.headline)?;
    for e in &a.entities {
        let kind = match e.kind {
            rasd_model::EntityType::Person => "person",
            rasd_model::EntityType::Location => "location",
            rasd_model::EntityType::Organization => "organization",
        };
        writeln!(
            out,
            "  {:<24} {:<12} {} ×{}  [{}]",
            e.id,
            kind,
            e.name,
            e.mentions.len(),
            e.aliases.join(" | ")
        )?;
    }
    writeln!(
        out,
        "  {} quotes, {} events",
        a.quotes.len(),
        a.events.len()
    )?;
    writeln!(out)
}
