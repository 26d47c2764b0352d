"""The JSON API: shapes, pagination, errors, and the OpenAPI document that describes it."""

import pytest
from web_base import PORT_COPIES


def get(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"] == "application/json"
    return response.json()


def test_openapi_document_lists_the_api_and_only_the_api(client):
    document = get(client, "/openapi.json")
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) == {
        "/api/overview", "/api/search", "/api/articles/{article_id}", "/api/entities", "/api/entities/{entity_id}",
        "/api/quotes", "/api/events", "/api/events/timeline", "/api/places",
    }
    search = document["paths"]["/api/search"]["get"]
    assert {"200", "400", "422"} <= set(search["responses"])
    assert {p["name"] for p in search["parameters"]} >= {"q", "since", "until", "entity_id", "event_type",
                                                          "place_id", "outlet", "limit", "offset"}
    assert "404" in document["paths"]["/api/articles/{article_id}"]["get"]["responses"]


def test_search_pages_carry_totals_facets_and_marked_snippets(client):
    first = get(client, "/api/search?q=dockworkers&limit=10")
    assert first["total"] == PORT_COPIES and len(first["results"]) == 10
    rest = get(client, "/api/search?q=dockworkers&limit=10&offset=20")
    assert len(rest["results"]) == PORT_COPIES - 20
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in rest["results"]}
    start, end = first["highlight"]
    assert f"{start}dockworkers{end}" in first["results"][0]["snippet"]
    assert first["facets"]["outlet"] == [{"value": "wire.example.org", "label": None, "type": None, "count": PORT_COPIES}]


def test_article_holds_text_and_every_span(client, ids):
    article = get(client, f"/api/articles/{ids['port']}")
    text = article["text"]
    for group in ("entities", "places", "quotes"):
        for item in article[group]:
            assert text[item["start"] : item["end"]] == item["text"]
    for event in article["events"]:
        assert text[event["trigger_start"] : event["trigger_end"]] == event["action"]
    assert [b["text"] for b in article["boilerplate"]] == ["Subscribe to our newsletter"]
    assert {e["type"]: e["confidence"] for e in article["events"]} == {"PROTEST": 0.95, "REJECT": 0.3}


def test_entities_by_name_list_namesakes_and_profiles_by_id(client, ids):
    named = get(client, "/api/entities?name=amina%20diallo")
    assert {e["id"] for e in named} == {ids["diallo"], ids["singer"]}
    profile = get(client, f"/api/entities/{ids['diallo']}?limit=5")
    assert profile["articles"] == PORT_COPIES and len(profile["recent_articles"]) == 5
    assert [e["id"] for e in profile["namesakes"]] == [ids["singer"]]
    assert profile["events_as_target"] and not profile["events_as_source"]
    assert "Diallo" in profile["aliases"]


def test_quotes_events_timeline_and_places(client, ids):
    quotes = get(client, "/api/quotes?speaker=Ousmane%20Sarr&limit=3")
    assert quotes["total"] == PORT_COPIES and len(quotes["results"]) == 3
    events = get(client, "/api/events?type=PROTEST&limit=100")
    assert events["total"] == PORT_COPIES + 3 and {e["type"] for e in events["results"]} == {"PROTEST"}
    timeline = get(client, "/api/events/timeline?type=PROTEST")
    assert timeline["unit"] == "day" and sum(sum(b["counts"].values()) for b in timeline["buckets"]) == PORT_COPIES + 3
    places = get(client, "/api/places")
    assert {p["name"]: p["events"] for p in places} == {"Dakar": PORT_COPIES, "Kano": 3}
    overview = get(client, "/api/overview")
    assert overview["counts"]["articles"] == PORT_COPIES + 4


@pytest.mark.parametrize("url, status", [
    ("/api/articles/999999", 404), ("/api/entities/999999", 404), ("/api/articles/0", 422),
    ('/api/search?q="open', 400), ("/api/search?q=port&since=yesterday", 422), ("/api/events?type=PICNIC", 422),
    ("/api/search", 422), ("/api/events?limit=1000", 422), ("/api/nothing", 404),
])
def test_errors_are_json_with_a_reason(client, url, status):
    body = get(client, url, status=status)
    assert body["detail"]


def test_timeline_fills_empty_days_and_switches_to_weeks_over_long_spans(client):
    daily = get(client, "/api/events/timeline?since=2025-03-01")
    assert daily["unit"] == "day" and len(daily["buckets"]) == 25
    whole = get(client, "/api/events/timeline")  # 2025-01-10 to 2025-03-25: 75 days, every one a bucket
    assert whole["unit"] == "day" and len(whole["buckets"]) == 75
    assert whole["buckets"][3] == {"start": "2025-01-13", "counts": {}}


@pytest.mark.parametrize("url", ["/api/events?since=0.0", "/api/events/timeline?until=%2B1", "/api/search?q=port&outlet=",
                                 "/api/events?since=2025-02-31", "/api/quotes?speaker="])
def test_parameters_outside_the_schema_are_refused(client, url):
    # Found by the fuzzer: pydantic alone takes a number as a Unix time, and "" as a string.
    assert get(client, url, status=422)["detail"]
