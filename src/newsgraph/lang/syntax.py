"""Dependency-label sets and small parse helpers: the one place stages take them from."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["SUBJECT_DEPS", "MODIFIER_DEPS", "VERB_GROUP_DEPS", "has_child", "is_infinitive"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# the words that group with a verb before it: 'has not said', 'was told'
VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg"})
# A name whose head has one of these modifies a noun ("the Trump administration") and names no actor.
MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})


def has_child(token: Token, dep: str, word: str) -> bool:
    """Whether the token has a child with this dependency label and this (lower-cased) text."""
    return any(c.dep_ == dep and c.lower_ == word for c in token.children)


def is_infinitive(verb: Token) -> bool:
    """A 'to' infinitive hanging from another word as its complement or adverbial clause."""
    return verb.dep_ in {"xcomp", "advcl"} and has_child(verb, "aux", "to")
