"""Publication dates as written by feeds, pages and JSON records, normalised to ISO 8601.

ISO dates and RFC 2822 dates (feeds, e-mail style) are read directly; anything else goes to
dateparser (installed with trafilatura), in English, and must name a day, a month and a year.
A date that cannot be read is None, never kept as written: stored dates compare as ISO strings.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

__all__ = ["iso_published"]

_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?", re.I
)
_YEARS = range(1800, 2200)  # outside this, a "date" is a number that happens to parse
_MAX_CHARS = 100  # a date line, not a paragraph


def iso_published(value: str | int | float | None) -> str | None:
    """'March 14, 2025' -> '2025-03-14'; a time, where given, keeps its offset ('2025-03-14T20:30:26Z').
    Numbers are Unix timestamps. None when the value names no date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return _iso(datetime.fromtimestamp(value, tz=timezone.utc), has_time=True)
        except (OverflowError, OSError, ValueError):
            return None
    text = " ".join(str(value).split())
    if not text or len(text) > _MAX_CHARS:
        return None
    parsed = _parse_iso(text) or _parse_rfc2822(text) or _parse_words(text)
    if parsed is None or parsed[0].year not in _YEARS:
        return None
    return _iso(*parsed)


def _iso(moment: datetime, has_time: bool) -> str:
    if not has_time:
        return moment.date().isoformat()
    # The writer's own offset is kept: the local date is the one the article means by "Monday".
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _parse_iso(text: str) -> tuple[datetime, bool] | None:
    match = _ISO.fullmatch(text)
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    if zone:
        moment = moment.replace(tzinfo=_zone(zone))
    return moment, hour is not None


def _zone(zone: str) -> timezone:
    if zone.upper() == "Z":
        return timezone.utc
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:])
    return timezone(sign * timedelta(minutes=minutes))


def _parse_rfc2822(text: str) -> tuple[datetime, bool] | None:
    if not re.search(r"\d{1,2} [A-Za-z]{3} \d{4}", text):
        return None
    try:
        return parsedate_to_datetime(text), True
    except (TypeError, ValueError, IndexError):
        return None


def _parse_words(text: str) -> tuple[datetime, bool] | None:
    if not re.search(r"\d", text):  # dateparser reads "yesterday" and "now": those date nothing here
        return None
    import dateparser  # slow to import; most dates are ISO or RFC 2822

    try:
        moment = dateparser.parse(
            text,
            languages=["en"],
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True},
        )
    except (ValueError, OverflowError, TypeError, AttributeError, RecursionError):
        return None
    if moment is None:
        return None
    has_time = bool(re.search(r"\d:\d{2}", text))
    return moment, has_time
