//! Search: ranked hits with highlighted snippets, facets and counts per day.
//!
//! The query language is tantivy's: words (all required), `"a phrase"`, `a OR b`, `-excluded`,
//! `field:value` on `headline`, `body`, `source`, `site`, `section`, `entity`. Every word is
//! looked up in the stemmed fields (`"ar"`) and in the normalized-only fields (`"ar_exact"`), the
//! latter boosted: `مالي` finds `ومالي` first, and `المالية` (stemmed alike) only after.

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;

use rusqlite::OptionalExtension;
use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{TantivyDocument, Term};

use crate::facets::{self, FacetCollector, FacetCounts, FacetIndex};
use crate::index::day_number;
use crate::snippet::Highlighter;
use crate::store::ENTITY_NAME_CACHE;
use crate::{Result, Store, StoreError};

/// Boosts of the searched fields: exact forms above stems, headlines above bodies.
const BOOSTS: [(&str, f32); 4] = [
    ("body", 1.0),
    ("body_exact", 2.5),
    ("headline", 2.0),
    ("headline_exact", 5.0),
];
/// Entities fetched for the facets, before splitting by type.
const ENTITY_FACET_POOL: usize = 60;
/// Longest snippet, in bytes (about 120 Arabic letters).
const SNIPPET_BYTES: usize = 240;
/// Entries per facet.
const FACET_SIZE: usize = 10;

/// A search: the query and its filters.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The query text (see the module doc); empty matches everything.
    pub query: String,
    /// First day, `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`, inclusive.
    pub to: Option<String>,
    /// Only this source (publisher or site).
    pub source: Option<String>,
    /// Only this section.
    pub section: Option<String>,
    /// Only articles mentioning this entity (its id, or a name or alias).
    pub entity: Option<String>,
    /// Hits to return (at least 1).
    pub limit: usize,
    /// Whether to compute facets and counts per day.
    pub facets: bool,
}

impl SearchRequest {
    /// A request for `query` with no filters, 10 hits and facets.
    pub fn new(query: &str) -> SearchRequest {
        SearchRequest {
            query: query.to_owned(),
            limit: 10,
            facets: true,
            ..SearchRequest::default()
        }
    }
}

/// One hit.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// Article id.
    pub id: String,
    /// Relevance score (BM25, boosted).
    pub score: f32,
    /// Headline.
    pub headline: String,
    /// URL, when known.
    pub url: Option<String>,
    /// Source (publisher or site).
    pub source: Option<String>,
    /// Section.
    pub section: Option<String>,
    /// Publication time.
    pub published: Option<String>,
    /// Story the article belongs to (syndicated copies share one).
    pub story_id: String,
    /// A passage of the body around the matches.
    pub snippet: String,
    /// The matched words in `snippet`, as char ranges `[start, end)`.
    pub highlights: Vec<[usize; 2]>,
}

/// A facet value and how many matching articles have it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FacetCount {
    /// The value (a source, a section, an entity id, a day).
    pub value: String,
    /// Display name, for entities.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Matching articles with this value.
    pub count: u64,
}

/// Facets of the matching articles.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    /// Top sources.
    pub sources: Vec<FacetCount>,
    /// Top sections.
    pub sections: Vec<FacetCount>,
    /// Top entities by type (`person`, `location`, `organization`).
    pub entities: BTreeMap<String, Vec<FacetCount>>,
    /// Matching articles per day, in date order.
    pub per_day: Vec<FacetCount>,
}

/// The answer to a [`SearchRequest`].
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// Matching articles in all.
    pub total: usize,
    /// The best hits, best first.
    pub hits: Vec<Hit>,
    /// Facets and counts per day (empty unless requested).
    pub facets: Facets,
}

impl Store {
    /// Runs a search.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults> {
        let query = self.build_query(req)?;
        let searcher = self.reader.searcher();
        let limit = req.limit.max(1);
        let top = TopDocs::with_limit(limit).order_by_score();
        let (top_docs, total, counts) = if req.facets {
            let index = FacetIndex::of(&searcher).map_err(|e| self.index_err(e))?;
            let collector = FacetCollector::new(index, ENTITY_FACET_POOL);
            let (top_docs, total, counts) = searcher
                .search(&*query, &(top, Count, collector))
                .map_err(|e| self.index_err(e))?;
            (top_docs, total, Some(counts))
        } else {
            let (top_docs, total) = searcher
                .search(&*query, &(top, Count))
                .map_err(|e| self.index_err(e))?;
            (top_docs, total, None)
        };
        let mut snippets = Highlighter::new(&searcher, &*query, self.fields.body, SNIPPET_BYTES)
            .map_err(|e| self.index_err(e))?;
        let mut hits = Vec::with_capacity(top_docs.len());
        for (score, address) in top_docs {
            let doc: TantivyDocument = searcher.doc(address).map_err(|e| self.index_err(e))?;
            let Some(id) = doc.get_first(self.fields.id).and_then(|v| v.as_str()) else {
                continue;
            };
            if let Some(hit) = self.hit(id, score, &mut snippets)? {
                hits.push(hit);
            }
        }
        let facets = match counts {
            Some(counts) => self.facets(&counts)?,
            None => Facets::default(),
        };
        Ok(SearchResults {
            total,
            hits,
            facets,
        })
    }

    fn build_query(&self, req: &SearchRequest) -> Result<Box<dyn Query>> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let text = req.query.trim();
        if text.is_empty() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        } else {
            let mut parser = QueryParser::for_index(
                &self.index,
                vec![f.headline, f.headline_exact, f.body, f.body_exact],
            );
            parser.set_conjunction_by_default();
            let schema = self.index.schema();
            for (name, boost) in BOOSTS {
                if let Ok(field) = schema.get_field(name) {
                    parser.set_field_boost(field, boost);
                }
            }
            let parsed = parser.parse_query(text).map_err(|e| StoreError::Query {
                query: req.query.clone(),
                reason: e.to_string(),
            })?;
            clauses.push((Occur::Must, parsed));
        }
        let term = |field, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, value),
                IndexRecordOption::Basic,
            ))
        };
        if let Some(source) = &req.source {
            clauses.push((
                Occur::Must,
                Box::new(BooleanQuery::new(vec![
                    (Occur::Should, term(f.source, source)),
                    (Occur::Should, term(f.site, source)),
                ])),
            ));
        }
        if let Some(section) = &req.section {
            clauses.push((Occur::Must, term(f.section, section)));
        }
        if let Some(entity) = &req.entity {
            let ids = self.resolve_entity(entity)?;
            if ids.is_empty() {
                return Err(StoreError::UnknownEntity {
                    what: format!("--entity {entity}"),
                });
            }
            let any: Vec<(Occur, Box<dyn Query>)> = ids
                .iter()
                .map(|id| (Occur::Should, term(f.entity, id)))
                .collect();
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        if req.from.is_some() || req.to.is_some() {
            let bound = |flag: &str, v: &Option<String>| -> Result<Bound<Term>> {
                match v {
                    None => Ok(Bound::Unbounded),
                    Some(day) => day_number(day)
                        .map(|n| Bound::Included(Term::from_field_u64(f.day, n)))
                        .ok_or_else(|| StoreError::Invalid {
                            what: format!("{flag} {day}"),
                            reason: "not a date; use YYYY-MM-DD".into(),
                        }),
                }
            };
            let lower = bound("--from", &req.from)?;
            let upper = bound("--to", &req.to)?;
            clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
        }
        if clauses.len() == 1 {
            if let Some((_, q)) = clauses.pop() {
                return Ok(q);
            }
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// Entity ids matching an id, a canonical name or an alias (normalized for names).
    pub fn resolve_entity(&self, name: &str) -> Result<Vec<String>> {
        let by_id: Option<String> = self
            .db
            .query_row("SELECT id FROM entities WHERE id = ?1", [name], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.sql_err(e))?;
        if let Some(id) = by_id {
            return Ok(vec![id]);
        }
        let norm = rasd_text::normalize::normalize(name, rasd_text::normalize::Profile::Name);
        let mut stmt = self
            .db
            .prepare_cached(
                "SELECT a.entity_id FROM entity_aliases a
                 LEFT JOIN doc_entities d ON d.entity_id = a.entity_id
                 WHERE a.norm = ?1 GROUP BY a.entity_id ORDER BY COUNT(d.doc_id) DESC",
            )
            .map_err(|e| self.sql_err(e))?;
        let rows = stmt
            .query_map([norm], |r| r.get(0))
            .map_err(|e| self.sql_err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.sql_err(e))
    }

    fn hit(&self, id: &str, score: f32, snippets: &mut Highlighter) -> Result<Option<Hit>> {
        /// The only part of the Article JSON a hit needs (the rest is skipped unparsed).
        #[derive(serde::Deserialize)]
        struct Body {
            body: Vec<String>,
        }
        type Row = (
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            String,
            String,
            std::result::Result<Body, serde_json::Error>,
        );
        let row: Option<Row> = self
            .db
            .prepare_cached(
                "SELECT url, source, section, published, headline, story_id, article
                 FROM documents WHERE id = ?1",
            )
            .and_then(|mut s| {
                s.query_row([id], |r| {
                    // Parsed from SQLite's bytes in place: no copy into a String first. The
                    // bytes are checked as UTF-8 once, with SIMD, so that the JSON parser
                    // need not check each string again (`from_str` trusts its input).
                    let bad_text = |e: Box<dyn std::error::Error + Send + Sync>| {
                        rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, e)
                    };
                    let bytes = r
                        .get_ref(6)?
                        .as_bytes()
                        .map_err(|e| bad_text(Box::new(e)))?;
                    let article =
                        simdutf8::compat::from_utf8(bytes).map_err(|e| bad_text(Box::new(e)))?;
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        serde_json::from_str(article),
                    ))
                })
                .optional()
            })
            .map_err(|e| self.sql_err(e))?;
        let Some((url, source, section, published, headline, story_id, body)) = row else {
            return Ok(None);
        };
        let body = body.map_err(|source| StoreError::Json {
            id: id.to_owned(),
            source,
        })?;
        let text = body.body.join("\n");
        let (snippet_text, highlights) = match snippets.snippet(&text) {
            None => (text.chars().take(200).collect(), Vec::new()),
            Some(snippet) => {
                let fragment = snippet.fragment;
                let char_at = |byte: usize| fragment.get(..byte).map_or(0, |s| s.chars().count());
                let highlights = snippet
                    .highlighted
                    .iter()
                    .map(|r| [char_at(r.start), char_at(r.end)])
                    .collect();
                (fragment.to_owned(), highlights)
            }
        };
        Ok(Some(Hit {
            id: id.to_owned(),
            score,
            headline,
            url,
            source,
            section,
            published,
            story_id,
            snippet: snippet_text,
            highlights,
        }))
    }

    fn facets(&self, counts: &FacetCounts) -> Result<Facets> {
        let top = |field: usize, k: usize| -> Vec<FacetCount> {
            counts
                .top(field, k)
                .into_iter()
                .map(|(value, n)| FacetCount {
                    value: value.to_owned(),
                    name: None,
                    count: u64::from(n),
                })
                .collect()
        };
        let pool = top(facets::ENTITY, ENTITY_FACET_POOL);
        let names = self.entity_names_types(pool.iter().map(|f| f.value.as_str()))?;
        let mut entities: BTreeMap<String, Vec<FacetCount>> = BTreeMap::new();
        for mut facet in pool {
            let Some((name, kind)) = names.get(&facet.value) else {
                continue;
            };
            let list = entities.entry(kind.clone()).or_default();
            if list.len() < FACET_SIZE {
                facet.name = Some(name.clone());
                list.push(facet);
            }
        }
        let per_day = counts
            .days()
            .map(|(n, count)| FacetCount {
                value: format!("{:04}-{:02}-{:02}", n / 10_000, n / 100 % 100, n % 100),
                name: None,
                count: u64::from(count),
            })
            .collect();
        Ok(Facets {
            sources: top(facets::SOURCE, FACET_SIZE),
            sections: top(facets::SECTION, FACET_SIZE),
            entities,
            per_day,
        })
    }

    /// Names and types of entities by id: those this handle read before from its memory, the
    /// others in one query.
    fn entity_names_types<'a>(
        &self,
        ids: impl Iterator<Item = &'a str>,
    ) -> Result<HashMap<String, (String, String)>> {
        let mut known = self.entity_names.borrow_mut();
        if known.len() >= ENTITY_NAME_CACHE {
            known.clear();
        }
        let mut out = HashMap::new();
        let mut missing = Vec::new();
        for id in ids {
            match known.get(id) {
                Some(name_type) => {
                    out.insert(id.to_owned(), name_type.clone());
                }
                None => missing.push(id),
            }
        }
        for chunk in missing.chunks(ENTITY_FACET_POOL) {
            let marks = vec!["?"; chunk.len()].join(",");
            let mut stmt = self
                .db
                .prepare_cached(&format!(
                    "SELECT id, name, type FROM entities WHERE id IN ({marks})"
                ))
                .map_err(|e| self.sql_err(e))?;
            let rows = stmt
                .query_map(rusqlite::params_from_iter(chunk), |r| {
                    Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?)))
                })
                .map_err(|e| self.sql_err(e))?;
            for row in rows {
                let (id, name_type): (String, (String, String)) =
                    row.map_err(|e| self.sql_err(e))?;
                known.insert(Box::from(id.as_str()), name_type.clone());
                out.insert(id, name_type);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Prepared;
    use rasd_model::{Analysis, Article};

    fn doc(id: &str, day: &str, source: &str, headline: &str, body: &str) -> Prepared {
        let mut value = serde_json::json!({
            "entities": [{"id": "loc:mli", "name": "مالي", "type": "location", "aliases": ["مالي"],
                          "country": "MLI", "coordinates": null, "mentions": []}],
            "quotes": [], "events": []
        });
        if id != "mali" {
            value["entities"] = serde_json::json!([]);
        }
        let article = Article {
            id: id.into(),
            headline: headline.into(),
            body: vec![body.into()],
            published: Some(format!("{day}T10:00:00")),
            publisher: Some(source.into()),
            section: Some("العالم".into()),
            ..Article::default()
        };
        for (k, v) in serde_json::to_value(article).unwrap().as_object().unwrap() {
            value[k] = v.clone();
        }
        let analysis: Analysis = serde_json::from_value(value).unwrap();
        Prepared::new(analysis).unwrap()
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        store
            .put_batch(&[
                doc(
                    "mali",
                    "2025-07-15",
                    "wire",
                    "زيارة",
                    "وصل وفد إلى مالي لبحث الأمن مع آسيمي غويتا",
                ),
                doc(
                    "fin1",
                    "2025-07-15",
                    "paper",
                    "اقتصاد",
                    "ارتفعت السوق المالية وتحسنت الأوضاع المالية للشركات المالية",
                ),
                doc(
                    "fin2",
                    "2025-07-16",
                    "paper",
                    "اقتصاد",
                    "نتائج مالية جيدة وتقارير المالية العامة",
                ),
                doc(
                    "pres",
                    "2025-07-16",
                    "wire",
                    "قمة",
                    "التقى الرئيسُ نظيره في القمة وقال للرئيس إن التعاون مهم",
                ),
            ])
            .unwrap();
        store.commit().unwrap();
        (dir, store)
    }

    fn ids(store: &Store, req: &SearchRequest) -> Vec<String> {
        store
            .search(req)
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect()
    }

    #[test]
    fn spelling_variants_find_the_same_article() {
        let (_dir, store) = store();
        for q in ["الرئيس", "للرئيس", "الرئيسُ", "الرئيـــس", "رئيس"]
        {
            assert_eq!(ids(&store, &SearchRequest::new(q)), ["pres"], "query {q}");
        }
        assert_eq!(ids(&store, &SearchRequest::new("أسيمي")), ["mali"]);
    }

    #[test]
    fn mali_ranks_above_financial() {
        let (_dir, store) = store();
        let found = ids(&store, &SearchRequest::new("مالي"));
        assert_eq!(found.first().map(String::as_str), Some("mali"), "{found:?}");
    }

    #[test]
    fn phrases_or_exclusion_and_fields() {
        let (_dir, store) = store();
        assert_eq!(
            ids(&store, &SearchRequest::new("\"السوق المالية\"")),
            ["fin1"]
        );
        let mut either = ids(&store, &SearchRequest::new("غويتا OR القمة"));
        either.sort();
        assert_eq!(either, ["mali", "pres"]);
        let mut not_fin1 = ids(&store, &SearchRequest::new("مالي -السوق"));
        not_fin1.sort();
        assert_eq!(not_fin1, ["fin2", "mali"]);
        assert_eq!(
            ids(&store, &SearchRequest::new("source:wire وفد")),
            ["mali"]
        );
        let err = store.search(&SearchRequest::new("headline:(")).unwrap_err();
        assert!(err.to_string().starts_with("bad query"), "{err}");
    }

    #[test]
    fn filters_and_facets() {
        let (_dir, store) = store();
        let mut req = SearchRequest::new("");
        req.source = Some("paper".into());
        req.from = Some("2025-07-16".into());
        assert_eq!(ids(&store, &req), ["fin2"]);
        let mut req = SearchRequest::new("");
        req.entity = Some("مالي".into());
        assert_eq!(ids(&store, &req), ["mali"]);
        let all = store.search(&SearchRequest::new("")).unwrap();
        assert_eq!(all.total, 4);
        let days: Vec<(String, u64)> = all
            .facets
            .per_day
            .iter()
            .map(|f| (f.value.clone(), f.count))
            .collect();
        assert_eq!(days, [("2025-07-15".into(), 2), ("2025-07-16".into(), 2)]);
        assert_eq!(all.facets.sources.len(), 2);
        assert_eq!(
            all.facets.entities["location"][0].name.as_deref(),
            Some("مالي")
        );
        let mut bad = SearchRequest::new("");
        bad.to = Some("16/07/2025".into());
        assert!(store
            .search(&bad)
            .unwrap_err()
            .to_string()
            .contains("YYYY-MM-DD"));
    }

    /// A document of the facet test: its number picks source, section, day, entities and words.
    fn facet_doc(n: usize, version: &str) -> Prepared {
        const WORDS: [&str; 4] = ["الحكومة", "الاقتصاد", "الانتخابات", "المطر"];
        const KINDS: [(&str, &str); 3] = [
            ("per", "person"),
            ("loc", "location"),
            ("org", "organization"),
        ];
        // Entities e0..e24: a document mentions a few, some twice (as two spellings).
        let entities: Vec<serde_json::Value> = [n % 25, (n * 7 + 3) % 25, (n * n) % 25, n % 25]
            .iter()
            .map(|&e| {
                let (prefix, kind) = KINDS[e % 3];
                serde_json::json!({"id": format!("{prefix}:e{e:02}"), "name": format!("كيان {e}"),
                    "type": kind, "aliases": [format!("كيان {e}")], "country": null,
                    "coordinates": null, "mentions": []})
            })
            .collect();
        let words: Vec<&str> = (0..4)
            .filter(|w| (n >> w) & 1 == 1)
            .map(|w| WORDS[w])
            .collect();
        let article = Article {
            id: format!("d{n:03}"),
            headline: format!("خبر رقم {n} {version}"),
            body: vec![format!("نص الخبر {} في يوم عادي", words.join(" "))],
            published: (!n.is_multiple_of(9))
                .then(|| format!("2025-0{}-{:02}T08:00:00", 1 + n % 3, 1 + n % 5)),
            publisher: (!n.is_multiple_of(11)).then(|| format!("site{}", n % 4)),
            section: (!n.is_multiple_of(5)).then(|| format!("قسم{}", n % 3)),
            ..Article::default()
        };
        let mut value = serde_json::json!({"entities": entities, "quotes": [], "events": []});
        for (k, v) in serde_json::to_value(article).unwrap().as_object().unwrap() {
            value[k] = v.clone();
        }
        Prepared::new(serde_json::from_value::<Analysis>(value).unwrap()).unwrap()
    }

    /// Sources, sections, entities (type, id, count) and days, as `(value, count)`.
    type Expected = (
        Vec<(String, u64)>,
        Vec<(String, u64)>,
        Vec<(String, String, u64)>,
        Vec<(String, u64)>,
    );

    /// The facets of `docs` counted the plain way (the same top-k and tie rules).
    fn expected_facets(docs: &[usize]) -> Expected {
        use std::collections::BTreeSet;
        let mut sources: BTreeMap<String, u64> = BTreeMap::new();
        let mut sections: BTreeMap<String, u64> = BTreeMap::new();
        let mut entities: BTreeMap<String, u64> = BTreeMap::new();
        let mut days: BTreeMap<String, u64> = BTreeMap::new();
        for &n in docs {
            if !n.is_multiple_of(11) {
                *sources.entry(format!("site{}", n % 4)).or_default() += 1;
            }
            if !n.is_multiple_of(5) {
                *sections.entry(format!("قسم{}", n % 3)).or_default() += 1;
            }
            if !n.is_multiple_of(9) {
                *days
                    .entry(format!("2025-0{}-{:02}", 1 + n % 3, 1 + n % 5))
                    .or_default() += 1;
            }
            let mine: BTreeSet<usize> = [n % 25, (n * 7 + 3) % 25, (n * n) % 25].into();
            for e in mine {
                let prefix = ["per", "loc", "org"][e % 3];
                *entities.entry(format!("{prefix}:e{e:02}")).or_default() += 1;
            }
        }
        let top = |m: &BTreeMap<String, u64>, k: usize| {
            let mut v: Vec<(String, u64)> = m.iter().map(|(a, &b)| (a.clone(), b)).collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v.truncate(k);
            v
        };
        let mut by_type: BTreeMap<&str, usize> = BTreeMap::new();
        let mut ents = Vec::new();
        for (id, count) in top(&entities, ENTITY_FACET_POOL) {
            let kind = match &id[..3] {
                "per" => "person",
                "loc" => "location",
                _ => "organization",
            };
            let seen = by_type.entry(kind).or_default();
            if *seen < FACET_SIZE {
                *seen += 1;
                ents.push((kind.to_owned(), id, count));
            }
        }
        ents.sort_by(|a, b| a.0.cmp(&b.0));
        (
            top(&sources, FACET_SIZE),
            top(&sections, FACET_SIZE),
            ents,
            days.into_iter().collect(),
        )
    }

    #[test]
    fn facet_counts_are_the_plain_counts_over_segments_and_updates() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        // Several commits make several segments; the second version of some documents
        // deletes the first one in an older segment.
        for chunk in (0..120).collect::<Vec<_>>().chunks(25) {
            let batch: Vec<Prepared> = chunk.iter().map(|&n| facet_doc(n, "")).collect();
            store.put_batch(&batch).unwrap();
            store.commit().unwrap();
        }
        let again: Vec<Prepared> = (0..120).step_by(7).map(|n| facet_doc(n, "محدث")).collect();
        store.put_batch(&again).unwrap();
        store.commit().unwrap();
        assert!(store.reader.searcher().segment_readers().len() > 1);
        let all: Vec<usize> = (0..120).collect();
        let cases: Vec<(&str, Vec<usize>)> = vec![
            ("", all.clone()),
            (
                "الحكومة",
                all.iter().copied().filter(|n| n & 1 == 1).collect(),
            ),
            (
                "الاقتصاد OR المطر",
                all.iter().copied().filter(|n| n & 0b1010 != 0).collect(),
            ),
            (
                "الانتخابات -الحكومة",
                all.iter().copied().filter(|n| n & 0b101 == 0b100).collect(),
            ),
            ("محدث", all.iter().copied().filter(|n| n % 7 == 0).collect()),
        ];
        // Entity counts are the same whether the rare entities are counted or left out (a
        // head of 1 or 2 ranks leaves some out; 0 is the default head).
        let heads = [1, 2, 5, 0];
        for (head, (query, docs)) in heads
            .iter()
            .flat_map(|&h| cases.iter().map(move |c| (h, c)))
        {
            crate::facets::TEST_ENTITY_HEAD.store(head, std::sync::atomic::Ordering::Relaxed);
            let docs = docs.clone();
            let query = *query;
            let res = store.search(&SearchRequest::new(query)).unwrap();
            assert_eq!(res.total, docs.len(), "{query}");
            let f = &res.facets;
            let pairs = |v: &[FacetCount]| {
                v.iter()
                    .map(|c| (c.value.clone(), c.count))
                    .collect::<Vec<_>>()
            };
            let entities: Vec<(String, String, u64)> = f
                .entities
                .iter()
                .flat_map(|(kind, list)| {
                    list.iter()
                        .map(move |c| (kind.clone(), c.value.clone(), c.count))
                })
                .collect();
            let (sources, sections, want_entities, days) = expected_facets(&docs);
            assert_eq!(pairs(&f.sources), sources, "sources of {query:?}");
            assert_eq!(pairs(&f.sections), sections, "sections of {query:?}");
            assert_eq!(entities, want_entities, "entities of {query:?}");
            assert_eq!(pairs(&f.per_day), days, "days of {query:?}");
            for (kind, list) in &f.entities {
                for c in list {
                    let n: usize = c.value[5..].parse().unwrap();
                    assert_eq!(
                        c.name.as_deref(),
                        Some(format!("كيان {n}").as_str()),
                        "{kind}"
                    );
                }
            }
        }
    }

    #[test]
    fn snippets_highlight_the_words_as_written() {
        let (_dir, store) = store();
        let res = store.search(&SearchRequest::new("رئيس")).unwrap();
        let hit = &res.hits[0];
        let marked: Vec<String> = hit
            .highlights
            .iter()
            .map(|[s, e]| hit.snippet.chars().skip(*s).take(e - s).collect())
            .collect();
        assert_eq!(marked, ["الرئيسُ", "للرئيس"]);
    }
}
