//! The ScrapingHub article-extraction benchmark: quality (shingle F1) and speed on one core.
//!
//! ```text
//! cargo run --release -p rasd-extract --example scrapinghub -- [--text] DIR
//! cargo run --release -p rasd-extract --example scrapinghub -- --score-json OUT.json DIR
//! ```
//!
//! `DIR` is the benchmark folder (`ground-truth.json`, `html/*.html.gz`, `text/*.txt`).
//!
//! - default: every HTML page goes through `decode` and `html::extract_html`, single-threaded;
//! - `--text`: every `text/<id>.txt` goes through `plain::extract_text` instead;
//! - `--score-json FILE`: scores another extractor's output, a JSON object
//!   `{"<id>": {"articleBody": "…", "title": "…"}}`, with the same metric (used by
//!   `bench/extract/run.sh` to score trafilatura);
//! - `--dump FILE`: also writes rasd's own output in that format;
//! - `--articles FILE`: also writes every whole Article as JSON Lines (`{"id", "article"}`), to
//!   check that a speed change leaves every field as it was (`cmp` two such files);
//! - `--worst N`: lists the N pages with the lowest F1;
//! - `--runs N`: extracts every page N times and reports the median run's speed.
//!
//! Prints pages, F1/precision/recall, title exact-match rate (when the ground truth has
//! titles), pages per second and the process's peak resident memory (`VmHWM`).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rasd_extract::score::{compare, title_matches, PageCounts, Score};
use rasd_extract::Options;

struct Args {
    dir: PathBuf,
    text: bool,
    score_json: Option<PathBuf>,
    dump: Option<PathBuf>,
    articles: Option<PathBuf>,
    worst: usize,
    runs: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        dir: PathBuf::new(),
        text: false,
        score_json: None,
        dump: None,
        articles: None,
        worst: 0,
        runs: 1,
    };
    let mut it = std::env::args().skip(1);
    let mut dir = None;
    while let Some(x) = it.next() {
        match x.as_str() {
            "--text" => a.text = true,
            "--score-json" => {
                a.score_json = Some(it.next().ok_or("--score-json needs a file")?.into())
            }
            "--dump" => a.dump = Some(it.next().ok_or("--dump needs a file")?.into()),
            "--articles" => a.articles = Some(it.next().ok_or("--articles needs a file")?.into()),
            "--worst" => {
                a.worst = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .ok_or("--worst needs a number")?
            }
            "--runs" => {
                a.runs = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|n| *n > 0)
                    .ok_or("--runs needs a number > 0")?
            }
            _ if x.starts_with("--") => return Err(format!("unknown flag {x}")),
            _ => dir = Some(PathBuf::from(x)),
        }
    }
    a.dir =
        dir.ok_or("usage: scrapinghub [--text] [--score-json FILE] [--dump FILE] [--articles FILE] [--worst N] [--runs N] DIR")?;
    Ok(a)
}

struct Truth {
    id: String,
    body: String,
    url: Option<String>,
    title: Option<String>,
}

fn read_truth(dir: &Path) -> Result<Vec<Truth>, String> {
    let path = dir.join("ground-truth.json");
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let v: serde_json::Value =
        serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
    let obj = v
        .as_object()
        .ok_or_else(|| format!("{}: not a JSON object", path.display()))?;
    let mut out: Vec<Truth> = obj
        .iter()
        .map(|(id, e)| Truth {
            id: id.clone(),
            body: e
                .get("articleBody")
                .and_then(|b| b.as_str())
                .unwrap_or("")
                .to_string(),
            url: e.get("url").and_then(|u| u.as_str()).map(str::to_string),
            title: e.get("title").and_then(|u| u.as_str()).map(str::to_string),
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

fn read_input(dir: &Path, id: &str, text: bool) -> Result<Vec<u8>, String> {
    if text {
        let p = dir.join("text").join(format!("{id}.txt"));
        return std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()));
    }
    let p = dir.join("html").join(format!("{id}.html.gz"));
    let f = std::fs::File::open(&p).map_err(|e| format!("{}: {e}", p.display()))?;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(f)
        .read_to_end(&mut out)
        .map_err(|e| format!("{}: {e}", p.display()))?;
    Ok(out)
}

/// CPU time this thread has run, in seconds (`/proc/thread-self/schedstat`, nanoseconds), so
/// that speed on a busy shared machine counts only our own time on the core.
fn thread_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}

fn peak_rss_kb() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// (body, title) per page id.
type Outputs = BTreeMap<String, (String, Option<String>)>;

fn report(name: &str, truth: &[Truth], outputs: &Outputs, worst: usize) {
    let mut per_page: Vec<(&str, PageCounts)> = Vec::new();
    let (mut titled, mut title_ok) = (0usize, 0usize);
    for t in truth {
        let (body, title) = outputs
            .get(&t.id)
            .map(|(b, t)| (b.as_str(), t.as_deref()))
            .unwrap_or(("", None));
        per_page.push((&t.id, compare(&t.body, body)));
        if let Some(want) = &t.title {
            titled += 1;
            if title.is_some_and(|g| title_matches(want, g)) {
                title_ok += 1;
            }
        }
    }
    let s = Score::from_pages(per_page.iter().map(|(_, c)| *c));
    println!(
        "{name}: pages {}  F1 {:.4}  precision {:.4}  recall {:.4}",
        s.pages, s.f1, s.precision, s.recall
    );
    if titled > 0 {
        println!(
            "{name}: title exact-match {title_ok}/{titled} = {:.3}",
            title_ok as f64 / titled as f64
        );
    } else {
        println!("{name}: title exact-match n/a (the ground truth has no titles)");
    }
    if worst > 0 {
        let f1 = |c: &PageCounts| {
            let (p, r) = (c.precision().unwrap_or(0.0), c.recall().unwrap_or(0.0));
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            }
        };
        per_page.sort_by(|a, b| f1(&a.1).total_cmp(&f1(&b.1)));
        for (id, c) in per_page.iter().take(worst) {
            println!(
                "  {id}  f1 {:.3}  p {:.3}  r {:.3}",
                f1(c),
                c.precision().unwrap_or(0.0),
                c.recall().unwrap_or(0.0)
            );
        }
    }
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let truth = read_truth(&args.dir)?;
    if let Some(file) = &args.score_json {
        let raw = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        let v: serde_json::Value =
            serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", file.display()))?;
        let obj = v
            .as_object()
            .ok_or_else(|| format!("{}: not a JSON object", file.display()))?;
        let outputs: Outputs = obj
            .iter()
            .map(|(id, e)| {
                let body = e
                    .get("articleBody")
                    .and_then(|b| b.as_str())
                    .unwrap_or("")
                    .to_string();
                let title = e.get("title").and_then(|b| b.as_str()).map(str::to_string);
                (id.clone(), (body, title))
            })
            .collect();
        report(&file.display().to_string(), &truth, &outputs, args.worst);
        return Ok(());
    }
    let inputs: Vec<Vec<u8>> = truth
        .iter()
        .map(|t| read_input(&args.dir, &t.id, args.text))
        .collect::<Result<_, _>>()?;
    let mut outputs = Outputs::new();
    let mut articles: Vec<String> = Vec::new();
    let mut failures = 0usize;
    // (wall seconds, CPU seconds) per run; the outputs of the last run are scored.
    let mut timings: Vec<(f64, Option<f64>)> = Vec::new();
    for _ in 0..args.runs {
        outputs.clear();
        articles.clear();
        failures = 0;
        let cpu_started = thread_cpu_secs();
        let started = Instant::now();
        for (t, bytes) in truth.iter().zip(&inputs) {
            let opts = Options {
                url: t.url.clone(),
                now: None,
            };
            let result = rasd_extract::decode::decode(bytes, None).and_then(|d| {
                if args.text {
                    rasd_extract::plain::extract_text(&d.text, &opts)
                } else {
                    rasd_extract::html::extract_html(&d.text, &opts)
                }
            });
            match result {
                Ok(a) => {
                    if args.articles.is_some() {
                        let line = serde_json::json!({"id": t.id, "article": a}).to_string();
                        articles.push(line);
                    }
                    outputs.insert(t.id.clone(), (a.body.join("\n"), Some(a.headline)));
                }
                Err(e) => {
                    failures += 1;
                    if timings.is_empty() {
                        eprintln!("{}: {e}", t.id);
                    }
                }
            }
        }
        let secs = started.elapsed().as_secs_f64();
        let cpu = thread_cpu_secs().zip(cpu_started).map(|(b, a)| b - a);
        timings.push((secs, cpu));
    }
    timings.sort_by(|a, b| a.1.unwrap_or(a.0).total_cmp(&b.1.unwrap_or(b.0)));
    let (secs, cpu) = timings
        .get(timings.len() / 2)
        .copied()
        .unwrap_or((f64::NAN, None));
    let name = if args.text {
        "rasd (text)"
    } else {
        "rasd (html)"
    };
    report(name, &truth, &outputs, args.worst);
    let bytes: usize = inputs.iter().map(Vec::len).sum();
    let n = truth.len() as f64;
    let cpu_text = cpu.map_or(String::new(), |c| {
        format!("; {c:.3} s CPU = {:.1} pages/s CPU", n / c)
    });
    println!(
        "{name}: {} pages in {secs:.3} s wall = {:.1} pages/s, {:.1} MB/s{cpu_text}; one thread; median of {} runs; {failures} failed",
        truth.len(),
        n / secs,
        bytes as f64 / secs / 1e6,
        args.runs
    );
    if let Some(kb) = peak_rss_kb() {
        println!("{name}: peak RSS {:.1} MB", kb as f64 / 1024.0);
    }
    if let Some(file) = &args.articles {
        let mut s = articles.join("\n");
        s.push('\n');
        std::fs::write(file, s).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    if let Some(file) = &args.dump {
        let v: serde_json::Map<String, serde_json::Value> = outputs
            .iter()
            .map(|(id, (b, t))| {
                (
                    id.clone(),
                    serde_json::json!({"articleBody": b, "title": t}),
                )
            })
            .collect();
        let s = serde_json::to_string(&v).map_err(|e| e.to_string())?;
        std::fs::write(file, s).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}

fn main() -> std::process::ExitCode {
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("scrapinghub: {e}");
            std::process::ExitCode::from(2)
        }
    }
}
