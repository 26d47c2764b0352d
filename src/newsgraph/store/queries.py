"""Questions to the knowledge base: search, quotes, events, entity profiles, exports.

Every function takes a `Store` and returns plain dicts (JSON-ready), newest first where order
matters. Bad input (FTS syntax, dates, event types) raises `QueryError` with advice.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import QueryError
from ..records import Analysis, Event
from .filters import LIKE_ESCAPE, date_bound, fts_query, like_contains, name_filter, row_limit
from .store import Store

__all__ = [
    "search", "quotes", "events", "entity_profile", "iter_analyses", "table_rows", "EXPORT_TABLES", "EVENT_STATUSES",
    "PLOVER_TYPES",
]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
EVENT_STATUSES = Event.STATUSES
HIGHLIGHT = ("«", "»")
CO_OCCURRENCE_WINDOW = 1000  # latest articles of an entity over which its company is counted
EXPORT_TABLES = {
    "articles": "SELECT id, key, url, title, author, published, source, ingested_at FROM articles",
    "entities": "SELECT id, key, name, type, kind, country FROM entities",
    "quotes": "SELECT * FROM quotes_by_speaker",
    "events": "SELECT * FROM events_readable",
}
# How each export table keeps to a selection of articles (the {} is the selection's SELECT).
_TABLE_SELECTION = {
    "articles": "id IN ({})",
    "entities": "id IN (SELECT entity_id FROM article_entities WHERE article_id IN ({}))",
    "quotes": "article_id IN ({})",
    "events": "article_id IN ({})",
}
_CANDIDATES_SHOWN = 8
# A quote's speaker as shown: its entity's name, or "(unresolved)" where its source ('he', 'a refugee')
# was linked to no entity, as in the quotes_by_speaker view; the words at the cue stay in speaker_text.
UNRESOLVED_SPEAKER = "coalesce(e.name, '(unresolved)')"


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
    return _run(
        store,
        f"""SELECT a.id, a.title, a.url, a.published,
                  snippet(articles_fts, 1, '{HIGHLIGHT[0]}', '{HIGHLIGHT[1]}', ' … ', 14) AS snippet
           FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
           WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?""",
        (fts_query(query), row_limit(limit)),
        full_text=True,
    )


def _entity_ids(store: Store, name: str, what: str = "name") -> list[int]:
    """The entities a name means: those it names or aliases (any case), else those whose name
    contains it. A name that fits entities of different names is ambiguous: QueryError lists them."""
    name = name_filter(name, what)
    rows = store.db.execute(
        "SELECT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE", (name,)
    ).fetchall()
    if not rows:
        rows = store.db.execute(
            f"SELECT id FROM entities WHERE name LIKE ? ESCAPE '{LIKE_ESCAPE}' LIMIT 500", (like_contains(name),)
        ).fetchall()
    if not rows:
        return []
    candidates = store.db.execute(
        f"""SELECT e.id, e.name, e.type, (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = e.id) AS articles
            FROM entities e WHERE e.id IN {_in([r[0] for r in rows])} ORDER BY articles DESC, e.id"""
    ).fetchall()
    by_name: dict[str, list[sqlite3.Row]] = {}
    for row in candidates:  # one referent may be several rows (bare names kept to their article)
        by_name.setdefault(row["name"].casefold(), []).append(row)
    chosen = by_name.get(name.casefold()) if len(by_name) > 1 else next(iter(by_name.values()))
    if chosen is None:
        listed = [f"{group[0]['name']} ({group[0]['type']}, {sum(r['articles'] for r in group)} article(s))"
                  for group in list(by_name.values())[:_CANDIDATES_SHOWN]]
        more = f" and {len(by_name) - _CANDIDATES_SHOWN} more" if len(by_name) > _CANDIDATES_SHOWN else ""
        raise QueryError(f"{name!r} may mean {len(by_name)} entities: {'; '.join(listed)}{more}; give the full name")
    return sorted(row["id"] for row in chosen)


def _in(ids: Sequence[int]) -> str:
    return "(" + ",".join(str(int(i)) for i in ids) + ")" if ids else "(NULL)"


def quotes(store: Store, *, speaker: str | None = None, about: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Quotes, newest first: by a speaker (name or alias) and/or about a full-text term; an unresolved
    speaker shows as "(unresolved)", with the words at its cue in `speaker_text`."""
    where, params = [], []
    if speaker is not None and (ids := _entity_ids(store, speaker, "speaker")):
        where.append(f"q.speaker_id IN {_in(ids)}")
    elif speaker is not None:  # no entity by that name: fall back to the words at the cue
        where.append(f"q.speaker_text LIKE ? ESCAPE '{LIKE_ESCAPE}'")
        params.append(like_contains(name_filter(speaker, "speaker")))
    if about is not None:
        where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(fts_query(about, columns={"text"}))
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    return _run(
        store,
        f"""SELECT q.id, q.kind, q.text, {UNRESOLVED_SPEAKER} AS speaker, q.speaker_text, q.confidence,
                   a.id AS article_id, a.title, a.url, a.published, q.start, q."end"
            FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id
            {clause} ORDER BY a.published DESC, q.id LIMIT ?""",
        (*params, row_limit(limit)),
        full_text=about is not None,
    )


def events(
    store: Store,
    *,
    actor: str | None = None,
    type: str | None = None,
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
    status: str | None = None,
    min_confidence: float | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Event records, newest first, filtered by actor (source or target), type, place, dates,
    status and a least confidence.

    `place` is a place and what lies within it: a country (its ISO code or any of its names)
    takes in every place in that country, a first-level division the places in it; names match whole.
    """
    where, params = [], []
    if actor is not None:
        ids = _in(_entity_ids(store, actor, "actor"))
        where.append(f"(v.source_id IN {ids} OR v.target_id IN {ids})")
    if type:
        if type.upper() not in PLOVER_TYPES:
            raise QueryError(f"unknown event type {type!r}; choose among {', '.join(PLOVER_TYPES)}")
        where.append("v.type = ?")
        params.append(type.upper())
    if place is not None:
        where.append("v.place_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(_places_within(store, place)))
    if status is not None:
        if status not in EVENT_STATUSES:
            raise QueryError(f"unknown status {status!r}; choose among {', '.join(EVENT_STATUSES)}")
        where.append("v.status = ?")
        params.append(status)
    if min_confidence is not None:
        where.append("v.confidence >= ?")
        params.append(min_confidence)
    when = "v.date"
    if (start := date_bound(since, "--since")) is not None:
        where.append(f"{when} >= ?")
        params.append(start)
    if (end := date_bound(until, "--until")) is not None:
        where.append(f"{when} <= ?")
        params.append(end)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    return _run(
        store,
        f"""SELECT v.id, v.type, v.mode, v.cameo, coalesce(s.name, v.source_text) AS source,
                   v.trigger_text AS action, coalesce(t.name, v.target_text) AS target,
                   p.name AS place, {when} AS date, v.status, c.name AS attributed_to, v.confidence,
                   a.id AS article_id, a.title, a.url
            FROM events v JOIN articles a ON a.id = v.article_id
            LEFT JOIN entities s ON s.id = v.source_id LEFT JOIN entities t ON t.id = v.target_id
            LEFT JOIN entities c ON c.id = v.attributed_to LEFT JOIN places p ON p.id = v.place_id
            {clause} ORDER BY {when} DESC, v.id DESC LIMIT ?""",
        (*params, row_limit(limit)),
    )


def _places_within(store: Store, name: str) -> list[int]:
    """Stored places that are, or lie within, the place `name` means (see `events`)."""
    from ..geo import place_key, shared_gazetteer
    from ..geo.names import NAME, SHORT

    name = name_filter(name, "place")
    areas: set[tuple[str, str | None]] = set()  # (country, admin1 or None for the whole country)
    geonameids: set[int] = set()
    key = None  # a capital ISO code ("US") means the country alone, not places named "Us"
    gazetteer = shared_gazetteer()
    if re.fullmatch(r"[A-Z]{2}", name) and gazetteer.country(name) is not None:
        areas.add((name, None))
    else:
        key = place_key(name)
        for candidate in gazetteer.lookup(name, fuzzy=False):
            found = candidate.place
            if candidate.kind not in (NAME, SHORT):  # alternate names from the data are too loose
                continue
            if found.feature == "country" and found.country:
                areas.add((found.country, None))
            elif found.feature == "admin1" and found.country and found.admin1:
                areas.add((found.country, found.admin1))
            elif found.geonameid is not None:
                geonameids.add(found.geonameid)
    return [
        row["id"]
        for row in store.db.execute("SELECT id, name, geonameid, country, admin1 FROM places")
        if (row["country"], None) in areas or (row["country"], row["admin1"]) in areas
        or row["geonameid"] in geonameids or (key is not None and place_key(row["name"]) == key)
    ]


def entity_profile(store: Store, name: str, *, limit: int = 10) -> dict[str, Any] | None:
    """Type, aliases, articles, co-occurring entities, quotes by and events of an entity."""
    limit = row_limit(limit)
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


def table_rows(
    store: Store, table: str, *, query: str | None = None, since: str | None = None, until: str | None = None
) -> Iterator[dict[str, Any]]:
    """Rows of one export table (articles, entities, quotes or events), of the selected articles."""
    if table not in EXPORT_TABLES:
        raise QueryError(f"unknown table {table!r}; choose among {', '.join(EXPORT_TABLES)}")
    sql, params = EXPORT_TABLES[table], []
    if selection := _article_selection(query, since, until):
        sql += " WHERE " + _TABLE_SELECTION[table].format(selection[0])
        params = selection[1]
    for row in _run(store, sql, params, full_text=query is not None):
        yield row


def iter_analyses(store: Store, *, query: str | None = None, since: str | None = None, until: str | None = None) -> Iterator[Analysis]:
    """Stored articles rebuilt as `Analysis` records (entity ids are knowledge-base ids)."""
    sql, params = "SELECT id FROM articles ORDER BY id", []
    if selection := _article_selection(query, since, until):
        sql, params = selection[0] + " ORDER BY id", selection[1]
    for article in _run(store, sql, params, full_text=query is not None):
        yield store.analysis(article["id"])


def _article_selection(query: str | None, since: str | None, until: str | None) -> tuple[str, list[str]] | None:
    """A SELECT of the ids of the articles that match `query` and were published in the dates."""
    where, params = [], []
    if query is not None:
        where.append("id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(fts_query(query))
    if (start := date_bound(since, "--since")) is not None:
        where.append("substr(published, 1, 10) >= ?")
        params.append(start)
    if (end := date_bound(until, "--until")) is not None:
        where.append("substr(published, 1, 10) <= ?")
        params.append(end)
    return ("SELECT id FROM articles WHERE " + " AND ".join(where), params) if where else None
