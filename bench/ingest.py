"""Ingest throughput (articles/s) with 1 and 2 workers on the real corpora in ../shared.

Each run ingests into a fresh temporary database: the VOA stories (JSON Lines) and the 181
HTML pages (main-text extraction included).

    .venv/bin/python bench/ingest.py [--workers 1 2]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from newsgraph.ingest.job import ingest
from newsgraph.store import Store

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"
CORPORA = {"VOA stories (JSONL)": SHARED / "voa" / "voa_stories.jsonl", "HTML pages": SHARED / "html-articles" / "html"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    for name, path in CORPORA.items():
        for workers in args.workers:
            with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "kb.db") as store:
                summary = ingest([path], store, workers=workers)
            rate = summary.added / summary.seconds
            refused = ", ".join(f"{n} {why}" for why, n in summary.failed.most_common()) or "none"
            print(f"{name:<20} workers={workers}: {summary.added} articles in {summary.seconds:6.1f} s = {rate:5.2f} articles/s"
                  f" (model loading included; not ingested: {refused})")


if __name__ == "__main__":
    main()
