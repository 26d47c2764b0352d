"""Jinja2 templates with autoescaping everywhere, and the few filters the pages share."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from ..store.web_queries import HIGHLIGHT
from .geometry import TYPE_COLOURS

__all__ = ["templates", "LOW_CONFIDENCE"]

LOW_CONFIDENCE = 0.5  # events below this are shown as low-confidence


def snippet(value: str | None) -> Markup:
    """A search snippet, escaped, with the matched words in <mark class="hit">."""
    escaped = str(escape(value or ""))
    return Markup(escaped.replace(HIGHLIGHT[0], '<mark class="hit">').replace(HIGHLIGHT[1], "</mark>"))


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """`?a=1&b=2` from the current parameters with some changed (None removes one)."""
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "")}
    return "?" + urlencode(merged) if merged else "?"


def confidence(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def is_low(value: float | None) -> bool:
    return value is not None and value < LOW_CONFIDENCE


environment = Environment(
    loader=FileSystemLoader(Path(__file__).with_name("templates")), autoescape=True,
    trim_blocks=True, lstrip_blocks=True,
)
environment.filters.update(snippet=snippet, confidence=confidence)
environment.globals.update(query_string=query_string, is_low=is_low, TYPE_COLOURS=TYPE_COLOURS,
                           LOW_CONFIDENCE=LOW_CONFIDENCE)
templates = Jinja2Templates(env=environment)
