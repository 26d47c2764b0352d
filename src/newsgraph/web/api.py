"""The JSON API under /api: the same queries as the pages, paginated, with typed responses so
that /openapi.json documents (and the fuzz tests check) every field."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel, BeforeValidator

from ..clean import find_boilerplate
from ..store import Store
from ..store import web_queries as wq
from ..store.queries import PLOVER_TYPES

router = APIRouter(prefix="/api", tags=["knowledge base"])

MAX_ID = 2**63 - 1
Limit = Annotated[int, Query(ge=1, le=100, description="at most this many results")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="skip this many results")]
PathId = Annotated[int, Path(ge=1, le=MAX_ID)]


def _iso_date_only(value: object) -> object:
    """Dates as YYYY-MM-DD only: pydantic alone would also take a number as a Unix time."""
    if value is None or isinstance(value, dt.date) or (isinstance(value, str) and ISO_DATE.fullmatch(value)):
        return value
    raise ValueError("a date needs the form YYYY-MM-DD")


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
Date = Annotated[dt.date | None, BeforeValidator(_iso_date_only), Query(description="YYYY-MM-DD")]
Text = Annotated[str | None, Query(min_length=1, max_length=500)]
EventType = Annotated[Literal[PLOVER_TYPES] | None, Query(description="a PLOVER event type")]
Status = Annotated[Literal[wq.EVENT_STATUSES] | None, Query()]


class Problem(BaseModel):
    detail: str


ERRORS = {400: {"model": Problem, "description": "malformed query, with advice"}}
NOT_FOUND = {404: {"model": Problem, "description": "no such id"}}


class SpanOut(BaseModel):
    start: int
    end: int
    text: str


class Mention(SpanOut):
    id: int
    name: str
    type: str
    kind: str | None
    country: str | None


class PlaceMention(SpanOut):
    id: int
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    feature: str | None
    precision: str | None


class Quote(BaseModel):
    id: int
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_id: int | None
    confidence: float | None


class QuoteRow(Quote):
    article_id: int
    title: str | None
    published: str | None


class Event(BaseModel):
    id: int
    type: str
    mode: str | None
    cameo: str | None
    goldstein: float | None
    status: str
    confidence: float | None
    date: str | None
    source_id: int | None
    source: str | None
    target_id: int | None
    target: str | None
    action: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    place_id: int | None
    place: str | None
    lat: float | None
    lon: float | None
    article_id: int
    title: str | None
    published: str | None
    attributed_to_id: int | None  # the speaker whose claim the event is
    attributed_to: str | None


class Page(BaseModel):
    total: int
    offset: int
    limit: int


class EventPage(Page):
    results: list[Event]


class QuotePage(Page):
    results: list[QuoteRow]


class SearchHit(BaseModel):
    id: int
    title: str | None
    url: str | None
    published: str | None
    outlet: str | None
    snippet: str | None


class FacetValue(BaseModel):
    value: str | int | None
    label: str | None = None
    type: str | None = None
    count: int


class Facets(BaseModel):
    month: list[FacetValue]
    entity: list[FacetValue]
    event_type: list[FacetValue]
    place: list[FacetValue]
    outlet: list[FacetValue]


class SearchPage(Page):
    results: list[SearchHit]
    facets: Facets
    facet_window: int
    highlight: list[str]


class Article(BaseModel):
    id: int
    key: str
    url: str | None
    title: str | None
    author: str | None
    published: str | None
    source: str | None
    outlet: str | None
    ingested_at: str
    text: str
    entities: list[Mention]
    places: list[PlaceMention]
    quotes: list[Quote]
    events: list[Event]
    boilerplate: list[SpanOut]


class EntitySummary(BaseModel):
    id: int
    name: str
    type: str
    kind: str | None
    country: str | None
    articles: int


class EntityRef(BaseModel):
    id: int
    name: str
    type: str
    articles: int


class MonthCount(BaseModel):
    month: str | None
    articles: int


class ArticleRef(BaseModel):
    id: int
    title: str | None
    url: str | None
    published: str | None
    mentions: int


class PlaceCount(BaseModel):
    id: int
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    articles: int


class Entity(EntitySummary):
    key: str
    window: int
    aliases: list[str]
    namesakes: list[EntitySummary]
    mentions_by_month: list[MonthCount]
    recent_articles: list[ArticleRef]
    quotes: list[QuoteRow]
    events_as_source: list[Event]
    events_as_target: list[Event]
    co_occurring: list[EntityRef]
    places: list[PlaceCount]


class EventPlace(BaseModel):
    id: int
    name: str
    lat: float
    lon: float
    country: str | None
    events: int
    types: dict[str, int]


class TimelineBucket(BaseModel):
    start: str
    counts: dict[str, int]


class Timeline(BaseModel):
    unit: str
    buckets: list[TimelineBucket]


class Overview(BaseModel):
    counts: dict[str, int]
    first_published: str | None
    last_published: str | None
    top_entities: list[EntityRef]
    latest_events: list[Event]


def _store(request: Request) -> Store:
    return request.app.state.stores.get()


@router.get("/overview", response_model=Overview, summary="Counts, date range, top entities and latest events")
def overview(request: Request):
    return wq.overview(_store(request))


@router.get("/search", response_model=SearchPage, responses=ERRORS, summary="Full-text search with facets")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500, description='words, "a phrase", AND/OR/NOT, prefix*')],
    since: Date = None, until: Date = None, entity_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    event_type: EventType = None, place_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None, outlet: Text = None,
    limit: Limit = 20, offset: Offset = 0,
):
    page = wq.search_page(_store(request), q, since=_iso(since), until=_iso(until), entity_id=entity_id, event_type=event_type,
                          place_id=place_id, outlet_name=outlet, limit=limit, offset=offset)
    return page | {"highlight": list(wq.HIGHLIGHT)}


@router.get("/articles/{article_id}", response_model=Article, responses=NOT_FOUND,
            summary="One article with every span of evidence")
def article(request: Request, article_id: PathId):
    found = wq.article_evidence(_store(request), article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    return found | {"boilerplate": [b.as_dict() for b in find_boilerplate(found["text"])]}


@router.get("/entities", response_model=list[EntitySummary], summary="Entities by name or alias (for disambiguation)")
def entities(request: Request, name: Annotated[str, Query(min_length=1, max_length=200)],
             limit: Annotated[int, Query(ge=1, le=50)] = 50):
    return wq.entities_named(_store(request), name, limit=limit)


@router.get("/entities/{entity_id}", response_model=Entity, responses=NOT_FOUND, summary="An entity's profile")
def entity(request: Request, entity_id: PathId, limit: Limit = 20, offset: Offset = 0):
    found = wq.entity_page(_store(request), entity_id, limit=limit, offset=offset)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return found


@router.get("/quotes", response_model=QuotePage, responses=ERRORS, summary="Quotes by speaker and topic")
def quotes(request: Request, speaker: Text = None, about: Text = None, limit: Limit = 50, offset: Offset = 0):
    return wq.quote_page(_store(request), speaker=speaker, about=about, limit=limit, offset=offset)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _event_filters(actor: Text = None, type: EventType = None, place: Text = None,
                   place_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
                   status: Status = None, since: Date = None, until: Date = None) -> dict[str, Any]:
    return {"actor": actor, "type": type, "place": place, "place_id": place_id, "status": status,
            "since": _iso(since), "until": _iso(until)}


EventFilters = Annotated[dict[str, Any], Depends(_event_filters)]


@router.get("/events", response_model=EventPage, responses=ERRORS, summary="Events, newest first")
def events(request: Request, filters: EventFilters, limit: Limit = 50, offset: Offset = 0):
    return wq.event_page(_store(request), limit=limit, offset=offset, **filters)


@router.get("/events/timeline", response_model=Timeline, responses=ERRORS,
            summary="Matching events counted by day (or week) and type")
def timeline(request: Request, filters: EventFilters):
    return wq.event_timeline(_store(request), **filters)


@router.get("/places", response_model=list[EventPlace], responses=ERRORS,
            summary="Located places of matching events, with counts by type")
def places(request: Request, filters: EventFilters, limit: Annotated[int, Query(ge=1, le=500)] = 500):
    return wq.event_places(_store(request), limit=limit, **filters)
