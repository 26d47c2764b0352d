"""What the gazetteer and the sentence say about a name being a place; look-ups cached per name."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...geo.gazetteer import shared_gazetteer
from .clustering import NameMention
from .words import entity_words

__all__ = ["gazetteer_place", "used_as_place", "gazetteer_country", "place_country"]


@lru_cache(maxsize=4096)
def gazetteer_place(name: str) -> tuple[str, int] | None:
    """(feature, population) of the likeliest place with this name, cached across articles."""
    candidates = shared_gazetteer().candidates(name)
    if not candidates:
        return None
    rank = {"country": 3, "admin1": 2, "region": 1}
    best = max(candidates, key=lambda c: (rank.get(c.feature, 0), c.population))
    return best.feature, best.population


def used_as_place(doc: Doc, mention: NameMention) -> bool:
    """'in Kobane', 'the city of Kobane', 'Kobane, Syria', 'Anna Berg, 38, of Kobane' (where she lives)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ in entity_words("place-preposition"):
        return True
    if before.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in entity_words("place-noun"):
        return True
    if before.lower_ == "of" and span.start > 2 and doc[span.start - 2].text == "," and doc[span.start - 3].like_num:
        return True
    return span.end + 1 < len(doc) and doc[span.end].text == "," and gazetteer_country(doc[span.end + 1].text)


@lru_cache(maxsize=1024)
def gazetteer_country(word: str) -> bool:
    place = gazetteer_place(word) if word[:1].isupper() else None
    return place is not None and place[0] in ("country", "admin1")


@lru_cache(maxsize=4096)
def place_country(name: str, article_countries: frozenset[str] = frozenset()) -> str | None:
    """The country of the likeliest place of this name: the most populous one in a country the
    article names, else the most populous ("al-Hol" beside "Syria" is Al Hawl, not Hol in Norway)."""
    candidates = shared_gazetteer().candidates(name)
    candidates = [c for c in candidates if c.country in article_countries] or candidates
    return max(candidates, key=lambda c: c.population).country if candidates else None
