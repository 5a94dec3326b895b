//! Model selection without the test set: trains on the first part of a CoNLL file and scores on
//! the held-out rest (the dev split), for the settings given; optionally then trains on the whole
//! file and scores a test file (what the shipped model reports).
//!
//! ```text
//! ner_dev [--train FILE] [--dev-frac 0.1] [--epochs N,N…] [--dropout X] [--min-count N] [--ensemble N]
//!         [--seeds N] [--first-seed K] [--save MODEL] [--stack] [--window N] [--folds N] [--label-table FILE] [--test FILE]
//!         [--dev-start F] [--extra FILE] [--save-dev-model FILE] [--augment COPIES] [--augment-replace P] [--augment-gazetteer P]
//! ```
//!
//! `--save MODEL` only trains the shipped configuration on the whole file and writes it (the
//! same bytes as `rasd train-ner`). `--seeds N` repeats each setting with N shuffling/dropout seeds (the dev score moves by about
//! ±0.7 F1 from seed to seed; the seed of the mention-replacement copies moves with it), numbered
//! from `--first-seed K` (default 0), so that more seeds can be added to a finished run.
//! `--augment 0` trains without the copies (see `AugmentOptions`). `RASD_NER_ERRORS=1` lists the dev entities missed or invented (with `--light`, those of each light stage).
//!
//! ```text
//! ```
//!
//! `--light SPEC;SPEC…` trains, per seed, the cross-validated first stages once and then the
//! first stage and one light second stage per SPEC (see `LightOptions`), scoring the first
//! stage alone and each light variant (with `--stack`, the full second stage too). A SPEC is
//! `+`-separated: `a<alpha>` (default 1), `w` (word features), `m` (margin features), `x` (document × margin), `l` (lean document features),
//! `d<dropout>` (the light stage's feature dropout; default that of the first stage),
//! `e<epochs>`, `n<ensemble>` (perceptrons averaged).
//!
//! `--extra FILE` adds a CoNLL file's sentences to the training part (self-training data made by
//! `gen_selftrain`); `--save-dev-model FILE` writes the model trained on the training part.
//! `--dev-start F` takes the dev split from fraction F of the file instead (the training part
//! is the rest; pair it with a label table made by `gen_labeldist --exclude F,F+FRAC`).
//!
//! The dev split is the last `--dev-frac` of the sentences (ANERcorp has no document markers;
//! its sentences keep their article order, so the tail is whole, unseen articles).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use rasd_ner::{conll, eval, CrossValidated, LightOptions, StackOptions, Tagger, TrainOptions};

#[path = "common/split.rs"]
mod split;
use split::split_dev;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ner_dev: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let shared = std::env::var_os("RASD_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")));
    let mut train = shared.join("data/anercorp/train.txt");
    let mut test = None;
    let mut dev_frac = 0.1f64;
    let mut dev_start: Option<f64> = None;
    let mut extra: Option<PathBuf> = None;
    let mut save_dev: Option<PathBuf> = None;
    let mut epochs = vec![TrainOptions::default().epochs];
    let mut opts = TrainOptions::default();
    let mut seeds = 1u64;
    let mut first_seed = 0u64;
    let mut stack: Option<StackOptions> = None;
    let mut save: Option<PathBuf> = None;
    let mut lights: Vec<LightSpec> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or(format!("{a} needs a value"));
        match a.as_str() {
            "--train" => train = PathBuf::from(val()?),
            "--test" => test = Some(PathBuf::from(val()?)),
            "--dev-frac" => dev_frac = val()?.parse()?,
            "--dev-start" => dev_start = Some(val()?.parse()?),
            "--extra" => extra = Some(PathBuf::from(val()?)),
            "--save-dev-model" => save_dev = Some(PathBuf::from(val()?)),
            "--epochs" => {
                epochs = val()?
                    .split(',')
                    .map(str::parse)
                    .collect::<Result<_, _>>()?
            }
            "--dropout" => opts.dropout = val()?.parse()?,
            "--min-count" => opts.min_count = val()?.parse()?,
            "--ensemble" => opts.ensemble = val()?.parse()?,
            "--augment" => opts.augment.copies = val()?.parse()?,
            "--augment-replace" => opts.augment.replace = val()?.parse()?,
            "--augment-gazetteer" => opts.augment.from_gazetteer = val()?.parse()?,
            "--seeds" => seeds = val()?.parse()?,
            "--first-seed" => first_seed = val()?.parse()?,
            "--save" => save = Some(PathBuf::from(val()?)),
            "--label-table" => {
                let path = val()?;
                let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
                if !rasd_ner::set_label_table(text) {
                    return Err("label table set twice".into());
                }
            }
            "--stack" => stack = Some(StackOptions::default()),
            "--light" => {
                for spec in val()?.split(';').filter(|x| !x.is_empty()) {
                    lights.push(parse_light(spec)?);
                }
            }
            "--window" => {
                stack.get_or_insert_with(StackOptions::default).window = val()?.parse()?
            }
            "--folds" => stack.get_or_insert_with(StackOptions::default).folds = val()?.parse()?,
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    let sentences = conll::read(&train)?;
    if let Some(path) = save {
        // What `rasd train-ner` does with its defaults, without building the whole binary.
        let m = rasd_ner::train_stacked(
            &sentences,
            &TrainOptions::default(),
            &StackOptions::default(),
            |_, _, _, _| {},
        );
        m.save(&path)?;
        println!("wrote {} ({} features)", path.display(), m.n_features());
        return Ok(());
    }
    let start = dev_start.unwrap_or(1.0 - dev_frac);
    let (mut fit, dev) = split_dev(&sentences, start, start + dev_frac);
    let dev = dev.ok_or("--dev-start and --dev-frac leave no dev split")?;
    if let Some(path) = &extra {
        fit.extend(conll::read(path)?);
    }
    let fit = fit.as_slice();
    if !lights.is_empty() {
        for seed in first_seed..first_seed + seeds {
            let o = TrainOptions {
                epochs: epochs[0],
                seed: opts.seed.wrapping_add(seed * 0x9e37_79b9),
                ..opts.clone()
            };
            let st = stack.clone().unwrap_or_default();
            let t = Instant::now();
            let cv = CrossValidated::new(fit, &o, &st, |_, _, _, _| {});
            let first = cv.first_stage(&o, |_, _, _, _| {});
            if std::env::var_os("NER_MARGINS").is_some() {
                let tg = Tagger::new(first.clone());
                let mut sc = rasd_ner::Scratch::default();
                let mut ms: Vec<f32> = Vec::new();
                for s in dev {
                    let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
                    for row in tg.first_stage_scores(&toks, &mut sc) {
                        let mut r = row.to_vec();
                        r.sort_by(|a, b| b.total_cmp(a));
                        ms.push(r[0] - r[1]);
                    }
                }
                ms.sort_by(|a, b| a.total_cmp(b));
                let q = |f: f64| ms[((ms.len() - 1) as f64 * f) as usize];
                eprintln!("margins: 10% {} 50% {} 90% {}", q(0.1), q(0.5), q(0.9));
            }
            let r = eval::evaluate_windowed(&Tagger::new(first.clone()), dev, st.window);
            println!(
                "dev seed#{seed} first ({:.1}s): {}",
                t.elapsed().as_secs_f64(),
                line(&r)
            );
            if stack.is_some() {
                let second = cv.second_stage(&o, |_, _, _, _| {});
                let m = rasd_ner::Model::stacked(first.clone(), second);
                let r = eval::evaluate_windowed(&Tagger::new(m), dev, st.window);
                println!("dev seed#{seed} stack: {}", line(&r));
            }
            for (name, lo, dropout, ep, ens) in &lights {
                let lo_opts = TrainOptions {
                    dropout: dropout.unwrap_or(o.dropout),
                    epochs: ep.unwrap_or(o.epochs),
                    ensemble: ens.unwrap_or(o.ensemble),
                    ..o.clone()
                };
                let t = Instant::now();
                let l = cv.light_stage(&lo_opts, *lo, |s, e, err, tok| {
                    if std::env::var_os("NER_PROGRESS").is_some() {
                        eprintln!("{s} {e}: {err}/{tok}")
                    }
                });
                let nf = l.n_features();
                let tagger = Tagger::new(first.clone().with_light_stage(l, *lo));
                if std::env::var_os("RASD_NER_ERRORS").is_some() {
                    dump_errors(&tagger, dev, st.window);
                }
                let r = eval::evaluate_windowed(&tagger, dev, st.window);
                println!(
                    "dev seed#{seed} light {name} ({nf} features, {:.1}s): {}",
                    t.elapsed().as_secs_f64(),
                    line(&r)
                );
            }
        }
        return Ok(());
    }
    for (e, seed) in epochs
        .iter()
        .flat_map(|&e| (first_seed..first_seed + seeds).map(move |k| (e, k)))
    {
        let mut o = TrainOptions {
            epochs: e,
            seed: opts.seed.wrapping_add(seed * 0x9e37_79b9),
            ..opts.clone()
        };
        o.augment.seed = opts.augment.seed.wrapping_add(seed);
        let t = Instant::now();
        let m = match &stack {
            Some(st) => rasd_ner::train_stacked(fit, &o, st, |_, _, _, _| {}),
            None => rasd_ner::train(fit, &o),
        };
        let secs = t.elapsed().as_secs_f64();
        if let Some(path) = &save_dev {
            m.save(path)?;
        }
        let tagger = Tagger::new(m);
        let window = stack.as_ref().map_or(0, |s| s.window);
        if std::env::var_os("RASD_NER_ERRORS").is_some() {
            dump_errors(&tagger, dev, window);
        }
        let r = eval::evaluate_windowed(&tagger, dev, window);
        println!(
            "dev seed#{seed} epochs={e} dropout={} min_count={} ensemble={} augment={}/{}/{} stack={:?} ({secs:.1}s): {}",
            o.dropout,
            o.min_count,
            o.ensemble,
            o.augment.copies,
            o.augment.replace,
            o.augment.from_gazetteer,
            stack.as_ref().map(|s| (s.folds, s.window)),
            line(&r)
        );
    }
    if let Some(test) = test {
        let o = TrainOptions {
            epochs: *epochs.last().unwrap_or(&opts.epochs),
            ..opts.clone()
        };
        let m = match &stack {
            Some(st) => rasd_ner::train_stacked(&sentences, &o, st, |_, _, _, _| {}),
            None => rasd_ner::train(&sentences, &o),
        };
        let n = m.n_features();
        let window = stack.as_ref().map_or(0, |s| s.window);
        let r = eval::evaluate_windowed(&Tagger::new(m), &conll::read(&test)?, window);
        println!("test ({n} features): {}", line(&r));
        print!("{r}");
    }
    Ok(())
}

/// A `--light` SPEC: name, options, dropout, epochs and ensemble size of the light stage.
type LightSpec = (
    String,
    LightOptions,
    Option<f32>,
    Option<usize>,
    Option<usize>,
);

fn parse_light(spec: &str) -> Result<LightSpec, Box<dyn std::error::Error>> {
    let mut o = LightOptions::default();
    let (mut dropout, mut epochs, mut ensemble) = (None, None, None);
    for part in spec.split('+') {
        match part.split_at_checked(1) {
            Some(("a", x)) => o.alpha = x.parse()?,
            Some(("w", "")) => o.word = true,
            Some(("m", "")) => o.margin = true,
            Some(("x", "")) => o.doc_margin = true,
            Some(("l", "")) => o.lean = true,
            Some(("d", x)) => dropout = Some(x.parse()?),
            Some(("e", x)) => epochs = Some(x.parse()?),
            Some(("n", x)) => ensemble = Some(x.parse()?),
            _ => return Err(format!("bad --light part {part:?} in {spec:?}").into()),
        }
    }
    Ok((spec.to_owned(), o, dropout, epochs, ensemble))
}

fn line(r: &eval::Report) -> String {
    let mut s = String::new();
    for k in &r.per_kind {
        s.push_str(&format!("{} {:.2}  ", k.kind, 100.0 * k.scores.f1));
    }
    let m = &r.micro_pers_loc_org;
    s.push_str(&format!(
        "| micro PLO P {:.2} R {:.2} F1 {:.2}",
        100.0 * m.precision,
        100.0 * m.recall,
        100.0 * m.f1
    ));
    s
}

/// Prints dev errors (`RASD_NER_ERRORS=1`): gold and predicted spans that differ.
fn dump_errors(tagger: &Tagger, dev: &[conll::Sentence], window: usize) {
    let all: Vec<Vec<&str>> = dev
        .iter()
        .map(|s| s.tokens.iter().map(String::as_str).collect())
        .collect();
    let refs: Vec<&[&str]> = all.iter().map(Vec::as_slice).collect();
    let tagged = tagger.tag_windowed(&refs, window);
    for ((s, toks), pred) in dev.iter().zip(&all).zip(tagged) {
        let g = rasd_ner::spans(&s.tags);
        let p = rasd_ner::spans(&pred);
        let txt = |sp: &rasd_ner::Span| toks[sp.start_token..sp.end_token].join(" ");
        for sp in &g {
            if !p.contains(sp) {
                let other: Vec<String> = p
                    .iter()
                    .filter(|q| q.start_token < sp.end_token && sp.start_token < q.end_token)
                    .map(|q| format!("{}:{:?}", txt(q), q.kind))
                    .collect();
                println!("FN {:?}\t{}\t{:?}", sp.kind, txt(sp), other);
            }
        }
        for sp in &p {
            if !g
                .iter()
                .any(|q| q.start_token < sp.end_token && sp.start_token < q.end_token)
            {
                println!("FP {:?}\t{}", sp.kind, txt(sp));
            }
        }
    }
}
