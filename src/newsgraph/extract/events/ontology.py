"""The PLOVER/CAMEO event ontology: trigger and frame tables, CAMEO values, and how frames recode.

Tables live in `extract/events/data/`: `event_triggers.tsv` (trigger -> PLOVER type, mode, CAMEO code),
`event_frames.tsv` (framing word -> frame), `weapons.tsv` (weapon -> attack mode), `cameo_roots.tsv`
and `cameo_codes.tsv` (CAMEO code -> GDELT QuadClass and Goldstein value). The recoding rules say
how PLOVER reads a framed or promised action: a threat, refusal, request, accusation or intent.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .tables import table_rows

__all__ = [
    "CONFLICTUAL",
    "COOPERATIVE",
    "NO_EVENT",
    "EventType",
    "cameo_values",
    "compose_frame",
    "event_frames",
    "event_types",
    "frame_default",
    "intent",
    "refusal",
    "request",
    "threat",
    "trigger_words",
    "weapon_kinds",
]

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
CONFLICTUAL = frozenset({"THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


@dataclass(frozen=True)
class EventType:
    """What a trigger signals: PLOVER type and mode, CAMEO code, GDELT QuadClass and Goldstein value."""

    type: str
    mode: str | None
    cameo: str
    quad_class: int
    goldstein: float

    @classmethod
    def coded(cls, type_: str, mode: str | None, cameo: str) -> EventType:
        """The event type with the QuadClass and Goldstein value of its CAMEO code (else of its root)."""
        values = cameo_values()
        quad, goldstein = values.get(cameo) or values[cameo[:2]]
        return cls(type_, mode or None, cameo, quad, goldstein)


NO_EVENT = EventType("NONE", None, "", 0, 0.0)  # a trigger row that says a word is no event by itself


@lru_cache(maxsize=1)
def cameo_values() -> dict[str, tuple[int, float]]:
    """CAMEO code -> (QuadClass, Goldstein); roots (two digits) and the finer codes we use."""
    values = {root: (int(quad), float(goldstein)) for root, quad, goldstein in table_rows("cameo_roots.tsv")}
    for code, quad, goldstein, *_meaning in table_rows("cameo_codes.tsv"):
        values[code] = (int(quad), float(goldstein))
    return values


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """Trigger key -> event type. A key is a lemma, two words, or a verb, its particle and its object,
    written "lemma/V" or "lemma/N" when only verbs or only nouns count."""
    table = {}
    for _id, key, type_, mode, cameo, *pos in table_rows("event_triggers.tsv"):
        kind = NO_EVENT if type_ == "NONE" else EventType.coded(type_, mode, cameo)
        table[f"{key}/{pos[0]}" if pos and pos[0] else key] = kind
    return table


@lru_cache(maxsize=1)
def weapon_kinds() -> dict[str, EventType]:
    """Weapon word (lemma) -> the attack done with it ("gunman" -> ASSAULT firearms)."""
    rows = table_rows("weapons.tsv")
    return {word: EventType.coded("ASSAULT", mode, cameo) for _id, word, mode, cameo in rows}


@lru_cache(maxsize=1)
def event_frames() -> dict[str, str]:
    """Framing word -> frame ("threaten", "reject", "request", "accuse", "intend")."""
    return {lemma: frame for lemma, frame in table_rows("event_frames.tsv")}


@lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Every word of a trigger key or framing word: any other word is a trigger only as a verb of
    the CAMEO dictionary."""
    keys = [key.split("/")[0] for key in event_types()] + list(event_frames())
    return frozenset(word for key in keys for word in key.split())


_FRAME_DEFAULTS = {
    "threaten": ("THREATEN", None, "130"),
    "reject": ("REJECT", None, "120"),
    "request": ("REQUEST", None, "100"),
    "accuse": ("ACCUSE", "allege", "112"),
    "intend": ("AGREE", None, "030"),
    "wish": ("REQUEST", None, "100"),  # read as "request" once another is to act (triggers.py)
    "direct": ("REQUEST", None, "100"),  # read as "request" once its object is to act (triggers.py)
}
_THREAT_MODES = {
    "ASSAULT": ("violence", "138"),
    "MOBILIZE": ("violence", "138"),
    "SANCTION": ("relations", "131"),
    "RETREAT": ("relations", "131"),
    "PROTEST": ("restrict", "131"),
}
# Modes of coercion or sanction that are also modes of a threat of it, with the threat's CAMEO code.
_KEPT_THREAT_MODES = {
    "ban": "132",
    "arrest": "132",
    "restrict": "132",
    "curfew": "132",
    "martial-law": "132",
    "expel": "136",
}
_ASK_MODES = {
    "AID": "assist",
    "COOPERATE": "assist",
    "SUPPORT": "assist",
    "CONCEDE": "yield",
    "RETREAT": "yield",
    "CONSULT": "meet",
    "AGREE": "meet",
}
_INTENT_CODES = {
    "CONSULT": "036",
    "SUPPORT": "032",
    "COOPERATE": "031",
    "AID": "033",
    "CONCEDE": "035",
    "RETREAT": "035",
    "AGREE": "030",
}


def frame_default(frame: str) -> EventType:
    """The event a framing word signals on its own ("threatened", "refused"), with nothing framed."""
    return EventType.coded(*_FRAME_DEFAULTS[frame])


def threat(action: EventType, default: tuple[str | None, str] = (None, "130")) -> EventType:
    """A threat to carry out this action: the harm's own mode where PLOVER has a threat of it ("would
    tighten the blockade" threatens to restrict), else mode and CAMEO code by its type, else `default`."""
    if action.type in {"COERCE", "SANCTION"} and action.mode in _KEPT_THREAT_MODES:
        return EventType.coded("THREATEN", action.mode, _KEPT_THREAT_MODES[action.mode])
    mode, cameo = _THREAT_MODES.get(action.type, default)
    return EventType.coded("THREATEN", mode, cameo)


def refusal(type_: str) -> EventType:
    """A refusal to do an action of this type."""
    return EventType.coded("REJECT", _ASK_MODES.get(type_), "120")


def request(type_: str, default_mode: str | None = None) -> EventType:
    """A request that someone do an action of this type."""
    return EventType.coded("REQUEST", _ASK_MODES.get(type_, default_mode), "100")


def intent(type_: str) -> EventType:
    """A promise or plan to cooperate in the way this type says (PLOVER AGREE, CAMEO 03x)."""
    return EventType.coded("AGREE", None, _INTENT_CODES.get(type_, "030"))


def compose_frame(frame: str, own: EventType, inner: EventType, inner_verb: bool) -> EventType:
    """PLOVER's reading of a framed action: a threat, refusal, request, accusation or intent."""
    if frame == "threaten" or (frame == "intend" and inner.type in CONFLICTUAL and inner_verb):
        return threat(inner)
    if frame == "reject":
        return refusal(inner.type)
    if frame == "request":
        return request(inner.type, "change" if inner.type in CONFLICTUAL else None)
    if frame == "accuse":
        return EventType.coded("ACCUSE", "allege", "112")
    if frame == "intend":
        if inner.type in {"REJECT", "THREATEN", "ACCUSE", "REQUEST"}:
            return inner
        return intent(inner.type)
    return own
