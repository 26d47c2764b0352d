"""Places: place mentions resolved offline to gazetteer entries, with qualifiers.

The mentions of GPE, LOC and FAC entities, plus country adjectives before a border noun
("the Turkish border"), are resolved together by `geo.resolver` (the ranking `newsgraph.geo.places`
shares): a bare name prefers a country over a region over a city, then the article's focus
countries and divisions, nearby co-mentioned places, and size. "northern Syria" keeps Syria
with qualifier `north`; "the Turkish border" resolves to Turkey at precision `border`. A facility
named after a town the gazetteer has ("the Kakuma refugee camp", "Rafah crossing") is placed at
that town, at precision `approximate` with its facility noun as qualifier (`camp`, `crossing`),
unless the town is small or the article's other places all lie in other countries ("Kennedy
Airport" in a New York story is neither the Bogota district nor a Californian village).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc

from ..geo.gazetteer import GazetteerPlace, shared_gazetteer
from ..geo.places import demonym_country, place_record
from ..geo.resolver import Resolution, resolve_spans
from ..options import Options
from ..records import Entity, Place, Span
from .entities.facilities import facility_stem

__all__ = ["extract_places"]

PLACE_TYPES = ("GPE", "LOC", "FAC")
_BORDER_NOUNS = {"border", "borders", "frontier", "border-crossing"}
# A facility is placed at a town of its stem's name only if the town is this big (set by hand):
# "Kakuma refugee camp" (Kakuma, 23,000) and "Dadaab camp" (11,500) are; "Kennedy Airport" is
# not at Kennedy, California (3,300).
_FACILITY_TOWN_MIN_POPULATION = 10_000


def extract_places(doc: Doc, *, options: Options) -> Iterator[Place]:
    """Yield the article's places, one per (gazetteer entry, qualifier), with every mention."""
    entities: Sequence[Entity] = doc._.ng_entities or ()
    typed = {(m.start, m.end): (m, e.type) for e in entities if e.type in PLACE_TYPES for m in e.mentions}
    mentions = sorted((m for m, _ in typed.values()), key=lambda m: m.start)
    borders = [
        m for m in _border_mentions(doc) if all(m.end <= p.start or m.start >= p.end for p in mentions)
    ]
    spans = [*mentions, *borders]
    # A facility's name is not a place's name plus more words ("Kennedy Airport" is not Kennedy);
    # a facility is placed through its stem only (below).
    partial = [not _is_facility(m, typed) for m in spans]
    stems = {i: stem for i, m in enumerate(spans) if (stem := _facility_stem(m, typed)) is not None}
    offsets = [stems[i][:2] if i in stems else (m.start, m.end) for i, m in enumerate(spans)]
    resolutions = resolve_spans(doc.text, offsets, shared_gazetteer(), partial=partial)
    countries = {r.place.country for i, r in enumerate(resolutions) if r is not None and i not in stems}
    found: dict[tuple[str, str | None], tuple[Resolution, list[Span]]] = {}
    for i, (mention, resolution) in enumerate(zip(spans, resolutions)):
        if resolution is not None and i in stems:
            resolution = _at_facility(resolution, stems[i][2], countries)
        elif _is_facility(mention, typed) and not shared_gazetteer().lookup(mention.text, fuzzy=False):
            resolution = None  # by its own name, exactly: "Incirlik" is no misspelling of the village Incirli
        if resolution is None:
            continue
        key = (_place_key(resolution.place), resolution.qualifier)
        found.setdefault(key, (resolution, []))[1].append(mention)
    ordered = sorted(found.values(), key=lambda item: min(s.start for s in item[1]))
    for n, (resolution, found_spans) in enumerate(ordered, start=1):
        yield place_record(f"P{n}", resolution, tuple(sorted(found_spans, key=lambda s: s.start)))


def _facility_stem(mention: Span, typed: dict[tuple[int, int], tuple[Span, str]]) -> tuple[int, int, str] | None:
    """(start, end, facility noun) of the town a FAC mention is named after, where the gazetteer
    has that name exactly."""
    if not _is_facility(mention, typed):
        return None
    stem = facility_stem(mention.text)
    if stem is None or not shared_gazetteer().lookup(mention.text[stem.start : stem.end], fuzzy=False):
        return None
    return mention.start + stem.start, mention.start + stem.end, stem.noun


def _is_facility(mention: Span, typed: dict[tuple[int, int], tuple[Span, str]]) -> bool:
    return typed.get((mention.start, mention.end), (None, ""))[1] == "FAC"


def _at_facility(resolution: Resolution, noun: str, countries: set[str | None]) -> Resolution | None:
    """A facility placed at its stem's town, qualified by its facility noun ("camp")."""
    if countries and resolution.place.country not in countries:
        return None
    if resolution.place.feature == "city" and resolution.place.population < _FACILITY_TOWN_MIN_POPULATION:
        return None
    return Resolution(resolution.place, noun, "approximate")


def _place_key(place: GazetteerPlace) -> str:
    return str(place.geonameid) if place.geonameid else place.name


def _border_mentions(doc: Doc) -> Iterator[Span]:
    """'the Turkish border': a country adjective right before a border noun (the span is the pair)."""
    for token in doc[:-1]:
        if doc[token.i + 1].lower_ in _BORDER_NOUNS and demonym_country(token.text):
            end = doc[token.i + 1]
            yield Span(token.idx, end.idx + len(end), doc.text[token.idx : end.idx + len(end)])
