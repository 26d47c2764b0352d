"""Score newsgraph's events on PLOVER GSR records, real news pages and ACLED-style reports, tune and check side by side.

Usage: .venv/bin/python bench/eval_events.py [--only plover|news|acled] [--errors]
  (or PYTHONPATH=src /work/main/.venv/bin/python bench/eval_events.py from the repo root)
Gold: ../shared/eval/events/plover-gsr-dev.jsonl (split 30% check by `split_of`), and our own
bench/gold/events-news.jsonl (pages of ../shared/corpora/html-articles/) and
bench/gold/events-acled.jsonl (both split 50/50). Tuning figures come first. `--errors` lists the
wrong records of the TUNE part only; check-part errors are never shown.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsgraph import Options, Pipeline
from evaluation.news_events import (
    ALARM_TYPES,
    AcledScores,
    NewsScores,
    actor_right,
    match_events,
    place_right,
    read_acled_gold,
    read_news_gold,
    score_acled,
    score_news,
)
from evaluation.plover import EventScores, country_of, read_gsr, score_events, sentence_prediction
from evaluation.splits import CHECK, TUNE, split_of
from newsgraph.records import Analysis, Event
from stage_timing import time_stage

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
GSR = SHARED / "eval" / "events" / "plover-gsr-dev.jsonl"
ARTICLES = SHARED / "corpora" / "html-articles" / "ground-truth.json"
NEWS_GOLD = ROOT / "bench" / "gold" / "events-news.jsonl"
ACLED_GOLD = ROOT / "bench" / "gold" / "events-acled.jsonl"
EVENT_STAGE = "newsgraph_events"
SPLITS = (TUNE, CHECK)
# Confidence bins for the calibration tables: [lower, upper) edges.
CONFIDENCE_BINS = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 1.01))


class Timed:
    """Runs texts through the pipeline, adding up wall time and the event stage's own time."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.event_times = time_stage(pipeline, EVENT_STAGE)
        self.total = 0.0

    def analyze(self, texts: Sequence[str]) -> tuple[list[Analysis], float, float]:
        """The analyses, and the pipeline's and the event stage's seconds for these texts."""
        before = len(self.event_times)
        began = time.perf_counter()
        analyses = list(self.pipeline.analyze_many(texts))
        spent = time.perf_counter() - began
        self.total += spent
        return analyses, spent, sum(self.event_times[before:])


def _cell(value: float, part: int | None = None, whole: int | None = None) -> str:
    counts = f" ({part}/{whole})" if part is not None else ""
    return f"{value:.3f}{counts}"


def _row(label: str, cells: Iterable[str], target: str = "") -> None:
    print(f"  {label:<36}" + "".join(f"{c:<20}" for c in cells) + target)


def _header(title: str, sizes: dict[str, int], unit: str) -> None:
    print(f"\n{title}: " + ", ".join(f"{s} {sizes[s]} {unit}" for s in SPLITS))
    _row("", (s.upper() for s in SPLITS), "target")


def _per_type(tables: dict[str, dict]) -> None:
    types = sorted(set().union(*(t.keys() for t in tables.values())))
    print(
        f"  {'type':<10}"
        + "".join(f"{'gold':>6}{'pred':>6}{'right':>6}{'rec':>7}{'prec':>7}   " for _ in SPLITS)
    )
    for name in types:
        line = f"  {name:<10}"
        for split in SPLITS:
            s = tables[split].get(name)
            line += (
                f"{s.gold:>6}{s.predicted:>6}{s.correct:>6}{s.recall:7.3f}{s.precision:7.3f}   "
                if s
                else " " * 35
            )
        print(line)


def _timing(label: str, spent: float, stage: float) -> None:
    share = stage / spent if spent else 0.0
    print(f"  pipeline {spent:.1f}s, event stage {stage:.2f}s ({share:.1%} of {label} pipeline time)")


@dataclass(frozen=True)
class Outcome:
    """One predicted event judged against the gold: right as an event, and with the right type."""

    confidence: float
    matched: bool
    type_right: bool


def _bin_label(low: float, high: float) -> str:
    if low == 0.0:
        return f"<{high:.1f}"
    return f">={low:.1f}" if high > 1.0 else f"{low:.1f}-{high:.1f}"


def _calibration(title: str, outcomes: dict[str, list[Outcome]]) -> None:
    """Per confidence bin and part: events, the share right as events, the share with the type right."""
    print(f"  calibration, {title}:")
    print(f"  {'confidence':<12}" + "".join(f"{'events':>8}{'right':>8}{'type':>8}    " for _ in SPLITS))
    for low, high in CONFIDENCE_BINS:
        line = f"  {_bin_label(low, high):<12}"
        for split in SPLITS:
            inside = [o for o in outcomes[split] if low <= o.confidence < high]
            n = len(inside)
            matched = sum(o.matched for o in inside) / n if n else 0.0
            typed = sum(o.type_right for o in inside) / n if n else 0.0
            line += f"{n:>8}{matched:>8.2f}{typed:>8.2f}    "
        print(line)


# --- PLOVER GSR -----------------------------------------------------------------------------


def _describe(event: Event | None) -> str:
    if event is None:
        return "(no event)"
    source = country_of(event.source.code) if event.source else ""
    target = country_of(event.target.code) if event.target else ""
    return f"{source or '-'} {event.type}/{event.mode or ''} {target or '-'} [{event.trigger.text}]"


def run_plover(timed: Timed, errors: bool, limit: int | None) -> None:
    gold = read_gsr(GSR)[:limit]
    analyses, spent, stage = timed.analyze([g.text for g in gold])
    parts = {s: [(g, a) for g, a in zip(gold, analyses) if split_of(g.id) == s] for s in SPLITS}
    scores: dict[str, EventScores] = {s: score_events((g, a.events) for g, a in parts[s]) for s in SPLITS}
    _header("PLOVER GSR dev (30% check)", {s: scores[s].records for s in SPLITS}, "records")
    _row("with an event", (f"{scores[s].with_event}" for s in SPLITS))
    for label, attr, part, target in (
        ("event type accuracy", "type_accuracy", "type_correct", ">= 0.85"),
        ("source country accuracy", "source_accuracy", "source_correct", ""),
        ("target country accuracy", "target_accuracy", "target_correct", ""),
        ("type+source+target", "triple_accuracy", "triple_correct", ">= 0.70"),
    ):
        _row(
            label,
            (_cell(getattr(scores[s], attr), getattr(scores[s], part), scores[s].records) for s in SPLITS),
            target,
        )
    _row(
        "mode accuracy",
        (_cell(scores[s].mode_accuracy, scores[s].mode_correct, scores[s].mode_gold) for s in SPLITS),
    )
    _per_type({s: scores[s].per_type for s in SPLITS})
    _timing("PLOVER", spent, stage)
    if errors:
        print("\nPLOVER errors (tune part only):")
        for g, a in parts[TUNE]:
            chosen = sentence_prediction(a.events)
            ok = (
                chosen is not None
                and chosen.type == g.event
                and country_of(chosen.source.code if chosen.source else None) in g.source_countries
                and country_of(chosen.target.code if chosen.target else None) in g.target_countries
            )
            if not ok:
                want = f"{'/'.join(sorted(g.source_countries)) or '-'} {g.event}/{g.mode or ''} "
                want += "/".join(sorted(g.target_countries)) or "-"
                others = "; ".join(_describe(v) for v in a.events if v is not chosen)
                print(f"\n{g.id}\n  {g.text}\n  gold {want}\n  got  {_describe(chosen)}\n  also {others}")


# --- real news ------------------------------------------------------------------------------


def _oneline(text: str) -> str:
    return " ".join(text.split())


def _actor_text(actor) -> str:
    return f"{actor.text}<{actor.code or ''}>" if actor else "-"


def _news_errors(pairs, bodies: dict[str, str]) -> None:
    print("\nReal-news errors (tune part only):")
    for document, analysis in pairs:
        body = bodies[document.id]
        if document.category != "political":
            for p in analysis.events:
                print(
                    f"\n{document.id[:12]} FALSE ALARM {p.type} [{p.trigger.text}] in: {_oneline(p.sentence.text)}"
                )
            continue
        matched = match_events(document.events, analysis.events)
        found = {id(g) for g, _ in matched}
        used = {id(p) for _, p in matched}
        print(f"\n== {document.id[:12]}")
        for g in document.events:
            if id(g) not in found:
                print(
                    f"  MISSED {g.type}/{g.mode or ''} {g.status} [{g.trigger}]: {_oneline(body[g.evidence[0] : g.evidence[1]])}"
                )
        for g, p in matched:
            wrong = []
            if g.type != p.type:
                wrong.append(f"type {p.type} (gold {g.type})")
            if not actor_right(g.source, p.source, analysis):
                wrong.append(
                    f"source {_actor_text(p.source)} (gold {list(g.source.names)} {g.source.code or ''})"
                )
            if not actor_right(g.target, p.target, analysis):
                wrong.append(
                    f"target {_actor_text(p.target)} (gold {list(g.target.names)} {g.target.code or ''})"
                )
            if p.status != g.status:
                wrong.append(f"status {p.status} (gold {g.status})")
            if g.place is not None and not place_right(g.place, p, analysis):
                wrong.append(f"place {p.place or '-'} (gold {g.place.name})")
            if wrong:
                print(
                    f"  WRONG [{p.trigger.text}] "
                    + "; ".join(wrong)
                    + f": {_oneline(body[g.evidence[0] : g.evidence[1]])}"
                )
        for p in analysis.events:
            if id(p) not in used:
                print(
                    f"  EXTRA {p.type}/{p.mode or ''} [{p.trigger.text}] {_actor_text(p.source)} -> {_actor_text(p.target)}: {p.sentence.text}"
                )


def _alarms(pairs) -> list[Event]:
    """The events predicted on the non-political pages: all false alarms."""
    return [p for document, analysis in pairs if document.category != "political" for p in analysis.events]


def _trigger_lemma(nlp, event: Event) -> str:
    """The lemma of an event's trigger word, from its sentence parsed by spaCy's own stages."""
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name.startswith("newsgraph_")]):
        doc = nlp(event.sentence.text)
    start = event.trigger.start - event.sentence.start
    span = doc.char_span(start, start + len(event.trigger.text), alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None else event.trigger.text.lower()


def _false_alarm_breakdown(timed: Timed, parts) -> None:
    """False alarms on non-political pages by PLOVER type, both parts; trigger lemmas of the TUNE
    part only (a check alarm's words are a check error, never shown)."""
    alarms = {s: _alarms(parts[s]) for s in SPLITS}
    by_type = {s: Counter(p.type for p in alarms[s]) for s in SPLITS}
    lemmas: dict[str, Counter[str]] = {}
    for p in alarms[TUNE]:
        lemmas.setdefault(p.type, Counter())[_trigger_lemma(timed.pipeline.nlp, p)] += 1
    print("  false alarms on non-political pages by type (trigger lemmas: tune only):")
    for name in sorted(set().union(*by_type.values())):
        words = ", ".join(f"{w} {n}" for w, n in lemmas.get(name, Counter()).most_common())
        _row(f"  {name}", (f"{by_type[s][name]}" for s in SPLITS), words)


def _news_outcomes(pairs) -> list[Outcome]:
    """Every predicted event: right when it matches a gold event; on a non-political page, never."""
    outcomes = []
    for document, analysis in pairs:
        matched = {} if document.category != "political" else {
            id(p): g for g, p in match_events(document.events, analysis.events)
        }
        for p in analysis.events:
            gold = matched.get(id(p))
            outcomes.append(Outcome(p.confidence, gold is not None, gold is not None and gold.type == p.type))
    return outcomes


def run_news(timed: Timed, errors: bool) -> None:
    documents = read_news_gold(NEWS_GOLD)
    truth = json.loads(ARTICLES.read_text(encoding="utf-8"))
    bodies = {d.id: truth[d.id]["articleBody"] for d in documents}
    analyses, spent, stage = timed.analyze([bodies[d.id] for d in documents])
    for document, analysis in zip(documents, analyses):
        if analysis.text != bodies[document.id]:
            raise SystemExit(
                f"{document.id}: the analysis text differs from articleBody, so gold offsets do not apply"
            )
    parts = {s: [(d, a) for d, a in zip(documents, analyses) if d.split == s] for s in SPLITS}
    scores: dict[str, NewsScores] = {s: score_news(parts[s]) for s in SPLITS}
    sizes = {s: scores[s].documents for s in SPLITS}
    _header("Real news (our gold, 50% check)", sizes, "political pages")
    _row(
        "gold / predicted / matched",
        (f"{scores[s].gold} / {scores[s].predicted} / {scores[s].matched}" for s in SPLITS),
    )
    _row("precision", (_cell(scores[s].precision) for s in SPLITS))
    _row("recall", (_cell(scores[s].recall) for s in SPLITS))
    _row("F1", (_cell(scores[s].f1) for s in SPLITS), ">= 0.80")
    _row(
        "type+source+target of gold events",
        (_cell(scores[s].all_right_of_gold, scores[s].all_right, scores[s].gold) for s in SPLITS),
        ">= 0.60",
    )
    for label, attr in (
        ("of matched: type right", "type_right"),
        ("of matched: source right", "source_right"),
        ("of matched: target right", "target_right"),
        ("of matched: all three right", "all_right"),
        ("of matched: status right", "status_right"),
    ):
        _row(
            label,
            (
                _cell(
                    scores[s].of_matched(getattr(scores[s], attr)),
                    getattr(scores[s], attr),
                    scores[s].matched,
                )
                for s in SPLITS
            ),
        )
    _row(
        "place right (matched, gold place)",
        (_cell(scores[s].place_accuracy, scores[s].place_right, scores[s].place_gold) for s in SPLITS),
    )
    _row(
        "main event fully right",
        (f"{scores[s].main_right} of {scores[s].main_stories} stories" for s in SPLITS),
    )
    _row("non-political pages", (f"{scores[s].nonpolitical_pages}" for s in SPLITS))
    _row(
        "  false alarms per page",
        (
            _cell(scores[s].alarms_per_page, scores[s].false_alarms, scores[s].nonpolitical_pages)
            for s in SPLITS
        ),
    )
    _row(
        "  pages with any event",
        (
            _cell(scores[s].pages_with_alarm_share, scores[s].pages_with_alarm, scores[s].nonpolitical_pages)
            for s in SPLITS
        ),
    )
    _false_alarm_breakdown(timed, parts)
    _per_type({s: scores[s].per_type for s in SPLITS})
    _calibration(
        "all events of all pages (right: matches a gold event)",
        {s: _news_outcomes(parts[s]) for s in SPLITS},
    )
    _timing("real-news", spent, stage)
    if errors:
        _news_errors(parts[TUNE], bodies)


# --- ACLED-style reports --------------------------------------------------------------------


def _acled_outcomes(pairs) -> list[Outcome]:
    """Every predicted event: right when its report is political, type right when its type fits."""
    return [
        Outcome(p.confidence, report.kind == "political", report.kind == "political" and p.type in report.types)
        for report, analysis in pairs
        for p in analysis.events
    ]


def run_acled(timed: Timed, errors: bool) -> None:
    reports = read_acled_gold(ACLED_GOLD)
    analyses, spent, stage = timed.analyze([r.text for r in reports])
    parts = {s: [(r, a) for r, a in zip(reports, analyses) if r.split == s] for s in SPLITS}
    scores: dict[str, AcledScores] = {s: score_acled(parts[s]) for s in SPLITS}
    _header(
        "ACLED-style reports (our gold, 50% check)",
        {s: scores[s].political + scores[s].nonpolitical for s in SPLITS},
        "reports",
    )
    _row(
        "political: fitting type",
        (_cell(scores[s].fitting_share, scores[s].fitting, scores[s].political) for s in SPLITS),
        ">= 0.85",
    )
    _row(
        "political: fitting, source right",
        (
            _cell(scores[s].source_share, scores[s].fitting_source_right, scores[s].with_gold_source)
            for s in SPLITS
        ),
    )
    _row(
        "disaster/accident/crime: alarm",
        (_cell(scores[s].false_alarm_rate, scores[s].alarms, scores[s].nonpolitical) for s in SPLITS),
        "<= 0.10",
    )
    _row(
        "disaster/accident/crime: any event",
        (_cell(scores[s].any_event_rate, scores[s].with_any_event, scores[s].nonpolitical) for s in SPLITS),
    )
    print("  fitting type by the report's main type:")
    for name in sorted(set().union(*(scores[s].by_main_type for s in SPLITS))):
        cells = []
        for s in SPLITS:
            reports_, right = scores[s].by_main_type.get(name, (0, 0))
            cells.append(f"{right}/{reports_}")
        _row(f"  {name}", cells)
    _calibration(
        "all events of all reports (right: on a political report)", {s: _acled_outcomes(parts[s]) for s in SPLITS}
    )
    _timing("ACLED", spent, stage)
    if errors:
        print("\nACLED errors (tune part only):")
        for report, analysis in parts[TUNE]:
            found = [f"{p.type}[{p.trigger.text}]" for p in analysis.events]
            if report.kind == "political" and not any(p.type in report.types for p in analysis.events):
                print(
                    f"\n{report.id} want {'/'.join(report.types)}, got {', '.join(found) or 'nothing'}\n  {report.text}"
                )
            elif report.kind != "political" and any(p.type in ALARM_TYPES for p in analysis.events):
                print(f"\n{report.id} FALSE ALARM {', '.join(found)}\n  {report.text}")


GOLD_SETS = ("plover", "news", "acled")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=GOLD_SETS, help="score one gold set")
    parser.add_argument(
        "--errors", nargs="?", const=TUNE, choices=SPLITS, help="list wrong records (tune part only)"
    )
    parser.add_argument("--limit", type=int, default=None, help="first N PLOVER records only")
    args = parser.parse_args()
    if args.errors == CHECK:
        parser.error("check-part errors are never shown: the check part is scored, not read")

    timed = Timed(Pipeline(Options.load()))
    errors = args.errors == TUNE
    runs = {
        "plover": lambda: run_plover(timed, errors, args.limit),
        "news": lambda: run_news(timed, errors),
        "acled": lambda: run_acled(timed, errors),
    }
    for name in [args.only] if args.only else GOLD_SETS:
        runs[name]()
    stage = sum(timed.event_times)
    print(
        f"\nall: pipeline {timed.total:.1f}s, event stage {stage:.2f}s ({stage / timed.total:.1%} of pipeline time)"
    )


if __name__ == "__main__":
    main()
