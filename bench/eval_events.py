"""Score newsgraph's events on the PLOVER GSR dev file: type, source/target country, triple, mode, per type.

Usage: .venv/bin/python bench/eval_events.py [--limit N] [--errors]
Reads ../shared/eval/events/plover-gsr-dev.jsonl in place. A sentence's prediction is the event
`evaluation.plover.sentence_prediction` picks (most confident, then earliest trigger).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsgraph import Options, Pipeline
from stage_timing import time_stage
from evaluation.plover import country_of, read_gsr, score_events, sentence_prediction

GSR = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "events" / "plover-gsr-dev.jsonl"


def _describe(event) -> str:
    if event is None:
        return "(no event)"
    source = country_of(event.source.code) if event.source else ""
    target = country_of(event.target.code) if event.target else ""
    return f"{source or '-'} {event.type}/{event.mode or ''} {target or '-'} [{event.trigger.text}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", action="store_true", help="list the records whose triple is wrong")
    args = parser.parse_args()

    gold = read_gsr(GSR.resolve())[: args.limit]
    pipeline = Pipeline(Options.load())
    event_time = time_stage(pipeline, "newsgraph_events")
    began = time.perf_counter()
    analyses = list(pipeline.analyze_many(g.text for g in gold))
    total = time.perf_counter() - began
    scores = score_events((g, a.events) for g, a in zip(gold, analyses))

    print(f"PLOVER GSR dev: {scores.records} records, {scores.with_event} with an event")
    print(
        f"event type accuracy     {scores.type_accuracy:.3f}  ({scores.type_correct}/{scores.records})  target >= 0.85"
    )
    print(f"source country accuracy {scores.source_accuracy:.3f}  ({scores.source_correct}/{scores.records})")
    print(f"target country accuracy {scores.target_accuracy:.3f}  ({scores.target_correct}/{scores.records})")
    print(
        f"triple accuracy         {scores.triple_accuracy:.3f}  ({scores.triple_correct}/{scores.records})  target >= 0.70"
    )
    print(
        f"mode accuracy           {scores.mode_accuracy:.3f}  ({scores.mode_correct}/{scores.mode_gold} with a gold mode)"
    )
    print(f"{'type':<10} {'gold':>5} {'pred':>5} {'right':>5} {'recall':>7} {'prec':>6}")
    for name, s in scores.per_type.items():
        print(f"{name:<10} {s.gold:>5} {s.predicted:>5} {s.correct:>5} {s.recall:7.3f} {s.precision:6.3f}")
    stage = sum(event_time)
    print(f"pipeline {total:.1f}s, event stage {stage:.2f}s ({stage / total:.1%})")
    if args.errors:
        for g, a in zip(gold, analyses):
            chosen = sentence_prediction(a.events)
            gold_source = "/".join(sorted(g.source_countries))
            gold_target = "/".join(sorted(g.target_countries))
            want = f"{gold_source or '-'} {g.event}/{g.mode or ''} {gold_target or '-'}"
            got = _describe(chosen)
            ok = (
                chosen is not None
                and chosen.type == g.event
                and country_of(chosen.source.code if chosen.source else None) in g.source_countries
                and country_of(chosen.target.code if chosen.target else None) in g.target_countries
            )
            if not ok:
                others = "; ".join(_describe(v) for v in a.events if v is not chosen)
                print(f"\n{g.id}\n  {g.text}\n  gold {want}\n  got  {got}\n  also {others}")


if __name__ == "__main__":
    main()
