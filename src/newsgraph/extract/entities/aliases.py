"""The alias ruler: spaCy's `SpanRuler` over every known name form, each match keeping its row id."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.pipeline import SpanRuler
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.vocab import Vocab

from ...tables import AliasEntry

__all__ = ["alias_patterns", "alias_matches"]


def alias_patterns(names: tuple[AliasEntry, ...]) -> list[dict[str, str]]:
    """One SpanRuler pattern per distinct name form: label = the entry's type, id = its row id.
    A form two entries share belongs to the first (user tables come first, so they win)."""
    patterns: dict[str, dict[str, str]] = {}
    for entry in names:
        for form in (entry.name, *entry.aliases):
            form = re.sub(r"^(?:the|The)\s+", "", form)
            if form and form not in patterns:
                patterns[form] = {"label": entry.type, "pattern": form, "id": entry.id}
    return list(patterns.values())


@lru_cache(maxsize=4)
def _ruler(vocab: Vocab, names: tuple[AliasEntry, ...]) -> SpanRuler:
    import spacy  # a blank pipeline only tokenises the patterns; the model is loaded by the pipeline

    ruler = SpanRuler(spacy.blank("en", vocab=vocab), name="newsgraph_aliases", phrase_matcher_attr="ORTH")
    ruler.add_patterns(alias_patterns(names))
    return ruler


def alias_matches(doc: Doc, names: tuple[AliasEntry, ...]) -> list[SpacySpan]:
    """Every case-sensitive match of a known name form, with `label_` (type) and `id_` (row id)."""
    return _ruler(doc.vocab, names).match(doc)
