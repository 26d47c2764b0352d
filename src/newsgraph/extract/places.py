"""Places: place mentions resolved offline to gazetteer entries, with qualifiers.

The mentions of GPE, LOC and FAC entities, plus country adjectives before a border noun
("the Turkish border"), are resolved together by `geo.resolver` (the ranking `newsgraph.geo.places`
shares): a bare name prefers a country over a region over a city, then the article's focus
countries and divisions, nearby co-mentioned places, and size. "northern Syria" keeps Syria
with qualifier `north`; "the Turkish border" resolves to Turkey at precision `border`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from ..geo.gazetteer import GazetteerPlace, shared_gazetteer
from ..geo.places import demonym_country, place_record
from ..geo.resolver import Resolution, resolve_spans
from ..options import Options
from ..records import Entity, Place, Span

__all__ = ["extract_places"]

PLACE_TYPES = ("GPE", "LOC", "FAC")
_BORDER_NOUNS = {"border", "borders", "frontier", "border-crossing"}


def extract_places(doc: Doc, *, options: Options) -> Iterator[Place]:
    """Yield the article's places, one per (gazetteer entry, qualifier), with every mention."""
    entities: Sequence[Entity] = doc._.ng_entities or ()
    typed = {(m.start, m.end): (m, e.type) for e in entities if e.type in PLACE_TYPES for m in e.mentions}
    mentions = sorted((m for m, _ in typed.values()), key=lambda m: m.start)
    borders = [
        m for m in _border_mentions(doc) if all(m.end <= p.start or m.start >= p.end for p in mentions)
    ]
    spans = [*mentions, *borders]
    # A facility's name is not a place's name plus more words ("Kennedy Airport" is not Kennedy).
    partial = [(m.start, m.end) not in typed or typed[(m.start, m.end)][1] != "FAC" for m in spans]
    resolutions = resolve_spans(
        doc.text, [(m.start, m.end) for m in spans], shared_gazetteer(), partial=partial
    )
    found: dict[tuple[str, str | None], tuple[Resolution, list[Span]]] = {}
    for mention, resolution in zip(spans, resolutions):
        if resolution is None:
            continue
        key = (_place_key(resolution.place), resolution.qualifier)
        found.setdefault(key, (resolution, []))[1].append(mention)
    ordered = sorted(found.values(), key=lambda item: min(s.start for s in item[1]))
    for n, (resolution, found_spans) in enumerate(ordered, start=1):
        yield place_record(f"P{n}", resolution, tuple(sorted(found_spans, key=lambda s: s.start)))


def _place_key(place: GazetteerPlace) -> str:
    return str(place.geonameid) if place.geonameid else place.name


def _border_mentions(doc: Doc) -> Iterator[Span]:
    """'the Turkish border': a country adjective right before a border noun (the span is the pair)."""
    for token in doc[:-1]:
        if doc[token.i + 1].lower_ in _BORDER_NOUNS and demonym_country(token.text):
            end = doc[token.i + 1]
            yield Span(token.idx, end.idx + len(end), doc.text[token.idx : end.idx + len(end)])
