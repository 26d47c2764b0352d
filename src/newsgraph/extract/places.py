"""Places: place mentions resolved offline to gazetteer entries, with qualifiers.

Candidates come from the gazetteer by folded name; a bare name prefers a country over a
region over a city, then the article's focus countries, then population. "northern Syria"
keeps Syria with qualifier `north`; "the Turkish border" resolves to Turkey at precision `border`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from ..geo.gazetteer import GazetteerPlace, shared_gazetteer
from ..options import Options
from ..records import Entity, Place, Span

__all__ = ["extract_places", "rank_candidates", "demonym_country"]

PLACE_TYPES = ("GPE", "LOC", "FAC")
_FEATURE_RANK = {"country": 4, "admin1": 3, "region": 2, "city": 1}
_DIRECTIONS = {
    "northern": "north", "southern": "south", "eastern": "east", "western": "west",
    "northeastern": "northeast", "northwestern": "northwest", "southeastern": "southeast",
    "southwestern": "southwest", "central": "central",
}
_NEAR = {"near", "outside", "around", "nearby"}
_BORDER_NOUNS = {"border", "borders", "frontier", "border-crossing"}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    text = (resources.files("newsgraph") / "data" / "demonyms.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, words = line.split("\t")
            table.update({w.strip().lower(): code for w in words.split("|")})
    return table


def demonym_country(word: str) -> str | None:
    """The ISO alpha-2 country of an adjective or demonym ('Turkish' -> 'TR')."""
    return _demonyms().get(word.lower())


def rank_candidates(candidates: Sequence[GazetteerPlace], focus: Counter[str]) -> GazetteerPlace | None:
    """The likeliest reading of a bare name: feature class, then article focus, then population."""
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda c: (_FEATURE_RANK.get(c.feature, 0), focus.get(c.country or "", 0), c.population),
    )


def extract_places(doc: Doc, *, options: Options) -> Iterator[Place]:
    """Yield the article's places, one per (gazetteer entry, qualifier), with every mention."""
    gazetteer = shared_gazetteer()
    entities: Sequence[Entity] = doc._.ng_entities or ()
    mentions = [(m, e) for e in entities if e.type in PLACE_TYPES for m in e.mentions]
    focus = Counter(c.country for m, _ in mentions for c in gazetteer.candidates(m.text)[:1] if c.feature == "country")
    found: dict[tuple[str, str | None], tuple[GazetteerPlace, str, list[Span]]] = {}
    for mention, entity in mentions:
        place = rank_candidates(gazetteer.candidates(mention.text) or gazetteer.candidates(entity.name), focus)
        if place is None:
            continue
        qualifier, precision = _qualifier(doc, mention)
        found.setdefault((_place_key(place), qualifier), (place, precision, []))[2].append(mention)
    for mention, country in _border_mentions(doc):
        place = gazetteer.country(country)
        if place is not None:
            found.setdefault((_place_key(place), "border"), (place, "border", []))[2].append(mention)
    ordered = sorted(found.items(), key=lambda item: item[1][2][0].start)
    for n, ((_, qualifier), (place, precision, spans)) in enumerate(ordered, start=1):
        yield Place(
            id=f"P{n}",
            name=place.name,
            mentions=tuple(sorted(spans, key=lambda s: s.start)),
            geonameid=place.geonameid,
            lat=round(place.lat, 5),
            lon=round(place.lon, 5),
            country=place.country,
            admin1=place.admin1,
            feature=place.feature,
            precision=precision,
            qualifier=qualifier,
        )


def _place_key(place: GazetteerPlace) -> str:
    return str(place.geonameid) if place.geonameid else place.name


def _qualifier(doc: Doc, mention: Span) -> tuple[str | None, str]:
    """'northern Syria' -> ('north', 'region'); 'near Kobani' -> ('near', 'approximate')."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None, "exact"
    before = doc[span.start - 1].lower_
    if before in _DIRECTIONS:
        return _DIRECTIONS[before], "region"
    if before in _NEAR:
        return "near", "approximate"
    return None, "exact"


def _border_mentions(doc: Doc) -> Iterator[tuple[Span, str]]:
    """'the Turkish border': a country adjective right before a border noun."""
    for token in doc[:-1]:
        if doc[token.i + 1].lower_ in _BORDER_NOUNS and (code := demonym_country(token.text)):
            end = doc[token.i + 1]
            yield Span(token.idx, end.idx + len(end), doc.text[token.idx : end.idx + len(end)]), code
