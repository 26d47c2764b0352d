"""The real-news quote scorer: quote matching, speaker verdicts, key-entity merging and typing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from evaluation.news_quotes import (
    GoldArticle,
    GoldEntity,
    GoldQuote,
    is_pronoun_or_blank,
    judge_article,
    match_quotes,
    news_split,
    read_gold,
    score,
    speaker_matches,
)

from newsgraph.records import Analysis, Entity, Quote, Span, Speaker

TEXT = (
    'Harbour mayor Rosa Kimani said the ferry would resume on Monday. '
    '"We owe the islands a reliable service," Kimani told reporters at Camp Dalby. '
    'The operator, Bluewater Lines, denied that its boats were unsafe. '
    '"Nobody warned us," a passenger said.'
)
GOLD_FILE = Path(__file__).resolve().parents[3] / "bench" / "gold" / "quotes-news.jsonl"


def _at(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def _span(text: str) -> Span:
    return Span(*_at(text), text)


def _gold(content: str, kind: str, cue: str, *speaker: str) -> GoldQuote:
    return GoldQuote(*_at(content), kind, cue, speaker)


def _quote(content: str, speaker_text: str | None = None, entity: str | None = None, kind: str = "direct") -> Quote:
    speaker = Speaker(*_at(speaker_text), speaker_text, entity) if speaker_text else None  # first occurrence
    return Quote(f"Q{_at(content)[0]}", kind, *_at(content), content, None, speaker)


def _word(word: str, before: str) -> Span:
    """The span of `word` where it opens the first occurrence of `word + before`."""
    start = TEXT.index(word + before)
    return Span(start, start + len(word), word)


KIMANI = Entity("E1", "Rosa Kimani", "PERSON", (_span("Rosa Kimani"), _word("Kimani", " told")))
BLUEWATER = Entity("E2", "Bluewater Lines", "ORG", (_span("Bluewater Lines"),))
DALBY_AS_PERSON = Entity("E3", "Camp Dalby", "PERSON", (_span("Camp Dalby"),))

GOLD = GoldArticle(
    id="ferry",
    split="tune",
    quotes=(
        _gold("the ferry would resume on Monday", "indirect", "said", "Rosa Kimani", "Kimani"),
        _gold("We owe the islands a reliable service", "direct", "told", "Rosa Kimani", "Kimani"),
        _gold("its boats were unsafe", "indirect", "denied", "Bluewater Lines"),
        _gold("Nobody warned us", "direct", "said"),
    ),
    entities=(
        GoldEntity("PERSON", ("Rosa Kimani", "Kimani")),
        GoldEntity("ORG", ("Bluewater Lines",)),
        GoldEntity("FAC", ("Camp Dalby",)),
    ),
)


def test_spans_overlapping_by_half_of_the_shorter_match():
    gold = [_gold("We owe the islands a reliable service", "direct", "told")]
    assert match_quotes(gold, [_quote("We owe the islands")]) == [(0, 0)]
    assert match_quotes(gold, [_quote("service,\" Kimani told reporters at Camp Dalby")]) == []


def test_matching_is_one_to_one():
    gold = [_gold("We owe the islands a reliable service", "direct", "told")]
    predicted = [_quote("We owe the islands"), _quote("a reliable service")]
    assert len(match_quotes(gold, predicted)) == 1


def test_matching_is_maximal_when_a_prediction_could_take_either_gold():
    gold = [_gold("We owe the islands", "direct", "told"), _gold("a reliable service", "direct", "told")]
    predicted = [_quote("We owe the islands a reliable service"), _quote("We owe the islands")]
    assert sorted(match_quotes(gold, predicted)) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("name", "aliases", "acceptable", "right"),
    [
        ("Rosa Kimani", (), ("Kimani",), True),  # the gold name inside the predicted one
        ("Kimani", (), ("Rosa Kimani",), True),  # the predicted name inside the gold one
        ("ROSA KIMANI", (), ("rosa kimani",), True),
        ("Kim", (), ("Kimani",), False),  # whole words only
        ("Bluewater", ("Bluewater Lines",), ("Bluewater Lines",), True),  # an alias counts
        ("Port Office", (), ("Harbour Master’s Office",), False),
        ("Harbour Master's Office", (), ("Harbour Master’s Office",), True),  # apostrophes normalised
    ],
)
def test_speaker_names_match_by_whole_word_containment_either_way(name, aliases, acceptable, right):
    assert speaker_matches(Entity("E9", name, "ORG", (), aliases), acceptable) is right


def test_unnamed_gold_speaker_is_right_only_when_unlinked():
    assert speaker_matches(None, ())
    assert not speaker_matches(KIMANI, ())
    assert not speaker_matches(None, ("Rosa Kimani",))


def test_article_judgement_counts_quotes_speakers_merging_and_types():
    analysis = Analysis(
        TEXT,
        entities=(KIMANI, BLUEWATER, DALBY_AS_PERSON),
        quotes=(
            _quote("the ferry would resume on Monday", "Rosa Kimani", "E1", "indirect"),
            _quote("We owe the islands a reliable service", "Kimani", "E2"),  # wrong speaker
            _quote("Nobody warned us", "a passenger", None),  # right: unnamed and unlinked
            _quote("reporters at Camp Dalby", "Kimani", "E1", "indirect"),  # spurious
        ),
    )
    judgement = judge_article(GOLD, analysis)
    assert [m.speaker_correct for m in judgement.matches] == [True, False, True]
    assert [m.predicted_entity for m in judgement.matches] == ["Rosa Kimani", "Bluewater Lines", None]
    assert [q.cue for q in judgement.missed] == ["denied"]
    assert [q.text for q in judgement.spurious] == ["reporters at Camp Dalby"]
    assert [ok for _, ok in judgement.merged] == [True, True, True]
    assert judgement.person_org == 3
    assert [(e.name, g.type) for e, g in judgement.wrongly_typed] == [("Camp Dalby", "FAC")]

    scores = score([(GOLD, analysis)])
    assert (scores.matched, scores.predicted, scores.gold) == (3, 4, 4)
    assert scores.precision == scores.recall == 0.75
    assert scores.speaker_accuracy == pytest.approx(2 / 3)
    assert scores.merged_share == 1.0 and scores.wrongly_typed == 1


def test_spellings_split_over_two_entities_are_not_merged():
    rosa = Entity("E1", "Rosa Kimani", "PERSON", (_span("Rosa Kimani"),))
    twin = Entity("E4", "Kimani", "ORG", (_word("Kimani", " told"),))
    judgement = judge_article(GOLD, Analysis(TEXT, entities=(rosa, twin)))
    assert judgement.merged[0] == (GOLD.entities[0], False)
    assert [(e.id, g.type) for e, g in judgement.wrongly_typed] == [("E4", "PERSON")]


def test_a_spelling_used_only_inside_the_full_name_is_not_wanted_for_merging():
    operator = GoldArticle("ferry", "tune", (), (
        GoldEntity("ORG", ("Bluewater Lines", "Bluewater")),  # "Bluewater" never stands alone
        GoldEntity("PERSON", ("Rosa Kimani", "Kimani")),
        GoldEntity("PERSON", ("Tom Okello",)),  # not in the text: not judged
    ))
    rosa = Entity("E1", "Rosa Kimani", "PERSON", (_span("Rosa Kimani"),))
    judgement = judge_article(operator, Analysis(TEXT, entities=(rosa, BLUEWATER)))
    assert [(key.names[0], ok) for key, ok in judgement.merged] == [("Bluewater Lines", True), ("Rosa Kimani", False)]


def test_pronoun_and_blank_speakers_are_listed_by_their_knowledge_base_label():
    they = Entity("E5", "they", "PERSON", (_span("a passenger"),))
    analysis = Analysis(
        TEXT,
        entities=(KIMANI, they),
        quotes=(
            _quote("We owe the islands a reliable service", "Kimani", "E1"),
            _quote("Nobody warned us", "a passenger", "E5"),  # an entity named with a pronoun
            _quote("its boats were unsafe", None, None, "indirect"),  # blank
        ),
    )
    listed = score([(GOLD, analysis)]).pronoun_or_blank
    assert [(q.text, label) for _, q, label in listed] == [("Nobody warned us", "they"), ("its boats were unsafe", "")]
    assert is_pronoun_or_blank(" Who ") and not is_pronoun_or_blank("Whoopi Goldberg")


def test_read_gold_reads_records_and_refuses_an_unknown_kind(tmp_path):
    record = {
        "id": "ferry", "split": "tune",
        "quotes": [{"start": 0, "end": 5, "kind": "direct", "cue": "said", "speaker": ["Rosa Kimani"]}],
        "entities": [{"type": "PERSON", "names": ["Rosa Kimani", "Kimani"]}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = read_gold(path)
    assert article.quotes[0].speaker == ("Rosa Kimani",) and article.entities[0].names == ("Rosa Kimani", "Kimani")
    record["quotes"][0]["kind"] = "paraphrase"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="kind"):
        read_gold(path)


def test_news_split_is_fixed_by_the_id_and_about_half():
    ids = [f"article-{n}" for n in range(2000)]
    checks = sum(news_split(i) == "check" for i in ids)
    assert 900 < checks < 1100
    assert [news_split(i) for i in ids[:50]] == [news_split(i) for i in ids[:50]]


def test_the_gold_file_records_the_split_the_scorer_computes():
    articles = read_gold(GOLD_FILE)
    assert len(articles) >= 20
    assert all(a.split == news_split(a.id) for a in articles)
    assert {a.split for a in articles} == {"tune", "check"}
