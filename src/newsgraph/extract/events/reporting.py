"""Reporting verbs: which words say that something was said, and which clause they report."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lang.cues import cue_lemmas
from .words import word_class

__all__ = ["reporting_head", "reports", "voices"]


def reporting_head(trigger: Token) -> Token | None:
    """The reporting verb ("said", "announced") whose reported clause holds this trigger."""
    current = trigger
    for _step in range(3):
        if current.dep_ not in {"ccomp", "xcomp", "conj"}:
            return None
        current = current.head
        if reports(current):
            return current
    return None


def reports(verb: Token) -> bool:
    """Whether the word is a reporting verb ("said", "announced", "told")."""
    return verb.lemma_.lower() in _reporting_verbs()


def voices(verb: Token) -> bool:
    """Whether a reporting verb puts words to someone, not a view held ("said", not "feel", "think"):
    "critics feel the minister should resign" asks no one to."""
    return reports(verb) and verb.lemma_.lower() not in word_class("opinion_verb")


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    return frozenset(
        cue_lemmas() | word_class("announcing")
    )
