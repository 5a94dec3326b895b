//! Entity profiles and actor relations, answered from SQLite.

use std::collections::BTreeMap;

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::{Result, Store, StoreError};

/// How many co-mentioned entities and quotes a profile lists.
const PROFILE_LIMIT: usize = 20;

/// An entity as stored.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EntityInfo {
    /// Id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// `person`, `location` or `organization`.
    #[serde(rename = "type")]
    pub kind: String,
    /// ISO 3166-1 alpha-3 country code.
    pub country: Option<String>,
}

/// A count on one day (or week).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Dated {
    /// `YYYY-MM-DD` (or `YYYY-Www` for weeks).
    pub date: String,
    /// The count.
    pub count: u64,
}

/// A co-mentioned entity.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CoMention {
    /// The entity.
    pub entity: EntityInfo,
    /// Articles mentioning both.
    pub articles: u64,
}

/// A quote of the entity.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuoteRow {
    /// What was said.
    pub text: String,
    /// Direct quote or reported speech.
    pub direct: bool,
    /// Article id.
    pub doc_id: String,
    /// Article headline.
    pub headline: String,
    /// Article day.
    pub day: Option<String>,
}

/// Everything the store knows about one entity.
#[derive(Debug, Clone, Serialize)]
pub struct EntityProfile {
    /// The entity.
    pub entity: EntityInfo,
    /// Other entities the name also matched (best first), not profiled.
    pub also_matched: Vec<EntityInfo>,
    /// Every spelling seen.
    pub aliases: Vec<String>,
    /// Articles mentioning it.
    pub articles: u64,
    /// Articles mentioning it, per day.
    pub per_day: Vec<Dated>,
    /// Its mentions per part of the article (`"headline"`, `"body"`, `"caption"`…): a name in
    /// headlines is what a story is about.
    pub mentions_per_part: BTreeMap<String, u64>,
    /// Entities mentioned in the same articles, most frequent first.
    pub co_mentioned: Vec<CoMention>,
    /// Its quotes, newest first.
    pub quotes: Vec<QuoteRow>,
}

/// One event between the two actors.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EventRow {
    /// Day of the event.
    pub day: Option<String>,
    /// CAMEO code.
    pub code: String,
    /// CAMEO label.
    pub label: String,
    /// Actor who acts.
    pub source: Option<String>,
    /// Actor acted upon.
    pub target: Option<String>,
    /// The acting actor's country (ISO 3166-1 alpha-3), as the event coder resolved it.
    pub source_country: Option<String>,
    /// The target actor's country.
    pub target_country: Option<String>,
    /// Did not happen.
    pub negated: bool,
    /// Goldstein score.
    pub goldstein: f64,
    /// The evidence sentence.
    pub sentence: String,
    /// Article id.
    pub doc_id: String,
}

/// The events between two actors.
#[derive(Debug, Clone, Serialize)]
pub struct Relations {
    /// First actor.
    pub a: EntityInfo,
    /// Second actor.
    pub b: EntityInfo,
    /// Events in either direction, in date order.
    pub events: Vec<EventRow>,
    /// Events per CAMEO root code (`"04"`: consult…).
    pub per_root: BTreeMap<String, u64>,
    /// Sum of Goldstein scores per ISO week (negated events left out): above zero is
    /// cooperation, below is conflict.
    pub goldstein_per_week: Vec<(String, f64)>,
}

impl Store {
    fn entity_info(&self, id: &str) -> Result<Option<EntityInfo>> {
        self.db
            .prepare_cached("SELECT id, name, type, country FROM entities WHERE id = ?1")
            .and_then(|mut s| {
                s.query_row([id], |r| {
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

    fn resolve_one(&self, name: &str) -> Result<(EntityInfo, Vec<EntityInfo>)> {
        let mut found = Vec::new();
        for id in self.resolve_entity(name)? {
            if let Some(info) = self.entity_info(&id)? {
                found.push(info);
            }
        }
        if found.is_empty() {
            return Err(StoreError::UnknownEntity {
                what: name.to_owned(),
            });
        }
        let first = found.remove(0);
        Ok((first, found))
    }

    fn strings(&self, sql: &str, id: &str) -> Result<Vec<String>> {
        let mut stmt = self.db.prepare_cached(sql).map_err(|e| self.sql_err(e))?;
        let rows = stmt
            .query_map([id], |r| r.get(0))
            .map_err(|e| self.sql_err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.sql_err(e))
    }

    /// The profile of the entity with this id, name or alias (the most mentioned if several).
    pub fn entity_profile(&self, name: &str) -> Result<EntityProfile> {
        let (entity, also_matched) = self.resolve_one(name)?;
        let id = entity.id.clone();
        let aliases = self.strings(
            "SELECT alias FROM entity_aliases WHERE entity_id = ?1 ORDER BY alias",
            &id,
        )?;
        let sql = |e| self.sql_err(e);
        let articles: i64 = self
            .db
            .query_row(
                "SELECT COUNT(*) FROM doc_entities WHERE entity_id = ?1",
                [&id],
                |r| r.get(0),
            )
            .map_err(sql)?;
        let mut stmt = self
            .db
            .prepare_cached(
                "SELECT d.day, COUNT(*) FROM doc_entities de JOIN documents d ON d.id = de.doc_id
                 WHERE de.entity_id = ?1 AND d.day IS NOT NULL GROUP BY d.day ORDER BY d.day",
            )
            .map_err(sql)?;
        let per_day = stmt
            .query_map([&id], |r| {
                Ok(Dated {
                    date: r.get(0)?,
                    count: r.get::<_, i64>(1)?.max(0) as u64,
                })
            })
            .map_err(sql)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(sql)?;
        let mut stmt = self
            .db
            .prepare_cached(
                "SELECT m.part, COUNT(*) FROM doc_entities de
                 JOIN mentions m ON m.doc_id = de.doc_id AND m.entity_id = de.entity_id
                 WHERE de.entity_id = ?1 GROUP BY m.part",
            )
            .map_err(sql)?;
        let mentions_per_part = stmt
            .query_map([&id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?.max(0) as u64))
            })
            .map_err(sql)?
            .collect::<rusqlite::Result<BTreeMap<_, _>>>()
            .map_err(sql)?;
        let mut stmt = self
            .db
            .prepare_cached(
                "SELECT b.entity_id, COUNT(*) AS n FROM doc_entities a
                 JOIN doc_entities b ON a.doc_id = b.doc_id AND b.entity_id != a.entity_id
                 WHERE a.entity_id = ?1 GROUP BY b.entity_id ORDER BY n DESC, b.entity_id LIMIT ?2",
            )
            .map_err(sql)?;
        let pairs = stmt
            .query_map(params![id, PROFILE_LIMIT as i64], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
            })
            .map_err(sql)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(sql)?;
        let mut co_mentioned = Vec::new();
        for (other, n) in pairs {
            if let Some(entity) = self.entity_info(&other)? {
                co_mentioned.push(CoMention {
                    entity,
                    articles: n.max(0) as u64,
                });
            }
        }
        let mut stmt = self
            .db
            .prepare_cached(
                "SELECT q.text, q.direct, q.doc_id, d.headline, d.day FROM quotes q
                 JOIN documents d ON d.id = q.doc_id WHERE q.speaker = ?1
                 ORDER BY d.day DESC, q.doc_id, q.paragraph LIMIT ?2",
            )
            .map_err(sql)?;
        let quotes = stmt
            .query_map(params![id, PROFILE_LIMIT as i64], |r| {
                Ok(QuoteRow {
                    text: r.get(0)?,
                    direct: r.get(1)?,
                    doc_id: r.get(2)?,
                    headline: r.get(3)?,
                    day: r.get(4)?,
                })
            })
            .map_err(sql)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(sql)?;
        Ok(EntityProfile {
            entity,
            also_matched,
            aliases,
            articles: articles.max(0) as u64,
            per_day,
            mentions_per_part,
            co_mentioned,
            quotes,
        })
    }

    /// The events between two actors (ids, names or aliases), in both directions.
    pub fn relations(&self, a: &str, b: &str) -> Result<Relations> {
        let (a, _) = self.resolve_one(a)?;
        let (b, _) = self.resolve_one(b)?;
        let sql = |e| self.sql_err(e);
        let mut stmt = self
            .db
            .prepare_cached(
                "SELECT day, code, label, source, target, negated, goldstein, sentence, doc_id,
                        source_country, target_country
                 FROM events WHERE (source = ?1 AND target = ?2) OR (source = ?2 AND target = ?1)
                 ORDER BY day, doc_id, paragraph",
            )
            .map_err(sql)?;
        let events = stmt
            .query_map(params![a.id, b.id], |r| {
                Ok(EventRow {
                    day: r.get(0)?,
                    code: r.get(1)?,
                    label: r.get(2)?,
                    source: r.get(3)?,
                    target: r.get(4)?,
                    negated: r.get(5)?,
                    goldstein: r.get(6)?,
                    sentence: r.get(7)?,
                    doc_id: r.get(8)?,
                    source_country: r.get(9)?,
                    target_country: r.get(10)?,
                })
            })
            .map_err(sql)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(sql)?;
        let mut per_root = BTreeMap::new();
        let mut weeks: BTreeMap<String, f64> = BTreeMap::new();
        for e in &events {
            let root: String = e.code.chars().take(2).collect();
            *per_root.entry(root).or_insert(0) += 1;
            if let (false, Some(week)) = (e.negated, e.day.as_deref().and_then(iso_week)) {
                *weeks.entry(week).or_insert(0.0) += e.goldstein;
            }
        }
        Ok(Relations {
            a,
            b,
            events,
            per_root,
            goldstein_per_week: weeks.into_iter().collect(),
        })
    }
}

/// ISO week (`2025-W29`) of a `YYYY-MM-DD` day.
fn iso_week(day: &str) -> Option<String> {
    use chrono::Datelike;
    let date = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    let week = date.iso_week();
    Some(format!("{}-W{:02}", week.year(), week.week()))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::export::{Format, What};
    use crate::test_support::analysis;
    use crate::Prepared;

    /// One article whose entities are mentioned in the headline and body, with an event whose
    /// actors' countries the coder resolved (the target's differs from its entity's own).
    fn stored() -> (tempfile::TempDir, Store) {
        let analysis = analysis(serde_json::json!({
            "id": "a1", "headline": "زيارة إلى مالي", "published": "2025-07-15T12:16:00",
            "body": ["وصل الوزير الأمريكي إلى مالي اليوم في زيارة رسمية."],
            "entities": [
                {"id": "loc:mli", "name": "مالي", "type": "location", "aliases": ["مالي"],
                 "country": "MLI", "coordinates": null,
                 "mentions": [{"text": "مالي", "part": "headline", "paragraph": 0, "start": 9, "end": 13},
                              {"text": "مالي", "paragraph": 0, "start": 23, "end": 27}]},
                {"id": "org:usa-gov", "name": "الحكومة الأمريكية", "type": "organization",
                 "aliases": ["الوزير الأمريكي"], "country": null, "coordinates": null,
                 "mentions": [{"text": "الوزير الأمريكي", "paragraph": 0, "start": 4, "end": 19}]}],
            "quotes": [],
            "events": [{"code": "042", "label": "make a visit", "source": "org:usa-gov",
                        "target": "loc:mli", "source_country": "USA", "target_country": "MLI",
                        "negated": false, "goldstein": 1.9, "date": null, "paragraph": 0,
                        "sentence": "وصل الوزير الأمريكي إلى مالي"}]
        }));
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        store
            .put_batch(&[Prepared::new(analysis).unwrap()])
            .unwrap();
        store.commit().unwrap();
        (dir, store)
    }

    #[test]
    fn mention_parts_reach_the_profile_and_the_export() {
        let (_dir, store) = stored();
        let p = store.entity_profile("مالي").unwrap();
        let parts: Vec<(&str, u64)> = p
            .mentions_per_part
            .iter()
            .map(|(k, v)| (k.as_str(), *v))
            .collect();
        assert_eq!(parts, [("body", 1), ("headline", 1)]);
        let mut out = Vec::new();
        store
            .export(What::Mentions, Format::Jsonl, &mut out)
            .unwrap();
        let rows: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0]["part"], "headline");
        assert_eq!(rows[0]["start"], 9);
        assert_eq!(rows[1]["part"], "body");
    }

    #[test]
    fn event_countries_reach_relations_and_the_gdelt_columns() {
        let (_dir, store) = stored();
        let r = store.relations("org:usa-gov", "loc:mli").unwrap();
        assert_eq!(r.events.len(), 1);
        assert_eq!(r.events[0].source_country.as_deref(), Some("USA"));
        assert_eq!(r.events[0].target_country.as_deref(), Some("MLI"));
        let mut out = Vec::new();
        store.export(What::Events, Format::Jsonl, &mut out).unwrap();
        let row: serde_json::Value = serde_json::from_slice(&out).unwrap();
        // The organization has no country of its own: the event's resolved one fills the column.
        assert_eq!(row["Actor1CountryCode"], "USA");
        assert_eq!(row["Actor2CountryCode"], "MLI");
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(iso_week("2025-07-15").as_deref(), Some("2025-W29"));
        assert_eq!(iso_week("2021-01-01").as_deref(), Some("2020-W53"));
        assert_eq!(iso_week("not a day"), None);
    }
}
