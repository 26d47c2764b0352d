"""Rows of a knowledge-base table as CSV, with a header taken from the first row."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

__all__ = ["write_csv"]


def write_csv(rows: Iterable[dict[str, Any]], stream: TextIO) -> int:
    """Write the rows as CSV (nothing at all for no rows); returns how many were written."""
    writer = None
    written = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        written += 1
    return written
