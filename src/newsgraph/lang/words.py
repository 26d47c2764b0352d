"""The shared word lists: pronouns, name particles and articles, read once from `data/` tables.

Every stage asks here instead of keeping its own copy; lists that serve one extractor only live
beside that extractor.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..tables import data_rows

__all__ = [
    "REFERENT_TYPES",
    "PronounReference",
    "pronoun_reference",
    "is_pronoun",
    "is_first_person",
    "is_second_person",
    "is_relative_pronoun",
    "is_personal_pronoun",
    "is_definite_determiner",
    "is_indefinite_determiner",
    "name_particles",
    "name_articles",
    "name_suffixes",
    "given_name_sex",
    "person_given_names",
]

# The entity types each kind of pronoun can stand for: "it" an organisation or a country, never a person.
REFERENT_TYPES = {
    "person": frozenset({"PERSON"}),
    "thing": frozenset({"ORG", "GPE"}),
    "group": frozenset({"ORG", "NORP", "GPE"}),
}


class PronounReference(NamedTuple):
    """What a pronoun may stand for: a person (with gender), a group, or a thing."""

    refers: str  # person | group | thing
    gender: str | None  # m | f for person pronouns

    @property
    def types(self) -> frozenset[str]:
        """The entity types the pronoun can stand for."""
        return REFERENT_TYPES[self.refers]


@lru_cache(maxsize=1)
def _pronouns() -> dict[str, tuple[str, str | None]]:
    return {row[0].lower(): (row[1], (row[2] if len(row) > 2 else "") or None) for row in data_rows("pronouns.tsv")}


@lru_cache(maxsize=2)
def _grammatical_person(person: str) -> frozenset[str]:
    return frozenset(row[0].lower() for row in data_rows("pronouns.tsv") if len(row) > 3 and row[3] == person)


def pronoun_reference(word: str) -> PronounReference | None:
    """The kind of referent a third-person pronoun resolves to ('he' -> person, m); None for others."""
    refers, gender = _pronouns().get(word.lower(), ("-", None))
    return PronounReference(refers, gender) if refers in ("person", "group", "thing") else None


def is_pronoun(word: str) -> bool:
    """Any personal, possessive or relative pronoun of the table ('I', 'their', 'who')."""
    return word.lower() in _pronouns()


def is_first_person(word: str) -> bool:
    """'I', 'we', 'our': the speaker's own pronouns, which stand for whoever is speaking."""
    return word.lower() in _grammatical_person("first")


def is_second_person(word: str) -> bool:
    """'you': the reader or the one asked, never the source of a statement."""
    return word.lower() in _grammatical_person("second")


def is_personal_pronoun(word: str) -> bool:
    """A personal or possessive pronoun ('he', 'their', 'we'), not a relative one ('who', 'that').

    Capitals are a name: "US" is the country and "IT" the trade, not "us" and "it"."""
    if len(word) > 1 and word.isupper():
        return False
    return word.lower() in _pronouns() and not is_relative_pronoun(word)


def is_relative_pronoun(word: str) -> bool:
    return _pronouns().get(word.lower(), ("-",))[0] == "relative"


@lru_cache(maxsize=1)
def _determiners() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in data_rows("determiners.tsv")}


def is_definite_determiner(word: str) -> bool:
    """'the', 'this': a noun phrase it opens refers to something already in view."""
    return _determiners().get(word.lower()) == "definite"


def is_indefinite_determiner(word: str) -> bool:
    """'a', 'an', 'one', 'another', 'some': a noun phrase it opens brings in a new referent."""
    return _determiners().get(word.lower()) == "indefinite"


@lru_cache(maxsize=4)
def _name_words(role: str) -> frozenset[str]:
    return frozenset(row[0].lower() for row in data_rows("name_words.tsv") if row[1] == role)


def name_particles() -> frozenset[str]:
    """Lower-case words a name may start with or consist of ('al', 'bin', 'de', 'van')."""
    return _name_words("particle")


def name_articles() -> frozenset[str]:
    """Articles that name folding drops ('al-Assad' ~ 'Assad', 'the Kurds' ~ 'Kurds')."""
    return _name_words("article")


def name_suffixes() -> frozenset[str]:
    """Generational suffixes that end a full name but never stand for the person ('Jr', 'III'), folded."""
    return _name_words("suffix")


@lru_cache(maxsize=1)
def _given_names() -> dict[str, tuple[str, str]]:
    return {row[0].lower(): (row[1], row[2]) for row in data_rows("given_names.tsv")}


def given_name_sex(word: str) -> str | None:
    """"m" or "f" for a given name borne by one sex ('Daniel', 'Sarah'); None for any other word."""
    sex = _given_names().get(word.lower(), ("-",))[0]
    return sex if sex != "-" else None


@lru_cache(maxsize=1)
def person_given_names() -> frozenset[str]:
    """Given names that seldom open a firm's or a place's name ('Britney', not 'Charles'), folded: a
    name spaCy read as an organisation's that opens with one is a person's."""
    return frozenset(name for name, (_, person) in _given_names().items() if person == "yes")
