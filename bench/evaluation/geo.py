"""Geoparsing gold data (LGL, GeoWebNews) and the resolution metrics of Gritta et al. (2019).

Both files come from the "Pragmatic Guide to Geoparsing Evaluation" repository and are read in place.
Only toponyms with a GeoNames id are scored, as in that guide. Metrics follow its definitions:
accuracy within 161 km, mean error and the area under the curve of log error (AUC, lower is
better, a mention without an answer counting as the largest possible error).
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Answer",
    "GoldToponym",
    "GeoDocument",
    "GeoScores",
    "read_lgl",
    "read_gwn",
    "distance_km",
    "evaluate",
    "log_error_auc",
    "score_resolutions",
    "MAX_ERROR_KM",
]

MAX_ERROR_KM = 20_039.0  # half the Earth's circumference: the largest error a point can have
ACCURACY_RADIUS_KM = 161.0  # 100 miles


@dataclass(frozen=True)
class GoldToponym:
    """A gold place mention: its span, GeoNames id and point, and its country where the file says."""

    start: int
    end: int
    text: str
    geonameid: int
    lat: float
    lon: float
    country_geonameid: int | None = None


@dataclass(frozen=True)
class GeoDocument:
    """One article and its scored toponyms."""

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass(frozen=True)
class GeoScores:
    """Resolution figures over gold mentions; fractions in [0, 1], distances in km."""

    mentions: int
    coverage: float
    exact: float
    accuracy_161: float
    mean_error_km: float  # over answered mentions
    auc: float  # over all mentions, unanswered counted as MAX_ERROR_KM
    country_accuracy: float  # over mentions whose gold country is known
    country_mentions: int


def read_lgl(path: Path) -> Iterator[GeoDocument]:
    """LGL: `<article docid>` with `<text>` and `<toponym>` elements carrying a `<gaztag geonameid>`."""
    root = ET.parse(path).getroot()
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        toponyms = []
        for toponym in article.iter("toponym"):
            tag = toponym.find("gaztag")
            if tag is None or not tag.get("geonameid"):
                continue
            country = tag.find("country")
            toponyms.append(
                GoldToponym(
                    int(toponym.findtext("start")),
                    int(toponym.findtext("end")),
                    toponym.findtext("phrase") or "",
                    int(tag.get("geonameid")),
                    float(tag.findtext("lat")),
                    float(tag.findtext("lon")),
                    int(country.get("geonameid"))
                    if country is not None and country.get("geonameid")
                    else None,
                )
            )
        yield GeoDocument(article.get("docid") or "", text, tuple(sorted(toponyms, key=lambda t: t.start)))


def read_gwn(path: Path) -> Iterator[GeoDocument]:
    """GeoWebNews: `<article file>` with `<toponym>` elements; those with a `<geonamesID>` are scored."""
    root = ET.parse(path).getroot()
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        toponyms = []
        for toponym in article.iter("toponym"):
            geonameid = (toponym.findtext("geonamesID") or "").strip()
            if not geonameid:
                continue
            start, end = int(toponym.findtext("start")), int(toponym.findtext("end"))
            toponyms.append(
                GoldToponym(
                    start,
                    end,
                    toponym.findtext("extractedName") or "",
                    int(geonameid),
                    float(toponym.findtext("latitude")),
                    float(toponym.findtext("longitude")),
                )
            )
        yield GeoDocument(article.get("file") or "", text, tuple(sorted(toponyms, key=lambda t: t.start)))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class Answer:
    """What a system said for one gold mention (None fields when it gave no answer)."""

    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None


def score_resolutions(
    gold: Sequence[GoldToponym],
    answers: Sequence[Answer | None],
    gold_country: Callable[[GoldToponym], str | None],
) -> GeoScores:
    """The figures for answers aligned one-to-one with gold mentions."""
    if len(gold) != len(answers):
        raise ValueError(f"{len(gold)} gold mentions but {len(answers)} answers")
    errors, answered_errors, exact, countries_right, countries_known = [], [], 0, 0, 0
    for toponym, answer in zip(gold, answers):
        answered = answer is not None and answer.lat is not None and answer.lon is not None
        if answered:
            error = distance_km(toponym.lat, toponym.lon, answer.lat, answer.lon)
            answered_errors.append(error)
        else:
            error = MAX_ERROR_KM
        errors.append(min(error, MAX_ERROR_KM))
        exact += answer is not None and answer.geonameid == toponym.geonameid
        if (country := gold_country(toponym)) is not None:
            countries_known += 1
            countries_right += answer is not None and answer.country == country
    n = len(gold)
    return GeoScores(
        mentions=n,
        coverage=len(answered_errors) / n if n else 0.0,
        exact=exact / n if n else 0.0,
        accuracy_161=sum(e <= ACCURACY_RADIUS_KM for e in errors) / n if n else 0.0,
        mean_error_km=sum(answered_errors) / len(answered_errors) if answered_errors else 0.0,
        auc=log_error_auc(errors),
        country_accuracy=countries_right / countries_known if countries_known else 0.0,
        country_mentions=countries_known,
    )


def log_error_auc(errors: Sequence[float]) -> float:
    """Area under the sorted curve of ln(1 + error) / ln(1 + MAX_ERROR_KM), x scaled to [0, 1]."""
    if len(errors) < 2:
        return math.log1p(errors[0]) / math.log1p(MAX_ERROR_KM) if errors else 0.0
    heights = [math.log1p(e) / math.log1p(MAX_ERROR_KM) for e in sorted(errors)]
    area = sum((a + b) / 2 for a, b in zip(heights, heights[1:]))
    return area / (len(heights) - 1)


def evaluate(
    documents: Sequence[GeoDocument],
    resolve: Callable[[str, Sequence[tuple[int, int]]], Sequence[Answer | None]],
    country_of_geonameid: Callable[[int], str | None],
) -> GeoScores:
    """Resolve every document's gold mentions with `resolve` and score the answers.

    A mention's gold country comes from the file where it says (LGL), else from the country of
    the gold GeoNames id where `country_of_geonameid` knows it.
    """
    gold, answers = [], []
    for document in documents:
        spans = [(t.start, t.end) for t in document.toponyms]
        gold.extend(document.toponyms)
        answers.extend(resolve(document.text, spans))

    def gold_country(toponym: GoldToponym) -> str | None:
        if toponym.country_geonameid is not None:
            return country_of_geonameid(toponym.country_geonameid)
        return country_of_geonameid(toponym.geonameid)

    return score_resolutions(gold, answers, gold_country)
