//! The store: SQLite (source of truth) plus the tantivy index, kept consistent.

use std::path::{Path, PathBuf};

use rasd_model::{Analysis, Article, ArticlePart, EntityType};
use rasd_text::normalize::{normalize, Profile};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Term};

use crate::index::{self, Fields};
use crate::minhash::{Signature, SAME_STORY};
use crate::{Result, StoreError, FORMAT_VERSION};

/// File name of the SQLite database in the data directory.
const DB_FILE: &str = "rasd.sqlite3";
/// Directory of the full-text index in the data directory.
const INDEX_DIR: &str = "index";
/// Documents added to the full-text index between two commits.
const COMMIT_EVERY: usize = 5_000;
/// SQLite page cache of a writing connection, in KiB.
const WRITER_CACHE_KIB: i64 = 64 * 1024;
/// Memory budget of the index writer (tantivy splits it among its threads).
const WRITER_MEMORY: usize = 96 * 1024 * 1024;

/// An analysis ready to be stored: serialized, hashed and signed. Building it is the CPU-heavy
/// part of a write, so callers build many in parallel and hand them to [`Store::put_batch`].
#[derive(Debug, Clone)]
pub struct Prepared {
    analysis: Analysis,
    article_json: String,
    content_hash: String,
    signature: Option<Signature>,
    aliases: Vec<Vec<(String, String)>>,
}

impl Prepared {
    /// Prepares an analysis for storage. Fails only if the article has no id.
    pub fn new(analysis: Analysis) -> Result<Prepared> {
        if analysis.article.id.trim().is_empty() {
            return Err(StoreError::Invalid {
                what: format!("article {:?}", analysis.article.headline),
                reason: "it has no id".into(),
            });
        }
        let article_json =
            serde_json::to_string(&analysis.article).map_err(|source| StoreError::Json {
                id: analysis.article.id.clone(),
                source,
            })?;
        let content_hash = content_hash(&analysis.article);
        let mut text = analysis.article.body.join("\n");
        if text.trim().is_empty() {
            text = analysis.article.headline.clone();
        }
        let signature = Signature::of(&text);
        let aliases = analysis
            .entities
            .iter()
            .map(|e| {
                let mut all: Vec<(String, String)> = std::iter::once(&e.name)
                    .chain(e.aliases.iter())
                    .map(|a| (a.clone(), normalize(a, Profile::Name)))
                    .collect();
                all.sort();
                all.dedup();
                all
            })
            .collect();
        Ok(Prepared {
            analysis,
            article_json,
            content_hash,
            signature,
            aliases,
        })
    }

    /// The article's id.
    pub fn id(&self) -> &str {
        &self.analysis.article.id
    }
}

/// The hash of what an article says (headline, body, date, section): a change means an update.
fn content_hash(article: &Article) -> String {
    let mut h = Sha256::new();
    for part in [
        article.headline.as_str(),
        article.published.as_deref().unwrap_or(""),
        article.section.as_deref().unwrap_or(""),
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    for p in &article.body {
        h.update(p.as_bytes());
        h.update([1]);
    }
    let digest = h.finalize();
    digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// What [`Store::put_batch`] did with one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PutOutcome {
    /// A new article.
    Inserted {
        /// The story it belongs to; the article's own id unless it is a near-duplicate.
        story_id: String,
        /// True when it joined the story of an earlier article (a syndicated copy).
        near_duplicate: bool,
    },
    /// An article already stored, whose content changed: it replaced the old version.
    Updated,
    /// The same article again, unchanged: nothing was written.
    Unchanged,
}

/// Counts over the whole store.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct StoreStats {
    /// Articles stored.
    pub documents: u64,
    /// Stories (groups of near-duplicate articles), singletons included.
    pub stories: u64,
    /// Stories with more than one article.
    pub multi_article_stories: u64,
    /// Distinct entities.
    pub entities: u64,
    /// Quotes.
    pub quotes: u64,
    /// Events.
    pub events: u64,
    /// Documents in the full-text index (as of its last commit).
    pub indexed: u64,
}

/// The embedded store of one data directory.
pub struct Store {
    dir: PathBuf,
    pub(crate) db: Connection,
    pub(crate) index: Index,
    pub(crate) reader: IndexReader,
    writer: Option<IndexWriter>,
    pub(crate) fields: Fields,
    /// Highest `rev` added to the index writer but not yet committed.
    pending_rev: i64,
    pending_docs: usize,
    /// Entity id → (name, type), as read from SQLite for search facets. An entity's name and
    /// type never change once stored (later articles only fill its country and coordinates),
    /// so entries never go stale; emptied when it holds [`ENTITY_NAME_CACHE`] entities.
    pub(crate) entity_names: std::cell::RefCell<EntityNames>,
}

/// Entity id → (name, type) remembered by a [`Store`] handle.
pub(crate) type EntityNames = rustc_hash::FxHashMap<Box<str>, (String, String)>;

/// Entities whose name and type a store handle remembers before its memory starts afresh
/// (~100 bytes each).
pub(crate) const ENTITY_NAME_CACHE: usize = 100_000;

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("dir", &self.dir)
            .field("writable", &self.writer.is_some())
            .finish()
    }
}

impl Store {
    /// Opens the store in `dir` for reading and writing, creating it if missing. If the
    /// full-text index is behind SQLite (a crash between the two), the missing documents are
    /// indexed again before this returns.
    pub fn open(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Io {
            path: dir.to_owned(),
            source,
        })?;
        let db = open_db(dir, true)?;
        let (index, fields) =
            index::open(&dir.join(INDEX_DIR), true).map_err(|e| index_err(dir, e))?;
        let writer = index
            .writer_with_num_threads(1, WRITER_MEMORY)
            .map_err(|e| index_err(dir, e))?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| index_err(dir, e))?;
        let mut store = Store {
            dir: dir.to_owned(),
            db,
            index,
            reader,
            writer: Some(writer),
            fields,
            pending_rev: 0,
            pending_docs: 0,
            entity_names: Default::default(),
        };
        store.catch_up()?;
        Ok(store)
    }

    /// Opens an existing store for reading only; it can be read while another process writes.
    pub fn open_read_only(dir: &Path) -> Result<Store> {
        if !dir.join(DB_FILE).is_file() || !dir.join(INDEX_DIR).is_dir() {
            return Err(StoreError::Missing {
                dir: dir.to_owned(),
            });
        }
        let db = open_db(dir, false)?;
        let (index, fields) =
            index::open(&dir.join(INDEX_DIR), false).map_err(|e| index_err(dir, e))?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| index_err(dir, e))?;
        Ok(Store {
            dir: dir.to_owned(),
            db,
            index,
            reader,
            writer: None,
            fields,
            pending_rev: 0,
            pending_docs: 0,
            entity_names: Default::default(),
        })
    }

    /// Opens an existing store to read it. When the full-text index is behind SQLite (an ingest
    /// was killed) and no other process is writing, the store is opened for writing once so the
    /// missing documents get indexed; while an ingest runs, this reads what it has committed.
    pub fn open_for_reading(dir: &Path) -> Result<Store> {
        let store = Store::open_read_only(dir)?;
        let latest: i64 = store
            .db
            .query_row("SELECT IFNULL(MAX(rev), 0) FROM documents", [], |r| {
                r.get(0)
            })
            .map_err(|e| store.sql_err(e))?;
        if store.indexed_rev()? >= latest {
            return Ok(store);
        }
        drop(store);
        match Store::open(dir) {
            Ok(store) => Ok(store),
            // Another process writes: it holds the index's writer lock, or SQLite's (setting the
            // journal mode or writing the meta row then fails with "database is locked").
            Err(StoreError::Index { .. }) => Store::open_read_only(dir),
            Err(StoreError::Sql { source, .. }) if is_busy(&source) => Store::open_read_only(dir),
            Err(e) => Err(e),
        }
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub(crate) fn sql_err(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sql {
            dir: self.dir.clone(),
            source,
        }
    }

    pub(crate) fn index_err(&self, source: tantivy::TantivyError) -> StoreError {
        index_err(&self.dir, source)
    }

    /// The `rev` the full-text index holds, from its last commit.
    fn indexed_rev(&self) -> Result<i64> {
        let metas = self.index.load_metas().map_err(|e| self.index_err(e))?;
        Ok(metas
            .payload
            .as_deref()
            .and_then(|p| p.strip_prefix("rev="))
            .and_then(|r| r.parse().ok())
            .unwrap_or(0))
    }

    /// Indexes every document SQLite holds and the index does not (after a crash).
    fn catch_up(&mut self) -> Result<()> {
        let from = self.indexed_rev()?;
        let rows: Vec<(i64, String)> = {
            let mut stmt = self
                .db
                .prepare("SELECT rev, article FROM documents WHERE rev > ?1 ORDER BY rev")
                .map_err(|e| self.sql_err(e))?;
            let rows = stmt
                .query_map([from], |r| Ok((r.get(0)?, r.get(1)?)))
                .map_err(|e| self.sql_err(e))?;
            rows.collect::<rusqlite::Result<_>>()
                .map_err(|e| self.sql_err(e))?
        };
        if rows.is_empty() {
            return Ok(());
        }
        tracing::info!(
            "{}: re-indexing {} documents the full-text index missed",
            self.dir.display(),
            rows.len()
        );
        for (rev, json) in rows {
            let article: Article =
                serde_json::from_str(&json).map_err(|source| StoreError::Json {
                    id: format!("rev {rev}"),
                    source,
                })?;
            let entities = self.doc_entity_ids(&article.id)?;
            self.index_document(rev, &article, &entities)?;
        }
        self.commit()
    }

    fn doc_entity_ids(&self, doc_id: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .db
            .prepare_cached("SELECT entity_id FROM doc_entities WHERE doc_id = ?1")
            .map_err(|e| self.sql_err(e))?;
        let rows = stmt
            .query_map([doc_id], |r| r.get(0))
            .map_err(|e| self.sql_err(e))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(|e| self.sql_err(e))
    }

    fn index_document(&mut self, rev: i64, article: &Article, entities: &[String]) -> Result<()> {
        let doc = index::document(&self.fields, article, entities);
        let id_field = self.fields.id;
        let dir = self.dir.clone();
        let writer = self.writer.as_mut().ok_or_else(|| read_only(&dir))?;
        writer.delete_term(Term::from_field_text(id_field, &article.id));
        writer.add_document(doc).map_err(|e| index_err(&dir, e))?;
        self.pending_rev = self.pending_rev.max(rev);
        self.pending_docs += 1;
        Ok(())
    }

    /// Writes a batch of articles: one SQLite transaction for the batch, then the full-text
    /// index (committed every few thousand documents and by [`Store::commit`]).
    pub fn put_batch(&mut self, batch: &[Prepared]) -> Result<Vec<PutOutcome>> {
        if self.writer.is_none() {
            return Err(read_only(&self.dir));
        }
        let dir = self.dir.clone();
        let sql = |source| StoreError::Sql {
            dir: dir.clone(),
            source,
        };
        let tx = self.db.transaction().map_err(sql)?;
        let mut outcomes = Vec::with_capacity(batch.len());
        let mut to_index = Vec::new();
        let mut rev: i64 = tx
            .query_row("SELECT IFNULL(MAX(rev), 0) FROM documents", [], |r| {
                r.get(0)
            })
            .map_err(sql)?;
        for p in batch {
            let outcome = put_one(&tx, p, rev + 1).map_err(sql)?;
            if outcome != PutOutcome::Unchanged {
                rev += 1;
                to_index.push((rev, p));
            }
            outcomes.push(outcome);
        }
        tx.commit().map_err(sql)?;
        for (rev, p) in to_index {
            let entities: Vec<String> = p.analysis.entities.iter().map(|e| e.id.clone()).collect();
            self.index_document(rev, &p.analysis.article, &entities)?;
        }
        if self.pending_docs >= COMMIT_EVERY {
            self.commit()?;
        }
        Ok(outcomes)
    }

    /// Commits the full-text index, recording the last SQLite revision it holds.
    pub fn commit(&mut self) -> Result<()> {
        let dir = self.dir.clone();
        let pending_rev = self.pending_rev;
        let Some(writer) = self.writer.as_mut() else {
            return Ok(());
        };
        if self.pending_docs == 0 {
            return Ok(());
        }
        let mut prepared = writer.prepare_commit().map_err(|e| index_err(&dir, e))?;
        prepared.set_payload(&format!("rev={pending_rev}"));
        prepared.commit().map_err(|e| index_err(&dir, e))?;
        self.pending_docs = 0;
        self.reader.reload().map_err(|e| index_err(&dir, e))?;
        Ok(())
    }

    /// Reloads the index reader to see what other processes committed.
    pub fn refresh(&self) -> Result<()> {
        self.reader.reload().map_err(|e| self.index_err(e))
    }

    /// Counts over the whole store.
    pub fn stats(&self) -> Result<StoreStats> {
        let count = |sql: &str| -> Result<u64> {
            self.db
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n.max(0) as u64)
                .map_err(|e| self.sql_err(e))
        };
        Ok(StoreStats {
            documents: count("SELECT COUNT(*) FROM documents")?,
            stories: count("SELECT COUNT(DISTINCT story_id) FROM documents")?,
            multi_article_stories: count(
                "SELECT COUNT(*) FROM (SELECT story_id FROM documents GROUP BY story_id HAVING COUNT(*) > 1)",
            )?,
            entities: count("SELECT COUNT(*) FROM entities")?,
            quotes: count("SELECT COUNT(*) FROM quotes")?,
            events: count("SELECT COUNT(*) FROM events")?,
            indexed: self.reader.searcher().num_docs(),
        })
    }

    /// The stored article with this id.
    pub fn article(&self, id: &str) -> Result<Option<Article>> {
        let json: Option<String> = self
            .db
            .query_row("SELECT article FROM documents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.sql_err(e))?;
        json.map(|j| {
            serde_json::from_str(&j).map_err(|source| StoreError::Json {
                id: id.to_owned(),
                source,
            })
        })
        .transpose()
    }

    /// The story id of a stored article.
    pub fn story_of(&self, id: &str) -> Result<Option<String>> {
        self.db
            .query_row("SELECT story_id FROM documents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.sql_err(e))
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        if let Err(err) = self.commit() {
            tracing::warn!("closing the store: {err}");
        }
    }
}

/// True when SQLite failed because another connection holds the lock it needed.
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

fn index_err(dir: &Path, source: tantivy::TantivyError) -> StoreError {
    StoreError::Index {
        dir: dir.to_owned(),
        source,
    }
}

fn read_only(dir: &Path) -> StoreError {
    StoreError::Invalid {
        what: dir.display().to_string(),
        reason: "the store was opened read-only".into(),
    }
}

fn open_db(dir: &Path, write: bool) -> Result<Connection> {
    let sql = |source| StoreError::Sql {
        dir: dir.to_owned(),
        source,
    };
    let db = Connection::open(dir.join(DB_FILE)).map_err(sql)?;
    db.busy_timeout(std::time::Duration::from_secs(10))
        .map_err(sql)?;
    // WAL mode is a property of the file, set by the writer; a reader that set it again would
    // need the file to itself for a moment and fail with "database is locked" while an ingest
    // writes (the busy timeout does not cover that change of mode).
    if write {
        db.pragma_update(None, "journal_mode", "WAL").map_err(sql)?;
    }
    db.pragma_update(None, "synchronous", "NORMAL")
        .map_err(sql)?;
    if write {
        // A bulk ingest looks up LSH bands and article ids all over the file: a 64 MiB page
        // cache (the default is 2 MiB) keeps those reads out of the kernel.
        db.pragma_update(None, "cache_size", -WRITER_CACHE_KIB)
            .map_err(sql)?;
    }
    let has_meta: bool = db
        .query_row(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map_err(sql)?
        > 0;
    if has_meta {
        let found: Option<String> = db
            .query_row(
                "SELECT value FROM meta WHERE key = 'format_version'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(sql)?;
        if let Some(found) = found {
            if found != FORMAT_VERSION.to_string() {
                return Err(StoreError::Version {
                    dir: dir.to_owned(),
                    found,
                    expected: FORMAT_VERSION,
                });
            }
        }
    } else if !write {
        return Err(StoreError::Missing {
            dir: dir.to_owned(),
        });
    }
    if write {
        db.execute_batch(crate::sql::SCHEMA).map_err(sql)?;
        db.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('format_version', ?1)",
            [FORMAT_VERSION.to_string()],
        )
        .map_err(sql)?;
    } else {
        db.pragma_update(None, "query_only", true).map_err(sql)?;
    }
    Ok(db)
}

fn type_name(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "person",
        EntityType::Location => "location",
        EntityType::Organization => "organization",
    }
}

/// The stored name of an article part: its name in the JSON contract (`"headline"`, `"body"`…).
pub(crate) fn part_name(part: ArticlePart) -> String {
    match serde_json::to_value(part) {
        Ok(serde_json::Value::String(name)) => name,
        // A unit variant always serializes to its name; keep the Debug form if that changes.
        _ => format!("{part:?}").to_lowercase(),
    }
}

/// Writes one article inside the batch's transaction.
fn put_one(tx: &Transaction<'_>, p: &Prepared, rev: i64) -> rusqlite::Result<PutOutcome> {
    let a = &p.analysis.article;
    let old: Option<(String, String)> = tx
        .prepare_cached("SELECT content_hash, story_id FROM documents WHERE id = ?1")?
        .query_row([&a.id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let updating = match &old {
        Some((hash, _)) if *hash == p.content_hash => return Ok(PutOutcome::Unchanged),
        Some(_) => true,
        None => false,
    };
    if updating {
        for table in [
            "DELETE FROM mentions WHERE doc_id = ?1",
            "DELETE FROM doc_entities WHERE doc_id = ?1",
            "DELETE FROM quotes WHERE doc_id = ?1",
            "DELETE FROM events WHERE doc_id = ?1",
            "DELETE FROM lsh WHERE doc_id = ?1",
        ] {
            tx.prepare_cached(table)?.execute([&a.id])?;
        }
    }
    // An updated article keeps its story; a new one joins the story of its closest copy.
    let (story_id, near_duplicate) = match &old {
        Some((_, story)) => (story.clone(), false),
        None => match find_story(tx, p)? {
            Some(story) => (story, true),
            None => (a.id.clone(), false),
        },
    };
    let day = index::day_of(a.published.as_deref());
    tx.prepare_cached(
        "INSERT INTO documents (id, rev, url, site, source, section, published, day, headline,
                                content_hash, story_id, minhash, article)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
         ON CONFLICT(id) DO UPDATE SET rev = excluded.rev, url = excluded.url,
             site = excluded.site, source = excluded.source, section = excluded.section,
             published = excluded.published, day = excluded.day, headline = excluded.headline,
             content_hash = excluded.content_hash, minhash = excluded.minhash,
             article = excluded.article",
    )?
    .execute(params![
        a.id,
        rev,
        a.url,
        a.site,
        index::source_of(a),
        a.section,
        a.published,
        day,
        a.headline,
        p.content_hash,
        story_id,
        p.signature.as_ref().map(Signature::to_bytes),
        p.article_json,
    ])?;
    if let Some(sig) = &p.signature {
        let mut stmt =
            tx.prepare_cached("INSERT INTO lsh (band, key, doc_id) VALUES (?1, ?2, ?3)")?;
        for (band, key) in sig.bands().iter().enumerate() {
            stmt.execute(params![band as i64, key, a.id])?;
        }
    }
    for (entity, aliases) in p.analysis.entities.iter().zip(&p.aliases) {
        tx.prepare_cached(
            "INSERT INTO entities (id, name, type, country, lat, lon) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT(id) DO UPDATE SET country = IFNULL(entities.country, excluded.country),
                 lat = IFNULL(entities.lat, excluded.lat), lon = IFNULL(entities.lon, excluded.lon)",
        )?
        .execute(params![
            entity.id,
            entity.name,
            type_name(entity.kind),
            entity.country,
            entity.coordinates.map(|c| c[0]),
            entity.coordinates.map(|c| c[1]),
        ])?;
        let mut alias_stmt = tx.prepare_cached(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm) VALUES (?1, ?2, ?3)",
        )?;
        for (alias, norm) in aliases {
            alias_stmt.execute(params![entity.id, alias, norm])?;
        }
        tx.prepare_cached(
            "INSERT INTO doc_entities (doc_id, entity_id, mentions) VALUES (?1, ?2, ?3)
             ON CONFLICT(doc_id, entity_id) DO UPDATE SET mentions = mentions + excluded.mentions",
        )?
        .execute(params![a.id, entity.id, entity.mentions.len() as i64])?;
        let mut m_stmt = tx.prepare_cached(
            "INSERT INTO mentions (doc_id, entity_id, text, part, paragraph, start, end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for m in &entity.mentions {
            m_stmt.execute(params![
                a.id,
                entity.id,
                m.text,
                part_name(m.part),
                m.paragraph as i64,
                m.start as i64,
                m.end as i64
            ])?;
        }
    }
    let mut q_stmt = tx.prepare_cached(
        "INSERT INTO quotes (doc_id, speaker, speaker_text, text, direct, paragraph)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for q in &p.analysis.quotes {
        q_stmt.execute(params![
            a.id,
            q.speaker,
            q.speaker_text,
            q.text,
            q.direct,
            q.paragraph as i64
        ])?;
    }
    let mut e_stmt = tx.prepare_cached(
        "INSERT INTO events (doc_id, code, root, label, source, target, source_country,
                             target_country, negated, goldstein, date, day, paragraph, sentence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    for e in &p.analysis.events {
        let root: String = e.code.chars().take(2).collect();
        let event_day = index::day_of(e.date.as_deref()).or_else(|| day.clone());
        e_stmt.execute(params![
            a.id,
            e.code,
            root,
            e.label,
            e.source,
            e.target,
            e.source_country,
            e.target_country,
            e.negated,
            e.goldstein,
            e.date,
            event_day,
            e.paragraph as i64,
            e.sentence
        ])?;
    }
    Ok(if updating {
        PutOutcome::Updated
    } else {
        PutOutcome::Inserted {
            story_id,
            near_duplicate,
        }
    })
}

/// The story of the most similar stored article, if one is similar enough.
fn find_story(tx: &Transaction<'_>, p: &Prepared) -> rusqlite::Result<Option<String>> {
    let Some(sig) = &p.signature else {
        return Ok(None);
    };
    let mut candidates: Vec<String> = Vec::new();
    {
        let mut stmt = tx.prepare_cached("SELECT doc_id FROM lsh WHERE key = ?1 AND band = ?2")?;
        for (band, key) in sig.bands().iter().enumerate() {
            let rows = stmt.query_map(params![key, band as i64], |r| r.get::<_, String>(0))?;
            for id in rows {
                let id = id?;
                if id != p.id() && !candidates.contains(&id) {
                    candidates.push(id);
                }
            }
        }
    }
    let mut best: Option<(f64, String)> = None;
    let mut stmt = tx.prepare_cached("SELECT minhash, story_id FROM documents WHERE id = ?1")?;
    for id in candidates {
        let row: Option<(Option<Vec<u8>>, String)> = stmt
            .query_row([&id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((Some(bytes), story)) = row else {
            continue;
        };
        let Some(other) = Signature::from_bytes(&bytes) else {
            continue;
        };
        let sim = sig.similarity(&other);
        if sim >= SAME_STORY && best.as_ref().is_none_or(|(b, _)| sim > *b) {
            best = Some((sim, story));
        }
    }
    Ok(best.map(|(_, story)| story))
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn article(id: &str, headline: &str, body: &[&str]) -> Article {
        Article {
            id: id.into(),
            headline: headline.into(),
            body: body.iter().map(|s| (*s).to_owned()).collect(),
            published: Some("2025-07-15T12:16:00".into()),
            publisher: Some("example".into()),
            ..Article::default()
        }
    }

    /// An analysis with one entity, one quote and one event, built from JSON so that the test
    /// reads like the contract.
    fn analysis(article: Article) -> Analysis {
        let mut value = serde_json::json!({
            "entities": [{"id": "loc:mli", "name": "مالي", "type": "location", "aliases": ["مالي"],
                          "country": "MLI", "coordinates": [17.0, -4.0],
                          "mentions": [{"text": "مالي", "paragraph": 0, "start": 0, "end": 4}]}],
            "quotes": [{"speaker": "loc:mli", "speaker_text": null, "text": "نص", "direct": true,
                        "paragraph": 0}],
            "events": [{"code": "042", "label": "make a visit", "source": "loc:mli", "target": null,
                        "negated": false, "goldstein": 1.9, "date": null, "paragraph": 0,
                        "sentence": "زيارة"}]
        });
        let article = serde_json::to_value(article).unwrap();
        for (k, v) in article.as_object().unwrap() {
            value[k] = v.clone();
        }
        serde_json::from_value(value).unwrap()
    }

    fn count(store: &Store, table: &str) -> i64 {
        store
            .db
            .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn same_article_twice_is_one_article() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let a = analysis(article("a1", "عنوان", &["فقرة أولى عن مالي"]));
        let first = store
            .put_batch(&[Prepared::new(a.clone()).unwrap()])
            .unwrap();
        assert!(matches!(first[0], PutOutcome::Inserted { .. }));
        let again = store.put_batch(&[Prepared::new(a).unwrap()]).unwrap();
        assert_eq!(again, [PutOutcome::Unchanged]);
        store.commit().unwrap();
        assert_eq!(count(&store, "documents"), 1);
        assert_eq!(count(&store, "mentions"), 1);
        assert_eq!(store.stats().unwrap().indexed, 1);
    }

    #[test]
    fn changed_content_updates_and_replaces_children() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let a = analysis(article("a1", "عنوان", &["فقرة أولى"]));
        store.put_batch(&[Prepared::new(a).unwrap()]).unwrap();
        let mut b = analysis(article("a1", "عنوان معدل", &["فقرة أولى", "فقرة ثانية"]));
        b.events.clear();
        let out = store.put_batch(&[Prepared::new(b).unwrap()]).unwrap();
        assert_eq!(out, [PutOutcome::Updated]);
        store.commit().unwrap();
        assert_eq!(count(&store, "documents"), 1);
        assert_eq!(count(&store, "events"), 0);
        assert_eq!(count(&store, "quotes"), 1);
        assert_eq!(count(&store, "mentions"), 1);
        assert_eq!(store.article("a1").unwrap().unwrap().headline, "عنوان معدل");
        assert_eq!(store.stats().unwrap().indexed, 1);
    }

    #[test]
    fn syndicated_copies_join_one_story() {
        let body = "أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية \
            بطاقة استيعابية تبلغ ستمئة سرير، وذلك ضمن خطة لتوسيع الخدمات الطبية في المحافظات البعيدة.";
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let copy = format!("الدمام - واس: {body}");
        let other = "فاز الفريق الأول بالمباراة النهائية بعد ركلات الترجيح أمام جمهور كبير \
            في الملعب الدولي مساء أمس، ليحرز اللقب للمرة الثالثة في تاريخه الطويل.";
        let out = store
            .put_batch(&[
                Prepared::new(analysis(article("a", "خبر", &[body]))).unwrap(),
                Prepared::new(analysis(article("b", "خبر آخر", &[&copy]))).unwrap(),
                Prepared::new(analysis(article("c", "رياضة", &[other]))).unwrap(),
            ])
            .unwrap();
        assert_eq!(
            out[1],
            PutOutcome::Inserted {
                story_id: "a".into(),
                near_duplicate: true
            }
        );
        assert!(matches!(
            &out[2],
            PutOutcome::Inserted {
                near_duplicate: false,
                ..
            }
        ));
        let stats = store.stats().unwrap();
        assert_eq!(
            (stats.documents, stats.stories, stats.multi_article_stories),
            (3, 2, 1)
        );
    }

    #[test]
    fn another_format_version_is_refused_with_both_versions() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open(dir.path()).unwrap());
        let db = Connection::open(dir.path().join(DB_FILE)).unwrap();
        db.execute(
            "UPDATE meta SET value = '999' WHERE key = 'format_version'",
            [],
        )
        .unwrap();
        drop(db);
        let err = Store::open(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("999") && err.contains(&FORMAT_VERSION.to_string()),
            "{err}"
        );
        assert!(err.contains(&dir.path().display().to_string()), "{err}");
    }

    #[test]
    fn a_version_1_store_is_refused_with_advice_to_reingest() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open(dir.path()).unwrap());
        let db = Connection::open(dir.path().join(DB_FILE)).unwrap();
        db.execute(
            "UPDATE meta SET value = '1' WHERE key = 'format_version'",
            [],
        )
        .unwrap();
        drop(db);
        for err in [
            Store::open(dir.path()).unwrap_err(),
            Store::open_read_only(dir.path()).unwrap_err(),
        ] {
            assert!(matches!(err, StoreError::Version { .. }), "{err}");
            assert!(err.to_string().contains("re-ingest"), "{err}");
        }
    }

    #[test]
    fn index_catches_up_with_sqlite_on_open() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut store = Store::open(dir.path()).unwrap();
            let a = Prepared::new(analysis(article("a1", "عنوان", &["نص"]))).unwrap();
            store.put_batch(&[a]).unwrap();
            store.commit().unwrap();
            let b = Prepared::new(analysis(article("a2", "عنوان آخر", &["نص آخر"]))).unwrap();
            store.put_batch(&[b]).unwrap();
            // Simulate a crash: SQLite has a2, the index never committed it.
            store.writer = None;
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.stats().unwrap().indexed, 2);
        assert_eq!(store.stats().unwrap().documents, 2);
    }

    #[test]
    fn read_only_open_of_a_missing_store_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let err = Store::open_read_only(&dir.path().join("nope")).unwrap_err();
        assert!(err.to_string().contains("run `rasd ingest` first"), "{err}");
    }
}
