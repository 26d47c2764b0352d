"""Places: place mentions resolved offline to gazetteer entries, with qualifiers.

The mentions of GPE, LOC and FAC entities, plus country adjectives before a border noun ("the
Turkish border") and names the tagger missed or mistyped where a place stands (a dateline, "KYIV,
Ukraine (AP) —"; a division tagged as an organisation, "Crimea"; a sizeable town beside a place or
after "in"/"near", "near Kidal"), are resolved together by `geo.resolver` (the ranking
`newsgraph.geo.places` shares): a bare name prefers a country over a region over a city, then the
article's focus countries and divisions, nearby co-mentioned places, and size. "northern Syria"
keeps Syria with qualifier `north`; "the Turkish border" resolves to Turkey at precision `border`. A
facility named after a town the gazetteer has ("the Kakuma refugee camp", "Rafah crossing") is
placed at that town, at precision `approximate` with its facility noun as qualifier (`camp`,
`crossing`), unless the town is small or the article's other places all lie in other countries
("Kennedy Airport" in a New York story is neither the Bogota district nor a Californian village). A
seat of power or square of `data/landmarks.tsv` after a locative preposition ("met in the Oval
Office") is placed at its city, qualifier `landmark`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from spacy.tokens import Doc

from ..geo.gazetteer import GazetteerPlace, shared_gazetteer
from ..geo.places import demonym_country, place_record
from ..geo.resolver import Resolution, resolve_spans
from ..options import Options
from ..records import Entity, Place, Span
from ..tables import data_rows
from .entities.facilities import facility_stem

__all__ = ["dateline", "extract_places"]

PLACE_TYPES = ("GPE", "LOC", "FAC")
_BORDER_NOUNS = {"border", "borders", "frontier", "border-crossing"}
# A facility is placed at a town of its stem's name only if the town is this big (set by hand):
# "Kakuma refugee camp" (Kakuma, 23,000) and "Dadaab camp" (11,500) are; "Kennedy Airport" is
# not at Kennedy, California (3,300).
_FACILITY_TOWN_MIN_POPULATION = 10_000
# Prepositions after which a capitalised name the tagger missed is taken for a place ("near Kidal"),
# if the gazetteer has a city or division of that name this big (set by hand: not "in Congress",
# a hamlet in Arizona).
_LOCATIVE_PREPOSITIONS = {"in", "near", "outside", "around", "inside"}
_UNTAGGED_MIN_POPULATION = 10_000
# A missed name that is just an object ("shelled Donetsk") is taken for a place only if it names a
# big city or division (set by hand: 100,000 people).
_BARE_MIN_POPULATION = 100_000
# What a name tagged as an organisation must be to be taken for a place: a club or a firm is named
# after a city ("Barcelona"), hardly after a country or a province ("Crimea").
_DIVISIONS = frozenset({"country", "admin1"})
# A dateline: an upper-case city at the very start, maybe ", Region" and "(Agency)", then a dash.
_DATELINE = re.compile(
    r"\A\s*([A-Z][A-Z'.\-]{2,}(?: [A-Z][A-Z'.\-]+){0,2})"  # the city
    r"(?=(?:,[^\n—–(]{1,40})?\s*(?:\([^)\n]{1,30}\))?(?:\s*[—–]|\s--?\s))"  # ", Region (Agency) —"
)


def extract_places(doc: Doc, *, options: Options) -> Iterator[Place]:
    """Yield the article's places, one per (gazetteer entry, qualifier), with every mention."""
    entities: Sequence[Entity] = doc._.ng_entities or ()
    typed = {(m.start, m.end): (m, e.type) for e in entities if e.type in PLACE_TYPES for m in e.mentions}
    mentions = sorted((m for m, _ in typed.values()), key=lambda m: m.start)
    borders = [
        m for m in _border_mentions(doc) if all(m.end <= p.start or m.start >= p.end for p in mentions)
    ]
    untagged = [
        m
        for m in _untagged_mentions(doc, entities, mentions)
        if all(m.end <= p.start or m.start >= p.end for p in [*mentions, *borders])
    ]
    landmarks = dict(_landmark_mentions(doc.text))
    # A landmark written where a place goes is its city, not a namesake ("White House", Tennessee).
    mentions = [m for m in mentions if (m.start, m.end) not in landmarks]
    untagged = [m for m in untagged if all(m.end <= s or m.start >= e for s, e in landmarks)]
    spans = [*mentions, *borders, *untagged]
    # A facility's name is not a place's name plus more words ("Kennedy Airport" is not Kennedy);
    # a facility is placed through its stem only (below). A missed name is taken whole or not at all.
    partial = [not _is_facility(m, typed) for m in [*mentions, *borders]] + [False] * len(untagged)
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
    for (start, end), resolution in landmarks.items():
        key = (_place_key(resolution.place), resolution.qualifier)
        found.setdefault(key, (resolution, []))[1].append(Span(start, end, doc.text[start:end]))
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


def _landmark_mentions(text: str) -> Iterator[tuple[tuple[int, int], Resolution]]:
    """Landmarks of `landmarks.tsv` after a locative preposition ("met in the Oval Office",
    "rallied outside the Kremlin"), each with its city's resolution."""
    for pattern, resolution in _landmarks():
        for found in pattern.finditer(text):
            yield found.span(1), resolution


@lru_cache(maxsize=1)
def _landmarks() -> tuple[tuple[re.Pattern[str], Resolution], ...]:
    rows = []
    prepositions = "|".join(sorted(_LOCATIVE_PREPOSITIONS | {"at"}))
    for _id, names, city, country, *division in data_rows("landmarks.tsv"):
        homes = [
            p
            for p in shared_gazetteer().candidates(city)
            if p.country == country and p.feature == "city" and (not division or p.admin1 == division[0])
        ]
        if not homes:
            continue
        spellings = "|".join(re.escape(n) for n in sorted(names.split("|"), key=len, reverse=True))
        pattern = re.compile(rf"\b(?:{prepositions})\s+(?:the\s+)?({spellings})\b", re.IGNORECASE)
        rows.append((pattern, Resolution(homes[0], "landmark", "approximate")))
    return tuple(rows)


def _untagged_mentions(doc: Doc, entities: Sequence[Entity], places: Sequence[Span]) -> Iterator[Span]:
    """Places the tagger missed or mistyped: a dateline's city; names tagged as organisations that
    are exactly a country's or a division's ("Crimea", "the West Bank"); and names no person or
    organisation covers that the gazetteer knows as a sizeable city or division, coordinated with a
    place ("Mombasa and Kisumu"), after a locative preposition ("near Kidal") or, if big and one
    word, as an object ("shelled Donetsk")."""
    if (city := dateline(doc.text)) is not None and _sizeable_place(city.text):
        yield city
    for mention in (m for e in entities if e.type == "ORG" for m in e.mentions):
        name = mention.text[4:] if mention.text.startswith("the ") else mention.text
        if _sizeable_place(name, _DIVISIONS):
            yield Span(mention.end - len(name), mention.end, name)
    named = [m for e in entities if e.type in {"ORG", "PERSON"} for m in e.mentions]  # "Israel and Hamas"
    covered = {t.i for t in doc if any(m.start <= t.idx < m.end for m in named)}
    covered |= {t.i for ent in doc.ents if ent.label_ != "NORP" or demonym_country(ent.text) for t in ent}
    starts = {m.start for m in places}
    for token in doc:
        if token.pos_ != "PROPN" or not token.is_title or token.i in covered or token.dep_ == "compound":
            continue
        name = doc[min((c.i for c in token.children if c.dep_ == "compound"), default=token.i) : token.i + 1]
        if any(t.i in covered or not t.is_title for t in name):
            continue
        before = doc[name.start - 1] if name.start > 0 else None
        if before is not None and before.lower_ == "the" and name.start > 1:
            before = doc[name.start - 2]
        if token.dep_ == "conj":
            head = token.head
            first = min((c for c in head.children if c.dep_ == "compound"), key=lambda c: c.i, default=head)
            found = first.idx in starts and _sizeable_place(name.text)
        elif before is not None and before.lower_ in _LOCATIVE_PREPOSITIONS:
            found = _sizeable_place(name.text)
        else:
            bare = len(name) == 1 and token.dep_ in {"dobj", "pobj"}  # not "the Central Division"
            found = bare and _sizeable_place(name.text, minimum=_BARE_MIN_POPULATION)
        if found:
            yield Span(name.start_char, name.end_char, name.text)


def dateline(text: str) -> Span | None:
    """The city of the story's dateline ("KYIV, Ukraine (AP) —", "BEIRUT —"), if it has one."""
    found = _DATELINE.match(text)
    return Span(found.start(1), found.end(1), found.group(1)) if found is not None else None


def _sizeable_place(
    name: str,
    features: frozenset[str] = frozenset({"city", "admin1", "admin2"}),
    minimum: int = _UNTAGGED_MIN_POPULATION,
) -> bool:
    return any(p.feature in features and p.population >= minimum for p in shared_gazetteer().candidates(name))


def _border_mentions(doc: Doc) -> Iterator[Span]:
    """'the Turkish border': a country adjective right before a border noun (the span is the pair)."""
    for token in doc[:-1]:
        if doc[token.i + 1].lower_ in _BORDER_NOUNS and demonym_country(token.text):
            end = doc[token.i + 1]
            yield Span(token.idx, end.idx + len(end), doc.text[token.idx : end.idx + len(end)])
