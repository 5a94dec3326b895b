//! Exports of the store's tables as JSON Lines, CSV or Parquet, for pandas, Polars and DuckDB.
//!
//! Events come out in GDELT-like columns (`SQLDATE`, `Actor1Code`, `Actor1Name`, `EventCode`,
//! `EventRootCode`, `GoldsteinScale`, `SOURCEURL`…), so scripts written for GDELT's event table
//! read them with few changes. An actor's country code is the one the event coder resolved
//! for that event (`Event::source_country`), else the entity's own country.

use std::io::Write;

use rusqlite::types::ValueRef;
use serde_json::{Map, Value};

use crate::{Result, Store, StoreError};

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum What {
    /// Articles (the stored Article JSON, with `story_id`).
    Articles,
    /// Entities with their aliases and article counts.
    Entities,
    /// Quotes with the article they are in.
    Quotes,
    /// Events in GDELT-like columns.
    Events,
    /// Entity mentions: article, entity, the text as written, its part of the article
    /// (`headline`, `body`, `caption`…), paragraph and char offsets.
    Mentions,
}

/// The file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// One JSON object a line.
    Jsonl,
    /// CSV with a header line (RFC 4180 quoting).
    Csv,
    /// Apache Parquet with typed columns (see [`crate::export_parquet`]).
    Parquet,
}

/// The query behind each table; its column names are the exported columns.
pub(crate) fn query(what: What) -> &'static str {
    match what {
        What::Articles => {
            "SELECT id, url, site, source, section, published, day, headline, story_id,
                    content_hash, article FROM documents ORDER BY rev"
        }
        What::Entities => {
            "SELECT e.id, e.name, e.type, e.country, e.lat, e.lon,
                    (SELECT COUNT(*) FROM doc_entities d WHERE d.entity_id = e.id) AS articles,
                    (SELECT GROUP_CONCAT(alias, '|') FROM entity_aliases a WHERE a.entity_id = e.id)
                        AS aliases
             FROM entities e ORDER BY e.id"
        }
        What::Quotes => {
            "SELECT q.doc_id, d.day, q.speaker, s.name AS speaker_name, q.speaker_text, q.text,
                    q.direct, q.paragraph, d.url
             FROM quotes q JOIN documents d ON d.id = q.doc_id
             LEFT JOIN entities s ON s.id = q.speaker ORDER BY d.rev, q.rowid"
        }
        What::Events => {
            "SELECT ev.rowid AS GLOBALEVENTID,
                    CAST(REPLACE(ev.day, '-', '') AS INTEGER) AS SQLDATE,
                    CAST(SUBSTR(REPLACE(ev.day, '-', ''), 1, 6) AS INTEGER) AS MonthYear,
                    CAST(SUBSTR(ev.day, 1, 4) AS INTEGER) AS Year,
                    ev.source AS Actor1Code, a1.name AS Actor1Name,
                    COALESCE(ev.source_country, a1.country) AS Actor1CountryCode,
                    ev.target AS Actor2Code, a2.name AS Actor2Name,
                    COALESCE(ev.target_country, a2.country) AS Actor2CountryCode,
                    ev.code AS EventCode, ev.root AS EventRootCode, ev.label AS EventLabel,
                    ev.goldstein AS GoldsteinScale, ev.negated AS IsNegated,
                    d.url AS SOURCEURL, ev.doc_id AS DocId, ev.sentence AS Sentence,
                    ev.day AS Day
             FROM events ev JOIN documents d ON d.id = ev.doc_id
             LEFT JOIN entities a1 ON a1.id = ev.source
             LEFT JOIN entities a2 ON a2.id = ev.target ORDER BY d.rev, ev.rowid"
        }
        What::Mentions => {
            "SELECT m.doc_id, d.day, m.entity_id, e.name AS entity_name, e.type AS entity_type,
                    m.text, m.part, m.paragraph, m.start, m.end
             FROM mentions m JOIN documents d ON d.id = m.doc_id
             LEFT JOIN entities e ON e.id = m.entity_id ORDER BY d.rev, m.rowid"
        }
    }
}

fn to_json(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Value::from(f),
        ValueRef::Text(t) => Value::from(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(_) => Value::Null,
    }
}

fn csv_field(v: &Value) -> String {
    let s = match v {
        Value::Null => return String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

impl Store {
    /// Writes a table to `out`; returns the number of rows written.
    pub fn export(&self, what: What, format: Format, out: &mut dyn Write) -> Result<u64> {
        if format == Format::Parquet {
            return self.export_parquet(what, out);
        }
        let io = |source| StoreError::Io {
            path: "<output>".into(),
            source,
        };
        let mut stmt = self.db.prepare(query(what)).map_err(|e| self.sql_err(e))?;
        let mut columns: Vec<String> = stmt.column_names().iter().map(|c| c.to_string()).collect();
        let article_col = columns.iter().position(|c| c == "article");
        if format == Format::Csv {
            if let Some(i) = article_col {
                // CSV gets the body as text instead of the whole JSON.
                columns[i] = "body".into();
                columns.push("word_count".into());
            }
            let header: Vec<String> = columns
                .iter()
                .map(|c| csv_field(&Value::from(c.as_str())))
                .collect();
            writeln!(out, "{}", header.join(",")).map_err(io)?;
        }
        let mut rows = stmt.query([]).map_err(|e| self.sql_err(e))?;
        let mut n = 0u64;
        while let Some(row) = rows.next().map_err(|e| self.sql_err(e))? {
            let mut values: Vec<Value> = Vec::with_capacity(columns.len());
            for i in 0..row.as_ref().column_count() {
                values.push(to_json(row.get_ref(i).map_err(|e| self.sql_err(e))?));
            }
            match (format, article_col) {
                (Format::Jsonl, Some(i)) => {
                    // The article JSON as stored, with the store's story id.
                    let article = values.get(i).and_then(|v| v.as_str()).unwrap_or("{}");
                    let mut obj: Map<String, Value> =
                        serde_json::from_str(article).unwrap_or_default();
                    let story = columns
                        .iter()
                        .position(|c| c == "story_id")
                        .and_then(|j| values.get(j).cloned())
                        .unwrap_or(Value::Null);
                    obj.insert("story_id".into(), story);
                    serde_json::to_writer(&mut *out, &obj).map_err(|e| io(e.into()))?;
                    writeln!(out).map_err(io)?;
                }
                (Format::Jsonl, None) => {
                    let obj: Map<String, Value> = columns.iter().cloned().zip(values).collect();
                    serde_json::to_writer(&mut *out, &obj).map_err(|e| io(e.into()))?;
                    writeln!(out).map_err(io)?;
                }
                (Format::Csv | Format::Parquet, _) => {
                    if let Some(i) = article_col {
                        let article: Value = values
                            .get(i)
                            .and_then(|v| v.as_str())
                            .and_then(|s| serde_json::from_str(s).ok())
                            .unwrap_or(Value::Null);
                        let body = article
                            .get("body")
                            .and_then(|b| b.as_array())
                            .map(|ps| {
                                ps.iter()
                                    .filter_map(|p| p.as_str())
                                    .collect::<Vec<_>>()
                                    .join("\n")
                            })
                            .unwrap_or_default();
                        if let Some(slot) = values.get_mut(i) {
                            *slot = Value::from(body);
                        }
                        values.push(article.get("word_count").cloned().unwrap_or(Value::Null));
                    }
                    let line: Vec<String> = values.iter().map(csv_field).collect();
                    writeln!(out, "{}", line.join(",")).map_err(io)?;
                }
            }
            n += 1;
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        assert_eq!(csv_field(&Value::from("a,b")), "\"a,b\"");
        assert_eq!(
            csv_field(&Value::from("قال \"نعم\"")),
            "\"قال \"\"نعم\"\"\""
        );
        assert_eq!(csv_field(&Value::from("سطر\nثان")), "\"سطر\nثان\"");
        assert_eq!(csv_field(&Value::Null), "");
        assert_eq!(csv_field(&Value::from(1.5)), "1.5");
    }
}
