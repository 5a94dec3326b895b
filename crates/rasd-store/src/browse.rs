//! Browsing the store: one article with its analysis, quotes and events with filters, the
//! articles mentioning an entity, and the places a search mentions (for a map). These are what
//! the HTTP API and the dashboard show beside [`Store::search`](crate::Store::search) and the
//! entity profiles of [`profile`](crate::profile).

use std::collections::BTreeMap;

use rasd_model::{Analysis, Entity, EntityType, Event, Mention, Quote};
use rusqlite::types::Value as SqlValue;
use rusqlite::{params_from_iter, OptionalExtension};
use serde::Serialize;

use crate::index::day_number;
use crate::profile::{Dated, EntityInfo};
use crate::{Result, SearchRequest, Store, StoreError};

/// Search hits whose places [`Store::places`] counts (the best ones first).
pub const PLACES_FROM_HITS: usize = 300;

/// A stored article with its analysis, as the store holds them.
#[derive(Debug, Clone, Serialize)]
pub struct StoredAnalysis {
    /// The article and its entities (with this article's mentions), quotes and events.
    /// Mentions are body mentions; event countries are not stored and are left out.
    pub analysis: Analysis,
    /// The story the article belongs to (syndicated copies share one).
    pub story_id: String,
}

/// An article, in a list.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ArticleRef {
    /// Article id.
    pub id: String,
    /// Headline.
    pub headline: String,
    /// Day of publication, `YYYY-MM-DD`.
    pub day: Option<String>,
    /// Source (publisher or site).
    pub source: Option<String>,
    /// URL, when known.
    pub url: Option<String>,
}

/// A quote, with its article and the speaker's name.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuoteRecord {
    /// What was said.
    pub text: String,
    /// Direct quote or reported speech.
    pub direct: bool,
    /// Entity id of the speaker, when resolved.
    pub speaker: Option<String>,
    /// Canonical name of the speaker, when resolved.
    pub speaker_name: Option<String>,
    /// The words naming the speaker in the text.
    pub speaker_text: Option<String>,
    /// Paragraph of the article.
    pub paragraph: u64,
    /// Article id.
    pub doc_id: String,
    /// Article headline.
    pub headline: String,
    /// Article day.
    pub day: Option<String>,
}

/// An event, with its article and the actors' names.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventRecord {
    /// CAMEO code.
    pub code: String,
    /// CAMEO label.
    pub label: String,
    /// Entity id of the actor who acts.
    pub source: Option<String>,
    /// Name of the actor who acts.
    pub source_name: Option<String>,
    /// Entity id of the actor acted upon.
    pub target: Option<String>,
    /// Name of the actor acted upon.
    pub target_name: Option<String>,
    /// Did not happen.
    pub negated: bool,
    /// Goldstein conflict–cooperation score.
    pub goldstein: f64,
    /// Day of the event (its own date, else the article's).
    pub day: Option<String>,
    /// The evidence sentence.
    pub sentence: String,
    /// Paragraph of the article.
    pub paragraph: u64,
    /// Article id.
    pub doc_id: String,
    /// Article headline.
    pub headline: String,
}

/// A page of rows and how many match in all.
#[derive(Debug, Clone, Serialize)]
pub struct Page<T> {
    /// Rows matching the filter in all.
    pub total: u64,
    /// The rows asked for.
    pub items: Vec<T>,
}

/// Which quotes to list. Entity filters take an id, a name or an alias.
#[derive(Debug, Clone, Default)]
pub struct QuoteFilter {
    /// Only quotes of this speaker.
    pub speaker: Option<String>,
    /// Only quotes whose text contains this (as written).
    pub contains: Option<String>,
    /// First day, `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`, inclusive.
    pub to: Option<String>,
    /// Rows to return.
    pub limit: usize,
    /// Rows to skip.
    pub offset: usize,
}

/// Which events to list. Entity filters take an id, a name or an alias.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Only events where this entity is the source or the target.
    pub actor: Option<String>,
    /// Only events with this source.
    pub source: Option<String>,
    /// Only events with this target.
    pub target: Option<String>,
    /// Only events whose CAMEO code starts with this (`"04"`, `"042"`).
    pub code: Option<String>,
    /// First day, `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`, inclusive.
    pub to: Option<String>,
    /// Rows to return.
    pub limit: usize,
    /// Rows to skip.
    pub offset: usize,
}

/// A place on a map and how many articles mention it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Place {
    /// Entity id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Articles mentioning it (among those counted).
    pub count: u64,
}

fn entity_type(name: &str) -> Option<EntityType> {
    match name {
        "person" => Some(EntityType::Person),
        "location" => Some(EntityType::Location),
        "organization" => Some(EntityType::Organization),
        _ => None,
    }
}

/// A filter's text, unless empty.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

fn check_day(flag: &str, day: Option<&str>) -> Result<()> {
    match day {
        Some(d) if day_number(d).is_none() => Err(StoreError::Invalid {
            what: format!("{flag} {d}"),
            reason: "not a date; use YYYY-MM-DD".into(),
        }),
        _ => Ok(()),
    }
}

/// `WHERE` clauses and their parameters, built up filter by filter.
#[derive(Default)]
struct Where {
    clauses: Vec<String>,
    params: Vec<SqlValue>,
}

impl Where {
    fn push(&mut self, clause: &str, values: impl IntoIterator<Item = SqlValue>) {
        // Each `?` becomes `?N`, numbered after the parameters already pushed.
        let mut values = values.into_iter();
        let mut numbered = String::with_capacity(clause.len() + 8);
        for c in clause.chars() {
            if c == '?' {
                if let Some(v) = values.next() {
                    self.params.push(v);
                    numbered.push_str(&format!("?{}", self.params.len()));
                    continue;
                }
            }
            numbered.push(c);
        }
        self.clauses.push(numbered);
    }

    fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.clauses.join(" AND "))
        }
    }
}

impl Store {
    /// The entity ids of an id, name or alias, or an error naming it when there is none.
    fn entity_ids(&self, what: &str, name: &str) -> Result<Vec<String>> {
        let ids = self.resolve_entity(name)?;
        if ids.is_empty() {
            return Err(StoreError::UnknownEntity {
                what: format!("{what} {name}"),
            });
        }
        Ok(ids)
    }

    /// The entity with this id, name or alias (the most mentioned if several), if any.
    pub fn find_entity(&self, name: &str) -> Result<Option<EntityInfo>> {
        let Some(id) = self.resolve_entity(name)?.into_iter().next() else {
            return Ok(None);
        };
        self.db
            .prepare_cached("SELECT id, name, type, country FROM entities WHERE id = ?1")
            .and_then(|mut s| {
                s.query_row([&id], |r| {
                    Ok(EntityInfo {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        kind: r.get(2)?,
                        country: r.get(3)?,
                    })
                })
                .optional()
            })
            .map_err(|e| self.sql_err(e))
    }

    /// Articles mentioning an entity (id, name or alias) per day, between two days, in date order.
    pub fn entity_per_day(
        &self,
        entity: &str,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<Dated>> {
        check_day("--from", from)?;
        check_day("--to", to)?;
        let id = self.entity_id("entity", entity)?;
        let mut w = Where::default();
        w.push("de.entity_id = ?", [SqlValue::Text(id)]);
        w.push("d.day IS NOT NULL", []);
        if let Some(from) = from {
            w.push("d.day >= ?", [SqlValue::Text(from.to_owned())]);
        }
        if let Some(to) = to {
            w.push("d.day <= ?", [SqlValue::Text(to.to_owned())]);
        }
        let sql = format!(
            "SELECT d.day, COUNT(*) FROM doc_entities de JOIN documents d ON d.id = de.doc_id {}
             GROUP BY d.day ORDER BY d.day",
            w.sql()
        );
        let mut stmt = self.db.prepare(&sql).map_err(|e| self.sql_err(e))?;
        let rows = stmt
            .query_map(params_from_iter(w.params.iter()), |r| {
                Ok(Dated {
                    date: r.get(0)?,
                    count: r.get::<_, i64>(1)?.max(0) as u64,
                })
            })
            .map_err(|e| self.sql_err(e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.sql_err(e))
    }

    /// The most mentioned entity id of an id, name or alias, or an error naming it.
    fn entity_id(&self, what: &str, name: &str) -> Result<String> {
        self.entity_ids(what, name)?
            .into_iter()
            .next()
            .ok_or_else(|| StoreError::UnknownEntity {
                what: format!("{what} {name}"),
            })
    }

    /// The article with this id and its analysis as stored, or `None` if there is no such article.
    pub fn stored_analysis(&self, id: &str) -> Result<Option<StoredAnalysis>> {
        let sql = |e| self.sql_err(e);
        let row: Option<(String, String)> = self
            .db
            .prepare_cached("SELECT article, story_id FROM documents WHERE id = ?1")
            .and_then(|mut s| s.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional())
            .map_err(sql)?;
        let Some((json, story_id)) = row else {
            return Ok(None);
        };
        let article = serde_json::from_str(&json).map_err(|source| StoreError::Json {
            id: id.to_owned(),
            source,
        })?;
        let mut entities: Vec<Entity> = Vec::new();
        {
            let mut stmt = self
                .db
                .prepare_cached(
                    "SELECT e.id, e.name, e.type, e.country, e.lat, e.lon
                     FROM doc_entities d JOIN entities e ON e.id = d.entity_id
                     WHERE d.doc_id = ?1 ORDER BY d.mentions DESC, e.id",
                )
                .map_err(sql)?;
            let rows = stmt
                .query_map([id], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, Option<f64>>(4)?,
                        r.get::<_, Option<f64>>(5)?,
                    ))
                })
                .map_err(sql)?;
            for row in rows {
                let (eid, name, kind, country, lat, lon) = row.map_err(sql)?;
                let Some(kind) = entity_type(&kind) else {
                    continue;
                };
                entities.push(Entity {
                    id: eid,
                    name,
                    kind,
                    aliases: Vec::new(),
                    country,
                    coordinates: lat.zip(lon).map(|(a, o)| [a, o]),
                    mentions: Vec::new(),
                });
            }
        }
        {
            let mut stmt = self
                .db
                .prepare_cached(
                    "SELECT entity_id, text, paragraph, start, end FROM mentions
                     WHERE doc_id = ?1 ORDER BY paragraph, start",
                )
                .map_err(sql)?;
            let rows = stmt
                .query_map([id], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        Mention {
                            text: r.get(1)?,
                            part: rasd_model::ArticlePart::Body,
                            paragraph: r.get::<_, i64>(2)?.max(0) as usize,
                            start: r.get::<_, i64>(3)?.max(0) as usize,
                            end: r.get::<_, i64>(4)?.max(0) as usize,
                        },
                    ))
                })
                .map_err(sql)?;
            for row in rows {
                let (eid, mention) = row.map_err(sql)?;
                if let Some(e) = entities.iter_mut().find(|e| e.id == eid) {
                    if !e.aliases.contains(&mention.text) {
                        e.aliases.push(mention.text.clone());
                    }
                    e.mentions.push(mention);
                }
            }
        }
        let quotes = {
            let mut stmt = self
                .db
                .prepare_cached(
                    "SELECT speaker, speaker_text, text, direct, paragraph FROM quotes
                     WHERE doc_id = ?1 ORDER BY paragraph, rowid",
                )
                .map_err(sql)?;
            let rows = stmt
                .query_map([id], |r| {
                    Ok(Quote {
                        speaker: r.get(0)?,
                        speaker_text: r.get(1)?,
                        text: r.get(2)?,
                        direct: r.get(3)?,
                        paragraph: r.get::<_, i64>(4)?.max(0) as usize,
                    })
                })
                .map_err(sql)?;
            rows.collect::<rusqlite::Result<Vec<_>>>().map_err(sql)?
        };
        let events = {
            let mut stmt = self
                .db
                .prepare_cached(
                    "SELECT code, label, source, target, negated, goldstein, date, paragraph,
                            sentence FROM events WHERE doc_id = ?1 ORDER BY paragraph, rowid",
                )
                .map_err(sql)?;
            let rows = stmt
                .query_map([id], |r| {
                    Ok(Event {
                        code: r.get(0)?,
                        label: r.get(1)?,
                        source: r.get(2)?,
                        target: r.get(3)?,
                        source_country: None,
                        target_country: None,
                        negated: r.get(4)?,
                        goldstein: r.get(5)?,
                        date: r.get(6)?,
                        paragraph: r.get::<_, i64>(7)?.max(0) as usize,
                        sentence: r.get(8)?,
                    })
                })
                .map_err(sql)?;
            rows.collect::<rusqlite::Result<Vec<_>>>().map_err(sql)?
        };
        Ok(Some(StoredAnalysis {
            analysis: Analysis {
                article,
                entities,
                quotes,
                events,
            },
            story_id,
        }))
    }

    /// The names of these entity ids (ids not in the store are left out).
    pub fn entity_names(&self, ids: &[String]) -> Result<BTreeMap<String, String>> {
        let mut stmt = self
            .db
            .prepare_cached("SELECT name FROM entities WHERE id = ?1")
            .map_err(|e| self.sql_err(e))?;
        let mut names = BTreeMap::new();
        for id in ids {
            if names.contains_key(id) {
                continue;
            }
            let name: Option<String> = stmt
                .query_row([id], |r| r.get(0))
                .optional()
                .map_err(|e| self.sql_err(e))?;
            if let Some(name) = name {
                names.insert(id.clone(), name);
            }
        }
        Ok(names)
    }

    /// Articles by id, in the order given (ids not in the store are left out).
    pub fn article_refs(&self, ids: &[String]) -> Result<Vec<ArticleRef>> {
        let mut stmt = self
            .db
            .prepare_cached("SELECT id, headline, day, source, url FROM documents WHERE id = ?1")
            .map_err(|e| self.sql_err(e))?;
        let mut out: Vec<ArticleRef> = Vec::new();
        for id in ids {
            if out.iter().any(|a| &a.id == id) {
                continue;
            }
            let row = stmt
                .query_row([id], |r| {
                    Ok(ArticleRef {
                        id: r.get(0)?,
                        headline: r.get(1)?,
                        day: r.get(2)?,
                        source: r.get(3)?,
                        url: r.get(4)?,
                    })
                })
                .optional()
                .map_err(|e| self.sql_err(e))?;
            out.extend(row);
        }
        Ok(out)
    }

    /// The articles mentioning an entity (id, name or alias), newest first, between two days.
    pub fn entity_articles(
        &self,
        entity: &str,
        from: Option<&str>,
        to: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Page<ArticleRef>> {
        check_day("--from", from)?;
        check_day("--to", to)?;
        let id = self.entity_id("entity", entity)?;
        let mut w = Where::default();
        w.push("de.entity_id = ?", [SqlValue::Text(id)]);
        if let Some(from) = from {
            w.push("d.day >= ?", [SqlValue::Text(from.to_owned())]);
        }
        if let Some(to) = to {
            w.push("d.day <= ?", [SqlValue::Text(to.to_owned())]);
        }
        let base = format!(
            "FROM doc_entities de JOIN documents d ON d.id = de.doc_id {}",
            w.sql()
        );
        let total = self.count(&format!("SELECT COUNT(*) {base}"), &w.params)?;
        let sql = format!(
            "SELECT d.id, d.headline, d.day, d.source, d.url {base}
             ORDER BY d.day DESC, d.id LIMIT {} OFFSET {}",
            limit, offset
        );
        let mut stmt = self.db.prepare(&sql).map_err(|e| self.sql_err(e))?;
        let items = stmt
            .query_map(params_from_iter(w.params.iter()), |r| {
                Ok(ArticleRef {
                    id: r.get(0)?,
                    headline: r.get(1)?,
                    day: r.get(2)?,
                    source: r.get(3)?,
                    url: r.get(4)?,
                })
            })
            .map_err(|e| self.sql_err(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.sql_err(e))?;
        Ok(Page { total, items })
    }

    fn count(&self, sql: &str, params: &[SqlValue]) -> Result<u64> {
        self.db
            .query_row(sql, params_from_iter(params.iter()), |r| r.get::<_, i64>(0))
            .map(|n| n.max(0) as u64)
            .map_err(|e| self.sql_err(e))
    }

    /// Quotes matching a filter, those of the newest articles first.
    pub fn quotes(&self, filter: &QuoteFilter) -> Result<Page<QuoteRecord>> {
        check_day("--from", filter.from.as_deref())?;
        check_day("--to", filter.to.as_deref())?;
        let mut w = Where::default();
        if let Some(speaker) = &filter.speaker {
            let ids = self.entity_ids("speaker", speaker)?;
            let marks = vec!["?"; ids.len()].join(", ");
            w.push(
                &format!("q.speaker IN ({marks})"),
                ids.into_iter().map(SqlValue::Text),
            );
        }
        if let Some(text) = given(&filter.contains) {
            w.push("instr(q.text, ?) > 0", [SqlValue::Text(text.to_owned())]);
        }
        if let Some(from) = &filter.from {
            w.push("d.day >= ?", [SqlValue::Text(from.clone())]);
        }
        if let Some(to) = &filter.to {
            w.push("d.day <= ?", [SqlValue::Text(to.clone())]);
        }
        // Counting needs the documents only for their days; listing without a selective
        // filter walks the documents newest first (their day index) and stops at the page.
        let count_from = if filter.from.is_some() || filter.to.is_some() {
            "FROM quotes q JOIN documents d ON d.id = q.doc_id"
        } else {
            "FROM quotes q"
        };
        let total = self.count(
            &format!("SELECT COUNT(*) {count_from} {}", w.sql()),
            &w.params,
        )?;
        let from = if filter.speaker.is_none() && given(&filter.contains).is_none() {
            "FROM documents d INDEXED BY documents_day CROSS JOIN quotes q ON q.doc_id = d.id"
        } else {
            "FROM quotes q JOIN documents d ON d.id = q.doc_id"
        };
        let sql = format!(
            "SELECT q.text, q.direct, q.speaker, e.name, q.speaker_text, q.paragraph, q.doc_id,
                    d.headline, d.day {from} LEFT JOIN entities e ON e.id = q.speaker {}
             ORDER BY d.day DESC, d.id, q.paragraph, q.rowid LIMIT {} OFFSET {}",
            w.sql(),
            filter.limit,
            filter.offset
        );
        let mut stmt = self.db.prepare(&sql).map_err(|e| self.sql_err(e))?;
        let items = stmt
            .query_map(params_from_iter(w.params.iter()), |r| {
                Ok(QuoteRecord {
                    text: r.get(0)?,
                    direct: r.get(1)?,
                    speaker: r.get(2)?,
                    speaker_name: r.get(3)?,
                    speaker_text: r.get(4)?,
                    paragraph: r.get::<_, i64>(5)?.max(0) as u64,
                    doc_id: r.get(6)?,
                    headline: r.get(7)?,
                    day: r.get(8)?,
                })
            })
            .map_err(|e| self.sql_err(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.sql_err(e))?;
        Ok(Page { total, items })
    }

    /// Events matching a filter, those of the newest articles first.
    pub fn events(&self, filter: &EventFilter) -> Result<Page<EventRecord>> {
        check_day("--from", filter.from.as_deref())?;
        check_day("--to", filter.to.as_deref())?;
        let mut w = Where::default();
        let mut side = |what: &str, name: &Option<String>, column: &str| -> Result<()> {
            if let Some(name) = name {
                let ids = self.entity_ids(what, name)?;
                let marks = vec!["?"; ids.len()].join(", ");
                let clause = match column {
                    "either" => {
                        let values: Vec<SqlValue> = ids
                            .iter()
                            .chain(ids.iter())
                            .cloned()
                            .map(SqlValue::Text)
                            .collect();
                        w.push(
                            &format!("(ev.source IN ({marks}) OR ev.target IN ({marks}))"),
                            values,
                        );
                        return Ok(());
                    }
                    col => format!("ev.{col} IN ({marks})"),
                };
                w.push(&clause, ids.into_iter().map(SqlValue::Text));
            }
            Ok(())
        };
        side("actor", &filter.actor, "either")?;
        side("source", &filter.source, "source")?;
        side("target", &filter.target, "target")?;
        if let Some(code) = filter.code.as_deref().filter(|c| !c.is_empty()) {
            if !code.chars().all(|c| c.is_ascii_digit()) || code.len() > 4 {
                return Err(StoreError::Invalid {
                    what: format!("code {code}"),
                    reason: "a CAMEO code is 2 to 4 digits (\"04\", \"042\")".into(),
                });
            }
            w.push(
                "substr(ev.code, 1, ?) = ?",
                [
                    SqlValue::Integer(code.len() as i64),
                    SqlValue::Text(code.to_owned()),
                ],
            );
        }
        if let Some(from) = &filter.from {
            w.push("ev.day >= ?", [SqlValue::Text(from.clone())]);
        }
        if let Some(to) = &filter.to {
            w.push("ev.day <= ?", [SqlValue::Text(to.clone())]);
        }
        // Every filter is on the events themselves; listing without an actor filter walks the
        // documents newest first (their day index) and stops at the page.
        let total = self.count(
            &format!("SELECT COUNT(*) FROM events ev {}", w.sql()),
            &w.params,
        )?;
        let from = if filter.actor.is_none() && filter.source.is_none() && filter.target.is_none() {
            "FROM documents d INDEXED BY documents_day CROSS JOIN events ev ON ev.doc_id = d.id"
        } else {
            "FROM events ev JOIN documents d ON d.id = ev.doc_id"
        };
        let sql = format!(
            "SELECT ev.code, ev.label, ev.source, s.name, ev.target, t.name, ev.negated,
                    ev.goldstein, ev.day, ev.sentence, ev.paragraph, ev.doc_id, d.headline {from}
             LEFT JOIN entities s ON s.id = ev.source LEFT JOIN entities t ON t.id = ev.target {}
             ORDER BY d.day DESC, d.id, ev.paragraph, ev.rowid LIMIT {} OFFSET {}",
            w.sql(),
            filter.limit,
            filter.offset
        );
        let mut stmt = self.db.prepare(&sql).map_err(|e| self.sql_err(e))?;
        let items = stmt
            .query_map(params_from_iter(w.params.iter()), |r| {
                Ok(EventRecord {
                    code: r.get(0)?,
                    label: r.get(1)?,
                    source: r.get(2)?,
                    source_name: r.get(3)?,
                    target: r.get(4)?,
                    target_name: r.get(5)?,
                    negated: r.get(6)?,
                    goldstein: r.get(7)?,
                    day: r.get(8)?,
                    sentence: r.get(9)?,
                    paragraph: r.get::<_, i64>(10)?.max(0) as u64,
                    doc_id: r.get(11)?,
                    headline: r.get(12)?,
                })
            })
            .map_err(|e| self.sql_err(e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| self.sql_err(e))?;
        Ok(Page { total, items })
    }

    /// The places (located entities) mentioned by the best [`PLACES_FROM_HITS`] hits of a search,
    /// most mentioned first, at most `limit`.
    pub fn places(&self, req: &SearchRequest, limit: usize) -> Result<Vec<Place>> {
        let req = SearchRequest {
            limit: PLACES_FROM_HITS,
            facets: false,
            ..req.clone()
        };
        let hits = self.search(&req)?.hits;
        let mut counts: BTreeMap<String, u64> = BTreeMap::new();
        let mut stmt = self
            .db
            .prepare_cached("SELECT entity_id FROM doc_entities WHERE doc_id = ?1")
            .map_err(|e| self.sql_err(e))?;
        for hit in &hits {
            let ids = stmt
                .query_map([&hit.id], |r| r.get::<_, String>(0))
                .map_err(|e| self.sql_err(e))?;
            for id in ids {
                *counts.entry(id.map_err(|e| self.sql_err(e))?).or_insert(0) += 1;
            }
        }
        let mut stmt = self
            .db
            .prepare_cached(
                "SELECT name, lat, lon FROM entities
                 WHERE id = ?1 AND type = 'location' AND lat IS NOT NULL AND lon IS NOT NULL",
            )
            .map_err(|e| self.sql_err(e))?;
        let mut places = Vec::new();
        for (id, count) in counts {
            let row: Option<(String, f64, f64)> = stmt
                .query_row([&id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()
                .map_err(|e| self.sql_err(e))?;
            if let Some((name, lat, lon)) = row {
                places.push(Place {
                    id,
                    name,
                    lat,
                    lon,
                    count,
                });
            }
        }
        places.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.id.cmp(&b.id)));
        places.truncate(limit);
        Ok(places)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Prepared;

    /// Two articles: a visit to Mali by a Russian delegation (with a quote and an event), and a
    /// meeting in Bamako.
    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let a: Analysis = serde_json::from_value(serde_json::json!({
            "id": "a1", "url": null, "site": null, "publisher": "وكالة", "language": "ar",
            "section": null, "headline": "وفد روسي في مالي", "published": "2025-07-15T09:00:00",
            "authors": [], "image": null, "related": [], "word_count": 9,
            "body": ["وصل وفد من روسيا إلى مالي اليوم.", "وقال الوزير إن الزيارة مثمرة."],
            "entities": [
                {"id": "loc:mli", "name": "مالي", "type": "location", "aliases": ["مالي"],
                 "country": "MLI", "coordinates": [17.0, -4.0],
                 "mentions": [{"text": "مالي", "paragraph": 0, "start": 21, "end": 25}]},
                {"id": "loc:rus", "name": "روسيا", "type": "location", "aliases": ["روسيا"],
                 "country": "RUS", "coordinates": [60.0, 90.0],
                 "mentions": [{"text": "روسيا", "paragraph": 0, "start": 11, "end": 16}]}],
            "quotes": [{"speaker": "loc:rus", "speaker_text": "الوزير",
                        "text": "الزيارة مثمرة", "direct": false, "paragraph": 1}],
            "events": [{"code": "042", "label": "make a visit", "source": "loc:rus",
                        "target": "loc:mli", "negated": false, "goldstein": 1.9, "date": null,
                        "paragraph": 0, "sentence": "وصل وفد من روسيا إلى مالي اليوم."}]
        }))
        .unwrap();
        let b: Analysis = serde_json::from_value(serde_json::json!({
            "id": "b2", "url": "https://example.org/b2", "site": "example.org", "publisher": null,
            "language": "ar", "section": null, "headline": "لقاء في باماكو",
            "published": "2025-07-20T09:00:00", "authors": [], "image": null, "related": [],
            "word_count": 4, "body": ["عقد لقاء في مالي أمس."],
            "entities": [
                {"id": "loc:mli", "name": "مالي", "type": "location", "aliases": ["مالي"],
                 "country": "MLI", "coordinates": [17.0, -4.0],
                 "mentions": [{"text": "مالي", "paragraph": 0, "start": 12, "end": 16}]}],
            "quotes": [], "events": []
        }))
        .unwrap();
        store
            .put_batch(&[Prepared::new(a).unwrap(), Prepared::new(b).unwrap()])
            .unwrap();
        store.commit().unwrap();
        (dir, store)
    }

    #[test]
    fn stored_analysis_gives_back_entities_mentions_quotes_events() {
        let (_dir, store) = store();
        let got = store.stored_analysis("a1").unwrap().unwrap();
        assert_eq!(got.story_id, "a1");
        let a = &got.analysis;
        assert_eq!(a.article.headline, "وفد روسي في مالي");
        let mali = a.entities.iter().find(|e| e.id == "loc:mli").unwrap();
        assert_eq!(mali.coordinates, Some([17.0, -4.0]));
        assert_eq!(mali.mentions.len(), 1);
        let m = &mali.mentions[0];
        let said: String = a.article.body[m.paragraph]
            .chars()
            .skip(m.start)
            .take(m.end - m.start)
            .collect();
        assert_eq!(said, "مالي");
        assert_eq!(a.quotes[0].text, "الزيارة مثمرة");
        assert_eq!(a.events[0].code, "042");
        assert!(store.stored_analysis("nope").unwrap().is_none());
    }

    #[test]
    fn quotes_and_events_filter_by_entity_name_and_day() {
        let (_dir, store) = store();
        let q = store
            .quotes(&QuoteFilter {
                speaker: Some("روسيا".into()),
                limit: 10,
                ..QuoteFilter::default()
            })
            .unwrap();
        assert_eq!(q.total, 1);
        assert_eq!(q.items[0].speaker_name.as_deref(), Some("روسيا"));
        assert_eq!(q.items[0].headline, "وفد روسي في مالي");
        let e = store
            .events(&EventFilter {
                actor: Some("مالي".into()),
                code: Some("04".into()),
                limit: 10,
                ..EventFilter::default()
            })
            .unwrap();
        assert_eq!(e.total, 1);
        assert_eq!(e.items[0].source_name.as_deref(), Some("روسيا"));
        assert_eq!(e.items[0].target_name.as_deref(), Some("مالي"));
        let none = store
            .events(&EventFilter {
                actor: Some("مالي".into()),
                from: Some("2025-07-16".into()),
                limit: 10,
                ..EventFilter::default()
            })
            .unwrap();
        assert_eq!(none.total, 0);
        let err = store
            .events(&EventFilter {
                source: Some("أتلانتس".into()),
                limit: 10,
                ..EventFilter::default()
            })
            .unwrap_err();
        assert!(err.to_string().contains("أتلانتس"), "{err}");
        let bad = store
            .quotes(&QuoteFilter {
                from: Some("15/07/2025".into()),
                limit: 10,
                ..QuoteFilter::default()
            })
            .unwrap_err();
        assert!(bad.to_string().contains("YYYY-MM-DD"), "{bad}");
    }

    #[test]
    fn entity_articles_newest_first_with_paging() {
        let (_dir, store) = store();
        let page = store.entity_articles("loc:mli", None, None, 1, 0).unwrap();
        assert_eq!(page.total, 2);
        assert_eq!(page.items[0].id, "b2");
        let next = store.entity_articles("loc:mli", None, None, 1, 1).unwrap();
        assert_eq!(next.items[0].id, "a1");
        let refs = store
            .article_refs(&["a1".into(), "zz".into(), "a1".into()])
            .unwrap();
        assert_eq!(refs.len(), 1);
        let days = store
            .entity_per_day("مالي", Some("2025-07-16"), None)
            .unwrap();
        assert_eq!(days.len(), 1);
        assert_eq!((days[0].date.as_str(), days[0].count), ("2025-07-20", 1));
        let found = store.find_entity("loc:rus").unwrap().unwrap();
        assert_eq!(
            (found.name.as_str(), found.kind.as_str()),
            ("روسيا", "location")
        );
        assert!(store.find_entity("أتلانتس").unwrap().is_none());
    }

    #[test]
    fn places_count_articles_per_located_entity() {
        let (_dir, store) = store();
        let places = store.places(&SearchRequest::new(""), 10).unwrap();
        let got: Vec<(&str, u64)> = places.iter().map(|p| (p.id.as_str(), p.count)).collect();
        assert_eq!(got, [("loc:mli", 2), ("loc:rus", 1)]);
        assert_eq!((places[0].lat, places[0].lon), (17.0, -4.0));
        let only = store.places(&SearchRequest::new("باماكو"), 10).unwrap();
        assert_eq!(only.len(), 1);
    }
}
