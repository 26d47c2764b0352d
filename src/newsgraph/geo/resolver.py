"""Toponym resolution: which gazetteer place each mention of an article means, and how precisely.

Shared by the places stage (mentions from entity recognition) and `newsgraph.geo.places.resolve`
(given mentions), so both rank alike. A candidate's score adds a feature-class prior (a bare name
means the country before the region before the city), its size, how its name matched, cues in the
text ("Paris, Texas", "Kent County", "the city of X"), and the article's focus: the countries and
first-level divisions that its other places lie in, recomputed over a few rounds.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .gazetteer import FUZZY, Candidate, Gazetteer, GazetteerPlace
from .names import ALIAS, NAME, SHORT, place_key

__all__ = ["Resolution", "resolve_spans", "score_candidates", "Focus", "qualifier_of"]

# The weights below were set by hand, then adjusted by a small grid search over LGL and GeoWebNews
# (bench/eval_places.py): the figures measured there are therefore not from unseen data.
_FEATURE_PRIOR = {"country": 3.0, "continent": 2.5, "admin1": 2.0, "region": 2.0, "sea": 2.0, "city": 0.0}
_FEATURE_PRIOR["admin2"] = -0.5
# Curated regions and seas have no population; this stands in so that they outrank villages.
_NOMINAL_POPULATION = {"region": 10_000_000, "sea": 10_000_000}
_POPULATION_WEIGHT = 1.0
_KIND_BONUS = {NAME: 2.0, FUZZY: -1.0}
# A division named like a large city in its country (Moscow, Beijing, Lagos, Washington) is the city unless
# the text says "state" or "province": the city is what news means by the bare name. So is a division abroad
# no more populous than the city ("Gaza" is the Palestinian city, not the Mozambican province).
_NAMESAKE_CITY_POPULATION = 100_000
_NAMESAKE_PENALTY = 5.0
# A small town (under the namesake size) that a city abroad this many times its size shares its name with
# ("Moscow, Idaho", "Lima, Ohio") takes no bonus from its country being in the article: "the US and
# Moscow" means the capital. A division of the town's named in the article, or right after it, wins it back.
_WORLD_CITY_RATIO = 5
_COUNTRY_FOCUS_WEIGHT = 3.5
_ADMIN1_FOCUS_WEIGHT = 4.5
_CONTAINER_BONUS = 5.0
_CUE_BONUS = 2.0
_ROUNDS = 2
# Local places the article names together tend to lie together ("Paris" and "Henry County").
_LOCAL_FEATURES = ("city", "admin2")
_PROXIMITY_BONUS = 1.0
_PROXIMITY_KM = 50.0
_NEIGHBOUR_CANDIDATES = 10

_ANY_FEATURE: tuple[str, ...] = ()
_LARGE_FEATURES = ("country", "admin1", "continent", "region", "sea")
# Words that make a name an organisation's, a building's or a landform's: "Taiwan Strait" is not Taiwan.
_GENERIC_WORDS = frozenset(
    """
    of the and for university college school academy institute bank reserve federal national
    republic commission council centre center hospital court office department ministry agency
    company club church station airport stadium park street road avenue hall house tower bridge
    summit government local area no state city county district estate town international strait sea
    gulf bay river lake ocean channel canal island islands peninsula mountain mountains coast valley
    desert basin delta
    """.split()
)
_COMPASS = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
# "northern" -> "north", "north" -> "north": the qualifier a direction word gives.
_DIRECTIONS = {**{w: w for w in _COMPASS}, **{w + "ern": w for w in _COMPASS}, "central": "central"}
# Names that are only a direction ("the West", "North") resolve to nothing.
_DIRECTION_WORDS = frozenset(_DIRECTIONS) | {"north east", "north west", "south east", "south west"}
_DIRECTION_BEFORE = re.compile(
    r"\b(northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|"
    r"south-?western|central)\s+$",
    re.IGNORECASE,
)
_DIRECTION_INSIDE = re.compile(
    r"^(northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+(?=\S)",
    re.IGNORECASE,
)
_OFFSET_BEFORE = re.compile(
    r"\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$", re.IGNORECASE
)
_NEAR_BEFORE = re.compile(r"\b(near|outside|around|nearby|close to)\s+$", re.IGNORECASE)
_BORDER_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:-\s*)?(border|borders|frontier|border crossing)\b", re.IGNORECASE
)
_BORDER_INSIDE = re.compile(r"^(.+?)\s+(border|borders|frontier|border crossing)$", re.IGNORECASE)
_BORDER_BEFORE = re.compile(r"\bborders?\s+with\s+$", re.IGNORECASE)
_CONTAINER_AFTER = re.compile(r"^\s*(?:,|\()\s*((?:[A-Z][\w.'’-]*\.?)(?:\s+[A-Z][\w.'’-]*\.?){0,2})")
_ADMIN_CUE_AFTER = re.compile(
    r"^\s+(county|parish|province|provinces|state|region|governorate|district|oblast|prefecture|department)\b",
    re.IGNORECASE,
)
_CITY_CUE = re.compile(r"\b(city|town|village)\s+of\s+$", re.IGNORECASE)
_CITY_CUE_AFTER = re.compile(r"^\s+(city|town|village)\b")


@dataclass(frozen=True)
class Resolution:
    """The place a mention means, with a qualifier ('north', 'near', 'border') and its precision."""

    place: GazetteerPlace
    qualifier: str | None = None
    precision: str = "exact"  # exact | region | border | approximate


@dataclass(frozen=True)
class Focus:
    """Shares of an article's other places that lie in each country and each first-level division."""

    countries: dict[str, float]
    admin1s: dict[tuple[str, str], float]

    @classmethod
    def empty(cls) -> Focus:
        return cls({}, {})


@dataclass(frozen=True)
class _Mention:
    key: str
    candidates: tuple[Candidate, ...]
    containers: frozenset[tuple[str, str | None]]  # (country, admin1 or None) named right after it
    admin_cue: bool
    city_cue: bool
    direction: str | None = None  # "north" when the span itself is "northern Syria"


def score_candidates(
    candidates: Sequence[Candidate],
    focus: Focus,
    *,
    containers: frozenset[tuple[str, str | None]] = frozenset(),
    admin_cue: bool = False,
    city_cue: bool = False,
    neighbours: Sequence[GazetteerPlace] = (),
) -> list[tuple[float, Candidate]]:
    """Each candidate with its score, best first."""
    scored = []
    namesake_cities = [
        c.place
        for c in candidates
        if c.place.feature == "city"
        and c.place.population
        >= (_NAMESAKE_CITY_POPULATION if c.kind == NAME else 10 * _NAMESAKE_CITY_POPULATION)
    ]
    namesake_countries = {city.country for city in namesake_cities}
    biggest_namesake = max((city.population for city in namesake_cities), default=0)
    for candidate in candidates:
        place = candidate.place
        population = place.population or _NOMINAL_POPULATION.get(place.feature, 0)
        score = _FEATURE_PRIOR.get(place.feature, 0.0) + _POPULATION_WEIGHT * math.log10(population + 1)
        score += _KIND_BONUS.get(candidate.kind, 0.0)
        if place.country:
            admin1_focus = focus.admin1s.get((place.country, place.admin1), 0.0) if place.admin1 else 0.0
            dwarfed = place.feature == "city" and population < _NAMESAKE_CITY_POPULATION and any(
                city.country != place.country and city.population >= _WORLD_CITY_RATIO * max(population, 1)
                for city in namesake_cities
            )
            if admin1_focus or not dwarfed:
                score += _COUNTRY_FOCUS_WEIGHT * focus.countries.get(place.country, 0.0)
            score += _ADMIN1_FOCUS_WEIGHT * admin1_focus
        if containers and any(
            place.country == country and (admin1 is None or place.admin1 == admin1)
            for country, admin1 in containers
        ):
            score += _CONTAINER_BONUS
        if admin_cue and place.feature in ("admin1", "admin2"):
            score += _CUE_BONUS
        elif place.feature in ("admin1", "admin2") and (
            place.country in namesake_countries or 0 < place.population <= biggest_namesake
        ):
            score -= _NAMESAKE_PENALTY

        if city_cue and place.feature == "city":
            score += _CUE_BONUS
        if place.feature in _LOCAL_FEATURES and any(_near(place, other) for other in neighbours):
            score += _PROXIMITY_BONUS
        scored.append((score, candidate))
    scored.sort(key=lambda item: item[0], reverse=True)
    return scored


def resolve_spans(
    text: str,
    spans: Sequence[tuple[int, int]],
    gazetteer: Gazetteer,
    *,
    partial: Sequence[bool] | bool = True,
) -> list[Resolution | None]:
    """The place each (start, end) mention of `text` means, or None where no reading is found.

    Where `partial` allows (for all mentions, or per mention), a name with no reading of its own
    falls back on its longest leading or trailing words that have one ("Colorado State University").
    """
    allowed = [partial] * len(spans) if isinstance(partial, bool) else list(partial)
    mentions = [_mention(text, start, end, gazetteer, ok) for (start, end), ok in zip(spans, allowed)]
    local = {m.key: _local_candidates(m) for m in mentions}
    neighbours = {
        key: [place for other, places in local.items() if other != key for place in places] for key in local
    }
    best = [_best(m, Focus.empty(), neighbours[m.key]) for m in mentions]
    for _ in range(_ROUNDS):
        readings = {m.key: b.place for m, b in zip(mentions, best) if b is not None}
        best = [_best(m, _focus_without(readings, m.key), neighbours[m.key]) for m in mentions]
    results: list[Resolution | None] = []
    for (start, end), mention, choice in zip(spans, mentions, best):
        if choice is None:
            results.append(None)
            continue
        qualifier, precision = (
            (mention.direction, "region") if mention.direction else qualifier_of(text, start, end)
        )
        results.append(Resolution(choice.place, qualifier, precision))
    return results


def qualifier_of(text: str, start: int, end: int) -> tuple[str | None, str]:
    """'northern Syria' -> ('north', 'region'); '20 km north of X' -> ('north', 'approximate');
    'near X' -> ('near', 'approximate'); 'the Turkish border' -> ('border', 'border')."""
    before, after = text[max(0, start - 40) : start], text[end : end + 30]
    if match := _DIRECTION_BEFORE.search(before):
        return _DIRECTIONS[match.group(1).lower().replace("-", "")], "region"
    if match := _OFFSET_BEFORE.search(before):
        return _DIRECTIONS[match.group(1).lower().replace("-", "")], "approximate"
    if _BORDER_AFTER.match(after) or _BORDER_BEFORE.search(before) or _BORDER_INSIDE.match(text[start:end]):
        return "border", "border"
    if _NEAR_BEFORE.search(before):
        return "near", "approximate"
    return None, "exact"


def _mention(text: str, start: int, end: int, gazetteer: Gazetteer, partial: bool = True) -> _Mention:
    name = re.sub(r"^(?:the|The|THE)\s+", "", text[start:end].strip())
    name = re.sub(r"['’]s$", "", name)
    if border := _BORDER_INSIDE.match(name):  # "Turkish border": the place is Turkey
        name = border.group(1)
    direction = None
    if (inside := _DIRECTION_INSIDE.match(name)) and not gazetteer.lookup(name, fuzzy=False):
        name = name[inside.end() :]  # "northern Syria" is Syria, unless it is a name ("Northern Territory")
        direction = _DIRECTIONS[inside.group(1).lower().replace("-", "")]
    key = place_key(name)
    candidates: tuple[Candidate, ...] = ()
    containers: set[tuple[str, str | None]] = set()
    acronym = name.replace(".", "").isupper() and len(name.replace(".", "")) <= 3
    if acronym:  # "SA", "UK": an acronym, never a village that happens to be spelt alike
        found = gazetteer.lookup(name, fuzzy=False)
        candidates = tuple(c for c in found if c.kind == SHORT or c.place.feature in _LARGE_FEATURES)
    elif key and key not in _DIRECTION_WORDS:
        candidates = gazetteer.lookup(name, fuzzy=False)
        if not candidates and "," in name:
            head, _, tail = name.partition(",")
            candidates = gazetteer.lookup(head, fuzzy=False)
            containers |= _containers(tail.strip(), gazetteer)
        if not candidates:
            candidates = gazetteer.lookup(name, fuzzy=True)
        if not candidates and partial:
            candidates = _partial_candidates(name, gazetteer)
    after = text[end : end + 40]
    if match := _CONTAINER_AFTER.match(after):
        words = match.group(1).split()
        for n in range(len(words), 0, -1):  # "Huntsville, Texas. Everett ...": the longest run that names one
            if found := _containers(" ".join(words[:n]), gazetteer):
                containers |= found
                break
    before = text[max(0, start - 20) : start]
    return _Mention(
        key,
        candidates,
        frozenset(containers),
        bool(_ADMIN_CUE_AFTER.match(after)),
        bool(_CITY_CUE.search(before) or _CITY_CUE_AFTER.match(after)),
        direction,
    )


def _partial_candidates(name: str, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """Candidates of the longest run of leading capitalised words that has any ("Dubai World Cup"),
    else of trailing words that name a country or a division ("University of California")."""
    words = name.split()
    prefixes = [(words[:n], _ANY_FEATURE) for n in range(len(words) - 1, 0, -1)]
    suffixes = [(words[-n:], _LARGE_FEATURES) for n in range(len(words) - 1, 0, -1)]
    for run, features in prefixes + suffixes:
        part = " ".join(run)
        if (
            run[0][:1].isupper()
            and (len(part) >= 4 or part.isupper())
            and not any(word.lower().strip(".,") in _GENERIC_WORDS for word in run)
            and place_key(part) not in _DIRECTION_WORDS
        ):
            # Only a place's own name or a curated short form: alternate names are too loose here.
            found = [
                c
                for c in gazetteer.lookup(part, fuzzy=False)
                if c.kind != ALIAS and (features is _ANY_FEATURE or c.place.feature in features)
            ]
            if found:
                return tuple(Candidate(c.place, FUZZY) for c in found)
    return ()


def _containers(name: str, gazetteer: Gazetteer) -> set[tuple[str, str | None]]:
    """The first-level divisions and countries a name following a comma may be ('La.', 'Texas')."""
    found: set[tuple[str, str | None]] = set()
    for candidate in gazetteer.lookup(name, fuzzy=False):
        place = candidate.place
        if place.feature == "admin1" and place.country:
            found.add((place.country, place.admin1))
        elif place.feature == "country" and place.country:
            found.add((place.country, None))
    return found


def _best(mention: _Mention, focus: Focus, neighbours: Sequence[GazetteerPlace] = ()) -> Candidate | None:
    if not mention.candidates:
        return None
    scored = score_candidates(
        mention.candidates,
        focus,
        containers=mention.containers,
        admin_cue=mention.admin_cue,
        city_cue=mention.city_cue,
        neighbours=neighbours,
    )
    return scored[0][1]


def _local_candidates(mention: _Mention) -> list[GazetteerPlace]:
    """A mention's likeliest local readings on its own, to test other mentions' candidates against."""
    scored = score_candidates(mention.candidates, Focus.empty(), containers=mention.containers)
    return [c.place for _, c in scored[:_NEIGHBOUR_CANDIDATES] if c.place.feature in _LOCAL_FEATURES]


def _near(a: GazetteerPlace, b: GazetteerPlace) -> bool:
    if a is b or abs(a.lat - b.lat) > _PROXIMITY_KM / 111.0:  # a degree of latitude is ~111 km
        return False
    return _distance_km(a.lat, a.lon, b.lat, b.lon) <= _PROXIMITY_KM


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _focus_without(readings: dict[str, GazetteerPlace], key: str) -> Focus:
    """The focus of every distinct name's current reading but this mention's own (no self-votes)."""
    others = [place for other, place in readings.items() if other != key]
    countries = Counter(p.country for p in others if p.country)
    admin1s = Counter((p.country, p.admin1) for p in others if p.country and p.admin1)
    total = max(1, len(others))
    return Focus({c: n / total for c, n in countries.items()}, {a: n / total for a, n in admin1s.items()})
