"""The filter builders on arbitrary input: a checked value or a QueryError, never anything else."""

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph import NewsgraphError, QueryError
from newsgraph.store import entity_profile, events, quotes, search
from newsgraph.store.filters import LIKE_ESCAPE, date_bound, fts_query, like_contains, name_filter, row_limit

# Text that looks like what people type into a search box, and anything at all.
TYPED = st.lists(st.sampled_from(list("abcXYZ019 .-'\"()*:_%^+,éß") + [" AND ", " OR ", " NOT ", "NEAR", "title:"])).map("".join)
ANYTHING = st.text()
WORD = st.from_regex(r"[A-Za-zé]{2,8}([.'-][A-Za-z]{1,6})?\.?", fullmatch=True).filter(
    lambda w: w not in {"AND", "OR", "NOT", "NEAR"}
)
_FIXTURE_OK = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def kb(fresh_db, story):
    """One stored story; the examples only read it, so hypothesis may share it between them."""
    fresh_db.add_analysis(story, key="u1")
    return fresh_db


@given(st.one_of(TYPED, ANYTHING))
def test_the_fts_builder_gives_a_query_or_a_query_error(text):
    try:
        assert isinstance(fts_query(text), str)
    except QueryError:
        pass


@_FIXTURE_OK
@given(st.one_of(TYPED, ANYTHING))
def test_search_on_any_text_answers_or_says_why_not(kb, text):
    for ask in (lambda: search(kb, text), lambda: quotes(kb, about=text)):
        try:
            assert isinstance(ask(), list)
        except NewsgraphError:
            pass


@_FIXTURE_OK
@given(WORD, st.sampled_from(["", "The ", "(", "\u201c"]))
def test_a_word_in_an_article_is_found_as_typed(fresh_db, word, before):
    text = f"Officials said {before}{word} would meet on Monday."
    cursor = fresh_db.db.execute("INSERT OR IGNORE INTO articles(key, text) VALUES (?, ?)", (text, text))
    article = cursor.lastrowid if cursor.rowcount else fresh_db.db.execute(
        "SELECT id FROM articles WHERE key = ?", (text,)).fetchone()[0]
    assert article in {row["id"] for row in search(fresh_db, word, limit=10**6)}


@_FIXTURE_OK
@given(ANYTHING)
def test_name_and_place_filters_on_any_text_answer_or_say_why_not(kb, text):
    asks = (lambda: quotes(kb, speaker=text), lambda: entity_profile(kb, text),
            lambda: events(kb, actor=text), lambda: events(kb, place=text))
    for ask in asks:
        try:
            ask()
        except NewsgraphError:
            pass


@given(ANYTHING)
def test_a_like_pattern_matches_its_text_literally_and_nothing_wider(text):
    db = sqlite3.connect(":memory:")
    pattern = like_contains(text)
    match = f"SELECT ? LIKE ? ESCAPE '{LIKE_ESCAPE}'"
    assert db.execute(match, (f"x{text}y", pattern)).fetchone()[0] == 1
    if text and set(text) <= set("%_"):
        assert db.execute(match, ("a" * (len(text) + 2), pattern)).fetchone()[0] == 0


@given(ANYTHING)
def test_date_bounds_are_real_days_or_a_query_error(text):
    try:
        day = date_bound(text, "--since")
    except QueryError as exc:
        assert "--since" in str(exc)
    else:
        assert len(day) == 10 and day[4] == day[7] == "-"


@given(ANYTHING)
def test_names_are_refused_only_when_empty_short_or_overlong(text):
    try:
        name = name_filter(text, "speaker")
    except QueryError:
        assert not 2 <= len(" ".join(text.split())) <= 200
    else:
        assert 2 <= len(name) <= 200


@given(st.one_of(st.integers(), st.booleans(), st.floats(), st.text()))
def test_limits_are_positive_whole_numbers(value):
    try:
        limit = row_limit(value)
    except QueryError:
        assert not (isinstance(value, int) and not isinstance(value, bool) and value >= 1)
    else:
        assert 1 <= limit <= 2**63 - 1
