"""Questions the web UI asks beyond `queries`: pages of results with totals and facets, one
article's evidence, entities by id, and one event filter shared by the table, timeline and map.

Like `queries`: every function takes a `Store`, returns plain dicts, and raises `QueryError`
with advice on bad input. Pagination is `limit`/`offset`; facet counts are bounded windows.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections import Counter
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from ..errors import QueryError
from .queries import EVENT_STATUSES, PLOVER_TYPES, UNRESOLVED_SPEAKER, _run
from .store import Store

__all__ = [
    "overview", "search_page", "names", "article_evidence", "entities_named", "entity_page",
    "event_page", "event_timeline", "event_places", "quote_page", "outlet", "EVENT_STATUSES", "FACET_WINDOW",
    "HIGHLIGHT",
]

FACET_WINDOW = 300  # facets count over this many best matches, which bounds their cost
HIGHLIGHT = ("\ue000", "\ue001")  # private-use marks: article text never holds them by accident
WINDOW = 300  # latest articles of an entity over which its company and places are counted


def _date(value: str | None, name: str) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{name} needs a date as YYYY-MM-DD, got {value!r}") from None


def outlet(url: str | None, source: str | None) -> str | None:
    """Where an article came from: the URL's host without www., else the file or feed it was read from."""
    if url and "://" in url:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:  # e.g. a bracketed host that is no IPv6 address
            return None
        return host.removeprefix("www.") or None
    if source:
        return os.path.basename(source.split("#")[0]).split(":")[0] or None
    return None


_outlet_index: dict[str, tuple[int, dict[str, list[int]]]] = {}  # base -> (last article id read, outlet -> ids)
_outlet_lock = threading.Lock()


def _outlet_articles(store: Store, name: str) -> list[int]:
    """Ids of the articles from one outlet. The index is kept per base and extended with each new
    article (articles are only ever added), so a filter does not compute every article's outlet."""
    with _outlet_lock:
        last, index = _outlet_index.get(str(store.path), (0, {}))
        for article_id, url, source in store.db.execute("SELECT id, url, source FROM articles WHERE id > ?", (last,)):
            if found := outlet(url, source):
                index.setdefault(found, []).append(article_id)
            last = max(last, article_id)
        _outlet_index[str(store.path)] = (last, index)
        return list(index.get(name, ()))


def overview(store: Store, *, top: int = 15, latest: int = 10) -> dict[str, Any]:
    """Counts, the date range, the most-mentioned entities and the latest events."""
    db = store.db
    counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
              for table in ("articles", "entities", "quotes", "events", "places")}
    first, last = db.execute(
        "SELECT min(published), max(published) FROM articles WHERE published IS NOT NULL AND published != ''"
    ).fetchone()
    top_entities = _run(store, """
        SELECT e.id, e.name, e.type, t.articles FROM
          (SELECT entity_id, count(*) AS articles FROM article_entities GROUP BY entity_id
           ORDER BY articles DESC LIMIT ?) t JOIN entities e ON e.id = t.entity_id
        ORDER BY t.articles DESC, e.name""", (top,))
    return {"counts": counts, "first_published": first, "last_published": last,
            "top_entities": top_entities, "latest_events": event_page(store, limit=latest)["results"]}


def _ids(values: Sequence[int]) -> str:
    """A literal SQL list of integer ids (ids come from the database, and int() guards the rest)."""
    return "(" + ",".join(str(int(v)) for v in values) + ")"


def search_page(
    store: Store, query: str, *, since: str | None = None, until: str | None = None, entity_id: int | None = None,
    event_type: str | None = None, place_id: int | None = None, outlet_name: str | None = None,
    limit: int = 20, offset: int = 0,
) -> dict[str, Any]:
    """One page of articles matching a full-text query, best first, with snippets, the total and facets.

    Facets count over the FACET_WINDOW best matches, so that a very common word stays fast.
    """
    if not query or not query.strip():
        raise QueryError("the search query is empty: give one or more words")
    where, params = ["articles_fts MATCH ?"], [query]
    if (start := _date(since, "since")) is not None:
        where.append("+rowid IN (SELECT id FROM articles WHERE published >= ?)")
        params.append(start)
    if (end := _date(until, "until")) is not None:  # before the next day, so any time on that day counts
        where.append("+rowid IN (SELECT id FROM articles WHERE published < ?)")
        params.append((dt.date.fromisoformat(end) + dt.timedelta(days=1)).isoformat())
    if entity_id is not None:
        where.append("+rowid IN (SELECT article_id FROM article_entities WHERE entity_id = ?)")
        params.append(entity_id)
    if event_type:
        where.append("+rowid IN (SELECT article_id FROM events WHERE type = ?)")
        params.append(_event_type(event_type))
    if place_id is not None:
        where.append("+rowid IN (SELECT article_id FROM place_mentions WHERE place_id = ?)")
        params.append(place_id)
    if outlet_name:
        where.append(f"+rowid IN {_ids(_outlet_articles(store, outlet_name))}")
    # `+rowid` filters the matches; a bare `rowid IN (...)` would make FTS5 look up each listed row (slow).
    clause = " AND ".join(where)
    total = _run(store, f"SELECT count(*) AS n FROM articles_fts WHERE {clause}", params, full_text=True)[0]["n"]
    ranked = [r["rowid"] for r in _run(
        store, f"SELECT rowid FROM articles_fts WHERE {clause} ORDER BY rank LIMIT ?",
        (*params, max(offset + limit, FACET_WINDOW)), full_text=True)]
    page = ranked[offset : offset + limit]
    snippets = {r["rowid"]: r["snippet"] for r in _run(store, f"""
        SELECT rowid, snippet(articles_fts, 1, '{HIGHLIGHT[0]}', '{HIGHLIGHT[1]}', ' … ', 14) AS snippet
        FROM articles_fts WHERE articles_fts MATCH ? AND +rowid IN {_ids(page)}""", (query,), full_text=True)}
    found = {r["id"]: r for r in _run(store, f"SELECT id, title, url, published, source FROM articles WHERE id IN {_ids(page)}")}
    results = [{k: found[i][k] for k in ("id", "title", "url", "published")}
               | {"outlet": outlet(found[i]["url"], found[i]["source"]), "snippet": snippets.get(i)} for i in page]
    window = _ids(ranked[:FACET_WINDOW])
    months: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    for r in store.db.execute(f"SELECT substr(published, 1, 7), url, source FROM articles WHERE id IN {window}"):
        if r[0]:
            months[r[0]] += 1
        if name := outlet(r[1], r[2]):
            outlets[name] += 1
    facets = {
        "month": [{"value": m, "count": n} for m, n in sorted(months.items(), reverse=True)[:24]],
        "entity": _run(store, f"""SELECT e.id AS value, e.name AS label, e.type, top.count FROM
                                     (SELECT entity_id, count(*) AS count FROM article_entities WHERE article_id IN {window}
                                      GROUP BY entity_id ORDER BY count DESC LIMIT 12) top
                                   JOIN entities e ON e.id = top.entity_id ORDER BY top.count DESC, e.name"""),
        "event_type": _run(store, f"""SELECT type AS value, count(DISTINCT article_id) AS count FROM events
                                       WHERE article_id IN {window} GROUP BY type ORDER BY count DESC, type"""),
        "place": _run(store, f"""SELECT p.id AS value, p.name AS label, top.count FROM
                                    (SELECT place_id, count(DISTINCT article_id) AS count FROM place_mentions
                                     WHERE article_id IN {window} GROUP BY place_id ORDER BY count DESC LIMIT 12) top
                                  JOIN places p ON p.id = top.place_id ORDER BY top.count DESC, p.name"""),
        "outlet": [{"value": o, "count": n} for o, n in sorted(outlets.items(), key=lambda item: (-item[1], item[0]))[:12]],
    }
    return {"total": total, "offset": offset, "limit": limit, "results": results,
            "facets": facets, "facet_window": min(total, FACET_WINDOW)}


def names(store: Store, *, entity_id: int | None = None, place_id: int | None = None) -> dict[str, str]:
    """Readable names for an entity id and a place id, under the keys "entity" and "place" (where found)."""
    found = {}
    for key, table, value in (("entity", "entities", entity_id), ("place", "places", place_id)):
        if value is not None and (row := store.db.execute(f"SELECT name FROM {table} WHERE id = ?", (value,)).fetchone()):
            found[key] = row[0]
    return found


def article_evidence(store: Store, article_id: int) -> dict[str, Any] | None:
    """One article with every span of evidence: entity and place mentions, quotes and events."""
    found = _run(store, "SELECT * FROM articles WHERE id = ?", (article_id,))
    if not found:
        return None
    article = found[0] | {"outlet": outlet(found[0]["url"], found[0]["source"])}
    article["entities"] = _run(store, """
        SELECT e.id, e.name, e.type, e.kind, e.country, m.start, m."end", m.text
        FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.start""", (article_id,))
    article["places"] = _run(store, """
        SELECT p.id, p.name, p.lat, p.lon, p.country, p.feature, pm.precision, pm.start, pm."end", pm.text
        FROM place_mentions pm JOIN places p ON p.id = pm.place_id WHERE pm.article_id = ? ORDER BY pm.start""",
        (article_id,))
    article["quotes"] = _run(store, """
        SELECT q.id, q.kind, q.start, q."end", q.text, q.confidence, q.speaker_id,
               coalesce(e.name, q.speaker_text) AS speaker
        FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_id WHERE q.article_id = ? ORDER BY q.start""",
        (article_id,))
    article["events"] = _run(store, f"""{_EVENT_COLUMNS} WHERE v.article_id = ? ORDER BY v.sentence_start, v.id""",
                              (article_id,))
    return article


def entities_named(store: Store, name: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """Entities whose name or alias is `name` (any case), else whose name contains it; most named first."""
    ids = [r[0] for r in store.db.execute(
        "SELECT DISTINCT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE LIMIT ?", (name, limit))]
    if not ids:
        ids = [r[0] for r in store.db.execute("SELECT id FROM entities WHERE name LIKE ? LIMIT ?", (f"%{name}%", limit))]
    return _run(store, f"""
        SELECT e.id, e.name, e.type, e.kind, e.country,
               (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = e.id) AS articles
        FROM entities e WHERE e.id IN {_ids(ids)} ORDER BY articles DESC, e.id""")


def entity_page(store: Store, entity_id: int, *, limit: int = 20, offset: int = 0) -> dict[str, Any] | None:
    """An entity's profile by id: aliases, namesakes, mentions by month, articles (one page), quotes,
    events as source and target, the entities it appears with and its places."""
    found = _run(store, """SELECT e.*, (SELECT count(*) FROM article_entities ae WHERE ae.entity_id = e.id) AS articles
                            FROM entities e WHERE e.id = ?""", (entity_id,))
    if not found:
        return None
    entity = found[0]
    entity["aliases"] = [r[0] for r in store.db.execute(
        "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (entity_id,))]
    entity["window"] = WINDOW
    entity["namesakes"] = [e for e in entities_named(store, entity["name"]) if e["id"] != entity_id]
    # Both walk the publication-date index, which beats looking up each of a frequent entity's articles.
    entity["mentions_by_month"] = _run(store, """
        SELECT substr(published, 1, 7) AS month, count(*) AS articles FROM articles INDEXED BY articles_published
        WHERE id IN (SELECT article_id FROM article_entities WHERE entity_id = ?) AND published IS NOT NULL
        GROUP BY month ORDER BY month""", (entity_id,))
    entity["recent_articles"] = _run(store, """
        SELECT a.id, a.title, a.url, a.published,
               (SELECT mentions FROM article_entities WHERE entity_id = ? AND article_id = a.id) AS mentions
        FROM articles a INDEXED BY articles_published
        WHERE a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)
        ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?""", (entity_id, entity_id, limit, offset))
    entity["quotes"] = quote_page(store, speaker_id=entity_id, limit=limit)["results"]
    entity["events_as_source"] = event_page(store, source_id=entity_id, limit=limit)["results"]
    entity["events_as_target"] = event_page(store, target_id=entity_id, limit=limit)["results"]
    mine = "SELECT article_id FROM article_entities WHERE entity_id = ? ORDER BY article_id DESC LIMIT ?"
    entity["co_occurring"] = _run(store, f"""
        WITH mine AS ({mine})
        SELECT e.id, e.name, e.type, count(*) AS articles
        FROM mine JOIN article_entities other ON other.article_id = mine.article_id JOIN entities e ON e.id = other.entity_id
        WHERE other.entity_id != ? GROUP BY e.id ORDER BY articles DESC, e.name LIMIT ?""",
        (entity_id, WINDOW, entity_id, limit))
    entity["places"] = _run(store, f"""
        WITH mine AS ({mine})
        SELECT p.id, p.name, p.lat, p.lon, p.country, count(DISTINCT pm.article_id) AS articles
        FROM mine JOIN place_mentions pm ON pm.article_id = mine.article_id JOIN places p ON p.id = pm.place_id
        GROUP BY p.id ORDER BY articles DESC, p.name LIMIT ?""", (entity_id, WINDOW, limit))
    return entity


_EVENT_COLUMNS = """
    SELECT v.id, v.type, v.mode, v.cameo, v.goldstein, v.status, v.confidence, v.date,
           v.source_id, coalesce(s.name, v.source_text) AS source, v.target_id, coalesce(t.name, v.target_text) AS target,
           v.trigger_text AS action, v.trigger_start, v.trigger_end, v.sentence_start, v.sentence_end,
           v.place_id, p.name AS place, p.lat, p.lon, v.article_id, a.title, a.published,
           v.attributed_to AS attributed_to_id, c.name AS attributed_to
    FROM events v JOIN articles a ON a.id = v.article_id
    LEFT JOIN entities s ON s.id = v.source_id LEFT JOIN entities t ON t.id = v.target_id
    LEFT JOIN entities c ON c.id = v.attributed_to LEFT JOIN places p ON p.id = v.place_id"""


def _event_type(value: str) -> str:
    if value.upper() not in PLOVER_TYPES:
        raise QueryError(f"unknown event type {value!r}; choose among {', '.join(PLOVER_TYPES)}")
    return value.upper()


def _event_where(
    store: Store, *, actor: str | None = None, source_id: int | None = None, target_id: int | None = None,
    type: str | None = None, place: str | None = None, place_id: int | None = None, status: str | None = None,
    since: str | None = None, until: str | None = None,
) -> tuple[str, list[Any]]:
    where, params = [], []
    if actor:
        ids = _ids([e["id"] for e in entities_named(store, actor)])
        where.append(f"(v.source_id IN {ids} OR v.target_id IN {ids})")
    for column, value in (("v.source_id", source_id), ("v.target_id", target_id), ("v.place_id", place_id)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if type:
        where.append("v.type = ?")
        params.append(_event_type(type))
    if place:
        where.append("v.place_id IN (SELECT id FROM places WHERE name LIKE ?)")
        params.append(f"%{place}%")
    if status:
        if status not in EVENT_STATUSES:
            raise QueryError(f"unknown status {status!r}; choose among {', '.join(EVENT_STATUSES)}")
        where.append("v.status = ?")
        params.append(status)
    if (start := _date(since, "since")) is not None:
        where.append("v.date >= ?")
        params.append(start)
    if (end := _date(until, "until")) is not None:
        where.append("v.date <= ?")
        params.append(end)
    return ("WHERE " + " AND ".join(where)) if where else "", params


def event_page(store: Store, *, limit: int = 50, offset: int = 0, **filters: Any) -> dict[str, Any]:
    """One page of events, newest first, with the count of all that match (filters as `_event_where`)."""
    clause, params = _event_where(store, **filters)
    results = _run(store, f"{_EVENT_COLUMNS} {clause} ORDER BY v.date DESC, v.id DESC LIMIT ? OFFSET ?",
                    (*params, limit, offset))
    total = store.db.execute(f"SELECT count(*) FROM events v {clause}", params).fetchone()[0]
    return {"total": total, "offset": offset, "limit": limit, "results": results}


TIMELINE_BUCKETS = 1000  # empty buckets are filled in up to this many


def _bucket_start(day: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return day - dt.timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def _next_bucket(start: dt.date, unit: str) -> dt.date:
    if unit == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start + dt.timedelta(days=7 if unit == "week" else 1)


def event_timeline(store: Store, **filters: Any) -> dict[str, Any]:
    """Matching events counted by type per day, week (from Monday) or month, whichever suits their span
    (over 92 days: weeks; over three years: months); days without events are empty buckets."""
    clause, params = _event_where(store, **filters)
    rows = [r for r in _run(store, f"""SELECT v.date AS date, v.type AS type, count(*) AS count FROM events v
                                        {clause} {'AND' if clause else 'WHERE'} v.date IS NOT NULL
                                        GROUP BY v.type, v.date""", params)  # in (type, date) index order
            if _valid_date(r["date"])]
    if not rows:
        return {"unit": "day", "buckets": []}
    days = [dt.date.fromisoformat(r["date"]) for r in rows]
    span = (max(days) - min(days)).days
    unit = "day" if span <= 92 else "week" if span <= 3 * 366 else "month"
    buckets: dict[dt.date, dict[str, int]] = {}
    for day, r in zip(days, rows):
        counts = buckets.setdefault(_bucket_start(day, unit), {})
        counts[r["type"]] = counts.get(r["type"], 0) + r["count"]
    start, last = min(buckets), max(buckets)
    while start < last and len(buckets) < TIMELINE_BUCKETS:
        buckets.setdefault(start, {})
        start = _next_bucket(start, unit)
    return {"unit": unit, "buckets": [{"start": key.isoformat(), "counts": counts} for key, counts in sorted(buckets.items())]}


def _valid_date(value: str | None) -> bool:
    try:
        dt.date.fromisoformat(value or "")
    except (ValueError, TypeError):
        return False
    return True


def event_places(store: Store, *, limit: int = 500, **filters: Any) -> list[dict[str, Any]]:
    """Places with coordinates where matching events happened, with event counts by type."""
    clause, params = _event_where(store, **filters)
    rows = _run(store, f"""SELECT p.id, p.name, p.lat, p.lon, p.country, g.type, g.count FROM
                              (SELECT v.place_id, v.type, count(*) AS count FROM events v
                               {clause} {'AND' if clause else 'WHERE'} v.place_id IS NOT NULL GROUP BY v.place_id, v.type) g
                            JOIN places p ON p.id = g.place_id WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL""", params)
    places: dict[int, dict[str, Any]] = {}
    for r in rows:
        place = places.setdefault(r["id"], {k: r[k] for k in ("id", "name", "lat", "lon", "country")} | {"events": 0, "types": {}})
        place["events"] += r["count"]
        place["types"][r["type"]] = r["count"]
    return sorted(places.values(), key=lambda p: (-p["events"], p["name"]))[:limit]


def quote_page(
    store: Store, *, speaker: str | None = None, speaker_id: int | None = None, about: str | None = None,
    limit: int = 50, offset: int = 0,
) -> dict[str, Any]:
    """One page of quotes, newest first, by a speaker (name, alias or id) and/or about a full-text term."""
    where, params = [], []
    if speaker_id is not None:
        where.append("q.speaker_id = ?")
        params.append(speaker_id)
    if speaker and (ids := [e["id"] for e in entities_named(store, speaker)]):
        where.append(f"q.speaker_id IN {_ids(ids)}")
    elif speaker:  # no entity by that name: fall back to the words at the cue
        where.append("q.speaker_text LIKE ?")
        params.append(f"%{speaker}%")
    if about:
        where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(about)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    # Unfiltered, walk articles newest first and stop at the page; filtered, start from the few quotes.
    join = "quotes q JOIN articles a ON a.id = q.article_id" if where else "articles a CROSS JOIN quotes q ON q.article_id = a.id"
    results = _run(store, f"""
        SELECT q.id, q.kind, q.text, q.speaker_id, {UNRESOLVED_SPEAKER} AS speaker, q.speaker_text, q.confidence,
               a.id AS article_id, a.title, a.published, q.start, q."end"
        FROM {join} LEFT JOIN entities e ON e.id = q.speaker_id
        {clause} ORDER BY a.published DESC, q.id LIMIT ? OFFSET ?""", (*params, limit, offset), full_text=bool(about))
    total = _run(store, f"SELECT count(*) AS n FROM quotes q {clause}", params, full_text=bool(about))[0]["n"]
    return {"total": total, "offset": offset, "limit": limit, "results": results}
