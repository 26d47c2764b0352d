"""One type per name across the article: curated type, else majority, corrected by the gazetteer."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from ...lang.names import name_key
from ...tables import AliasEntry, org_designators
from .clustering import NameMention, alias_entry, entity_type
from .geography import gazetteer_place, used_as_place
from .words import entity_words

__all__ = ["consistent_types"]

# Population thresholds for the gazetteer overriding spaCy (largest place of the name):
_BIG_CITY = 500_000  # a one-word "person" this populous is a place ("shelled Kharkiv")
_CITY_USED_AS_PLACE = 100_000  # ... or this populous and written as a place ("flew to Buenos Aires")
_LOCATIVE_MIN_POPULATION = 10_000  # an "ORG" written as a place ("the city of Kobane")


def consistent_types(doc: Doc, mentions: list[NameMention], names: tuple[AliasEntry, ...]) -> list[NameMention]:
    """One label per name across the article: curated type, else the majority (earliest on a
    tie); an ORG/FAC/LOC name the gazetteer knows as a town, used as a place, becomes GPE."""
    by_key: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_key.setdefault(name_key(m.text), []).append(i)
    # The surname of a person named in full is that person's, whatever spaCy made of it alone.
    surnames = {
        " ".join(key.split()[k:])
        for key, members in by_key.items()
        if len(key.split()) > 1 and Counter(mentions[i].label for i in members).most_common(1)[0][0] == "PERSON"
        for k in range(1, len(key.split()))
    }
    # "Beledweyne" beside "Beledweyne District": the bare name is the place too.
    place_stems = {
        " ".join(key.split()[:-1])
        for key, members in by_key.items()
        if len(key.split()) > 1 and key.split()[-1] in entity_words("administrative")
        and mentions[members[0]].label in ("GPE", "LOC")
    }
    labels: dict[str, str] = {}
    for key, members in by_key.items():
        votes = [mentions[i].label for i in members]
        entry = alias_entry(mentions[members[0]].text, names)
        label = entity_type(votes, entry)
        if entry is None and key in surnames and label != "PERSON":
            place = gazetteer_place(mentions[members[0]].text)
            if place is None or place[0] != "country":
                label = "PERSON"
        elif entry is None and label == "PERSON" and key not in surnames:
            if _is_big_place(doc, [mentions[i] for i in members]):
                label = "GPE"
        elif entry is None and label == "LOC" and _is_not_a_place(doc, [mentions[i] for i in members]):
            label = "ORG"
        if entry is None and key in place_stems and label not in ("GPE", "LOC"):
            label = "GPE"
        if entry is None and label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") and "PERSON" not in votes:
            if _is_place(doc, [mentions[i] for i in members]):
                label = "GPE"
        labels[key] = label
    return [NameMention(m.start, m.end, m.text, labels[name_key(m.text)]) for m in mentions]


def _is_place(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    name = mentions[0].text
    if any(w.lower() in org_designators() for w in name.split()):
        return False
    place = gazetteer_place(name)
    if place is None:
        return False
    feature, population = place
    if feature == "country":
        return True
    large_enough = population >= _LOCATIVE_MIN_POPULATION or feature in ("admin1", "region")
    return large_enough and any(used_as_place(doc, m) for m in mentions)


def _is_not_a_place(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    name = mentions[0].text
    if any(w.lower() in entity_words("geographic") for w in re.split(r"[\s-]+", name)):
        return False
    if gazetteer_place(name) is not None:
        return False
    return 2 * sum(used_as_place(doc, m) for m in mentions) < len(mentions)


def _is_big_place(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    """A 'person' that is really a country or a big city: alone, or used as a place."""
    place = gazetteer_place(mentions[0].text)
    if place is None:
        return False
    if place[0] == "country" or (place[1] >= _BIG_CITY and len(mentions[0].text.split()) == 1):
        return True
    return place[1] >= _CITY_USED_AS_PLACE and any(used_as_place(doc, m) for m in mentions)
