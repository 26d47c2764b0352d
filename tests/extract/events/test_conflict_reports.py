"""Terse conflict reports of the kinds ACLED codes (battles, strikes, bombings, abductions, arrests,
talks, truces, seizures) yield an event of a fitting PLOVER type; disasters, accidents and crime none."""

import pytest

VIOLENT = {"ASSAULT", "PROTEST", "COERCE", "THREATEN", "MOBILIZE"}


def _events(analyze, text: str) -> dict[str, tuple[str, str | None]]:
    return {v.trigger.text: (v.type, v.mode) for v in analyze(text).events}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # battles
        ("An exchange of fire between soldiers and separatists left three dead in Bamenda.", "exchange", "ASSAULT"),
        ("A firefight broke out between border guards and smugglers near the Afghan frontier.", "firefight", "ASSAULT"),
        ("Insurgents stormed a military checkpoint in Cabo Delgado province before dawn.", "stormed", "ASSAULT"),
        ("Police engaged bandits in a shootout in Katsina state on Tuesday.", "shootout", "ASSAULT"),
        ("Troops engaged the attackers in a fierce gun battle lasting three hours.", "battle", "ASSAULT"),
        ("Clashes erupted between the army and Arakan Army fighters in Paletwa township.", "Clashes", "ASSAULT"),
        # strikes from the air, shelling
        ("An airstrike on a wedding party in Helmand killed at least 14 people.", "killed", "ASSAULT"),
        ("A drone strike targeted a car on the outskirts of Sanaa late on Tuesday.", "strike", "ASSAULT"),
        ("Hezbollah fired anti-tank missiles at an Israeli army post near Metula.", "fired", "ASSAULT"),
        ("Mortar shells landed on a crowded market in Mogadishu, killing four.", "shells", "ASSAULT"),
        # bombings and suicide attacks
        ("A car bomb exploded outside a hotel in central Mogadishu on Saturday.", "bomb", "ASSAULT"),
        ("A suicide bomber blew himself up at a mosque in Peshawar during Friday prayers.", "bomber", "ASSAULT"),
        ("Suspected rebels planted explosives on a railway line in Balochistan.", "planted", "ASSAULT"),
        # abductions, mob violence
        ("The abduction of 40 villagers by bandits in Zamfara was confirmed by police.", "abduction", "ASSAULT"),
        ("A mob lynched two men in Jharkhand on Saturday.", "lynched", "ASSAULT"),
        ("Militants of al-Shabaab seized three aid workers near Baidoa.", "seized", "ASSAULT"),
        # protests and their suppression
        ("Dozens of activists held a vigil in Hong Kong to mark the anniversary.", "vigil", "PROTEST"),
        ("Police dispersed a crowd of protesters with water cannon in Tbilisi.", "dispersed", "ASSAULT"),
        ("Dock workers walked off the job at the port of Antwerp on Monday.", "walked", "PROTEST"),
        ("Opposition lawmakers staged a walkout from parliament in Kampala.", "walkout", "PROTEST"),
        ("Residents picketed the local council offices in Soweto over power cuts.", "picketed", "PROTEST"),
        ("Kenyan nurses began an indefinite strike on Monday.", "strike", "PROTEST"),
        ("Protests erupted in several cities of Kenya over the finance bill.", "Protests", "PROTEST"),
        # arrests and restrictions
        ("Iran blocked access to Instagram and WhatsApp as protests spread.", "blocked", "COERCE"),
        ("The Malian junta suspended the broadcasts of Radio France Internationale.", "suspended", "COERCE"),
        ("Authorities rounded up dozens of suspected militants in Sinai.", "rounded", "COERCE"),
        ("Security forces arrested four journalists covering the protest in Conakry.", "arrested", "COERCE"),
        # deployments
        ("Kenya dispatched additional police to Lamu county.", "dispatched", "MOBILIZE"),
        ("Russia moved tanks and artillery to the border with Ukraine.", "moved", "MOBILIZE"),
        # agreements and talks
        ("Sudan and the SPLM-N concluded a peace accord brokered by Qatar in Doha.", "concluded", "SUPPORT"),
        ("The Kenyan president held a phone call with his Somali counterpart on Tuesday.", "call", "CONSULT"),
        ("The Chinese foreign minister received his Iranian counterpart in Beijing.", "received", "CONSULT"),
        ("The Saudi foreign minister arrived in Tehran on a rare visit.", "visit", "CONSULT"),
    ],
)
def test_a_conflict_report_yields_an_event_of_its_type(analyze, text, trigger, expected):
    assert _events(analyze, text)[trigger][0] == expected


def test_a_noun_and_its_of_object_read_as_the_verb_and_its_object(analyze):
    events = _events(analyze, "An exchange of fire between soldiers and separatists left three dead in Bamenda.")
    assert events["exchange"] == ("ASSAULT", "firearms")
    assert "exchange" not in _events(analyze, "An exchange of views between Kenya and Uganda took place in Kampala.")


def test_seizing_people_is_an_abduction_and_seizing_goods_a_seizure(analyze):
    assert _events(analyze, "ISWAP fighters seized ten passengers near Monguno.")["seized"] == ("ASSAULT", "abduct")
    assert _events(analyze, "Nigerian police seized weapons near Monguno.")["seized"] == ("COERCE", "seize")


def test_a_crowd_that_disperses_is_dispersed_by_no_one(analyze):
    assert "dispersed" not in _events(analyze, "The protesters in Tbilisi dispersed peacefully in the evening.")


def test_a_bombing_with_no_named_attacker_is_by_unidentified_forces_of_the_place(analyze):
    bomb = next(v for v in analyze("A car bomb exploded outside a hotel in Mogadishu.").events if v.trigger.text == "bomb")
    assert bomb.source is not None and bomb.source.code == "SOMUAF"


def test_protests_in_a_sentence_that_names_no_place_are_by_civilians_of_the_story_country(analyze):
    text = (
        "Kenya's finance minister presented the budget in Nairobi on Thursday. "
        "The president later withdrew the tax bill after mass protests against the levy."
    )
    protests = [v for v in analyze(text).events if v.trigger.text == "protests"]
    assert protests and protests[0].type == "PROTEST"
    assert protests[0].source is not None and protests[0].source.code == "KENCVL"


def test_domestic_protests_are_no_ordinary_crime(analyze):
    text = (
        "Chile's president met the Brazilian foreign minister in Santiago on Monday. "
        "His trip to Europe was cancelled because of domestic protests over pensions."
    )
    assert "PROTEST" in [v.type for v in analyze(text).events if v.trigger.text == "protests"]


@pytest.mark.parametrize(
    "text",
    [
        "A storm battered the coast of Mozambique, flattening thousands of homes.",
        "A gas leak forced the evacuation of a block of flats in Volgograd.",
        "A landslide buried several homes in Rwanda's Rubavu district, killing seven people.",
        "A fire gutted a market in Onitsha overnight, destroying hundreds of stalls.",
        "A teenager was stabbed to death in a fight outside a nightclub in London.",
        "Lightning struck a school in Uganda, killing two pupils.",
        "A gas explosion destroyed a block of flats in Volgograd, killing four residents.",
        "A minibus collided with a truck near Kumasi, killing 11 passengers.",
        "A stampede at a religious festival killed 20 pilgrims in Uttar Pradesh.",
    ],
)
def test_a_disaster_accident_or_crime_report_has_no_violent_event(analyze, text):
    assert not {kind for kind, _mode in _events(analyze, text).values()} & VIOLENT


def test_an_attack_that_kills_is_no_hazard_for_the_killing(analyze):
    events = _events(analyze, "Militants attacked a Malian army convoy near Gao, killing seven soldiers.")
    assert events["killing"][0] == "ASSAULT"


def test_a_protest_with_no_named_protesters_is_by_civilians_of_the_place(analyze):
    protest = next(v for v in analyze("Demonstrations against the coup continued in Niamey.").events)
    assert protest.type == "PROTEST" and protest.source is not None and protest.source.code == "NERCVL"
