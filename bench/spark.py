"""`newsgraph spark analyze` on 1 and 2 local cores against `ingest`, with the facts-equality check.

For each corpus in ../shared (the VOA stories as JSON Lines, the 181 HTML pages): `ingest` with 1
and 2 workers; then Spark in local[1] and local[2], each in a fresh process so that Spark's
start-up (JVM and SparkSession) is measured on its own; then `load` of the Spark output, whose
facts per article must equal those of `ingest` (same mentions, quotes, events, places, and the
same number of entities). Throughput excludes Spark's start-up and includes model loading, as
`ingest`'s does.

    .venv/bin/python bench/spark.py [--corpus voa html] [--cores 1 2]

The figures depend on the machine: say how many cores it has and what else ran on them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "corpora"
CORPORA = {"voa": SHARED / "voa" / "voa_stories.jsonl", "html": SHARED / "html-articles" / "html"}
sys.path.insert(0, str(ROOT / "tests" / "spark"))  # the facts comparison the tests use


def spark_run(master: str, corpus: str, output: str) -> dict:
    """One Spark run in this process: start-up, then the job (prints its figures as JSON)."""
    from newsgraph.spark.job import analyze, session

    started = time.perf_counter()
    spark = session(master, app=f"bench {master}", progress=False)
    spark.sparkContext.parallelize([0], 1).count()  # a first job: the JVM and a Python worker are up
    startup = time.perf_counter() - started
    summary = analyze(spark, [corpus], output)
    spark.stop()
    return {"startup": startup, "seconds": summary.seconds, "added": summary.added, "failed": sum(summary.failed.values()),
            "stages": summary.stage_seconds, "partitions": summary.partitions, "loads": summary.pipelines_loaded}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", nargs="+", choices=list(CORPORA), default=list(CORPORA))
    parser.add_argument("--cores", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--run", nargs=3, metavar=("MASTER", "INPUT", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(spark_run(*args.run)))
        return

    from spark_facts import count, facts_by_article

    from newsgraph.ingest.job import ingest
    from newsgraph.spark.load import load
    from newsgraph.store import Store

    print(f"machine: {os.cpu_count()} cores (shared with other work while this ran); load average "
          f"{os.getloadavg()[0]:.1f} at the start")
    for name in args.corpus:
        path = CORPORA[name]
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            rates = {}
            for workers in args.cores:
                with Store(folder / f"ingest{workers}.db") as store:
                    summary = ingest([path], store, workers=workers)
                rates[f"ingest {workers}"] = summary.added / summary.seconds
                print(f"{name:<5} ingest --workers {workers}: {summary.added} articles in {summary.seconds:6.1f} s = "
                      f"{rates[f'ingest {workers}']:5.2f} articles/s", flush=True)
            reference = facts_by_article(folder / f"ingest{args.cores[0]}.db")
            for cores in args.cores:
                output = folder / f"spark{cores}"
                child = subprocess.run([sys.executable, __file__, "--run", f"local[{cores}]", str(path), str(output)],
                                       capture_output=True, text=True, check=True)
                run = json.loads(child.stdout.strip().splitlines()[-1])
                rates[f"spark {cores}"] = run["added"] / run["seconds"]
                with Store(folder / f"loaded{cores}.db") as store:
                    loaded = load(output, store)
                same = facts_by_article(folder / f"loaded{cores}.db") == reference
                entities = count(folder / f"loaded{cores}.db", "entities"), count(folder / f"ingest{args.cores[0]}.db", "entities")
                stages = ", ".join(f"{k.split()[-1]} {v:.1f} s" for k, v in run["stages"].items())
                print(f"{name:<5} spark local[{cores}]: {run['added']} articles in {run['seconds']:6.1f} s = "
                      f"{rates[f'spark {cores}']:5.2f} articles/s after a start-up of {run['startup']:.1f} s "
                      f"({run['partitions']} partitions, model loaded by {run['loads']} workers; {stages}); "
                      f"load {loaded.added} in {loaded.seconds:.1f} s; same facts per article as ingest: {same}; "
                      f"entities {entities[0]} vs {entities[1]}", flush=True)
            if {"spark 1", "spark 2", "ingest 1", "ingest 2"} <= set(rates):
                print(f"{name:<5} scaling 2 vs 1 core: spark {rates['spark 2'] / rates['spark 1']:.2f}x, "
                      f"ingest {rates['ingest 2'] / rates['ingest 1']:.2f}x; spark per core vs ingest: "
                      f"1 core {rates['spark 1'] / rates['ingest 1']:.0%}, 2 cores {rates['spark 2'] / rates['ingest 2']:.0%}",
                      flush=True)


if __name__ == "__main__":
    main()
