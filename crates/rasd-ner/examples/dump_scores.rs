//! Dumps first-stage perceptron scores for training a model stacked on them (the neural
//! tagger's inputs, see `scripts/ner/`): for each token, `token<TAB>gold<TAB>9 scores`, a
//! blank line between sentences. Scores of the training part come from cross-validation (each
//! fold scored by a model that never saw it), those of the held-out part from a model trained
//! on the whole training part.
//!
//! ```text
//! dump_scores --out DIR [--train FILE] [--dev-start F] [--dev-frac 0.1] [--folds 5]
//!             [--label-table FILE] [--test FILE]
//! ```
//!
//! With `--dev-start F` the held-out part is the dev split (as `ner_dev --dev-start F`):
//! writes `DIR/fit.tsv` and `DIR/dev.tsv`. Without it the whole file is the training part
//! and `--test FILE` is scored: `DIR/fit.tsv` and `DIR/test.tsv`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rasd_ner::{conll, Scratch, Sentence, Tagger, TrainOptions};

#[path = "common/split.rs"]
mod split;
use split::split_dev;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dump_scores: {e}");
            ExitCode::from(2)
        }
    }
}

fn write(
    path: &Path,
    tagger_of: &dyn Fn(usize) -> usize,
    taggers: &[Tagger],
    sents: &[Sentence],
) -> Result<(), Box<dyn std::error::Error>> {
    let mut out = String::new();
    let mut scratch = Scratch::default();
    for (i, s) in sents.iter().enumerate() {
        let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        let tagger = taggers.get(tagger_of(i)).ok_or("no tagger")?;
        let scores = tagger.first_stage_scores(&toks, &mut scratch);
        for ((tok, tag), row) in toks.iter().zip(&s.tags).zip(&scores) {
            write!(out, "{tok}\t{tag}")?;
            for x in row {
                write!(out, "\t{x:.3}")?;
            }
            out.push('\n');
        }
        out.push('\n');
    }
    std::fs::write(path, out).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(())
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let shared = std::env::var_os("RASD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")));
    let mut train = shared.join("data/anercorp/train.txt");
    let mut test: Option<PathBuf> = None;
    let mut out: Option<PathBuf> = None;
    let mut dev_start: Option<f64> = None;
    let mut dev_frac = 0.1f64;
    let mut folds = 5usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--train" => train = PathBuf::from(val()?),
            "--test" => test = Some(PathBuf::from(val()?)),
            "--out" => out = Some(PathBuf::from(val()?)),
            "--dev-start" => dev_start = Some(val()?.parse()?),
            "--dev-frac" => dev_frac = val()?.parse()?,
            "--folds" => folds = val()?.parse()?,
            "--label-table" => {
                let path = val()?;
                let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
                if !rasd_ner::set_label_table(text) {
                    return Err("label table set twice".into());
                }
            }
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    let out = out.ok_or("--out DIR is required")?;
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let sentences: Vec<Sentence> = conll::read(&train)?
        .into_iter()
        .filter(|s| !s.tokens.is_empty())
        .collect();
    let (held, fit): (Vec<Sentence>, Vec<Sentence>) = match dev_start {
        Some(start) => {
            let (fit, held) = split_dev(&sentences, start, start + dev_frac);
            (held.ok_or("empty dev split")?.to_vec(), fit)
        }
        None => {
            let path = test
                .as_ref()
                .ok_or("without --dev-start, --test FILE is required")?;
            (conll::read(path)?, sentences)
        }
    };
    let opts = TrainOptions::default();
    let m = fit.len();
    let folds = folds.clamp(2, m.max(2));
    let mut taggers = Vec::new();
    for k in 0..folds {
        let (lo, hi) = (k * m / folds, (k + 1) * m / folds);
        let rest: Vec<Sentence> = fit
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < lo || *i >= hi)
            .map(|(_, s)| s.clone())
            .collect();
        taggers.push(Tagger::new(rasd_ner::train(&rest, &opts)));
        eprintln!("fold {}/{folds} trained", k + 1);
    }
    write(
        &out.join("fit.tsv"),
        &|i| (0..folds).find(|&k| i < (k + 1) * m / folds).unwrap_or(0),
        &taggers,
        &fit,
    )?;
    let full = vec![Tagger::new(rasd_ner::train(&fit, &opts))];
    let name = if dev_start.is_some() {
        "dev.tsv"
    } else {
        "test.tsv"
    };
    write(&out.join(name), &|_| 0, &full, &held)?;
    eprintln!("wrote {}", out.display());
    Ok(())
}
