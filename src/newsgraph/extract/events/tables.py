"""Readers for the event coder's tables in `extract/events/data/`, loaded once per process."""

from __future__ import annotations

import csv
from importlib import resources

__all__ = ["table_rows"]


def table_rows(name: str) -> list[list[str]]:
    """The tab-separated fields of each line of a table beside the coder, # comments skipped."""
    text = (resources.files("newsgraph.extract.events") / "data" / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
