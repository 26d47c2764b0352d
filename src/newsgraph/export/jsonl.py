"""Analyses as JSON Lines: one `newsgraph/1` object per line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from ..records import Analysis

__all__ = ["write_jsonl"]


def write_jsonl(analyses: Iterable[Analysis], stream: TextIO) -> int:
    """Write each analysis as one line of JSON; returns how many were written."""
    written = 0
    for analysis in analyses:
        stream.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
        written += 1
    return written
