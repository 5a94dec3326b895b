//! Every event the full analysis finds on the first LIMIT SaudiNewsNet articles, one JSON line
//! each (article index, code, source and target names, sentence): two builds' outputs diffed
//! show which events a lexicon change adds or removes. With `--full`, the whole Analysis of each
//! article instead (entities, quotes, events): a speed change must leave it identical.
//!
//! ```sh
//! cargo run --release -p rasd-analyze --example event_dump -- ../shared/data/saudinewsnet/dataset 3000 > events.jsonl
//! cargo run --release -p rasd-analyze --example event_dump -- ../shared/data/saudinewsnet/dataset 3000 --full > analyses.jsonl
//! ```

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use rasd_analyze::Analyzer;

#[path = "support/saudinewsnet.rs"]
mod saudinewsnet;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let full = args.iter().any(|a| a == "--full");
    args.retain(|a| a != "--full");
    let Some(dir) = args.first().map(PathBuf::from) else {
        eprintln!("usage: event_dump DATASET_DIR [LIMIT] [--full]");
        return ExitCode::FAILURE;
    };
    let limit = match args.get(1).map(|s| s.parse::<usize>()) {
        None => 3000,
        Some(Ok(n)) => n,
        Some(Err(e)) => {
            eprintln!("LIMIT: {e}");
            return ExitCode::FAILURE;
        }
    };
    let articles = match saudinewsnet::load(&dir, limit) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let analyzer = Analyzer::embedded();
    let mut out = std::io::stdout().lock();
    for (n, article) in articles.iter().enumerate() {
        let a = analyzer.analyze(article);
        if full {
            let line = serde_json::json!({ "article": n, "analysis": a });
            if writeln!(out, "{line}").is_err() {
                return ExitCode::FAILURE;
            }
            continue;
        }
        let name = |id: &Option<String>| {
            id.as_ref().map(|id| {
                a.entities
                    .iter()
                    .find(|e| &e.id == id)
                    .map_or(id.clone(), |e| e.name.clone())
            })
        };
        for e in &a.events {
            let line = serde_json::json!({
                "article": n,
                "code": e.code,
                "source": name(&e.source),
                "target": name(&e.target),
                "negated": e.negated,
                "paragraph": e.paragraph,
                "sentence": e.sentence,
            });
            if writeln!(out, "{line}").is_err() {
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
