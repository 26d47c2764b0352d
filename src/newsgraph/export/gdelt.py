"""Events as rows of the GDELT 2.0 event table: 61 tab-separated columns in GDELT's documented order.

Asserted, planned and claimed events that have a CAMEO code are exported (negated and hypothetical
ones did not happen); a planned event is already typed as PLOVER codes intentions (AGREE, THREATEN),
and a claimed one is what a party says it did, which GDELT codes from the press as well. GDELT has
no column for the status, so a reader who wants facts only filters the knowledge base instead. What
newsgraph does not know (religion and ethnic codes, tone, counts across sources) is left empty or
set to one article. As in GDELT, Geo_CountryCode holds FIPS 10-4 codes (data/fips_countries.tsv)
and ADM1Code the FIPS country code followed by the GeoNames first-level code. Deviations from
GDELT: Geo_FeatureID is the GeoNames id, and GLOBALEVENTID is a stable hash of the event's article
(its URL, else its text) and its trigger, so an event has the same id in every export.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TextIO

from ..records import Actor, Analysis, Event, Place
from ..store import article_key
from ..tables import data_rows

__all__ = ["COLUMNS", "EXPORTED_STATUSES", "event_id", "fips_country", "gdelt_rows", "write_gdelt"]

_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)

EXPORTED_STATUSES = frozenset({"asserted", "planned", "claimed"})
# Codes in the country slot that name no country (international and militarized groups).
_GROUP_PREFIXES = {"IGO", "NGO", "IMG", "MNC"}
# GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
_ADMIN_FEATURES = {"admin1", "admin2", "region"}


def gdelt_rows(analysis: Analysis, *, added: datetime | None = None) -> Iterator[list[str]]:
    """One 61-field row per exported event of the analysis, in event order."""
    places = {p.id: p for p in analysis.places}
    stamp = (added or datetime.now(UTC)).strftime("%Y%m%d%H%M%S")
    lead_end = _first_paragraph_end(analysis.text)
    article = article_key(analysis)
    for event in analysis.events:
        if event.status not in EXPORTED_STATUSES or not event.cameo:
            continue
        when = _event_date(event, analysis)
        row = [
            event_id(article, event),
            when.strftime("%Y%m%d") if when else "",
            when.strftime("%Y%m") if when else "",
            str(when.year) if when else "",
            f"{when.year + (when.timetuple().tm_yday - 1) / 365:.4f}" if when else "",
            *_actor_columns(event.source, analysis),
            *_actor_columns(event.target, analysis),
            "1" if event.sentence.start < lead_end else "0",
            event.cameo,
            event.cameo[:3],
            event.cameo[:2],
            str(event.quad_class or ""),
            _number(event.goldstein),
            "1",
            "1",
            "1",
            "",
            *_geo_columns(_actor_place(event.source, analysis)),
            *_geo_columns(_actor_place(event.target, analysis)),
            *_geo_columns(places.get(event.place or "")),
            stamp,
            analysis.url or "",
        ]
        yield [_clean(value) for value in row]


def write_gdelt(analyses: Iterable[Analysis], stream: TextIO, *, header: bool = False) -> int:
    """Write the rows of many analyses as TSV; returns the number of rows."""
    added = datetime.now(UTC)
    written = 0
    if header:
        stream.write("\t".join(COLUMNS) + "\n")
    for analysis in analyses:
        for row in gdelt_rows(analysis, added=added):
            stream.write("\t".join(row) + "\n")
            written += 1
    return written


def event_id(article: str, event: Event) -> str:
    """GLOBALEVENTID: a positive 60-bit integer from the article's key and the event's trigger and type.

    It depends on nothing else in the export, so a full and a filtered export agree, and an event
    analysed now has the id it will have once stored.
    """
    identity = f"{article}\x00{event.trigger.start}\x00{event.trigger.end}\x00{event.type}"
    return str(int(hashlib.sha1(identity.encode("utf-8")).hexdigest()[:15], 16))


@lru_cache(maxsize=1)
def _fips_codes() -> dict[str, str]:
    """ISO 3166 alpha-2 -> FIPS 10-4 (empty where FIPS has no code)."""
    return {row[0]: (row[1] if len(row) > 1 else "") for row in data_rows("fips_countries.tsv")}


def fips_country(iso: str | None) -> str:
    """The FIPS 10-4 code GDELT uses for a country given by its ISO code; empty if none is known."""
    return _fips_codes().get(iso, "") if iso else ""


def _event_date(event: Event, analysis: Analysis) -> date | None:
    for text in (event.date, analysis.published):
        if text:
            try:
                return date.fromisoformat(text[:10])
            except ValueError:
                continue
    return None


def _actor_columns(actor: Actor | None, analysis: Analysis) -> list[str]:
    if actor is None or not (actor.code or actor.entity):
        return [""] * len(_ACTOR_FIELDS)
    code = actor.code or ""
    prefix, rest = code[:3], code[3:]
    is_group = prefix in _GROUP_PREFIXES
    entity = analysis.entity(actor.entity)
    name = (entity.name if entity is not None else actor.text).upper()
    sectors = [rest[i : i + 3] for i in range(0, len(rest), 3)][:3]
    sectors += [""] * (3 - len(sectors))
    return [
        code,
        name,
        "" if is_group else prefix,
        prefix if is_group else "",
        "",
        "",
        "",
        *sectors,
    ]


def _actor_place(actor: Actor | None, analysis: Analysis) -> Place | None:
    """The place an actor is, when the actor is itself a place ("Syria", "Damascus")."""
    if actor is None:
        return None
    for place in analysis.places:
        if any(m.start < actor.end and m.end > actor.start for m in place.mentions):
            return place
    return None


def _geo_columns(place: Place | None) -> list[str]:
    if place is None:
        return [""] * len(_GEO_FIELDS)
    in_us = place.country == "US"
    country = fips_country(place.country)
    if place.feature == "country":
        geo_type = "1"
    elif place.feature in _ADMIN_FEATURES:
        geo_type = "2" if in_us else "5"
    else:
        geo_type = "3" if in_us else "4"
    return [
        geo_type,
        place.name,
        country,
        f"{country}{place.admin1}" if country and place.admin1 else country,
        "",
        _number(place.lat),
        _number(place.lon),
        str(place.geonameid) if place.geonameid is not None else "",
    ]


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.4f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:.1f}"


def _first_paragraph_end(text: str) -> int:
    end = text.find("\n\n")
    if end == -1:
        end = text.find("\n")
    return len(text) if end == -1 else end


def _clean(value: str) -> str:
    return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")
