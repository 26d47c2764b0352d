"""Quote speakers on our own gold passages (tests/data/quotes_gold.jsonl): issue 3's target,
speaker-entity accuracy >= 0.90, with missed statements counted as wrong."""

from __future__ import annotations

from pathlib import Path

from evaluation.speakers import read_gold, score

GOLD = Path(__file__).resolve().parents[2] / "data" / "quotes_gold.jsonl"
TARGET = 0.90


def test_gold_set_covers_at_least_forty_passages_with_unnamed_speakers():
    passages = read_gold(GOLD)
    assert len(passages) >= 40
    assert any(q.speaker is None for p in passages for q in p.quotes)
    assert {q.kind for p in passages for q in p.quotes} == {"direct", "indirect", "mixed"}


def test_speaker_entity_accuracy_meets_the_issue_target(pipeline):
    passages = read_gold(GOLD)
    result = score(passages, list(pipeline.analyze_many(p.text for p in passages)))
    errors = "\n".join(f"{e.passage}: {e.gold.content!r} -> {e.predicted_entity!r}" for e in result.errors)
    assert result.accuracy >= TARGET, errors
