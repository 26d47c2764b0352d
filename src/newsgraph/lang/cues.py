"""The reporting-cue lexicon, shared by the quote and event stages: which lemmas attribute a
statement, and what their content may be.

`data/reporting_verbs.txt` lists one cue lemma a line (a verb, or a noun such as 'claim') with the
frames its content may take; this module is the only reader of that file. The rules that apply
it to tokens live with the quote extractor (`newsgraph.extract.quotes.cues`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..tables import word_list

__all__ = ["CLAUSE_ANY", "CLAUSE_ASIDE", "CLAUSE_THAT", "CueFrames", "cue_lemmas", "cue_lexicon"]

# the keywords of the file's format; any other word after the lemma is a preposition
_FRAME_KEYWORDS = {"infinitive", "object", "target", "clause", "noun", "verb", "that", "aside", "medium"}
# how a cue may report a clause: any clause, one opened by 'that', or only as an aside ('..., she added.')
CLAUSE_ANY, CLAUSE_THAT, CLAUSE_ASIDE = "any", "that", "aside"


@dataclass(frozen=True)
class CueFrames:
    """What a cue's content may be: a clause (any, 'that' only, or only as an aside), an infinitive,
    an object (with `target`, only with what is said of it: 'praised X for Y'), preposition
    objects; whether the lemma is a cue as a verb, as a noun, or both; and with `medium`, whether
    its source must be what a statement is made in ('the statement read', not 'a sign read').

    A clause before the cue ('X is wrong, the study found') is an aside whatever `clause` says."""

    clause: str = CLAUSE_ANY
    infinitive: bool = False
    obj: bool = False
    target: bool = False
    preps: frozenset[str] = frozenset()
    verb: bool = True
    noun: bool = False
    medium: bool = False


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, CueFrames]:
    """Cue lemmas and their frames, from `reporting_verbs.txt` ('lemma frame frame ...')."""
    lexicon = {}
    for entry in word_list("reporting_verbs.txt"):
        lemma, *frames = entry.split()
        clause = CLAUSE_THAT if "that" in frames else CLAUSE_ASIDE if "aside" in frames else CLAUSE_ANY
        lexicon[lemma] = CueFrames(
            clause=clause,
            infinitive="infinitive" in frames,
            obj="object" in frames or "target" in frames,
            target="target" in frames,
            preps=frozenset(f for f in frames if f not in _FRAME_KEYWORDS),
            verb="verb" in frames or "noun" not in frames,
            noun="noun" in frames,
            medium="medium" in frames,
        )
    return lexicon


def cue_lemmas() -> frozenset[str]:
    """Every lemma the lexicon lists, verb and noun cues alike."""
    return frozenset(cue_lexicon())
