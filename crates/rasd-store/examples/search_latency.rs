//! Search latency and result sets over a store, for `bench/store/run.sh`.
//!
//! `cargo run --release -p rasd-store --example search_latency -- DATA_DIR QUERIES.txt ROUNDS`
//!
//! Each line of QUERIES.txt is a query. Every round runs every query as `rasd search` does
//! (10 hits with snippets, facets and counts per day) and times it; afterwards each query runs
//! once more, untimed, to list every matching article id (for recall). Prints one JSON object:
//! `{"latencies_ms": [...], "queries": [{"query", "total", "ids"}]}`. With `RASD_TIMING_ONLY=1`
//! the untimed pass is skipped (`"queries"` is empty), e.g. to profile the timed searches alone.

use std::path::PathBuf;
use std::time::Instant;

use rasd_store::{SearchRequest, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(data), Some(queries)) = (args.first(), args.get(1)) else {
        return Err("usage: search_latency DATA_DIR QUERIES.txt [ROUNDS]".into());
    };
    let rounds: usize = args.get(2).map_or(Ok(5), |r| r.parse())?;
    let store = Store::open_read_only(&PathBuf::from(data))?;
    let queries: Vec<String> = std::fs::read_to_string(queries)?
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    // One warm-up pass: the first touch of each posting list reads it from disk.
    for q in &queries {
        store.search(&SearchRequest::new(q))?;
    }
    let mut latencies = Vec::new();
    for _ in 0..rounds {
        for q in &queries {
            let start = Instant::now();
            let res = store.search(&SearchRequest::new(q))?;
            latencies.push(start.elapsed().as_secs_f64() * 1000.0);
            assert!(res.hits.len() <= 10);
        }
    }
    let mut out = Vec::new();
    let timing_only = std::env::var_os("RASD_TIMING_ONLY").is_some_and(|v| v == "1");
    for q in queries.iter().filter(|_| !timing_only) {
        let mut req = SearchRequest::new(q);
        req.limit = 1_000_000;
        req.facets = false;
        let res = store.search(&req)?;
        let ids: Vec<String> = res.hits.into_iter().map(|h| h.id).collect();
        out.push(serde_json::json!({"query": q, "total": res.total, "ids": ids}));
    }
    println!(
        "{}",
        serde_json::json!({"latencies_ms": latencies, "queries": out})
    );
    Ok(())
}
