"""The knowledge-base schema, as named migrations applied in order (never edited once released)."""

from __future__ import annotations

__all__ = ["MIGRATIONS"]

_INITIAL = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,              -- the URL where known, else sha1 of the normalised text
    url TEXT, title TEXT, author TEXT, published TEXT,
    source TEXT,                           -- file and record it was read from
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE entities (                    -- one row per real-world referent, across articles
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL, type TEXT NOT NULL, kind TEXT, country TEXT
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    alias TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);

CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
CREATE INDEX mentions_article ON mentions(article_id);

CREATE TABLE article_entities (            -- which entities each article names, for profiles
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    mentions INTEGER NOT NULL,
    PRIMARY KEY (entity_id, article_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_article ON article_entities(article_id, entity_id);

CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,              -- geonameid, or the name of a curated region
    name TEXT NOT NULL, geonameid INTEGER, lat REAL, lon REAL, country TEXT, admin1 TEXT, feature TEXT
);
CREATE INDEX places_name ON places(name COLLATE NOCASE);

CREATE TABLE place_mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    place_id INTEGER NOT NULL REFERENCES places(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    precision TEXT, qualifier TEXT
);
CREATE INDEX place_mentions_place ON place_mentions(place_id);
CREATE INDEX place_mentions_article ON place_mentions(article_id);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
    speaker_start INTEGER, speaker_end INTEGER, speaker_text TEXT,
    speaker_id INTEGER REFERENCES entities(id),
    confidence REAL
);
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_article ON quotes(article_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    type TEXT NOT NULL, mode TEXT, cameo TEXT, quad_class INTEGER, goldstein REAL,
    source_start INTEGER, source_end INTEGER, source_text TEXT, source_id INTEGER REFERENCES entities(id), source_code TEXT,
    target_start INTEGER, target_end INTEGER, target_text TEXT, target_id INTEGER REFERENCES entities(id), target_code TEXT,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    place_id INTEGER REFERENCES places(id),
    date TEXT,                             -- the event's date, else the article's publication date
    status TEXT NOT NULL,
    attributed_to INTEGER REFERENCES entities(id),
    confidence REAL
);
CREATE INDEX events_source ON events(source_id, date);
CREATE INDEX events_target ON events(target_id, date);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_place ON events(place_id);
CREATE INDEX events_article ON events(article_id);

CREATE TABLE ingest_failures (             -- inputs that could not be stored, and why
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL, reason TEXT NOT NULL, error TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIEW quotes_by_speaker AS
SELECT coalesce(e.name, q.speaker_text) AS speaker, q.kind, q.text AS quote,
       a.title AS article, a.published, a.url, q.article_id, q.start, q."end"
FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id;

CREATE VIEW events_readable AS
SELECT v.type, v.mode, coalesce(s.name, v.source_text) AS source, v.trigger_text AS action,
       coalesce(t.name, v.target_text) AS target, p.name AS place, v.date, v.status,
       a.title AS article, a.url, v.article_id
FROM events v JOIN articles a ON a.id = v.article_id
LEFT JOIN entities s ON s.id = v.source_id LEFT JOIN entities t ON t.id = v.target_id
LEFT JOIN places p ON p.id = v.place_id;
"""

# The summary and the boilerplate, so that a stored article reads back as the Analysis written.
_SUMMARY_AND_BOILERPLATE = """
CREATE TABLE summary_sentences (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX summary_sentences_article ON summary_sentences(article_id);

CREATE TABLE boilerplate (                 -- newsroom boilerplate left out of analysis
    article_id INTEGER NOT NULL REFERENCES articles(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX boilerplate_article ON boilerplate(article_id);
"""

# A failure is recorded once per input and reason; a rerun that fails alike only updates its time.
_FAILURES_ONCE = """
DELETE FROM ingest_failures WHERE id NOT IN (SELECT max(id) FROM ingest_failures GROUP BY source, reason);
CREATE UNIQUE INDEX ingest_failures_once ON ingest_failures(source, reason);
"""

# Speakers as resolved: `speaker` is the entity's name, or "(unresolved)" where the quote's source
# ('he', 'a refugee', none at all) was linked to no entity, so that counting by speaker never lists a
# pronoun; `speaker_text` keeps the words at the cue and `resolved` says which case a row is.
_RESOLVED_SPEAKERS = """
DROP VIEW quotes_by_speaker;
CREATE VIEW quotes_by_speaker AS
SELECT coalesce(e.name, '(unresolved)') AS speaker, q.speaker_id, q.speaker_id IS NOT NULL AS resolved,
       q.speaker_text, q.kind, q.text AS quote,
       a.title AS article, a.published, a.url, q.article_id, q.start, q."end"
FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id;
"""

# The status of an event still to come is `planned` (it was `future`), and the readable view shows
# what an analyst filters by: the status, whose claim it is (`attributed_to`, the speaker's name)
# and the confidence.
_PLANNED_STATUS_AND_EVENT_CONFIDENCE = """
UPDATE events SET status = 'planned' WHERE status = 'future';
DROP VIEW events_readable;
CREATE VIEW events_readable AS
SELECT v.type, v.mode, coalesce(s.name, v.source_text) AS source, v.trigger_text AS action,
       coalesce(t.name, v.target_text) AS target, p.name AS place, v.date, v.status,
       c.name AS attributed_to, v.confidence,
       a.title AS article, a.url, v.article_id
FROM events v JOIN articles a ON a.id = v.article_id
LEFT JOIN entities s ON s.id = v.source_id LEFT JOIN entities t ON t.id = v.target_id
LEFT JOIN entities c ON c.id = v.attributed_to LEFT JOIN places p ON p.id = v.place_id;
"""

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", _INITIAL),
    ("0002_summary_and_boilerplate", _SUMMARY_AND_BOILERPLATE),
    ("0003_failures_once", _FAILURES_ONCE),
    ("0004_quotes_by_resolved_speaker", _RESOLVED_SPEAKERS),
    ("0005_planned_status_and_event_confidence", _PLANNED_STATUS_AND_EVENT_CONFIDENCE),
]
