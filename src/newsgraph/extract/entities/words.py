"""The entities stage's labels and word lists; the lists are rows of `data/entity_words.tsv`."""

from __future__ import annotations

from functools import lru_cache

from ...tables import data_rows

__all__ = ["NAME_LABELS", "ENTITY_WORD_ROLES", "FACILITY_LEADERS", "entity_words"]

# spaCy labels that name a referent; numbers, dates and amounts are not entities here.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})

# Facility words that also open a facility's name ("Camp Lemonnier", "Fort Breckett"); a big town
# so named ("Fort Worth") stays a town.
FACILITY_LEADERS = frozenset({"camp", "fort"})

ENTITY_WORD_ROLES = frozenset(
    {"determiner", "possessive", "place-preposition", "place-frame", "place-noun", "geographic", "administrative", "calendar",
     "facility", "facility-modifier", "people-noun", "organisation-noun", "place-connector", "event",
     "doctrine-ending", "follower-ending", "company-suffix", "company-ending", "male-title", "female-title", "office-noun", "body-noun", "body-filler",
     "leading-designator", "firm-attribute", "title-modifier"}
)


@lru_cache(maxsize=None)
def entity_words(role: str) -> frozenset[str]:
    """The words of one role, lower-cased (possessives as written)."""
    if role not in ENTITY_WORD_ROLES:
        raise ValueError(f"unknown entity word role {role!r}")
    return frozenset(row[0] if role == "possessive" else row[0].lower() for row in data_rows("entity_words.tsv") if row[1] == role)
