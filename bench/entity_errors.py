"""List newsgraph's entity errors on the GUM TUNE documents: missed, spurious, mistyped names, split and joined clusters.

Usage: PYTHONPATH=src:bench .venv/bin/python bench/entity_errors.py [--part tune] [--doc NAME] [path/to/gum]
Only the tuning part is listed; asking for the check part is refused (it is scored, never read).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from eval_entities import DEFAULT, newsgraph_predictions
from evaluation.gum import SCORED_LABELS, TYPE_MAP, UNPENALISED_LABELS, named_mentions, read_gum_dir
from evaluation.splits import CHECK, TUNE, split_of


def list_errors(document, predicted) -> None:
    gold = {(m.start, m.end): m for m in named_mentions(document)}
    found = {(s, e): (label, entity) for s, e, label, entity in predicted if label in SCORED_LABELS}
    text = document.text
    print(f"\n== {document.name}")
    for span, m in gold.items():
        if span not in found:
            near = [f"{text[s:e]!r}/{lab}" for (s, e), (lab, _) in found.items() if s < span[1] and e > span[0]]
            print(f"  MISSED {m.type:<12} {m.text!r}" + (f"  (found {', '.join(near)})" if near else ""))
        elif found[span][0] not in TYPE_MAP[m.type]:
            print(f"  TYPE   {m.type:<12} {m.text!r} labelled {found[span][0]}")
    for span, (label, _) in found.items():
        if span not in gold and label not in UNPENALISED_LABELS:
            context = text[max(0, span[0] - 40):span[1] + 40].replace("\n", " ")
            print(f"  SPURIOUS {label:<10} {text[span[0]:span[1]]!r}  ...{context}...")
    shared = [s for s in gold if s in found and found[s][0] in TYPE_MAP[gold[s].type]]
    by_gold, by_predicted = defaultdict(set), defaultdict(set)
    for s in shared:
        by_gold[gold[s].entity].add(s)
        by_predicted[found[s][1]].add(s)
    for members in by_gold.values():
        entities = {found[s][1] for s in members}
        if len(entities) > 1:
            groups = [", ".join(sorted({text[a:b] for a, b in by_predicted[e] & members})) for e in entities]
            print("  SPLIT  " + " | ".join(sorted(groups)))
    for members in by_predicted.values():
        chains = {gold[s].entity for s in members}
        if len(chains) > 1:
            groups = defaultdict(set)
            for a, b in members:
                groups[gold[(a, b)].entity].add(text[a:b])
            print("  JOINED " + " | ".join(", ".join(sorted(g)) for g in groups.values()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--part", default=TUNE, choices=(TUNE, CHECK))
    parser.add_argument("--doc", help="only this tuning document")
    args = parser.parse_args()
    if args.part == CHECK:
        parser.error("check-part errors are never shown: the check part is scored, not read")
    documents = [d for d in read_gum_dir(args.folder) if split_of(d.name) == TUNE]
    if args.doc:
        documents = [d for d in documents if d.name == args.doc]
    for document, predicted in zip(documents, newsgraph_predictions(documents)):
        list_errors(document, predicted)


if __name__ == "__main__":
    main()
