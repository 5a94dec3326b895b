//! Generates `data/labeldist.tsv`: how often each SaudiNewsNet word is tagged as each kind of
//! name by a tagger that only sees its context (run by `scripts/ner/gen_labeldist.sh`, which pipes
//! the SaudiNewsNet JSON dumps to stdin).
//!
//! ```text
//! gen_labeldist TRAIN.conll OUT.tsv [--train-frac F | --exclude START,END]
//! ```
//!
//! 1. train [`rasd_ner::ContextTagger`] on the first `F` (default 1) of the sentences of
//!    `TRAIN.conll` (ANERcorp `train.txt`; `--train-frac 0.9` leaves the dev split out, for
//!    `ner_dev --label-table`; `--exclude 0.45,0.55` leaves out the sentences between those
//!    fractions, for `ner_dev --dev-start 0.45`);
//! 2. tag every paragraph of every article's `content` (tokenized at whitespace and
//!    punctuation);
//! 3. for every word form (folded, article stripped) seen at least `MIN_COUNT` times, count the
//!    share of its occurrences inside a PERS, LOC, ORG and MISC span;
//! 4. keep the words where one share reaches `MIN_PERCENT` (the others say "no name", which
//!    absence from the table also says).
//!
//! Output lines: `word<TAB>floor(log2 count)<TAB>PERS%<TAB>LOC%<TAB>ORG%<TAB>MISC%`, sorted by
//! word. Deterministic (the tagger's training is).

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use rasd_ner::{conll, ContextTagger, Scratch, TrainOptions};

const MIN_COUNT: u32 = 3;
const MIN_PERCENT: u32 = 2;

#[path = "common/split.rs"]
mod split;
#[path = "common/tokenize.rs"]
mod tokenize;
use split::split_dev;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_labeldist: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: gen_labeldist TRAIN.conll OUT.tsv [--train-frac F | --exclude START,END]";
    let train = PathBuf::from(args.next().ok_or(usage)?);
    let out = PathBuf::from(args.next().ok_or(usage)?);
    let mut frac = 1.0f64;
    let mut exclude: Option<(f64, f64)> = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--train-frac" => frac = args.next().ok_or("--train-frac needs a value")?.parse()?,
            "--exclude" => {
                let v = args.next().ok_or("--exclude needs START,END")?;
                let (a, b) = v.split_once(',').ok_or("--exclude needs START,END")?;
                exclude = Some((a.parse()?, b.parse()?));
            }
            other => return Err(format!("unknown argument {other}; {usage}").into()),
        }
    }
    let sentences = conll::read(&train)?;
    let keep = ((sentences.len() as f64) * frac).round() as usize;
    let mut fit: Vec<conll::Sentence> = sentences.get(..keep).unwrap_or(&sentences).to_vec();
    if let Some((a, b)) = exclude {
        // The dev split of `ner_dev --dev-start A --dev-frac (B - A)` left out.
        fit = split_dev(&sentences, a, b).0;
    }
    let tagger = ContextTagger::train(&fit, &TrainOptions::default());
    let mut input = Vec::new();
    std::io::stdin()
        .read_to_end(&mut input)
        .map_err(|e| format!("stdin: {e}"))?;
    // word → [occurrences, PERS, LOC, ORG, MISC]
    let mut counts: HashMap<String, [u32; 5]> = HashMap::new();
    let mut scratch = Scratch::default();
    let mut n_tokens = 0usize;
    for value in serde_json::Deserializer::from_slice(&input).into_iter::<serde_json::Value>() {
        let value = value.map_err(|e| format!("stdin is not a stream of JSON arrays: {e}"))?;
        for doc in value.as_array().into_iter().flatten() {
            let Some(c) = doc.get("content").and_then(|c| c.as_str()) else {
                continue;
            };
            for para in c.lines() {
                let toks = tokenize::tokenize(para);
                if toks.is_empty() {
                    continue;
                }
                n_tokens += toks.len();
                let tags = tagger.tag_with(&toks, &mut scratch);
                for (tok, tag) in toks.iter().zip(tags) {
                    let folded = rasd_ner::fold(tok);
                    let stem = rasd_ner::strip_article_clitics(&folded).0;
                    if !stem.chars().any(char::is_alphabetic) {
                        continue;
                    }
                    let c = counts.entry(stem.to_owned()).or_default();
                    c[0] += 1;
                    if let Some(k) = tag.kind() {
                        c[1 + k as usize] += 1;
                    }
                }
            }
        }
    }
    let mut rows: Vec<(&String, &[u32; 5])> = counts
        .iter()
        .filter(|(_, c)| c[0] >= MIN_COUNT && c[1..].iter().any(|&x| 100 * x >= MIN_PERCENT * c[0]))
        .collect();
    rows.sort_by(|a, b| a.0.cmp(b.0));
    let mut text = String::new();
    for (w, c) in &rows {
        let pct = |x: u32| (100 * u64::from(x) / u64::from(c[0].max(1))).min(100);
        text.push_str(&format!(
            "{w}\t{}\t{}\t{}\t{}\t{}\n",
            c[0].ilog2(),
            pct(c[1]),
            pct(c[2]),
            pct(c[3]),
            pct(c[4])
        ));
    }
    std::fs::File::create(&out)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!(
        "gen_labeldist: {n_tokens} tokens tagged, {} words counted, {} written to {}",
        counts.len(),
        rows.len(),
        out.display()
    );
    Ok(())
}
