"""Main-text extraction quality: precision and recall of word 4-gram shingles, per document.

The measure of the article-extraction benchmark: each document's extracted text and its
ground-truth body are turned into sets of word 4-grams; precision and recall are averaged over
documents, and F1 is taken from the averages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["shingles", "ExtractionScore", "score_extraction"]

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    """The set of `size`-word windows of the text, case-folded."""
    words = _WORD.findall(text.casefold())
    return {tuple(words[i : i + size]) for i in range(max(0, len(words) - size + 1))}


@dataclass(frozen=True)
class ExtractionScore:
    precision: float
    recall: float
    documents: int

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def score_extraction(pairs: Iterable[tuple[str, str]]) -> ExtractionScore:
    """Average shingle precision and recall over (extracted, truth) pairs.

    An empty extraction of a non-empty truth scores precision 0 and recall 0; both empty scores 1.
    """
    precisions, recalls = [], []
    for extracted, truth in pairs:
        got, want = shingles(extracted), shingles(truth)
        overlap = len(got & want)
        precisions.append(overlap / len(got) if got else float(not want))
        recalls.append(overlap / len(want) if want else float(not got))
    n = len(precisions)
    return ExtractionScore(sum(precisions) / n if n else 0.0, sum(recalls) / n if n else 0.0, n)
