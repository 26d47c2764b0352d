import json

from evaluation.plover import country_of, read_gsr, score_events, sentence_prediction

from newsgraph.records import Actor, Event, Span

RECORDS = [
    {
        "id": "T-1",
        "text": "Kenyan troops shelled militant camps in Somalia.",
        "event": "FIGHT",
        "mode": "heavy-weapons",
        "source": [{"actorText": "Kenyan troops", "code": "KEN", "sector": "MIL"}],
        "target": [{"actorText": "militant camps", "code": "SOMREB"}],
        "eventText": "shelled",
    },
    {
        "id": "T-2",
        "text": "Chile and Peru agreed to resume talks.",
        "event": "AGREE",
        "source": [{"actorText": "Chile", "code": "CHL"}, {"actorText": "Peru", "code": "PER"}],
        "target": "",
    },
    {
        "id": "T-3",
        "text": "Ghana demanded that Togo reopen the border.",
        "event": "DEMAND",
        "mode": "",
        "source": [{"actorText": "Ghana", "code": "GHA"}],
        "target": None,
    },
    {
        "id": "T-4",
        "text": "Mali condemned the raid.",
        "event": "DISAPPROVE",
        "mode": "demo-org",
        "source": [{"actorText": "Mali", "code": "MLI"}],
    },
]


def _actor(code):
    return Actor(0, 1, "x", None, code) if code is not None else None


def _event(type_, source=None, target=None, *, mode=None, confidence=1.0, start=0):
    return Event(
        id="V",
        type=type_,
        trigger=Span(start, start + 1, "x"),
        sentence=Span(0, 10, "x"),
        mode=mode,
        source=_actor(source),
        target=_actor(target),
        confidence=confidence,
    )


def _write(tmp_path):
    path = tmp_path / "gsr.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    return path


def test_reader_maps_old_labels_and_absent_targets(tmp_path):
    gold = read_gsr(_write(tmp_path))
    assert [g.event for g in gold] == ["ASSAULT", "AGREE", "REQUEST", "ACCUSE"]
    assert gold[0].mode == "heavy-weapons" and gold[2].mode is None and gold[3].mode == "demo"
    assert gold[1].source_countries == {"CHL", "PER"}
    assert all(g.target_countries == {""} for g in gold[1:])
    assert gold[0].target_countries == {"SOM"} and gold[0].sources[0].sector == "MIL"


def test_country_is_the_first_three_letters_of_a_code():
    assert country_of("SOMREB") == "SOM" and country_of("igo") == "IGO"
    assert country_of(None) == "" and country_of("") == ""


def test_sentence_prediction_is_the_most_confident_then_earliest():
    late = _event("ASSAULT", confidence=0.9, start=20)
    early = _event("CONSULT", confidence=0.9, start=5)
    weak = _event("AID", confidence=0.5, start=0)
    assert sentence_prediction([late, weak, early]) is early
    assert sentence_prediction([]) is None


def test_scores_count_type_countries_triples_and_modes(tmp_path):
    gold = read_gsr(_write(tmp_path))
    predictions = [
        [_event("ASSAULT", "KENMIL", "SOMREB", mode="heavy-weapons")],  # all right
        [_event("AGREE", "PER", None)],  # right: any compound source country counts
        [_event("REQUEST", "GHA", "TGO")],  # type and source right, target wrong (gold has none)
        [],  # no event: wrong everywhere except the absent target
    ]
    scores = score_events(zip(gold, predictions))
    assert scores.records == 4 and scores.with_event == 3
    assert scores.type_correct == 3 and scores.source_correct == 3
    assert scores.target_correct == 3 and scores.triple_correct == 2
    assert (scores.mode_gold, scores.mode_correct) == (2, 1)
    assert scores.type_accuracy == 0.75 and scores.triple_accuracy == 0.5
    assert scores.per_type["ACCUSE"].gold == 1 and scores.per_type["ACCUSE"].correct == 0
    assert scores.per_type["ASSAULT"].precision == 1.0 and scores.per_type["ASSAULT"].recall == 1.0


def test_a_wrong_type_is_not_a_triple_even_with_right_countries(tmp_path):
    gold = read_gsr(_write(tmp_path))[:1]
    scores = score_events(zip(gold, [[_event("COERCE", "KEN", "SOM")]]))
    assert scores.source_correct == 1 and scores.target_correct == 1
    assert scores.type_correct == 0 and scores.triple_correct == 0
