"""Trigger rows for actions the converted CAMEO dictionary misses or types otherwise than PLOVER."""

import pytest


def _types(analyze, text: str) -> dict[str, tuple[str, str | None]]:
    return {v.trigger.text: (v.type, v.mode) for v in analyze(text).events}


def test_tariffs_restrict_trade_while_sanctions_stay_sanctions(analyze):
    types = _types(analyze, "Washington imposed new tariffs on Chinese steel on Monday.")
    assert types["tariffs"] == ("COERCE", "restrict")
    types = _types(analyze, "The European Union imposed sanctions on Belarus on Monday.")
    assert [kind for kind, _mode in types.values()] == ["SANCTION"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Mexico has balked at the terms of the trade deal.", "balked", "REJECT"),
        ("Seoul is reluctant to join the talks with Tokyo.", "reluctant", "REJECT"),
        ("Opposition leaders slammed the government for its handling of the floods.", "slammed", "ACCUSE"),
        ("The ruling party tried to discredit the ombudsman's report.", "discredit", "ACCUSE"),
        ("Speaker Pelosi rebuked the president in a statement.", "rebuked", "ACCUSE"),
        ("President Erdogan railed against the European Union.", "railed", "ACCUSE"),
        ("Labour took aim at the chancellor over the cuts.", "took", "ACCUSE"),
        ("Lawmakers in Peru voted to impeach the president on Friday.", "impeach", "ACCUSE"),
        ("The Kenyan foreign minister thanked Uganda for its help.", "thanked", "SUPPORT"),
        ("All the Democratic governors came out in favor of the ceasefire.", "favor", "SUPPORT"),
        ("Israel has made concessions to the Palestinian Authority.", "concessions", "CONCEDE"),
        ("The Ukrainian army called up 50,000 reservists on Friday.", "called", "MOBILIZE"),
        ("Belarus massed troops along its border with Lithuania.", "massed", "MOBILIZE"),
        ("The rebels swapped two hostages for three of their commanders.", "swapped", "RETREAT"),
        ("Germany is seeking the extradition of the banker from Spain.", "seeking", "REQUEST"),
        ("Germany sought assurances from Poland on the rule of law.", "sought", "REQUEST"),
        ("Germany is pushing for tougher sanctions on Iran.", "pushing", "REQUEST"),
        ("Kenyan lawmakers petitioned the court to halt the deportations.", "petitioned", "REQUEST"),
        ("Japan will keep the curbs until South Korea meets its conditions.", "meets", "CONCEDE"),
        ("Prosecutors in Sweden dropped the investigation into the minister.", "dropped", "CONCEDE"),
        ("The investigation into the Kenyan minister was reopened in May.", "reopened", "ACCUSE"),
        ("The Nigerian senator faces four criminal charges in Abuja.", "charges", "ACCUSE"),
        ("President Biden scuttled the talks with Iran in March.", "scuttled", "SANCTION"),
        ("Trump tried to coerce Ukraine into opening an inquiry.", "coerce", "COERCE"),
        ("Foreign Secretary Raab defended the government's decision on Sunday.", "defended", "SUPPORT"),
        ("Government troops retook the town of Kalehe from M23 rebels.", "retook", "ASSAULT"),
        ("The Congolese army regained control of Bunia after heavy fighting.", "regained", "COERCE"),
        ("Authorities shut down mobile internet across Tigray on Monday.", "shut", "COERCE"),
        ("A local mayor was snatched from his home in Sinaloa by gunmen.", "snatched", "ASSAULT"),
        ("Hamas fired a rocket barrage at Tel Aviv on Saturday.", "fired", "ASSAULT"),
        ("Indian and Pakistani troops exchanged fire across the Line of Control.", "exchanged", "ASSAULT"),
        ("Iran retaliated with missile strikes on a US base in Iraq.", "retaliated", "ASSAULT"),
    ],
)
def test_wire_verbs_and_nouns_of_political_action_have_their_plover_type(analyze, text, trigger, expected):
    assert _types(analyze, text)[trigger][0] == expected


def test_an_object_slammed_into_is_no_criticism(analyze):
    assert "slammed" not in _types(analyze, "A truck carrying soldiers slammed into a wall in Kabul.")


def test_defending_positions_is_still_fighting(analyze):
    types = _types(analyze, "The Ukrainian army defended its positions near Kharkiv.")
    assert types["defended"][0] == "ASSAULT"


def test_wanting_another_to_act_is_a_request_and_wanting_to_act_is_none(analyze):
    analysis = analyze("Beijing wants Washington to scrap the tariffs on Chinese steel.")
    wants = {v.trigger.text: v for v in analysis.events}
    assert wants["wants"].type == "REQUEST"
    assert wants["wants"].source.text == "Beijing" and wants["wants"].target.text == "Washington"
    assert "wants" not in _types(analyze, "China wants to buy more soybeans from Brazil.")


def test_a_vow_to_retaliate_is_a_threat(analyze):
    types = _types(analyze, "The Iranian president vowed to retaliate against Israel.")
    assert types["vowed"][0] == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "Rebel leaders have sworn to fight until they take the northern port.",
        "The militia threatened on Friday to resume terrorist attacks in the capital.",
    ],
)
def test_a_threat_parsed_as_an_adverbial_infinitive_still_frames_the_attack(analyze, text):
    types = _types(analyze, text)
    violent = [kind for kind in types.values() if kind[0] in {"THREATEN", "ASSAULT"}]
    assert violent == [("THREATEN", "violence")]


def test_a_weapon_before_a_bare_attack_noun_gives_the_mode(analyze):
    types = _types(analyze, "Guerrillas wounded two soldiers in a bomb attack on Thursday.")
    assert types["wounded"] == ("ASSAULT", "explosives")
    assert _types(analyze, "Guerrillas attacked an army post on Thursday.")["attacked"][1] is None


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Gunmen killed four police officers at a checkpoint near Quetta.", "killed", "firearms"),
        ("Government warplanes attacked rebel positions outside Aleppo.", "attacked", "aerial"),
        ("The army attacked the rebel-held town with tanks on Sunday.", "attacked", "heavy-weapons"),
        ("Militants fired mortars at an army base in Kunar.", "fired", "heavy-weapons"),
        ("Militants hurled a grenade at a police post in Srinagar.", "hurled", "explosives"),
        ("A landmine blast killed two soldiers in southern Thailand.", "killed", "explosives"),
        ("An IED wounded three soldiers near Kandahar.", "wounded", "explosives"),
        ("Troops fired on demonstrators in Yangon, killing five.", "fired", "firearms"),
        ("Indian soldiers fired at a Pakistani patrol on the border.", "fired", "firearms"),
        ("Israeli tanks fired on Hezbollah positions in southern Lebanon.", "fired", "heavy-weapons"),
    ],
)
def test_an_attacker_or_instrument_that_is_a_weapon_gives_the_attack_its_mode(analyze, text, trigger, mode):
    assert _types(analyze, text)[trigger] == ("ASSAULT", mode)


def test_a_weapon_that_is_the_object_of_an_attack_gives_no_mode(analyze):
    types = _types(analyze, "Rebel fighters destroyed two army tanks near the border.")
    assert types["destroyed"] == ("ASSAULT", "destroy")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Beijing threatened on Tuesday to use force against the island.", "violence"),
        ("The junta threatened military action against its neighbours.", "violence"),
        ("The insurgents threatened to resume hostilities after the elections.", "violence"),
        ("Turkey threatened to withdraw its ambassador from Vienna.", "relations"),
    ],
)
def test_a_threat_naming_force_but_no_coded_deed_is_a_threat_of_violence(analyze, text, mode):
    assert _types(analyze, text)["threatened"] == ("THREATEN", mode)


def test_a_planned_blockade_is_a_threat_to_restrict(analyze):
    types = _types(analyze, "Turkey said it would impose a blockade on Armenian ports.")
    assert types["blockade"] == ("THREATEN", "restrict")


def test_a_withdrawal_completed_is_a_withdrawal_not_a_surrender(analyze):
    types = _types(analyze, "Ethiopian troops have completed their withdrawal from the border town.")
    assert types["completed"] == ("RETREAT", "withdraw")


def test_a_light_verb_gives_way_to_the_trigger_modifying_its_object(analyze):
    types = _types(analyze, "Danish commandos launched a rescue mission to free the sailors, officials said.")
    assert "launched" not in types
    assert types["rescue"][0] == "AID"


def test_tariffs_put_off_are_eased_and_a_summit_put_off_is_no_easing(analyze):
    types = _types(analyze, "The White House delayed the tariffs on Chinese laptops until March.")
    assert types["delayed"] == ("RETREAT", "ease")
    types = _types(analyze, "The Kenyan government waived tariffs on imported maize.")
    assert types["waived"] == ("RETREAT", "ease")
    types = _types(analyze, "Kenya postponed the summit with Uganda until March.")
    assert types.get("postponed", ("", None))[1] != "ease"


def test_a_verb_coordinated_with_a_frame_is_an_act_of_its_own(analyze):
    types = _types(analyze, "Kenya rejected the deal and recalled its ambassador from Uganda.")
    assert types["rejected"][0] == "REJECT"
    assert types["recalled"][0] == "SANCTION"


def test_a_finite_verb_joined_to_a_promised_infinitive_is_an_act_of_its_own(analyze):
    text = "The opposition candidate promised to protect pensions and criticized the Kenyan president."
    events = [v for v in analyze(text).events if v.trigger.text == "criticized"]
    assert [(v.type, v.source.code, v.target.code) for v in events] == [("ACCUSE", "KENOPP", "KENGOV")]


def test_a_second_infinitive_joined_to_a_threatened_one_stays_in_the_threat(analyze):
    types = _types(analyze, "The rebels threatened to attack the town and seize the airport.")
    assert types == {"threatened": ("THREATEN", "violence")}


def test_a_threatened_deed_after_a_misparsed_infinitive_is_no_deed_of_its_own(analyze):
    text = "An Ohio woman admitted in court to threatening to attack and kill a city councilman."
    assert "ASSAULT" not in [kind for kind, _mode in _types(analyze, text).values()]


def test_coming_under_fire_is_one_event_and_pressure_beside_a_withdrawal_stays_its_own(analyze):
    events = analyze("The opposition leader came under fire from his own party over the budget.").events
    assert [v.type for v in events] == ["ACCUSE"]
    events = analyze("The government withdrew the bill under pressure from trade unions.").events
    assert sorted(v.type for v in events) == ["REQUEST", "RETREAT"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The Irish foreign minister faulted Britain for breaking the withdrawal treaty.", "faulted", "ACCUSE"),
        ("The European Parliament censured Hungary over its media law.", "censured", "ACCUSE"),
        ("The Turkish president lashed out at France over the cartoons.", "lashed", "ACCUSE"),
        ("The Iranian foreign minister took a swipe at Saudi Arabia in his speech.", "swipe", "ACCUSE"),
        ("The Chinese embassy launched a tirade against the Swedish government.", "tirade", "ACCUSE"),
        ("Mr. Biden attacked Senator Sanders over his health care plan in Tuesday's debate.", "attacked", "ACCUSE"),
        ("The Nigerian government backed down on the fuel subsidy after the strikes.", "backed", "CONCEDE"),
        ("The French government gave in to the farmers' demands on Friday.", "gave", "CONCEDE"),
        ("The Serbian government caved to pressure from the European Union.", "caved", "CONCEDE"),
        ("The junta capitulated to the protesters' demands on Sunday.", "capitulated", "CONCEDE"),
        ("The Polish prime minister congratulated Zelensky on the anniversary.", "congratulated", "SUPPORT"),
        ("Germany applauded the Greek government's reforms.", "applauded", "SUPPORT"),
        ("Mexico ruled out new talks with the cartel leaders.", "ruled", "REJECT"),
        ("Three hostages were handed over to the Red Cross by the rebels in Mali.", "handed", "RETREAT"),
        ("The European Union lifted its tariffs on American whiskey.", "lifted", "RETREAT"),
        ("India cut tariffs on Australian wine.", "cut", "RETREAT"),
    ],
)
def test_criticism_concession_praise_and_release_in_their_wire_phrasings(analyze, text, trigger, expected):
    assert _types(analyze, text)[trigger][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran called off the nuclear talks with the European Union.", "SANCTION"),
        ("South African miners called off their strike on Thursday.", "CONCEDE"),
        ("Pyongyang cancelled the summit with Seoul on Tuesday.", "SANCTION"),
    ],
)
def test_calling_off_talks_ends_them_and_calling_off_a_strike_concedes(analyze, text, expected):
    assert [kind for kind, _mode in _types(analyze, text).values()] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain hammered the coast of Kerala on Sunday.",
        "The carpenters hammered the roof beams into place.",
        "The Kenyan striker attacked the ball and scored in the final minute.",
    ],
)
def test_hammering_or_attacking_things_is_no_criticism(analyze, text):
    assert not [kind for kind, _mode in _types(analyze, text).values() if kind in {"ACCUSE", "ASSAULT"}]


def test_the_imposition_of_tariffs_restricts_the_country_named_not_the_tariffs(analyze):
    events = analyze("The scheduled imposition of tariffs on Mexican avocados worried growers.").events
    imposition = next(v for v in events if v.trigger.text == "imposition")
    assert (imposition.type, imposition.mode) == ("COERCE", "restrict")
    assert imposition.target is not None and imposition.target.code == "MEX"


def test_a_participle_after_a_sanctions_noun_names_its_target(analyze):
    events = analyze("Sanctions imposed on Iran by the United States have cut its oil exports.").events
    sanctions = next(v for v in events if v.trigger.text == "Sanctions")
    assert sanctions.source.text == "the United States" and sanctions.target.text == "Iran"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Iranian president called the American sanctions economic terrorism.", "called"),
        ("Turkey branded the Kurdish militia a terrorist group.", "branded"),
        ("Kenya called the decision unacceptable.", "called"),
        ("The minister dubbed the strike a political stunt.", "dubbed"),
        ("Moscow denounced the new sanctions as illegal.", "denounced"),
        ("Venezuela denounced the sanctions imposed by Washington.", "denounced"),
    ],
)
def test_giving_someone_or_their_deed_a_disparaging_name_is_an_attack_in_words(analyze, text, trigger):
    assert _types(analyze, text)[trigger] == ("ACCUSE", "disapprove")


@pytest.mark.parametrize(
    "text",
    ["Macron called Merkel a close friend of France.", "The president called the election a success."],
)
def test_naming_without_disparagement_is_no_accusation(analyze, text):
    assert "ACCUSE" not in [kind for kind, _mode in _types(analyze, text).values()]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The Labour leader rounded on the prime minister in parliament.", "rounded", "ACCUSE"),
        ("The French president took Poland to task over the rule of law.", "task", "ACCUSE"),
        ("Beijing took issue with the British report on Hong Kong.", "took", "ACCUSE"),
        ("Spain expressed outrage at the Moroccan decision.", "expressed", "ACCUSE"),
        ("Prosecutors in Lima brought charges against the former Peruvian president.", "brought", "ACCUSE"),
        ("Ukraine begged NATO for more weapons.", "begged", "REQUEST"),
        ("The Belarusian opposition leader implored the army to stay neutral.", "implored", "REQUEST"),
        ("Seoul turned down Tokyo's offer of talks.", "turned", "REJECT"),
        ("The Turkish government shut down 150 media outlets.", "shut", "COERCE"),
    ],
)
def test_light_verb_and_particle_phrasings_of_complaint_appeal_refusal_and_censorship(
    analyze, text, trigger, expected
):
    assert _types(analyze, text)[trigger][0] == expected


def test_a_vow_to_attack_read_as_a_threat_is_one_not_a_promise_of_cooperation(analyze):
    types = _types(analyze, "The Taliban commander vowed to attack American bases.")
    assert types["vowed"][0] == "THREATEN"
    assert _types(analyze, "Iran promised to help Iraq rebuild its power grid.")["promised"][0] == "AGREE"


def test_recalling_an_envoy_ends_relations_and_recalling_a_memory_does_not(analyze):
    assert _types(analyze, "Seoul recalled its envoy to Tokyo for consultations.")["recalled"][0] == "SANCTION"
    assert "recalled" not in _types(analyze, "The aide recalled that the senator had been threatened twice.")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president delivered a speech to parliament on Tuesday.",
        "The chancellor has failed to deliver on her pledge to cut taxes.",
        "The governor tried to rescue his failing campaign with a new advert.",
    ],
)
def test_delivering_words_or_rescuing_a_campaign_is_no_aid(analyze, text):
    assert "AID" not in [kind for kind, _mode in _types(analyze, text).values()]


def test_a_refusal_to_say_is_no_refusal_event(analyze):
    assert "refused" not in _types(analyze, "Pakistan refused to say which of its generals had met the envoy.")
    assert _types(analyze, "Pakistan refused to hand over the suspects to India.")["refused"][0] == "REJECT"


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("The UN condemned the internment of Uighurs in Xinjiang by China.", "internment", "arrest"),
        ("The deportation of Afghans by Iran has accelerated this year.", "deportation", "deport"),
        ("The Thai government declared martial law in the southern provinces.", "declared", "martial-law"),
        ("New Delhi imposed a communications blackout in Kashmir.", "imposed", "censor"),
    ],
)
def test_internment_deportation_martial_law_and_blackouts_are_coercion(analyze, text, trigger, mode):
    assert _types(analyze, text)[trigger] == ("COERCE", mode)


def test_being_in_jail_is_no_event_but_jailing_is(analyze):
    assert "jail" not in _types(analyze, "The Kenyan activist remains in Kamiti jail awaiting trial.")
    assert "jailed" in _types(analyze, "The Belarusian regime jailed the opposition leader for five years.")


def test_telling_an_object_to_act_is_a_request_and_telling_reporters_is_not(analyze):
    told = analyze("Beijing told Washington to stop interfering in Hong Kong.").events
    assert [(v.type, v.source.text, v.target.text) for v in told] == [("REQUEST", "Beijing", "Washington")]
    assert "told" not in _types(analyze, "The Kenyan minister told reporters that he would not resign.")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Chinese foreign ministry said the American sanctions were illegal.", "American"),
        ("The Kenyan opposition leader said Ruto's decision was a disgrace.", "Ruto"),
    ],
)
def test_a_reported_judgement_that_a_deed_is_disparaged_is_an_attack_on_its_doer(analyze, text, target):
    said = next(v for v in analyze(text).events if v.trigger.text == "said")
    assert said.type == "ACCUSE" and said.target is not None and said.target.text == target


@pytest.mark.parametrize(
    "text",
    ["The governor said the floods were a disaster for farmers.", "Macron said the deal was a success."],
)
def test_a_reported_judgement_of_no_ones_deed_or_in_praise_is_no_accusation(analyze, text):
    assert "said" not in _types(analyze, text)


@pytest.mark.parametrize(
    "text",
    ["The former Brazilian president faces corruption charges.", "The Ugandan opposition leader faces charges of treason."],
)
def test_charges_named_by_their_crime_are_accusations_and_fees_are_not(analyze, text):
    assert _types(analyze, text)["charges"] == ("ACCUSE", "allege")
    assert "charges" not in _types(analyze, "The Kenyan bank faces charges of $5 for each transfer.")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Germany's backing for the Ukrainian bid angered Hungary.", "backing"),
        ("India sided with Russia in the UN vote.", "sided"),
        ("Japan stands with the United States on Taiwan.", "stands"),
        ("Turkey rallied behind Azerbaijan in the conflict.", "rallied"),
        ("The Saudi crown prince paid tribute to the late emir of Kuwait.", "paid"),
    ],
)
def test_siding_with_standing_with_and_rallying_behind_someone_is_support(analyze, text, trigger):
    assert _types(analyze, text)[trigger][0] == "SUPPORT"


@pytest.mark.parametrize(
    "text",
    [
        "The ruling Labour Party became embroiled in a bitter dispute with the unions.",
        "The Kenyan government is mired in controversy over the Chinese loans.",
    ],
)
def test_being_caught_up_in_a_controversy_is_no_rejection(analyze, text):
    assert "REJECT" not in [kind for kind, _mode in _types(analyze, text).values()]


def test_drones_launched_at_a_target_are_a_drone_attack(analyze):
    events = analyze("Houthi rebels launched drones at Saudi oil facilities.").events
    assert [(v.type, v.mode, v.target.code) for v in events if v.trigger.text == "launched"] == [
        ("ASSAULT", "drone", "SAU")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Trump canceled an increase in tariffs on Chinese goods planned for October.",
        "The European Union scrapped the hike in duties on American whiskey.",
    ],
)
def test_calling_off_an_escalation_eases_it(analyze, text):
    assert [(v.type, v.mode) for v in analyze(text).events][:1] == [("RETREAT", "ease")]


def test_naming_someone_a_disparaging_name_attacks_them_however_it_is_parsed(analyze):
    # parsed with "Omar" and "terrorist" both as predicates of "called", no object
    text = (
        "In the interview, the Republican senator praised the police, called Omar a \u201cterrorist\u201d "
        "and said she should resign."
    )
    called = [v for v in analyze(text).events if v.trigger.text == "called"]
    assert [(v.type, v.target.text if v.target else None) for v in called] == [("ACCUSE", "Omar")]


@pytest.mark.parametrize(
    "text",
    [
        "Democratic candidate Andy Beshear hammered Governor Bevin on his plan for work requirements.",
        "The Kenyan governor attacked the mayor of Nairobi over her handling of the strike.",
    ],
)
def test_a_blow_over_a_plan_or_its_handling_is_an_attack_in_words(analyze, text):
    assert [v.type for v in analyze(text).events] == ["ACCUSE"]


def test_crying_foul_is_an_accusation(analyze):
    assert _types(analyze, "The Kenyan opposition cried foul over the election results on Monday.")["cried"] == (
        "ACCUSE",
        "disapprove",
    )


def test_what_actors_of_a_kind_do_is_no_deed_of_the_story(analyze):
    text = "Countries that back the rebels condemned the Kenyan government on Monday."
    assert "back" not in _types(analyze, text)
    text = "Russia and Iran, which back the Syrian government, condemned the strikes."
    assert _types(analyze, text)["back"][0] == "SUPPORT"
