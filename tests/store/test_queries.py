import pytest

from newsgraph import QueryError
from newsgraph.store import entity_profile, events, iter_analyses, quotes, search, table_rows


@pytest.fixture
def base(fresh_db, make_analysis, story_text):
    with fresh_db.atomic():
        fresh_db.add_analysis(make_analysis(story_text, url="u1", published="2025-03-04"), key="u1")
        later = story_text.replace("Monday", "Thursday")
        fresh_db.add_analysis(make_analysis(later, url="u2", published="2025-03-10"), key="u2")
    return fresh_db


def test_search_returns_highlighted_snippets_best_first(base):
    rows = search(base, "dockworkers")
    assert len(rows) == 2
    assert "«dockworkers»" in rows[0]["snippet"].lower()


@pytest.mark.parametrize("query", ['"unclosed', "AND", "title:("])
def test_malformed_search_raises_query_error_with_advice(base, query):
    with pytest.raises(QueryError, match="exact phrase"):
        search(base, query)


def test_quotes_by_speaker_alias_newest_first(base):
    rows = quotes(base, speaker="diallo")
    assert [r["published"] for r in rows] == ["2025-03-10", "2025-03-04"]
    assert rows[0]["speaker"] == "Amina Diallo"


def test_quotes_about_a_term_and_an_unknown_speaker(base):
    assert len(quotes(base, about="reopen")) == 2
    assert quotes(base, about="airport") == []
    assert quotes(base, speaker="Nobody Known") == []


def test_events_filters_by_actor_type_place_and_dates(base):
    assert len(events(base, actor="Dockworkers Union", type="protest", place="Dakar")) == 2
    assert [e["date"] for e in events(base, since="2025-03-05")] == ["2025-03-10"]
    assert [e["date"] for e in events(base, until="2025-03-05")] == ["2025-03-04"]
    assert events(base, type="ASSAULT") == []


@pytest.mark.parametrize(("kwargs", "message"), [({"type": "PARTY"}, "unknown event type"), ({"since": "last week"}, "YYYY-MM-DD")])
def test_bad_event_filters_raise_query_error(base, kwargs, message):
    with pytest.raises(QueryError, match=message):
        events(base, **kwargs)


def test_entity_profile_gathers_articles_company_quotes_and_events(base):
    profile = entity_profile(base, "Amina Diallo")
    assert profile["type"] == "PERSON" and profile["articles"] == 2
    assert "Diallo" in profile["aliases"]
    assert profile["co_occurring"][0] == {"name": "Dockworkers Union", "type": "ORG", "articles": 2}
    assert len(profile["quotes"]) == 2
    assert entity_profile(base, "Dockworkers Union")["events_as_source"][0]["type"] == "PROTEST"
    assert entity_profile(base, "Somebody Else") is None


def test_stored_articles_rebuild_as_analyses(base):
    rebuilt = list(iter_analyses(base, since="2025-03-05"))
    assert len(rebuilt) == 1
    analysis = rebuilt[0]
    assert analysis.quotes[0].text == "The port will reopen on Friday"
    speaker = analysis.entity(analysis.quotes[0].speaker.entity)
    assert speaker.name == "Amina Diallo"
    assert analysis.events[0].place == analysis.places[0].id


def test_export_tables_have_rows_and_unknown_tables_are_refused(base):
    assert len(list(table_rows(base, "events"))) == 2
    with pytest.raises(QueryError, match="unknown table"):
        list(table_rows(base, "secrets"))
