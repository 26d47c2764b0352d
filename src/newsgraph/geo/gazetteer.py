"""Build and query the place index: countries, first- and second-level divisions, cities, regions.

The package data (see `sources.py`) is read once and written to a compact SQLite file under
the cache folder, so no process parses the 80 MB JSON at start-up. The file name carries the
package versions, the build recipe and a digest of the curated tables and the build code, so a
change to any of them rebuilds it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from .names import place_key
from .sources import CURATED_FILES, source_places, source_versions

__all__ = [
    "Candidate",
    "Gazetteer",
    "GazetteerPlace",
    "build_gazetteer",
    "default_gazetteer_path",
    "place_key",
    "shared_gazetteer",
    "FUZZY",
]

_RECIPE = 3  # bump when the build changes what goes into the index
_BUILD_MODULES = ("sources.py", "names.py", "gazetteer.py")
FUZZY = 3  # match kind of a name found by fuzzy matching (after NAME, ALIAS, SHORT)
_FUZZY_MIN_SCORE = 90
_FUZZY_MIN_LENGTH = 6
_COLUMNS = "p.geonameid, p.name, p.country, p.admin1, p.feature, p.lat, p.lon, p.population"


@dataclass(frozen=True)
class GazetteerPlace:
    """One gazetteer entry."""

    geonameid: int | None
    name: str
    country: str | None
    admin1: str | None
    feature: str  # country | admin1 | admin2 | city | continent | region
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Candidate:
    """A place a name may refer to, and how the name matched (names.NAME, SHORT, ALIAS, or FUZZY)."""

    place: GazetteerPlace
    kind: int


def default_gazetteer_path() -> Path:
    cache = Path(os.environ.get("NEWSGRAPH_CACHE") or Path.home() / ".cache" / "newsgraph")
    data = resources.files("newsgraph") / "data"
    inputs = [(data / name).read_bytes() for name in CURATED_FILES]
    # The build code too: an edited recipe must not reuse an index built by the old one.
    inputs += [(resources.files("newsgraph.geo") / name).read_bytes() for name in _BUILD_MODULES]
    digest = hashlib.sha1(b"".join(inputs)).hexdigest()[:10]
    return cache / f"gazetteer-{source_versions()}-r{_RECIPE}-{digest}.sqlite"


def build_gazetteer(path: Path | None = None) -> Path:
    """Write the SQLite index to `path` (atomically) and return it.

    Building the default index also deletes the indexes that earlier recipes left in the cache.
    """
    default = default_gazetteer_path()
    path = path or default
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE place (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, country TEXT,
                admin1 TEXT, feature TEXT, lat REAL, lon REAL, population INTEGER);
            CREATE TABLE place_name (key TEXT, place INTEGER, kind INTEGER,
                PRIMARY KEY (key, place)) WITHOUT ROWID;
            """
        )
        places, names = [], []
        for n, place in enumerate(source_places(), start=1):
            identity = (place.geonameid, place.name, place.country, place.admin1, place.feature)
            places.append((n, *identity, round(place.lat, 5), round(place.lon, 5), place.population))
            kinds: dict[str, int] = {}
            for name, kind in place.names.items():
                if key := place_key(name):
                    kinds[key] = min(kind, kinds.get(key, kind))
            names.extend((key, n, kind) for key, kind in kinds.items())
        db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO place_name VALUES (?,?,?)", sorted(names))
        db.execute("CREATE INDEX place_geonameid ON place (geonameid)")
        db.commit()
        db.execute("VACUUM")
        db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    if path == default:
        for stale in path.parent.glob("gazetteer-*.sqlite"):
            if stale != path:
                stale.unlink(missing_ok=True)
    return path


class Gazetteer:
    """Read-only look-ups in the place index; builds it on first use if it is missing."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or default_gazetteer_path()
        if not path.exists():
            build_gazetteer(path)
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lookups: dict[tuple[str, bool], tuple[Candidate, ...]] = {}

    def lookup(self, name: str, *, fuzzy: bool = True) -> tuple[Candidate, ...]:
        """Every place with this name (after folding); failing that, close spellings of it."""
        key = place_key(name)
        if not key:
            return ()
        if (key, fuzzy) not in self._lookups:
            rows = self._db.execute(
                f"""SELECT {_COLUMNS}, n.kind FROM place_name n JOIN place p ON p.id = n.place
                    WHERE n.key = ? ORDER BY p.population DESC""",
                (key,),
            ).fetchall()
            found = tuple(Candidate(GazetteerPlace(*row[:8]), row[8]) for row in rows)
            if not found and fuzzy:
                found = self._fuzzy(key)
            if len(self._lookups) > 50_000:
                self._lookups.clear()
            self._lookups[(key, fuzzy)] = found
        return self._lookups[(key, fuzzy)]

    def candidates(self, name: str) -> list[GazetteerPlace]:
        """Every place that has exactly this name (after folding), most populous first."""
        return [c.place for c in self.lookup(name, fuzzy=False)]

    def _fuzzy(self, key: str) -> tuple[Candidate, ...]:
        """Places whose name is a close spelling of `key` (same first three letters, high similarity)."""
        if len(key) < _FUZZY_MIN_LENGTH:
            return ()
        prefix = key[:3]
        keys = [
            k
            for (k,) in self._db.execute(
                "SELECT DISTINCT key FROM place_name WHERE key >= ? AND key < ?", (prefix, prefix + "\uffff")
            )
        ]
        best = process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_MIN_SCORE, limit=3)
        if not best:
            return ()
        top = best[0][1]
        close = [k for k, score, _ in best if score == top]
        rows = self._db.execute(
            f"""SELECT {_COLUMNS} FROM place_name n JOIN place p ON p.id = n.place
                WHERE n.key IN ({",".join("?" * len(close))}) ORDER BY p.population DESC""",
            close,
        ).fetchall()
        return tuple(Candidate(GazetteerPlace(*row), FUZZY) for row in rows)

    def country(self, code: str) -> GazetteerPlace | None:
        """The country with this ISO 3166 alpha-2 code."""
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM place p WHERE feature = 'country' AND country = ?", (code,)
        ).fetchone()
        return GazetteerPlace(*row) if row else None

    def by_geonameid(self, geonameid: int) -> GazetteerPlace | None:
        """The place with this GeoNames id, if the index has it."""
        row = self._db.execute(f"SELECT {_COLUMNS} FROM place p WHERE geonameid = ?", (geonameid,)).fetchone()
        return GazetteerPlace(*row) if row else None


@lru_cache(maxsize=1)
def shared_gazetteer() -> Gazetteer:
    """One gazetteer per process."""
    return Gazetteer()
