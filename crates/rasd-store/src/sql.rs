//! The SQLite schema. SQLite is the source of truth; the full-text index can be rebuilt from it.

/// Tables and indexes, created if missing. Format 2 added `mentions.part` and the events'
/// `source_country` / `target_country`. `rev` orders writes: the full-text index records the
/// last `rev` it holds, and on open re-indexes every document with a greater one.
pub(crate) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id           TEXT PRIMARY KEY,
    rev          INTEGER NOT NULL,
    url          TEXT,
    site         TEXT,
    source       TEXT,
    section      TEXT,
    published    TEXT,
    day          TEXT,
    headline     TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    story_id     TEXT NOT NULL,
    minhash      BLOB,
    article      TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS documents_rev ON documents(rev);
CREATE INDEX IF NOT EXISTS documents_story ON documents(story_id);
CREATE INDEX IF NOT EXISTS documents_day ON documents(day);
CREATE TABLE IF NOT EXISTS lsh (
    band   INTEGER NOT NULL,
    key    INTEGER NOT NULL,
    doc_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS lsh_key ON lsh(key, band);
CREATE INDEX IF NOT EXISTS lsh_doc ON lsh(doc_id);
CREATE TABLE IF NOT EXISTS entities (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    type    TEXT NOT NULL,
    country TEXT,
    lat     REAL,
    lon     REAL
);
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id TEXT NOT NULL,
    alias     TEXT NOT NULL,
    norm      TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_aliases_norm ON entity_aliases(norm);
CREATE TABLE IF NOT EXISTS doc_entities (
    doc_id    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (doc_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS doc_entities_entity ON doc_entities(entity_id);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    text      TEXT NOT NULL,
    part      TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id       TEXT NOT NULL,
    speaker      TEXT,
    speaker_text TEXT,
    text         TEXT NOT NULL,
    direct       INTEGER NOT NULL,
    paragraph    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS events (
    doc_id    TEXT NOT NULL,
    code      TEXT NOT NULL,
    root      TEXT NOT NULL,
    label     TEXT NOT NULL,
    source    TEXT,
    target    TEXT,
    source_country TEXT,
    target_country TEXT,
    negated   INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    date      TEXT,
    day       TEXT,
    paragraph INTEGER NOT NULL,
    sentence  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE INDEX IF NOT EXISTS events_pair ON events(source, target);
";
