"""Readers for public gold-data formats and the metrics newsgraph is measured by.

Used by the tests marked `eval` and by the scripts in `bench/`; the corpora are read in place.
Not part of the shipped package: it imports as `evaluation` from scripts run as `python bench/x.py`
and, through `pythonpath` in pyproject.toml, from the tests.
"""
