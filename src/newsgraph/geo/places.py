"""Place records, country adjectives, and resolution of given place mentions without a parse.

`resolve(text, spans)` scores resolution apart from detection. It ranks exactly as the places
stage does (`geo.resolver`), from the text alone: the ranking needs the other mentions and the
words around each one, not a parse, so no spaCy model is loaded and an evaluation runs in seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..records import Place, Span
from .gazetteer import Gazetteer, shared_gazetteer
from .resolver import Resolution, resolve_spans
from .sources import demonym_rows

__all__ = ["resolve", "place_record", "demonym_country"]


def resolve(
    text: str, spans: Sequence[tuple[int, int] | Span], *, gazetteer: Gazetteer | None = None
) -> list[Place | None]:
    """One `Place` (or None) per mention span of `text`, in the order given; ids are P1, P2, ..."""
    offsets = [(s.start, s.end) if isinstance(s, Span) else (int(s[0]), int(s[1])) for s in spans]
    resolutions = resolve_spans(text, offsets, gazetteer or shared_gazetteer())
    return [
        None if r is None else place_record(f"P{n}", r, (Span(start, end, text[start:end]),))
        for n, ((start, end), r) in enumerate(zip(offsets, resolutions), start=1)
    ]


def place_record(place_id: str, resolution: Resolution, mentions: tuple[Span, ...]) -> Place:
    """The `Place` record of a resolution with its mentions."""
    place = resolution.place
    return Place(
        id=place_id,
        name=place.name,
        mentions=mentions,
        geonameid=place.geonameid,
        lat=round(place.lat, 5),
        lon=round(place.lon, 5),
        country=place.country,
        admin1=place.admin1,
        feature=place.feature,
        precision=resolution.precision,
        qualifier=resolution.qualifier,
    )


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {word.lower(): code for code, words in demonym_rows().items() for word in words}


def demonym_country(word: str) -> str | None:
    """The ISO alpha-2 country of an adjective or demonym ('Turkish' -> 'TR')."""
    return _demonyms().get(word.lower())
