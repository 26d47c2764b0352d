"""Events newsgraph finds in real news pages and short ACLED-style reports, scored against our own gold.

The gold lives in bench/gold/ (see its README): `events-news.jsonl` codes every event a conflict
analyst would take from a page, with the evidence span, type, actors, place and status;
`events-acled.jsonl` holds invented one-to-three sentence reports of political events and of
disasters, accidents and crime.

A predicted event matches a gold event when its trigger starts inside the gold evidence span.
Matching is one-to-one and greedy: pairs whose types agree go first, then the trigger nearest the
gold trigger. An actor is right when the predicted actor's text, its entity's name or an alias
matches an acceptable gold name (case-insensitive, whole words, either containing the other), or
its CAMEO code has the gold country code; a gold actor with no names and no code is right only
when nothing is predicted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.records import Actor, Analysis, Event, Place
from .plover import TypeScore

__all__ = [
    "ALARM_TYPES",
    "AcledReport",
    "AcledScores",
    "GoldActorNames",
    "GoldNewsEvent",
    "GoldPlace",
    "NewsDocument",
    "NewsScores",
    "actor_right",
    "match_events",
    "names_match",
    "place_right",
    "read_acled_gold",
    "read_news_gold",
    "score_acled",
    "score_news",
]

# Event types that count as a false alarm on a report of a disaster, accident or ordinary crime.
ALARM_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "THREATEN", "MOBILIZE"})


@dataclass(frozen=True)
class GoldActorNames:
    """The acceptable names of one gold actor and its country code (CAMEO style), if it has one."""

    names: tuple[str, ...] = ()
    code: str | None = None

    @property
    def empty(self) -> bool:
        return not self.names and not self.code


@dataclass(frozen=True)
class GoldPlace:
    name: str
    country: str | None = None  # ISO 3166 alpha-2


@dataclass(frozen=True)
class GoldNewsEvent:
    """One coded event: where the text states it, what it is, who did it to whom, where, and how sure."""

    evidence: tuple[int, int]
    trigger: str
    trigger_start: int
    type: str
    mode: str | None
    source: GoldActorNames
    target: GoldActorNames
    place: GoldPlace | None
    status: str
    main: bool = False


@dataclass(frozen=True)
class NewsDocument:
    """One page of the html-articles benchmark with its gold events (its text is read from the benchmark)."""

    id: str
    split: str
    category: str  # political | nonpolitical
    events: tuple[GoldNewsEvent, ...]


@dataclass(frozen=True)
class AcledReport:
    """One invented short report: its text and, for a political one, the PLOVER types that fit it."""

    id: str
    split: str
    kind: str  # political | nonpolitical
    text: str
    types: tuple[str, ...]  # fitting PLOVER types, the main one first
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()

    @property
    def main_type(self) -> str:
        return self.types[0] if self.types else ""


def _actor(raw: Mapping | None) -> GoldActorNames:
    raw = raw or {}
    return GoldActorNames(tuple(raw.get("names") or ()), raw.get("code") or None)


def read_news_gold(path: Path) -> tuple[NewsDocument, ...]:
    """Read events-news.jsonl."""
    documents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        events = tuple(
            GoldNewsEvent(
                evidence=(e["evidence"][0], e["evidence"][1]),
                trigger=e["trigger"],
                trigger_start=e["trigger_start"],
                type=e["type"],
                mode=e.get("mode"),
                source=_actor(e.get("source")),
                target=_actor(e.get("target")),
                place=GoldPlace(e["place"]["name"], e["place"].get("country")) if e.get("place") else None,
                status=e.get("status", "asserted"),
                main=bool(e.get("main")),
            )
            for e in raw["events"]
        )
        documents.append(NewsDocument(raw["id"], raw["split"], raw["category"], events))
    return tuple(documents)


def read_acled_gold(path: Path) -> tuple[AcledReport, ...]:
    """Read events-acled.jsonl."""
    reports = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        reports.append(
            AcledReport(
                id=raw["id"],
                split=raw["split"],
                kind=raw["kind"],
                text=raw["text"],
                types=tuple(raw.get("types") or ()),
                source=tuple(raw.get("source") or ()),
                target=tuple(raw.get("target") or ()),
            )
        )
    return tuple(reports)


def _contains_words(outer: str, inner: str) -> bool:
    return bool(inner) and re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer, re.IGNORECASE) is not None


def names_match(predicted: str, gold: str) -> bool:
    """Whether two names agree: case-insensitive, whole words, either one containing the other."""
    predicted, gold = predicted.strip(), gold.strip()
    return _contains_words(predicted, gold) or _contains_words(gold, predicted)


def _actor_names(actor: Actor, analysis: Analysis) -> list[str]:
    names = [actor.text]
    for entity in analysis.entities:
        if actor.entity is not None and entity.id == actor.entity:
            names += [entity.name, *entity.aliases]
    return [n for n in names if n]


def _code_matches(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    predicted, gold = predicted.upper(), gold.upper()
    return predicted[:3] == gold if len(gold) == 3 else predicted.startswith(gold)


def actor_right(gold: GoldActorNames, actor: Actor | None, analysis: Analysis) -> bool:
    """Whether a predicted actor fits the gold one (see the module docstring)."""
    if gold.empty:
        return actor is None
    if actor is None:
        return False
    if gold.code and _code_matches(actor.code, gold.code):
        return True
    return any(names_match(name, g) for name in _actor_names(actor, analysis) for g in gold.names)


def _place_of(event: Event, analysis: Analysis) -> Place | None:
    return next((p for p in analysis.places if event.place is not None and p.id == event.place), None)


def place_right(gold: GoldPlace, event: Event, analysis: Analysis) -> bool:
    """Whether the predicted event place has the gold place's name (its name or a mention's text)."""
    place = _place_of(event, analysis)
    if place is None:
        return False
    names = [place.name, *(m.text for m in place.mentions)]
    return any(names_match(name, part) for name in names for part in re.split(r",\s*", gold.name))


def match_events(
    gold: Sequence[GoldNewsEvent], predicted: Sequence[Event]
) -> list[tuple[GoldNewsEvent, Event]]:
    """Pair gold and predicted events one-to-one: the trigger must start inside the evidence span;
    pairs that agree on type go first, then the trigger nearest the gold trigger."""
    candidates = sorted(
        (
            (g.type != p.type, abs(p.trigger.start - g.trigger_start), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if g.evidence[0] <= p.trigger.start < g.evidence[1]
        ),
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    return pairs


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True)
class NewsScores:
    """Event-level scores on political pages, and false alarms on non-political ones."""

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    type_right: int = 0
    source_right: int = 0
    target_right: int = 0
    all_right: int = 0  # type, source and target
    place_gold: int = 0  # matched events whose gold has a place
    place_right: int = 0
    status_right: int = 0
    main_stories: int = 0
    main_right: int = 0
    per_type: dict[str, TypeScore] = field(default_factory=dict)
    nonpolitical_pages: int = 0
    false_alarms: int = 0
    pages_with_alarm: int = 0

    @property
    def precision(self) -> float:
        return _share(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return _share(self.matched, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def all_right_of_gold(self) -> float:
        """The headline: share of gold events found with type, source and target right."""
        return _share(self.all_right, self.gold)

    def of_matched(self, count: int) -> float:
        return _share(count, self.matched)

    @property
    def place_accuracy(self) -> float:
        return _share(self.place_right, self.place_gold)

    @property
    def alarms_per_page(self) -> float:
        return _share(self.false_alarms, self.nonpolitical_pages)

    @property
    def pages_with_alarm_share(self) -> float:
        return _share(self.pages_with_alarm, self.nonpolitical_pages)


def score_news(pairs: Iterable[tuple[NewsDocument, Analysis]]) -> NewsScores:
    """Score each page's analysis against its gold; the analysis must be of the page's articleBody."""
    counts = dict.fromkeys(NewsScores.__dataclass_fields__, 0)
    del counts["per_type"]
    gold_by_type: dict[str, int] = {}
    predicted_by_type: dict[str, int] = {}
    correct_by_type: dict[str, int] = {}
    for document, analysis in pairs:
        events = list(analysis.events)
        if document.category != "political":
            counts["nonpolitical_pages"] += 1
            counts["false_alarms"] += len(events)
            counts["pages_with_alarm"] += bool(events)
            continue
        counts["documents"] += 1
        counts["gold"] += len(document.events)
        counts["predicted"] += len(events)
        for g in document.events:
            gold_by_type[g.type] = gold_by_type.get(g.type, 0) + 1
        for p in events:
            predicted_by_type[p.type] = predicted_by_type.get(p.type, 0) + 1
        main = next((g for g in document.events if g.main), None)
        counts["main_stories"] += main is not None
        for g, p in match_events(document.events, events):
            type_ok = g.type == p.type
            source_ok = actor_right(g.source, p.source, analysis)
            target_ok = actor_right(g.target, p.target, analysis)
            counts["matched"] += 1
            counts["type_right"] += type_ok
            counts["source_right"] += source_ok
            counts["target_right"] += target_ok
            counts["all_right"] += type_ok and source_ok and target_ok
            counts["status_right"] += p.status == g.status
            if g.place is not None:
                counts["place_gold"] += 1
                counts["place_right"] += place_right(g.place, p, analysis)
            if type_ok:
                correct_by_type[g.type] = correct_by_type.get(g.type, 0) + 1
            if g is main:
                counts["main_right"] += type_ok and source_ok and target_ok
    per_type = {
        t: TypeScore(gold_by_type.get(t, 0), predicted_by_type.get(t, 0), correct_by_type.get(t, 0))
        for t in sorted(set(gold_by_type) | set(predicted_by_type))
    }
    return NewsScores(**counts, per_type=per_type)


@dataclass(frozen=True)
class AcledScores:
    """Share of political reports given an event of a fitting type; false alarms on the others."""

    political: int = 0
    fitting: int = 0
    fitting_source_right: int = 0  # a fitting event whose source is right, where the gold names one
    with_gold_source: int = 0
    nonpolitical: int = 0
    alarms: int = 0  # non-political reports with a violent, protest, coercion or mobilisation event
    with_any_event: int = 0
    # political reports and those with a fitting event, by the report's first (main) fitting type
    by_main_type: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def fitting_share(self) -> float:
        return _share(self.fitting, self.political)

    @property
    def source_share(self) -> float:
        return _share(self.fitting_source_right, self.with_gold_source)

    @property
    def false_alarm_rate(self) -> float:
        return _share(self.alarms, self.nonpolitical)

    @property
    def any_event_rate(self) -> float:
        return _share(self.with_any_event, self.nonpolitical)


def score_acled(pairs: Iterable[tuple[AcledReport, Analysis]]) -> AcledScores:
    """Score each report's analysis: a political report is right when any event has a fitting type."""
    counts = dict.fromkeys(AcledScores.__dataclass_fields__, 0)
    del counts["by_main_type"]
    by_main_type: dict[str, tuple[int, int]] = {}
    for report, analysis in pairs:
        found = {p.type for p in analysis.events}
        if report.kind != "political":
            counts["nonpolitical"] += 1
            counts["alarms"] += bool(found & ALARM_TYPES)
            counts["with_any_event"] += bool(found)
            continue
        fitting = [p for p in analysis.events if p.type in report.types]
        counts["political"] += 1
        counts["fitting"] += bool(fitting)
        reports, right = by_main_type.get(report.main_type, (0, 0))
        by_main_type[report.main_type] = (reports + 1, right + bool(fitting))
        if report.source:
            counts["with_gold_source"] += 1
            gold_source = GoldActorNames(report.source)
            counts["fitting_source_right"] += any(
                actor_right(gold_source, p.source, analysis) for p in fitting
            )
    return AcledScores(**counts, by_main_type=dict(sorted(by_main_type.items())))
