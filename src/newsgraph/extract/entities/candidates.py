"""Name candidates: spaCy's entity spans and the alias ruler's matches, merged."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ...tables import AliasEntry
from .aliases import alias_matches
from .words import NAME_LABELS

__all__ = ["Candidate", "spacy_candidates", "ruler_candidates", "merge_candidates", "qualified_groups"]


@dataclass(frozen=True)
class Candidate:
    """A token span proposed as a name, before repair."""

    start: int  # token index
    end: int
    label: str
    from_ruler: bool
    alias_id: str | None = None  # the alias table row of a ruler match


def spacy_candidates(doc: Doc) -> list[Candidate]:
    return [Candidate(e.start, e.end, e.label_, False) for e in doc.ents if e.label_ in NAME_LABELS]


def ruler_candidates(doc: Doc, names: tuple[AliasEntry, ...]) -> list[Candidate]:
    return [Candidate(span.start, span.end, span.label_, True, span.id_) for span in alias_matches(doc, names)]


def merge_candidates(spacy_found: list[Candidate], ruler_found: list[Candidate]) -> list[Candidate]:
    """Combine spaCy's spans with the ruler's. The ruler wins where the spans are equal, where
    it covers spaCy's, where they merely overlap, and where its names fill spaCy's span; a
    longer spaCy span keeps its own reading ("Syrian Observatory for Human Rights"), except
    that a leading nationality is split off a person ("Syrian President Bashar Assad").
    A spaCy PERSON keeps its label where the ruler knows the same string as a country ("Jordan")."""
    ruler_kept: list[Candidate] = []
    for c in sorted(ruler_found, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in ruler_kept):
            ruler_kept.append(c)
    chosen: list[Candidate] = []
    for ent in spacy_found:
        overlapping = [r for r in ruler_kept if r.start < ent.end and r.end > ent.start]
        if not overlapping:
            chosen.append(ent)
            continue
        if len(overlapping) == 1 and (overlapping[0].start, overlapping[0].end) == (ent.start, ent.end):
            rule = overlapping[0]
            if ent.label == "PERSON" and rule.label == "GPE":
                ruler_kept.remove(rule)
                chosen.append(ent)
            continue
        covers = all(ent.start <= r.start and r.end <= ent.end for r in overlapping)
        if covers and ent.label == "PERSON" and overlapping[0].start == ent.start and overlapping[0].label in (
            "NORP", "GPE"
        ):
            # "Syrian President Bashar Assad": the demonym is a mention; the rest is the person
            # (unless the ruler knows the person too: "US President Barack Obama").
            if len(overlapping) == 1:
                chosen.append(Candidate(overlapping[0].end, ent.end, ent.label, False))
            continue
        if covers and not (ent.end - ent.start > sum(r.end - r.start for r in overlapping)):
            continue
        if covers:
            chosen.append(ent)
            for r in overlapping:
                ruler_kept.remove(r)
    return sorted(chosen + ruler_kept, key=lambda c: c.start)


def qualified_groups(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """"the Pakistani Taliban": a nationality the ruler found modifying a curated organisation it found
    right after is one organisation's name, the nationality's own branch (not the curated referent)."""
    result: list[Candidate] = []
    for c in candidates:
        previous = result[-1] if result else None
        if (previous is not None and previous.from_ruler and c.from_ruler and previous.label == "NORP"
                and c.label == "ORG" and previous.end == c.start and previous.end - previous.start == 1
                and doc[previous.start].dep_ in ("compound", "amod") and c.start <= doc[previous.start].head.i < c.end):
            result[-1] = Candidate(previous.start, c.end, "ORG", False)
        else:
            result.append(c)
    return result
