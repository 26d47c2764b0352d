"""Shared by the bench scripts: record how long one newsgraph stage spends on each document."""

from __future__ import annotations

import time

from newsgraph import Pipeline


def time_stage(pipeline: Pipeline, name: str) -> list[float]:
    """Wrap stage `name`'s `find` so its own time is appended per document to the returned list."""
    spent: list[float] = []
    stage = dict(pipeline.nlp.pipeline)[name]
    find = stage.find

    def timed(doc):
        began = time.perf_counter()
        found = find(doc)
        spent.append(time.perf_counter() - began)
        return found

    stage.find = timed
    return spent
