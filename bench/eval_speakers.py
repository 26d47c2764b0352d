"""Score quote speakers on newsgraph's own gold passages: speaker-entity accuracy and every error.

Usage: .venv/bin/python bench/eval_speakers.py [--gold PATH]
Reads tests/data/quotes_gold.jsonl (format in `bench/evaluation/speakers.py`). Target (issue 3): >= 0.90.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsgraph import Options, Pipeline
from evaluation.speakers import read_gold, score

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "quotes_gold.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    args = parser.parse_args()

    passages = read_gold(args.gold)
    analyses = list(Pipeline(Options.load()).analyze_many(p.text for p in passages))
    result = score(passages, analyses)
    print(f"quote speakers: {len(passages)} passages, {result.total} gold statements")
    print(f"speaker-entity accuracy {result.accuracy:.3f}  ({result.correct}/{result.total})  target >= 0.90")
    print(f"  over found statements {result.accuracy_found:.3f}  ({result.total - result.missed} found)")
    print(f"missed statements       {result.missed}")
    print(f"kind accuracy           {result.kind_accuracy:.3f}")
    for error in result.errors:
        gold = error.gold
        if not error.found:
            print(f"- [{error.passage}] MISSED {gold.kind} {gold.content!r} (speaker {gold.speaker!r})")
            continue
        print(
            f"- [{error.passage}] {gold.content!r}: gold {gold.speaker!r} (entity {error.gold_entity!r}),"
            f" predicted {error.predicted_speaker!r} -> {error.predicted_entity!r}"
        )


if __name__ == "__main__":
    main()
