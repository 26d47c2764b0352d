"""Passives ("He was charged with treason") and past participles after a noun ("the army, accused by
Amnesty of ..."): whom the deed was done to is the target, even when a pronoun names them and only
an earlier sentence says who they are."""

ARREST = (
    "CARACAS, Venezuela — Venezuelan intelligence agents arrested the opposition organiser Julian Mendez "
    "at his home in Caracas on Monday, two weeks before the presidential election. The government says "
    "opposition parties are plotting a coup with officers of the army. Opposition leaders condemned the "
    "arrest, and the national assembly demanded his release. He is accused of treason and of plotting "
    "to overthrow the government."
)


def test_a_pronoun_a_passive_is_done_to_is_the_person_an_earlier_sentence_names(analyze):
    analysis = analyze(ARREST)
    mendez = next(e.id for e in analysis.entities if e.name == "Julian Mendez")
    accused = [v for v in analysis.events if v.trigger.text == "accused"]
    assert accused and accused[0].type == "ACCUSE"
    assert accused[0].target is not None and accused[0].target.entity == mendez


def test_a_past_participle_after_a_noun_was_done_to_that_noun(analyze):
    text = "Nigeria's army, accused by Amnesty International of torturing detainees, denied the claims."
    accused = [v for v in analyze(text).events if v.trigger.text == "accused"]
    assert accused and accused[0].type == "ACCUSE"
    assert accused[0].source.text == "Amnesty International"
    assert accused[0].target is not None and accused[0].target.code == "NGAMIL"
