"""Every HTML page over the hand-made base: content, links to evidence, errors, escaping, headers."""

import re

import pytest
from mark_coverage import coverage
from web_base import PORT_COPIES

RAW_HOSTILE = ("<script>alert", "<img src=x onerror")


def page(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def assert_hostile_shown_as_text(html: str) -> None:
    for raw in RAW_HOSTILE:
        assert raw not in html
    assert "&lt;script&gt;alert(" in html and "onerror=alert(1)&gt;" in html


@pytest.mark.parametrize("url", ["/", "/search?q=note", "/articles/{port}", "/entities/{hostile}", "/quotes",
                                 "/events", "/search?q=quay"])
def test_hostile_article_text_renders_as_text(client, ids, url):
    assert_hostile_shown_as_text(page(client, url.format(**ids)))


def test_map_page_shows_no_raw_markup(client):
    html = page(client, "/map")
    assert all(raw not in html for raw in RAW_HOSTILE)


@pytest.mark.parametrize("url", ["/", "/search?q=port", "/articles/1", "/entities/1", "/quotes", "/events", "/map",
                                 "/articles/999999", "/api/events", "/openapi.json", "/static/app.js"])
def test_every_response_carries_the_content_security_policy(client, url):
    policy = client.get(url).headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert "unsafe-inline" not in policy


def test_pages_hold_no_inline_script_or_style(client, ids):
    for url in ["/", "/search?q=port", f"/articles/{ids['port']}", f"/entities/{ids['diallo']}", "/events", "/map"]:
        html = page(client, url)
        assert not re.search(r"<script(?![^>]*\ssrc=)", html), url
        assert " style=" not in html and "<style" not in html, url
        assert not re.search(r"\son[a-z]+=", html.replace("onerror=alert(1)&gt;", "")), url


def test_overview_counts_entities_and_latest_events(client):
    html = page(client, "/")
    assert f"<strong>{PORT_COPIES + 4}</strong> articles" in html
    assert "Amina Diallo" in html and "Most-mentioned entities" in html
    assert 'href="/articles/' in html and "#m-V" in html
    assert 'name="q"' in html and "2025-01-10" in html and "2025-03-25" in html


def test_search_highlights_matches_and_links_to_the_reader(client):
    html = page(client, "/search?q=diesel")
    assert "3 articles match" in html
    assert '<mark class="hit">diesel</mark>' in html
    assert html.count('class="title" href="/articles/') == 3


def test_search_pages_through_results(client):
    first = page(client, "/search?q=dockworkers")
    assert f"{PORT_COPIES} articles match" in first
    assert first.count('class="title" href="/articles/') == 20 and 'rel="next"' in first
    second = page(client, "/search?q=dockworkers&page=2")
    assert second.count('class="title" href="/articles/') == PORT_COPIES - 20 and 'rel="prev"' in second


def test_facets_count_and_narrow_the_results(client, ids):
    html = page(client, "/search?q=on")
    outlets = re.findall(r'outlet=([a-z.]+)">[^<]+</a> <span class="count">(\d+)', html)
    assert ("wire.example.org", str(PORT_COPIES)) in outlets and ("farm.example.net", "3") in outlets
    assert page(client, "/search?q=on&outlet=farm.example.net").count('class="title"') == 3
    narrowed = page(client, f"/search?q=on&entity={ids['sarr']}")
    assert f"{PORT_COPIES} articles match" in narrowed and "entity: Ousmane Sarr" in narrowed
    assert "1 article match" in page(client, "/search?q=on&since=2025-02-01&until=2025-02-28")
    assert f"{PORT_COPIES} articles match" in page(client, "/search?q=on&type=REJECT")
    assert "3 articles match" in page(client, "/search?q=on&place=" + str(ids["dakar"] + 1))


@pytest.mark.parametrize("url, explanation", [
    ('/search?q="unbalanced', "cannot be parsed"),
    ("/search?q=port&since=2025-13-01", "YYYY-MM-DD"),
    ("/search?q=port&type=PICNIC", "unknown event type"),
    ("/search?q=port&page=zero", "whole number"),
    ("/events?status=maybe", "unknown status"),
    ("/quotes?about=AND", "cannot be parsed"),
])
def test_malformed_requests_get_an_explained_answer(client, url, explanation):
    html = page(client, url, status=400)
    assert explanation in html and "Traceback" not in html


@pytest.mark.parametrize("url", ["/articles/999999", "/entities/999999", "/articles/99999999999999999999", "/nowhere",
                                 "/entities?name=Nobody%20At%20All"])
def test_unknown_ids_get_a_404_page(client, url):
    html = page(client, url, status=404)
    assert "Not found" in html and "Traceback" not in html


def reader(client, ids):
    html = page(client, f"/articles/{ids['port']}")
    return html, html[html.index('id="article-text"') : html.index("</div>", html.index('id="article-text"'))]


def test_reader_nests_an_entity_inside_a_quote_inside_an_event_sentence(client, ids):
    _, text = reader(client, ids)
    body = text[text.index(">") + 1 :]
    cov = coverage(body)
    marked = "".join(c for c, _ in cov.chars)
    at = marked.index("Amina Diallo")
    kinds = {name.split(":")[0] for name in cov.chars[at][1]}
    assert kinds == {"event", "quote", "entity"}
    assert {name.split(":")[0] for name in cov.chars[marked.index("Dakar")][1]} == {"event", "entity", "place"}


def test_reader_marks_are_keyboard_stops_described_by_the_side_panel(client, ids):
    html, text = reader(client, ids)
    for mark in re.findall(r"<mark [^>]*>", text):
        described = re.search(r'aria-describedby="(d-[A-Z]\d+)"', mark).group(1)
        assert f'id="{described}"' in html
    assert all('tabindex="0"' in m for m in re.findall(r"<mark [^>]*>", text) if "data-continued" not in m)


def test_reader_side_panel_links_every_fact_to_its_span(client, ids):
    html, text = reader(client, ids)
    for anchor in re.findall(r'class="jump" href="#([^"]+)"', html):
        assert f'id="{anchor}"' in text
    panel = html[html.index('class="panel"') :]
    assert f'href="/entities/{ids["diallo"]}"' in panel
    assert f'status: claimed by <a href="/entities/{ids["sarr"]}">Ousmane Sarr</a>' in panel
    assert "confidence: 0.30" in panel and "low confidence" in panel
    assert "source: " in panel and "target: " in panel


def test_reader_greys_boilerplate_and_flags_low_confidence_events(client, ids):
    _, text = reader(client, ids)
    assert '<span class="boilerplate" title="boilerplate: not analysed">Subscribe to our newsletter</span>' in text
    low = re.findall(r'<mark data-kind="event" data-ref="(V\d+)"[^>]*class="low-confidence"', text)
    assert len(low) == 1


def test_entity_profile_shows_what_it_said_did_and_had_done_to_it(client, ids):
    sarr = page(client, f"/entities/{ids['sarr']}")
    assert "Ousmane Sarr" in sarr and "Minister Amina Diallo will not stop us" in sarr
    assert "REJECT" in sarr and "#m-Q" in sarr and "#m-V" in sarr
    assert f"Named in <strong>{PORT_COPIES}</strong> articles" in sarr
    assert "<svg class=\"chart\"" in sarr and "<svg class=\"minimap\"" in sarr and "Dakar" in sarr
    diallo = page(client, f"/entities/{ids['diallo']}")
    assert "What was done to it" in diallo and "will not stop" in diallo
    assert "Other entities share this name" in diallo and f'href="/entities/{ids["singer"]}"' in diallo


def test_ambiguous_names_get_a_disambiguation_page_and_unique_ones_redirect(client, ids):
    html = page(client, "/entities?name=Amina%20Diallo")
    assert "Several entities are called" in html
    assert f'href="/entities/{ids["diallo"]}"' in html and f'href="/entities/{ids["singer"]}"' in html
    response = client.get("/entities?name=Ousmane%20Sarr", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/entities/{ids['sarr']}"


def test_quotes_are_grouped_by_speaker_and_filtered(client):
    html = page(client, "/quotes?speaker=Bello%20Musa")
    assert "3 quotes" in html and html.count('<section class="speaker">') == 1
    assert "We cannot plant without diesel" in html and "#m-Q" in html
    about = page(client, "/quotes?about=stop")
    assert f"{PORT_COPIES} quotes" in about and "Ousmane Sarr" in about and "Bello Musa" not in about


def test_events_page_has_a_stacked_timeline_and_evidence_links(client, ids):
    html = page(client, "/events")
    assert '<svg class="timeline"' in html and html.count("<rect ") > 10
    assert re.search(r'href="/articles/\d+#m-V\d+"', html)
    assert 'class="low-confidence"' in html and "low confidence" in html
    narrowed = page(client, "/events?type=REJECT&actor=Diallo")
    assert f"{PORT_COPIES} events" in narrowed and "PROTEST</span>" not in narrowed
    assert "3 events" in page(client, "/events?since=2025-01-01&until=2025-01-31")
    assert "0 events" in page(client, "/events?actor=Nobody%20At%20All")
    assert f"{PORT_COPIES} events" in page(client, f"/events?place_id={ids['dakar']}")


def test_map_draws_countries_and_clustered_markers_linking_to_evidence(client, ids):
    html = page(client, "/map")
    assert '<image class="countries" href="/basemap.svg"' in html
    basemap = client.get("/basemap.svg")
    assert basemap.headers["content-type"] == "image/svg+xml" and basemap.text.count("<path d=") > 150
    clusters = re.findall(r'<a href="/events\?place_id=(\d+)" class="cluster"', html)
    assert sorted(map(int, clusters)) == sorted([ids["dakar"], ids["dakar"] + 1])
    only_reject = page(client, "/map?type=REJECT")
    assert 'class="cluster"' not in only_reject  # REJECT events have no place
    assert page(client, "/map?cell=1").count('class="cluster"') == 2
    assert "between 1 and 45" in page(client, "/map?cell=90", status=400)
