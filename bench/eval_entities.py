"""Score entity recognition and clustering on GUM: newsgraph beside raw spaCy `doc.ents`, tune beside check.

Usage: PYTHONPATH=src .venv/bin/python bench/eval_entities.py [path/to/gum]   (default ../shared/eval/entities/gum)
       PYTHONPATH=src .venv/bin/python bench/eval_entities.py --cost          (entity stage CPU vs spaCy, VOA corpus)
Prints (a) named-mention P/R/F1 on GUM types mapped to spaCy labels and (b) B³ over the
named mentions both sides found (see newsgraph.evaluation.gum), for the tuning part and the check
part side by side. A document's id is its name, the stem of its file (`GUM_interview_ants` for
GUM_interview_ants.tsv); `split_of(name)` puts about 30% of the documents in the check part.
Per-document rows are printed for the tuning part only.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from newsgraph import Options, Pipeline
from newsgraph.evaluation.gum import CorpusScores, GumDocument, entity_scores, read_gum_dir
from newsgraph.evaluation.splits import CHECK, TUNE, split_of
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


def _parts(documents: list[GumDocument], predictions: list) -> dict[str, CorpusScores]:
    """Scores of the tuning and of the check documents."""
    parts = {}
    for part in (TUNE, CHECK):
        chosen = [i for i, d in enumerate(documents) if split_of(d.name) == part]
        parts[part] = entity_scores([documents[i] for i in chosen], [predictions[i] for i in chosen])
    return parts


def main(folder: Path) -> None:
    documents = read_gum_dir(folder)
    if not documents:
        sys.exit(f"no GUM .tsv files in {folder}")
    systems = {}
    for name, predict in (("spaCy doc.ents", spacy_predictions), ("newsgraph", newsgraph_predictions)):
        started = time.perf_counter()
        predictions = predict(documents)
        systems[name] = (_parts(documents, predictions), time.perf_counter() - started)
    counts = {part: sum(split_of(d.name) == part for d in documents) for part in (TUNE, CHECK)}
    print(f"GUM: {len(documents)} documents from {folder} ({counts[TUNE]} tune, {counts[CHECK]} check)")
    tune_documents = [d for d in documents if split_of(d.name) == TUNE]
    width = max(len(d.name) for d in tune_documents)
    print(f"\ntuning documents\n{'document':<{width}}  " + "  ".join(f"{n:>26}" for n in systems))
    print(f"{'':<{width}}  " + "  ".join(f"{'mention F1':>12}  {'B3 F1':>12}" for _ in systems))
    for i, document in enumerate(tune_documents):
        cells = []
        for parts, _ in systems.values():
            mention, cluster = parts[TUNE].per_document[i]
            cells.append(f"{mention.f1:>12.3f}  {cluster.f1:>12.3f}")
        print(f"{document.name:<{width}}  " + "  ".join(cells))
    for name, (parts, seconds) in systems.items():
        tune, check = parts[TUNE], parts[CHECK]
        print(f"\n{name}  ({seconds:.1f}s)  {TUNE:<44}  {CHECK}")
        print(f"  (a) named mentions, micro:  {tune.mentions!s:<44}  {check.mentions}")
        for gum_type in tune.by_type:
            print(f"        {gum_type:<13}       {tune.by_type[gum_type]!s:<44}  {check.by_type[gum_type]}")
        print(f"  (b) clustering B3, micro:   {tune.clusters!s:<44}  {check.clusters}")


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
