"""Score entity recognition and clustering on GUM: newsgraph beside raw spaCy `doc.ents`.

Usage: .venv/bin/python bench/eval_entities.py [path/to/gum]   (default ../shared/eval/entities/gum)
       .venv/bin/python bench/eval_entities.py --cost                 (entity stage CPU vs spaCy, VOA corpus)
Prints (a) named-mention P/R/F1 on GUM types mapped to spaCy labels and (b) B³ over the
named mentions both sides found, per document and overall (see bench/evaluation/gum.py).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from newsgraph import Options, Pipeline
from evaluation.gum import GumDocument, entity_scores, read_gum_dir
from newsgraph.extract.entities import extract_entities
from newsgraph.records import Article

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DEFAULT = SHARED / "eval" / "entities" / "gum"


def newsgraph_predictions(documents: list[GumDocument]) -> list[list[tuple[int, int, str, object]]]:
    """(start, end, label, entity id) per mention, from the entities stage."""
    pipeline = Pipeline(Options.load(stages=("entities",)))
    return [
        [(m.start, m.end, e.type, e.id) for e in analysis.entities for m in e.mentions]
        for analysis in pipeline.analyze_many(d.text for d in documents)
    ]


def spacy_predictions(documents: list[GumDocument]) -> list[list[tuple[int, int, str, object]]]:
    """Raw `doc.ents`; each distinct exact string is one entity."""
    pipeline = Pipeline(Options.load(stages=()))
    return [
        [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
        for doc in pipeline.nlp.pipe(d.text for d in documents)
    ]


def main(folder: Path) -> None:
    documents = read_gum_dir(folder)
    if not documents:
        sys.exit(f"no GUM .tsv files in {folder}")
    systems = {}
    for name, predict in (("spaCy doc.ents", spacy_predictions), ("newsgraph", newsgraph_predictions)):
        started = time.perf_counter()
        predictions = predict(documents)
        systems[name] = (entity_scores(documents, predictions), time.perf_counter() - started)
    print(f"GUM: {len(documents)} documents from {folder}")
    width = max(len(d.name) for d in documents)
    print(f"\n{'document':<{width}}  " + "  ".join(f"{n:>26}" for n in systems))
    print(f"{'':<{width}}  " + "  ".join(f"{'mention F1':>12}  {'B3 F1':>12}" for _ in systems))
    for i, document in enumerate(documents):
        cells = []
        for (scores, _), in zip(systems.values()):
            mention, cluster = scores.per_document[i]
            cells.append(f"{mention.f1:>12.3f}  {cluster.f1:>12.3f}")
        print(f"{document.name:<{width}}  " + "  ".join(cells))
    for name, (scores, seconds) in systems.items():
        print(f"\n{name}  ({seconds:.1f}s)")
        print(f"  (a) named mentions, micro:   {scores.mentions}")
        for gum_type, type_scores in scores.by_type.items():
            print(f"        {gum_type:<13} {type_scores}")
        print(f"  (b) clustering B3, micro:    {scores.clusters}")


def cost() -> None:
    """CPU time of the entity stage beside spaCy's own, over the VOA benchmark corpus."""
    lines = (SHARED / "corpora" / "voa" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    pipeline = Pipeline(Options.load(stages=()))
    started = time.process_time()
    docs = [pipeline.nlp(pipeline.make_doc(Article(text))) for text in texts]
    spacy_seconds = time.process_time() - started
    list(extract_entities(docs[0], options=pipeline.options))  # tables and ruler are built once
    started = time.process_time()
    for doc in docs:
        list(extract_entities(doc, options=pipeline.options))
    stage_seconds = time.process_time() - started
    print(f"{len(texts)} VOA stories: spaCy {spacy_seconds:.2f} s CPU, entity stage {stage_seconds:.2f} s CPU "
          f"({100 * stage_seconds / spacy_seconds:.1f}% of spaCy's time)")


if __name__ == "__main__":
    if sys.argv[1:] == ["--cost"]:
        cost()
    else:
        main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
