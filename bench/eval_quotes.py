"""Score newsgraph's quotes on PolNeAR dev: P/R/F1 for content, source, cue and source+content.

Usage: .venv/bin/python bench/eval_quotes.py [--split dev|train] [--limit N]
Reads ../shared/eval/quotes/polnear in place; prints the figures and how long the quote stage took.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsgraph import Options, Pipeline
from stage_timing import time_stage
from evaluation.polnear import RULES, load_split, score_quotes

POLNEAR = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "quotes" / "polnear"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()

    documents = load_split(POLNEAR.resolve(), args.split)[: args.limit]
    pipeline = Pipeline(Options.load(stages=("entities", "quotes")))
    quote_time = time_stage(pipeline, "newsgraph_quotes")
    began = time.perf_counter()
    analyses = list(pipeline.analyze_many(d.text for d in documents))
    total = time.perf_counter() - began
    scores = score_quotes((d, a.quotes) for d, a in zip(documents, analyses))

    attributions = sum(len(d.attributions) for d in documents)
    found = sum(len(a.quotes) for a in analyses)
    print(
        f"PolNeAR {args.split}: {len(documents)} texts, {attributions} gold attributions, {found} quotes found"
    )
    print(f"{'role':<8} {'rule':<8} {'P':>6} {'R':>6} {'F1':>6}   (tp/pred/gold)")
    for role in ("content", "source", "cue", "joint"):
        for rule in RULES:
            s = scores[(role, rule)]
            print(
                f"{role:<8} {rule:<8} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
                f"   ({s.true_positives}/{s.predicted}/{s.gold})"
            )
    stage = sum(quote_time)
    print(
        f"time: {total:.1f}s for entities+quotes pipeline, quote stage {stage:.2f}s "
        f"({stage / len(documents) * 1000:.1f} ms/text)"
    )


if __name__ == "__main__":
    main()
