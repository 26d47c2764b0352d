"""Arguments of events whose trigger is a noun: the subject of a verb of breaking out, of a passive light
verb, or the object of a verb (of judging, of causing)."""


def test_fighting_that_broke_out_between_two_sides_runs_from_the_first_to_the_second(analyze):
    text = "Fighting broke out on Monday between the Sudanese army and RSF fighters in Omdurman."
    events = analyze(text).events
    fighting = [v for v in events if v.trigger.text == "Fighting"]
    assert fighting and fighting[0].type == "ASSAULT"
    assert fighting[0].source.text == "the Sudanese army" and fighting[0].target.text == "RSF fighters"


def test_clashes_that_erupted_between_two_groups_name_both(analyze):
    events = analyze("Clashes erupted between Fulani herders and Dogon militiamen in central Mali.").events
    assert [(v.source.text, v.target.text) for v in events if v.trigger.text == "Clashes"] == [
        ("Fulani herders", "Dogon militiamen")
    ]


def test_an_attack_noun_carried_out_in_the_passive_takes_the_agent_as_its_source(analyze):
    events = analyze("Air strikes were launched by Russian jets on rebel positions near Idlib.").events
    strikes = [v for v in events if v.trigger.text == "strikes"]
    assert strikes and (strikes[0].source.text, strikes[0].target.text) == ("Russian jets", "rebel positions")
    events = analyze("The raid on the camp was carried out by Israeli special forces.").events
    raid = [v for v in events if v.trigger.text == "raid"]
    assert raid and raid[0].source.code == "ISRMIL"


def test_a_deed_noun_that_a_verb_condemns_or_praises_is_not_the_subjects_own_deed(analyze):
    events = analyze("The White House condemned the attack on the Israeli embassy in Ankara.").events
    attack = [v for v in events if v.trigger.text == "attack"]
    assert all(v.source is None or v.source.code != "USAGOV" for v in attack)
    events = analyze("Kenya praised the raid on the militant camp.").events
    praised = [v for v in events if v.trigger.text == "raid"]
    assert all(v.source is None or v.source.code != "KEN" for v in praised)
    events = analyze("Israel launched air strikes on Gaza.").events
    strikes = [v for v in events if v.trigger.text == "strikes"]
    assert strikes and strikes[0].source.code == "ISR"  # a light verb's subject does its noun's deed


def test_what_sparked_a_protest_is_not_who_staged_it(analyze):
    events = analyze("The arrest of an opposition leader sparked protests in Kampala.").events
    protests = [v for v in events if v.trigger.text == "protests"]
    assert protests and protests[0].source is None
