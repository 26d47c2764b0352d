"""`Store`: the knowledge base, one SQLite file; every write goes through `atomic()`.

WAL mode lets readers query while an ingest writes. Articles are identified by their URL where
known, else by a hash of their normalised text, so re-ingesting the same input adds nothing.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from ..records import Analysis, Article, Entity
from .schema import MIGRATIONS

__all__ = ["Store", "article_key"]


def article_key(article: Article) -> str:
    """The article's identity: its URL, or sha1 of its text with case and spacing folded."""
    if article.url:
        return article.url.strip()
    normalised = re.sub(r"\s+", " ", article.text).strip().casefold()
    return "sha1:" + hashlib.sha1(normalised.encode("utf-8")).hexdigest()


class Store:
    """A newsgraph knowledge base in one SQLite file (created and migrated on open)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise StoreError(f"no knowledge base at {self.path}: create one with `newsgraph ingest PATH --db {self.path}`")
        try:
            uri = f"file:{self.path}?mode=ro" if readonly else str(self.path)
            self.db = sqlite3.connect(uri, uri=readonly, isolation_level=None, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 10000")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not a usable newsgraph database: {exc}") from exc
        if readonly and "articles" not in self.tables():
            raise StoreError(f"{self.path} holds no newsgraph knowledge base")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def tables(self) -> set[str]:
        rows = self.db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        return {row[0] for row in rows}

    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied, each in its own transaction; return their names."""
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, "
            "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
        )
        done = {row[0] for row in self.db.execute("SELECT name FROM migrations")}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.atomic():
                for statement in _statements(sql):
                    self.db.execute(statement)
                self.db.execute("INSERT INTO migrations(name) VALUES (?)", (name,))
            applied.append(name)
        return applied

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One transaction: everything inside is stored, or nothing is."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def known_keys(self, keys: list[str]) -> set[str]:
        """Which of these article keys are already stored."""
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found |= {r[0] for r in self.db.execute(f"SELECT key FROM articles WHERE key IN ({marks})", chunk)}
        return found

    def add_failure(self, source: str, reason: str, error: str) -> None:
        self.db.execute("INSERT INTO ingest_failures(source, reason, error) VALUES (?, ?, ?)", (source, reason, error))

    def add_analysis(self, analysis: Analysis, *, key: str, source: str | None = None, author: str | None = None) -> int | None:
        """Store one analysed article with all its facts; None if its key is already stored."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO articles(key, url, title, author, published, source, text) VALUES (?,?,?,?,?,?,?)",
            (key, analysis.url, analysis.title, author, analysis.published, source, analysis.text),
        )
        if cursor.rowcount == 0:
            return None
        article_id = cursor.lastrowid
        entity_ids = {e.id: self._entity_id(e, article_id) for e in analysis.entities}
        self.db.executemany(
            'INSERT INTO mentions(article_id, entity_id, start, "end", text) VALUES (?,?,?,?,?)',
            [(article_id, entity_ids[e.id], m.start, m.end, m.text) for e in analysis.entities for m in e.mentions],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO article_entities(entity_id, article_id, mentions) VALUES (?,?,?)",
            [(entity_ids[e.id], article_id, len(e.mentions)) for e in analysis.entities],
        )
        place_ids = {}
        for place in analysis.places:
            place_ids[place.id] = self._place_id(place)
            self.db.executemany(
                'INSERT INTO place_mentions(article_id, place_id, start, "end", text, precision, qualifier) VALUES (?,?,?,?,?,?,?)',
                [(article_id, place_ids[place.id], m.start, m.end, m.text, place.precision, place.qualifier) for m in place.mentions],
            )
        for q in analysis.quotes:
            speaker = q.speaker
            self.db.execute(
                'INSERT INTO quotes(article_id, kind, start, "end", text, cue_start, cue_end, cue_text, '
                "speaker_start, speaker_end, speaker_text, speaker_id, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article_id, q.kind, q.start, q.end, q.text,
                    q.cue.start if q.cue else None, q.cue.end if q.cue else None, q.cue.text if q.cue else None,
                    speaker.start if speaker else None, speaker.end if speaker else None,
                    speaker.text if speaker else None, entity_ids.get(speaker.entity) if speaker else None,
                    q.confidence,
                ),
            )
        for v in analysis.events:
            src, tgt = v.source, v.target
            self.db.execute(
                "INSERT INTO events(article_id, type, mode, cameo, quad_class, goldstein, "
                "source_start, source_end, source_text, source_id, source_code, "
                "target_start, target_end, target_text, target_id, target_code, "
                "trigger_start, trigger_end, trigger_text, sentence_start, sentence_end, "
                "place_id, date, status, attributed_to, confidence) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article_id, v.type, v.mode, v.cameo, v.quad_class, v.goldstein,
                    *_actor_columns(src, entity_ids), *_actor_columns(tgt, entity_ids),
                    v.trigger.start, v.trigger.end, v.trigger.text, v.sentence.start, v.sentence.end,
                    place_ids.get(v.place), (v.date or analysis.published or "")[:10] or None, v.status,
                    entity_ids.get(v.attributed_to), v.confidence,
                ),
            )
        return article_id

    def _entity_id(self, entity: Entity, article_id: int) -> int:
        # No canonical key (e.g. a bare surname) means too ambiguous to merge: keep it to its article.
        key = entity.key or f"article{article_id}:{entity.id}"
        self.db.execute(
            "INSERT OR IGNORE INTO entities(key, name, type, kind, country) VALUES (?,?,?,?,?)",
            (key, entity.name, entity.type, entity.kind, entity.country),
        )
        entity_id = self.db.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()[0]
        self.db.executemany(
            "INSERT OR IGNORE INTO entity_aliases(entity_id, alias) VALUES (?, ?)",
            [(entity_id, alias) for alias in {entity.name, *entity.aliases}],
        )
        return entity_id

    def _place_id(self, place) -> int:
        key = str(place.geonameid) if place.geonameid else place.name
        self.db.execute(
            "INSERT OR IGNORE INTO places(key, name, geonameid, lat, lon, country, admin1, feature) VALUES (?,?,?,?,?,?,?,?)",
            (key, place.name, place.geonameid, place.lat, place.lon, place.country, place.admin1, place.feature),
        )
        return self.db.execute("SELECT id FROM places WHERE key = ?", (key,)).fetchone()[0]


def _actor_columns(actor, entity_ids: dict[str, int]) -> tuple:
    if actor is None:
        return (None, None, None, None, None)
    return (actor.start, actor.end, actor.text, entity_ids.get(actor.entity), actor.code)


def _statements(sql: str) -> Iterator[str]:
    """Split a migration script into statements (triggers keep their inner semicolons)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
