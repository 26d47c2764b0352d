"""Questions to the knowledge base: search, quotes, events, entity profiles, exports.

Every function takes a `Store` and returns plain dicts (JSON-ready), newest first where order
matters. Bad input (FTS syntax, dates, event types) raises `QueryError` with advice.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import QueryError
from ..records import Analysis
from .store import Store

__all__ = ["search", "quotes", "events", "entity_profile", "iter_analyses", "table_rows", "EXPORT_TABLES", "PLOVER_TYPES"]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
HIGHLIGHT = ("«", "»")
CO_OCCURRENCE_WINDOW = 1000  # latest articles of an entity over which its company is counted
EXPORT_TABLES = {
    "articles": "SELECT id, key, url, title, author, published, source, ingested_at FROM articles",
    "entities": "SELECT id, key, name, type, kind, country FROM entities",
    "quotes": "SELECT * FROM quotes_by_speaker",
    "events": "SELECT * FROM events_readable",
}


def _run(store: Store, sql: str, params: Sequence[Any] = (), *, full_text: bool = False) -> list[dict[str, Any]]:
    """Rows as dicts; with `full_text`, SQLite's complaints about the MATCH query become QueryError."""
    try:
        return [dict(row) for row in store.db.execute(sql, params)]
    except sqlite3.OperationalError as exc:
        if full_text:
            raise QueryError(
                f"the search query cannot be parsed ({exc}); use plain words, \"an exact phrase\", "
                "AND / OR / NOT, or a prefix* — and quote words that contain punctuation"
            ) from None
        raise


def search(store: Store, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Articles matching a full-text query, best first, with a highlighted snippet."""
    if not query.strip():
        raise QueryError("the search query is empty: give one or more words")
    return _run(
        store,
        f"""SELECT a.id, a.title, a.url, a.published,
                  snippet(articles_fts, 1, '{HIGHLIGHT[0]}', '{HIGHLIGHT[1]}', ' … ', 14) AS snippet
           FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
           WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?""",
        (query, limit),
        full_text=True,
    )


def _entity_ids(store: Store, name: str) -> list[int]:
    """Entities whose name or alias is `name` (any case), else whose name contains it."""
    rows = store.db.execute(
        "SELECT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE", (name,)
    ).fetchall()
    if not rows:
        rows = store.db.execute("SELECT id FROM entities WHERE name LIKE ? LIMIT 50", (f"%{name}%",)).fetchall()
    return sorted({r[0] for r in rows})


def _in(ids: Sequence[int]) -> str:
    return "(" + ",".join(str(int(i)) for i in ids) + ")" if ids else "(NULL)"


def quotes(store: Store, *, speaker: str | None = None, about: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Quotes, newest first: by a speaker (name or alias) and/or about a full-text term."""
    where, params = [], []
    if speaker and (ids := _entity_ids(store, speaker)):
        where.append(f"q.speaker_id IN {_in(ids)}")
    elif speaker:  # no entity by that name: fall back to the words at the cue
        where.append("q.speaker_text LIKE ?")
        params.append(f"%{speaker}%")
    if about:
        where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(about)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    return _run(
        store,
        f"""SELECT q.id, q.kind, q.text, coalesce(e.name, q.speaker_text) AS speaker, q.confidence,
                   a.id AS article_id, a.title, a.url, a.published, q.start, q."end"
            FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id
            {clause} ORDER BY a.published DESC, q.id LIMIT ?""",
        (*params, limit),
        full_text=bool(about),
    )


def _date(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{flag} needs a date as YYYY-MM-DD, got {value!r}") from None


def events(
    store: Store,
    *,
    actor: str | None = None,
    type: str | None = None,
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Event records, newest first, filtered by actor (source or target), type, place and dates."""
    where, params = [], []
    if actor:
        ids = _in(_entity_ids(store, actor))
        where.append(f"(v.source_id IN {ids} OR v.target_id IN {ids})")
    if type:
        if type.upper() not in PLOVER_TYPES:
            raise QueryError(f"unknown event type {type!r}; choose among {', '.join(PLOVER_TYPES)}")
        where.append("v.type = ?")
        params.append(type.upper())
    if place:
        where.append("v.place_id IN (SELECT id FROM places WHERE name LIKE ?)")
        params.append(f"%{place}%")
    when = "v.date"
    if (start := _date(since, "--since")) is not None:
        where.append(f"{when} >= ?")
        params.append(start)
    if (end := _date(until, "--until")) is not None:
        where.append(f"{when} <= ?")
        params.append(end)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    return _run(
        store,
        f"""SELECT v.id, v.type, v.mode, v.cameo, coalesce(s.name, v.source_text) AS source,
                   v.trigger_text AS action, coalesce(t.name, v.target_text) AS target,
                   p.name AS place, {when} AS date, v.status, a.id AS article_id, a.title, a.url
            FROM events v JOIN articles a ON a.id = v.article_id
            LEFT JOIN entities s ON s.id = v.source_id LEFT JOIN entities t ON t.id = v.target_id
            LEFT JOIN places p ON p.id = v.place_id
            {clause} ORDER BY {when} DESC, v.id DESC LIMIT ?""",
        (*params, limit),
    )


def entity_profile(store: Store, name: str, *, limit: int = 10) -> dict[str, Any] | None:
    """Type, aliases, articles, co-occurring entities, quotes by and events of an entity."""
    ids = _entity_ids(store, name)
    if not ids:
        return None
    best = store.db.execute(
        f"""SELECT e.*, (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = e.id) AS articles
            FROM entities e WHERE e.id IN {_in(ids)} ORDER BY articles DESC, e.id LIMIT 1"""
    ).fetchone()
    entity_id = best["id"]
    profile = dict(best)
    profile["aliases"] = [r[0] for r in store.db.execute("SELECT alias FROM entity_aliases WHERE entity_id = ?", (entity_id,))]
    profile["recent_articles"] = _run(
        store,
        """SELECT a.id, a.title, a.url, a.published FROM article_entities ae JOIN articles a ON a.id = ae.article_id
           WHERE ae.entity_id = ? ORDER BY a.published DESC, a.id DESC LIMIT ?""",
        (entity_id, limit),
    )
    # Company is counted over the entity's latest articles, which bounds the cost for the very frequent.
    profile["co_occurring"] = _run(
        store,
        """WITH mine AS (SELECT article_id FROM article_entities WHERE entity_id = ?
                         ORDER BY article_id DESC LIMIT ?)
           SELECT e.name, e.type, count(*) AS articles
           FROM mine JOIN article_entities other ON other.article_id = mine.article_id
           JOIN entities e ON e.id = other.entity_id
           WHERE other.entity_id != ? GROUP BY other.entity_id ORDER BY articles DESC LIMIT ?""",
        (entity_id, CO_OCCURRENCE_WINDOW, entity_id, limit),
    )
    profile["quotes"] = _run(
        store,
        """SELECT q.kind, q.text, a.title, a.url, a.published FROM quotes q JOIN articles a ON a.id = q.article_id
           WHERE q.speaker_id = ? ORDER BY a.published DESC, q.id LIMIT ?""",
        (entity_id, limit),
    )
    for role in ("source", "target"):
        profile[f"events_as_{role}"] = _run(
            store,
            f"""SELECT v.type, coalesce(s.name, v.source_text) AS source, v.trigger_text AS action,
                       coalesce(t.name, v.target_text) AS target, v.date, v.status, a.title AS article
                FROM events v JOIN articles a ON a.id = v.article_id
                LEFT JOIN entities s ON s.id = v.source_id LEFT JOIN entities t ON t.id = v.target_id
                WHERE v.{role}_id = ? ORDER BY v.date DESC LIMIT ?""",
            (entity_id, limit),
        )
    return profile


def table_rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """Rows of one export table: articles, entities, quotes or events."""
    if table not in EXPORT_TABLES:
        raise QueryError(f"unknown table {table!r}; choose among {', '.join(EXPORT_TABLES)}")
    for row in store.db.execute(EXPORT_TABLES[table]):
        yield dict(row)


def iter_analyses(store: Store, *, query: str | None = None, since: str | None = None, until: str | None = None) -> Iterator[Analysis]:
    """Stored articles rebuilt as `Analysis` records (entity ids are knowledge-base ids)."""
    where, params = [], []
    if query:
        where.append("id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(query)
    if (start := _date(since, "--since")) is not None:
        where.append("substr(published, 1, 10) >= ?")
        params.append(start)
    if (end := _date(until, "--until")) is not None:
        where.append("substr(published, 1, 10) <= ?")
        params.append(end)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    for article in _run(store, f"SELECT id FROM articles {clause} ORDER BY id", params, full_text=bool(query)):
        yield store.analysis(article["id"])
