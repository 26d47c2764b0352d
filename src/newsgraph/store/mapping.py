"""The one mapping between records and knowledge-base rows: every write and every read uses it.

Each `Table` lists its columns and the record attribute each one holds, as a dotted path
(`cue.start`). A nested record (cue, speaker, actor) is stored flat and read back as None when
all its columns are NULL; a span stored without its text is read back from the article's text.
A reference to another record (a speaker's entity, an event's place) is stored as that record's
row id, so records read back carry knowledge-base ids (`E12`, `P3`, `Q40`, `V7`).
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..records import Analysis, Entity, Event, Place, Quote, Record, Span, SummarySentence

__all__ = [
    "Column", "Table", "ARTICLES", "ENTITIES", "MENTIONS", "PLACES", "PLACE_MENTIONS", "QUOTES", "EVENTS",
    "SUMMARY", "BOILERPLATE",
]

# A record id is its table's prefix and its row id.
ID_PREFIXES = {"entities": "E", "places": "P", "quotes": "Q", "events": "V"}


@dataclass(frozen=True)
class Column:
    """A column and the record attribute it holds; `ref` names the table a record id points into."""

    name: str
    path: str
    ref: str | None = None


@dataclass(frozen=True)
class Table:
    """How one record type is stored: `links` are the leading columns the store fills itself."""

    name: str
    record: type[Record]
    columns: tuple[Column, ...]
    links: tuple[str, ...] = ()
    order: str = "start"  # for the tables of an article's facts: how its rows are read back

    def insert_sql(self, *, or_ignore: bool = False) -> str:
        names = [*self.links, *(c.name for c in self.columns)]
        verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
        return f"{verb} INTO {self.name}({', '.join(_quoted(names))}) VALUES ({', '.join('?' * len(names))})"

    def select_sql(self) -> str:
        return f"SELECT * FROM {self.name} WHERE article_id = ? ORDER BY {_quoted([self.order])[0]}"

    def values(
        self, record: Record, links: Sequence[Any] = (), refs: Mapping[str, Mapping[str, int]] | None = None
    ) -> tuple:
        """The row for a record: `links` first, then each column; `refs` maps record ids to row ids."""
        row = list(links)
        for column in self.columns:
            value = _attribute(record, column.path)
            row.append(refs[column.ref].get(value) if column.ref and value is not None else value)
        return tuple(row)

    def record_from(self, row: Mapping[str, Any], *, text: str = "", **given: Any) -> Any:
        """The record a row holds; `given` fills the fields stored in other tables."""
        values: dict[str, Any] = dict(given)
        if self.name in ID_PREFIXES:
            values["id"] = f"{ID_PREFIXES[self.name]}{row['id']}"
        nested: dict[str, dict[str, Any]] = {}
        for column in self.columns:
            value = row[column.name]
            if column.ref and value is not None:
                value = f"{ID_PREFIXES[column.ref]}{value}"
            head, _, rest = column.path.partition(".")
            if rest:
                nested.setdefault(head, {})[rest] = value
            else:
                values[head] = value
        for head, parts in nested.items():
            kind = _nested_types(self.record)[head]
            if all(value is None for value in parts.values()):
                values[head] = None
                continue
            if kind is Span and "text" not in parts:
                parts["text"] = text[parts["start"] : parts["end"]]
            values[head] = kind(**parts)
        return self.record(**values)


def _columns(*paths: str) -> tuple[Column, ...]:
    """Columns named like the attributes they hold (`cue.start` -> `cue_start`)."""
    return tuple(Column(path.replace(".", "_"), path) for path in paths)


def _span(name: str, *, text: bool = True) -> tuple[str, ...]:
    return (f"{name}.start", f"{name}.end", *((f"{name}.text",) if text else ()))


def _actor(role: str) -> tuple[Column, ...]:
    return (
        *_columns(*_span(role)),
        Column(f"{role}_id", f"{role}.entity", "entities"),
        Column(f"{role}_code", f"{role}.code"),
    )


_SPAN = _columns("start", "end", "text")

ARTICLES = Table(
    "articles", Analysis, _columns("url", "title", "published", "text"), links=("key", "author", "source")
)
# `key` merges an entity across articles; the store keys an entity without one to its article.
ENTITIES = Table("entities", Entity, _columns("key", "name", "type", "kind", "country"))
MENTIONS = Table("mentions", Span, _SPAN, links=("article_id", "entity_id"))
# A place's key is its GeoNames id, else its name (curated regions).
PLACES = Table(
    "places", Place, _columns("name", "geonameid", "lat", "lon", "country", "admin1", "feature"), links=("key",)
)
# Precision and qualifier belong to the Place; each of its mentions carries them.
PLACE_MENTIONS = Table(
    "place_mentions", Span, _SPAN, links=("article_id", "place_id", "precision", "qualifier")
)
QUOTES = Table(
    "quotes",
    Quote,
    (
        *_columns("kind", "start", "end", "text", *_span("cue"), *_span("speaker")),
        Column("speaker_id", "speaker.entity", "entities"),
        *_columns("confidence"),
    ),
    links=("article_id",),
)
EVENTS = Table(
    "events",
    Event,
    (
        *_columns("type", "mode", "cameo", "quad_class", "goldstein"),
        *_actor("source"),
        *_actor("target"),
        *_columns(*_span("trigger"), *_span("sentence", text=False)),  # the sentence text is the article's
        Column("place_id", "place", "places"),
        *_columns("date", "status"),
        Column("attributed_to", "attributed_to", "entities"),
        *_columns("confidence"),
    ),
    links=("article_id",),
    order="trigger_start",
)
SUMMARY = Table("summary_sentences", SummarySentence, _SPAN, links=("article_id",))
BOILERPLATE = Table("boilerplate", Span, _SPAN, links=("article_id",))


def _attribute(record: Any, path: str) -> Any:
    for name in path.split("."):
        if record is None:
            return None
        record = getattr(record, name)
    return record


@functools.cache
def _nested_types(cls: type) -> dict[str, type]:
    """The record class of each field that holds a nested record (`X | None` gives X)."""
    types = {}
    for name, hint in typing.get_type_hints(cls).items():
        args = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
        if len(args) == 1 and isinstance(args[0], type) and issubclass(args[0], Record):
            types[name] = args[0]
    return types


def _quoted(names: Sequence[str]) -> list[str]:
    return [f'"{name}"' for name in names]
