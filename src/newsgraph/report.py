"""A readable terminal report of one `Analysis` (rich renderables; no printing here)."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .records import Analysis

__all__ = ["render_analysis", "render_profile", "render_rows"]

_PEOPLE_AND_GROUPS = ("PERSON", "ORG", "NORP")
_NAME_WIDTH = 22  # a name column is at most this wide; longer names wrap


def render_analysis(analysis: Analysis, *, source: str | None = None) -> RenderableType:
    """Summary, people and organisations, quotes by speaker, events and places."""
    parts: list[RenderableType] = []
    title = analysis.title or source or "Article"
    summary = " ".join(s.text for s in analysis.summary) or "(no summary)"
    parts.append(Panel(Text(summary), title=Text(title, style="bold"), title_align="left"))
    parts.append(_entities(analysis))
    parts.append(_quotes(analysis))
    parts.append(_events(analysis))
    parts.append(_places(analysis))
    if analysis.boilerplate:
        skipped = Text("Left out as boilerplate: ", style="dim")
        skipped.append(" | ".join(b.text[:60] for b in analysis.boilerplate), style="dim italic")
        parts.append(skipped)
    return Group(*parts)


def _entities(analysis: Analysis) -> RenderableType:
    table = Table(title="People and organisations", title_justify="left", expand=True)
    for column in ("name", "type", "mentions", "also called"):
        table.add_column(column)
    shown = [e for e in analysis.entities if e.type in _PEOPLE_AND_GROUPS]
    for entity in sorted(shown, key=lambda e: -len(e.mentions)):
        table.add_row(entity.name, entity.type, str(len(entity.mentions)), ", ".join(entity.aliases))
    return table if shown else Text("No people or organisations found.", style="dim")


def _quotes(analysis: Analysis) -> RenderableType:
    if not analysis.quotes:
        return Text("No quotes found.", style="dim")
    by_speaker: dict[str, list] = defaultdict(list)
    for quote in analysis.quotes:
        entity = analysis.entity(quote.speaker.entity) if quote.speaker else None
        name = entity.name if entity else (quote.speaker.text if quote.speaker else "(unattributed)")
        by_speaker[name].append(quote)
    table = Table(title="Quotes by speaker", title_justify="left", expand=True, show_lines=True)
    # Names and kinds keep their width (up to a point); the statement takes what is left.
    table.add_column("speaker", min_width=min(max(map(len, by_speaker)), _NAME_WIDTH), max_width=_NAME_WIDTH)
    table.add_column("kind", no_wrap=True)
    table.add_column("statement", ratio=1)
    for name, quotes in by_speaker.items():
        for n, quote in enumerate(quotes):
            text = f"“{quote.text}”" if quote.kind == "direct" else quote.text
            table.add_row(name if n == 0 else "", quote.kind, text)
    return table


def _events(analysis: Analysis) -> RenderableType:
    if not analysis.events:
        return Text("No events found.", style="dim")
    places = {p.id: p for p in analysis.places}
    names = {e.id: e.name for e in analysis.entities}
    table = Table(title="Events", title_justify="left", expand=True)
    for column in ("type", "source", "action", "target", "where", "status", "attributed to", "conf"):
        table.add_column(column)
    for event in analysis.events:
        place = places.get(event.place or "")
        table.add_row(
            event.type + (f"/{event.mode}" if event.mode else ""),
            event.source.text if event.source else "",
            event.trigger.text,
            event.target.text if event.target else "",
            place.name if place else "",
            event.status,
            names.get(event.attributed_to or "", ""),
            f"{event.confidence:.2f}",
        )
    return table


def _places(analysis: Analysis) -> RenderableType:
    if not analysis.places:
        return Text("No places found.", style="dim")
    table = Table(title="Places", title_justify="left", expand=True)
    for column in ("name", "country", "kind", "lat, lon", "as written"):
        table.add_column(column)
    for place in analysis.places:
        qualifier = f" ({place.qualifier})" if place.qualifier else ""
        where = f"{place.lat:.2f}, {place.lon:.2f}" if place.lat is not None else ""
        written = ", ".join(dict.fromkeys(m.text for m in place.mentions))
        table.add_row(place.name + qualifier, place.country or "", place.feature or "", where, written)
    return table


_PROSE_COLUMNS = {"text": 4, "snippet": 4, "quote": 4, "title": 2, "article": 2, "url": 2}


def render_rows(rows: list[dict], *, title: str, columns: list[str] | tuple[str, ...]) -> RenderableType:
    """A table of query results; «highlighted» search terms are shown in bold."""
    if not rows:
        return Text(f"{title}: nothing found.", style="dim")
    table = Table(title=title, title_justify="left", expand=True, show_lines=True)
    for column in columns:
        if column in _PROSE_COLUMNS:
            table.add_column(column, ratio=_PROSE_COLUMNS[column])
        else:  # names, types and dates stay on one line where they can
            widest = max(len(str(row.get(column) or "")) for row in rows)
            table.add_column(column, min_width=min(max(widest, len(column)), _NAME_WIDTH))
    for row in rows:
        table.add_row(*(_cell(row.get(column)) for column in columns))
    return table


def _cell(value: object) -> Text:
    if value is None:
        return Text("")
    text = Text()
    for n, part in enumerate(str(value).replace("»", "«").split("«")):
        text.append(part, style="bold yellow" if n % 2 else "")
    return text


def render_profile(profile: dict) -> RenderableType:
    """An entity profile: identity, then its articles, company, quotes and events."""
    head = Text(f"{profile['name']}", style="bold")
    head.append(f"  {profile['type']}" + (f" · {profile['kind']}" if profile.get("kind") else ""))
    head.append(f" · in {profile['articles']} article(s)")
    if profile.get("aliases"):
        head.append("\nalso: " + ", ".join(a for a in profile["aliases"] if a != profile["name"]), style="dim")
    return Group(
        Panel(head),
        render_rows(profile["co_occurring"], title="Often mentioned with", columns=["name", "type", "articles"]),
        render_rows(profile["quotes"], title="Quotes", columns=["kind", "text", "title", "published"]),
        render_rows(profile["events_as_source"], title="Events as source", columns=["date", "type", "action", "target", "status"]),
        render_rows(profile["events_as_target"], title="Events as target", columns=["date", "type", "source", "action", "status"]),
        render_rows(profile["recent_articles"], title="Recent articles", columns=["published", "title", "url"]),
    )
