"""Query latency on a knowledge base of at least 10,000 articles, and database size.

Analyses the real corpora once (VOA stories and the 181 HTML pages in ../shared), then stores
those analyses again under distinct ids until the base holds --articles articles. Then times
search, quotes, events and entity profiles (p50/p95 over many queries drawn from the base).

    .venv/bin/python bench/queries.py [--articles 10000] [--db /tmp/newsgraph-bench.db] [--reuse]
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time
from pathlib import Path

from newsgraph import Options, Pipeline
from newsgraph.ingest import read_inputs
from newsgraph.records import Article
from newsgraph.store import Store, article_key, entity_profile, events, quotes, search

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"


def build(db_path: Path, target: int) -> None:
    articles = [a for a in read_inputs([SHARED / "voa" / "voa_stories.jsonl", SHARED / "html-articles" / "html"]) if isinstance(a, Article)]
    started = time.perf_counter()
    analyses = list(Pipeline(Options.load()).analyze_many(articles))
    print(f"analysed {len(analyses)} real articles in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    with Store(db_path) as store:
        copy = 0
        while store.db.execute("SELECT count(*) FROM articles").fetchone()[0] < target:
            with store.atomic():
                for article, analysis in zip(articles, analyses):
                    key = f"{article_key(article)}#copy{copy}"
                    store.add_analysis(dataclasses.replace(analysis, url=key), key=key, source=article.source)
            copy += 1
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"stored {copy} copies in {time.perf_counter() - started:.0f} s")


def base_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options every bench over a large base shares (this one and bench/web.py)."""
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/newsgraph-bench.db"))
    parser.add_argument("--reuse", action="store_true", help="keep an existing base instead of rebuilding it")
    return parser


def ensure_base(args: argparse.Namespace) -> None:
    """Build the large base afresh, unless --reuse and it exists."""
    if not (args.reuse and args.db.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        build(args.db, args.articles)


def timed(label: str, calls) -> None:
    latencies = []
    for call in calls:
        began = time.perf_counter()
        call()
        latencies.append((time.perf_counter() - began) * 1000)
    latencies.sort()
    p95 = latencies[min(len(latencies) - 1, int(round(0.95 * (len(latencies) - 1))))]
    print(f"{label:<22} n={len(latencies):3d}  p50 {statistics.median(latencies):6.1f} ms  p95 {p95:6.1f} ms  max {latencies[-1]:6.1f} ms")


def main() -> None:
    args = base_arguments(argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)).parse_args()
    ensure_base(args)
    with Store(args.db, readonly=True) as store:
        count = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        size = args.db.stat().st_size
        print(f"base: {count:,} articles, {size / 1e6:.0f} MB, {size / count * 1000 / 1e6:.1f} MB per 1,000 articles")
        people = [r[0] for r in store.db.execute(
            "SELECT e.name FROM entities e JOIN quotes q ON q.speaker_id = e.id GROUP BY e.id ORDER BY count(*) DESC LIMIT 40")]
        actors = [r[0] for r in store.db.execute(
            "SELECT e.name FROM entities e JOIN events v ON v.source_id = e.id GROUP BY e.id ORDER BY count(*) DESC LIMIT 40")]
        names = [r[0] for r in store.db.execute(
            "SELECT e.name FROM entities e JOIN article_entities ae ON ae.entity_id = e.id "
            "GROUP BY e.id ORDER BY count(*) DESC LIMIT 40")]
        words = ["ceasefire", "election", "Ukraine", "sanctions", "president", "\"prime minister\"", "tariff*",
                 "refugees AND border", "climate", "protest", "court", "vaccine", "China OR Taiwan", "oil", "missile",
                 "minister NOT president", "economy", "football", "hospital", "storm"]
        types = [r[0] for r in store.db.execute("SELECT DISTINCT type FROM events")]
        timed("search", [lambda w=w: search(store, w) for w in words * 2])
        timed("quotes --speaker", [lambda p=p: quotes(store, speaker=p) for p in people])
        timed("quotes --about", [lambda w=w: quotes(store, about=w) for w in words * 2])
        timed("events --actor", [lambda a=a: events(store, actor=a) for a in actors])
        timed("events --type/--since", [lambda t=t: events(store, type=t, since="2025-03-10") for t in types * 3])
        timed("entity profile", [lambda n=n: entity_profile(store, n) for n in names])


if __name__ == "__main__":
    main()
