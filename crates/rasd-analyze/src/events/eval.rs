//! Scoring quotes and events against an annotated set (`eval/quotes_events.jsonl`).
//!
//! Each [`EvalRecord`] is one or more paragraphs of the project's own news-style Arabic, the
//! entities in it (by name and spellings), and the gold quotes (speaker + text) and events (code
//! root + source + target + negation). [`score`] runs a finder on every record and counts
//! matches one-to-one:
//!
//! - a quote matches when the speaker is the same gold entity (or both are unnamed) and the texts
//!   share at least half their words (token F1 ≥ 0.5, after normalization);
//! - an event matches when the CAMEO root (two digits), negation, source and target agree.
//!   Actors agree *strictly* when they are the same gold entity (or both absent), and *by country*
//!   when they agree strictly or their countries are the same (a person standing for their
//!   country).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rasd_model::{Article, Entity, EntityType, Event, Mention, Quote};
use serde::Deserialize;

use super::text::{normalize_word, tokenize, TokenKind};

/// One annotated record.
#[derive(Debug, Clone, Deserialize)]
pub struct EvalRecord {
    /// Record id (`p01`).
    pub id: String,
    /// The text; paragraphs are separated by newlines.
    pub text: String,
    /// The entities named in the text.
    pub entities: Vec<GoldEntity>,
    /// Gold quotes.
    pub quotes: Vec<GoldQuote>,
    /// Gold events.
    pub events: Vec<GoldEvent>,
}

/// A gold entity, by name.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    /// Canonical name (what gold quotes and events refer to).
    pub name: String,
    /// `person`, `location` or `organization`.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// ISO 3166-1 alpha-3 code of its country.
    pub country: Option<String>,
    /// Every spelling in the text (the name included).
    pub aliases: Vec<String>,
}

/// A gold quote.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    /// The speaker's gold name; `None` for an unnamed source.
    pub speaker: Option<String>,
    /// What was said.
    pub text: String,
}

/// A gold event.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    /// CAMEO root, two digits (`"04"`).
    pub code: String,
    /// Source's gold name.
    pub source: Option<String>,
    /// Target's gold name.
    pub target: Option<String>,
    /// Negated.
    pub negated: bool,
}

/// Why an annotated set could not be read. The message names the file (and the line) and
/// carries the cause's own message.
#[derive(Debug, thiserror::Error)]
pub enum SetError {
    /// The file could not be read.
    #[error("{}: {error}", path.display())]
    Io {
        /// The set.
        path: PathBuf,
        /// The cause.
        error: std::io::Error,
    },
    /// A line is not an evaluation record.
    #[error("{}:{line}: not an evaluation record: {error}", path.display())]
    Record {
        /// The set.
        path: PathBuf,
        /// The line (from 1).
        line: usize,
        /// The cause.
        error: serde_json::Error,
    },
}

/// Reads an annotated set: one [`EvalRecord`] per JSON line, blank lines skipped; an error names
/// the file and the line.
pub fn load_records(path: &Path) -> Result<Vec<EvalRecord>, SetError> {
    let text = std::fs::read_to_string(path).map_err(|error| SetError::Io {
        path: path.to_owned(),
        error,
    })?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).map_err(|error| SetError::Record {
                path: path.to_owned(),
                line: n + 1,
                error,
            })
        })
        .collect()
}

/// Precision and recall counts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    /// Found and in gold.
    pub matched: usize,
    /// Found.
    pub found: usize,
    /// In gold.
    pub gold: usize,
}

/// `P 0.900  R 0.800  F1 0.847  (matched 36, found 40, gold 45)`, as the eval commands print it.
impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "P {:.3}  R {:.3}  F1 {:.3}  (matched {}, found {}, gold {})",
            self.precision(),
            self.recall(),
            self.f1(),
            self.matched,
            self.found,
            self.gold
        )
    }
}

impl Counts {
    /// matched / found (1 when nothing was found).
    pub fn precision(&self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.matched as f64 / self.found as f64
        }
    }
    /// matched / gold (1 when gold is empty).
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.matched as f64 / self.gold as f64
        }
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.matched += o.matched;
        self.found += o.found;
        self.gold += o.gold;
    }
}

/// The scores of a run, with one line per miss or false alarm.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Records scored.
    pub records: usize,
    /// Quotes (speaker + text).
    pub quotes: Counts,
    /// Events with actors matched strictly.
    pub events: Counts,
    /// Events with actors matched by entity or country.
    pub events_by_country: Counts,
    /// `id: missed/extra …` lines, for reading the errors.
    pub errors: Vec<String>,
}

/// The article of a record: one paragraph per line.
pub fn record_article(r: &EvalRecord) -> Article {
    let body: Vec<String> = r
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    Article {
        id: r.id.clone(),
        body,
        published: Some("2025-01-01T00:00:00".into()),
        ..Article::default()
    }
}

/// The gold entities of a record as [`Entity`] values (id = name), with a mention wherever a
/// spelling occurs as a word or behind a proclitic (و ف ب ل ك), longest spelling first.
pub fn gold_entities(r: &EvalRecord, article: &Article) -> Vec<Entity> {
    let mut all: Vec<(usize, &str)> = Vec::new();
    for (ei, e) in r.entities.iter().enumerate() {
        for a in &e.aliases {
            all.push((ei, a.as_str()));
        }
    }
    // "للأمم المتحدة": after ل the article's alef is not written; match "لأمم المتحدة" behind ل.
    let elided: Vec<(usize, String)> = all
        .iter()
        .filter_map(|(ei, a)| a.strip_prefix('ا').map(|rest| (*ei, rest.to_string())))
        .collect();
    all.sort_by_key(|(_, a)| std::cmp::Reverse(a.chars().count()));
    let mut out: Vec<Entity> = r
        .entities
        .iter()
        .map(|g| Entity {
            id: g.name.clone(),
            name: g.name.clone(),
            kind: g.kind,
            aliases: g.aliases.clone(),
            country: g.country.clone(),
            coordinates: None,
            mentions: Vec::new(),
        })
        .collect();
    // Longest first, elided or not: "للرئاسة التونسية" before "التونسية".
    let mut ordered: Vec<(usize, &str, bool)> = all
        .iter()
        .map(|(ei, a)| (*ei, *a, false))
        .chain(elided.iter().map(|(ei, a)| (*ei, a.as_str(), true)))
        .collect();
    ordered.sort_by_key(|(_, a, _)| std::cmp::Reverse(a.chars().count()));
    for (p, para) in article.body.iter().enumerate() {
        let chars: Vec<char> = para.chars().collect();
        let mut taken = vec![false; chars.len()];
        for (ei, alias, behind_lam) in &ordered {
            let n: Vec<char> = alias.chars().collect();
            if n.is_empty() {
                continue;
            }
            let mut i = 0;
            while i + n.len() <= chars.len() {
                let at_word = if *behind_lam {
                    i > 0 && chars.get(i - 1) == Some(&'ل') && starts_word(&chars, i - 1)
                } else {
                    starts_word(&chars, i)
                };
                let hit = chars.get(i..i + n.len()) == Some(&n[..])
                    && !taken
                        .get(i..i + n.len())
                        .is_some_and(|t| t.iter().any(|&t| t))
                    && chars.get(i + n.len()).is_none_or(|c| !c.is_alphabetic())
                    && at_word;
                if hit {
                    taken
                        .iter_mut()
                        .skip(i)
                        .take(n.len())
                        .for_each(|t| *t = true);
                    if let Some(e) = out.get_mut(*ei) {
                        e.mentions.push(Mention {
                            text: alias.to_string(),
                            part: Default::default(),
                            paragraph: p,
                            start: i,
                            end: i + n.len(),
                        });
                    }
                    i += n.len();
                } else {
                    i += 1;
                }
            }
        }
    }
    out
}

/// True when `i` starts a word, or follows one or two proclitic letters that start one.
fn starts_word(chars: &[char], i: usize) -> bool {
    let mut k = i;
    let mut clitics = 0;
    while k > 0 {
        let Some(&c) = chars.get(k - 1) else {
            return true;
        };
        if !c.is_alphabetic() {
            return true;
        }
        if clitics == 2 || !matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك') {
            return false;
        }
        clitics += 1;
        k -= 1;
    }
    true
}

fn words(s: &str) -> HashSet<String> {
    let chars: Vec<char> = s.chars().collect();
    tokenize(&chars)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| {
            normalize_word(
                &chars
                    .iter()
                    .skip(t.start)
                    .take(t.end - t.start)
                    .collect::<String>(),
            )
        })
        .collect()
}

fn text_match(a: &str, b: &str) -> bool {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let common = wa.intersection(&wb).count() as f64;
    2.0 * common / (wa.len() + wb.len()) as f64 >= 0.5
}

/// Maps a found entity id to the gold entity it denotes: the gold entity whose mentions overlap
/// its mentions the most.
fn to_gold(id: Option<&str>, found: &[Entity], gold: &[Entity]) -> Option<usize> {
    let e = found.iter().find(|e| Some(e.id.as_str()) == id)?;
    let mut best: Option<(usize, usize)> = None;
    for (gi, g) in gold.iter().enumerate() {
        let overlap = e
            .mentions
            .iter()
            .filter(|m| {
                g.mentions
                    .iter()
                    .any(|n| n.paragraph == m.paragraph && n.start < m.end && m.start < n.end)
            })
            .count();
        if overlap > 0 && best.is_none_or(|(o, _)| overlap > o) {
            best = Some((overlap, gi));
        }
    }
    best.map(|(_, gi)| gi).or_else(|| by_name(e, gold))
}

/// True when a gold entity is the state with this alpha-3 code: a place whose name or a spelling
/// the gazetteer knows as that country's name (not a town of it).
fn is_state(g: &Entity, alpha3: &str) -> bool {
    let gaz = super::engine::gazetteer();
    g.kind == EntityType::Location
        && g.country.as_deref() == Some(alpha3)
        && std::iter::once(&g.name).chain(&g.aliases).any(|a| {
            gaz.lookup(&crate::entities::tokens::normalize_phrase(a))
                .iter()
                .any(|h| {
                    !h.adjective
                        && gaz.entry(h.entry).is_some_and(|e| {
                            e.class == crate::gazetteer::Class::Country
                                && e.country.as_deref() == Some(alpha3)
                        })
                })
        })
}

/// The gold entity a found entity names when no mention of theirs overlaps: the one gold entity
/// of the same kind whose name or a spelling is the found entity's name or a spelling of it. A
/// state the record names only by an inflected nationality (`صيادا لبنانيا`) has no gold mention
/// there, yet the found "لبنان" is the gold "لبنان".
fn by_name(e: &Entity, gold: &[Entity]) -> Option<usize> {
    let phrase = |s: &str| {
        s.split_whitespace()
            .map(normalize_word)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let names: HashSet<String> = std::iter::once(&e.name)
        .chain(&e.aliases)
        .map(|s| phrase(s))
        .filter(|s| !s.is_empty())
        .collect();
    let mut hits = gold.iter().enumerate().filter(|(_, g)| {
        g.kind == e.kind
            && std::iter::once(&g.name)
                .chain(&g.aliases)
                .any(|a| names.contains(&phrase(a)))
    });
    match (hits.next(), hits.next()) {
        (Some((gi, _)), None) => Some(gi),
        _ => None,
    }
}

/// Runs `find` (article → entities, quotes, events) on every record and scores it.
pub fn score<F>(records: &[EvalRecord], mut find: F) -> Report
where
    F: FnMut(&Article, &[Entity]) -> (Vec<Entity>, Vec<Quote>, Vec<Event>),
{
    let mut report = Report {
        records: records.len(),
        ..Report::default()
    };
    for r in records {
        let article = record_article(r);
        let gold = gold_entities(r, &article);
        let (found_entities, quotes, events) = find(&article, &gold);
        let gold_idx = |name: &Option<String>| {
            name.as_ref()
                .and_then(|n| gold.iter().position(|g| &g.name == n))
        };
        let country_of =
            |gi: Option<usize>| gi.and_then(|g| gold.get(g)).and_then(|g| g.country.clone());

        // Quotes.
        let mut used = vec![false; quotes.len()];
        let mut c = Counts {
            found: quotes.len(),
            gold: r.quotes.len(),
            matched: 0,
        };
        for gq in &r.quotes {
            let want = gold_idx(&gq.speaker);
            let hit = quotes.iter().enumerate().position(|(qi, q)| {
                !used.get(qi).copied().unwrap_or(true)
                    && to_gold(q.speaker.as_deref(), &found_entities, &gold) == want
                    && text_match(&q.text, &gq.text)
            });
            match hit {
                Some(qi) => {
                    if let Some(u) = used.get_mut(qi) {
                        *u = true;
                    }
                    c.matched += 1;
                }
                None => report.errors.push(format!(
                    "{}: missed quote {:?}: {}",
                    r.id, gq.speaker, gq.text
                )),
            }
        }
        for (qi, q) in quotes.iter().enumerate() {
            if !used.get(qi).copied().unwrap_or(true) {
                let who = to_gold(q.speaker.as_deref(), &found_entities, &gold)
                    .and_then(|g| gold.get(g))
                    .map(|g| g.name.clone());
                report.errors.push(format!(
                    "{}: extra quote {:?} [{:?}]: {}",
                    r.id, who, q.speaker_text, q.text
                ));
            }
        }
        report.quotes.add(c);

        // Events, strictly and by country.
        for by_country in [false, true] {
            let mut used = vec![false; events.len()];
            let mut c = Counts {
                found: events.len(),
                gold: r.events.len(),
                matched: 0,
            };
            let actor_ok = |want: Option<usize>, id: Option<&str>, country: Option<&str>| {
                let got = to_gold(id, &found_entities, &gold);
                if got == want {
                    return true;
                }
                // An actor given by its state alone (no entity: `صيادا لبنانيا` → LBN) is that
                // state's gold entity.
                if id.is_none() && want.is_some() && country.is_some() {
                    if let (Some(c), Some(w)) = (country, want.and_then(|w| gold.get(w))) {
                        if is_state(w, c) {
                            return true;
                        }
                    }
                }
                by_country && {
                    let wc = country_of(want);
                    let gc = country.map(str::to_string).or_else(|| country_of(got));
                    wc.is_some() && wc == gc
                }
            };
            for ge in &r.events {
                let (ws, wt) = (gold_idx(&ge.source), gold_idx(&ge.target));
                let hit = events.iter().enumerate().position(|(ei, e)| {
                    !used.get(ei).copied().unwrap_or(true)
                        && e.code.get(..2) == Some(ge.code.as_str())
                        && e.negated == ge.negated
                        && actor_ok(ws, e.source.as_deref(), e.source_country.as_deref())
                        && actor_ok(wt, e.target.as_deref(), e.target_country.as_deref())
                });
                match hit {
                    Some(ei) => {
                        if let Some(u) = used.get_mut(ei) {
                            *u = true;
                        }
                        c.matched += 1;
                    }
                    None if !by_country => report.errors.push(format!(
                        "{}: missed event {} {:?}→{:?} neg={}",
                        r.id, ge.code, ge.source, ge.target, ge.negated
                    )),
                    None => {}
                }
            }
            if !by_country {
                for (ei, e) in events.iter().enumerate() {
                    if !used.get(ei).copied().unwrap_or(true) {
                        let name = |id: Option<&str>| {
                            to_gold(id, &found_entities, &gold)
                                .and_then(|g| gold.get(g))
                                .map(|g| g.name.clone())
                        };
                        report.errors.push(format!(
                            "{}: extra event {} {:?}→{:?} neg={}",
                            r.id,
                            e.code,
                            name(e.source.as_deref()),
                            name(e.target.as_deref()),
                            e.negated
                        ));
                    }
                }
                report.events.add(c);
            } else {
                report.events_by_country.add(c);
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> EvalRecord {
        EvalRecord {
            id: "t1".into(),
            text: "زار الوزير سامي ناصر مالي. وقال ناصر إن الزيارة كانت ناجحة.".into(),
            entities: vec![
                GoldEntity {
                    name: "سامي ناصر".into(),
                    kind: EntityType::Person,
                    country: Some("EGY".into()),
                    aliases: vec!["سامي ناصر".into(), "ناصر".into()],
                },
                GoldEntity {
                    name: "مالي".into(),
                    kind: EntityType::Location,
                    country: Some("MLI".into()),
                    aliases: vec!["مالي".into()],
                },
            ],
            quotes: vec![GoldQuote {
                speaker: Some("سامي ناصر".into()),
                text: "الزيارة كانت ناجحة".into(),
            }],
            events: vec![GoldEvent {
                code: "04".into(),
                source: Some("سامي ناصر".into()),
                target: Some("مالي".into()),
                negated: false,
            }],
        }
    }

    #[test]
    fn sets_load_with_errors_naming_file_and_line() {
        let dir = std::env::temp_dir().join(format!("rasd-eval-set-{}", std::process::id()));
        std::fs::create_dir_all(&dir).ok();
        let good = r#"{"id": "a", "text": "قال", "entities": [], "quotes": [], "events": []}"#;
        let path = dir.join("set.jsonl");
        std::fs::write(&path, format!("{good}\n\n{good}\n{{not json\n")).ok();
        let err = load_records(&path)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("set.jsonl:4: not an evaluation record"),
            "{err}"
        );
        std::fs::write(&path, format!("{good}\n\n{good}\n")).ok();
        assert_eq!(load_records(&path).map(|r| r.len()).ok(), Some(2));
        assert!(matches!(
            load_records(&dir.join("missing.jsonl")),
            Err(SetError::Io { .. })
        ));
        let c = Counts {
            matched: 36,
            found: 40,
            gold: 45,
        };
        assert_eq!(
            c.to_string(),
            "P 0.900  R 0.800  F1 0.847  (matched 36, found 40, gold 45)"
        );
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn gold_mentions_prefer_longest_spelling() {
        let r = record();
        let a = record_article(&r);
        let g = gold_entities(&r, &a);
        let spans: Vec<(usize, usize)> = g
            .first()
            .map(|e| e.mentions.iter().map(|m| (m.start, m.end)).collect())
            .unwrap_or_default();
        assert_eq!(spans.len(), 2, "{spans:?}");
    }

    #[test]
    fn perfect_finder_scores_one_and_empty_finder_zero_recall() {
        let recs = [record()];
        let perfect = score(&recs, |a, e| {
            let (q, ev) = crate::events::find_quotes_and_events(a, e);
            (e.to_vec(), q, ev)
        });
        assert_eq!(perfect.quotes.matched, 1, "{:?}", perfect.errors);
        assert_eq!(perfect.events.matched, 1, "{:?}", perfect.errors);
        let empty = score(&recs, |_, e| (e.to_vec(), vec![], vec![]));
        assert_eq!(empty.quotes.recall(), 0.0);
        assert_eq!(empty.events.recall(), 0.0);
        assert_eq!(empty.events.precision(), 1.0);
    }

    /// A record where the target state is named only by an inflected nationality.
    fn nationality_record() -> EvalRecord {
        EvalRecord {
            id: "t2".into(),
            text: "احتجزت دورية تونسية بحارا جزائريا قرب السواحل.".into(),
            entities: vec![
                GoldEntity {
                    name: "تونس".into(),
                    kind: EntityType::Location,
                    country: Some("TUN".into()),
                    aliases: vec!["تونس".into(), "تونسية".into()],
                },
                GoldEntity {
                    name: "الجزائر".into(),
                    kind: EntityType::Location,
                    country: Some("DZA".into()),
                    aliases: vec!["الجزائر".into()],
                },
            ],
            quotes: vec![],
            events: vec![GoldEvent {
                code: "17".into(),
                source: Some("تونس".into()),
                target: Some("الجزائر".into()),
                negated: false,
            }],
        }
    }

    fn seizure(target: Option<&str>, target_country: Option<&str>) -> Event {
        let mut e =
            crate::events::bare_event("173", Some("تونس".into()), target.map(str::to_string), "");
        e.source_country = Some("TUN".into());
        e.target_country = target_country.map(str::to_string);
        e
    }

    #[test]
    fn an_actor_given_by_its_state_alone_is_that_states_gold_entity() {
        let recs = [nationality_record()];
        let by_state = score(&recs, |_, e| {
            (e.to_vec(), vec![], vec![seizure(None, Some("DZA"))])
        });
        assert_eq!(by_state.events.matched, 1, "{:?}", by_state.errors);
        // Another state, or a town of the state, is not it.
        let other = score(&recs, |_, e| {
            (e.to_vec(), vec![], vec![seizure(None, Some("MAR"))])
        });
        assert_eq!(other.events.matched, 0);
        let mut town = nationality_record();
        if let Some(g) = town.entities.get_mut(1) {
            g.name = "وهران".into();
            g.aliases = vec!["وهران".into()];
        }
        if let Some(ev) = town.events.get_mut(0) {
            ev.target = Some("وهران".into());
        }
        let town = score(&[town], |_, e| {
            (e.to_vec(), vec![], vec![seizure(None, Some("DZA"))])
        });
        assert_eq!(town.events.matched, 0);
    }

    #[test]
    fn a_found_entity_with_no_overlapping_mention_is_the_gold_entity_of_its_name() {
        let recs = [nationality_record()];
        let found = |_: &Article, e: &[Entity]| {
            let mut all = e.to_vec();
            all.push(Entity {
                id: "loc:DZA".into(),
                name: "الجزائر".into(),
                kind: EntityType::Location,
                aliases: vec!["الجزائر".into(), "جزائريا".into()],
                country: Some("DZA".into()),
                coordinates: None,
                mentions: vec![Mention {
                    paragraph: 0,
                    start: 26,
                    end: 33,
                    text: "جزائريا".into(),
                    part: Default::default(),
                }],
            });
            (all, vec![], vec![seizure(Some("loc:DZA"), Some("DZA"))])
        };
        let r = score(&recs, found);
        assert_eq!(r.events.matched, 1, "{:?}", r.errors);
    }
}
