//! `rasd train-ner` and `rasd eval-ner`: train the named-entity tagger and score it on a CoNLL
//! file (see the rasd-ner crate).

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use rasd_ner::{conll, eval, StackOptions, Tagger, TrainOptions};

/// Arguments of `rasd train-ner`.
#[derive(Debug, clap::Args)]
pub(crate) struct TrainNerArgs {
    /// Training data: a CoNLL file (`token TAG` per line, blank line between sentences).
    /// Default: `$RASD_SHARED/data/anercorp/train.txt`, with RASD_SHARED defaulting to ../shared.
    #[arg(long, value_name = "FILE")]
    train: Option<PathBuf>,
    /// Where to write the model.
    #[arg(
        long,
        value_name = "FILE",
        default_value = "crates/rasd-ner/model/ner.bin"
    )]
    out: PathBuf,
    /// Passes over the training data.
    #[arg(long, value_name = "N", default_value_t = TrainOptions::default().epochs)]
    epochs: usize,
    /// Also score the new model on this CoNLL file when done.
    #[arg(long, value_name = "FILE")]
    test: Option<PathBuf>,
}

/// Arguments of `rasd eval-ner`.
#[derive(Debug, clap::Args)]
pub(crate) struct EvalNerArgs {
    /// The CoNLL file to score (`token TAG` per line, BIO over PERS/LOC/ORG/MISC or
    /// PER/LOC/ORG/MIS, blank line between sentences).
    file: PathBuf,
    /// A model file written by `rasd train-ner` (default: the model built into rasd).
    #[arg(long, value_name = "FILE")]
    model: Option<PathBuf>,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
    /// Score the model's first stage alone, without a document-level second stage (what the
    /// analyzer, and so `rasd analyze`, `rasd ingest` and `rasd serve`, tag with).
    #[arg(long, conflicts_with = "light")]
    first_stage: bool,
    /// Score the model's first stage with its light second stage (a cheap document-level
    /// stage over the first stage's labels and scores; see BENCHMARKS.md).
    #[arg(long)]
    light: bool,
}

fn shared_dir() -> PathBuf {
    std::env::var_os("RASD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared"))
}

fn read_conll(path: &Path) -> anyhow::Result<Vec<conll::Sentence>> {
    let sentences = conll::read(path)?;
    if sentences.is_empty() {
        anyhow::bail!("{}: no sentences found", path.display());
    }
    Ok(sentences)
}

/// `rasd train-ner`: trains on the data and writes the model.
pub(crate) fn train(args: TrainNerArgs) -> anyhow::Result<ExitCode> {
    let train_path = args
        .train
        .unwrap_or_else(|| shared_dir().join("data/anercorp/train.txt"));
    let sentences = read_conll(&train_path)
        .with_context(|| "reading training data (pass --train FILE or set RASD_SHARED)")?;
    let opts = TrainOptions {
        epochs: args.epochs,
        ..TrainOptions::default()
    };
    let start = Instant::now();
    let mut err = io::stderr();
    // Two stages: the second sees the first's labels across the document (see rasd-ner's
    // `train_stacked`); the folds train first stages for the second stage's training data.
    let stack = StackOptions::default();
    let model =
        rasd_ner::train_stacked(&sentences, &opts, &stack, |stage, epoch, errors, tokens| {
            let _ = writeln!(
                err,
                "{stage:>9} epoch {epoch:>2}: {errors} token errors of {tokens} ({:.2}%), {:.1}s",
                100.0 * errors as f64 / tokens.max(1) as f64,
                start.elapsed().as_secs_f64()
            );
        });
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create", dir.display()))?;
    }
    model.save(&args.out)?;
    let size = std::fs::metadata(&args.out).map(|m| m.len()).unwrap_or(0);
    writeln!(
        io::stderr(),
        "wrote {} ({} features, {:.2} MB) from {} sentences of {}",
        args.out.display(),
        model.n_features(),
        size as f64 / 1e6,
        sentences.len(),
        train_path.display()
    )?;
    if let Some(test) = args.test {
        let report = eval::evaluate(&Tagger::new(model), &read_conll(&test)?);
        write!(io::stdout(), "{report}")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `rasd eval-ner FILE`: scores the tagger on a CoNLL file.
pub(crate) fn eval(args: EvalNerArgs) -> anyhow::Result<ExitCode> {
    let sentences = read_conll(&args.file)?;
    let owned;
    let tagger = match &args.model {
        Some(path) => {
            owned = Tagger::load(path)?;
            &owned
        }
        None => Tagger::embedded(),
    };
    let first;
    let tagger = if args.first_stage {
        first = tagger.first_stage();
        &first
    } else if args.light {
        first = tagger.light_stage().context(
            "--light: the model has no light second stage (retrain with `rasd train-ner`)",
        )?;
        &first
    } else {
        tagger
    };
    let report = eval::evaluate(tagger, &sentences);
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{report}")?;
    }
    Ok(ExitCode::SUCCESS)
}
