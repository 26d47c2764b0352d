"""Dependency-label sets and small parse helpers: the one place stages take them from."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = [
    "CLAUSE_SUBJECT_DEPS",
    "MODIFIER_DEPS",
    "NOUN_PREMODIFIER_DEPS",
    "OBJECT_DEPS",
    "PREP_OBJECT_DEPS",
    "SUBJECT_CLIMB_DEPS",
    "SUBJECT_DEPS",
    "VERB_GROUP_DEPS",
    "VERB_POS",
    "has_child",
    "is_finite_clause",
    "is_infinitive",
    "is_plural_phrase",
    "verb_of_object",
]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a clause has a subject of its own, an expletive included: 'there is', 'it is clear'
CLAUSE_SUBJECT_DEPS = SUBJECT_DEPS | {"expl"}
# the words that group with a verb before it: 'has not said', 'was told'
VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg"})
# A name whose head has one of these modifies a noun ("the Trump administration") and names no actor.
MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
# through these a verb borrows the subject of the word it hangs from: 'went on to say', 'and added'
SUBJECT_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl"})
# what a preposition governs: 'for talks', 'of saying'
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
# the words before a noun that belong to its phrase: 'the new foreign minister', 'its 12 members'
NOUN_PREMODIFIER_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod"})
VERB_POS = frozenset({"VERB", "AUX"})
# what a verb acts on, directly or through a preposition: 'accused it', 'threatened them', 'sent to them'
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})


def has_child(token: Token, dep: str, word: str) -> bool:
    """Whether the token has a child with this dependency label and this (lower-cased) text."""
    return any(c.dep_ == dep and c.lower_ == word for c in token.children)


def is_infinitive(verb: Token) -> bool:
    """A 'to' infinitive hanging from another word as its complement or adverbial clause."""
    return verb.dep_ in {"xcomp", "advcl"} and has_child(verb, "aux", "to")


def is_finite_clause(verb: Token) -> bool:
    """A clause with a nominal subject of its own whose verb or an auxiliary carries tense ('the dam
    would not hold', 'the letter was forged'), not a small clause ('found it hard', 'found the car
    abandoned')."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children) and any(
        t.tag_ in _FINITE_TAGS for t in [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    )


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def verb_of_object(token: Token) -> Token:
    """The word an object hangs on, through its preposition if it has one ('accusing it', 'shot at them')."""
    return token.head.head if token.dep_ == "pobj" else token.head


def is_plural_phrase(noun: Token) -> bool:
    """A plural noun, or one coordinated with another ('Kenya and Somalia')."""
    return noun.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in noun.children)
