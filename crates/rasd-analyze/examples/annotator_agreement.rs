//! How far two annotators of the same records agree: scores the second annotation (`OTHER`, e.g.
//! a blind re-annotation of a set's text) against the first (`GOLD`) with the very rules that
//! score rasd (`events::eval::score`: quotes by speaker and text overlap, events by CAMEO root,
//! source, target and negation). The figures are the ceiling a system can reach on `GOLD` when
//! careful annotators differ as much as these two.
//!
//! ```sh
//! cargo run --release -p rasd-analyze --example annotator_agreement -- \
//!   crates/rasd-analyze/eval/quotes_events_dev19.jsonl crates/rasd-analyze/eval/blind/dev19_blind.jsonl
//! ```
//!
//! Records are paired by id; a record missing from `OTHER` counts as annotated with nothing.

use std::collections::HashMap;
use std::process::ExitCode;

use rasd_analyze::events::eval::{load_records, score, EvalRecord};
use rasd_model::{Event, Quote};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let errors = args.iter().any(|a| a == "--errors");
    let paths: Vec<&String> = args.iter().filter(|a| *a != "--errors").collect();
    let [gold_path, other_path] = paths.as_slice() else {
        eprintln!("usage: annotator_agreement GOLD.jsonl OTHER.jsonl [--errors]");
        return ExitCode::from(2);
    };
    let load = |p: &str| load_records(std::path::Path::new(p));
    let (gold, other) = match (load(gold_path), load(other_path)) {
        (Ok(g), Ok(o)) => (g, o),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("annotator_agreement: {e}");
            return ExitCode::from(2);
        }
    };
    let by_id: HashMap<&str, &EvalRecord> = other.iter().map(|r| (r.id.as_str(), r)).collect();
    let report = score(&gold, |article, entities| {
        let Some(o) = by_id.get(article.id.as_str()) else {
            return (entities.to_vec(), Vec::new(), Vec::new());
        };
        // Gold entities have id = name, so the other annotator's names are entity ids.
        let quotes = o
            .quotes
            .iter()
            .map(|q| Quote {
                speaker: q.speaker.clone(),
                speaker_text: q.speaker.clone(),
                text: q.text.clone(),
                direct: false,
                paragraph: 0,
            })
            .collect();
        let events = o
            .events
            .iter()
            .map(|e| Event {
                code: e.code.clone(),
                source: e.source.clone(),
                target: e.target.clone(),
                negated: e.negated,
                label: String::new(),
                source_country: None,
                target_country: None,
                goldstein: 0.0,
                date: None,
                paragraph: 0,
                sentence: String::new(),
            })
            .collect();
        (entities.to_vec(), quotes, events)
    });
    if errors {
        for e in &report.errors {
            println!("  {e}");
        }
    }
    println!(
        "{gold_path} (gold) vs {other_path} ({} records)",
        report.records
    );
    println!("  quotes              {}", report.quotes);
    println!("  events              {}", report.events);
    println!("  events (by country) {}", report.events_by_country);
    ExitCode::SUCCESS
}
