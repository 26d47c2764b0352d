"""PLOVER gold-standard records (GSR, JSON Lines) and the scores newsgraph's events get against them.

Each GSR record is one sentence coded with one event. A sentence's prediction is the event
`sentence_prediction` picks among those newsgraph found in it: the most confident one, ties going
to the earliest trigger (the extractor gives main-clause events with both actors the highest
confidence). A sentence with no event counts as wrong for the type and for the source country.
Countries are the first three letters of an actor code; an absent actor has the country "".
A compound gold actor ("the United States and Jordan") is matched by any of its countries.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.records import Event

__all__ = [
    "OLD_EVENT_LABELS",
    "OLD_MODE_LABELS",
    "EventScores",
    "GoldActor",
    "GoldEvent",
    "TypeScore",
    "country_of",
    "read_gsr",
    "score_events",
    "sentence_prediction",
]

# Labels of earlier PLOVER drafts used by part of the GSR, mapped to the current codebook.
OLD_EVENT_LABELS = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
# Modes of earlier drafts: organised and spontaneous demonstrations and riots, hunger strikes; a
# hosted visit is the current `visit`; detention is the current `arrest` ("Arrest or detain people").
OLD_MODE_LABELS = {
    "demo-org": "demo",
    "demo-spon": "demo",
    "riot-spon": "riot",
    "strike-hun": "hunger",
    "host": "visit",
    "detain": "arrest",
}


@dataclass(frozen=True)
class GoldActor:
    """One coded actor: the words naming it and its CAMEO-style code and sector."""

    text: str
    code: str
    sector: str | None = None

    @property
    def country(self) -> str:
        return country_of(self.code)


@dataclass(frozen=True)
class GoldEvent:
    """One GSR record: a sentence and the event coded in it (labels already mapped to current PLOVER)."""

    id: str
    text: str
    event: str
    mode: str | None
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]
    event_text: str = ""
    location: str | None = None

    @property
    def source_countries(self) -> frozenset[str]:
        return frozenset(a.country for a in self.sources) or frozenset({""})

    @property
    def target_countries(self) -> frozenset[str]:
        return frozenset(a.country for a in self.targets) or frozenset({""})


def country_of(code: str | None) -> str:
    """The country part of an actor code (its first three letters), or "" for no code."""
    return (code or "")[:3].upper()


def _actors(value: Any) -> tuple[GoldActor, ...]:
    # Absent targets appear as a missing key, null, or an empty string.
    if not isinstance(value, list):
        return ()
    return tuple(
        GoldActor(a.get("actorText", ""), a.get("code") or "", a.get("sector") or None)
        for a in value
        if isinstance(a, dict)
    )


def read_gsr(path: Path) -> tuple[GoldEvent, ...]:
    """Read a GSR JSON Lines file, mapping old event and mode labels to current PLOVER."""
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        event = OLD_EVENT_LABELS.get(raw["event"], raw["event"])
        mode = raw.get("mode") or None
        records.append(
            GoldEvent(
                id=raw.get("id", ""),
                text=raw["text"],
                event=event,
                mode=OLD_MODE_LABELS.get(mode, mode) if mode else None,
                sources=_actors(raw.get("source")),
                targets=_actors(raw.get("target")),
                event_text=raw.get("eventText") or "",
                location=raw.get("eventLoc") or None,
            )
        )
    return tuple(records)


def sentence_prediction(events: Sequence[Event]) -> Event | None:
    """The event that stands for a sentence: the most confident, then the earliest trigger."""
    if not events:
        return None
    return min(events, key=lambda v: (-v.confidence, v.trigger.start))


@dataclass(frozen=True)
class TypeScore:
    """One PLOVER type: gold records, those predicted as it, and those right."""

    gold: int
    predicted: int
    correct: int

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0


@dataclass(frozen=True)
class EventScores:
    """Sentence-level accuracies of the chosen event against the GSR coding."""

    records: int
    with_event: int
    type_correct: int
    source_correct: int
    target_correct: int
    triple_correct: int
    mode_gold: int
    mode_correct: int
    per_type: dict[str, TypeScore] = field(default_factory=dict)

    @staticmethod
    def _share(part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    @property
    def type_accuracy(self) -> float:
        return self._share(self.type_correct, self.records)

    @property
    def source_accuracy(self) -> float:
        return self._share(self.source_correct, self.records)

    @property
    def target_accuracy(self) -> float:
        return self._share(self.target_correct, self.records)

    @property
    def triple_accuracy(self) -> float:
        return self._share(self.triple_correct, self.records)

    @property
    def mode_accuracy(self) -> float:
        return self._share(self.mode_correct, self.mode_gold)


def score_events(pairs: Iterable[tuple[GoldEvent, Sequence[Event]]]) -> EventScores:
    """Score each gold record against the events found in its sentence."""
    counts = dict.fromkeys(
        ("records", "with_event", "type", "source", "target", "triple", "mode_gold", "mode"), 0
    )
    gold_by_type: dict[str, int] = {}
    predicted_by_type: dict[str, int] = {}
    correct_by_type: dict[str, int] = {}
    for gold, events in pairs:
        chosen = sentence_prediction(events)
        counts["records"] += 1
        gold_by_type[gold.event] = gold_by_type.get(gold.event, 0) + 1
        if chosen is not None:
            counts["with_event"] += 1
            predicted_by_type[chosen.type] = predicted_by_type.get(chosen.type, 0) + 1
        type_ok = chosen is not None and chosen.type == gold.event
        source_ok = chosen is not None and _country(chosen.source) in gold.source_countries
        target_ok = _country(chosen.target if chosen else None) in gold.target_countries
        counts["type"] += type_ok
        counts["source"] += source_ok
        counts["target"] += target_ok
        counts["triple"] += type_ok and source_ok and target_ok
        if type_ok:
            correct_by_type[gold.event] = correct_by_type.get(gold.event, 0) + 1
        if gold.mode:
            counts["mode_gold"] += 1
            counts["mode"] += chosen is not None and chosen.mode == gold.mode
    per_type = {
        t: TypeScore(gold_by_type.get(t, 0), predicted_by_type.get(t, 0), correct_by_type.get(t, 0))
        for t in sorted(set(gold_by_type) | set(predicted_by_type))
    }
    return EventScores(
        records=counts["records"],
        with_event=counts["with_event"],
        type_correct=counts["type"],
        source_correct=counts["source"],
        target_correct=counts["target"],
        triple_correct=counts["triple"],
        mode_gold=counts["mode_gold"],
        mode_correct=counts["mode"],
        per_type=per_type,
    )


def _country(actor) -> str:
    return country_of(actor.code) if actor is not None else ""
