"""One analysed article as rows of the knowledge-base tables, through the store's own mapping.

`store.mapping` says which record attribute each column holds; here every reference to another
record (a mention's entity, a quote's speaker, an event's place) holds that record's canonical
key instead of a row id, because row ids are only known once Spark has merged the keys of all
articles. Pure Python: no Spark needed, so it is tested against the SQLite store directly.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from typing import Any

from ..records import Analysis, Article, Entity, Place
from ..store.mapping import ARTICLES, ENTITIES, EVENTS, MENTIONS, PLACE_MENTIONS, PLACES, QUOTES, Table
from ..store.store import event_dated

__all__ = ["FACT_TABLES", "article_row", "failed_row", "fact_columns", "entity_key", "place_key", "columns", "column_kind"]

# The per-article tables carried in the analysed rows: (name, mapping, leading links).
FACT_TABLES: dict[str, tuple[Table, tuple[str, ...]]] = {
    "entities": (ENTITIES, ("position",)),
    "mentions": (MENTIONS, MENTIONS.links),
    "places": (PLACES, ("position", *PLACES.links)),
    "place_mentions": (PLACE_MENTIONS, PLACE_MENTIONS.links),
    "quotes": (QUOTES, ("position", *QUOTES.links)),
    "events": (EVENTS, ("position", *EVENTS.links)),
}
_KEY_LINKS = {"entity_id": "entities", "place_id": "places"}  # link columns that point into another table


def entity_key(entity: Entity, article_id: int) -> str:
    """The key an entity merges on; without a canonical key it stays its article's (as in the store)."""
    return entity.key or f"article{article_id}:{entity.id}"


def place_key(place: Place) -> str:
    """A place's key: its GeoNames id, else its name (as in the store)."""
    return str(place.geonameid) if place.geonameid else place.name


def columns(table: Table, links: tuple[str, ...]) -> list[str]:
    return [*links, *(c.name for c in table.columns)]


def fact_columns(name: str) -> list[tuple[str, str]]:
    """(column, kind) of one per-article fact table; an entity occurrence also lists its aliases."""
    table, links = FACT_TABLES[name]
    found = [(column, column_kind(table, column)) for column in columns(table, links)]
    return found + [("aliases", "strings")] if name == "entities" else found


def column_kind(table: Table, name: str) -> str:
    """'int', 'float', 'str', 'ref:<table>' (a record reference) or 'strings' (the aliases list)."""
    if name in ("position", "article_id"):
        return "int"
    if name in _KEY_LINKS:
        return f"ref:{_KEY_LINKS[name]}"
    column = next((c for c in table.columns if c.name == name), None)
    if column is None:  # another link: key, author, source, precision, qualifier
        return "str"
    if column.ref:
        return f"ref:{column.ref}"
    hint: Any = table.record
    for part in column.path.split("."):
        hint = _plain(typing.get_type_hints(hint)[part])
    return {int: "int", float: "float"}.get(hint, "str")


def _plain(hint: Any) -> Any:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    return args[0] if len(args) == 1 else hint


def article_row(article_id: int, key: str, article: Article, analysis: Analysis) -> dict[str, Any]:
    """The analysed article: its article columns, the newsgraph/1 JSON, and its facts per table."""
    refs = {
        "entities": {e.id: entity_key(e, article_id) for e in analysis.entities},
        "places": {p.id: place_key(p) for p in analysis.places},
    }
    row = dict(zip(columns(ARTICLES, ARTICLES.links), ARTICLES.values(analysis, (key, article.author, article.source))))
    row.update(article_id=article_id, analysis=json.dumps(analysis.as_dict(), ensure_ascii=False), failure=None)
    facts: dict[str, list[tuple]] = {name: [] for name in FACT_TABLES}
    for n, entity in enumerate(analysis.entities):
        keyed = dataclasses.replace(entity, key=refs["entities"][entity.id])
        facts["entities"].append((n, *ENTITIES.values(keyed), sorted({entity.name, *entity.aliases})))
        facts["mentions"] += [MENTIONS.values(m, (article_id, keyed.key)) for m in entity.mentions]
    for n, place in enumerate(analysis.places):
        facts["places"].append(PLACES.values(place, (n, refs["places"][place.id])))
        facts["place_mentions"] += [
            PLACE_MENTIONS.values(m, (article_id, refs["places"][place.id], place.precision, place.qualifier))
            for m in place.mentions
        ]
    facts["quotes"] = [QUOTES.values(q, (n, article_id), refs) for n, q in enumerate(analysis.quotes)]
    facts["events"] = [EVENTS.values(event_dated(v, analysis), (n, article_id), refs) for n, v in enumerate(analysis.events)]
    row.update(facts)
    return row


def failed_row(article_id: int, key: str, article: Article, reason: str) -> dict[str, Any]:
    """An article whose analysis failed: no facts, and the reason."""
    row = dict(zip(columns(ARTICLES, ARTICLES.links), (key, article.author, article.source, article.url,
                                                       article.title, article.published, article.text)))
    row.update(article_id=article_id, analysis=None, failure=reason, **{name: [] for name in FACT_TABLES})
    return row
