"""The facts of each article in a knowledge base, keyed by article key and entity key, not by row ids."""

from __future__ import annotations

import sqlite3


def facts_by_article(db_path) -> dict[str, dict[str, list]]:
    """For each article key: its mentions, quotes, events and place mentions, ids replaced by keys."""
    db = sqlite3.connect(db_path)
    entity = "(SELECT key FROM entities WHERE id = {})"
    queries = {
        "mentions": f'SELECT a.key, m.start, m."end", m.text, {entity.format("m.entity_id")} FROM mentions m '
                    "JOIN articles a ON a.id = m.article_id",
        "quotes": f'SELECT a.key, q.kind, q.start, q."end", q.text, q.cue_start, q.cue_end, q.speaker_start, '
                  f'q.speaker_end, q.speaker_text, {entity.format("q.speaker_id")}, q.confidence FROM quotes q '
                  "JOIN articles a ON a.id = q.article_id",
        "events": f"SELECT a.key, v.type, v.mode, v.cameo, v.trigger_start, v.trigger_end, v.source_text, "
                  f'{entity.format("v.source_id")}, v.source_code, v.target_text, {entity.format("v.target_id")}, '
                  "v.target_code, (SELECT key FROM places WHERE id = v.place_id), v.date, v.status, v.confidence "
                  "FROM events v JOIN articles a ON a.id = v.article_id",
        "places": 'SELECT a.key, p.key, p.name, m.start, m."end", m.precision FROM place_mentions m '
                  "JOIN places p ON p.id = m.place_id JOIN articles a ON a.id = m.article_id",
        "article": "SELECT key, url, title, published, text FROM articles",
    }
    found: dict[str, dict[str, list]] = {}
    for table, sql in queries.items():
        for key, *row in db.execute(sql):
            found.setdefault(key, {}).setdefault(table, []).append(tuple(row))
    db.close()
    return {key: {table: sorted(rows, key=repr) for table, rows in tables.items()} for key, tables in found.items()}


def count(db_path, table: str) -> int:
    with sqlite3.connect(db_path) as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def entity_names(db_path) -> dict[str, tuple]:
    """Each merged entity's key with its stored name, type, kind and country."""
    with sqlite3.connect(db_path) as db:
        return {row[0]: tuple(row[1:]) for row in db.execute("SELECT key, name, type, kind, country FROM entities")}
