//! A diagnostic, not shipped behaviour: why each gold event of an evaluation set is missed.
//!
//! `RASD_MISSED_SETS=a.jsonl:b.jsonl cargo test -p rasd-analyze --lib missed_events -- --ignored
//! --nocapture` runs the pipeline of `events::find_in` stage by stage on each record (gold
//! entities, the shipped ranker) and, for each gold event the final events do not match, prints
//! one line `MISSED <record> <root> <source>→<target> neg=<n> <class> <detail>` and a tally:
//! - `a:no-entry`: no word of the record has a lexicon entry of the root;
//! - `a:filtered`: a word has one, but the paragraph's lexicon pass rejects it (object missing,
//!   a bare verb where no verb stands, part of a name, after a preposition);
//! - `b:no-candidate`: a trigger of the root, and the engine made no event of that root;
//! - `c:<stage>`: the engine made the gold event and a stage dropped it or cleared its actor
//!   (`topic`, `told`, `ranker`, a step of `settle_actors`, `drop_repeats`);
//! - `d:actors` / `d:negation`: the engine made an event of the root, never with the gold
//!   actors (or with the other negation).
//!
//! `RASD_MISSED_SHOW=<record id>` also prints that record's events after every stage (`*`: every
//! record's).

use super::*;
use crate::events::eval::{gold_entities, load_records, record_article, GoldEvent};
use crate::events::{drop_repeats, learned, told, topic};

/// True when `e` is `g` (root, actors, negation), with gold entities (ids are names).
fn same(e: &Event, g: &GoldEvent) -> bool {
    e.code.get(..2) == Some(g.code.as_str())
        && e.negated == g.negated
        && e.source == g.source
        && e.target == g.target
}

/// True when some event of `events` has the root of `g`.
fn root_in(events: &[Event], g: &GoldEvent) -> bool {
    events
        .iter()
        .any(|e| e.code.get(..2) == Some(g.code.as_str()))
}

/// The root of an entry's role, if it codes one (a speech verb that states codes 01).
fn entry_root(e: &Entry) -> Option<String> {
    match &e.role {
        Role::Event(c) => c.get(..2).map(str::to_string),
        Role::Speech { statement: true } => Some("01".into()),
        _ => None,
    }
}

#[test]
#[ignore]
fn missed_events() {
    let Ok(sets) = std::env::var("RASD_MISSED_SETS") else {
        return;
    };
    let lex = Lexicon::builtin();
    let ranker = learned::Ranker::builtin();
    let mut tally: std::collections::BTreeMap<String, usize> = Default::default();
    let mut total = 0;
    for path in sets.split(':') {
        let Ok(records) = load_records(std::path::Path::new(path)) else {
            println!("cannot read {path}");
            continue;
        };
        for r in &records {
            let article = record_article(r);
            let entities = gold_entities(r, &article);
            let body = text::Body::of(&article.body);
            // Raw lexicon hits and the paragraph pass's hits, by root.
            let mut raw: Vec<(String, String)> = Vec::new();
            let mut kept: Vec<(String, String)> = Vec::new();
            for (index, (chars, tokens)) in body.chars.iter().zip(&body.tokens).enumerate() {
                for t in tokens.iter() {
                    if let Some(hit) = lex.lookup(&t.norm) {
                        for e in hit.entries {
                            if let Some(root) = entry_root(e) {
                                raw.push((root, t.norm.clone()));
                            }
                        }
                    }
                }
                let para = Para::new(index, chars.clone(), tokens.clone(), &entities, lex);
                for (k, h) in para.hits.iter().enumerate() {
                    if let Some(root) = h.and_then(entry_root) {
                        let w = tokens.get(k).map(|t| t.norm.clone()).unwrap_or_default();
                        kept.push((root, w));
                    }
                }
            }
            // The stages of `find_in`.
            let mut stages: Vec<(String, Vec<Event>)> = Vec::new();
            let headline = text::tokenize(&article.headline.chars().collect::<Vec<_>>());
            let off = topic::off_topic(&headline, &body.tokens);
            let (_, mut events, mut triggers, texts) = run_traced_on(&article, &entities, body);
            stages.push(("engine".into(), events.clone()));
            if off {
                events.clear();
                triggers.clear();
            }
            stages.push(("topic".into(), events.clone()));
            told::drop_untold(&article, &mut events, &mut triggers, &texts);
            stages.push(("told".into(), events.clone()));
            if let Some(rk) = ranker {
                learned::apply(rk, &article, &entities, &mut events, &mut triggers, texts);
            }
            stages.push(("ranker".into(), events.clone()));
            crate::actors::settle_actors_traced(
                &mut events,
                &triggers,
                &entities,
                &article,
                &mut |name, evs| stages.push((name.to_string(), evs.to_vec())),
            );
            drop_repeats(&mut events);
            stages.push(("drop_repeats".into(), events.clone()));
            // `RASD_MISSED_SHOW=<record id>` (or `*`): every stage's events of that record.
            if std::env::var("RASD_MISSED_SHOW").is_ok_and(|v| v == r.id || v == "*") {
                for (name, evs) in &stages {
                    for e in evs {
                        println!(
                            "SHOW {} {name}: {} {:?}→{:?} neg={}",
                            r.id, e.code, e.source, e.target, e.negated
                        );
                    }
                }
            }
            // The final matching, one to one as `eval::score` does.
            let mut used = vec![false; events.len()];
            for g in &r.events {
                total += 1;
                if let Some(k) = (0..events.len()).find(|&k| !used[k] && same(&events[k], g)) {
                    used[k] = true;
                    continue;
                }
                let words = |list: &[(String, String)]| {
                    let mut w: Vec<&str> = list
                        .iter()
                        .filter(|(root, _)| *root == g.code)
                        .map(|(_, w)| w.as_str())
                        .collect();
                    w.dedup();
                    w.join(",")
                };
                let engine = &stages[0].1;
                let class = if engine.iter().any(|e| same(e, g)) {
                    let lost = stages
                        .iter()
                        .find(|(_, evs)| !evs.iter().any(|e| same(e, g)))
                        .map(|(name, evs)| {
                            let how = if root_in(evs, g) { "actor" } else { "drop" };
                            format!("c:{name}:{how}")
                        })
                        .unwrap_or_else(|| "c:one-to-one".into());
                    lost
                } else if root_in(engine, g) {
                    let neg = engine.iter().any(|e| {
                        e.code.get(..2) == Some(g.code.as_str())
                            && e.source == g.source
                            && e.target == g.target
                    });
                    if neg {
                        "d:negation".to_string()
                    } else {
                        "d:actors".to_string()
                    }
                } else if kept.iter().any(|(root, _)| *root == g.code) {
                    "b:no-candidate".to_string()
                } else if raw.iter().any(|(root, _)| *root == g.code) {
                    "a:filtered".to_string()
                } else {
                    "a:no-entry".to_string()
                };
                let detail = match class.as_str() {
                    "b:no-candidate" => words(&kept),
                    "a:filtered" => words(&raw),
                    _ => {
                        let mut v: Vec<String> = engine
                            .iter()
                            .filter(|e| e.code.get(..2) == Some(g.code.as_str()))
                            .map(|e| format!("{} {:?}→{:?}", e.code, e.source, e.target))
                            .collect();
                        v.dedup();
                        v.join(" | ")
                    }
                };
                *tally.entry(class.clone()).or_default() += 1;
                println!(
                    "MISSED {} {} {:?}→{:?} neg={} {class} {detail}",
                    r.id, g.code, g.source, g.target, g.negated
                );
            }
        }
    }
    println!("TOTAL gold {total}");
    for (class, n) in &tally {
        println!("TALLY {class} {n}");
    }
}
