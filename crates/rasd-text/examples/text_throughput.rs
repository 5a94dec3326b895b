//! Throughput of normalization and tokenization over a text file, one thread; prints the
//! median MB/s of several runs. Used by `bench/text/run.sh`.
//!
//! Usage: `cargo run --release -p rasd-text --example text_throughput -- FILE [RUNS]`

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use rasd_text::normalize::{normalize_into, Profile};
use rasd_text::sentence::sentences;
use rasd_text::token::{tokenize, Tokenizer};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: text_throughput FILE [RUNS]");
        return ExitCode::from(2);
    };
    let runs: usize = match args.next().map(|r| r.parse()) {
        None => 7,
        Some(Ok(r)) if r > 0 => r,
        Some(_) => {
            eprintln!("text_throughput: RUNS must be a positive integer");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("text_throughput: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mb = text.len() as f64 / 1e6;

    let mut out = String::new();
    report("normalize", mb, runs, || {
        // Line by line with one reused buffer, as `rasd normalize` does.
        let mut n = 0;
        for line in black_box(&text).split_inclusive('\n') {
            out.clear();
            normalize_into(line, Profile::Search, &mut out);
            n += out.len();
        }
        n
    });
    report("tokenize", mb, runs, || tokenize(black_box(&text)).count());
    let clitics = Tokenizer::new().split_clitics(true);
    report("tokenize+clitics", mb, runs, || {
        clitics.tokens(black_box(&text)).count()
    });
    report("sentences", mb, runs, || sentences(black_box(&text)).len());
    ExitCode::SUCCESS
}

/// CPU time of this thread, from `/proc/thread-self/schedstat` (Linux), in seconds. The
/// machine is shared, so wall time counts other processes' work; CPU time does not.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn report(name: &str, mb: f64, runs: usize, mut f: impl FnMut() -> usize) {
    let mut wall = Vec::with_capacity(runs);
    let mut cpu = Vec::with_capacity(runs);
    let mut count = 0;
    for _ in 0..runs {
        let c0 = thread_cpu_seconds();
        let t = Instant::now();
        count = f();
        wall.push(t.elapsed().as_secs_f64());
        if let (Some(c0), Some(c1)) = (c0, thread_cpu_seconds()) {
            cpu.push(c1 - c0);
        }
        // A broken pipeline must not look fast.
        assert!(count > 0, "{name} produced nothing");
    }
    let wall = mb / median(wall);
    let cpu = if cpu.is_empty() {
        wall
    } else {
        mb / median(cpu)
    };
    println!(
        "{name} {cpu:.1} MB/s cpu-time, {wall:.1} MB/s wall  (rasd-text, median of {runs}, {mb:.1} MB, {count} out)"
    );
}
