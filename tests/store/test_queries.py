import dataclasses

import pytest

from newsgraph import QueryError
from newsgraph.records import Analysis, Entity, Event, Place, Span
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


# --- what the filters mean (issue 13) ---

PLACED = {  # a town, its GeoNames id, country and first-level division
    "Houston": (4699066, "US", "TX"),
    "Austin": (4671654, "US", "TX"),
    "Atlanta": (4180439, "US", "GA"),
    "Moscow": (524901, "RU", "48"),
    "Sydney": (2147714, "AU", "02"),
    "Jerusalem": (281184, "IL", "06"),
    "Tbilisi": (611717, "GE", "11"),
}


def _placed_story(town: str) -> Analysis:
    text = f"Protesters marched through {town} on Monday, organisers said."
    geonameid, country, admin1 = PLACED[town]
    start = text.index(town)
    return Analysis(
        text=text, url=f"https://example.org/{town}", published="2025-03-04",
        events=(Event("V1", "PROTEST", Span(11, 18, "marched"), Span(0, len(text), text), place="P1"),),
        places=(Place("P1", town, (Span(start, start + len(town), town),), geonameid=geonameid,
                      country=country, admin1=admin1, feature="city"),),
    )


@pytest.fixture
def towns(fresh_db):
    with fresh_db.atomic():
        for town in PLACED:
            fresh_db.add_analysis(_placed_story(town), key=town)
    return fresh_db


def _places(store, place):
    return sorted(e["place"] for e in events(store, place=place))


@pytest.mark.parametrize("place", ["US", "United States", "U.S.", "USA", "america"])
def test_a_country_by_code_or_any_name_takes_in_its_towns_and_nothing_else(towns, place):
    assert _places(towns, place) == ["Atlanta", "Austin", "Houston"]


def test_a_division_takes_in_its_towns_and_an_ambiguous_name_means_each_place_it_names(towns):
    assert _places(towns, "Texas") == ["Austin", "Houston"]
    assert _places(towns, "Georgia") == ["Atlanta", "Tbilisi"]  # the US state and the country


def test_place_names_match_whole_not_as_substrings(towns):
    assert _places(towns, "Houston") == ["Houston"]
    assert _places(towns, "houston") == ["Houston"]
    assert _places(towns, "Hou") == []
    assert _places(towns, "Russia") == ["Moscow"]
    assert _places(towns, "AU") == ["Sydney"]


@pytest.mark.parametrize("name", ["", "   "])
def test_an_empty_entity_name_is_refused(base, name):
    with pytest.raises(QueryError, match="empty"):
        entity_profile(base, name)


@pytest.mark.parametrize("speaker", ["%%", "__", "D_allo", "Dia%", "%iallo"])
def test_like_wildcards_in_a_speaker_are_taken_literally(base, speaker):
    assert quotes(base, speaker=speaker) == []


@pytest.mark.parametrize("speaker", ["A", "%", "_", "", " "])
def test_empty_or_one_letter_speakers_are_refused(base, speaker):
    with pytest.raises(QueryError, match="empty|too short"):
        quotes(base, speaker=speaker)


@pytest.fixture
def two_diallos(base, make_analysis, story_text):
    """A third story whose minister is Mussa Diallo (same length as Amina: the offsets hold)."""
    analysis = make_analysis(story_text, url="u3")
    mention = analysis.entities[0].mentions[0]
    mussa = Entity("E1", "Mussa Diallo", "PERSON", (dataclasses.replace(mention, text="Mussa Diallo"),),
                   aliases=("Diallo",), key="PERSON:mussa diallo")
    text = story_text.replace("Amina", "Mussa")
    base.add_analysis(dataclasses.replace(analysis, text=text, entities=(mussa, *analysis.entities[1:])), key="u3")
    return base


def test_an_ambiguous_name_lists_its_candidates(two_diallos):
    for ask in (lambda: entity_profile(two_diallos, "Diallo"), lambda: quotes(two_diallos, speaker="Diallo")):
        with pytest.raises(QueryError, match=r"may mean 2 entities: Amina Diallo \(PERSON, 2 article\(s\)\); Mussa Diallo"):
            ask()
    assert len(quotes(two_diallos, speaker="Mussa Diallo")) == 1
    assert entity_profile(two_diallos, "amina diallo")["name"] == "Amina Diallo"


@pytest.mark.parametrize("query", ["U.S.", "al-Sharaa", "cease-fire", "port's", "Diallo:", "(dakar)"])
def test_search_takes_punctuated_words_as_terms(fresh_db, make_analysis, story_text, query):
    text = story_text + " U.S. envoys, al-Sharaa's aides and the cease-fire monitors at the port's gate watched."
    fresh_db.add_analysis(make_analysis(text, url="u1"), key="u1")
    assert len(search(fresh_db, query)) == 1


def test_search_keeps_the_full_text_syntax(base):
    assert len(search(base, '"port of Dakar" AND (Monday OR Thursday)')) == 2
    assert len(search(base, "Thursday NOT Monday")) == 1
    assert len(search(base, "dockwork*")) == 2
    assert len(search(base, "title:port")) == 2
    assert search(base, "title:Diallo") == []


def test_a_date_that_does_not_exist_is_named_as_such(base):
    with pytest.raises(QueryError, match="2025-02-30: that date does not exist"):
        events(base, since="2025-02-30")


@pytest.mark.parametrize("limit", [0, -5])
def test_a_limit_below_one_is_refused_and_a_huge_one_means_all(base, limit):
    with pytest.raises(QueryError, match="--limit"):
        search(base, "dockworkers", limit=limit)
    assert len(search(base, "dockworkers", limit=99999999999999999999)) == 2
    assert len(events(base, limit=10**30)) == 2


def test_an_overlong_speaker_is_refused_in_one_line(base):
    with pytest.raises(QueryError, match="at most 200"):
        quotes(base, speaker="x" * 50_000)


def test_export_tables_keep_to_the_selected_articles(base):
    assert len(list(table_rows(base, "events", since="2025-03-05"))) == 1
    assert len(list(table_rows(base, "quotes", until="2025-03-05"))) == 1
    assert [r["published"] for r in table_rows(base, "articles", query="Thursday")] == ["2025-03-10"]
    assert len(list(table_rows(base, "entities", query="Thursday"))) == 2
    assert list(table_rows(base, "entities", query="airport")) == []
