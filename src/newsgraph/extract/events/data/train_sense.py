"""Rebuild the event sense model (`sense-weights.npz`) from the sentences beside this script.

    .venv/bin/python src/newsgraph/extract/events/data/train_sense.py

Parses every `sense-sentences-*.jsonl` row with the project's spaCy model, finds the trigger token,
and fits a multinomial logistic regression over `newsgraph.extract.events.sense.trigger_features`.
First it holds out the check part of the sentences (`evaluation.splits.split_of(id)` in bench/,
about 30%), trains on the rest and prints held-out accuracy with per-label precision and recall;
then it trains the shipped model on all sentences. Deterministic: fixed folds and seed. The
held-out figures are optimistic: the same people wrote the training and the held-out sentences.
Needs scikit-learn (the `dev` extra) here only; run time needs numpy alone.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report
from sklearn.model_selection import StratifiedKFold, cross_val_score

from newsgraph.extract.events.sense import NONE, WEIGHTS, SenseModel, trigger_features
from newsgraph.options import Options
from newsgraph.pipeline import load_model

sys.path.insert(0, str(Path(__file__).resolve().parents[5] / "bench"))  # the split lives with the other gold-data code
from evaluation.splits import CHECK, split_of  # noqa: E402

HERE = Path(__file__).resolve().parent
SEED = 0
C_GRID = (3.0, 10.0, 30.0)
DEFAULT_C = 30.0  # what the 3-fold search chose at the last full rebuild; used with --skip-eval


def read_rows(folder: Path = HERE) -> list[dict]:
    """Every training row, in file then line order."""
    rows = []
    for path in sorted(folder.glob("sense-sentences-*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            rows.extend(json.loads(line) for line in lines if line.strip())
    return rows


def trigger_char_span(row: dict) -> tuple[int, int]:
    """Character offsets of the row's trigger: its `occurrence`-th whole-word match in the text."""
    pattern = r"(?<!\w)" + re.escape(row["trigger"]) + r"(?!\w)"
    matches = list(re.finditer(pattern, row["text"]))
    if len(matches) <= row["occurrence"]:
        raise ValueError(f"{row['id']}: trigger {row['trigger']!r} #{row['occurrence']} not in its text")
    match = matches[row["occurrence"]]
    return match.start(), match.end()


def featurise(rows: list[dict]) -> list[dict[str, float]]:
    """Parse the sentences and compute the trigger features of each row."""
    nlp = load_model(Options.load().spacy_model)
    features = []
    for row, doc in zip(rows, nlp.pipe(row["text"] for row in rows), strict=True):
        start, end = trigger_char_span(row)
        span = doc.char_span(start, end, alignment_mode="expand")
        features.append(trigger_features(span.root))
    return features


def choose_c(x, y) -> float:
    """The regularisation strength with the best 3-fold accuracy on the training part."""
    folds = StratifiedKFold(n_splits=3, shuffle=True, random_state=SEED)
    scores = {c: cross_val_score(_classifier(c), x, y, cv=folds).mean() for c in C_GRID}
    for c, score in scores.items():
        print(f"  C={c:<5} 3-fold accuracy {score:.3f}")
    return max(scores, key=scores.__getitem__)


def _classifier(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=5000, random_state=SEED)


def fit(features: list[dict[str, float]], labels: list[str], c: float) -> SenseModel:
    """A fitted SenseModel over exactly the features seen in training."""
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(features)
    model = _classifier(c).fit(x, labels)
    names = vectorizer.get_feature_names_out().tolist()
    return SenseModel(
        labels=tuple(model.classes_.tolist()),
        index={name: row for row, name in enumerate(names)},
        weights=model.coef_.T.astype(np.float32),
        bias=model.intercept_.astype(np.float32),
    )


def evaluate_held_out(features, labels, ids) -> float:
    """Train on the tune part, print held-out figures; return the regularisation strength chosen."""
    held = [split_of(i) == CHECK for i in ids]
    train = [(f, y) for f, y, h in zip(features, labels, held, strict=True) if not h]
    test = [(f, y) for f, y, h in zip(features, labels, held, strict=True) if h]
    print(f"held-out evaluation: train {len(train)}, held out {len(test)} (split_of(id) == 'check')")
    c = choose_c(DictVectorizer().fit_transform([f for f, _ in train]), [y for _, y in train])
    model = fit([f for f, _ in train], [y for _, y in train], c)
    predicted = [_argmax(model.predict_features(f)) for f, _ in test]
    gold = [y for _, y in test]
    print(f"chosen C={c}; held-out accuracy {_accuracy(predicted, gold):.3f}")
    print(classification_report(gold, predicted, digits=3, zero_division=0))
    true_pos = sum(p != NONE and y != NONE for p, y in zip(predicted, gold, strict=True))
    print(
        f"event or not: precision {true_pos / max(1, sum(p != NONE for p in predicted)):.3f}, "
        f"recall {true_pos / max(1, sum(y != NONE for y in gold)):.3f}"
    )
    # As the coder uses it: a trigger word the model has seen, choosing among the senses it was
    # seen with (its candidates) and NONE.
    senses: dict[str, set[str]] = {}
    for f, y in train:
        senses.setdefault(_lemma(f), set()).add(y)
    known = [(p, y) for p, (f, y) in zip(predicted, test, strict=True) if _lemma(f) in senses]
    print(f"trigger lemma seen in training: accuracy {_accuracy(*zip(*known)):.3f} (n={len(known)})")
    ambiguous = [(f, y) for f, y in test if len(senses.get(_lemma(f), ())) > 1]
    restricted = [_argmax(model.predict_features(f, senses[_lemma(f)])) for f, _ in ambiguous]
    print(
        f"lemma seen with 2+ senses, restricted to them and NONE: accuracy "
        f"{_accuracy(restricted, [y for _, y in ambiguous]):.3f} (n={len(ambiguous)})"
    )
    return c


def _lemma(features: dict[str, float]) -> str:
    return next(name for name in features if name.startswith("lemma="))


def _accuracy(predicted, gold) -> float:
    return sum(p == y for p, y in zip(predicted, gold, strict=True)) / max(1, len(gold))


def _argmax(probabilities: dict[str, float]) -> str:
    return max(probabilities, key=probabilities.__getitem__)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="where to write the weights")
    parser.add_argument("--skip-eval", action="store_true", help="train the shipped model only")
    args = parser.parse_args(argv)
    rows = read_rows()
    started = time.perf_counter()
    features = featurise(rows)
    labels = [row["label"] for row in rows]
    print(f"{len(rows)} sentences parsed in {time.perf_counter() - started:.1f} s")
    c = DEFAULT_C if args.skip_eval else evaluate_held_out(features, labels, [r["id"] for r in rows])
    model = fit(features, labels, c)
    model.save(args.out)
    size = args.out.stat().st_size
    print(
        f"shipped model: {len(model.index)} features x {len(model.labels)} labels, C={c}, "
        f"{size / 1e6:.2f} MB -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
