"""Where an event happened: a place written as a location of the trigger's own clause.

A place counts when it is the object of a locative preposition ("in", "at", "near" ...). Among
those, the place attached to the trigger or the verb that carries it wins ("struck targets in
Syria"), then one inside the trigger's phrase ("air strikes on positions near Raqqa"), then one in
its clause ("rebels in Mali attacked"), then "on"/"over" places of the trigger's own phrase; a place
elsewhere in the sentence counts only when the trigger is not in a reported clause ("officials in
Washington said X attacked Y": not Washington), nor in the clause of another event's verb
("speaking in Brussels, X condemned the strikes on Odesa": Odesa);
then a place that is the object ("shelled Kharkiv", "visited Paris"; not "criticised Algeria").
"On", "over", "into" give a place only for deeds done on the ground. Failing those, "the city"
takes the city named last before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ...records import Place
from .ontology import event_types
from .triggers import trigger_type
from .words import word_class

__all__ = ["event_place"]

_LOCATIVE_PREPS = {
    "in", "within", "near", "at", "across", "inside", "outside", "around", "into", "over", "throughout",
    "through", "along", "off", "on", "towards", "toward",
}  # fmt: skip
# Prepositions that give a place only when nothing else does ("attack on Kyiv" is a target first).
_WEAK_LOCATIVE = {"on", "towards", "toward", "over", "into"}
# Types of deeds done in or on a place ("strikes on Kyiv", "shelled Kharkiv", "sent troops into X"):
# for others an object or an "on"/"over" place is a target or a topic ("sanctions on Iran").
_MOVES_IN = {"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"}
_PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "area"}
# "the town of X", "the Pangram area of X", "the heart of X": a part or kind of place, then the place.
_OF_PLACE = {
    "city", "town", "village", "province", "region", "area", "district", "county", "heart", "centre",
    "center", "outskirts", "suburbs", "part", "north", "south", "east", "west",
}  # fmt: skip


def event_place(trigger: Token, predicate: Token, places: Sequence[Place], type_: str) -> str | None:
    """The id of the place where the event happened, if the text says; `type_` is the event's type."""
    sentence: Span = trigger.sent
    doc = trigger.doc
    if predicate.i != trigger.i and _own_event(predicate):
        predicate = trigger  # "speaking in Brussels, X condemned the strikes on Odesa": not Brussels
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
                    type_ in _MOVES_IN | {"CONSULT"}  # "visited Paris", but not "criticised Algeria"
                    and span is not None
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
                rank = 6  # after "on"/"over" places of the trigger's own phrase ("strikes on Odesa")
            if prep.lower_ in _WEAK_LOCATIVE and type_ not in _MOVES_IN:
                continue  # "pressure on Russia", "talks over Ukraine": a target or a topic
            rank += 4 * (prep.lower_ in _WEAK_LOCATIVE)
            key = (rank, abs(mention.start - trigger.idx))
            if best is None or key < best[0]:
                best = (key, place.id)
    if best is None:
        return _described_place(trigger, places)
    return best[1]


def _locative_prep(span: Span) -> Token | None:
    """The locative preposition whose object is this place, possibly through a modifier or "the
    city of", "the heart of the city of"."""
    head = span.root
    while head.dep_ in {"compound", "amod", "nmod", "poss"} and head.head.i != head.i:
        head = head.head
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _OF_PLACE:
        head = head.head.head
    if head.dep_ == "appos" and head.head.dep_ == "pobj":  # "near Kobane, a town on the border"
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_PREPS:
        return head.head
    return None


def _own_event(verb: Token) -> bool:
    """Whether a verb that carries a noun trigger is an event of its own ("condemned the strikes"),
    not a light verb ("carried out strikes"), so that its own phrases say nothing of the noun's place."""
    return verb.lemma_.lower() not in word_class("light_verb") and trigger_type(verb, event_types())[0] is not None


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
