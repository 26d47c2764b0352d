"""The speaker-accuracy scorer: matching gold statements to predicted quotes and entities."""

from __future__ import annotations

import json

import pytest
from evaluation.speakers import GoldPassage, GoldQuote, judge_passage, read_gold, score

from newsgraph.records import Analysis, Entity, Quote, Span, Speaker

TEXT = 'Mayor Ines Duarte opened the bridge. "It took ten years," she said. Crowds cheered, it was reported.'


def _mention(text: str) -> Span:
    start = TEXT.index(text)
    return Span(start, start + len(text), text)


def _quote(content: str, speaker_text: str | None, entity: str | None) -> Quote:
    start = TEXT.index(content)
    speaker = None
    if speaker_text is not None:
        at = TEXT.index(speaker_text)
        speaker = Speaker(at, at + len(speaker_text), speaker_text, entity)
    return Quote("Q1", "direct", start, start + len(content), content, None, speaker)


DUARTE = Entity("E1", "Ines Duarte", "PERSON", (_mention("Ines Duarte"),))
PASSAGE = GoldPassage("bridge", TEXT, (GoldQuote("ten years", "direct", "Ines Duarte"),))


def test_speaker_entity_matching_the_gold_name_is_correct():
    analysis = Analysis(TEXT, entities=(DUARTE,), quotes=(_quote("It took ten years", "she", "E1"),))
    [judgement] = judge_passage(PASSAGE, analysis)
    assert judgement.found and judgement.correct
    assert judgement.predicted_entity == judgement.gold_entity == "Ines Duarte"


def test_wrong_or_missing_speaker_entity_is_an_error():
    other = Entity("E2", "Crowds", "ORG", (_mention("Crowds"),))
    wrong = Analysis(TEXT, entities=(DUARTE, other), quotes=(_quote("It took ten years", "she", "E2"),))
    unresolved = Analysis(TEXT, entities=(DUARTE,), quotes=(_quote("It took ten years", "she", None),))
    assert not judge_passage(PASSAGE, wrong)[0].correct
    assert not judge_passage(PASSAGE, unresolved)[0].correct


def test_gold_speaker_the_entity_stage_missed_cannot_be_matched():
    analysis = Analysis(TEXT, entities=(), quotes=(_quote("It took ten years", "she", None),))
    [judgement] = judge_passage(PASSAGE, analysis)
    assert judgement.found and not judgement.correct and judgement.gold_entity is None


def test_null_gold_speaker_needs_no_predicted_entity():
    passage = GoldPassage("bridge", TEXT, (GoldQuote("Crowds cheered", "indirect", None),))
    plain = Analysis(TEXT, entities=(DUARTE,), quotes=(_quote("Crowds cheered", None, None),))
    guessed = Analysis(TEXT, entities=(DUARTE,), quotes=(_quote("Crowds cheered", "she", "E1"),))
    assert judge_passage(passage, plain)[0].correct
    assert not judge_passage(passage, guessed)[0].correct


def test_missed_statements_count_against_accuracy():
    passage = GoldPassage(
        "bridge",
        TEXT,
        (GoldQuote("ten years", "direct", "Ines Duarte"), GoldQuote("Crowds cheered", "indirect", None)),
    )
    analysis = Analysis(TEXT, entities=(DUARTE,), quotes=(_quote("It took ten years", "she", "E1"),))
    result = score([passage], [analysis])
    assert (result.total, result.correct, result.missed) == (2, 1, 1)
    assert result.accuracy == 0.5 and result.accuracy_found == 1.0
    assert [e.gold.content for e in result.errors] == ["Crowds cheered"]


def test_read_gold_rejects_a_speaker_absent_from_the_text(tmp_path):
    path = tmp_path / "gold.jsonl"
    row = {
        "id": "x",
        "text": TEXT,
        "quotes": [{"content": "ten years", "kind": "direct", "speaker": "Ana Silva"}],
    }
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Ana Silva"):
        read_gold(path)
