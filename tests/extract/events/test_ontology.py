from collections import Counter

from newsgraph.extract.events.ontology import (
    NO_EVENT,
    EventType,
    cameo_values,
    compose_frame,
    event_frames,
    event_types,
    frame_default,
    intent,
    refusal,
    request,
    threat,
)
from newsgraph.extract.events.tables import table_rows

PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_every_trigger_maps_to_a_plover_type_with_gdelt_fields():
    for lemma, kind in event_types().items():
        if kind is NO_EVENT:
            continue
        assert kind.type in PLOVER, lemma
        assert kind.quad_class in (1, 2, 3, 4)
        assert -10 <= kind.goldstein <= 10


def test_every_frame_has_an_event_of_its_own():
    for word, frame in event_frames().items():
        assert frame_default(frame).type in PLOVER, word


def test_a_cameo_code_missing_from_the_table_takes_its_roots_values():
    kind = EventType.coded("THREATEN", "", "1399")
    assert (kind.quad_class, kind.goldstein) == cameo_values()["13"]
    assert kind.mode is None


def _kind(type_: str, mode: str | None, cameo: str) -> EventType:
    return EventType.coded(type_, mode, cameo)


def test_threatening_a_ban_is_a_threat_of_restrictions_with_the_bans_mode():
    ban = _kind("COERCE", "ban", "172")
    threat_of_ban = compose_frame("threaten", frame_default("threaten"), ban, inner_verb=True)
    assert (threat_of_ban.type, threat_of_ban.mode, threat_of_ban.cameo) == ("THREATEN", "ban", "132")


def test_threatening_or_intending_violence_is_a_threat_of_violence():
    attack = _kind("ASSAULT", None, "190")
    for frame in ("threaten", "intend"):
        composed = compose_frame(frame, frame_default(frame), attack, inner_verb=True)
        assert (composed.type, composed.mode, composed.cameo) == ("THREATEN", "violence", "138")


def test_refusing_requesting_and_intending_cooperation_keep_its_kind_as_mode_or_code():
    talks = _kind("CONSULT", None, "040")
    assert compose_frame("reject", frame_default("reject"), talks, False) == refusal("CONSULT")
    assert refusal("CONSULT").mode == "meet" and refusal("CONSULT").cameo == "120"
    assert compose_frame("request", frame_default("request"), talks, False) == request("CONSULT")
    assert compose_frame("intend", frame_default("intend"), talks, False) == intent("CONSULT")
    assert intent("CONSULT").cameo == "036"


def test_requesting_harm_to_stop_is_a_request_for_change():
    protest = _kind("PROTEST", None, "141")
    composed = compose_frame("request", frame_default("request"), protest, inner_verb=True)
    assert (composed.type, composed.mode) == ("REQUEST", "change")


def test_an_intended_refusal_stays_a_refusal():
    refused = refusal("AID")
    assert compose_frame("intend", frame_default("intend"), refused, inner_verb=True) == refused


def test_a_threat_of_an_action_without_a_threat_mode_uses_the_default():
    talks = _kind("CONSULT", None, "040")
    assert threat(talks) == _kind("THREATEN", None, "130")
    assert threat(talks, ("relations", "131")) == _kind("THREATEN", "relations", "131")


def test_a_threat_of_coercion_or_sanction_keeps_a_mode_plover_threatens():
    assert threat(_kind("COERCE", "restrict", "191")) == _kind("THREATEN", "restrict", "132")
    assert threat(_kind("SANCTION", "expel", "166")) == _kind("THREATEN", "expel", "136")
    assert threat(_kind("COERCE", "seize", "171")).mode is None


def test_every_trigger_row_and_word_class_row_has_an_id_of_its_own():
    for table in ("event_triggers.tsv", "word_classes.tsv"):
        repeated = [row_id for row_id, n in Counter(row[0] for row in table_rows(table)).items() if n > 1]
        assert repeated == [], f"{table} repeats ids {repeated}"
