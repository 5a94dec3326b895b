//! Parquet exports (arrow-rs), with typed columns: days as `Date32`, publication times as
//! timestamps, counts and offsets as integers, scores as floats, flags as booleans, and lists
//! (article paragraphs, authors, entity aliases) as lists of strings.
//!
//! The rows come from the same queries as the JSON Lines and CSV exports, so the columns have
//! the same names; events keep their GDELT-like columns, with `SQLDATE`, `MonthYear` and
//! `Year` as integers as in GDELT's event table. Rows are written in row groups of
//! [`ROW_GROUP`], each handed to the output as soon as it is encoded, so memory stays flat.

use std::io::Write;
use std::sync::Arc;

use arrow_array::builder::{
    ArrayBuilder, BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, ListBuilder,
    StringBuilder, TimestampMillisecondBuilder,
};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, TimeUnit};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use rusqlite::types::ValueRef;
use serde_json::Value;

use crate::export::{query, What};
use crate::{Result, Store, StoreError};

/// Rows per row group.
const ROW_GROUP: usize = 8192;

/// The type of an exported column, and how it is read from the query's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Text as is.
    Text,
    /// An integer (also from text, e.g. `SQLDATE`).
    Int,
    /// A float.
    Float,
    /// 0/1 as false/true.
    Bool,
    /// `YYYY-MM-DD` as days since 1970-01-01.
    Date,
    /// ISO 8601 as milliseconds since 1970-01-01, the wall-clock time as written (an offset,
    /// when the page gave one, is dropped; the text column keeps it).
    Timestamp,
    /// Strings joined with `|` as a list.
    PipeList,
}

/// One exported column: its name, its type, and where its value comes from.
#[derive(Debug, Clone, Copy)]
struct Column {
    name: &'static str,
    kind: Kind,
    from: Source,
}

/// Where a column's value comes from.
#[derive(Debug, Clone, Copy)]
enum Source {
    /// The query's column of this name.
    Sql(&'static str),
    /// A field of the stored Article JSON (the query's `article` column): a string list.
    ArticleList(&'static str),
    /// A number field of the stored Article JSON.
    ArticleInt(&'static str),
}

const fn col(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        from: Source::Sql(name),
    }
}

/// The columns of each table.
fn columns(what: What) -> Vec<Column> {
    use Kind::*;
    match what {
        What::Articles => vec![
            col("id", Text),
            col("url", Text),
            col("site", Text),
            col("source", Text),
            col("section", Text),
            Column {
                name: "published",
                kind: Timestamp,
                from: Source::Sql("published"),
            },
            Column {
                name: "published_text",
                kind: Text,
                from: Source::Sql("published"),
            },
            col("day", Date),
            col("headline", Text),
            col("story_id", Text),
            col("content_hash", Text),
            Column {
                name: "authors",
                kind: PipeList,
                from: Source::ArticleList("authors"),
            },
            Column {
                name: "body",
                kind: PipeList,
                from: Source::ArticleList("body"),
            },
            Column {
                name: "word_count",
                kind: Int,
                from: Source::ArticleInt("word_count"),
            },
        ],
        What::Entities => vec![
            col("id", Text),
            col("name", Text),
            col("type", Text),
            col("country", Text),
            col("lat", Float),
            col("lon", Float),
            col("articles", Int),
            col("aliases", PipeList),
        ],
        What::Quotes => vec![
            col("doc_id", Text),
            col("day", Date),
            col("speaker", Text),
            col("speaker_name", Text),
            col("speaker_text", Text),
            col("text", Text),
            col("direct", Bool),
            col("paragraph", Int),
            col("url", Text),
        ],
        What::Events => vec![
            col("GLOBALEVENTID", Int),
            col("SQLDATE", Int),
            col("MonthYear", Int),
            col("Year", Int),
            col("Actor1Code", Text),
            col("Actor1Name", Text),
            col("Actor1CountryCode", Text),
            col("Actor2Code", Text),
            col("Actor2Name", Text),
            col("Actor2CountryCode", Text),
            col("EventCode", Text),
            col("EventRootCode", Text),
            col("EventLabel", Text),
            col("GoldsteinScale", Float),
            col("IsNegated", Bool),
            col("SOURCEURL", Text),
            col("DocId", Text),
            col("Sentence", Text),
            col("Day", Date),
        ],
        What::Mentions => vec![
            col("doc_id", Text),
            col("day", Date),
            col("entity_id", Text),
            col("entity_name", Text),
            col("entity_type", Text),
            col("text", Text),
            col("part", Text),
            col("paragraph", Int),
            col("start", Int),
            col("end", Int),
        ],
    }
}

fn data_type(kind: Kind) -> DataType {
    match kind {
        Kind::Text => DataType::Utf8,
        Kind::Int => DataType::Int64,
        Kind::Float => DataType::Float64,
        Kind::Bool => DataType::Boolean,
        Kind::Date => DataType::Date32,
        Kind::Timestamp => DataType::Timestamp(TimeUnit::Millisecond, None),
        Kind::PipeList => DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
    }
}

/// The Arrow schema of a table's Parquet export.
pub(crate) fn schema(what: What) -> Schema {
    Schema::new(
        columns(what)
            .iter()
            .map(|c| Field::new(c.name, data_type(c.kind), true))
            .collect::<Vec<_>>(),
    )
}

/// A column's builder.
enum Builder {
    Text(StringBuilder),
    Int(Int64Builder),
    Float(Float64Builder),
    Bool(BooleanBuilder),
    Date(Date32Builder),
    Timestamp(TimestampMillisecondBuilder),
    List(ListBuilder<StringBuilder>),
}

impl Builder {
    fn new(kind: Kind) -> Builder {
        match kind {
            Kind::Text => Builder::Text(StringBuilder::new()),
            Kind::Int => Builder::Int(Int64Builder::new()),
            Kind::Float => Builder::Float(Float64Builder::new()),
            Kind::Bool => Builder::Bool(BooleanBuilder::new()),
            Kind::Date => Builder::Date(Date32Builder::new()),
            Kind::Timestamp => Builder::Timestamp(TimestampMillisecondBuilder::new()),
            Kind::PipeList => Builder::List(ListBuilder::new(StringBuilder::new())),
        }
    }

    fn push(&mut self, value: &Cell) {
        match self {
            Builder::Text(b) => b.append_option(value.text()),
            Builder::Int(b) => b.append_option(value.int()),
            Builder::Float(b) => b.append_option(value.float()),
            Builder::Bool(b) => b.append_option(value.int().map(|i| i != 0)),
            Builder::Date(b) => b.append_option(value.text().and_then(days_since_epoch)),
            Builder::Timestamp(b) => b.append_option(value.text().and_then(millis_since_epoch)),
            Builder::List(b) => match value {
                Cell::List(items) => {
                    for item in items {
                        b.values().append_value(item);
                    }
                    b.append(true);
                }
                Cell::Text(s) => {
                    for item in s.split('|').filter(|s| !s.is_empty()) {
                        b.values().append_value(item);
                    }
                    b.append(true);
                }
                _ => b.append(false),
            },
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Text(b) => Arc::new(b.finish()),
            Builder::Int(b) => Arc::new(b.finish()),
            Builder::Float(b) => Arc::new(b.finish()),
            Builder::Bool(b) => Arc::new(b.finish()),
            Builder::Date(b) => Arc::new(b.finish()),
            Builder::Timestamp(b) => Arc::new(b.finish()),
            Builder::List(b) => Arc::new(b.finish()),
        }
    }

    fn len(&self) -> usize {
        match self {
            Builder::Text(b) => b.len(),
            Builder::Int(b) => b.len(),
            Builder::Float(b) => b.len(),
            Builder::Bool(b) => b.len(),
            Builder::Date(b) => b.len(),
            Builder::Timestamp(b) => b.len(),
            Builder::List(b) => b.len(),
        }
    }
}

/// One value read from a row.
enum Cell {
    Null,
    Int(i64),
    Float(f64),
    Text(String),
    List(Vec<String>),
}

impl Cell {
    fn of(v: ValueRef<'_>) -> Cell {
        match v {
            ValueRef::Null | ValueRef::Blob(_) => Cell::Null,
            ValueRef::Integer(i) => Cell::Int(i),
            ValueRef::Real(f) => Cell::Float(f),
            ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
        }
    }

    fn text(&self) -> Option<&str> {
        match self {
            Cell::Text(s) => Some(s),
            _ => None,
        }
    }

    fn int(&self) -> Option<i64> {
        match self {
            Cell::Int(i) => Some(*i),
            Cell::Float(f) if f.fract() == 0.0 => Some(*f as i64),
            Cell::Text(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    fn float(&self) -> Option<f64> {
        match self {
            Cell::Int(i) => Some(*i as f64),
            Cell::Float(f) => Some(*f),
            Cell::Text(s) => s.trim().parse().ok(),
            _ => None,
        }
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` (or a longer ISO 8601 text starting with one).
fn days_since_epoch(text: &str) -> Option<i32> {
    let day = chrono::NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()?;
    let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?;
    i32::try_from((day - epoch).num_days()).ok()
}

/// Milliseconds since 1970-01-01T00:00 of the wall-clock time of an ISO 8601 text (a date
/// alone is its midnight).
fn millis_since_epoch(text: &str) -> Option<i64> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(text) {
        return Some(t.naive_local().and_utc().timestamp_millis());
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(text, fmt) {
            return Some(t.and_utc().timestamp_millis());
        }
    }
    let day = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    Some(day.and_hms_opt(0, 0, 0)?.and_utc().timestamp_millis())
}

/// Moves what the Parquet writer has encoded so far into `out`.
fn drain(buffer: &mut Vec<u8>, out: &mut dyn Write) -> std::io::Result<()> {
    out.write_all(buffer)?;
    buffer.clear();
    Ok(())
}

impl Store {
    /// Writes a table as Parquet to `out`; returns the number of rows written. Called by
    /// [`Store::export`] for [`Format::Parquet`](crate::export::Format::Parquet).
    pub(crate) fn export_parquet(&self, what: What, out: &mut dyn Write) -> Result<u64> {
        let io = |source| StoreError::Io {
            path: "<output>".into(),
            source,
        };
        let pq = |e: parquet::errors::ParquetError| StoreError::Io {
            path: "<output>".into(),
            source: std::io::Error::other(e),
        };
        let cols = columns(what);
        let schema = Arc::new(schema(what));
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(ROW_GROUP))
            .build();
        let mut writer =
            ArrowWriter::try_new(Vec::new(), schema.clone(), Some(props)).map_err(pq)?;

        let mut stmt = self.db.prepare(query(what)).map_err(|e| self.sql_err(e))?;
        let names: Vec<String> = stmt.column_names().iter().map(|c| c.to_string()).collect();
        let position = |name: &str| names.iter().position(|n| n == name);
        let article_col = position("article");
        let mut builders: Vec<Builder> = cols.iter().map(|c| Builder::new(c.kind)).collect();
        let mut rows = stmt.query([]).map_err(|e| self.sql_err(e))?;
        let mut n = 0u64;
        let flush = |builders: &mut Vec<Builder>,
                     writer: &mut ArrowWriter<Vec<u8>>,
                     out: &mut dyn Write|
         -> Result<()> {
            if builders.first().is_none_or(|b| b.len() == 0) {
                return Ok(());
            }
            let arrays: Vec<ArrayRef> = builders.iter_mut().map(Builder::finish).collect();
            let batch =
                RecordBatch::try_new(schema.clone(), arrays).map_err(|e| StoreError::Io {
                    path: "<output>".into(),
                    source: std::io::Error::other(e),
                })?;
            writer.write(&batch).map_err(pq)?;
            writer.flush().map_err(pq)?;
            drain(writer.inner_mut(), out).map_err(io)
        };
        while let Some(row) = rows.next().map_err(|e| self.sql_err(e))? {
            let article: Option<Value> = match article_col {
                Some(i) => {
                    let v = row.get_ref(i).map_err(|e| self.sql_err(e))?;
                    let text = Cell::of(v);
                    text.text().and_then(|t| serde_json::from_str(t).ok())
                }
                None => None,
            };
            for (c, b) in cols.iter().zip(builders.iter_mut()) {
                let cell = match c.from {
                    Source::Sql(name) => match position(name) {
                        Some(i) => Cell::of(row.get_ref(i).map_err(|e| self.sql_err(e))?),
                        None => Cell::Null,
                    },
                    Source::ArticleList(field) => {
                        match article.as_ref().and_then(|a| a.get(field)) {
                            Some(Value::Array(items)) => Cell::List(
                                items
                                    .iter()
                                    .filter_map(|v| v.as_str().map(str::to_owned))
                                    .collect(),
                            ),
                            _ => Cell::Null,
                        }
                    }
                    Source::ArticleInt(field) => {
                        match article.as_ref().and_then(|a| a.get(field)?.as_i64()) {
                            Some(i) => Cell::Int(i),
                            None => Cell::Null,
                        }
                    }
                };
                b.push(&cell);
            }
            n += 1;
            if n.is_multiple_of(ROW_GROUP as u64) {
                flush(&mut builders, &mut writer, out)?;
            }
        }
        flush(&mut builders, &mut writer, out)?;
        let mut buffer = writer.into_inner().map_err(pq)?;
        drain(&mut buffer, out).map_err(io)?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Format;
    use crate::test_support::analysis;
    use crate::Prepared;
    use arrow_array::cast::AsArray;
    use arrow_array::types::{Date32Type, Float64Type, Int64Type, TimestampMillisecondType};
    use arrow_array::Array;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    /// Two articles, the first with an entity in its headline and body, a quote and an event.
    fn store() -> (tempfile::TempDir, Store) {
        let first = analysis(serde_json::json!({
            "id": "a1", "headline": "زيارة إلى مالي", "published": "2025-07-15T12:16:00",
            "url": "https://example.com/a1", "publisher": "example",
            "body": ["وصل الوزير إلى مالي اليوم.", "وقال إن الزيارة مثمرة."],
            "authors": ["محرر"], "word_count": 9,
            "entities": [{"id": "loc:mli", "name": "مالي", "type": "location", "aliases": ["مالي"],
                "country": "MLI", "coordinates": [17.0, -4.0],
                "mentions": [{"text": "مالي", "part": "headline", "paragraph": 0, "start": 9, "end": 13},
                             {"text": "مالي", "paragraph": 0, "start": 12, "end": 16}]}],
            "quotes": [{"speaker": "loc:mli", "speaker_text": "الوزير", "text": "الزيارة مثمرة",
                        "direct": false, "paragraph": 1}],
            "events": [{"code": "042", "label": "make a visit", "source": null, "target": "loc:mli",
                        "target_country": "MLI", "negated": false, "goldstein": 1.9, "date": null,
                        "paragraph": 0, "sentence": "وصل الوزير إلى مالي اليوم."}]
        }));
        let second = analysis(serde_json::json!({
            "id": "a2", "headline": "خبر بلا تاريخ", "body": ["نص قصير."],
            "entities": [], "quotes": [], "events": []
        }));
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        store
            .put_batch(&[
                Prepared::new(first).unwrap(),
                Prepared::new(second).unwrap(),
            ])
            .unwrap();
        store.commit().unwrap();
        (dir, store)
    }

    /// Exports `what` as Parquet to a file and reads it back with the parquet crate's reader.
    fn round_trip(store: &Store, dir: &std::path::Path, what: What) -> (u64, RecordBatch) {
        let path = dir.join("out.parquet");
        let mut file = std::fs::File::create(&path).unwrap();
        let n = store.export(what, Format::Parquet, &mut file).unwrap();
        drop(file);
        let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&path).unwrap())
            .unwrap()
            .build()
            .unwrap();
        let mut batches: Vec<RecordBatch> = reader.map(|b| b.unwrap()).collect();
        assert_eq!(batches.len(), 1, "a small table is one batch");
        (n, batches.remove(0))
    }

    #[test]
    fn articles_round_trip_with_typed_columns() {
        let (dir, store) = store();
        let (n, batch) = round_trip(&store, dir.path(), What::Articles);
        assert_eq!((n, batch.num_rows()), (2, 2));
        assert_eq!(batch.schema().as_ref(), &schema(What::Articles));
        let id = batch.column_by_name("id").unwrap().as_string::<i32>();
        assert_eq!(id.value(0), "a1");
        let published = batch.column_by_name("published").unwrap();
        let published = published.as_primitive::<TimestampMillisecondType>();
        // 2025-07-15T12:16:00 as written.
        assert_eq!(published.value(0), 1_752_581_760_000);
        assert!(published.is_null(1));
        let day = batch.column_by_name("day").unwrap();
        assert_eq!(day.as_primitive::<Date32Type>().value(0), 20_284);
        let body = batch.column_by_name("body").unwrap().as_list::<i32>();
        let paragraphs = body.value(0);
        assert_eq!(
            paragraphs.as_string::<i32>().value(1),
            "وقال إن الزيارة مثمرة."
        );
        let words = batch.column_by_name("word_count").unwrap();
        assert_eq!(words.as_primitive::<Int64Type>().value(0), 9);
    }

    #[test]
    fn events_keep_gdelt_columns_with_gdelt_types() {
        let (dir, store) = store();
        let (n, batch) = round_trip(&store, dir.path(), What::Events);
        assert_eq!((n, batch.num_rows()), (1, 1));
        let int = |name: &str| {
            batch
                .column_by_name(name)
                .unwrap()
                .as_primitive::<Int64Type>()
                .value(0)
        };
        assert_eq!(int("SQLDATE"), 20_250_715);
        assert_eq!(int("MonthYear"), 202_507);
        assert_eq!(int("Year"), 2025);
        let text = |name: &str| {
            batch
                .column_by_name(name)
                .unwrap()
                .as_string::<i32>()
                .value(0)
                .to_owned()
        };
        assert_eq!(text("EventCode"), "042");
        assert_eq!(text("EventRootCode"), "04");
        assert_eq!(text("Actor2CountryCode"), "MLI");
        assert!(batch.column_by_name("Actor1Code").unwrap().is_null(0));
        let goldstein = batch.column_by_name("GoldsteinScale").unwrap();
        assert_eq!(goldstein.as_primitive::<Float64Type>().value(0), 1.9);
        let negated = batch.column_by_name("IsNegated").unwrap().as_boolean();
        assert!(!negated.value(0));
    }

    #[test]
    fn entities_quotes_and_mentions_round_trip() {
        let (dir, store) = store();
        let (n, batch) = round_trip(&store, dir.path(), What::Entities);
        assert_eq!(n, 1);
        let aliases = batch.column_by_name("aliases").unwrap().as_list::<i32>();
        assert_eq!(aliases.value(0).as_string::<i32>().value(0), "مالي");
        let lat = batch.column_by_name("lat").unwrap();
        assert_eq!(lat.as_primitive::<Float64Type>().value(0), 17.0);
        let (n, batch) = round_trip(&store, dir.path(), What::Quotes);
        assert_eq!(n, 1);
        assert!(!batch
            .column_by_name("direct")
            .unwrap()
            .as_boolean()
            .value(0));
        let (n, batch) = round_trip(&store, dir.path(), What::Mentions);
        assert_eq!(n, 2);
        let part = batch.column_by_name("part").unwrap().as_string::<i32>();
        assert_eq!((part.value(0), part.value(1)), ("headline", "body"));
        let start = batch.column_by_name("start").unwrap();
        assert_eq!(start.as_primitive::<Int64Type>().value(0), 9);
    }

    #[test]
    fn an_empty_table_is_a_valid_file_with_its_schema() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let path = dir.path().join("empty.parquet");
        let mut file = std::fs::File::create(&path).unwrap();
        assert_eq!(
            store
                .export(What::Events, Format::Parquet, &mut file)
                .unwrap(),
            0
        );
        drop(file);
        let builder =
            ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&path).unwrap()).unwrap();
        assert_eq!(builder.schema().as_ref(), &schema(What::Events));
        assert_eq!(builder.metadata().file_metadata().num_rows(), 0);
    }

    #[test]
    fn dates_and_times_become_epoch_numbers() {
        assert_eq!(days_since_epoch("1970-01-02"), Some(1));
        assert_eq!(days_since_epoch("2015-07-21T02:51:32"), Some(16637));
        assert_eq!(days_since_epoch("21/07/2015"), None);
        assert_eq!(millis_since_epoch("1970-01-01T00:00:01"), Some(1000));
        assert_eq!(millis_since_epoch("1970-01-02"), Some(86_400_000));
        // The wall-clock time as written: the offset is not applied.
        assert_eq!(
            millis_since_epoch("1970-01-01T03:00:00+03:00"),
            Some(10_800_000)
        );
        assert_eq!(millis_since_epoch("yesterday"), None);
    }

    #[test]
    fn every_table_has_a_schema_with_unique_names() {
        for what in [
            What::Articles,
            What::Entities,
            What::Quotes,
            What::Events,
            What::Mentions,
        ] {
            let schema = schema(what);
            let mut names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
            let all = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), all, "{what:?}");
        }
    }
}
