"""The store's web queries on small bases of their own."""

import pytest
from web_base import farm_story, port_story

from newsgraph import QueryError
from newsgraph.store import Store
from newsgraph.store import web_queries as wq


def base(tmp_path, *analyses):
    store = Store(tmp_path / "kb.db")
    with store.atomic():
        for i, analysis in enumerate(analyses):
            store.add_analysis(analysis, key=f"a{i}")
    return store


@pytest.mark.parametrize("dates, unit, buckets", [
    (["2025-01-01", "2025-01-03"], "day", 3),
    (["2025-01-01", "2025-07-01"], "week", 27),  # 2024-12-30 to 2025-06-30, Mondays
    (["2021-01-15", "2025-03-02"], "month", 51),
])
def test_timeline_unit_suits_the_span_and_fills_the_gaps(tmp_path, dates, unit, buckets):
    store = base(tmp_path, *(farm_story(day, f"https://farm.example.net/{i}") for i, day in enumerate(dates)))
    timeline = wq.event_timeline(store)
    assert timeline["unit"] == unit and len(timeline["buckets"]) == buckets
    assert sum(sum(b["counts"].values()) for b in timeline["buckets"]) == 2


def test_outlet_is_the_host_without_www_else_the_file_read():
    assert wq.outlet("https://www.wire.example.org/a/b", None) == "wire.example.org"
    assert wq.outlet(None, "/data/feeds/voa_stories.jsonl:12") == "voa_stories.jsonl"
    assert wq.outlet("sha1:abc", None) is None
    assert wq.outlet("http://[not-an-address/story", None) is None


def test_search_facets_count_over_a_bounded_window_of_best_matches(tmp_path, monkeypatch):
    store = base(tmp_path, *(port_story("2025-03-01", f"https://wire.example.org/{i}") for i in range(6)))
    monkeypatch.setattr(wq, "FACET_WINDOW", 4)
    page = wq.search_page(store, "dockworkers", limit=2, offset=4)
    assert page["total"] == 6 and len(page["results"]) == 2 and page["facet_window"] == 4
    assert page["facets"]["outlet"] == [{"value": "wire.example.org", "count": 4}]


@pytest.mark.parametrize("call, advice", [
    (lambda s: wq.search_page(s, "  "), "empty"),
    (lambda s: wq.search_page(s, "port", since="03/01/2025"), "YYYY-MM-DD"),
    (lambda s: wq.event_page(s, type="PICNIC"), "choose among"),
    (lambda s: wq.quote_page(s, about='"open'), "cannot be parsed"),
])
def test_bad_input_raises_query_errors_with_advice(tmp_path, call, advice):
    with pytest.raises(QueryError, match=advice):
        call(base(tmp_path, port_story("2025-03-01", "https://wire.example.org/0")))
