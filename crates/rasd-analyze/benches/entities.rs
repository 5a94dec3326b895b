//! Entity recognition throughput on SaudiNewsNet: the first 300 articles of the first daily zip
//! (headline and body), with the gazetteers and rules alone and with the statistical tagger.
//! Throughput is in words (whitespace-separated), so criterion prints words/s.
//!
//! ```sh
//! cargo bench -p rasd-analyze --bench entities
//! ```
//!
//! Skips (prints why) when `../shared/data/saudinewsnet` is absent (set `RASD_SHARED`).

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasd_analyze::Analyzer;
use rasd_model::Article;

#[path = "../examples/support/saudinewsnet.rs"]
mod saudinewsnet;

const ARTICLES: usize = 300;

fn articles() -> Option<Vec<Article>> {
    let shared = std::env::var_os("RASD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into());
    saudinewsnet::load(&shared.join("data/saudinewsnet/dataset"), ARTICLES).ok()
}

fn bench_entities(c: &mut Criterion) {
    let Some(articles) = articles() else {
        eprintln!(
            "skipping the entities bench: ../shared/data/saudinewsnet is absent (set RASD_SHARED)"
        );
        return;
    };
    let words = saudinewsnet::word_count(&articles);
    let mut group = c.benchmark_group("entities");
    group.throughput(Throughput::Elements(words as u64));
    group.sample_size(10);
    for (label, analyzer) in [
        ("rules", Analyzer::without_tagger()),
        ("rules+tagger", Analyzer::new()),
    ] {
        // Warm lazy statics (gazetteer already built; the tagger model loads on first use).
        let expected: usize = articles.iter().map(|a| analyzer.entities(a).len()).sum();
        assert!(
            expected > 0,
            "no entities found in {} articles",
            articles.len()
        );
        group.bench_function(label, |b| {
            b.iter(|| {
                let found: usize = articles
                    .iter()
                    .map(|a| analyzer.entities(black_box(a)).len())
                    .sum();
                assert_eq!(found, expected);
                found
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_entities);
criterion_main!(benches);
