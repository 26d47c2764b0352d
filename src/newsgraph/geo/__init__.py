"""Offline gazetteer: GeoNames data from PyPI packages, indexed once into SQLite."""

from .gazetteer import (
    Candidate,
    Gazetteer,
    GazetteerPlace,
    build_gazetteer,
    default_gazetteer_path,
    place_key,
    shared_gazetteer,
)

__all__ = [
    "Candidate",
    "Gazetteer",
    "GazetteerPlace",
    "build_gazetteer",
    "default_gazetteer_path",
    "place_key",
    "shared_gazetteer",
]
