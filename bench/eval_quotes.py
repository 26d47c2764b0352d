"""Score newsgraph's quotes on PolNeAR: P/R/F1 for content, source, cue and source+content, tune beside check.

Usage: PYTHONPATH=src .venv/bin/python bench/eval_quotes.py [--split dev|train] [--limit N] [--errors]
Reads ../shared/eval/quotes/polnear in place. A text's id is its document name, the stem of
`<set>/text/<name>.txt`, shaped `<outlet>_<date>_<slug>`; `split_of(name)` puts about 30% of
the texts in the check part. Quotes are read in PolNeAR's own `attributions` scope (a cue's object or
infinitive is content too); the default `statements` scope is scored by eval_quotes_news.py. Prints
the figures of the tuning part, then of the check part, and how long the quote stage took. `--errors` first lists the missed and spurious attributions (content,
overlap rule) of the tuning part only; check-part errors are never shown.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsgraph import Options, Pipeline
from stage_timing import time_stage
from evaluation.polnear import (
    ROLES,
    RULES,
    Attribution,
    PolnearDocument,
    QuoteScores,
    content_errors,
    load_split,
    predicted_attributions,
    score_quotes,
)
from evaluation.splits import CHECK, TUNE, split_of
from newsgraph.records import Quote

POLNEAR = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "quotes" / "polnear"


def _cell(scores: QuoteScores, role: str, rule: str) -> str:
    s = scores[(role, rule)]
    return f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {f'({s.true_positives}/{s.predicted}/{s.gold})':>16}"


def _show(text: str, fragments: tuple[tuple[int, int], ...]) -> str:
    return " | ".join(text[s:e] for s, e in fragments).replace("\n", " ") or "-"


def _sentence_around(text: str, fragments: tuple[tuple[int, int], ...]) -> str:
    """The line (paragraph) holding the first fragment, for context."""
    start = text.rfind("\n", 0, fragments[0][0]) + 1
    end = text.find("\n", fragments[-1][1])
    return text[start : len(text) if end == -1 else end]


def _attribution_line(text: str, attribution: Attribution) -> str:
    return (
        f"source [{_show(text, attribution.source)}] cue [{_show(text, attribution.cue)}]\n"
        f"      content [{_show(text, attribution.content)}]"
    )


def print_errors(pairs: list[tuple[PolnearDocument, list[Quote]]]) -> None:
    """Missed and spurious attributions of tuning-part texts, each with its paragraph."""
    for document, quotes in pairs:
        if split_of(document.name) != TUNE:
            raise ValueError(f"{document.name} is a check-part text: its errors are never shown")
        missed, spurious = content_errors(document.text, predicted_attributions(quotes), document.attributions)
        if not missed and not spurious:
            continue
        print(f"\n=== {document.name}")
        for kind, attributions in (("MISSED", missed), ("SPURIOUS", spurious)):
            for attribution in attributions:
                print(f"  {kind} {_attribution_line(document.text, attribution)}")
                print(f"      in: {_sentence_around(document.text, attribution.content)[:600]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", help="PolNeAR set to read (dev or train)")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--errors", nargs="?", const=TUNE, choices=(TUNE, CHECK), help="list errors (tune part only)"
    )
    args = parser.parse_args()
    if args.errors == CHECK:
        parser.error("check-part errors are never shown: the check part is scored, not read")

    documents = load_split(POLNEAR.resolve(), args.split)[: args.limit]
    # PolNeAR marks what a cue names or asks for ('denied the report', 'urged them to act') as content too
    pipeline = Pipeline(Options.load(stages=("entities", "quotes"), quote_scope="attributions"))
    quote_time = time_stage(pipeline, "newsgraph_quotes")
    began = time.perf_counter()
    analyses = list(pipeline.analyze_many(d.text for d in documents))
    total = time.perf_counter() - began

    if args.errors == TUNE:
        print_errors([(d, a.quotes) for d, a in zip(documents, analyses, strict=True) if split_of(d.name) == TUNE])
    parts = {}
    for part in (TUNE, CHECK):
        pairs = [(d, a) for d, a in zip(documents, analyses, strict=True) if split_of(d.name) == part]
        parts[part] = score_quotes((d, a.quotes) for d, a in pairs)
        attributions = sum(len(d.attributions) for d, _ in pairs)
        found = sum(len(a.quotes) for _, a in pairs)
        print(f"PolNeAR {args.split} {part}: {len(pairs)} texts, {attributions} gold attributions, {found} quotes found")
    header = f"{'P':>6} {'R':>6} {'F1':>6} {'(tp/pred/gold)':>16}"
    print(f"\n{'':<17} {TUNE:<37}  {CHECK}")
    print(f"{'role':<8} {'rule':<8} {header}  {header}")
    for role in ROLES:
        for rule in RULES:
            print(f"{role:<8} {rule:<8} {_cell(parts[TUNE], role, rule)}  {_cell(parts[CHECK], role, rule)}")
    stage = sum(quote_time)
    print(
        f"\ntime: {total:.1f}s for entities+quotes pipeline over all {len(documents)} texts, quote stage "
        f"{stage:.2f}s ({stage / len(documents) * 1000:.1f} ms/text)"
    )


if __name__ == "__main__":
    main()
