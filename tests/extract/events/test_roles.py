"""Sources and targets of events: which phrase plays each role, and the code it gets."""


def _only(events, trigger):
    found = [v for v in events if v.trigger.text == trigger]
    assert len(found) == 1, found
    return found[0]


def test_an_actor_accused_of_a_deed_is_the_whole_phrase_not_its_country_word(analyze):
    accused = _only(analyze("The opposition accused the Kenyan police of brutality.").events, "accused")
    assert (accused.target.text, accused.target.code) == ("the Kenyan police", "KENCOP")
    accused = _only(analyze("Tehran accused the United States of economic sabotage.").events, "accused")
    assert accused.target.text == "the United States"


def test_the_party_a_complaint_is_against_is_its_target_not_where_it_was_filed(analyze):
    events = analyze("Indonesia filed a complaint with the United Nations against Australia.").events
    assert _only(events, "complaint").target.code == "AUS"


def test_a_former_state_named_as_an_actor_is_coded_by_its_successor(analyze):
    expelled = _only(analyze("Zaire expelled two Belgian diplomats on Monday.").events, "expelled")
    assert expelled.source.code == "COD"
    condemned = _only(analyze("Albania condemned Yugoslavia for the border shooting.").events, "condemned")
    assert condemned.target.code[:3] == "SRB"


def test_what_people_were_beaten_with_is_not_the_target(analyze):
    beat = _only(analyze("Riot police beat students with batons in Lusaka on Friday.").events, "beat")
    assert beat.target.text == "students"


def test_a_condemned_measure_targets_the_agent_of_its_participle_not_whom_it_hits(analyze):
    events = analyze("Iran condemned the sanctions imposed on Syria by the European Union.").events
    assert _only(events, "condemned").target.code == "IGO"
