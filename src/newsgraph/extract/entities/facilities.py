"""Facilities: bases, camps, crossings, ports, airports and prisons are FAC, whatever spaCy made of them.

A name followed by facility words ("the Kakuma refugee camp", "Rafah crossing", "Evin prison")
takes them into the name; a name ending in them ("Bagram Air Base") or written "Port of X" is a
facility as it stands; an untagged capitalised run so written is found. The words are rows of
`data/entity_words.tsv` (roles `facility` and `facility-modifier`). A facility's stem ("Kakuma")
is the place it is named after, which the places stage geocodes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc

from ...lang.names import name_key
from ...lang.words import name_particles
from ...tables import AliasEntry
from .clustering import NameMention, alias_entry
from .geography import gazetteer_place
from .words import FACILITY_LEADERS, entity_words

__all__ = ["FacilityStem", "facility_mentions", "facility_stem"]

_MAX_MODIFIERS = 2  # "Ain al-Asad air base", "Torkham border crossing", "Kandahar International Airport"
_MAX_RUN = 5  # words of an untagged capitalised facility name
_TOWN_POPULATION = 50_000  # "Fort Worth" and "Fort Myers" are towns; "Fort Bragg" (a town of 29,000 too) is the base


class FacilityStem(NamedTuple):
    """Where, in a facility's name, the place it is named after is written, and its facility noun."""

    start: int
    end: int
    noun: str  # "camp", "crossing", "base", "port", ...


def facility_stem(name: str) -> FacilityStem | None:
    """The place a facility's name is named after ("Kakuma" in "Kakuma refugee camp", "Mombasa"
    in "Port of Mombasa"), or None if the name is not a facility's."""
    words = name.split()
    if len(words) > 2 and words[0].lower() == "port" and words[1] == "of":
        return FacilityStem(name.index(words[2], len(words[0]) + len(words[1]) + 1), len(name), "port")
    kept = len(words) - _facility_suffix([w.lower() for w in words])
    if kept == len(words) or kept == 0:
        return None
    return FacilityStem(0, len(" ".join(words[:kept])), words[-1].lower())


def _facility_suffix(words: Sequence[str]) -> int:
    """How many trailing words are facility words (modifiers, then one head noun); 0 if none."""
    if not words or words[-1] not in entity_words("facility"):
        return 0
    n = 1
    while n < len(words) and n <= _MAX_MODIFIERS and words[-1 - n] in entity_words("facility-modifier"):
        n += 1
    return n


def _facility_tail(doc: Doc, end: int) -> int:
    """The token index after the lower-case facility words starting at `end` ("refugee camp"), else `end`."""
    i = end
    while i < len(doc) and i - end < _MAX_MODIFIERS and doc[i].is_lower and doc[i].lower_ in entity_words(
        "facility-modifier"
    ):
        i += 1
    if i < len(doc) and doc[i].is_lower and doc[i].text in entity_words("facility"):
        return i + 1
    return end


def facility_mentions(
    doc: Doc, mentions: Sequence[NameMention], names: tuple[AliasEntry, ...], boilerplate: list[tuple[int, int]]
) -> list[NameMention]:
    """The mentions with facility names typed FAC (and extended over their facility words), plus
    untagged facility names. Curated referents, peoples, a person's surname ("the Obama camp") and
    a town spaCy already calls one are left alone."""
    surnames = {
        name_key(" ".join(m.text.split()[k:]))
        for m in mentions
        if m.label == "PERSON" and len(m.text.split()) > 1
        for k in range(1, len(m.text.split()))
    }
    found = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.label == "NORP" or name_key(m.text) in surnames or _names_a_known_referent(m.text, names):
            found.append(m)  # not "the Obama camp", "a U.S.-U.K. military base", "Syrian army base"
            continue
        if m.label in ("GPE", "LOC") and gazetteer_place(m.text) is not None:
            found.append(m)  # "at Budapest airport", "a Red Sea port": spaCy's place is the place
            continue
        tail = _facility_tail(doc, span.end)
        if tail > span.end:
            last = doc[tail - 1]
            found.append(NameMention(m.start, last.idx + len(last), doc.text[m.start : last.idx + len(last)], "FAC"))
        elif facility_stem(m.text) is not None or _opens_with_a_facility_word(span):
            found.append(NameMention(m.start, m.end, m.text, "FAC"))  # "Bagram Air Base", "Camp Lemonnier"
        else:
            found.append(m)
    return sorted(found + _untagged_facilities(doc, found, names, boilerplate), key=lambda m: m.start)


def _opens_with_a_facility_word(span) -> bool:
    """"Camp Lemonnier", "Fort Breckett": a facility word before a capitalised name, not a big town's name."""
    if len(span) < 2 or span[0].lower_ not in FACILITY_LEADERS or not span[1].text[:1].isupper():
        return False
    place = gazetteer_place(span.text)
    return place is None or place[1] < _TOWN_POPULATION


def _names_a_known_referent(name: str, names: tuple[AliasEntry, ...]) -> bool:
    """A curated name, or a compound of them ("U.S.-U.K."): a facility's owner, not its name."""
    return any(alias_entry(part, names) is not None for part in (name, *name.split("-")))


def _untagged_facilities(
    doc: Doc, mentions: Sequence[NameMention], names: tuple[AliasEntry, ...], boilerplate: list[tuple[int, int]]
) -> list[NameMention]:
    """Capitalised runs spaCy left untagged that are written as facilities ("Bagram Air Base",
    "Evin prison"). A run of one word must be a proper noun that the article never writes in lower case."""
    taken = [(m.start, m.end) for m in mentions] + list(boilerplate)
    lower_words = {t.lower_ for t in doc if t.is_lower}
    found = []
    i = 0
    while i < len(doc):
        after_particle = i > 1 and doc[i - 1].is_lower and len(doc[i - 1]) <= 3 and _name_word(doc[i - 2])
        if not _name_word(doc[i]) or doc[i].pos_ != "PROPN" or after_particle:
            # A run starts at a proper noun ("Outside Bagram Air Base": at "Bagram"), and not
            # inside a name ("Croix des Bouquets prison": not at "Bouquets").
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < _MAX_RUN and (_name_word(doc[end]) or (
            doc[end].lower_ in name_particles() and end + 1 < len(doc) and _name_word(doc[end + 1])
        )):
            end += 1  # "Dar el Nour prison"
        run = [t.lower_ for t in doc[i:end]]
        suffix = _facility_suffix(run)
        tail = end if suffix else _facility_tail(doc, end)
        named = end - i - suffix
        lone_word_ok = named > 1 or doc[i].lower_ not in lower_words
        stem = doc[i : end - suffix].text if named >= 1 else ""
        if stem and (suffix or tail > end) and lone_word_ok and not _names_a_known_referent(stem, names):
            start_char, end_char = doc[i].idx, doc[tail - 1].idx + len(doc[tail - 1])
            if not any(s < end_char and start_char < e for s, e in taken):
                found.append(NameMention(start_char, end_char, doc.text[start_char:end_char], "FAC"))
        i = end
    return found


def _name_word(token) -> bool:
    return token.text[:1].isupper() and not token.is_punct
