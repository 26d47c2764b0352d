"""When events happened: relative or partial dates ("Wednesday", "yesterday", "September 29")
resolved against the article's publication date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Doc, Token

__all__ = ["clause_year", "event_date", "iso_date", "latest_past_year", "resolve_date"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


def iso_date(text: str) -> date | None:
    """The date an ISO 8601 date or timestamp starts with, or None if it does not start with one."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def resolve_date(words: Sequence[str], published: date, *, future: bool = False) -> date | None:
    """A relative or partial date ("Wednesday", "yesterday", "September 29") against the article date;
    a weekday is the last on or before that date (the next on or after it when `future`), and a month
    and day after it is last year's unless `future`."""
    lowered = [w.lower() for w in words]
    for i, word in enumerate(lowered):
        if word in {"today", "tonight"}:
            return published
        if word == "yesterday" or (word == "night" and i > 0 and lowered[i - 1] == "last"):
            return published - timedelta(days=1)
        if word == "tomorrow":
            return published + timedelta(days=1)
        if word in _WEEKDAYS:
            delta = (published.weekday() - _WEEKDAYS.index(word)) % 7
            if future:
                return published + timedelta(days=(_WEEKDAYS.index(word) - published.weekday()) % 7)
            return published - timedelta(days=delta)
        if word in _MONTHS:
            day = next((int(w) for w in lowered[i + 1 : i + 2] if w.isdigit() and 1 <= int(w) <= 31), None)
            if day is None and i > 0 and lowered[i - 1].isdigit() and 1 <= int(lowered[i - 1]) <= 31:
                day = int(lowered[i - 1])
            if day is None:
                continue
            try:
                when = date(published.year, _MONTHS.index(word) + 1, day)
            except ValueError:
                continue
            if when > published and not future:
                when = when.replace(year=published.year - 1)
            return when
    return None


def _date_words(trigger: Token) -> list[Token]:
    """The words of the dates (and "last night") that the trigger's clause names."""
    clause = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "nsubj"} else trigger
    return [
        t
        for child in clause.children
        if child.dep_ in {"npadvmod", "prep", "tmod", "advmod", "nmod"}
        for t in child.subtree
        if t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"last", "night"}
    ]


_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def _year(token: Token) -> int | None:
    return int(token.text) if token.ent_type_ == "DATE" and _YEAR.fullmatch(token.text) else None


def _verb_of(token: Token) -> Token | None:
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def clause_year(trigger: Token) -> int | None:
    """The year a date of the trigger's clause names ("annexed in 1938"), if it names one; not the
    start of what still goes on ("has fought since 2001")."""
    return next(
        (
            year
            for t in _date_words(trigger)
            if (year := _year(t)) is not None and not any(a.lower_ == "since" for a in t.ancestors)
        ),
        None,
    )


def latest_past_year(doc: Doc) -> int | None:
    """The latest year a text dates a past deed to ("was shelved in 2017"): when no publication date is
    known, the story is told no earlier."""
    years = [
        year
        for t in doc
        if (year := _year(t)) is not None
        and (verb := _verb_of(t)) is not None
        and verb.tag_ in {"VBD", "VBN"}
    ]
    return max(years, default=None)


def event_date(trigger: Token, published: date | None, status: str) -> str | None:
    """The date the trigger's clause names, resolved against the article date; else the article date."""
    if published is None:
        return None
    words = [t.text for t in _date_words(trigger)]
    when = resolve_date(words, published, future=status == "planned") if words else None
    return (when or published).isoformat()
