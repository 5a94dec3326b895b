//! Normalization, tokenization and sentence splitting throughput (MB/s) on SaudiNewsNet
//! `content`: the corpus file `bench/text/run.sh` writes (`bench/out/text/
//! saudinewsnet-content.txt`, or `RASD_TEXT_CORPUS`), its first 8 MB. Without it, the bench
//! says so and skips. Figures for BENCHMARKS.md come from `bench/text/run.sh`, which also runs
//! the pyarabic peer; this bench is for profiling changes.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasd_text::normalize::{normalize_into, Profile};
use rasd_text::sentence::sentences;
use rasd_text::token::{tokenize, Tokenizer};

const SAMPLE_BYTES: usize = 8 << 20;

fn corpus() -> Option<String> {
    let path = match std::env::var_os("RASD_TEXT_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../bench/out/text/saudinewsnet-content.txt"
        )),
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "skipping the text bench: {} is missing; run bench/text/run.sh",
            path.display()
        );
        return None;
    };
    let mut cut = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    Some(text.get(..cut).unwrap_or_default().to_owned())
}

fn bench_text(c: &mut Criterion) {
    let Some(text) = corpus() else { return };
    // Warm the lazy tables (stopwords, exceptions) outside the timed loops.
    let _ = Tokenizer::new()
        .split_clitics(true)
        .tokens("والكتاب")
        .count();
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    let mut out = String::with_capacity(text.len());
    for profile in [Profile::Search, Profile::Light] {
        group.bench_function(format!("normalize/{}", profile.name()), |b| {
            b.iter(|| {
                out.clear();
                normalize_into(black_box(&text), profile, &mut out);
                assert!(!out.is_empty());
            })
        });
    }
    group.bench_function("tokenize", |b| {
        b.iter(|| assert!(tokenize(black_box(&text)).count() > 0))
    });
    let clitics = Tokenizer::new().split_clitics(true);
    group.bench_function("tokenize+clitics", |b| {
        b.iter(|| assert!(clitics.tokens(black_box(&text)).count() > 0))
    });
    group.bench_function("sentences", |b| {
        b.iter(|| assert!(!sentences(black_box(&text)).is_empty()))
    });
    group.finish();
}

criterion_group!(benches, bench_text);
criterion_main!(benches);
