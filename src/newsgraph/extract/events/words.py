"""The event coder's word classes and argument frames, read once from `data/` tables.

`word_classes.tsv` names each class (light verbs, reporting verbs, hazards, crime words, ...);
`target_prepositions.tsv` says which prepositions introduce a target for which event types.
"""

from __future__ import annotations

from functools import lru_cache

from .tables import table_rows

__all__ = ["introduces_target", "word_class"]


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for _id, kind, word in table_rows("word_classes.tsv"):
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


def word_class(kind: str) -> frozenset[str]:
    """The words (lemmas) of one class of `word_classes.tsv`; a KeyError names a class it lacks."""
    return _classes()[kind]


@lru_cache(maxsize=1)
def _target_frames() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    frames = {}
    for row in table_rows("target_prepositions.tsv"):
        _id, preposition, types = row[:3]
        excepted = row[3] if len(row) > 3 else ""
        frames[preposition] = (frozenset(types.split(",")), frozenset(filter(None, excepted.split(","))))
    return frames


def introduces_target(preposition: str, event_type: str) -> bool:
    """Whether "<preposition> X" names the target of an event of this type ("talks with X")."""
    types, excepted = _target_frames().get(preposition, (frozenset(), frozenset()))
    return event_type not in excepted and ("*" in types or event_type in types)
