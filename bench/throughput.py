"""Throughput of the full newsgraph pipeline against bare `nlp.pipe` with the same model.

Reads the `text` field of ../shared/corpora/voa/voa_stories.jsonl (or --corpus), runs each
mode in its own process (so peak memory is per mode), and prints articles/s, words/s, peak
RSS, the full/bare ratio and each newsgraph stage's share of the full pipeline's time (each
stage timed inside the running pipeline, `stage_timing.py`).

    .venv/bin/python bench/throughput.py [--corpus FILE] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def _texts(corpus: Path, repeat: int) -> list[str]:
    lines = corpus.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()] * repeat


def _measure(mode: str, corpus: Path, repeat: int) -> dict:
    from newsgraph import Options, Pipeline
    from stage_timing import time_stage

    texts = _texts(corpus, repeat)
    pipeline = Pipeline(Options.load())
    nlp = pipeline.nlp
    ours = [name for name in nlp.pipe_names if name.startswith("newsgraph_")]
    pipeline.analyze(texts[0])  # warm up: gazetteer connection, lookup tables
    timed = [name for name in ours if hasattr(dict(nlp.pipeline)[name], "find")]  # extractor stages
    spent = {name: time_stage(pipeline, name) for name in timed} if mode == "full" else {}
    start = time.perf_counter()
    if mode == "bare":
        with nlp.select_pipes(disable=ours):
            for _doc in nlp.pipe(texts, batch_size=pipeline.options.batch_size):
                pass
    else:
        for _analysis in pipeline.analyze_many(texts):
            pass
    seconds = time.perf_counter() - start
    result = {"seconds": seconds, "articles": len(texts), "words": sum(len(t.split()) for t in texts)}
    if mode == "full":
        result["stages"] = {name: sum(times) for name, times in spent.items()}
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=1, help="pass over the corpus this many times")
    parser.add_argument("--mode", choices=["bare", "full"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(_measure(args.mode, args.corpus, args.repeat)))
        return
    if not args.corpus.is_file():
        sys.exit(f"corpus not found: {args.corpus} (the benchmark reads ../shared beside the repository)")
    results = {}
    for mode in ("bare", "full"):
        command = [sys.executable, __file__, "--mode", mode, "--corpus", str(args.corpus), "--repeat", str(args.repeat)]
        results[mode] = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
    bare, full = results["bare"], results["full"]
    print(f"corpus: {args.corpus.name} x{args.repeat}: {bare['articles']} articles, {bare['words']:,} words")
    for mode, r in results.items():
        print(
            f"{mode:>5}: {r['articles'] / r['seconds']:7.2f} articles/s  {r['words'] / r['seconds']:9,.0f} words/s  "
            f"peak RSS {r['peak_rss_mb']:6.0f} MB"
        )
    print(f"throughput ratio full/bare: {bare['seconds'] / full['seconds']:.3f} (goal >= 0.85)")
    for name, seconds in full["stages"].items():
        print(f"  {name:<20} {seconds:6.2f} s, {100 * seconds / full['seconds']:5.1f}% of full pipeline time")


if __name__ == "__main__":
    main()
