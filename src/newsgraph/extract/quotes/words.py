"""The quote rules' word lists, read once from `data/quote_words.tsv` (pronouns: `lang.words`)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from ...errors import ConfigError
from ...tables import data_rows

__all__ = ["QuoteWords", "quote_words"]


@dataclass(frozen=True)
class QuoteWords:
    """One field for each list of `quote_words.tsv` (its first column)."""

    light_verbs: frozenset[str]
    source_prepositions: frozenset[str]
    statement_media: frozenset[str]
    own_media: frozenset[str]
    object_prepositions: frozenset[str]
    judgement_prepositions: frozenset[str]
    joining_words: frozenset[str]
    adverbial_that: frozenset[str]
    source_object_verbs: frozenset[str]
    aside_subjects: frozenset[str]
    medium_prepositions: frozenset[str]
    source_markers: frozenset[str]
    question_openers: frozenset[str]
    condition_openers: frozenset[str]
    withholding_verbs: frozenset[str]
    knowing_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    evidence_verbs: frozenset[str]
    norm_nouns: frozenset[str]
    title_small_words: frozenset[str]
    inscriptions: frozenset[str]
    empty_objects: frozenset[str]
    naming_words: frozenset[str]
    asking_verbs: frozenset[str]
    publishing_verbs: frozenset[str]
    published_works: frozenset[str]
    finding_sources: frozenset[str]
    evidence_sources: frozenset[str]
    belief_adjectives: frozenset[str]
    continuing_cues: frozenset[str]
    as_it_verbs: frozenset[str]
    hearsay_adverbs: frozenset[str]


@lru_cache(maxsize=1)
def quote_words() -> QuoteWords:
    """The packaged lists; a row naming no known list is an error, so a typo cannot empty a list."""
    lists: dict[str, set[str]] = {f.name: set() for f in fields(QuoteWords)}
    for row in data_rows("quote_words.tsv"):
        if len(row) != 2 or row[0] not in lists:
            raise ConfigError(f"quote_words.tsv: make {row!r} 'list<TAB>word', the list one of {sorted(lists)}")
        lists[row[0]].add(row[1].strip().lower())
    return QuoteWords(**{name: frozenset(words) for name, words in lists.items()})
