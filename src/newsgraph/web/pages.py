"""The HTML pages: thin handlers that read parameters, call the store's queries and render a template."""

from __future__ import annotations

import calendar
import math
import time
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..clean import find_boilerplate
from ..errors import QueryError
from ..store import Store
from ..store import web_queries as wq
from ..store.queries import PLOVER_TYPES
from .geometry import MAP_HEIGHT, MAP_WIDTH, bars, basemap_svg, clusters, project, stacked_bars
from .marks import Mark, render_marked
from .render import is_low, templates

router = APIRouter(include_in_schema=False)

SEARCH_PAGE, LIST_PAGE = 20, 50
MAX_ID = 2**63 - 1
OVERVIEW_SECONDS = 30.0  # the front page's counts are cached this long
_overview_cache: dict[str, tuple[float, dict[str, Any]]] = {}


def _store(request: Request) -> Store:
    return request.app.state.stores.get()


def _params(request: Request, *names: str) -> dict[str, str]:
    """The named query parameters that are present and not blank, stripped."""
    return {n: v.strip() for n in names if (v := request.query_params.get(n)) is not None and v.strip()}


def _int(value: str | None, name: str, *, default: int | None = None, low: int = 0, high: int = MAX_ID) -> int | None:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise QueryError(f"{name} needs a whole number, got {value!r}") from None
    if not low <= number <= high:
        raise QueryError(f"{name} must be between {low} and {high}, got {number}")
    return number


def _page(request: Request) -> int:
    return _int(request.query_params.get("page"), "page", default=1, low=1, high=10_000)


def _pages(total: int, size: int) -> int:
    return max(1, math.ceil(total / size))


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, {"db_name": request.app.state.db_name, **context})


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    key = str(request.app.state.stores.path)
    cached = _overview_cache.get(key)
    if cached is None or time.monotonic() - cached[0] > OVERVIEW_SECONDS:
        cached = _overview_cache[key] = (time.monotonic(), wq.overview(_store(request)))
    return _render(request, "home.html", overview=cached[1])


@router.get("/search", response_class=HTMLResponse)
def search(request: Request):
    params = _params(request, "q", "since", "until", "entity", "type", "place", "outlet")
    page = _page(request)
    if "q" not in params:
        return _render(request, "search.html", params=params, result=None, page=1, pages=1, error=None, labels={})
    try:
        result = wq.search_page(
            _store(request), params["q"], since=params.get("since"), until=params.get("until"),
            entity_id=_int(params.get("entity"), "entity"), event_type=params.get("type"),
            place_id=_int(params.get("place"), "place"), outlet_name=params.get("outlet"),
            limit=SEARCH_PAGE, offset=(page - 1) * SEARCH_PAGE,
        )
    except QueryError as exc:  # an explained answer, with the form kept for a second try
        response = _render(request, "search.html", params=params, result=None, page=1, pages=1, error=str(exc), labels={})
        response.status_code = 400
        return response
    result["facets"]["month"] = [f | _month_range(f["value"]) for f in result["facets"]["month"]]
    labels = wq.names(_store(request), entity_id=_int(params.get("entity"), "entity"),
                      place_id=_int(params.get("place"), "place"))
    return _render(request, "search.html", params=params, result=result, page=page,
                   pages=_pages(result["total"], SEARCH_PAGE), error=None, labels=labels)


def _month_range(month: str) -> dict[str, str | None]:
    """The first and last day of a YYYY-MM month, for a facet link (None where it is not a month)."""
    try:
        year, number = (int(part) for part in month.split("-"))
        last = calendar.monthrange(year, number)[1]
    except (ValueError, calendar.IllegalMonthError):
        return {"since": None, "until": None}
    return {"since": f"{year:04d}-{number:02d}-01", "until": f"{year:04d}-{number:02d}-{last:02d}"}


@router.get("/articles/{article_id:int}", response_class=HTMLResponse)
def article(request: Request, article_id: int):
    found = wq.article_evidence(_store(request), article_id) if article_id <= MAX_ID else None
    if found is None:
        raise HTTPException(404, f"There is no article {article_id} in this knowledge base.")
    marks = []
    first_mention: dict[str, str] = {}
    for i, m in enumerate(found["entities"]):
        ref = f"E{m['id']}"
        first_mention.setdefault(ref, f"m-{ref}-{i}")
        marks.append(Mark(m["start"], m["end"], "entity", ref, f"m-{ref}-{i}"))
    for i, p in enumerate(found["places"]):
        ref = f"P{p['id']}"
        first_mention.setdefault(ref, f"m-{ref}-{i}")
        marks.append(Mark(p["start"], p["end"], "place", ref, f"m-{ref}-{i}"))
    for q in found["quotes"]:
        marks.append(Mark(q["start"], q["end"], "quote", f"Q{q['id']}", f"m-Q{q['id']}"))
    for v in found["events"]:
        marks.append(Mark(v["sentence_start"], v["sentence_end"], "event", f"V{v['id']}", f"m-V{v['id']}",
                          "low-confidence" if is_low(v["confidence"]) else ""))
    boilerplate = [(b.start, b.end) for b in find_boilerplate(found["text"])]
    entities: dict[int, dict[str, Any]] = {}
    for m in found["entities"]:
        entities.setdefault(m["id"], {**m, "mentions": 0})["mentions"] += 1
    places: dict[int, dict[str, Any]] = {}
    for p in found["places"]:
        places.setdefault(p["id"], {**p, "mentions": 0})["mentions"] += 1
    return _render(request, "article.html", article=found, body=render_marked(found["text"], marks, boilerplate),
                   entities=list(entities.values()), places=list(places.values()), anchors=first_mention,
                   boilerplate_count=len(boilerplate))


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request):
    name = _params(request, "name").get("name")
    if not name:
        raise QueryError("give a name to look up, e.g. /entities?name=Diallo")
    found = wq.entities_named(_store(request), name)
    if not found:
        raise HTTPException(404, f"No entity is called {name!r}; try a full-text search for it.")
    if len(found) == 1:
        return RedirectResponse(f"/entities/{found[0]['id']}", status_code=303)
    return _render(request, "disambiguation.html", name=name, entities=found)


@router.get("/entities/{entity_id:int}", response_class=HTMLResponse)
def entity(request: Request, entity_id: int):
    page = _page(request)
    found = wq.entity_page(_store(request), entity_id, limit=SEARCH_PAGE, offset=(page - 1) * SEARCH_PAGE) \
        if entity_id <= MAX_ID else None
    if found is None:
        raise HTTPException(404, f"There is no entity {entity_id} in this knowledge base.")
    chart = bars([(m["month"], m["articles"]) for m in found["mentions_by_month"]])
    markers = [{**p, "xy": project(p["lat"], p["lon"])} for p in found["places"] if p["lat"] is not None and p["lon"] is not None]
    return _render(request, "entity.html", entity=found, chart=chart, markers=markers,
                   map_size=(MAP_WIDTH, MAP_HEIGHT), page=page, pages=_pages(found["articles"], SEARCH_PAGE))


@router.get("/quotes", response_class=HTMLResponse)
def quote_list(request: Request):
    params = _params(request, "speaker", "about")
    page = _page(request)
    result = wq.quote_page(_store(request), speaker=params.get("speaker"), about=params.get("about"),
                           limit=LIST_PAGE, offset=(page - 1) * LIST_PAGE)
    groups: dict[str, list[dict[str, Any]]] = {}
    for q in result["results"]:
        groups.setdefault(q["speaker"] or "unattributed", []).append(q)
    return _render(request, "quotes.html", params=params, result=result, groups=groups, page=page,
                   pages=_pages(result["total"], LIST_PAGE))


EVENT_FILTERS = ("actor", "type", "place", "place_id", "status", "since", "until")


def _event_filters(request: Request) -> tuple[dict[str, str], dict[str, Any]]:
    params = _params(request, *EVENT_FILTERS)
    filters: dict[str, Any] = {k: v for k, v in params.items() if k != "place_id"}
    if "place_id" in params:
        filters["place_id"] = _int(params["place_id"], "place_id")
    return params, filters


@router.get("/events", response_class=HTMLResponse)
def event_list(request: Request):
    params, filters = _event_filters(request)
    page = _page(request)
    store = _store(request)
    result = wq.event_page(store, limit=LIST_PAGE, offset=(page - 1) * LIST_PAGE, **filters)
    timeline = wq.event_timeline(store, **filters)
    return _render(request, "events.html", params=params, result=result, timeline=timeline,
                   chart=stacked_bars(timeline["buckets"]), types=PLOVER_TYPES,
                   present_types=sorted({t for b in timeline["buckets"] for t in b["counts"]}), statuses=wq.EVENT_STATUSES,
                   page=page, pages=_pages(result["total"], LIST_PAGE))


@router.get("/map", response_class=HTMLResponse)
def world_map(request: Request):
    params, filters = _event_filters(request)
    cell = _int(request.query_params.get("cell"), "cell", default=6, low=1, high=45)
    places = wq.event_places(_store(request), **filters)
    return _render(request, "map.html", params=params, places=places, clusters=clusters(places, cell_degrees=cell),
                   map_size=(MAP_WIDTH, MAP_HEIGHT), types=PLOVER_TYPES,
                   statuses=wq.EVENT_STATUSES, cell=cell)


@router.get("/basemap.svg")
def basemap():
    """The offline basemap: country outlines from the `countryinfo` package, drawn once per process."""
    return Response(basemap_svg(), media_type="image/svg+xml", headers={"cache-control": "public, max-age=86400"})
