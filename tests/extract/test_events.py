from newsgraph.extract.events import event_types


def test_every_trigger_maps_to_a_plover_type_with_gdelt_fields():
    plover = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    for lemma, kind in event_types().items():
        assert kind.type in plover, lemma
        assert kind.quad_class in (1, 2, 3, 4)
        assert -10 <= kind.goldstein <= 10


def test_air_strikes_by_a_country_are_aerial_assaults_with_source_and_place(analyze):
    analysis = analyze("Russian airstrikes hit rebel positions in Idlib on Tuesday, killing 12 people.")
    strikes = [v for v in analysis.events if v.trigger.text == "airstrikes"]
    assert strikes and strikes[0].type == "ASSAULT" and strikes[0].mode == "aerial"
    assert strikes[0].cameo == "195" and strikes[0].quad_class == 4
    assert strikes[0].source is not None and strikes[0].source.code == "RUS"


def test_conditional_action_is_hypothetical_and_negated_action_is_negated(analyze):
    analysis = analyze(
        "If Ethiopia attacks the dam, Egypt would respond, the minister said. "
        "Kenya did not deploy troops to Somalia."
    )
    by_trigger = {v.trigger.text: v for v in analysis.events}
    assert by_trigger["attacks"].status == "hypothetical"
    assert by_trigger["deploy"].status == "negated"


def test_event_linked_place_is_a_place_of_the_same_analysis(analyze):
    analysis = analyze("Israeli forces attacked Hamas positions in Gaza on Monday.")
    place_ids = {p.id for p in analysis.places}
    assert analysis.events
    assert all(v.place in place_ids for v in analysis.events if v.place)
