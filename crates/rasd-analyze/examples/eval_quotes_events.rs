//! Throughput of quote and event finding over SaudiNewsNet, alone and inside the full analysis.
//!
//! ```sh
//! cargo run --release -p rasd-analyze --example eval_quotes_events -- ../shared/data/saudinewsnet/dataset [LIMIT]
//! ```
//!
//! Loads LIMIT articles (default 5000), then on one thread: (1) `Analyzer::analyze` (entities,
//! quotes, events) on each; (2) given the entities (1) found, `find_quotes_and_events`
//! alone. Prints articles/s of each and how many quotes and events were found, so that a broken
//! pipeline cannot look fast. On Linux it also prints articles per CPU-second of the thread
//! (`/proc/thread-self/schedstat`), the per-core rate that a loaded machine does not distort. With `--eval SET.jsonl…` instead of a directory, prints the
//! precision and recall of quotes and events on annotated sets, with gold entities and with the
//! Analyzer's (what `rasd eval-events` prints); `--eval --errors SET.jsonl…` also prints every
//! missed and extra quote or event, and `--gold` scores with gold entities only.
//!
//! The allocator is mimalloc, as in the `rasd` binary that analyses pages for users (`rasd
//! ingest`, `rasd analyze`): glibc's malloc and free were about 12 % of the instructions of a
//! full analysis (BENCHMARKS.md, "Speed (session 7)").

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use rasd_analyze::events::find_quotes_and_events;
use rasd_analyze::Analyzer;

#[path = "support/saudinewsnet.rs"]
mod saudinewsnet;

/// The allocator of the `rasd` binary (`crates/rasd/src/main.rs`), so that the figure is the
/// one users get.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Seconds this thread has spent on a CPU, when the kernel tells (Linux).
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn eval(args: &[String]) -> ExitCode {
    let errors = args.iter().any(|a| a == "--errors");
    let gold_only = args.iter().any(|a| a == "--gold");
    let paths: Vec<&String> = args
        .iter()
        .filter(|a| *a != "--errors" && *a != "--gold")
        .collect();
    use rasd_analyze::events::eval::{load_records, score};
    for path in paths {
        let path = path.as_str();
        let records = match load_records(std::path::Path::new(path)) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("eval_quotes_events: {e}");
                return ExitCode::from(2);
            }
        };
        let modes: &[bool] = if gold_only { &[true] } else { &[true, false] };
        for &gold in modes {
            let report = score(&records, |a, g| {
                if gold {
                    let (q, e) = find_quotes_and_events(a, g);
                    (g.to_vec(), q, e)
                } else {
                    let x = Analyzer::embedded().analyze(a);
                    (x.entities, x.quotes, x.events)
                }
            });
            let mode = if gold { "gold entities" } else { "Analyzer" };
            if errors {
                for e in &report.errors {
                    println!("  [{mode}] {e}");
                }
            }
            println!("{path} ({} records, {mode})", report.records);
            println!("  quotes              {}", report.quotes);
            println!("  events              {}", report.events);
            println!("  events (by country) {}", report.events_by_country);
        }
    }
    ExitCode::SUCCESS
}

/// `--entities SET.jsonl [ID]`: the Analyzer's entities of each record (or of record ID), with
/// the words of their mentions: what the quote and event stage is given.
fn dump_entities(args: &[String]) -> ExitCode {
    use rasd_analyze::events::eval::{record_article, EvalRecord};
    let Some(path) = args.first() else {
        eprintln!("eval_quotes_events: --entities needs SET.jsonl [ID]");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("eval_quotes_events: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let r: EvalRecord = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("eval_quotes_events: {path}:{}: {e}", n + 1);
                return ExitCode::from(2);
            }
        };
        if args.get(1).is_some_and(|id| *id != r.id) {
            continue;
        }
        let analysis = Analyzer::embedded().analyze(&record_article(&r));
        println!("{}", r.id);
        for e in &analysis.entities {
            let words: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
            println!(
                "  {:?} {} {:?}: {}",
                e.kind,
                e.id,
                e.country,
                words.join(" | ")
            );
        }
    }
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let all: Vec<String> = std::env::args().skip(1).collect();
    if all.first().is_some_and(|a| a == "--entities") {
        return dump_entities(all.get(1..).unwrap_or_default());
    }
    if all.first().is_some_and(|a| a == "--eval") {
        return eval(all.get(1..).unwrap_or_default());
    }
    let mut args = all.into_iter();
    let dir = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/data/saudinewsnet/dataset".into()),
    );
    let limit = args.next().and_then(|n| n.parse().ok()).unwrap_or(5000);
    let articles = match saudinewsnet::load(&dir, limit) {
        Ok(a) if !a.is_empty() => a,
        Ok(_) => {
            eprintln!("eval_quotes_events: {}: no articles found", dir.display());
            return ExitCode::from(1);
        }
        Err(e) => {
            eprintln!("eval_quotes_events: {e}");
            return ExitCode::from(2);
        }
    };
    let analyzer = Analyzer::embedded();
    // Warm the lazily built tables.
    let _ = analyzer.analyze(&articles[0]);

    let cpu0 = thread_cpu_seconds();
    let start = Instant::now();
    let (mut quotes, mut events) = (0, 0);
    let mut entities = Vec::with_capacity(articles.len());
    for a in &articles {
        let analysis = analyzer.analyze(a);
        quotes += analysis.quotes.len();
        events += analysis.events.len();
        entities.push(analysis.entities);
    }
    let full = start.elapsed().as_secs_f64();
    let full_cpu = cpu0.zip(thread_cpu_seconds()).map(|(a, b)| b - a);

    // The second pass is given the entities the first found (with the speakers it added).
    let cpu0 = thread_cpu_seconds();
    let start = Instant::now();
    let (mut q2, mut e2) = (0, 0);
    for (a, ents) in articles.iter().zip(&entities) {
        let (q, e) = find_quotes_and_events(a, ents);
        q2 += q.len();
        e2 += e.len();
    }
    let alone = start.elapsed().as_secs_f64();
    let alone_cpu = cpu0.zip(thread_cpu_seconds()).map(|(a, b)| b - a);
    assert_eq!((quotes, events), (q2, e2), "the two runs disagree");
    assert!(
        quotes > 0 && events > 0,
        "nothing found: the pipeline is broken"
    );
    let n = articles.len() as f64;
    println!(
        "articles {}  quotes {quotes}  events {events}",
        articles.len()
    );
    println!(
        "full analysis (entities+quotes+events): {:.0} articles/s ({full:.2} s)",
        n / full
    );
    println!(
        "quotes+events alone:                     {:.0} articles/s ({alone:.2} s)",
        n / alone
    );
    if let (Some(f), Some(a)) = (full_cpu, alone_cpu) {
        println!(
            "per CPU-second of the thread: full analysis {:.0} articles/s ({f:.2} s on CPU), quotes+events alone {:.0} articles/s ({a:.2} s on CPU)",
            n / f,
            n / a
        );
    }
    ExitCode::SUCCESS
}
