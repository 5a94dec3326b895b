//! `rasd extract PATH...`: pages (HTML or plain text, any charset) to Articles.
//!
//! Paths are files, folders (read recursively, hidden files skipped, in name order) or `-` for
//! stdin. Pages are extracted in parallel (rayon) and printed in input order:
//!
//! - default: a short human-readable summary per page;
//! - `--json`: the Article as pretty JSON (an array when there are several pages);
//! - `--jsonl`: one Article per line, compact.
//!
//! A page that fails (empty, binary, too large, no article) does not stop the others: each failure
//! is printed on stderr as `rasd: PATH: reason`. Exit code: 0 when every page gave an article,
//! 2 when some failed, 1 when no page was found at all.

use std::io::{self, Write};
use std::process::ExitCode;

use rasd_model::Article;
use rayon::prelude::*;

use crate::pages;

/// Arguments of `rasd extract`.
#[derive(Debug, clap::Args)]
pub(crate) struct ExtractArgs {
    #[command(flatten)]
    pages: pages::PageArgs,
}

/// Runs `rasd extract`.
pub(crate) fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
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
    let opts = args.pages.options();
    let results: Vec<(String, anyhow::Result<Article>)> = inputs
        .par_iter()
        .map(|input| {
            (
                input.name(),
                pages::extract_one(input, &opts, args.pages.content_type.as_deref()),
            )
        })
        .collect();

    pages::print_results(&results, &args.pages, failures, write_summary)
}

/// The default output: a few lines a person can scan.
fn write_summary(out: &mut dyn Write, name: &str, a: &Article) -> io::Result<()> {
    writeln!(out, "{name}")?;
    writeln!(out, "  headline:  {}", a.headline)?;
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_string());
    writeln!(out, "  section:   {}", opt(&a.section))?;
    writeln!(out, "  published: {}", opt(&a.published))?;
    if !a.authors.is_empty() {
        writeln!(out, "  authors:   {}", a.authors.join(", "))?;
    }
    if let Some(img) = &a.image {
        writeln!(
            out,
            "  image:     {} ({})",
            opt(&img.caption),
            opt(&img.credit)
        )?;
    }
    writeln!(
        out,
        "  body:      {} paragraphs, {} words ({})",
        a.body.len(),
        a.word_count,
        opt(&a.language)
    )?;
    for r in &a.related {
        writeln!(out, "  related:   {}", r.title)?;
    }
    writeln!(out, "  publisher: {}", opt(&a.publisher))?;
    writeln!(out, "  id:        {}", a.id)?;
    writeln!(out)
}
