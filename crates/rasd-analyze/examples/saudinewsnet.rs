//! Entity recognition over SaudiNewsNet at scale: throughput and the most frequent entities
//! (to read for false positives).
//!
//! ```sh
//! cargo run --release -p rasd-analyze --example saudinewsnet -- ../shared/data/saudinewsnet/dataset [LIMIT] [--no-tagger]
//! ```
//!
//! Prints articles/s and words/s of `Analyzer::entities` (headline and body of each article),
//! then the 40 most mentioned entities and the 40 most mentioned cities with their spellings.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use rasd_analyze::Analyzer;
use rasd_model::Article;

#[path = "support/saudinewsnet.rs"]
mod saudinewsnet;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(
        args.first()
            .map(String::as_str)
            .unwrap_or("../shared/data/saudinewsnet/dataset"),
    );
    let limit = args
        .get(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(usize::MAX);
    let no_tagger = args.iter().any(|a| a == "--no-tagger");
    let articles = match saudinewsnet::load(&dir, limit) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("saudinewsnet: {e}");
            std::process::exit(2);
        }
    };
    let words = saudinewsnet::word_count(&articles);
    let analyzer = if no_tagger {
        Analyzer::without_tagger()
    } else {
        Analyzer::new()
    };
    // Warm up lazy statics (the tagger model) outside the timing.
    let _ = analyzer.entities(&Article {
        body: vec!["مالي".into()],
        ..Article::default()
    });
    let start = Instant::now();
    let mut counts: HashMap<String, (usize, String, HashMap<String, usize>)> = HashMap::new();
    let mut total = 0usize;
    for a in &articles {
        for e in analyzer.entities(a) {
            total += e.mentions.len();
            let slot = counts
                .entry(e.id.clone())
                .or_insert_with(|| (0, e.name.clone(), HashMap::new()));
            slot.0 += e.mentions.len();
            for m in &e.mentions {
                *slot.2.entry(m.text.clone()).or_default() += 1;
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} articles, {} words, {} mentions in {:.2} s: {:.0} articles/s, {:.0} words/s ({})",
        articles.len(),
        words,
        total,
        secs,
        articles.len() as f64 / secs,
        words as f64 / secs,
        if no_tagger {
            "gazetteer and rules"
        } else {
            "gazetteer, rules and tagger"
        }
    );
    let mut ranked: Vec<_> = counts.iter().collect();
    ranked.sort_by_key(|b| std::cmp::Reverse(b.1 .0));
    let show = |(id, (n, name, spellings)): (&String, &(usize, String, HashMap<String, usize>))| {
        let mut s: Vec<_> = spellings.iter().collect();
        s.sort_by(|a, b| b.1.cmp(a.1));
        let s: Vec<String> = s.iter().take(6).map(|(t, n)| format!("{t}:{n}")).collect();
        println!("  {n:>7} {id:<28} {name}  [{}]", s.join(" "));
    };
    println!("most mentioned:");
    ranked.iter().take(40).for_each(|(id, v)| show((id, v)));
    println!("most mentioned cities:");
    ranked
        .iter()
        .filter(|(id, _)| id.matches(':').count() == 2)
        .take(40)
        .for_each(|(id, v)| show((id, v)));
}
