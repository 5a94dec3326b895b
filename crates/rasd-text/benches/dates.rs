//! `date::find` over news lines: SaudiNewsNet `content` lines plus one date line per article
//! (written by `bench/dates_lines.py`; run `bench/dates.sh`). Reports lines/s.
//!
//! Before timing, prints how many date lines give their expected ISO value, and on how many
//! running-text lines `find` sees a date (dates in the body, and any false positives; a sample is
//! printed to read).

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasd_text::date;

fn lines_path() -> PathBuf {
    match std::env::var_os("RASD_DATE_LINES") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../bench/out/date_lines.txt"
        )),
    }
}

fn bench_find(c: &mut Criterion) {
    let path = lines_path();
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "skipping the date bench: {} is missing; run bench/dates.sh",
            path.display()
        );
        return;
    };
    let lines: Vec<&str> = text.lines().collect();
    let expected_path = path.with_extension("expected");
    let expected: Vec<(usize, String)> = std::fs::read_to_string(&expected_path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let (n, iso) = l.split_once('\t')?;
            Some((n.parse().ok()?, iso.to_string()))
        })
        .collect();

    // Accuracy on the generated date lines, and what `find` sees in running text.
    let correct = expected
        .iter()
        .filter(|(n, iso)| {
            lines
                .get(*n)
                .and_then(|l| date::find(l, None))
                .is_some_and(|m| m.value.to_iso() == *iso)
        })
        .count();
    let date_lines: std::collections::HashSet<usize> = expected.iter().map(|e| e.0).collect();
    let body_hits: Vec<(&str, String)> = lines
        .iter()
        .enumerate()
        .filter(|(n, _)| !date_lines.contains(n))
        .filter_map(|(_, l)| {
            let m = date::find(l, None)?;
            let span: String = l.chars().skip(m.start).take(m.end - m.start).collect();
            Some((*l, format!("{span} → {}", m.value)))
        })
        .collect();
    let bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
    eprintln!(
        "{} lines ({:.1} MB); date lines right: {correct}/{}; running-text lines with a date: {}",
        lines.len(),
        bytes as f64 / 1e6,
        expected.len(),
        body_hits.len()
    );
    for (_, hit) in body_hits
        .iter()
        .step_by((body_hits.len() / 12).max(1))
        .take(12)
    {
        eprintln!("  sample: {hit}");
    }
    let found = lines
        .iter()
        .filter(|l| date::find(l, None).is_some())
        .count();

    // Lines per CPU-second (this thread's user + system time, so a loaded machine changes it
    // little); the median of 5 passes of 4 rounds over all lines each (the clock ticks every
    // 10 ms: a pass of about a second keeps that error near 1 %). Criterion's figures below are
    // wall-clock.
    const ROUNDS: usize = 4;
    let mut rates: Vec<f64> = (0..5)
        .filter_map(|_| {
            let t0 = thread_cpu_ns()?;
            for _ in 0..ROUNDS {
                let n = lines
                    .iter()
                    .filter(|l| date::find(black_box(l), None).is_some())
                    .count();
                assert_eq!(n, found);
            }
            let t1 = thread_cpu_ns()?;
            let secs = t1.saturating_sub(t0).max(1) as f64 / 1e9;
            Some((ROUNDS * lines.len()) as f64 / secs)
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    if let Some(median) = rates.get(rates.len() / 2) {
        eprintln!(
            "find, no now: {median:.0} lines per CPU-second ({:.1} MB/s)",
            median * bytes as f64 / lines.len() as f64 / 1e6
        );
    }

    let mut g = c.benchmark_group("date");
    g.throughput(Throughput::Elements(lines.len() as u64));
    g.sample_size(10);
    g.bench_function("find/lines", |b| {
        b.iter(|| {
            let n = lines
                .iter()
                .filter(|l| date::find(black_box(l), None).is_some())
                .count();
            assert_eq!(n, found);
            n
        })
    });
    let now = date::NaiveDate::from_ymd_opt(2015, 7, 21).and_then(|d| d.and_hms_opt(12, 0, 0));
    let found_now = lines
        .iter()
        .filter(|l| date::find(l, now).is_some())
        .count();
    g.bench_function("find_with_now/lines", |b| {
        b.iter(|| {
            let n = lines
                .iter()
                .filter(|l| date::find(black_box(l), now).is_some())
                .count();
            assert_eq!(n, found_now);
            n
        })
    });
    g.finish();
}

/// This thread's CPU time (user + system) in nanoseconds, from Linux `/proc/thread-self/stat`
/// (in clock ticks of 10 ms, the Linux default `USER_HZ`); `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    let rest = stat.rsplit_once(')')?.1;
    let mut fields = rest.split_whitespace().skip(11);
    let utime: u64 = fields.next()?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some((utime + stime) * 10_000_000)
}

criterion_group!(benches, bench_find);
criterion_main!(benches);
