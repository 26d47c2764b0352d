"""Parse helpers shared by the stages, on a hand-built parse."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.lang.syntax import has_child, is_infinitive


def _doc() -> Doc:
    # 'Officials urged residents to leave and said that roads were closed .'
    words = ["Officials", "urged", "residents", "to", "leave", "and", "said", "that", "roads", "were", "closed", "."]
    heads = [1, 1, 1, 4, 1, 1, 1, 10, 10, 10, 6, 1]
    deps = ["nsubj", "ROOT", "dobj", "aux", "xcomp", "cc", "conj", "mark", "nsubjpass", "auxpass", "ccomp", "punct"]
    return Doc(English().vocab, words=words, heads=heads, deps=deps)


def test_has_child_matches_label_and_lower_cased_word():
    doc = _doc()
    closed, leave = doc[10], doc[4]
    assert has_child(closed, "mark", "that")
    assert not has_child(closed, "mark", "if")
    assert has_child(leave, "aux", "to") and not has_child(leave, "mark", "to")


def test_an_infinitive_is_a_to_complement_and_a_finite_clause_is_not():
    doc = _doc()
    assert is_infinitive(doc[4])
    assert not is_infinitive(doc[10])
    assert not is_infinitive(doc[6])
