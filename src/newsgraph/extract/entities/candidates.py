"""Name candidates: spaCy's entity spans and the alias ruler's matches, merged."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ...lang.names import name_key
from ...lang.words import name_particles, name_suffixes
from ...tables import AliasEntry, person_titles
from .aliases import alias_matches
from .words import NAME_LABELS, entity_words

__all__ = [
    "Candidate", "spacy_candidates", "ruler_candidates", "merge_candidates", "qualified_groups", "particle_names",
]


@dataclass(frozen=True)
class Candidate:
    """A token span proposed as a name, before repair."""

    start: int  # token index
    end: int
    label: str
    from_ruler: bool
    alias_id: str | None = None  # the alias table row of a ruler match


def spacy_candidates(doc: Doc) -> list[Candidate]:
    """spaCy's names; a person or organisation span running over a comma is a list of names
    ("Draper, Firefly Aerospace"), unless a suffix follows the comma ("Apple, Inc.", "Kennedy, Jr.")."""
    found = []
    for e in doc.ents:
        if e.label_ not in NAME_LABELS:
            continue
        start = e.start
        if e.label_ in ("PERSON", "ORG"):
            for i in range(e.start + 1, e.end - 1):
                if doc[i].text == "," and name_key(doc[i + 1].text) not in name_suffixes() | entity_words("company-suffix"):
                    found.append(Candidate(start, i, e.label_, False))
                    start = i + 1
        found.append(Candidate(start, e.end, e.label_, False))
    return found


def ruler_candidates(doc: Doc, names: tuple[AliasEntry, ...]) -> list[Candidate]:
    return [Candidate(span.start, span.end, span.label_, True, span.id_) for span in alias_matches(doc, names)]


def merge_candidates(doc: Doc, spacy_found: list[Candidate], ruler_found: list[Candidate]) -> list[Candidate]:
    """Combine spaCy's spans with the ruler's (overlapping forms of one referent joined into one
    span: "Crown Prince Mohammed bin Salman"). The ruler wins where the spans are equal, where
    it covers spaCy's, where they merely overlap, and where its names fill spaCy's span; a
    longer spaCy span keeps its own reading ("Syrian Observatory for Human Rights"), except
    that a leading nationality is split off a person ("Syrian President Bashar Assad"; not a country's
    name that is a first name: "Israel Katz").
    A spaCy PERSON keeps its label where the ruler knows the same string as a country ("Jordan")."""
    ruler_kept: list[Candidate] = []
    for c in sorted(ruler_found, key=lambda c: (c.start - c.end, c.start)):
        overlapping = [k for k in ruler_kept if k.start < c.end and c.start < k.end]
        if not overlapping:
            ruler_kept.append(c)
        elif len(overlapping) == 1 and overlapping[0].alias_id == c.alias_id:
            # "Crown Prince Mohammed" and "Mohammed bin Salman", two forms of one referent: one mention.
            k = overlapping[0]
            ruler_kept[ruler_kept.index(k)] = Candidate(min(k.start, c.start), max(k.end, c.end), k.label, True, k.alias_id)
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
            # (unless the ruler knows the person too: "US President Barack Obama"). A country's name
            # not followed by a title is the person's first name: "Jordan Bardella".
            rule = overlapping[0]
            if rule.label == "GPE" and len(overlapping) == 1 and rule.end < ent.end \
                    and doc[rule.end].lower_ not in person_titles() and doc[rule.end].text[:1].isupper():
                ruler_kept.remove(rule)
                chosen.append(ent)
            elif len(overlapping) == 1:
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


def particle_names(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """"Ursula von der Leyen" read as "Ursula von der" and a place "Leyen": a person's name that
    ends in, or is followed by, lower-case name particles runs on to the capitalised word after
    them; what spaCy made of that word is dropped."""
    result = list(candidates)
    for c in candidates:
        if c.label != "PERSON" or c.from_ruler or c not in result:
            continue
        end = c.end
        while end > c.start + 1 and doc[end - 1].is_lower and doc[end - 1].text in name_particles():
            end -= 1
        particles = end
        while end < len(doc) and end - particles < 3 and doc[end].is_lower and doc[end].text in name_particles():
            end += 1
        if end == particles or end >= len(doc) or not (doc[end].is_alpha and doc[end].is_title):
            continue
        joined = Candidate(c.start, end + 1, "PERSON", False)
        result = [r for r in result if r is not c and not (r.start < joined.end and joined.start < r.end)]
        result.append(joined)
    return sorted(result, key=lambda c: c.start)
