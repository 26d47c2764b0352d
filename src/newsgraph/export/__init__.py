"""Every export format behind one entry point: `write(source, format, target, ...)`.

    >>> from newsgraph import export
    >>> export.write(store, "gdelt", "events.tsv", since="2025-03-01")

`source` is a `Store`, or analyses just made (for the formats that read analyses).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TextIO

from ..errors import NewsgraphError, QueryError
from ..records import Analysis
from ..store import Store, iter_analyses, table_rows
from .csv_table import write_csv
from .gdelt import write_gdelt
from .jsonl import write_jsonl
from .parquet import write_parquet

__all__ = ["FORMATS", "Format", "write"]


@dataclass(frozen=True)
class Format:
    """An export format: what it reads, whether it writes bytes, and its writer."""

    name: str
    reads: str  # "analyses": one Analysis per stored article; "table": one of the export tables
    binary: bool
    writer: Callable[..., int]  # (analyses or rows, stream or path) -> how many records it wrote
    help: str

    @property
    def selects_articles(self) -> bool:
        """Whether `query`, `since` and `until` apply. The table formats export a whole table and
        ignore them (issue 13), and the analysis formats ignore `table`."""
        return self.reads == "analyses"


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("jsonl", "analyses", False, write_jsonl, "one newsgraph/1 object per article"),
        Format("csv", "table", False, write_csv, "one table as CSV"),
        Format("gdelt", "analyses", False, write_gdelt, "the GDELT 2.0 event table (TSV)"),
        Format("parquet", "table", True, write_parquet, "one table as Parquet (needs pyarrow)"),
    )
}


def write(
    source: Store | Iterable[Analysis],
    format: str,
    target: TextIO | str | os.PathLike[str] | None = None,
    *,
    table: str = "events",
    query: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> int:
    """Write `source` in `format` to a stream or a file (default stdout); returns the records written."""
    spec = FORMATS.get(format)
    if spec is None:
        raise QueryError(f"unknown export format {format!r}; choose among {', '.join(FORMATS)}")
    if spec.binary and not isinstance(target, (str, os.PathLike)):
        raise NewsgraphError(f"{format} is a binary format: name a file with --output FILE.{format}")
    if not isinstance(source, Store) and (spec.reads == "table" or query or since or until):
        raise QueryError(f"exporting {format} with these selections needs a knowledge base: pass a Store")
    if spec.reads == "table":
        items: Iterable[Any] = table_rows(source, table)
    elif isinstance(source, Store):
        items = iter_analyses(source, query=query, since=since, until=until)
    else:
        items = source
    if spec.binary:
        return spec.writer(items, os.fspath(target))
    with _text_stream(target) as stream:
        return spec.writer(items, stream)


@contextlib.contextmanager
def _text_stream(target: TextIO | str | os.PathLike[str] | None) -> Iterator[TextIO]:
    if target is None:
        yield sys.stdout
    elif isinstance(target, (str, os.PathLike)):
        with open(target, "w", encoding="utf-8", newline="") as stream:
            yield stream
    else:
        yield target
