"""`Store`: the knowledge base, one SQLite file; every write goes through `atomic()`.

WAL mode lets readers query while an ingest writes. Articles are identified by their URL where
known, else by a hash of their normalised text, so re-ingesting the same input adds nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from ..records import Analysis, Article, Entity, Event, Place, Record, Span
from .mapping import (
    ARTICLES,
    BOILERPLATE,
    ENTITIES,
    EVENTS,
    MENTIONS,
    PLACE_MENTIONS,
    PLACES,
    QUOTES,
    SUMMARY,
    Table,
)
from .schema import MIGRATIONS

__all__ = ["Store", "article_key", "event_dated"]


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
        try:
            self._open(readonly)
        except BaseException:
            if hasattr(self, "db"):
                self.db.close()
            raise

    def _open(self, readonly: bool) -> None:
        try:
            if readonly and not self.path.exists():
                raise StoreError(f"no knowledge base at {self.path}: create one with `newsgraph ingest PATH --db {self.path}`")
            uri = f"file:{self.path}?mode=ro" if readonly else str(self.path)
            self.db = sqlite3.connect(uri, uri=readonly, isolation_level=None, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 10000")
            self._tables = self.tables()
            if self._tables and "migrations" not in self._tables:
                raise StoreError(
                    f"{self.path} is an SQLite database but not a newsgraph knowledge base (it holds "
                    f"{', '.join(sorted(self._tables)[:5])}{', ...' if len(self._tables) > 5 else ''}); "
                    "give --db a new file or a newsgraph base"
                )
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                self.migrate()
                self._tables = self.tables()
        except sqlite3.DatabaseError as exc:
            raise _store_error(self.path, exc) from exc
        except OSError as exc:
            raise StoreError(f"{self.path} cannot be opened: {exc.strerror or exc}") from exc
        if readonly and "articles" not in self._tables:
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
        """One transaction: everything inside is stored, or nothing is.

        Nested, it is a savepoint: a failure inside undoes only the inner block, and the outer
        transaction goes on if the exception is caught. SQLite's own failures (a full disk, a
        read-only file) become a StoreError that says what to do.
        """
        try:
            with self._transaction() as db:
                yield db
        except sqlite3.OperationalError as exc:
            raise _store_error(self.path, exc) from exc

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if not self.db.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")  # take the write lock now, not at the first write
            try:
                yield self.db
            except BaseException:
                if self.db.in_transaction:  # SQLite may have rolled back already (a full disk)
                    self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
            return
        # SQLite resolves a savepoint name to the innermost one, so every level can share it.
        self.db.execute("SAVEPOINT atomic")
        try:
            yield self.db
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK TO atomic")
                self.db.execute("RELEASE atomic")
            raise
        self.db.execute("RELEASE atomic")

    def known_keys(self, keys: list[str]) -> set[str]:
        """Which of these article keys are already stored."""
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found |= {r[0] for r in self.db.execute(f"SELECT key FROM articles WHERE key IN ({marks})", chunk)}
        return found

    def add_failure(self, source: str, reason: str, error: str) -> None:
        """Record why an input could not be stored; the same input failing alike again only updates the time."""
        self.db.execute(
            """INSERT INTO ingest_failures(source, reason, error) VALUES (?, ?, ?)
               ON CONFLICT(source, reason) DO UPDATE SET error = excluded.error, at = excluded.at""",
            (source, reason, error),
        )

    def add_analysis(
        self, analysis: Analysis, *, key: str, source: str | None = None, author: str | None = None
    ) -> int | None:
        """Store one analysed article with all its facts; None if its key is already stored."""
        with self.atomic():
            cursor = self.db.execute(
                ARTICLES.insert_sql(or_ignore=True), ARTICLES.values(analysis, (key, author, source))
            )
            if cursor.rowcount == 0:
                return None
            article = cursor.lastrowid
            refs: dict[str, dict[str, int]] = {"entities": {}, "places": {}}
            for entity in analysis.entities:
                entity_id = refs["entities"][entity.id] = self._entity_id(entity, article)
                self._insert(MENTIONS, entity.mentions, (article, entity_id))
                self.db.execute(
                    "INSERT OR IGNORE INTO article_entities(entity_id, article_id, mentions) VALUES (?,?,?)",
                    (entity_id, article, len(entity.mentions)),
                )
            for place in analysis.places:
                place_id = refs["places"][place.id] = self._place_id(place)
                self._insert(PLACE_MENTIONS, place.mentions, (article, place_id, place.precision, place.qualifier))
            self._insert(QUOTES, analysis.quotes, (article,), refs)
            self._insert(EVENTS, [event_dated(v, analysis) for v in analysis.events], (article,), refs)
            self._insert(SUMMARY, analysis.summary, (article,))
            self._insert(BOILERPLATE, analysis.boilerplate, (article,))
        return article

    def _insert(self, table: Table, records: Iterable[Record], links: tuple, refs: dict | None = None) -> None:
        self.db.executemany(table.insert_sql(), [table.values(r, links, refs) for r in records])

    def analysis(self, article_id: int) -> Analysis:
        """A stored article rebuilt as an `Analysis` (ids are knowledge-base ids)."""
        article = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if article is None:
            raise StoreError(f"no article {article_id} in {self.path}")
        text = article["text"]

        def rows(table: Table) -> list[sqlite3.Row]:
            if table.name not in self._tables:  # a base from before the table's migration, opened read-only
                return []
            return self.db.execute(table.select_sql(), (article_id,)).fetchall()

        mentions: dict[int, list[Span]] = {}
        for row in rows(MENTIONS):
            mentions.setdefault(row["entity_id"], []).append(MENTIONS.record_from(row))
        entities = []
        for entity_id, spans in mentions.items():
            row = self.db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
            aliases = tuple(sorted({s.text for s in spans} - {row["name"]}))  # its other forms in this article
            entities.append(ENTITIES.record_from(row, mentions=tuple(spans), aliases=aliases))
        place_mentions: dict[int, list[sqlite3.Row]] = {}
        for row in rows(PLACE_MENTIONS):
            place_mentions.setdefault(row["place_id"], []).append(row)
        places = []
        for place_id, mention_rows in place_mentions.items():
            row = self.db.execute("SELECT * FROM places WHERE id = ?", (place_id,)).fetchone()
            first = mention_rows[0]
            places.append(PLACES.record_from(
                row, mentions=tuple(PLACE_MENTIONS.record_from(m) for m in mention_rows),
                precision=first["precision"] or "exact", qualifier=first["qualifier"],
            ))
        return ARTICLES.record_from(
            article,
            entities=tuple(sorted(entities, key=lambda e: e.mentions[0].start)),
            quotes=tuple(QUOTES.record_from(row) for row in rows(QUOTES)),
            events=tuple(EVENTS.record_from(row, text=text) for row in rows(EVENTS)),
            places=tuple(places),
            summary=tuple(SUMMARY.record_from(row) for row in rows(SUMMARY)),
            boilerplate=tuple(BOILERPLATE.record_from(row) for row in rows(BOILERPLATE)),
        )

    def _entity_id(self, entity: Entity, article_id: int) -> int:
        # No canonical key (e.g. a bare surname) means too ambiguous to merge: keep it to its article.
        key = entity.key or f"article{article_id}:{entity.id}"
        self.db.execute(ENTITIES.insert_sql(or_ignore=True), ENTITIES.values(dataclasses.replace(entity, key=key)))
        entity_id = self.db.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()[0]
        self.db.executemany(
            "INSERT OR IGNORE INTO entity_aliases(entity_id, alias) VALUES (?, ?)",
            [(entity_id, alias) for alias in {entity.name, *entity.aliases}],
        )
        return entity_id

    def _place_id(self, place: Place) -> int:
        key = str(place.geonameid) if place.geonameid else place.name
        self.db.execute(PLACES.insert_sql(or_ignore=True), PLACES.values(place, (key,)))
        return self.db.execute("SELECT id FROM places WHERE key = ?", (key,)).fetchone()[0]


def _store_error(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    """SQLite's complaint about the file at `path`, as a StoreError saying what to do."""
    message = str(exc)
    advice = {
        "database or disk is full": "the disk is full: free some space and run the command again "
        "(what was stored before stays stored)",
        "attempt to write a readonly database": "the database is read-only: give --db a file you can write to",
        "unable to open database file": "the database file cannot be opened: check that its folder exists "
        "and that you may read and write it",
        "file is not a database": "it is not an SQLite database: give --db a newsgraph knowledge base or a new file",
        "database is locked": "another process holds the database: wait for it, or use another --db",
    }
    for cause, what_to_do in advice.items():
        if cause in message:
            return StoreError(f"{path}: {what_to_do} ({message})")
    return StoreError(f"{path} is not a usable newsgraph database: {message}")


def event_dated(event: Event, analysis: Analysis) -> Event:
    """The event with its date, else the article's publication date (what queries filter on)."""
    date = (event.date or analysis.published or "")[:10] or None
    return event if date == event.date else dataclasses.replace(event, date=date)


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
