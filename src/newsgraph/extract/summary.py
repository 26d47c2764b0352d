"""Summary: the article's most informative sentences, in article order (extractive)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Doc

from ..options import Options
from ..records import SummarySentence

__all__ = ["extract_summary"]

_MIN_WORDS = 6


def extract_summary(doc: Doc, *, options: Options) -> Iterator[SummarySentence]:
    """Score sentences by the salience of the entities they name and by their position."""
    if options.summary_sentences == 0:
        return
    salience = Counter()
    for entity in doc._.ng_entities or ():
        for mention in entity.mentions:
            salience[(mention.start, mention.end)] = len(entity.mentions)
    sentences = [s for s in doc.sents if sum(t.is_alpha for t in s) >= _MIN_WORDS]
    scored = []
    for position, sentence in enumerate(sentences):
        named = sum(
            weight for (start, end), weight in salience.items()
            if sentence.start_char <= start and end <= sentence.end_char
        )
        words = sum(t.is_alpha for t in sentence)
        scored.append((named / words + 1.0 / (1 + position), sentence))
    best = sorted(scored, key=lambda item: -item[0])[: options.summary_sentences]
    for _score, sentence in sorted(best, key=lambda item: item[1].start):
        text = sentence.text.strip()
        start = sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))
        yield SummarySentence(start, start + len(text), text)
