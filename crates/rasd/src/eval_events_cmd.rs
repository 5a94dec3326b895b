//! `rasd eval-events`: precision and recall of quotes and events on an annotated set.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::bail;
use clap::{Args, ValueEnum};
use rasd_analyze::events::eval;

/// Where the entities come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum EntitySource {
    /// The full pipeline: `Analyzer` recognizes and resolves the entities itself.
    Analyzer,
    /// The set's gold entities: scores quote and event finding alone.
    Gold,
}

/// Arguments of `rasd eval-events`.
#[derive(Debug, Args)]
pub(crate) struct EvalEventsArgs {
    /// The annotated set (JSON Lines: text, entities, gold quotes and events).
    #[arg(default_value = "crates/rasd-analyze/eval/quotes_events.jsonl")]
    set: PathBuf,
    /// Where entities come from.
    #[arg(long, value_enum, default_value = "analyzer")]
    entities: EntitySource,
    /// Print every missed and extra quote or event.
    #[arg(long)]
    errors: bool,
}

/// Runs the evaluation and prints the scores.
pub(crate) fn run(args: EvalEventsArgs) -> anyhow::Result<ExitCode> {
    let records = eval::load_records(&args.set)?;
    if records.is_empty() {
        bail!("{}: no records", args.set.display());
    }
    let analyzer = rasd_analyze::Analyzer::embedded();
    let report = eval::score(&records, |article, gold| match args.entities {
        EntitySource::Gold => {
            let (q, e) = rasd_analyze::events::find_quotes_and_events(article, gold);
            (gold.to_vec(), q, e)
        }
        EntitySource::Analyzer => {
            let a = analyzer.analyze(article);
            (a.entities, a.quotes, a.events)
        }
    });
    let mut out = io::stdout().lock();
    if args.errors {
        for e in &report.errors {
            writeln!(out, "{e}")?;
        }
    }
    let line = |name: &str, c: &eval::Counts| format!("{name:<22} {c}");
    writeln!(
        out,
        "records {} (entities: {:?})",
        report.records, args.entities
    )?;
    writeln!(out, "{}", line("quotes", &report.quotes))?;
    writeln!(out, "{}", line("events", &report.events))?;
    writeln!(
        out,
        "{}",
        line("events (by country)", &report.events_by_country)
    )?;
    Ok(ExitCode::SUCCESS)
}
