"""Events: who did what to whom, where and when, from trigger words and the dependency parse.

A trigger (verb or nominalisation, from a lexicon of PLOVER types with CAMEO codes) takes its
source from the subject or a naming modifier ("US airstrikes") and its target from the object
or an "against/on" phrase. Conditionals and negations are flagged, not asserted.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry
from spacy.tokens import Doc, Span as SpacySpan, Token

from ..options import Options
from ..records import Actor, Event, Place, Quote, Span
from ..resolve import EntityIndex
from .places import demonym_country

__all__ = ["extract_events", "EventType", "event_types"]

_TARGET_PREPS = {"against", "on", "at", "upon"}
_LOCATIVE_PREPS = {"in", "within", "near", "at", "across", "inside", "outside", "around", "into", "to", "over"}
_CONDITIONAL_MARKS = {"if", "unless", "whether"}
_HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should"}
_SECTORS = {
    "government": "GOV", "military": "MIL", "armed group": "REB", "media": "MED",
    "international organisation": "IGO", "party": "PTY", "civilian": "CVL",
}


@dataclass(frozen=True)
class EventType:
    """What a trigger lemma signals."""

    type: str
    mode: str | None
    cameo: str
    quad_class: int
    goldstein: float


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """Trigger lemma -> event type, with GDELT QuadClass and Goldstein from the CAMEO root."""
    data = resources.files("newsgraph") / "data"
    roots = {}
    for line in (data / "cameo_roots.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            root, quad, goldstein = line.split("\t")
            roots[root] = (int(quad), float(goldstein))
    table = {}
    for line in (data / "event_triggers.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, type_, mode, cameo = line.split("\t")
            quad, goldstein = roots[cameo[:2]]
            table[lemma] = EventType(type_, mode or None, cameo, quad, goldstein)
    return table


def extract_events(doc: Doc, *, options: Options) -> Iterator[Event]:
    """Yield events whose trigger has at least one actor that names an entity."""
    index = EntityIndex(doc, doc._.ng_entities or ())
    places: Sequence[Place] = doc._.ng_places or ()
    quotes: Sequence[Quote] = doc._.ng_quotes or ()
    article = doc._.ng_article
    date = article.published[:10] if article is not None and article.published else None
    types = event_types()
    n = 0
    for token in doc:
        event_type = _trigger_type(token, types)
        if event_type is None:
            continue
        source, target = _arguments(doc, token, index)
        if source is None and target is None:
            continue
        n += 1
        sentence = token.sent
        yield Event(
            id=f"V{n}",
            type=event_type.type,
            mode=event_type.mode,
            cameo=event_type.cameo,
            quad_class=event_type.quad_class,
            goldstein=event_type.goldstein,
            trigger=Span(token.idx, token.idx + len(token), token.text),
            sentence=Span(sentence.start_char, sentence.end_char, sentence.text),
            source=source,
            target=target,
            place=_place_of(token, places),
            date=date,
            status=_status(token),
            attributed_to=_claimed_by(token, quotes),
            confidence=0.6 if source is None or target is None else 0.8,
        )


def _trigger_type(token: Token, types: dict[str, EventType]) -> EventType | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and token.i > 0 and token.nbor(-1).lower_ == "air":
        lemma = "air " + lemma
    if token.pos_ not in {"VERB", "NOUN"} or lemma not in types:
        return None
    if token.pos_ == "VERB" and token.lemma_.lower() in {"say", "tell"}:
        return None
    return types[lemma]


def _arguments(doc: Doc, trigger: Token, index: EntityIndex) -> tuple[Actor | None, Actor | None]:
    source = target = None
    for child in trigger.children:
        if child.dep_ == "nsubj" and trigger.pos_ == "VERB":
            source = source or _actor(doc, child, index)
        elif child.dep_ in {"dobj", "nsubjpass"}:
            target = target or _actor(doc, child, index)
        elif child.dep_ == "agent":
            source = source or _actor(doc, _object_of(child), index)
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            target = target or _actor(doc, _object_of(child), index)
        elif child.dep_ in {"compound", "amod", "poss", "nmod"} and trigger.pos_ == "NOUN":
            source = source or _actor(doc, child, index)
    if source is None and trigger.dep_ == "relcl":
        source = _actor(doc, trigger.head, index) if trigger.pos_ == "VERB" else None
    return source, target


def _object_of(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _actor(doc: Doc, head: Token | None, index: EntityIndex) -> Actor | None:
    """An actor if the phrase headed here names an entity (or a country adjective)."""
    if head is None:
        return None
    span = doc[head.left_edge.i : head.i + 1] if head.pos_ != "PRON" else doc[head.i : head.i + 1]
    entity_id = index.resolve(span) or index.at(head.idx, head.idx + len(head))
    if entity_id is None:
        return None
    entity = index.entities[entity_id]
    return Actor(span.start_char, span.end_char, span.text, entity_id, _actor_code(entity, head))


def _actor_code(entity, head: Token) -> str | None:
    """CAMEO-style code: ISO alpha-3 country plus a sector (GOV, MIL, REB, MED, IGO, ...)."""
    country = entity.country or demonym_country(entity.name)
    if country is None and entity.type == "GPE":
        record = pycountry.countries.get(name=entity.name)
        country = record.alpha_2 if record else None
    alpha3 = None
    if country and (record := pycountry.countries.get(alpha_2=country)):
        alpha3 = record.alpha_3
    sector = _SECTORS.get(entity.kind or "")
    if sector == "GOV" and entity.type == "GPE":
        sector = None
    code = (alpha3 or "") + (sector or "")
    return code or None


def _status(trigger: Token) -> str:
    """asserted, negated, hypothetical (under 'if' or a modal) or future ('will')."""
    for token in [trigger, *trigger.ancestors][:4]:
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in token.children):
            return "hypothetical"
    if any(c.dep_ == "neg" for c in trigger.children):
        return "negated"
    auxiliaries = {c.lower_ for c in trigger.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & _HYPOTHETICAL_AUX:
        return "hypothetical"
    if "will" in auxiliaries or "'ll" in auxiliaries:
        return "future"
    return "asserted"


def _place_of(trigger: Token, places: Sequence[Place]) -> str | None:
    """The nearest place in the trigger's sentence written as a location ("in Syria", "near X")."""
    sentence: SpacySpan = trigger.sent
    doc = trigger.doc
    best: tuple[int, str] | None = None
    for place in places:
        for mention in place.mentions:
            if not sentence.start_char <= mention.start < sentence.end_char:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or not _is_location_phrase(span):
                continue
            distance = abs(mention.start - trigger.idx)
            if best is None or distance < best[0]:
                best = (distance, place.id)
    return best[1] if best else None


def _is_location_phrase(span: SpacySpan) -> bool:
    """Whether the place is the object of a locative preposition, possibly through a modifier."""
    head = span.root
    while head.dep_ in {"compound", "amod", "nmod"} and head.head is not head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_PREPS


def _claimed_by(trigger: Token, quotes: Sequence[Quote]) -> str | None:
    for quote in quotes:
        if quote.start <= trigger.idx < quote.end and quote.speaker is not None:
            return quote.speaker.entity
    return None
