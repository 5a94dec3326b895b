//! The tantivy side: schema, fields, and the index document of an article.

use std::path::Path;

use rasd_model::Article;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::{Index, TantivyDocument};

use crate::analyzer::{self, AR, AR_EXACT};

/// The fields of the full-text index.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    pub(crate) id: Field,
    pub(crate) headline: Field,
    pub(crate) headline_exact: Field,
    pub(crate) body: Field,
    pub(crate) body_exact: Field,
    pub(crate) source: Field,
    pub(crate) site: Field,
    pub(crate) section: Field,
    pub(crate) entity: Field,
    pub(crate) day: Field,
}

pub(crate) fn schema() -> (Schema, Fields) {
    let text = |tokenizer: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let mut b = Schema::builder();
    let fields = Fields {
        id: b.add_text_field("id", STRING | STORED),
        headline: b.add_text_field("headline", text(AR)),
        headline_exact: b.add_text_field("headline_exact", text(AR_EXACT)),
        body: b.add_text_field("body", text(AR)),
        body_exact: b.add_text_field("body_exact", text(AR_EXACT)),
        source: b.add_text_field("source", STRING | FAST),
        site: b.add_text_field("site", STRING),
        section: b.add_text_field("section", STRING | FAST),
        entity: b.add_text_field("entity", STRING | FAST),
        day: b.add_u64_field("day", INDEXED | FAST),
    };
    (b.build(), fields)
}

/// Opens the index in `dir`, creating it if missing, with rasd's analyzers registered.
pub(crate) fn open(dir: &Path, create: bool) -> tantivy::Result<(Index, Fields)> {
    let (schema, fields) = schema();
    let index = if create {
        std::fs::create_dir_all(dir)?;
        let mmap = tantivy::directory::MmapDirectory::open(dir)?;
        Index::open_or_create(mmap, schema)?
    } else {
        Index::open_in_dir(dir)?
    };
    analyzer::register(index.tokenizers());
    Ok((index, fields))
}

/// The source shown and filtered on: the publisher, else the site.
pub(crate) fn source_of(article: &Article) -> Option<&str> {
    article
        .publisher
        .as_deref()
        .or(article.site.as_deref())
        .filter(|s| !s.is_empty())
}

/// `YYYY-MM-DD` of an ISO 8601 timestamp, if it starts with a valid date.
pub(crate) fn day_of(published: Option<&str>) -> Option<String> {
    let p = published?;
    let day = p.get(..10)?;
    day_number(day).map(|_| day.to_owned())
}

/// `YYYY-MM-DD` as the number `YYYYMMDD`, if it is a plausible date.
pub(crate) fn day_number(day: &str) -> Option<u64> {
    let bytes = day.as_bytes();
    if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
        return None;
    }
    let y: u64 = day.get(0..4)?.parse().ok()?;
    let m: u64 = day.get(5..7)?.parse().ok()?;
    let d: u64 = day.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(y * 10_000 + m * 100 + d)
}

/// The index document of an article and the ids of the entities it mentions.
pub(crate) fn document(fields: &Fields, article: &Article, entities: &[String]) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, &article.id);
    doc.add_text(fields.headline, &article.headline);
    doc.add_text(fields.headline_exact, &article.headline);
    for paragraph in &article.body {
        doc.add_text(fields.body, paragraph);
        doc.add_text(fields.body_exact, paragraph);
    }
    if let Some(source) = source_of(article) {
        doc.add_text(fields.source, source);
    }
    if let Some(site) = article.site.as_deref() {
        doc.add_text(fields.site, site);
    }
    if let Some(section) = article.section.as_deref().filter(|s| !s.is_empty()) {
        doc.add_text(fields.section, section);
    }
    for entity in entities {
        doc.add_text(fields.entity, entity);
    }
    if let Some(day) = day_of(article.published.as_deref()).and_then(|d| day_number(&d)) {
        doc.add_u64(fields.day, day);
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_read_from_iso_timestamps() {
        assert_eq!(
            day_of(Some("2015-07-21T02:51:32")),
            Some("2015-07-21".into())
        );
        assert_eq!(day_of(Some("2015-13-21")), None);
        assert_eq!(day_of(Some("21/07/2015")), None);
        assert_eq!(day_of(None), None);
        assert_eq!(day_number("2015-07-21"), Some(20150721));
    }
}
