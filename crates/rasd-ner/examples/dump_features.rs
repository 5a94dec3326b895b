//! Dumps the first-stage features of the dev protocol's training part and dev split (the split
//! `ner_dev --dev-start F` uses, the tail by default), for training other learners on exactly the
//! perceptron's features offline (`scripts/ner/crf/`): `DIR/fit.tsv` and `DIR/dev.tsv`, one token
//! a line `GOLD<TAB>key<TAB>key…` (keys in hex), a blank line between sentences. Also trains the
//! perceptron first stage on the training part (default options, seed 0), prints its dev micro
//! PERS/LOC/ORG F1 and writes its dev tags to `DIR/dev.perc` (one tag a line), so that an
//! offline scorer can be checked against `rasd_ner::eval`.
//!
//! ```text
//! dump_features --out DIR [--train FILE] [--dev-start F] [--dev-frac 0.1] [--label-table FILE]
//!               [--test FILE] [--no-perceptron]
//! ```
//!
//! With `--test FILE`, the whole training file is the training part and FILE the dev part.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use rasd_ner::{conll, Sentence, Tagger, TrainOptions};

#[path = "common/split.rs"]
mod split;
use split::split_dev;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dump_features: {e}");
            ExitCode::from(2)
        }
    }
}

fn dump(path: &Path, sents: &[Sentence]) -> Result<(), Box<dyn std::error::Error>> {
    let mut out = String::new();
    for s in sents.iter().filter(|s| !s.tokens.is_empty()) {
        let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        for (tag, keys) in s.tags.iter().zip(rasd_ner::first_stage_features(&toks)) {
            write!(out, "{tag}")?;
            for k in keys {
                write!(out, "\t{k:x}")?;
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
    let mut out: Option<PathBuf> = None;
    let mut dev_start: Option<f64> = None;
    let mut dev_frac = 0.1f64;
    let mut test: Option<PathBuf> = None;
    let mut perceptron = true;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--train" => train = PathBuf::from(val()?),
            "--out" => out = Some(PathBuf::from(val()?)),
            "--dev-start" => dev_start = Some(val()?.parse()?),
            "--dev-frac" => dev_frac = val()?.parse()?,
            "--test" => test = Some(PathBuf::from(val()?)),
            "--no-perceptron" => perceptron = false,
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
    let sentences = conll::read(&train)?;
    let (fit, dev): (Vec<Sentence>, Vec<Sentence>) = match &test {
        Some(path) => (sentences, conll::read(path)?),
        None => {
            // As `ner_dev`: the tail split unless `--dev-start` says otherwise.
            let start = dev_start.unwrap_or(1.0 - dev_frac);
            let (fit, dev) = split_dev(&sentences, start, start + dev_frac);
            (
                fit,
                dev.ok_or("--dev-start and --dev-frac leave no dev split")?
                    .to_vec(),
            )
        }
    };
    dump(&out.join("fit.tsv"), &fit)?;
    dump(&out.join("dev.tsv"), &dev)?;
    if perceptron {
        let tagger = Tagger::new(rasd_ner::train(&fit, &TrainOptions::default()));
        let r = rasd_ner::eval::evaluate_windowed(&tagger, &dev, 0);
        println!(
            "perceptron first stage, dev micro PERS/LOC/ORG F1 {:.2}",
            100.0 * r.micro_pers_loc_org.f1
        );
        let mut s = String::new();
        for sent in dev.iter().filter(|s| !s.tokens.is_empty()) {
            let toks: Vec<&str> = sent.tokens.iter().map(String::as_str).collect();
            for t in tagger.tag(&toks) {
                writeln!(s, "{t}")?;
            }
            s.push('\n');
        }
        let path = out.join("dev.perc");
        std::fs::write(&path, s).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    eprintln!("wrote {}", out.display());
    Ok(())
}
