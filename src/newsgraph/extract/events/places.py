"""Where an event happened: a place written as a location of the trigger's own clause.

A place counts when it is the object of a locative preposition ("in", "at", "near" ...). Among
those, the place attached to the trigger or the verb that carries it wins ("struck targets in
Syria"), then one inside the trigger's phrase ("air strikes on positions near Raqqa"), then one in
its clause ("rebels in Mali attacked"); a place elsewhere in the sentence counts only when the
trigger is not in a reported clause ("officials in Washington said X attacked Y": not Washington);
then a place that is the object ("shelled Kharkiv"). Failing those, "the city" takes the city
named last before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ...records import Place

__all__ = ["event_place"]

_LOCATIVE_PREPS = {
    "in", "within", "near", "at", "across", "inside", "outside", "around", "into", "over", "throughout",
    "along", "off", "on", "towards", "toward",
}  # fmt: skip
# Prepositions that give a place only when nothing else does ("attack on Kyiv" is a target first).
_WEAK_LOCATIVE = {"on", "towards", "toward", "over", "into"}
_PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "area"}
_OF_PLACE = {"city", "town", "village", "province", "region"}


def event_place(trigger: Token, predicate: Token, places: Sequence[Place]) -> str | None:
    """The id of the place where the event happened, if the text says."""
    sentence: Span = trigger.sent
    doc = trigger.doc
    in_trigger = {t.i for t in trigger.subtree}
    in_clause = {t.i for t in predicate.subtree} | in_trigger
    anchors = {trigger.i, predicate.i}
    best: tuple[tuple[int, int], str] | None = None
    for place in places:
        for mention in place.mentions:
            if not sentence.start_char <= mention.start < sentence.end_char:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            prep = _locative_prep(span) if span is not None else None
            if prep is None:
                # "shelled Kharkiv": a place struck or entered is where it happened, if nothing else is.
                if (
                    span is not None
                    and span.root.dep_ in {"dobj", "nsubjpass"}
                    and span.root.head.i in anchors
                ):
                    key = (9, abs(mention.start - trigger.idx))
                    if best is None or key < best[0]:
                        best = (key, place.id)
                continue
            if prep.head.i in anchors:
                rank = 0
            elif prep.i in in_trigger:
                rank = 1
            elif prep.i in in_clause:
                rank = 2
            elif predicate.dep_ == "ccomp":
                continue
            else:
                rank = 3
            rank += 4 * (prep.lower_ in _WEAK_LOCATIVE)
            key = (rank, abs(mention.start - trigger.idx))
            if best is None or key < best[0]:
                best = (key, place.id)
    if best is None:
        return _described_place(trigger, places)
    return best[1]


def _locative_prep(span: Span) -> Token | None:
    """The locative preposition whose object is this place, possibly through a modifier or "the
    city of"."""
    head = span.root
    while head.dep_ in {"compound", "amod", "nmod", "poss"} and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _OF_PLACE:
        head = head.head.head
    if head.dep_ == "appos" and head.head.dep_ == "pobj":  # "near Kobane, a town on the border"
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_PREPS:
        return head.head
    return None


def _described_place(trigger: Token, places: Sequence[Place]) -> str | None:
    """ "defending the city": the place of that kind named last before it, in this sentence or the one
    before."""
    for child in trigger.children:
        if child.dep_ in {"dobj", "pobj"} and child.lemma_.lower() in _PLACE_NOUNS:
            if not any(d.lower_ == "the" for d in child.children):
                continue
            window_start = max(0, trigger.sent.start - 1)
            earliest = trigger.doc[window_start].sent.start_char
            before = [(m.start, p.id) for p in places for m in p.mentions if earliest <= m.start < child.idx]
            if before:
                return max(before)[1]
    return None
