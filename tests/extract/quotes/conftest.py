"""Hand-built parses for the quote rules: small Docs with heads, labels and lemmas, and no model."""

from __future__ import annotations

from functools import lru_cache

import pytest
from handmade import entity
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.references import References

_NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", "”", "'s"}
_NO_SPACE_AFTER = {"“"}


@lru_cache(maxsize=1)
def _blank_english() -> English:
    """spaCy's rule-based English tokenizer and lexical attributes (lower case, punctuation), which a
    bare Vocab() lacks; no trained model."""
    return English()


def _parse(table: str) -> Doc:
    """A Doc from a table of one token a line: word, head index, dependency, POS, lemma and an
    optional fine tag (the head index of the root is its own). Spaces follow English punctuation."""
    rows = [line.split() for line in table.strip().splitlines()]
    words = [row[0] for row in rows]
    spaces = [
        i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE and words[i] not in _NO_SPACE_AFTER
        for i in range(len(words))
    ]
    return Doc(
        _blank_english().vocab,
        words=words,
        spaces=spaces,
        heads=[int(row[1]) for row in rows],
        deps=[row[2] for row in rows],
        pos=[row[3] for row in rows],
        lemmas=[row[4] for row in rows],
        tags=[row[5] if len(row) > 5 else "" for row in rows],
    )


def _index(doc: Doc, names: dict[str, str]) -> References:
    """An entity index with one entity for each name (mapped to its type), mentioned wherever it occurs."""
    return References(doc, [entity(doc, f"E{n}", type_, name) for n, (name, type_) in enumerate(names.items(), start=1)])


@pytest.fixture
def parse():
    """Build a Doc from a token table (see `_parse`)."""
    return _parse


@pytest.fixture
def tokenize():
    """A Doc of the text's tokens only, for the rules that read text and entities but no parse."""
    return _blank_english()


@pytest.fixture
def index_for():
    """Build an entity index over a Doc from {name: type}."""
    return _index
