//! `rasd analyze PATH...`: pages to Analyses (the Article plus its entities, quotes and events).
//!
//! Paths are files, folders (read recursively, hidden files skipped, in name order) or `-` for
//! stdin. Pages are read in parallel (rayon); each is extracted (`rasd_extract::extract`) then analysed
//! (`rasd_analyze::Analyzer`), and printed in input order:
//!
//! - default: the headline and one line per entity (id, type, name, mentions, aliases);
//! - `--json`: the Analysis as pretty JSON (an array when there are several pages);
//! - `--jsonl`: one Analysis per line, compact.
//!
//! A page that fails does not stop the others: each failure is printed on stderr as
//! `rasd: PATH: reason`. Exit code: 0 when every page was analysed, 2 when some failed, 1 when
//! no page was found.

use std::io::{self, Write};
use std::process::ExitCode;

use rasd_analyze::Analyzer;
use rasd_model::Analysis;
use rayon::prelude::*;

use crate::pages;

/// Arguments of `rasd analyze`.
#[derive(Debug, clap::Args)]
pub(crate) struct AnalyzeArgs {
    #[command(flatten)]
    pages: pages::PageArgs,
    /// Use the gazetteers and rules only, without the statistical tagger (faster).
    #[arg(long)]
    no_tagger: bool,
}

/// Runs `rasd analyze`.
pub(crate) fn run(args: AnalyzeArgs) -> anyhow::Result<ExitCode> {
    let (inputs, failures) = pages::collect_all(&args.pages.paths)?;
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
    let opts = args.pages.options();
    let results: Vec<(String, anyhow::Result<Analysis>)> = inputs
        .par_iter()
        .map(|input| {
            let analysis = pages::extract_one(input, &opts, args.pages.content_type.as_deref())
                .map(|a| analyzer.analyze(&a));
            (input.name(), analysis)
        })
        .collect();

    pages::print_results(&results, &args.pages, failures, write_summary)
}

/// The default output: the headline, then one line per entity.
fn write_summary(out: &mut dyn Write, name: &str, a: &Analysis) -> io::Result<()> {
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
