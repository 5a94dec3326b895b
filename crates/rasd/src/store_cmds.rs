//! The store's subcommands: `ingest`, `search`, `entity`, `relations`, `export`.
//!
//! The data directory is `--data DIR`, else `$RASD_DATA`, else the platform's data directory
//! (`$XDG_DATA_HOME/rasd`, `~/.local/share/rasd` on Linux).
//!
//! `rasd ingest` reads pages (extracted by rasd-extract) and records (JSON Lines, JSON arrays,
//! zips of them; already articles), analyzes them in parallel (rayon), and stores them in
//! batches. What cannot be read is reported with its file and line, and the rest goes in. Exit
//! code: 0 when something was read, 1 when nothing was, 2 on a store error.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use rasd_analyze::Analyzer;
use rasd_extract::{extract, finish, Options, RawPage};
use rasd_model::Article;
use rasd_store::export::{Format, What};
use rasd_store::source::{self, Item, Problem, Record};
use rasd_store::{Prepared, PutOutcome, SearchRequest, Store};
use rayon::prelude::*;

/// Items analyzed in parallel and written in one transaction.
const BATCH: usize = 256;
/// Batches waiting between two stages of the ingest pipeline.
const IN_FLIGHT: usize = 2;
/// Failures listed in the summary (all are counted).
const SHOWN_FAILURES: usize = 20;

/// Where the store lives.
#[derive(Debug, clap::Args)]
pub(crate) struct DataArgs {
    /// The data directory (default: $RASD_DATA, else the platform data dir + /rasd).
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
}

impl DataArgs {
    fn dir(&self) -> anyhow::Result<PathBuf> {
        if let Some(d) = &self.data {
            return Ok(d.clone());
        }
        if let Some(d) = std::env::var_os("RASD_DATA").filter(|d| !d.is_empty()) {
            return Ok(PathBuf::from(d));
        }
        dirs::data_dir()
            .map(|d| d.join("rasd"))
            .context("no data directory: pass --data DIR or set RASD_DATA")
    }
}

/// Arguments of `rasd ingest`.
#[derive(Debug, clap::Args)]
pub(crate) struct IngestArgs {
    /// Files, folders (read recursively), zips of JSON, JSON Lines, or `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    data: DataArgs,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

/// What an ingest did.
#[derive(Debug, Default, serde::Serialize)]
struct Summary {
    read: u64,
    stored: u64,
    updated: u64,
    duplicates: u64,
    near_duplicates: u64,
    failures: u64,
    failure_examples: Vec<String>,
    stories_with_copies: u64,
    documents_in_store: u64,
    seconds: f64,
}

impl Summary {
    fn fail(&mut self, problem: &Problem) {
        self.failures += 1;
        tracing::info!("{problem}");
        if self.failure_examples.len() < SHOWN_FAILURES {
            self.failure_examples.push(problem.to_string());
        }
    }
}

/// Runs `rasd ingest`.
pub(crate) fn ingest(args: IngestArgs) -> anyhow::Result<ExitCode> {
    let dir = args.data.dir()?;
    let started = Instant::now();
    let mut store =
        Store::open(&dir).with_context(|| format!("{}: cannot open the store", dir.display()))?;
    let analyzer = Analyzer::embedded();
    let progress = if io::stderr().is_terminal() {
        let bar = ProgressBar::new_spinner();
        if let Ok(style) = ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };
    let mut summary = Summary::default();
    // Three stages overlap, joined by bounded channels so memory stays flat: this thread's
    // reader walks the inputs (zips, JSON) into batches; an analysis thread extracts,
    // analyzes and prepares each batch on the rayon pool (index terms, MinHash); the writer
    // stores the previous batch (one SQLite transaction, then the index writer's queue).
    let (items_tx, items_rx) = mpsc::sync_channel::<Vec<Result<Item, Problem>>>(IN_FLIGHT);
    let (prepared_tx, prepared_rx) =
        mpsc::sync_channel::<Vec<Result<Prepared, Problem>>>(IN_FLIGHT);
    let paths = &args.paths;
    let written = std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut pending: Vec<Result<Item, Problem>> = Vec::with_capacity(BATCH);
            let mut open = true;
            source::read(paths, &mut |item| {
                if !open {
                    return;
                }
                pending.push(item);
                if pending.len() >= BATCH {
                    let batch = std::mem::replace(&mut pending, Vec::with_capacity(BATCH));
                    // A send fails only when the writer stopped on an error.
                    open = items_tx.send(batch).is_ok();
                }
            });
            if open && !pending.is_empty() {
                let _ = items_tx.send(pending);
            }
        });
        scope.spawn(move || {
            for batch in items_rx {
                let prepared: Vec<Result<Prepared, Problem>> = batch
                    .into_par_iter()
                    .map(|item| item.and_then(|item| prepare(item, analyzer)))
                    .collect();
                if prepared_tx.send(prepared).is_err() {
                    break;
                }
            }
        });
        write_batches(prepared_rx, &mut store, &mut summary, &progress)
    });
    if let Err(e) = written {
        return Err(e.context(format!("{}: ingest stopped", dir.display())));
    }
    store.commit()?;
    progress.finish_and_clear();
    let stats = store.stats()?;
    summary.stories_with_copies = stats.multi_article_stories;
    summary.documents_in_store = stats.documents;
    summary.seconds = started.elapsed().as_secs_f64();
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &summary)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "{} items read in {:.1} s: {} articles stored, {} updated, {} duplicates (unchanged), \
             {} near-duplicates joined a story, {} failures",
            summary.read,
            summary.seconds,
            summary.stored,
            summary.updated,
            summary.duplicates,
            summary.near_duplicates,
            summary.failures
        )?;
        writeln!(
            out,
            "store {}: {} articles, {} stories with syndicated copies",
            dir.display(),
            stats.documents,
            stats.multi_article_stories
        )?;
        for f in &summary.failure_examples {
            writeln!(out, "  failed: {f}")?;
        }
        if summary.failures > summary.failure_examples.len() as u64 {
            writeln!(
                out,
                "  … and {} more (run with -v to see all)",
                summary.failures - summary.failure_examples.len() as u64
            )?;
        }
    }
    if summary.read == 0 {
        let _ = writeln!(io::stderr(), "rasd: nothing was read from the given paths");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// The writer stage of `rasd ingest`: stores each prepared batch in order and counts outcomes.
/// Returning (on a store error) drops the receiver, which stops the stages before it.
fn write_batches(
    batches: mpsc::Receiver<Vec<Result<Prepared, Problem>>>,
    store: &mut Store,
    summary: &mut Summary,
    progress: &ProgressBar,
) -> anyhow::Result<()> {
    for results in batches {
        let mut batch = Vec::with_capacity(results.len());
        for r in results {
            summary.read += 1;
            match r {
                Ok(p) => batch.push(p),
                Err(problem) => summary.fail(&problem),
            }
        }
        let outcomes = store.put_batch(&batch)?;
        for o in outcomes {
            match o {
                PutOutcome::Inserted { near_duplicate, .. } => {
                    summary.stored += 1;
                    summary.near_duplicates += u64::from(near_duplicate);
                }
                PutOutcome::Updated => summary.updated += 1,
                PutOutcome::Unchanged => summary.duplicates += 1,
            }
        }
        progress.set_message(format!(
            "{} read, {} stored, {} updated, {} duplicates, {} failures",
            summary.read, summary.stored, summary.updated, summary.duplicates, summary.failures
        ));
        progress.tick();
    }
    Ok(())
}

/// Turns one item into a storable analysis: pages are extracted, records become articles.
fn prepare(item: Item, analyzer: &Analyzer) -> Result<Prepared, Problem> {
    let (article, origin) = match item {
        Item::Page { bytes, origin } => {
            let mut page = RawPage::new(bytes);
            page.source_path = Some(PathBuf::from(&origin.file));
            match extract(&page, &Options::default()) {
                Ok(a) => (a, origin),
                Err(e) => {
                    return Err(Problem {
                        origin,
                        reason: e.to_string(),
                    })
                }
            }
        }
        Item::Record { record, origin } => (record_article(record), origin),
    };
    let analysis = analyzer.analyze(&article);
    Prepared::new(analysis).map_err(|e| Problem {
        origin,
        reason: e.to_string(),
    })
}

/// An article from a record's fields; id, site, language and word count as extraction does.
fn record_article(record: Record) -> Article {
    let published = record.date.as_deref().and_then(iso_date);
    let mut article = Article {
        url: record.url.clone(),
        publisher: record.source,
        section: record.section,
        headline: record.title,
        published,
        authors: record.authors,
        body: record.paragraphs,
        ..Article::default()
    };
    finish(
        &mut article,
        &Options {
            url: record.url,
            now: None,
        },
    );
    article
}

/// ISO 8601 of a record's date: `YYYY-MM-DD hh:mm:ss` as is, else as news pages print dates.
fn iso_date(date: &str) -> Option<String> {
    let date = date.trim();
    for fmt in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
    ] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(date, fmt) {
            return Some(t.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d") {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(date) {
        return Some(t.to_rfc3339());
    }
    rasd_text::date::parse(date, None).map(|d| d.to_iso())
}

/// Arguments of `rasd search`.
#[derive(Debug, clap::Args)]
pub(crate) struct SearchArgs {
    /// Words (all required), "a phrase", a OR b, -excluded, field:value (headline, body,
    /// source, site, section, entity). Empty matches every article.
    #[arg(value_name = "QUERY", default_value = "")]
    query: String,
    /// First day, YYYY-MM-DD.
    #[arg(long)]
    from: Option<String>,
    /// Last day, YYYY-MM-DD.
    #[arg(long)]
    to: Option<String>,
    /// Only this source (publisher or site).
    #[arg(long)]
    source: Option<String>,
    /// Only this section.
    #[arg(long)]
    section: Option<String>,
    /// Only articles mentioning this entity (id, name or alias).
    #[arg(long)]
    entity: Option<String>,
    /// Number of hits.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Print the results, facets and counts per day as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataArgs,
}

/// Runs `rasd search`.
pub(crate) fn search(args: SearchArgs) -> anyhow::Result<ExitCode> {
    let dir = args.data.dir()?;
    let store = Store::open_for_reading(&dir)?;
    let req = SearchRequest {
        query: args.query.clone(),
        from: args.from,
        to: args.to,
        source: args.source,
        section: args.section,
        entity: args.entity,
        limit: args.limit,
        facets: true,
    };
    let results = store.search(&req)?;
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &results)?;
        writeln!(out)?;
    } else {
        let color = io::stdout().is_terminal();
        writeln!(out, "{} articles match {:?}", results.total, args.query)?;
        for (i, hit) in results.hits.iter().enumerate() {
            let meta: Vec<&str> = [hit.source.as_deref(), hit.published.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            writeln!(out, "\n{}. {} ({})", i + 1, hit.headline, meta.join(", "))?;
            if let Some(url) = &hit.url {
                writeln!(out, "   {url}")?;
            }
            writeln!(out, "   {}", mark(&hit.snippet, &hit.highlights, color))?;
        }
        let f = &results.facets;
        let list = |items: &[rasd_store::search::FacetCount]| -> String {
            items
                .iter()
                .map(|c| format!("{} ({})", c.name.as_deref().unwrap_or(&c.value), c.count))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if results.total > 0 {
            writeln!(out)?;
            writeln!(out, "sources: {}", list(&f.sources))?;
            if !f.sections.is_empty() {
                writeln!(out, "sections: {}", list(&f.sections))?;
            }
            for (kind, items) in &f.entities {
                writeln!(out, "{kind}: {}", list(items))?;
            }
            writeln!(out, "per day: {}", list(&f.per_day))?;
        }
    }
    Ok(if results.total == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The snippet with its highlights marked: bold on a terminal, else `[…]`.
fn mark(snippet: &str, highlights: &[[usize; 2]], color: bool) -> String {
    let (open, close) = if color {
        ("\x1b[1;31m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let mut out = String::with_capacity(snippet.len() + highlights.len() * 8);
    let mut ranges = highlights.iter().peekable();
    for (i, c) in snippet.chars().enumerate() {
        if ranges.peek().is_some_and(|[s, _]| *s == i) {
            out.push_str(open);
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
        if ranges.peek().is_some_and(|[_, e]| *e == i + 1) {
            out.push_str(close);
            ranges.next();
        }
    }
    out
}

/// Arguments of `rasd entity`.
#[derive(Debug, clap::Args)]
pub(crate) struct EntityArgs {
    /// The entity's id, name or any spelling of it.
    name: String,
    /// Print the profile as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataArgs,
}

/// Runs `rasd entity`.
pub(crate) fn entity(args: EntityArgs) -> anyhow::Result<ExitCode> {
    let store = Store::open_for_reading(&args.data.dir()?)?;
    let p = store.entity_profile(&args.name)?;
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &p)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let e = &p.entity;
    writeln!(
        out,
        "{} [{}] {} — {} articles",
        e.name, e.kind, e.id, p.articles
    )?;
    writeln!(out, "aliases: {}", p.aliases.join("، "))?;
    if !p.also_matched.is_empty() {
        let others: Vec<String> = p
            .also_matched
            .iter()
            .map(|o| format!("{} ({})", o.name, o.id))
            .collect();
        writeln!(out, "the name also matches: {}", others.join(", "))?;
    }
    let days: Vec<String> = p
        .per_day
        .iter()
        .map(|d| format!("{} {}", d.date, d.count))
        .collect();
    writeln!(out, "articles per day: {}", days.join(", "))?;
    let parts: Vec<String> = p
        .mentions_per_part
        .iter()
        .map(|(part, n)| format!("{part} {n}"))
        .collect();
    writeln!(out, "mentions by part: {}", parts.join(", "))?;
    let co: Vec<String> = p
        .co_mentioned
        .iter()
        .map(|c| format!("{} ({})", c.entity.name, c.articles))
        .collect();
    writeln!(out, "mentioned with: {}", co.join("، "))?;
    for q in &p.quotes {
        let kind = if q.direct { "said" } else { "reported" };
        writeln!(
            out,
            "  {} {kind}: «{}» — {}",
            q.day.as_deref().unwrap_or("?"),
            q.text,
            q.headline
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Arguments of `rasd relations`.
#[derive(Debug, clap::Args)]
pub(crate) struct RelationsArgs {
    /// First actor (id, name or spelling).
    a: String,
    /// Second actor.
    b: String,
    /// Print as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataArgs,
}

/// Runs `rasd relations`.
pub(crate) fn relations(args: RelationsArgs) -> anyhow::Result<ExitCode> {
    let store = Store::open_for_reading(&args.data.dir()?)?;
    let r = store.relations(&args.a, &args.b)?;
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &r)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "{} — {}: {} events",
            r.a.name,
            r.b.name,
            r.events.len()
        )?;
        for e in &r.events {
            let dir = if e.source.as_deref() == Some(r.a.id.as_str()) {
                "→"
            } else {
                "←"
            };
            let neg = if e.negated { " (not)" } else { "" };
            writeln!(
                out,
                "  {} {dir} {} {}{neg} [{:+.1}]: {}",
                e.day.as_deref().unwrap_or("?"),
                e.code,
                e.label,
                e.goldstein,
                e.sentence
            )?;
        }
        let roots: Vec<String> = r
            .per_root
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        writeln!(out, "per CAMEO root: {}", roots.join(", "))?;
        let weeks: Vec<String> = r
            .goldstein_per_week
            .iter()
            .map(|(w, g)| format!("{w} {g:+.1}"))
            .collect();
        writeln!(out, "Goldstein per week: {}", weeks.join(", "))?;
    }
    Ok(if r.events.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Tables `rasd export` writes.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(crate) enum WhatArg {
    Articles,
    Entities,
    Quotes,
    Events,
    Mentions,
}

/// Formats `rasd export` writes.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(crate) enum FormatArg {
    Jsonl,
    Csv,
    Parquet,
}

/// Arguments of `rasd export`.
#[derive(Debug, clap::Args)]
pub(crate) struct ExportArgs {
    /// What to export.
    #[arg(long, value_enum)]
    what: WhatArg,
    /// The file format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: FormatArg,
    /// Write to this file instead of stdout.
    #[arg(long, short)]
    output: Option<PathBuf>,
    #[command(flatten)]
    data: DataArgs,
}

/// Runs `rasd export`.
pub(crate) fn export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let store = Store::open_for_reading(&args.data.dir()?)?;
    let what = match args.what {
        WhatArg::Articles => What::Articles,
        WhatArg::Entities => What::Entities,
        WhatArg::Quotes => What::Quotes,
        WhatArg::Events => What::Events,
        WhatArg::Mentions => What::Mentions,
    };
    let format = match args.format {
        FormatArg::Jsonl => Format::Jsonl,
        FormatArg::Csv => Format::Csv,
        FormatArg::Parquet => Format::Parquet,
    };
    if format == Format::Parquet && args.output.is_none() && io::stdout().is_terminal() {
        anyhow::bail!("Parquet is binary: pass --output FILE or redirect stdout to a file");
    }
    let rows = match &args.output {
        Some(path) => write_to(path, |w| store.export(what, format, w))?,
        None => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            let n = store.export(what, format, &mut out)?;
            out.flush()?;
            n
        }
    };
    tracing::info!("{rows} rows exported");
    Ok(ExitCode::SUCCESS)
}

fn write_to(
    path: &Path,
    f: impl FnOnce(&mut dyn Write) -> rasd_store::Result<u64>,
) -> anyhow::Result<u64> {
    let file = std::fs::File::create(path)
        .with_context(|| format!("{}: cannot create the file", path.display()))?;
    let mut w = io::BufWriter::new(file);
    let n = f(&mut w).with_context(|| format!("{}: export failed", path.display()))?;
    w.flush()
        .with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_dates_become_iso() {
        assert_eq!(
            iso_date("2015-07-21 02:51:32").as_deref(),
            Some("2015-07-21T02:51:32")
        );
        assert_eq!(iso_date("2015-07-21").as_deref(), Some("2015-07-21"));
        assert_eq!(iso_date("nonsense"), None);
    }

    #[test]
    fn highlights_are_marked() {
        assert_eq!(
            mark("قال الرئيس اليوم", &[[4, 10]], false),
            "قال [الرئيس] اليوم"
        );
    }
}
