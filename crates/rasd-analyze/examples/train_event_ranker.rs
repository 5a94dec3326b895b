//! Trains the learned event scorer (`rasd_analyze::events::learned`) and measures it honestly.
//!
//! ```sh
//! cd crates/rasd-analyze
//! # cross-validation by writer: train on the other folds, score the held one, engine vs engine + model
//! cargo run --release -p rasd-analyze --example train_event_ranker -- --cv [--analyzer] [--thresholds 0,0.3,0.5]
//! # the shipped model, from every training set: writes data/event-ranker.tsv
//! cargo run --release -p rasd-analyze --example train_event_ranker -- --write data/event-ranker.tsv
//! # what the shipped model changes in the current engine's events on the dev sets
//! cargo run --release -p rasd-analyze --example train_event_ranker -- --cv --changes
//! # every fresh event with its engine, gold and out-of-fold model actors (for reading errors)
//! cargo run --release -p rasd-analyze --example train_event_ranker -- --cv --report
//! ```
//!
//! The training sets are the dev sets of `eval/`, grouped into folds by who wrote them (see
//! `FOLDS`). The frozen test sets (held-out6 and every later held-out) and the unread dev23 are
//! never read: the program refuses them (`learned::refused_set`).
//!
//! Training material: the gold of each set with the events of the rule engine *of the commit at
//! which the set was written* (`FRESH`; dumps in `data/event-ranker/`, remade by
//! `examples/support/fresh/make_dumps.sh`). The current engine was tuned on every dev set, so its
//! errors there are few and unlike its errors on new text; the old engines' errors on then-unread
//! sets are what the scorer has to fix. Cross-validation trains on the other writers' fresh dumps and
//! scores the held writer's sets twice: with their fresh engine (the honest estimate for text no
//! rule has seen) and with the current engine (tuned on them: a check that nothing breaks).
//! `--current-only` trains on the current engine's events instead; `--with-current` on both;
//! `--analyzer` adds the held fold through the Analyzer (found entities, current engine).

use std::io::Write;
use std::process::ExitCode;

use rasd_analyze::events::eval::{score, Counts, EvalRecord};
use rasd_analyze::events::find_quotes_and_events_with;
use rasd_analyze::events::learned::{
    self, train_samples as train_samples_fn, Ranker, Sample, TrainOptions,
};
use rasd_analyze::Analyzer;

/// The training sets, by writer (from `git log -- crates/rasd-analyze/eval/` and the table of
/// sets in BENCHMARKS.md): the first writer's sets of the morning, the fourth round's sets,
/// the held-out5 writer's, the third writer's, session 6's two writers' and session 7's (dev20;
/// its blind re-annotation of dev19 goes with dev19's text, in F), then one writer per set from
/// session 8 on (dev21, dev22, dev24, dev25, dev26; dev23 is unread and refused, dev27 is kept
/// for testing).
const FOLDS: &[(&str, &[&str])] = &[
    (
        "A (first writer: dev, held-out, dev2-dev9, held-out2)",
        &[
            "quotes_events.jsonl",
            "quotes_events_heldout.jsonl",
            "quotes_events_dev2.jsonl",
            "quotes_events_dev3.jsonl",
            "quotes_events_dev4.jsonl",
            "quotes_events_dev5.jsonl",
            "quotes_events_dev6.jsonl",
            "quotes_events_dev7.jsonl",
            "quotes_events_dev8.jsonl",
            "quotes_events_dev9.jsonl",
            "quotes_events_heldout2.jsonl",
        ],
    ),
    (
        "B (dev10, dev11, held-out3, held-out4)",
        &[
            "quotes_events_dev10.jsonl",
            "quotes_events_dev11.jsonl",
            "quotes_events_heldout3.jsonl",
            "quotes_events_heldout4.jsonl",
        ],
    ),
    (
        "C (held-out5 writer: dev12, dev13, held-out5)",
        &[
            "quotes_events_dev12.jsonl",
            "quotes_events_dev13.jsonl",
            "quotes_events_heldout5.jsonl",
        ],
    ),
    (
        "D (third writer: dev14, dev15)",
        &["quotes_events_dev14.jsonl", "quotes_events_dev15.jsonl"],
    ),
    (
        "E (held-out7 writer: dev16, dev17)",
        &["quotes_events_dev16.jsonl", "quotes_events_dev17.jsonl"],
    ),
    (
        "F (dev18 writer: dev18, dev19, and dev19's blind re-annotation)",
        &[
            "quotes_events_dev18.jsonl",
            "quotes_events_dev19.jsonl",
            "blind/dev19_blind.jsonl",
        ],
    ),
    (
        "G (held-out8 writer: dev20)",
        &["quotes_events_dev20.jsonl"],
    ),
    (
        "H (held-out9 writer: dev21)",
        &["quotes_events_dev21.jsonl"],
    ),
    (
        "I (held-out10 writer: dev22)",
        &["quotes_events_dev22.jsonl"],
    ),
    ("J (dev24 writer)", &["quotes_events_dev24.jsonl"]),
    ("K (dev25 writer)", &["quotes_events_dev25.jsonl"]),
    ("L (dev26 writer)", &["quotes_events_dev26.jsonl"]),
];

fn load(dir: &str, name: &str) -> Result<Vec<EvalRecord>, String> {
    // Frozen test sets and the unread dev23: never trained on, never scored here.
    if let Some(why) = learned::refused_set(name) {
        return Err(format!("{name}: {why}; refusing to read it"));
    }
    let path = format!("{dir}/{name}");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(n, l)| serde_json::from_str(l).map_err(|e| format!("{path}:{}: {e}", n + 1)))
        .collect()
}

fn line(c: &Counts) -> String {
    format!(
        "P {:.3} R {:.3} F1 {:.3} ({} / {} / {})",
        c.precision(),
        c.recall(),
        c.f1(),
        c.matched,
        c.found,
        c.gold
    )
}

fn add(a: &mut Counts, b: &Counts) {
    a.matched += b.matched;
    a.found += b.found;
    a.gold += b.gold;
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_event_ranker: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/eval");
    let opt_val = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let mut opts = TrainOptions::default();
    if let Some(l) = opt_val("--learner") {
        opts.learner = match l.as_str() {
            "softmax" => learned::Learner::Softmax,
            "perceptron" => learned::Learner::Perceptron,
            _ => return Err(format!("--learner {l}: softmax or perceptron")),
        };
    }
    if args.iter().any(|a| a == "--no-train-bonus") {
        opts.train_bonus = false;
    }
    if let Some(x) = opt_val("--rank-l2") {
        opts.rank_l2 = x.parse().map_err(|e| format!("--rank-l2: {e}"))?;
    }
    if let Some(x) = opt_val("--rank-rate") {
        opts.rank_rate = x.parse().map_err(|e| format!("--rank-rate: {e}"))?;
    }
    if let Some(e) = opt_val("--epochs") {
        opts.epochs = e.parse().map_err(|e| format!("--epochs: {e}"))?;
    }
    if let Some(b) = opt_val("--bonus") {
        opts.bonus[0] = b.parse().map_err(|e| format!("--bonus: {e}"))?;
        opts.bonus[1] = opts.bonus[0];
    }
    if let Some(m) = opt_val("--target-mode") {
        opts.target_mode = match m.as_str() {
            "always" => learned::TargetMode::Always,
            "source" => learned::TargetMode::WhenSourceChanges,
            "never" => learned::TargetMode::Never,
            "missing" => learned::TargetMode::WhenMissing,
            _ => {
                return Err(format!(
                    "--target-mode {m}: always, source, missing or never"
                ))
            }
        };
    }
    if let Some(b) = opt_val("--bonus-target") {
        opts.bonus[1] = b.parse().map_err(|e| format!("--bonus-target: {e}"))?;
    }
    if let Some(t) = opt_val("--threshold") {
        opts.threshold = t.parse().map_err(|e| format!("--threshold: {e}"))?;
    }
    // Small actor weights change nothing measurable and would fill the table the pipeline looks
    // features up in: under 1 for the perceptron (session 6, CV 567 -> 567 matched events), under
    // 0.3 for the softmax ranking (its weights are smaller; session 7).
    let prune: f32 = match opt_val("--prune") {
        Some(p) => p.parse().map_err(|e| format!("--prune: {e}"))?,
        None if opts.learner == learned::Learner::Softmax => 0.3,
        None => 1.0,
    };
    let mut folds = Vec::new();
    for (name, files) in FOLDS {
        let mut recs = Vec::new();
        for f in *files {
            recs.extend(load(dir, f)?);
        }
        folds.push((*name, recs));
    }
    // Fresh samples: the events of the engine of the time each set was written.
    let fresh_dir = opt_val("--fresh")
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/data/event-ranker").into());
    let fresh: Option<Vec<Vec<Sample>>> = if args.iter().any(|a| a == "--current-only") {
        None
    } else {
        Some(load_fresh(&fresh_dir)?)
    };
    let with_current = args.iter().any(|a| a == "--with-current");
    let current: Vec<Vec<Sample>> = folds
        .iter()
        .map(|(_, recs)| recs.iter().map(Sample::current).collect())
        .collect();
    if let Some(out) = opt_val("--write") {
        // The fresh dumps, and with --with-current (or --current-only) the events of the engine
        // this program is built with: a model that depends on the commit it was written at.
        let mut all: Vec<Sample> = fresh.iter().flatten().flatten().cloned().collect();
        if with_current || fresh.is_none() {
            all.extend(current.iter().flatten().cloned());
        }
        let mut trained = train_samples_fn(&all, &opts);
        trained.prune(prune);
        if opts.threshold <= 0.0 {
            trained.drop_keep_model();
        }
        let mut header = vec![
            "rasd learned event scorer (crates/rasd-analyze/src/events/learned.rs)".to_string(),
            "written by: cargo run --release -p rasd-analyze --example train_event_ranker -- --write data/event-ranker.tsv".to_string(),
            format!(
                "trained on {} records ({} actor examples, {} keep examples): the gold of these sets of",
                all.len(),
                trained.actor_examples,
                trained.keep_examples
            ),
            "crates/rasd-analyze/eval/ with the events of the engine of the commit each was written at".to_string(),
            "(data/event-ranker/fresh-COMMIT.jsonl, made by examples/support/fresh/make_dumps.sh):".to_string(),
        ];
        if fresh.is_some() {
            for (set, commit) in FRESH {
                header.push(format!("  {set} @ {commit}"));
            }
        }
        if with_current || fresh.is_none() {
            header.push(
                "and the events of the engine of the commit this file was written at, on every set of the folds"
                    .to_string(),
            );
        }
        let learner = match opts.learner {
            learned::Learner::Perceptron => "averaged perceptron".to_string(),
            learned::Learner::Softmax => {
                format!(
                    "softmax ranking (rate {}, l2 {})",
                    opts.rank_rate, opts.rank_l2
                )
            }
        };
        header.push(format!(
            "options: actors {learner}, {} epochs, engine bonus in training {}, targets re-decided: {:?}; keep epochs {}, learning rate {}, l2 {}; actor weights under {prune} dropped",
            opts.epochs, opts.train_bonus, opts.target_mode, opts.keep_epochs, opts.learning_rate, opts.l2
        ));
        if opts.threshold <= 0.0 {
            header.push("keep model off (threshold 0): its weights are left out".to_string());
        }
        let text = trained.to_text(&header);
        std::fs::write(&out, text).map_err(|e| format!("{out}: {e}"))?;
        println!(
            "wrote {out}: {} weights, threshold {}",
            trained.ranker.len(),
            trained.ranker.threshold()
        );
        return Ok(());
    }
    if !args.iter().any(|a| a == "--cv") {
        return Err(
            "usage: train_event_ranker --cv [--fresh DIR] [--with-current | --current-only] [--analyzer] [--thresholds T,T…] [--report | --changes] | --write FILE; training options: --learner perceptron|softmax, --no-train-bonus, --epochs N, --bonus B, --bonus-target B, --target-mode always|source|never, --threshold T, --prune W"
                .into(),
        );
    }
    let thresholds: Vec<f32> = opt_val("--thresholds")
        .unwrap_or_else(|| "0,0.2,0.3,0.4,0.5".into())
        .split(',')
        .map(|t| {
            t.trim()
                .parse()
                .map_err(|e| format!("--thresholds {t}: {e}"))
        })
        .collect::<Result<_, _>>()?;
    let eval_samples = |samples: &[Sample], ranker: Option<&Ranker>| {
        let records: Vec<EvalRecord> = samples.iter().map(|s| s.record.clone()).collect();
        let mut n = 0;
        score(&records, |_, g| {
            let e = samples
                .get(n)
                .map(|s| s.events_with(ranker))
                .unwrap_or_default();
            n += 1;
            (g.to_vec(), Vec::new(), e)
        })
        .events
    };
    if args.iter().any(|a| a == "--report") {
        // For reading: the actors of every fresh event, trained out of fold.
        let Some(fr) = &fresh else {
            return Err("--report reads the fresh dumps".into());
        };
        let mut out = std::io::stdout().lock();
        for k in 0..folds.len() {
            let train: Vec<Sample> = (0..folds.len())
                .filter(|j| *j != k)
                .flat_map(|j| fr.get(j).cloned().unwrap_or_default())
                .collect();
            let mut trained = train_samples_fn(&train, &opts);
            trained.prune(prune);
            for l in learned::actor_report(
                Some(&trained.ranker),
                fr.get(k).map(Vec::as_slice).unwrap_or_default(),
            ) {
                // A closed pipe (`| head`) ends the report quietly.
                if writeln!(out, "{l}").is_err() {
                    return Ok(());
                }
            }
        }
        return Ok(());
    }
    if args.iter().any(|a| a == "--changes") {
        // What the shipped model changes on the current engine's events (for reading).
        let builtin = Ranker::builtin();
        for s in current.iter().flatten() {
            let before = s.events_with(None);
            let after = s.events_with(builtin);
            for e in &before {
                if !after.contains(e) {
                    let gold: Vec<String> = s
                        .record
                        .events
                        .iter()
                        .map(|g| format!("{} {:?}->{:?}", g.code, g.source, g.target))
                        .collect();
                    let now: Vec<String> = after
                        .iter()
                        .filter(|a| a.sentence == e.sentence && a.code == e.code)
                        .map(|a| format!("{:?}->{:?}", a.source, a.target))
                        .collect();
                    println!(
                        "{} {} {:?}->{:?} => {:?} | gold {:?} | {}",
                        s.record.id, e.code, e.source, e.target, now, gold, e.sentence
                    );
                }
            }
        }
        return Ok(());
    }
    println!("== gold entities");
    let mut pooled: Vec<(String, Counts, Vec<Counts>)> = Vec::new();
    for (k, (name, test)) in folds.iter().enumerate() {
        let mut train_samples: Vec<Sample> = Vec::new();
        for j in (0..folds.len()).filter(|j| *j != k) {
            match &fresh {
                Some(fr) => {
                    train_samples.extend(fr.get(j).cloned().unwrap_or_default());
                    if with_current {
                        train_samples.extend(current.get(j).cloned().unwrap_or_default());
                    }
                }
                None => train_samples.extend(current.get(j).cloned().unwrap_or_default()),
            }
        }
        let mut trained = train_samples_fn(&train_samples, &opts);
        trained.prune(prune);
        println!(
            "fold {name}: {} records (trained on {} samples, {} actor examples)",
            test.len(),
            train_samples.len(),
            trained.actor_examples
        );
        let mut tests: Vec<(&str, &[Sample])> = Vec::new();
        if let Some(c) = current.get(k) {
            tests.push(("current engine", c));
        }
        if let Some(fr) = fresh.as_ref().and_then(|f| f.get(k)) {
            tests.push(("fresh engine", fr));
        }
        for (what, samples) in tests {
            if samples.is_empty() {
                continue;
            }
            let acc = learned::actor_accuracy(&trained.ranker, samples);
            let base = eval_samples(samples, None);
            println!("  [{what}, {} records] actors right engine / learned: source {} / {} of {} (+{} not candidates), target {} / {} of {} (+{})",
                samples.len(), acc[0][0], acc[0][1], acc[0][2], acc[0][3], acc[1][0], acc[1][1], acc[1][2], acc[1][3]);
            println!("    engine          events {}", line(&base));
            let slot = match pooled.iter().position(|p| p.0 == what) {
                Some(i) => i,
                None => {
                    pooled.push((
                        what.to_string(),
                        Counts::default(),
                        vec![Counts::default(); thresholds.len()],
                    ));
                    pooled.len() - 1
                }
            };
            if let Some(p) = pooled.get_mut(slot) {
                add(&mut p.1, &base);
            }
            for (ti, t) in thresholds.iter().enumerate() {
                let r = trained.ranker.clone().with_threshold(*t);
                let c = eval_samples(samples, Some(&r));
                if let Some(p) = pooled.get_mut(slot).and_then(|p| p.2.get_mut(ti)) {
                    add(p, &c);
                }
                println!("    learned t={t:.2}  events {}", line(&c));
            }
        }
    }
    for (what, base, per) in &pooled {
        println!("pooled, {what}");
        println!("    engine          events {}", line(base));
        for (t, c) in thresholds.iter().zip(per) {
            println!("    learned t={t:.2}  events {}", line(c));
        }
    }
    if args.iter().any(|a| a == "--analyzer") {
        analyzer_cv(
            prune,
            &folds,
            &fresh,
            with_current,
            &current,
            &opts,
            &thresholds,
        );
    }
    Ok(())
}

/// Which engine snapshot was fresh for which set: the commit whose rules had not read it (from
/// the table of sets in BENCHMARKS.md and `git log -- crates/rasd-analyze/eval/`; for a set
/// committed together with the rules it led to, the parent of that commit). The old dev and
/// held-out sets have none (the first engine was written on the one; the other's commit does
/// not build alone).
const FRESH: &[(&str, &str)] = &[
    ("quotes_events_dev2.jsonl", "be82efe"),
    ("quotes_events_dev3.jsonl", "f59a0ca"),
    ("quotes_events_dev4.jsonl", "67db918"),
    ("quotes_events_dev5.jsonl", "ec70b6a"),
    ("quotes_events_dev8.jsonl", "738d8d5"),
    ("quotes_events_dev9.jsonl", "738d8d5"),
    ("quotes_events_heldout2.jsonl", "c2bd791"),
    ("quotes_events_dev6.jsonl", "227ee71"),
    ("quotes_events_dev7.jsonl", "3b48fa9"),
    ("quotes_events_heldout3.jsonl", "8f89d42"),
    ("quotes_events_heldout4.jsonl", "d61f028"),
    ("quotes_events_dev10.jsonl", "d61f028"),
    ("quotes_events_dev11.jsonl", "eb71d14"),
    ("quotes_events_heldout5.jsonl", "c7a8579"),
    ("quotes_events_dev12.jsonl", "c7a8579"),
    ("quotes_events_dev13.jsonl", "c7a8579"),
    ("quotes_events_dev14.jsonl", "ead910f"),
    ("quotes_events_dev15.jsonl", "ead910f"),
    ("quotes_events_dev16.jsonl", "8840f8e"),
    ("quotes_events_dev17.jsonl", "8840f8e"),
    ("quotes_events_dev18.jsonl", "8840f8e"),
    ("quotes_events_dev19.jsonl", "8840f8e"),
    ("blind/dev19_blind.jsonl", "8840f8e"),
    ("quotes_events_dev20.jsonl", "b7ae060"),
    ("quotes_events_dev21.jsonl", "af42094"),
    ("quotes_events_dev22.jsonl", "0369897"),
    ("quotes_events_dev24.jsonl", "5c10da6"),
    ("quotes_events_dev25.jsonl", "01505f3"),
    ("quotes_events_dev26.jsonl", "099b2f1"),
];

/// Reads `DIR/dump_COMMIT.jsonl` (lines `{"set", "id", "events"}`) into fresh samples per fold.
fn load_fresh(dir: &str) -> Result<Vec<Vec<Sample>>, String> {
    let mut out = Vec::new();
    let eval = concat!(env!("CARGO_MANIFEST_DIR"), "/eval");
    for (_, files) in FOLDS {
        let mut samples = Vec::new();
        for f in *files {
            let Some((_, commit)) = FRESH.iter().find(|(s, _)| s == f) else {
                continue;
            };
            // This set's records only: a re-annotation shares its record ids with the original.
            let recs = load(eval, f)?;
            let path = format!("{dir}/fresh-{commit}.jsonl");
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
            for (n, l) in text
                .lines()
                .enumerate()
                .filter(|(_, l)| !l.trim().is_empty())
            {
                let v: serde_json::Value =
                    serde_json::from_str(l).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
                // The dump names a set by its file name.
                let file = f.rsplit('/').next().unwrap_or(f);
                if v.get("set").and_then(|s| s.as_str()) != Some(file) {
                    continue;
                }
                let id = v.get("id").and_then(|s| s.as_str()).unwrap_or_default();
                let Some(rec) = recs.iter().find(|r| r.id == id) else {
                    return Err(format!("{path}:{}: no record {id} in {f}", n + 1));
                };
                let events: Vec<rasd_model::Event> = serde_json::from_value(
                    v.get("events").cloned().unwrap_or(serde_json::Value::Null),
                )
                .map_err(|e| format!("{path}:{}: events: {e}", n + 1))?;
                samples.push(Sample::from_traced_labels(rec, events));
            }
        }
        out.push(samples);
    }
    Ok(out)
}

/// Cross-validation through the Analyzer (current engine, found entities).
fn analyzer_cv(
    prune: f32,
    folds: &[(&str, Vec<EvalRecord>)],
    fresh: &Option<Vec<Vec<Sample>>>,
    with_current: bool,
    current: &[Vec<Sample>],
    opts: &TrainOptions,
    thresholds: &[f32],
) {
    println!("== Analyzer");
    let mut pooled_base = Counts::default();
    let mut pooled = vec![Counts::default(); thresholds.len()];
    for (k, (name, test)) in folds.iter().enumerate() {
        let mut train_samples: Vec<Sample> = Vec::new();
        for j in (0..folds.len()).filter(|j| *j != k) {
            match fresh {
                Some(fr) => {
                    train_samples.extend(fr.get(j).cloned().unwrap_or_default());
                    if with_current {
                        train_samples.extend(current.get(j).cloned().unwrap_or_default());
                    }
                }
                None => train_samples.extend(current.get(j).cloned().unwrap_or_default()),
            }
        }
        let mut trained = train_samples_fn(&train_samples, opts);
        trained.prune(prune);
        let found: Vec<Vec<rasd_model::Entity>> = test
            .iter()
            .map(|r| {
                Analyzer::embedded()
                    .analyze(&rasd_analyze::events::eval::record_article(r))
                    .entities
            })
            .collect();
        let eval = |ranker: Option<&Ranker>| {
            let mut n = 0;
            score(test, |a, _| {
                let ents = found.get(n).cloned().unwrap_or_default();
                n += 1;
                let (q, e) = find_quotes_and_events_with(a, &ents, ranker);
                (ents, q, e)
            })
            .events
        };
        let base = eval(None);
        add(&mut pooled_base, &base);
        println!("fold {name}");
        println!("    engine          events {}", line(&base));
        for (ti, t) in thresholds.iter().enumerate() {
            let r = trained.ranker.clone().with_threshold(*t);
            let c = eval(Some(&r));
            if let Some(p) = pooled.get_mut(ti) {
                add(p, &c);
            }
            println!("    learned t={t:.2}  events {}", line(&c));
        }
    }
    println!("pooled, Analyzer");
    println!("    engine          events {}", line(&pooled_base));
    for (t, c) in thresholds.iter().zip(&pooled) {
        println!("    learned t={t:.2}  events {}", line(c));
    }
}
