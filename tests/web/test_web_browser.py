"""The UI in a real browser: Debian's Chromium driven by Playwright, against a live loopback server.

Skips (with the reason) where /usr/bin/chromium or Playwright is absent. Screenshots of each page go
to $NEWSGRAPH_SCREENSHOTS when it is set (docs/screenshots is committed from such a run), else to a
temporary folder.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium to run the browser tests", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is in the web extra: pip install 'newsgraph[web]'")
uvicorn = pytest.importorskip("uvicorn")

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def server(app):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    live = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=live.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not live.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert live.started, "the test server did not start"
    yield f"http://127.0.0.1:{port}"
    live.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("NEWSGRAPH_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser, server):
    """A fresh page that fails the test on any console error (CSP violations included) or dialog."""
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 860})
    tab = context.new_page()
    problems: list[str] = []

    def console(message) -> None:
        # An error page's own status is logged too; that is the answer under test, not a problem.
        if message.type == "error" and message.location.get("url") != tab.url:
            problems.append(f"{message.text} ({message.location.get('url')})")

    tab.on("console", console)
    tab.on("pageerror", lambda error: problems.append(str(error)))
    tab.on("dialog", lambda dialog: (problems.append(f"dialog opened: {dialog.message}"), dialog.dismiss()))
    yield tab
    context.close()
    assert not problems, problems


def test_reader_shows_marks_and_their_details_on_hover(page, ids, shots):
    page.goto(f"/articles/{ids['port']}")
    text = page.locator("#article-text")
    assert text.locator("mark[data-kind=entity]").count() >= 4
    assert text.locator("mark[data-kind=event]").count() == 2 and text.locator("mark.low-confidence").count() == 1
    assert '<script>alert("x")</script>' in text.inner_text()  # hostile text shown as text, nothing ran
    name = text.locator("mark[data-kind=entity]", has_text="Amina Diallo")
    name.hover()
    tooltip = page.locator("#tooltip")
    sync_api.expect(tooltip).to_be_visible()
    details = tooltip.inner_text()
    assert "Entity Amina Diallo" in details and "Quote (direct) by Ousmane Sarr" in details
    assert "REJECT" in details and "status: claimed by Ousmane Sarr" in details and "low confidence" in details
    page.screenshot(path=shots / "reader.png")


def test_reader_marks_work_by_keyboard(page, ids):
    page.goto(f"/articles/{ids['port']}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    for _ in range(30):  # tab until the first mark in the text has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "MARK":
            break
    assert page.evaluate("document.activeElement.dataset.kind") == "event"
    sync_api.expect(page.locator("#tooltip")).to_be_visible()
    assert "PROTEST" in page.locator("#tooltip").inner_text()
    page.keyboard.press("Tab")  # the next stop is the entity nested inside that sentence
    assert page.evaluate("document.activeElement.dataset.kind") == "entity"
    page.keyboard.press("Enter")  # jumps to the entity's entry in the side panel
    assert page.evaluate("document.activeElement.closest('li').id").startswith("d-E")


def test_facets_narrow_the_results(page, shots):
    page.goto("/search?q=on")
    assert "29 articles match" in page.locator("#results-h").inner_text()
    page.screenshot(path=shots / "search.png")
    page.locator("[data-facet=outlet] a", has_text="farm.example.net").click()
    sync_api.expect(page.locator("#results-h")).to_have_text("3 articles match")
    assert page.locator("ol.results li").count() == 3
    page.locator("a.chip").click()  # remove the filter again
    sync_api.expect(page.locator("#results-h")).to_have_text("29 articles match")


def test_search_box_and_explained_errors_by_keyboard(page):
    page.goto("/search")
    page.locator("#search-q").focus()
    page.keyboard.type('"unclosed phrase')
    page.keyboard.press("Enter")
    sync_api.expect(page.locator(".error")).to_contain_text("cannot be parsed")


def test_timeline_renders_stacked_bars(page, shots):
    page.goto("/events")
    timeline = page.locator("svg.timeline")
    box = timeline.bounding_box()
    assert box["width"] > 600 and box["height"] > 100
    assert timeline.locator("rect").count() >= 20
    colours = set(timeline.locator("rect").evaluate_all("rects => rects.map(r => getComputedStyle(r).fill)"))
    assert len(colours) >= 2  # stacked by type, one colour each
    assert page.locator("tr.low-confidence").count() > 0
    page.screenshot(path=shots / "events.png")


def test_map_renders_countries_and_clusters_and_zooms(page, shots):
    page.goto("/map")
    world = page.locator("#worldmap")
    assert world.bounding_box()["width"] > 1000
    basemap = world.locator("image.countries").bounding_box()
    assert basemap["width"] > 1000 and basemap["height"] > 350
    assert world.locator("a.cluster circle").count() == 2
    page.screenshot(path=shots / "map.png")
    before = world.get_attribute("viewBox")
    page.locator("[data-zoom=in]").focus()
    page.keyboard.press("Enter")
    assert world.get_attribute("viewBox") != before
    world.locator("a.cluster").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/events?place_id=*")
    assert "events at this place" in page.locator("main").inner_text()


@pytest.mark.parametrize("name, url", [("home", "/"), ("entity", "/entities/{diallo}"), ("quotes", "/quotes"),
                                       ("disambiguation", "/entities?name=Amina%20Diallo"), ("not-found", "/articles/999999")])
def test_every_page_works_by_keyboard(page, ids, shots, name, url):
    page.goto(url.format(**ids))
    page.screenshot(path=shots / f"{name}.png")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")  # from the main content, the next stop is a link or control inside it
    assert page.evaluate("document.activeElement.closest('main') !== null")
    focused = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focused != "none"  # the focus is visible
