"""Server-side drawing for the pages: the offline world basemap, marker clusters and bar charts.

The basemap is drawn from the country outlines (GeoJSON) shipped in the `countryinfo` package, a
runtime dependency, on a plain equirectangular lat/lon grid: no tiles, no network.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from markupsafe import escape

__all__ = ["MAP_WIDTH", "MAP_HEIGHT", "project", "country_outlines", "basemap_svg", "clusters", "stacked_bars", "bars",
           "TYPE_COLOURS"]

SCALE = 2.0  # SVG units per degree
NORTH, SOUTH = 84.0, -60.0  # the map leaves out the polar caps
MAP_WIDTH, MAP_HEIGHT = 360 * SCALE, (NORTH - SOUTH) * SCALE

# One colour per PLOVER type, cooperative types in blues and greens, conflictual in reds and browns.
TYPE_COLOURS = {
    "AGREE": "#1f77b4", "CONSULT": "#6baed6", "SUPPORT": "#2ca02c", "CONCEDE": "#98df8a",
    "COOPERATE": "#17becf", "AID": "#9edae5", "RETREAT": "#bcbd22", "REQUEST": "#dbdb8d",
    "ACCUSE": "#ff9896", "REJECT": "#e377c2", "THREATEN": "#ff7f0e", "PROTEST": "#ffbb78",
    "SANCTION": "#9467bd", "MOBILIZE": "#c5b0d5", "COERCE": "#8c564b", "ASSAULT": "#d62728",
}


def project(lat: float, lon: float) -> tuple[float, float]:
    """SVG x, y of a point on the equirectangular map."""
    return round((lon + 180) * SCALE, 1), round((NORTH - max(SOUTH, min(NORTH, lat))) * SCALE, 1)


def _ring_path(ring: Sequence[Sequence[float]]) -> str:
    points, last = [], None
    for lon, lat, *_ in ring:
        point = project(lat, lon)
        if point != last:
            points.append(f"{point[0]:g},{point[1]:g}")
            last = point
    return ("M" + "L".join(points) + "Z") if len(points) > 2 else ""


@lru_cache(maxsize=1)
def country_outlines() -> tuple[tuple[str, str], ...]:
    """(country name, SVG path) for every country outline that `countryinfo` ships."""
    outlines = []
    for entry in sorted(files("countryinfo").joinpath("data").iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        for feature in (data.get("geoJSON") or {}).get("features", []):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates", [])
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            elif geometry.get("type") != "MultiPolygon":
                continue
            path = "".join(_ring_path(ring) for polygon in polygons for ring in polygon)
            if path:
                outlines.append((data.get("name") or entry.name[:-5], path))
    return tuple(outlines)


@lru_cache(maxsize=1)
def basemap_svg() -> bytes:
    """The world's country outlines as one SVG document (served once, then cached by the browser)."""
    paths = "\n".join(f'<path d="{d}"><title>{escape(name)}</title></path>' for name, d in country_outlines())
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {MAP_WIDTH:g} {MAP_HEIGHT:g}" '
        f'width="{MAP_WIDTH:g}" height="{MAP_HEIGHT:g}">\n'
        f'<g fill="#f4f1ea" stroke="#9ca3af" stroke-width="0.3">\n{paths}\n</g>\n</svg>\n'
    ).encode()


@dataclass(frozen=True)
class Cluster:
    x: float
    y: float
    radius: float
    count: int
    places: tuple[dict[str, Any], ...]  # biggest first


def clusters(places: Iterable[dict[str, Any]], *, cell_degrees: float = 6.0, weight: str = "events") -> list[Cluster]:
    """Places grouped by grid cell, each cluster at its weighted centre, sized by its total."""
    cells: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for place in places:
        key = (math.floor(place["lat"] / cell_degrees), math.floor(place["lon"] / cell_degrees))
        cells.setdefault(key, []).append(place)
    out = []
    for members in cells.values():
        total = sum(p[weight] for p in members)
        lat = sum(p["lat"] * p[weight] for p in members) / total
        lon = sum(p["lon"] * p[weight] for p in members) / total
        x, y = project(lat, lon)
        members.sort(key=lambda p: (-p[weight], p["name"]))
        out.append(Cluster(x, y, round(3 + 2.2 * math.sqrt(total), 1), total, tuple(members)))
    return sorted(out, key=lambda c: -c.count)  # big first, so small ones are drawn on top


def stacked_bars(buckets: Sequence[dict[str, Any]], *, width: float = 800, height: float = 180) -> list[dict[str, Any]]:
    """Geometry of a stacked bar chart: one bar per bucket, one segment per type (bottom up)."""
    if not buckets:
        return []
    peak = max(sum(b["counts"].values()) for b in buckets) or 1
    step = width / len(buckets)
    bars_out = []
    for i, bucket in enumerate(buckets):
        y = height
        segments = []
        for type_, count in sorted(bucket["counts"].items()):
            h = height * count / peak
            y -= h
            segments.append({"type": type_, "count": count, "y": round(y, 1), "height": round(h, 1),
                             "colour": TYPE_COLOURS.get(type_, "#999")})
        bars_out.append({"x": round(i * step, 1), "width": round(max(1.0, step * 0.85), 1), "start": bucket["start"],
                         "total": sum(bucket["counts"].values()), "segments": segments})
    return bars_out


def bars(values: Sequence[tuple[str, int]], *, width: float = 600, height: float = 120) -> list[dict[str, Any]]:
    """Geometry of a plain bar chart of (label, value) pairs."""
    if not values:
        return []
    peak = max(v for _, v in values) or 1
    step = width / len(values)
    return [{"label": label, "value": value, "x": round(i * step, 1), "width": round(max(1.0, step * 0.85), 1),
             "height": round(height * value / peak, 1), "y": round(height - height * value / peak, 1)}
            for i, (label, value) in enumerate(values)]
