"""The real-news and ACLED-style event scorer, on hand-made gold and predictions (no model)."""

import json
from pathlib import Path

import pytest
from evaluation.news_events import (
    AcledReport,
    GoldActorNames,
    GoldNewsEvent,
    GoldPlace,
    NewsDocument,
    actor_right,
    match_events,
    names_match,
    read_acled_gold,
    read_news_gold,
    score_acled,
    score_news,
)
from evaluation.splits import CHECK, TUNE, split_of

from newsgraph.records import Actor, Analysis, Entity, Event, Place, Span

GOLD_DIR = Path(__file__).resolve().parents[3] / "bench" / "gold"

TEXT = "Rebels shelled Kadugli on Monday. The army said it may withdraw from the town next week."
FIRST = (0, 33)
SECOND = (34, len(TEXT))


def _span(word: str, text: str = TEXT) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), word)


def _actor(word: str, entity: str | None = None, code: str | None = None) -> Actor:
    span = _span(word)
    return Actor(span.start, span.end, word, entity=entity, code=code)


def _event(ident: str, kind: str, trigger: str, **fields) -> Event:
    return Event(ident, kind, _span(trigger), Span(0, len(TEXT), TEXT), **fields)


def _gold(
    evidence,
    trigger,
    kind,
    *,
    source=(),
    source_code=None,
    target=(),
    place=None,
    status="asserted",
    main=False,
):
    return GoldNewsEvent(
        evidence=evidence,
        trigger=trigger,
        trigger_start=TEXT.index(trigger),
        type=kind,
        mode=None,
        source=GoldActorNames(tuple(source), source_code),
        target=GoldActorNames(tuple(target)),
        place=GoldPlace(place, "SD") if place else None,
        status=status,
        main=main,
    )


REBELS = Entity("e1", "SPLM-N rebels", "ORG", (_span("Rebels"),), aliases=("SPLM-N",))
KADUGLI = Place("p1", "Kadugli", (_span("Kadugli"),), country="SD")
GOLD_SHELLING = _gold(FIRST, "shelled", "ASSAULT", source=["SPLM-N"], target=[], place="Kadugli", main=True)
GOLD_WITHDRAW = _gold(
    SECOND, "withdraw", "RETREAT", source=["army"], source_code="SDN", status="hypothetical"
)


def test_names_match_whole_words_either_way_ignoring_case():
    assert names_match("the Sudanese army", "Sudanese Army")
    assert names_match("army", "the Sudanese army")
    assert not names_match("Israeli", "Israel")
    assert not names_match("", "army")


def test_actor_is_right_by_entity_alias_or_country_code():
    analysis = Analysis(TEXT, entities=(REBELS,))
    assert actor_right(GoldActorNames(("SPLM-N",)), _actor("Rebels", entity="e1"), analysis)
    assert not actor_right(GoldActorNames(("SPLM-N",)), _actor("Rebels"), analysis)
    assert actor_right(GoldActorNames(("soldiers",), "SDN"), _actor("army", code="SDNMIL"), analysis)
    assert not actor_right(GoldActorNames(("soldiers",), "SDN"), _actor("army", code="SSDMIL"), analysis)


def test_gold_actor_naming_no_one_is_right_only_when_none_is_predicted():
    analysis = Analysis(TEXT)
    assert actor_right(GoldActorNames(), None, analysis)
    assert not actor_right(GoldActorNames(), _actor("Kadugli"), analysis)
    assert not actor_right(GoldActorNames(("army",)), None, analysis)


def test_matching_is_one_to_one_inside_the_evidence_and_prefers_the_right_type():
    wrong_type = _event("v1", "COERCE", "shelled")
    right_type = _event("v2", "ASSAULT", "Monday")
    outside = _event("v3", "ASSAULT", "withdraw")
    pairs = match_events([GOLD_SHELLING], [wrong_type, right_type, outside])
    assert pairs == [(GOLD_SHELLING, right_type)]


def test_news_scores_count_matches_roles_place_status_and_main_event():
    shelling = _event("v1", "ASSAULT", "shelled", source=_actor("Rebels", entity="e1"), place="p1")
    withdrawal = _event("v2", "RETREAT", "withdraw", source=_actor("army", code="SDNMIL"), status="asserted")
    extra = _event("v3", "CONSULT", "said")
    political = NewsDocument("d1", TUNE, "political", (GOLD_SHELLING, GOLD_WITHDRAW))
    analysis = Analysis(TEXT, entities=(REBELS,), places=(KADUGLI,), events=(shelling, withdrawal, extra))
    quiet = NewsDocument("d2", TUNE, "nonpolitical", ())
    noisy = NewsDocument("d3", TUNE, "nonpolitical", ())
    scores = score_news(
        [
            (political, analysis),
            (quiet, Analysis("The match ended 2-1.")),
            (noisy, Analysis(TEXT, events=(extra, withdrawal))),
        ]
    )
    assert (scores.gold, scores.predicted, scores.matched) == (2, 3, 2)
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == 1.0
    assert scores.f1 == pytest.approx(0.8)
    assert (scores.type_right, scores.source_right, scores.target_right, scores.all_right) == (2, 2, 2, 2)
    assert scores.all_right_of_gold == 1.0
    assert (scores.place_gold, scores.place_right) == (1, 1)
    assert scores.status_right == 1  # the hypothetical withdrawal came out asserted
    assert (scores.main_stories, scores.main_right) == (1, 1)
    assert scores.per_type["CONSULT"].precision == 0.0
    assert scores.per_type["ASSAULT"].recall == 1.0
    assert (scores.nonpolitical_pages, scores.false_alarms, scores.pages_with_alarm) == (2, 2, 1)
    assert scores.alarms_per_page == 1.0
    assert scores.pages_with_alarm_share == 0.5


def test_main_event_with_a_wrong_target_is_not_fully_right():
    shelling = _event(
        "v1", "ASSAULT", "shelled", source=_actor("Rebels", entity="e1"), target=_actor("Kadugli")
    )
    document = NewsDocument("d1", TUNE, "political", (GOLD_SHELLING,))
    scores = score_news([(document, Analysis(TEXT, entities=(REBELS,), events=(shelling,)))])
    assert (scores.main_stories, scores.main_right, scores.target_right) == (1, 0, 0)
    assert scores.place_right == 0  # the event carries no place


def test_acled_scores_fitting_types_and_false_alarms():
    battle = AcledReport("a1", TUNE, "political", TEXT, ("ASSAULT",), source=("SPLM-N",))
    talks = AcledReport("a2", TUNE, "political", TEXT, ("CONSULT",))
    flood = AcledReport("a3", TUNE, "nonpolitical", "Floods hit Kadugli.", ())
    fire = AcledReport("a4", TUNE, "nonpolitical", "A fire hit Kadugli.", ())
    shelling = _event("v1", "ASSAULT", "shelled", source=_actor("Rebels", entity="e1"))
    scores = score_acled(
        [
            (battle, Analysis(TEXT, entities=(REBELS,), events=(shelling,))),
            (talks, Analysis(TEXT, events=(_event("v2", "RETREAT", "withdraw"),))),
            (flood, Analysis(TEXT, events=(_event("v3", "AID", "said"),))),
            (fire, Analysis(TEXT, events=(shelling,))),
        ]
    )
    assert (scores.political, scores.fitting, scores.fitting_share) == (2, 1, 0.5)
    assert (scores.with_gold_source, scores.fitting_source_right) == (1, 1)
    assert (scores.nonpolitical, scores.alarms, scores.with_any_event) == (2, 1, 2)
    assert scores.false_alarm_rate == 0.5
    assert scores.by_main_type == {"ASSAULT": (1, 1), "CONSULT": (1, 0)}


def test_gold_readers_read_what_the_gold_files_hold(tmp_path):
    news = tmp_path / "news.jsonl"
    event = {
        "evidence": [0, 33],
        "trigger": "shelled",
        "trigger_start": 7,
        "type": "ASSAULT",
        "mode": "heavy-weapons",
        "source": {"names": ["Rebels"], "code": None},
        "target": {"names": [], "code": None},
        "place": {"name": "Kadugli", "country": "SD"},
        "status": "asserted",
        "main": True,
    }
    news.write_text(
        json.dumps({"id": "d1", "split": CHECK, "category": "political", "events": [event]})
    )
    (document,) = read_news_gold(news)
    assert document.events[0] == GoldNewsEvent(
        (0, 33),
        "shelled",
        7,
        "ASSAULT",
        "heavy-weapons",
        GoldActorNames(("Rebels",)),
        GoldActorNames(),
        GoldPlace("Kadugli", "SD"),
        "asserted",
        True,
    )
    acled = tmp_path / "acled.jsonl"
    acled.write_text(
        json.dumps(
            {"id": "a1", "split": TUNE, "kind": "political", "text": TEXT, "types": ["PROTEST", "ASSAULT"]}
        )
    )
    (report,) = read_acled_gold(acled)
    assert (report.main_type, report.source) == ("PROTEST", ())


def test_split_share_follows_check_percent():
    ids = [f"doc-{i}" for i in range(400)]
    assert all(split_of(i, check_percent=0) == TUNE for i in ids)
    assert all(split_of(i, check_percent=100) == CHECK for i in ids)
    assert [split_of(i) for i in ids] == [split_of(i, check_percent=30) for i in ids]
    assert 150 < sum(split_of(i, check_percent=50) == CHECK for i in ids) < 250


@pytest.mark.parametrize("name", ["events-news.jsonl", "events-acled.jsonl"])
def test_stored_gold_splits_are_the_fifty_fifty_hash_split(name):
    rows = [json.loads(line) for line in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines() if line]
    assert rows
    assert all(row["split"] == split_of(row["id"], check_percent=50) for row in rows)


def test_stored_news_gold_evidence_holds_its_trigger():
    for document in read_news_gold(GOLD_DIR / "events-news.jsonl"):
        for event in document.events:
            start, end = event.evidence
            assert start <= event.trigger_start < event.trigger_start + len(event.trigger) <= end
