"""Events against gold: floors on the CHECK part of the PLOVER GSR dev file, and the reference
article's key events.

Issue targets: event type accuracy >= 0.85 and (source country, event, target country) triple
accuracy >= 0.70. The floors sit a little under what was measured on the check part
(bench/eval_events.py prints tune and check side by side), so that a regression fails.
"""

import pytest
from evaluation.plover import read_gsr, score_events
from evaluation.splits import CHECK, split_of

from newsgraph import Article

pytestmark = pytest.mark.eval

# Measured 2026-12-03 (evening) on the 61 check records (bench/eval_events.py): type 0.934, source
# 0.902, target 0.738, triple 0.639, mode 0.600. The inherited trigger table was written before the
# split while reading the whole dev file, so these are optimistic.
FLOORS = {"type": 0.88, "source": 0.85, "target": 0.70, "triple": 0.60, "mode": 0.55}


@pytest.fixture(scope="module")
def gsr_scores(shared_dir, pipeline):
    gold = [
        g
        for g in read_gsr(shared_dir / "eval" / "events" / "plover-gsr-dev.jsonl")
        if split_of(g.id) == CHECK
    ]
    analyses = pipeline.analyze_many(g.text for g in gold)
    return score_events((g, a.events) for g, a in zip(gold, analyses))


def test_gsr_check_event_type_accuracy_floor(gsr_scores):
    assert gsr_scores.records == 61
    assert gsr_scores.type_accuracy >= FLOORS["type"]  # target 0.85


def test_gsr_check_triple_accuracy_floor(gsr_scores):
    assert gsr_scores.triple_accuracy >= FLOORS["triple"]  # target 0.70


def test_gsr_check_actor_country_and_mode_floors(gsr_scores):
    assert gsr_scores.source_accuracy >= FLOORS["source"]
    assert gsr_scores.target_accuracy >= FLOORS["target"]
    assert gsr_scores.mode_accuracy >= FLOORS["mode"]


@pytest.fixture(scope="module")
def reference(shared_dir, analyze):
    text = (shared_dir / "examples" / "syria-airstrikes-interview.txt").read_text(encoding="utf-8")
    return text, analyze(Article(text, published="2014-10-08"))


def _entity_names(analysis, actor):
    entity = analysis.entity(actor.entity) if actor is not None else None
    return {entity.name, *entity.aliases} if entity is not None else set()


def _place_name(analysis, place_id):
    return next((p.name for p in analysis.places if p.id == place_id), None)


def test_us_air_strikes_on_isis_are_aerial_assaults_located_in_syria(reference):
    _text, analysis = reference
    strikes = [
        v
        for v in analysis.events
        if v.type == "ASSAULT"
        and v.mode == "aerial"
        and v.cameo == "195"
        and v.status == "asserted"
        and v.source is not None
        and (v.source.code or "").startswith("USA")
        and v.target is not None
        and "ISIS" in _entity_names(analysis, v.target)
    ]
    assert strikes, "no US air strike on ISIS"
    assert any(_place_name(analysis, v.place) == "Syria" for v in strikes)


def test_kurds_and_isis_fight_at_kobane(reference):
    # Depends on the entities stage typing Kobane as a place (it was typed ORG at one point).
    _text, analysis = reference
    fights = [
        v
        for v in analysis.events
        if v.type == "ASSAULT"
        and {"Kurds", "ISIS"} <= _entity_names(analysis, v.source) | _entity_names(analysis, v.target)
    ]
    assert fights, "no ASSAULT between the Kurds and ISIS"
    assert any((_place_name(analysis, v.place) or "").startswith("Kob") for v in fights)


def test_push_back_in_iraq_is_hypothetical_not_asserted(reference):
    text, analysis = reference
    clause = text.index("even if the US managed")
    pushes = [v for v in analysis.events if clause <= v.trigger.start < clause + 60]
    assert pushes, "the conditional push back is not recorded at all"
    assert all(v.status == "hypothetical" for v in pushes)
