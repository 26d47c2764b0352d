"""The quote word table (data/quote_words.tsv): well formed and consistent."""

from __future__ import annotations

from collections import Counter
from dataclasses import fields

import pytest

from newsgraph.errors import ConfigError
from newsgraph.extract.quotes import words
from newsgraph.extract.quotes.marks import MARK_EDGE
from newsgraph.extract.quotes.words import QuoteWords, quote_words
from newsgraph.tables import data_rows


def test_every_list_has_words_and_no_row_is_written_twice():
    rows = [tuple(row) for row in data_rows("quote_words.tsv")]
    assert [row for row, n in Counter(rows).items() if n > 1] == []
    for field in fields(QuoteWords):
        assert getattr(quote_words(), field.name), field.name


def test_words_are_lower_case_without_edge_spaces_as_the_rules_compare_them():
    for _list, word in data_rows("quote_words.tsv"):
        assert word == word.strip().lower(), word


def test_lists_compared_with_one_token_hold_single_words_and_joining_words_no_marks():
    joined = {"joining_words"}  # compared with the text between two fragments, marks stripped
    phrases = {"naming_words"}  # compared with the words before a quotation, white space folded
    for name, word in data_rows("quote_words.tsv"):
        if name in phrases:
            assert word == " ".join(word.split()) and not set(word) & set(MARK_EDGE) - {" ", "-"}, word
        elif name in joined:
            assert not set(word) & set(MARK_EDGE) - {" "}, word
        else:
            assert len(word.split()) == 1, word


def test_a_row_naming_no_known_list_is_refused(monkeypatch):
    monkeypatch.setattr(words, "data_rows", lambda name: [["light_verb", "issue"]])
    quote_words.cache_clear()
    try:
        with pytest.raises(ConfigError, match="light_verb"):
            quote_words()
    finally:
        quote_words.cache_clear()
