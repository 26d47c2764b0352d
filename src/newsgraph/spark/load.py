"""`newsgraph load`: a Spark run's output folder into a SQLite knowledge base, resumably.

Each article's newsgraph/1 JSON (the `analysis` column) is rebuilt with `Analysis.from_dict` and
stored with the store's own `add_analysis`, so the knowledge base holds the same facts as
`ingest` of the same input. Articles go in article-id order (the run's reading order, so merged
entities keep the attributes `ingest` would give them), in batches of one transaction each;
keys already stored are skipped, so a load stopped at any point is finished by running it again.
Needs pyarrow only, not Spark.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from ..ingest.job import IngestSummary
from ..records import Analysis
from ..store import Store
from . import SparkError

__all__ = ["load"]

MANIFEST = "_newsgraph.json"  # written last into a run's folder by the job; a folder without it is unfinished
_BATCH = 200


def load(folder: str | Path, store: Store, *, batch: int = _BATCH,
         progress: Callable[[int, int], None] | None = None) -> IngestSummary:
    """Store every article of the run in `folder` not yet in `store`, then the run's failures."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise SparkError("loading Spark output needs pyarrow: run `.venv/bin/pip install 'newsgraph[parquet]'`") from None
    folder = Path(folder)
    started = time.perf_counter()
    if not (folder / MANIFEST).is_file():
        raise SparkError(f"{folder} is not a finished `newsgraph spark analyze` output (no {MANIFEST}): "
                         "give the --output folder of a run that completed")
    run = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    summary = IngestSummary(skipped=Counter(run.get("skipped") or {}))
    total, done = run.get("articles", 0), 0
    if progress:
        progress(0, total)
    for rows in _batches(pq, folder / "articles", batch):
        stored = store.known_keys([row["key"] for row in rows])
        with store.atomic():
            for row in rows:
                if row["key"] in stored or store.add_analysis(
                    Analysis.from_dict(json.loads(row["analysis"])), key=row["key"], source=row["source"],
                    author=row["author"],
                ) is None:
                    summary.duplicates += 1
                else:
                    summary.added += 1
        done += len(rows)
        if progress:
            progress(done, total)
    failures = [row for rows in _batches(pq, folder / "failures", 10_000, ["source", "reason", "error"]) for row in rows]
    with store.atomic():
        for row in failures:
            store.add_failure(row["source"], row["reason"], row["error"])
            summary.failures.append((row["source"], row["reason"]))
    summary.failed = Counter(run.get("failed") or {})
    summary.seconds = time.perf_counter() - started
    return summary


def _batches(pq, table: Path, size: int, columns: list[str] | None = None) -> Iterator[list[dict]]:
    """The table's rows in batches, file by file in name order (Spark writes ranges of ids so)."""
    columns = columns or ["id", "key", "source", "author", "analysis"]
    for path in sorted(table.glob("*.parquet")):
        parquet = pq.ParquetFile(path)
        for record_batch in parquet.iter_batches(batch_size=size, columns=columns):
            rows = record_batch.to_pylist()
            yield sorted(rows, key=lambda r: r["id"]) if "id" in columns else rows

