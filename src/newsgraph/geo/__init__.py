"""Offline gazetteer: GeoNames data from PyPI packages, indexed once into SQLite."""

from .gazetteer import Gazetteer, GazetteerPlace, build_gazetteer, default_gazetteer_path, place_key

__all__ = ["Gazetteer", "GazetteerPlace", "build_gazetteer", "default_gazetteer_path", "place_key"]
