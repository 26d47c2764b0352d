"""Build small parsed Docs by hand, so that rule tests need no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.records import Entity, Span

_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_, is_punct ...), no model


def parsed(
    tokens: list[tuple[str, str, str, int, str]], *, lemmas: list[str] | None = None, spaces: list[bool] | None = None
) -> Doc:
    """A Doc from (word, pos, dep, head offset from the token, tag) rows; one sentence per ROOT.
    A space follows each word but punctuation, unless `spaces` says otherwise."""
    words = [t[0] for t in tokens]
    heads = [i + t[3] for i, t in enumerate(tokens)]
    if spaces is None:
        spaces = [i + 1 < len(words) and words[i + 1] not in {".", ",", "'s", "?", "!", ":", ";"} for i in range(len(words))]
    sent_starts = [i == 0 or (tokens[i - 1][0] in {".", "?", "!"}) for i in range(len(words))]
    return Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        pos=[t[1] for t in tokens],
        deps=[t[2] for t in tokens],
        heads=heads,
        tags=[t[4] for t in tokens],
        lemmas=lemmas or [w.lower() for w in words],
        sent_starts=sent_starts,
    )


def entity(doc: Doc, entity_id: str, type_: str, *names: str, kind: str | None = None) -> Entity:
    """An Entity whose mentions are every occurrence of each name in the Doc's text."""
    mentions = []
    for name in names:
        start = doc.text.find(name)
        while start != -1:
            mentions.append(Span(start, start + len(name), name))
            start = doc.text.find(name, start + 1)
    return Entity(entity_id, names[0], type_, tuple(sorted(mentions, key=lambda m: m.start)), kind=kind)
