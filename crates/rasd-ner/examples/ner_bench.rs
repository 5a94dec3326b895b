//! Tagging throughput and accuracy of one build, in one run (used by `bench/ner/run.sh`).
//!
//! ```text
//! ner_bench [--model FILE | --train FILE [--epochs N] [--out FILE]] [--test FILE]
//!           [--runs N] [--documents] [--first-stage | --light] [JSON...]
//! ```
//!
//! JSON files are SaudiNewsNet daily dumps (an array of objects with `content`). Their text is
//! split into paragraphs at newlines and into tokens at whitespace and punctuation before the
//! clock starts; then every paragraph is tagged, `--runs` times, and the median tokens/s printed.
//! With `--documents`, each article is tagged as one document ([`Tagger::tag_document`]: the
//! second stage sees the first stage's labels of the whole article). With `--first-stage`, the
//! model's first stage alone tags (and is scored); with `--light`, the first stage and the light
//! second stage.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use rasd_ner::{conll, eval, Model, Scratch, Tagger, TrainOptions};

#[path = "common/tokenize.rs"]
mod tokenize;
use tokenize::tokenize;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ner_bench: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (mut model, mut train, mut out, mut test, mut dump) = (None, None, None, None, None);
    let mut epochs = TrainOptions::default().epochs;
    let mut runs = 5usize;
    let mut documents = false;
    let mut first_stage = false;
    let mut light = false;
    let mut json = Vec::new();
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--model" => model = Some(PathBuf::from(val()?)),
            "--train" => train = Some(PathBuf::from(val()?)),
            "--out" => out = Some(PathBuf::from(val()?)),
            "--test" => test = Some(PathBuf::from(val()?)),
            "--dump" => dump = Some(PathBuf::from(val()?)),
            "--epochs" => epochs = val()?.parse()?,
            "--runs" => runs = val()?.parse()?,
            "--documents" => documents = true,
            "--first-stage" => first_stage = true,
            "--light" => light = true,
            _ => json.push(PathBuf::from(a)),
        }
    }
    let owned;
    let tagger: &Tagger = if let Some(path) = &train {
        let sentences = conll::read(path)?;
        let opts = TrainOptions {
            epochs,
            ..TrainOptions::default()
        };
        let t = Instant::now();
        let m = rasd_ner::train_with_progress(&sentences, &opts, |e, err, n| {
            eprintln!("epoch {e}: {err}/{n} token errors");
        });
        eprintln!(
            "trained in {:.1}s, {} features",
            t.elapsed().as_secs_f64(),
            m.n_features()
        );
        if let Some(out) = &out {
            m.save(out)?;
            eprintln!("wrote {} ({} bytes)", out.display(), m.to_bytes().len());
        }
        owned = Tagger::new(m);
        &owned
    } else if let Some(path) = &model {
        owned = Tagger::new(Model::load(path)?);
        &owned
    } else {
        Tagger::embedded()
    };
    let first;
    let tagger = if first_stage {
        first = tagger.first_stage();
        &first
    } else if light {
        first = tagger
            .light_stage()
            .ok_or("--light: the model has no light second stage")?;
        &first
    } else {
        tagger
    };
    if let Some(test) = &test {
        let sentences = conll::read(test)?;
        let report = eval::evaluate(tagger, &sentences);
        print!("{report}");
        if let Some(dump) = &dump {
            // token, gold, predicted: for error analysis.
            let mut text = String::new();
            for s in &sentences {
                let tokens: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
                for ((t, g), p) in tokens.iter().zip(&s.tags).zip(tagger.tag(&tokens)) {
                    text.push_str(&format!("{t} {g} {p}\n"));
                }
                text.push('\n');
            }
            std::fs::write(dump, text)?;
        }
    }
    if json.is_empty() {
        return Ok(());
    }
    let mut texts = Vec::new();
    for path in &json {
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let docs: Vec<serde_json::Value> = serde_json::from_slice(&bytes)?;
        for d in docs {
            if let Some(c) = d.get("content").and_then(|c| c.as_str()) {
                texts.push(c.to_owned());
            }
        }
    }
    let mut paragraphs: Vec<Vec<&str>> = Vec::new();
    // Paragraph range of each article, for `--documents`.
    let mut doc_ranges = Vec::new();
    for t in &texts {
        let start = paragraphs.len();
        paragraphs.extend(t.lines().map(tokenize).filter(|p| !p.is_empty()));
        doc_ranges.push(start..paragraphs.len());
    }
    let refs: Vec<&[&str]> = paragraphs.iter().map(Vec::as_slice).collect();
    let n_tokens: usize = paragraphs.iter().map(Vec::len).sum();
    let mut scratch = Scratch::default();
    // Warm the lazily built tables (gazetteer, triggers) before timing.
    if let Some(p) = paragraphs.first() {
        tagger.tag_with(p, &mut scratch);
    }
    let mut rates = Vec::new();
    let mut cpu_rates = Vec::new();
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let cpu0 = thread_cpu_ns();
        let mut entities = 0usize;
        if documents {
            for r in &doc_ranges {
                let doc = refs.get(r.clone()).unwrap_or_default();
                let tagged = tagger.tag_document(std::hint::black_box(doc));
                for (tags, p) in tagged.iter().zip(doc) {
                    assert_eq!(tags.len(), p.len());
                    entities += rasd_ner::spans(tags).len();
                }
            }
        } else {
            for p in &paragraphs {
                let tags = tagger.tag_with(std::hint::black_box(p), &mut scratch);
                assert_eq!(tags.len(), p.len());
                entities += rasd_ner::spans(&tags).len();
            }
        }
        let secs = t.elapsed().as_secs_f64();
        let cpu = thread_cpu_ns().zip(cpu0).map(|(b, a)| (b - a) as f64 / 1e9);
        rates.push(n_tokens as f64 / secs);
        if let Some(cpu) = cpu {
            cpu_rates.push(n_tokens as f64 / cpu);
        }
        eprintln!(
            "run: {n_tokens} tokens, {entities} entities, {secs:.3}s wall ({:.0} tokens/s), {} CPU",
            n_tokens as f64 / secs,
            cpu.map_or("?".to_owned(), |c| format!(
                "{c:.3}s ({:.0} tokens/s)",
                n_tokens as f64 / c
            ))
        );
    }
    rates.sort_by(f64::total_cmp);
    cpu_rates.sort_by(f64::total_cmp);
    let median = rates[rates.len() / 2];
    println!(
        "tagging: {} documents, {} paragraphs, {n_tokens} tokens; median {median:.0} tokens/s wall over {} runs (1 thread)",
        texts.len(),
        paragraphs.len(),
        rates.len()
    );
    if let Some(cpu) = cpu_rates.get(cpu_rates.len() / 2) {
        println!("tagging ({}): median {cpu:.0} tokens per CPU-second (thread CPU time, immune to other load)", if documents { "one document per article" } else { "one call per paragraph" });
    }
    Ok(())
}

/// CPU time of this thread in ns (Linux `/proc/thread-self/schedstat`), if available.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}
