"""Result records: frozen dataclasses whose spans are character offsets into the article text.

Every record converts to plain JSON-ready data with `as_dict()` and back with `from_dict()`;
`Analysis.as_dict()` is the documented `newsgraph/1` contract (docs/json-contract.md).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar, Union

__all__ = [
    "SCHEMA",
    "Article",
    "Span",
    "Entity",
    "Speaker",
    "Quote",
    "Actor",
    "Event",
    "Place",
    "SummarySentence",
    "Analysis",
]

SCHEMA = "newsgraph/1"

R = TypeVar("R", bound="Record")


class Record:
    """Mixin giving a dataclass lossless conversion to and from plain dicts and lists."""

    def as_dict(self) -> dict[str, Any]:
        return {f.name: _to_plain(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        hints = typing.get_type_hints(cls)
        kwargs = {
            f.name: _from_plain(hints[f.name], data[f.name])
            for f in dataclasses.fields(cls)
            if f.init and f.name in data
        }
        return cls(**kwargs)


def _to_plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.as_dict()
    if isinstance(value, (tuple, list)):
        return [_to_plain(v) for v in value]
    return value


def _from_plain(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _from_plain(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        (item, _ellipsis) = typing.get_args(hint)
        return tuple(_from_plain(item, v) for v in value)
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_dict(value)
    return value


@dataclass(frozen=True)
class Article(Record):
    """An article as read: its text (decoded, otherwise untouched) and what metadata is known."""

    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601
    url: str | None = None
    author: str | None = None
    source: str | None = None  # file, record or stream it came from, for messages


@dataclass(frozen=True)
class Span(Record):
    """A stretch of the article: `text == article[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity(Record):
    """One real-world referent with every mention of it in the article."""

    id: str
    name: str
    type: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, ...
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()
    kind: str | None = None  # finer actor class: government, military, armed group, media, ...
    country: str | None = None  # ISO 3166 alpha-2
    key: str | None = None  # canonical key for merging across articles


@dataclass(frozen=True)
class Speaker(Record):
    """Who a quote is attributed to: the mention at the cue and the entity it refers to."""

    start: int
    end: int
    text: str
    entity: str | None = None


@dataclass(frozen=True)
class Quote(Record):
    """A statement attributed to a speaker; `text` and its span exclude quotation marks."""

    id: str
    kind: str  # direct | indirect | mixed
    start: int
    end: int
    text: str
    cue: Span | None
    speaker: Speaker | None
    confidence: float = 1.0

    KINDS: ClassVar[tuple[str, ...]] = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class Actor(Record):
    """An event participant: its text span, entity and CAMEO-style actor code."""

    start: int
    end: int
    text: str
    entity: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class Event(Record):
    """Who did what to whom, where and when, tied to the sentence that says so."""

    id: str
    type: str  # PLOVER event type
    trigger: Span
    sentence: Span
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source: Actor | None = None
    target: Actor | None = None
    place: str | None = None  # id of a Place in the same analysis
    date: str | None = None  # ISO 8601 date
    status: str = "asserted"  # one of STATUSES (docs/json-contract.md says what each means)
    attributed_to: str | None = None  # entity id of the speaker, when the event is a claim
    confidence: float = 1.0

    # Stated as fact by the reporter; a party's word; still to come; conditional, modal or asked;
    # denied.
    STATUSES: ClassVar[tuple[str, ...]] = ("asserted", "claimed", "planned", "hypothetical", "negated")


@dataclass(frozen=True)
class Place(Record):
    """A resolved place with its gazetteer identity and every mention."""

    id: str
    name: str
    mentions: tuple[Span, ...]
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166 alpha-2
    admin1: str | None = None
    feature: str | None = None  # country | admin1 | city | region | ...
    precision: str = "exact"  # exact | region | border | approximate
    qualifier: str | None = None  # north, border, near, ...


@dataclass(frozen=True)
class SummarySentence(Record):
    """A sentence chosen for the summary, with its span in the article."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Analysis(Record):
    """Everything newsgraph found in one article; `text` is the article exactly as read."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    summary: tuple[SummarySentence, ...] = ()
    boilerplate: tuple[Span, ...] = ()
    schema: str = field(default=SCHEMA)

    def to_dict(self) -> dict[str, Any]:
        """The `newsgraph/1` JSON contract (same as `as_dict()`)."""
        return self.as_dict()

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None."""
        return next((e for e in self.entities if e.id == entity_id), None)
