"""Place resolution on LGL and GeoWebNews with gold mentions, and what the gazetteer costs.

Prints, per corpus: mentions, coverage, exact GeoNames id accuracy, accuracy within 161 km,
mean error (answered mentions), AUC of log error and country accuracy; then the index's size on
disk, its build time (a fresh build in a temporary folder), the memory one process adds by
opening it and resolving a corpus, and the share of pipeline time that place resolution takes
on the VOA corpus (`--no-pipeline` skips that part, `--no-build` the fresh build).

    .venv/bin/python bench/eval_places.py [--no-build] [--no-pipeline]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _scores() -> None:
    from evaluation.geo import Answer, evaluate, read_gwn, read_lgl
    from newsgraph.geo.gazetteer import shared_gazetteer
    from newsgraph.geo.places import resolve

    gazetteer = shared_gazetteer()

    def answers(text, spans):
        return [
            None if p is None else Answer(p.geonameid, p.lat, p.lon, p.country) for p in resolve(text, spans)
        ]

    def country_of(geonameid):
        place = gazetteer.by_geonameid(geonameid)
        return place.country if place else None

    print(
        f"{'corpus':8} {'mentions':>8} {'cover':>6} {'exact':>6} {'acc161':>6} {'mean km':>8} {'AUC':>6} "
        f"{'country':>8}"
    )
    for name, reader, file in [("LGL", read_lgl, "lgl.xml"), ("GWN", read_gwn, "GWN.xml")]:
        documents = list(reader(SHARED / "eval" / "geo" / file))
        start = time.perf_counter()
        s = evaluate(documents, answers, country_of)
        seconds = time.perf_counter() - start
        print(
            f"{name:8} {s.mentions:8d} {s.coverage:6.3f} {s.exact:6.3f} {s.accuracy_161:6.3f} "
            f"{s.mean_error_km:8.1f} {s.auc:6.3f} {s.country_accuracy:8.3f}   ({seconds:.1f} s)"
        )
    print(f"index: {gazetteer.path.stat().st_size / 1e6:.1f} MB on disk at {gazetteer.path}")


_MEMORY_PROBE = """
import json, sys
from pathlib import Path
sys.path.insert(0, {bench!r})
from evaluation.geo import read_gwn
from eval_places import _rss_mb
documents = list(read_gwn(Path({gwn!r})))
before = _rss_mb()
from newsgraph.geo.places import resolve
for document in documents:
    resolve(document.text, [(t.start, t.end) for t in document.toponyms])
print(json.dumps([before, _rss_mb()]))
"""


def _memory() -> None:
    """RSS a fresh process adds by importing the resolver, opening the index and resolving GWN."""
    import subprocess
    import sys

    code = _MEMORY_PROBE.format(
        bench=str(Path(__file__).parent), gwn=str(SHARED / "eval" / "geo" / "GWN.xml")
    )
    before, after = json.loads(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    )
    print(f"memory added per process (gazetteer open, GWN resolved): {after - before:.1f} MB RSS")


def _build_time() -> None:
    from newsgraph.geo.gazetteer import build_gazetteer

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        path = build_gazetteer(Path(folder) / "gazetteer.sqlite")
        print(f"build: {time.perf_counter() - start:.1f} s, {path.stat().st_size / 1e6:.1f} MB")


def _pipeline_share() -> None:
    from newsgraph import Options, Pipeline
    from newsgraph.extract.places import PLACE_TYPES
    from newsgraph.geo.gazetteer import Gazetteer
    from newsgraph.geo.resolver import resolve_spans

    corpus = SHARED / "corpora" / "voa" / "voa_stories.jsonl"
    texts = [
        json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    pipeline = Pipeline(Options.load())
    pipeline.analyze(texts[0])
    start = time.perf_counter()
    analyses = list(pipeline.analyze_many(texts))
    total = time.perf_counter() - start
    cold = Gazetteer()  # a fresh connection and look-up cache, as a new process would have
    start = time.perf_counter()
    for analysis in analyses:
        spans = sorted(
            {(m.start, m.end) for e in analysis.entities if e.type in PLACE_TYPES for m in e.mentions}
        )
        resolve_spans(analysis.text, spans, cold)
    resolving = time.perf_counter() - start
    print(
        f"pipeline on {len(texts)} VOA stories: {total:.1f} s; place resolution {resolving:.2f} s "
        f"({100 * resolving / total:.1f}% of pipeline time)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="skip timing a fresh index build")
    parser.add_argument("--no-pipeline", action="store_true", help="skip the pipeline time share")
    args = parser.parse_args()
    if not (SHARED / "eval" / "geo").is_dir():
        raise SystemExit(f"gold data not found at {SHARED.resolve()}: this script reads ../shared/eval/geo")
    _scores()
    _memory()
    if not args.no_build:
        _build_time()
    if not args.no_pipeline:
        _pipeline_share()


if __name__ == "__main__":
    main()
