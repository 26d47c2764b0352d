"""Parquet export of a knowledge-base table (needs the optional `pyarrow`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import NewsgraphError

__all__ = ["write_parquet"]


def write_parquet(rows: Iterable[dict[str, Any]], path: str) -> int:
    """Write the rows to a Parquet file; returns how many were written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise NewsgraphError("Parquet export needs pyarrow: run `.venv/bin/pip install 'newsgraph[parquet]'`") from None
    rows = list(rows)
    table = pa.Table.from_pylist(rows) if rows else pa.table({})
    pq.write_table(table, path)
    return len(rows)
