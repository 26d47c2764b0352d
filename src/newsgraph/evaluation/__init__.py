"""Readers for public gold-data formats and the metrics newsgraph is measured by.

Used by the tests marked `eval` and by the scripts in `bench/`; the corpora are read in place.
"""
