"""Web UI latency per page and a bounded load test, on a knowledge base of at least 10,000 articles.

Builds the base as bench/queries.py does (the real corpora analysed once, stored again under distinct
ids), serves it with `newsgraph serve` in a child process on 127.0.0.1, then:
  1. times --requests sequential requests per page (p50 / p95 / max, in ms), with varied parameters;
  2. runs a load test: --clients threads send a mix of all pages for --seconds (at most --max-requests),
     and reports requests per second and errors.
Loopback only; bounded in count and time.

    .venv/bin/python bench/web.py [--articles 10000] [--db /tmp/newsgraph-bench.db] [--reuse]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
from queries import base_arguments, ensure_base  # bench/queries.py, beside this file

from newsgraph.store import Store

WORDS = ["ceasefire", "election", "Ukraine", "sanctions", "president", "\"prime minister\"", "tariff*",
         "refugees AND border", "climate", "protest", "court", "vaccine", "China OR Taiwan", "oil", "missile"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def pages(store: Store) -> dict[str, list[str]]:
    """URLs per page, drawn from the base so that every request finds something."""
    db = store.db
    articles = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY random() LIMIT 40")]
    entities = [r[0] for r in db.execute(
        "SELECT entity_id FROM article_entities GROUP BY entity_id ORDER BY count(*) DESC LIMIT 40")]
    speakers = [r[0] for r in db.execute(
        "SELECT e.name FROM entities e JOIN quotes q ON q.speaker_id = e.id GROUP BY e.id ORDER BY count(*) DESC LIMIT 20")]
    actors = [r[0] for r in db.execute(
        "SELECT e.name FROM entities e JOIN events v ON v.source_id = e.id GROUP BY e.id ORDER BY count(*) DESC LIMIT 20")]
    types = [r[0] for r in db.execute("SELECT DISTINCT type FROM events")]
    top = entities[0]
    outlet = db.execute("SELECT url FROM articles WHERE url LIKE 'http%' LIMIT 1").fetchone()[0].split("/")[2].removeprefix("www.")
    return {
        "/": ["/"],
        "/search": [f"/search?q={quote(w)}" for w in WORDS],
        "/search + facet": [f"/search?q={quote(w)}&entity={top}" for w in WORDS],
        "/search + outlet": [f"/search?q={quote(w)}&outlet={outlet}" for w in WORDS],
        "/search page 5": [f"/search?q={quote(w)}&page=5" for w in ("president", "minister", "said")],
        "/articles/<id>": [f"/articles/{a}" for a in articles],
        "/entities/<id>": [f"/entities/{e}" for e in entities],
        "/quotes": ["/quotes"] + [f"/quotes?speaker={quote(s)}" for s in speakers],
        "/events": ["/events"] + [f"/events?actor={quote(a)}" for a in actors] + [f"/events?type={t}" for t in types],
        "/map": ["/map"] + [f"/map?type={t}" for t in types],
        "/api/search": [f"/api/search?q={quote(w)}" for w in WORDS],
        "/api/articles/<id>": [f"/api/articles/{a}" for a in articles],
        "/api/events": ["/api/events"] + [f"/api/events?type={t}" for t in types],
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def latency(client: httpx.Client, urls: list[str], count: int) -> list[float]:
    times = []
    for url in itertools.islice(itertools.cycle(urls), count):
        began = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - began) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}: {response.text[:200]}")
    return times


def load(base_url: str, urls: list[str], *, clients: int, seconds: float, max_requests: int) -> tuple[int, int, float, list[float]]:
    """(answered, failed, elapsed seconds, latencies) of `clients` threads sending `urls` until time or count runs out."""
    lock = threading.Lock()
    counts = {"sent": 0, "ok": 0, "failed": 0}
    times: list[float] = []
    deadline = time.monotonic() + seconds

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base_url, timeout=30) as client:
            while time.monotonic() < deadline:
                with lock:
                    if counts["sent"] >= max_requests:
                        return
                    counts["sent"] += 1
                began = time.perf_counter()
                try:
                    ok = client.get(rng.choice(urls)).status_code == 200
                except httpx.HTTPError:
                    ok = False
                elapsed = (time.perf_counter() - began) * 1000
                with lock:
                    counts["ok" if ok else "failed"] += 1
                    times.append(elapsed)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counts["ok"], counts["failed"], time.perf_counter() - started, times


def main() -> None:
    parser = base_arguments(argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter))
    parser.add_argument("--requests", type=int, default=60, help="sequential requests per page (default: 60)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients in the load test (default: 8)")
    parser.add_argument("--seconds", type=float, default=20, help="load test duration (default: 20)")
    parser.add_argument("--max-requests", type=int, default=20_000, help="load test request cap (default: 20000)")
    args = parser.parse_args()
    ensure_base(args)
    with Store(args.db, readonly=True) as store:
        count = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        urls = pages(store)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1] / "src"),
                                                        os.environ.get("PYTHONPATH", "")])}
    server = subprocess.Popen(
        [sys.executable, "-m", "newsgraph.cli", "serve", "--db", str(args.db), "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        with httpx.Client(base_url=base_url, timeout=30) as client:
            for _ in range(200):
                try:
                    client.get("/static/app.css")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            else:
                raise SystemExit("the server did not start")
            for group in urls.values():  # warm-up: each URL once (the first map reads the basemap, etc.)
                for url in group:
                    client.get(url)
            print(f"base: {count:,} articles; server: newsgraph serve on {base_url}, one process")
            print("\n| page | n | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|")
            for name, group in urls.items():
                times = latency(client, group, args.requests)
                print(f"| `{name}` | {len(times)} | {statistics.median(times):.1f} | {percentile(times, 0.95):.1f} | {max(times):.1f} |")
        mix = [url for group in urls.values() for url in group]
        ok, failed, elapsed, times = load(base_url, mix, clients=args.clients, seconds=args.seconds,
                                          max_requests=args.max_requests)
        print(f"\nload: {args.clients} clients, mixed pages, {elapsed:.1f} s: {ok + failed:,} requests, "
              f"{ok / elapsed:.0f} answered/s, {failed} failed; latency p50 {statistics.median(times):.0f} ms, "
              f"p95 {percentile(times, 0.95):.0f} ms")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
