"""Status, attribution and what is no event, on passages written for these tests."""

from newsgraph import Article


def _events(analyze, text):
    return analyze(Article(text, published="2026-03-06")).events


def _statuses(analyze, text: str, trigger: str) -> list[str]:
    """The statuses of the events whose trigger is `trigger` in `text`."""
    return [v.status for v in _events(analyze, text) if v.trigger.text == trigger]


def test_a_question_and_a_modal_do_not_assert_the_action(analyze):
    events = _events(
        analyze, "Will Ruritanian troops attack the border town? Officials said the army could attack Zenda."
    )
    assert events and all(v.status == "hypothetical" for v in events if v.type == "ASSAULT")


def test_an_action_under_a_negated_control_verb_is_negated(analyze):
    events = _events(analyze, "Egyptian police did not try to arrest the protesters in Cairo.")
    arrests = [v for v in events if v.trigger.text == "arrest"]
    assert arrests and arrests[0].status == "negated"


def test_a_deed_in_a_speakers_own_words_is_claimed(analyze):
    events = _events(
        analyze, '"We destroyed three Russian tanks near Bakhmut," the Ukrainian commander said.'
    )
    destroyed = [v for v in events if v.trigger.text == "destroyed"]
    assert destroyed and destroyed[0].status == "claimed"


def test_a_request_for_comment_and_a_refusal_to_comment_are_no_events(analyze):
    events = _events(
        analyze,
        "The Interior Ministry did not respond to a request for comment. "
        "A spokesman for the French embassy declined to comment.",
    )
    assert events == ()


def test_disasters_and_robberies_are_not_political_violence(analyze):
    events = _events(
        analyze,
        "An earthquake killed 30 people in eastern Turkey on Monday. "
        "Gunmen robbed a bank in Lagos and killed a guard.",
    )
    assert not [v for v in events if v.type == "ASSAULT"]


def test_an_attack_in_words_is_an_accusation_and_money_received_is_aid(analyze):
    words = _events(analyze, "The French president attacked the newspaper in a speech on Tuesday.")
    assert [(v.type, v.mode) for v in words] == [("ACCUSE", "disapprove")]
    money = _events(analyze, "The refugee camp received $94 million from the United Nations.")
    assert money and money[0].type == "AID" and money[0].source.code == "IGO"


def test_an_attack_over_a_plan_or_policy_is_in_words_but_one_on_a_road_is_not(analyze):
    plan = _events(
        analyze,
        "The Democratic challenger, Amy Walsh, promised to cut taxes and hammered Governor Tom Reid on "
        "his plan for toll roads.",
    )
    plan = [v for v in plan if v.trigger.text == "hammered"]
    assert [(v.type, v.mode) for v in plan] == [("ACCUSE", "disapprove")]
    handling = _events(analyze, "The senator attacked the president over his handling of the budget.")
    assert [(v.type, v.mode) for v in handling] == [("ACCUSE", "disapprove")]
    road = _events(analyze, "Rebels attacked an army convoy on the main road.")
    assert [v.type for v in road] == ["ASSAULT"]


def test_a_tariff_restricts_trade_with_the_country_it_is_levied_on(analyze):
    events = _events(analyze, "Washington levied a 25% tariff on steel from Canada.")
    tariff = [v for v in events if v.trigger.text == "tariff"]
    assert tariff and (tariff[0].type, tariff[0].mode) == ("COERCE", "restrict")
    assert (tariff[0].source.code, tariff[0].target.code) == ("USA", "CAN")


def test_tariffs_as_weapons_restrict_trade_sanctions_sanction_and_rate_cuts_are_business(analyze):
    tariffs = _events(analyze, "China hit the United States with new tariffs on Monday.")
    assert [(v.type, v.source.code, v.target.code) for v in tariffs] == [("COERCE", "CHN", "USA")]
    sanctions = _events(analyze, "Britain hit Iran with new sanctions on Monday.")
    assert [v.type for v in sanctions] == ["SANCTION"]
    assert _events(analyze, "The Brazilian central bank cut interest rates on Wednesday.") == ()


def test_a_fire_is_no_attacker_but_opening_fire_is_an_attack(analyze):
    assert _events(analyze, "A fire killed 12 people at a factory in Dhaka.") == ()
    shooting = _events(analyze, "Police opened fire on protesters in Lagos.")
    assert shooting and shooting[0].type == "ASSAULT"


def test_an_attack_nouns_own_phrase_names_the_attacker(analyze):
    events = _events(analyze, "Two Israeli soldiers were killed in a clash with Hamas militants.")
    assert [(v.source.text, v.target.code) for v in events if v.trigger.text == "killed"] == [
        ("Hamas militants", "ISRMIL")
    ]


def test_a_raised_subject_acts_and_a_planned_offensive_is_a_threat(analyze):
    signing = _events(analyze, "Iran is expected to sign the nuclear deal with France on Friday.")
    assert [(v.source.code, v.status) for v in signing if v.trigger.text == "sign"] == [("IRN", "planned")]
    plan = _events(analyze, "Turkey plans to launch a new offensive against Kurdish fighters in Syria.")
    assert [(v.type, v.status) for v in plan] == [("THREATEN", "planned")]


def test_a_claim_is_no_accusation_but_marks_what_is_claimed(analyze):
    events = _events(analyze, "The rebels claimed they shot down a government helicopter over Idlib.")
    assert [(v.type, v.status) for v in events] == [("ASSAULT", "claimed")]


def test_a_labour_strike_is_a_protest_and_a_crowd_gathering_is_a_demonstration(analyze):
    strike = _events(analyze, "Teachers went on strike in Nairobi over unpaid salaries.")
    assert [(v.type, v.mode) for v in strike] == [("PROTEST", "strike")]
    crowd = _events(analyze, "Demonstrators gathered outside parliament in Lima on Monday.")
    assert [(v.type, v.mode) for v in crowd] == [("PROTEST", "demo")]


def test_deaths_in_floods_and_road_accidents_are_no_attacks(analyze):
    assert _events(analyze, "Heavy rains caused floods that killed 20 people in Assam.") == ()
    assert _events(analyze, "A bus overturned on a highway near Nakuru, killing seven passengers.") == ()


def test_arrests_for_ordinary_crime_are_not_political_but_arrests_of_opponents_are(analyze):
    assert _events(analyze, "Police arrested two men for robbing a jewellery store in Accra.") == ()
    arrests = _events(analyze, "Kenyan police arrested 40 opposition supporters after the rally.")
    assert [(v.type, v.target.code) for v in arrests] == [("COERCE", "KENOPP")]


def test_sport_and_company_deals_are_no_political_events(analyze):
    assert _events(analyze, "Arsenal beat Liverpool 3-1 at the Emirates Stadium on Sunday.") == ()
    assert _events(analyze, "The French coach attacked the referee's decision after the match.") == ()
    assert _events(analyze, "Microsoft agreed to buy the gaming company for $69 billion.") == ()


def test_not_being_ready_to_return_in_a_quote_is_no_asserted_agreement(analyze):
    text = '"I am not ready to return to the talks," opposition leader Raila Odinga told reporters in Nairobi.'
    analysis = analyze(Article(text, published="2026-03-06"))
    (quote,) = analysis.quotes
    assert not [v for v in analysis.events if v.status == "asserted"]
    assert all(v.attributed_to == quote.speaker.entity is not None for v in analysis.events)


def test_a_modal_makes_a_withdrawal_hypothetical(analyze):
    events = _events(analyze, "The army may withdraw from the northern town of Gao, a military source said.")
    assert [v.status for v in events if v.type == "RETREAT"] == ["hypothetical"]


def test_a_question_about_an_attack_is_neither_asserted_nor_a_threat(analyze):
    events = _events(analyze, "Will Russia attack Ukraine again this winter?")
    assert events and all(v.status == "hypothetical" and v.type != "THREATEN" for v in events)


def test_the_main_clause_of_a_condition_is_hypothetical_unless_it_promises_harm(analyze):
    offer = _events(analyze, "If Iran complies, the United States will lift sanctions on Tehran.")
    assert [v.status for v in offer if v.trigger.text == "lift"] == ["hypothetical"]
    threat = _events(analyze, "If Hamas does not free the hostages, Israel will attack Gaza.")
    assert [(v.type, v.status) for v in threat if v.trigger.text == "attack"] == [("THREATEN", "planned")]
    conceded = _events(analyze, "Police arrested opposition leaders in Lagos, even if a court later freed them.")
    assert [v.status for v in conceded if v.trigger.text == "arrested"] == ["asserted"]


def test_an_intention_or_preparation_to_act_is_planned(analyze):
    sanctions = _events(analyze, "The European Union intends to impose new sanctions on Iran.")
    assert [v.status for v in sanctions] == ["planned"]
    drills = _events(analyze, "China is preparing to hold military drills near Taiwan.")
    assert drills and all(v.status == "planned" for v in drills)


def test_a_claim_by_an_unresolved_speaker_is_attributed_to_no_one(analyze):
    events = _events(analyze, '"We attacked the army convoy near Kidal," he said.')
    attacks = [v for v in events if v.trigger.text == "attacked"]
    assert attacks and [(v.status, v.attributed_to) for v in attacks] == [("claimed", None)]


def test_a_verbal_act_in_a_quote_is_done_in_the_saying(analyze):
    events = _events(analyze, '"We urge both sides to respect the ceasefire," the UN envoy said on Tuesday.')
    assert [(v.type, v.status) for v in events if v.trigger.text == "urge"] == [("REQUEST", "asserted")]


def test_a_quoted_deed_the_reporter_also_states_is_asserted_but_a_counter_claim_is_not(analyze):
    text = (
        "Police arrested 40 protesters in Tbilisi on Sunday. "
        '"We arrested those who attacked officers," the interior minister said.'
    )
    arrests = [v for v in _events(analyze, text) if v.trigger.text == "arrested"]
    assert [v.status for v in arrests] == ["asserted", "asserted"]
    text = 'Russian forces shelled Kharkiv overnight. "Ukraine shelled our border villages," the Russian governor said.'
    shelling = [v for v in _events(analyze, text) if v.trigger.text == "shelled"]
    assert [v.status for v in shelling] == ["asserted", "claimed"]


def test_a_deed_told_with_a_hearsay_adverb_is_claimed(analyze):
    statuses = _statuses(analyze, "Militants reportedly kidnapped three aid workers near Kidal on Monday.", "kidnapped")
    assert statuses == ["claimed"]
    statuses = _statuses(analyze, "The soldiers allegedly tortured the detainees at a base near Gao.", "tortured")
    assert statuses == ["claimed"]


def test_what_a_claim_or_a_report_says_was_done_is_claimed(analyze):
    statuses = _statuses(analyze, "Allegations that police tortured detainees in Minsk have sparked outrage.", "tortured")
    assert statuses == ["claimed"]
    statuses = _statuses(analyze, "Reports that Russian troops had withdrawn from Kherson could not be verified.", "withdrawn")
    assert statuses == ["claimed"]
    statuses = _statuses(analyze, "Police in Minsk tortured detainees, a court found.", "tortured")
    assert statuses == ["asserted"]


def test_what_is_weighed_or_hoped_for_is_hypothetical(analyze):
    statuses = _statuses(analyze, "The EU is considering new sanctions against Iran.", "sanctions")
    assert statuses == ["hypothetical"]
    assert _statuses(analyze, "Officials hope to sign the agreement next week.", "sign") == ["hypothetical"]


def test_a_deed_someone_is_believed_or_suspected_to_have_done_is_claimed(analyze):
    statuses = _statuses(analyze, "The army is believed to have killed 20 civilians in the raid.", "killed")
    assert statuses == ["claimed"]
    assert _statuses(analyze, "Police are suspected of torturing the detainees.", "torturing") == ["claimed"]


def test_what_one_refrains_from_or_does_to_no_one_did_not_happen(analyze):
    assert _statuses(analyze, "The rebels refrained from attacking the city.", "attacking") == ["negated"]
    statuses = _statuses(analyze, "The government stopped short of imposing sanctions on Russia.", "imposing")
    assert statuses == ["negated"]
    assert _statuses(analyze, "Police detained no one during the march in Lima.", "detained") == ["negated"]


def test_a_condition_after_coordinated_verbs_is_on_the_nearest_one(analyze):
    text = "China and the US continue to negotiate and could finalize an agreement, if they decide to compromise."
    assert _statuses(analyze, text, "negotiate") == ["asserted"]
    assert _statuses(analyze, text, "finalize") == ["hypothetical"]


def test_a_condition_opened_by_its_auxiliary_is_hypothetical(analyze):
    text = (
        "Five senators will serve as jurors in the Senate trial should the House vote to impeach "
        "President Donald Trump."
    )
    assert _statuses(analyze, text, "impeach") == ["hypothetical"]


def test_an_action_one_is_reluctant_to_take_is_negated(analyze):
    text = "President Donald Trump's reluctance to roll back tariffs on China was dampening the outlook."
    assert _statuses(analyze, text, "roll") == ["negated"]


def test_an_event_noun_set_for_later_is_planned(analyze):
    assert _statuses(analyze, "The Kremlin said the planned visit by President Macron to Moscow would go ahead.", "visit") == ["planned"]
    text = "The Kremlin said the visit by President Macron to Moscow went ahead on Monday."
    assert _statuses(analyze, text, "visit") == ["asserted"]


def test_a_deed_owned_by_its_doer_is_presupposed_by_a_condition_around_it(analyze):
    text = "China will buy more soybeans if US President Donald Trump agrees to Beijing's demands to roll back tariffs."
    assert _statuses(analyze, text, "demands") == ["asserted"]
    assert _statuses(analyze, text, "agrees") == ["hypothetical"]
