import pytest

from newsgraph import Article


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


# --- behaviour on passages written for these tests (published dates make relative dates resolvable)


def _events(analyze, text, published="2026-03-06"):  # 2026-03-06 is a Friday
    return analyze(Article(text, published=published))


def _by_trigger(analysis):
    return {v.trigger.text: v for v in analysis.events}


def _types_of(analysis, trigger: str) -> list[str]:
    """The types of the analysis's events whose trigger is `trigger`, in order."""
    return [v.type for v in analysis.events if v.trigger.text == trigger]


def test_passive_voice_makes_the_agent_the_source_and_the_subject_the_target(analyze):
    analysis = _events(
        analyze, "A Kenyan army convoy was attacked by al-Shabab militants near the Somali border."
    )
    attack = _by_trigger(analysis)["attacked"]
    assert attack.type == "ASSAULT"
    assert attack.source.text == "al-Shabab militants" and attack.source.code == "SOMREB"
    assert attack.target.code == "KENMIL"


def test_nominal_offensive_takes_its_target_from_against(analyze):
    analysis = _events(analyze, "The Ethiopian army began an offensive against Tigrayan rebels last week.")
    offensive = _by_trigger(analysis)["offensive"]
    assert offensive.type == "ASSAULT"
    assert offensive.source.code == "ETHMIL"
    assert offensive.target.text == "Tigrayan rebels" and offensive.target.code.endswith("REB")


def test_drone_attack_on_a_target_is_a_drone_assault(analyze):
    analysis = _events(analyze, "Ukraine launched a drone attack on Russian oil depots overnight.")
    attack = _by_trigger(analysis)["attack"]
    assert (attack.type, attack.mode, attack.cameo) == ("ASSAULT", "drone", "195")
    assert attack.source.code == "UKR" and attack.target.code == "RUS"


def test_talks_are_a_consultation_placed_and_dated_on_the_named_weekday(analyze):
    analysis = _events(analyze, "Delegations from Armenia and Azerbaijan held talks in Geneva on Monday.")
    talks = _by_trigger(analysis)["talks"]
    assert talks.type == "CONSULT" and talks.source.code == "ARM"
    assert talks.target is None  # the meeting place is not a party to the talks
    geneva = next(p for p in analysis.places if p.id == talks.place)
    assert geneva.country == "CH"
    assert talks.date == "2026-03-02"


def test_apposition_gives_a_person_the_code_of_their_organisation(analyze):
    analysis = _events(
        analyze, "Amina Diallo, the United Nations envoy, urged Mali to release the detained journalists."
    )
    request = _by_trigger(analysis)["urged"]
    assert request.type == "REQUEST"
    assert request.source.code.startswith("IGO") and request.target.code == "MLI"


def test_negated_past_action_is_flagged_not_asserted(analyze):
    analysis = _events(analyze, "Pakistan did not attack Afghanistan, its foreign ministry said.")
    attack = _by_trigger(analysis)["attack"]
    assert attack.status == "negated"
    assert (attack.source.code, attack.target.code) == ("PAK", "AFG")


def test_promised_cooperation_is_an_agreement_with_planned_status(analyze):
    analysis = _events(analyze, "Chad will send 2,000 troops to Niger, the defence ministry said.")
    sending = _by_trigger(analysis)["send"]
    assert (sending.type, sending.status) == ("AGREE", "planned")
    assert sending.source.code == "TCD" and sending.target.code == "NER"


def test_refusing_future_cooperation_is_a_rejection(analyze):
    analysis = _events(analyze, "Iran said it would not release the tanker.")
    (event,) = analysis.events
    assert event.type == "REJECT" and event.source.code == "IRN"


def test_a_warning_against_or_about_something_is_advice_not_a_threat(analyze):
    advice = _events(
        analyze, "The party elder spoke up on Sunday, warning the contenders against drifting to the far left."
    )
    assert [e.type for e in advice.events] == []
    alarm = _events(analyze, "The Kenyan activist has been warning about the government's surveillance.")
    assert [e.type for e in alarm.events] == []
    threat = _events(analyze, "Iran warned that it would retaliate against any attack.")
    assert [e.type for e in threat.events] == ["THREATEN"]


def test_being_under_pressure_from_no_one_named_is_no_request(analyze):
    plight = _events(analyze, "The Kenyan party leaders are under enormous pressure to quit.")
    assert list(plight.events) == []
    pressed = _events(analyze, "The Kenyan minister came under pressure from Washington to free them.")
    assert "REQUEST" in [e.type for e in pressed.events]


@pytest.mark.parametrize(
    ("text", "consults"),
    [
        ("The dispute has made it harder for Japan to bring the talks to a close.", False),
        ("The latest twists in the Japan trade talks have left Korean firms uncertain.", False),
        ("Japan and Korea held talks in Seoul on Monday.", True),
        ("The Kenyan foreign minister returned to Geneva for talks on Monday.", True),
        ("Ministers from Japan brought fresh energy to the trade talks with Korea.", True),
    ],
)
def test_talks_named_only_as_a_topic_are_no_meeting(analyze, text, consults):
    assert ("CONSULT" in [e.type for e in _events(analyze, text).events]) is consults


def test_a_first_person_verbal_act_in_a_quote_is_asserted_and_a_reported_deed_claimed(analyze):
    thanks = _by_trigger(_events(analyze, '"We thank the Kenyan government for its help," Japan said.'))
    assert (thanks["thank"].type, thanks["thank"].status) == ("SUPPORT", "asserted")
    deed = _by_trigger(_events(analyze, '"Our troops attacked the rebels in Gao," the Malian army said.'))
    assert deed["attacked"].status == "claimed"


def test_appeal_as_attraction_is_no_plea(analyze):
    attraction = _events(analyze, "The Kenyan senator's stance holds broad appeal to voters in Nairobi.")
    assert list(attraction.events) == []
    plea = _events(analyze, "Japan made an appeal to Korea to free the fishermen.")
    assert "REQUEST" in [e.type for e in plea.events]


def test_an_agreement_saying_what_a_deal_is_describes_it_but_an_attack_still_counts(analyze):
    described = _events(analyze, "The Japan trade deal was supposed to be a limited agreement with Seoul.")
    assert list(described.events) == []
    attack = _events(analyze, "It was the deadliest attack on Kenyan troops in Somalia.")
    assert [e.type for e in attack.events] == ["ASSAULT"]


def test_threat_frames_the_action_it_threatens(analyze):
    analysis = _events(analyze, "Russia threatened on Tuesday to cut gas supplies to Moldova.")
    (threat,) = analysis.events
    assert threat.type == "THREATEN" and threat.trigger.text == "threatened"
    assert (threat.source.code, threat.target.code) == ("RUS", "MDA")
    assert threat.date == "2026-03-03"


def test_must_in_a_statement_is_a_request_from_the_speaker(analyze):
    analysis = _events(
        analyze, "The European Union said Serbia must withdraw its police from northern Kosovo."
    )
    requests = [v for v in analysis.events if v.type == "REQUEST"]
    assert requests and requests[0].source.code.startswith("IGO")
    assert requests[0].target.code == "SRB"
    assert not [v for v in analysis.events if v.type == "RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "Critics feel the interior minister should resign over the scandal.",
        "Many voters think the president should negotiate with the rebels.",
        "Most residents believe the council must ban trucks from the old town.",
    ],
)
def test_a_view_that_someone_should_act_is_no_request(analyze, text):
    assert not [v for v in _events(analyze, text).events if v.type == "REQUEST"]


def test_a_statement_that_someone_should_act_is_a_request(analyze):
    text = "The opposition leader said the interior minister should resign over the scandal."
    assert [v.type for v in _events(analyze, text).events] == ["REQUEST"]


def test_should_of_a_thing_in_a_statement_is_no_request(analyze):
    analysis = _events(analyze, "The Greek weather service said the storm should ease over Crete by Friday.")
    assert not [v for v in analysis.events if v.type == "REQUEST"]


def test_a_subheading_question_and_a_line_to_the_reader_report_no_event(analyze):
    analysis = _events(
        analyze,
        "What did the inquiry in Madrid find?\n\nListen to the debate on our weekly podcast about Spain.",
    )
    assert not analysis.events


def test_research_by_a_spacecraft_is_no_investigation(analyze):
    analysis = _events(analyze, "NASA's Juno spacecraft studied Jupiter's poles for five years.")
    assert not [v for v in analysis.events if v.type == "ACCUSE"]


def test_claim_inside_a_quote_is_attributed_to_the_speaker(analyze):
    analysis = _events(analyze, '"Israel bombed our hospitals in Gaza," said Hamas spokesman Hazem Qassem.')
    bombing = _by_trigger(analysis)["bombed"]
    speaker = next(q.speaker for q in analysis.quotes if q.start <= bombing.trigger.start < q.end)
    assert bombing.source.code == "ISR"
    assert bombing.attributed_to is not None and bombing.attributed_to == speaker.entity


def test_conditional_push_back_is_hypothetical(analyze):
    analysis = _events(
        analyze, "Even if the army pushed the rebels back from the capital, the war would go on, he said."
    )
    push = _by_trigger(analysis)["pushed"]
    assert push.type == "ASSAULT" and push.status == "hypothetical"


def test_unclaimed_bombing_is_coded_to_unidentified_forces_where_it_happened(analyze):
    analysis = _events(analyze, "A roadside bomb killed three soldiers near Kandahar on Thursday.")
    killing = _by_trigger(analysis)["killed"]
    assert killing.mode == "explosives"
    assert killing.source.code == "AFGUAF"
    assert killing.date == "2026-03-05"


def test_conditional_threat_targets_whoever_must_meet_the_condition(analyze):
    analysis = _events(
        analyze, "Moldova threatened to suspend talks if Russia keeps its troops in Transnistria."
    )
    threat = _by_trigger(analysis)["threatened"]
    assert (threat.type, threat.mode) == ("THREATEN", "relations")
    assert threat.source.code == "MDA" and threat.target.code == "RUS"


def test_an_accusation_absorbs_the_deed_it_alleges(analyze):
    analysis = _events(
        analyze, "Pakistani officials blamed India, accusing it of providing support to militants."
    )
    assert {v.type for v in analysis.events} == {"ACCUSE"}
    accusing = _by_trigger(analysis)["accusing"]
    assert accusing.source.code == "PAKGOV" and accusing.target.code == "IND"


def test_an_object_it_is_not_the_subject_of_its_own_verb(analyze):
    text = "Iran said it would keep enriching uranium, and the United States accused it of breaking the deal."
    accused = [v for v in analyze(text).events if v.trigger.text == "accused"]
    assert [(v.source.code, v.target.code) for v in accused] == [("USA", "IRN")]


def test_coordinated_actors_share_one_event(analyze):
    analysis = _events(analyze, "Russia imposed sanctions against Ukraine and Moldova.")
    pairs = [(v.source.code, v.target.code) for v in analysis.events if v.type == "SANCTION"]
    assert pairs == [("RUS", "UKR")]


def test_a_reciprocal_clause_gives_each_side_its_event(analyze):
    analysis = _events(analyze, "The Turkish president and the Greek prime minister criticized each other.")
    pairs = {(v.source.code[:3], v.target.code[:3]) for v in analysis.events if v.type == "ACCUSE"}
    assert pairs == {("TUR", "GRC"), ("GRC", "TUR")}


def test_a_named_groups_spokesman_takes_the_groups_code(analyze):
    analysis = _events(analyze, "Abdul Rahman, the Taliban's spokesman, threatened to attack the city.")
    threats = [v for v in analysis.events if v.type == "THREATEN"]
    assert threats and threats[0].source.code == "AFGREB"


def test_fighters_clash_with_their_opponents(analyze):
    analysis = _events(analyze, "Kurdish fighters clashed with Islamic State militants near Kobane.")
    clashes = [v for v in analysis.events if v.trigger.text == "clashed"]
    assert clashes and clashes[0].target is not None and clashes[0].target.code == "IMGREB"


def test_a_leaders_group_comes_from_the_modifier_and_a_lawsuits_target_from_against(analyze):
    criticism = _events(analyze, "Opposition leader Maria Lopez criticized the Venezuelan government.")
    codes = [(v.source.code, v.target.code if v.target else None) for v in criticism.events]
    assert ("VENOPP", "VENGOV") in codes
    lawsuit = _events(analyze, "The Canadian government filed a lawsuit against the United States.")
    targets = [v.target for v in lawsuit.events if v.type == "ACCUSE"]
    assert targets and targets[0].text == "the United States" and targets[0].code == "USA"


def test_withdrawing_from_a_place_is_a_retreat(analyze):
    analysis = _events(analyze, "The army may withdraw from the town next week.")
    assert [(v.type, v.status) for v in analysis.events] == [("RETREAT", "hypothetical")]


def test_joint_signatories_of_an_agreement_share_one_event(analyze):
    analysis = _events(analyze, "Egypt and Qatar signed an agreement on gas supplies.")
    assert [v.source.code for v in analysis.events] == ["EGY"]
    assert {v.trigger.text for v in analysis.events} == {"signed"}


def test_strikes_on_militant_hideouts_target_the_militants(analyze):
    analysis = _events(analyze, "The Pakistani army carried out air strikes on militant hideouts.")
    strikes = [v for v in analysis.events if v.type == "ASSAULT"]
    assert strikes and strikes[0].target is not None and strikes[0].target.code.endswith("REB")


def test_a_demand_or_condemnation_of_a_deed_targets_its_doer(analyze):
    demand = _events(
        analyze, "The African Union demanded the withdrawal of Rwandan troops from eastern Congo."
    )
    assert [(v.type, v.target.code) for v in demand.events if v.trigger.text == "demanded"] == [
        ("REQUEST", "RWAMIL")
    ]
    condemnation = _events(analyze, "Kenya condemned Uganda's crackdown on opposition supporters.")
    assert [v.target.code for v in condemnation.events if v.trigger.text == "condemned"] == ["UGA"]


def test_deployed_forces_are_not_the_target_but_where_they_go_is(analyze):
    analysis = _events(
        analyze, "The Ugandan government deployed 2,000 troops to the border with South Sudan."
    )
    deployments = [v for v in analysis.events if v.type == "MOBILIZE"]
    assert deployments and deployments[0].target is not None and deployments[0].target.code == "SSD"


def test_a_court_sentence_is_a_sanction(analyze):
    analysis = _events(analyze, "A court in Yangon sentenced the journalist to ten years in prison.")
    assert [(v.type, v.mode) for v in analysis.events if v.trigger.text == "sentenced"] == [
        ("SANCTION", "convict")
    ]


def test_a_trigger_word_the_model_reads_as_no_event_makes_none(analyze):
    analysis = _events(analyze, "German officials have recognized that the reforms were overdue.")
    assert not analysis.events
    recognition = _events(analyze, "Germany formally recognized the new government in Tripoli.")
    assert _types_of(recognition, "recognized")


def test_a_win_in_an_election_is_no_assault_but_a_beating_is(analyze):
    race = _events(analyze, "Labour beat the Conservatives in the Hartlepool by-election.")
    battle = _events(analyze, "Britain's political parties battle to win the December election.")
    assert not [v for v in race.events + battle.events if v.type == "ASSAULT"]
    beating = _events(analyze, "Israeli forces beat protesters in Hebron on Monday.")
    assert _types_of(beating, "beat") == ["ASSAULT"]
    police = _events(analyze, "Kenyan police fought protesters outside the election commission in Nairobi.")
    assert _types_of(police, "fought") == ["ASSAULT"]


def test_the_rally_where_a_politician_spoke_is_no_protest(analyze):
    speech = _events(analyze, "Macron said at a rally in Lyon that taxes would fall.")
    assert not [v for v in speech.events if v.type == "PROTEST"]
    protest = _events(analyze, "Thousands of demonstrators joined a rally against the government in Caracas.")
    assert _types_of(protest, "rally") == ["PROTEST"]


def test_what_poll_respondents_want_is_no_event_but_what_they_judge_may_be(analyze):
    wish = _events(analyze, "Forty percent of Germans say they want the Bundestag to remove Scholz.")
    poll = _events(analyze, "A poll shows most Israelis want the Knesset to investigate Netanyahu.")
    assert not wish.events and not poll.events
    judged = _events(analyze, "Sixty percent of Kenyans say that the police attack on protesters in Nairobi was wrong.")
    assert _types_of(judged, "attack") == ["ASSAULT"]


def test_a_message_to_no_one_is_no_consultation(analyze):
    stance = _events(analyze, "Macron sent a similar message ahead of the regional elections.")
    assert not stance.events
    letter = _events(analyze, "Macron sent a message to Putin on Tuesday.")
    assert _types_of(letter, "sent") == ["CONSULT"]


def test_a_promise_of_no_event_to_no_one_is_no_agreement(analyze):
    stance = _events(analyze, "Kenyan opposition leader Raila Odinga promised to protect pensions.")
    assert not stance.events
    promise = _events(analyze, "Iran promised to cooperate with the IAEA inspectors.")
    assert _types_of(promise, "promised") == ["AGREE"]


def test_campaigning_is_an_event_only_for_or_against_something(analyze):
    trail = _events(analyze, "Senator Warren will campaign in Iowa on Friday.")
    assert not trail.events
    cause = _events(analyze, "The British Labour Party campaigned for the release of the jailed activists.")
    assert _types_of(cause, "campaigned") == ["REQUEST"]


def test_a_guilty_plea_is_no_appeal(analyze):
    plea = _events(analyze, "Kenyan opposition leader Raila Odinga pleaded guilty to contempt of court.")
    assert not [v for v in plea.events if v.trigger.text == "pleaded"]
    appeal = _events(analyze, "Kenyan opposition leader Raila Odinga pleaded with the United Nations for help.")
    assert _types_of(appeal, "pleaded") == ["REQUEST"]


def test_a_guilty_plea_followed_by_its_day_is_no_appeal(analyze):
    plea = _events(analyze, "A Texas man pleaded guilty Monday to threatening to kill a senator, prosecutors said.")
    assert not [v for v in plea.events if v.trigger.text == "pleaded"]
    assert _types_of(plea, "threatening") == ["THREATEN"]


def test_help_by_a_pronoun_that_stands_for_no_one_is_no_aid(analyze):
    thing = _events(analyze, "That would help Kenyan farmers.")
    assert not thing.events
    state = _events(analyze, "Kenya, which helped Somalia, sent troops.")
    assert _types_of(state, "helped") == ["AID"]


def test_a_stabbing_in_a_fight_on_a_train_is_ordinary_crime(analyze):
    crime = _events(analyze, "A man stabbed a Kenyan commuter during a fight on a bus in Nairobi.")
    assert not [v for v in crime.events if v.type == "ASSAULT"]
    attack = _events(analyze, "A militant stabbed two Israeli soldiers at a checkpoint near Hebron.")
    assert _types_of(attack, "stabbed") == ["ASSAULT"]


def test_what_the_sides_were_unable_to_do_is_negated(analyze):
    unable = _events(analyze, "Japan and South Korea have since been unable to reschedule a meeting between their two leaders.")
    assert [v.status for v in unable.events if v.trigger.text == "meeting"] == ["negated"]
    able = _events(analyze, "Japan and South Korea have agreed to reschedule a meeting between their two leaders.")
    assert "negated" not in [v.status for v in able.events if v.trigger.text == "meeting"]


def test_sanctions_already_in_force_are_no_new_event(analyze):
    standing = _events(analyze, "The European Union maintains existing sanctions on Russian banks.")
    remain = _events(analyze, "The American tariffs on Chinese steel remain a source of uncertainty.")
    assert not [v for v in standing.events + remain.events if v.trigger.text in {"sanctions", "tariffs"}]
    new = _events(analyze, "The European Union imposed new sanctions on Russian banks on Monday.")
    assert [v.type for v in new.events if v.type in {"SANCTION", "COERCE"}]


def test_a_fight_named_for_trade_or_courts_is_no_violence(analyze):
    trade = _events(analyze, "The trade fight between China and the United States dragged on for months.")
    assert not [v for v in trade.events if v.type == "ASSAULT"]
    armed = _events(analyze, "The fight between Syrian troops and rebels dragged on for months.")
    assert _types_of(armed, "fight") == ["ASSAULT"]


def test_releasing_a_video_publishes_it_and_releasing_people_frees_them(analyze):
    video = _events(analyze, "The Taliban released two videos of the American hostages.")
    assert not [v for v in video.events if v.type == "RETREAT"]
    hostages = _events(analyze, "The Taliban released two American hostages in Doha.")
    assert _types_of(hostages, "released") == ["RETREAT"]


def test_ads_targeted_at_voters_are_no_attack(analyze):
    ads = _events(analyze, "British parties targeted digital ads at Labour voters in the north.")
    assert not [v for v in ads.events if v.type == "ASSAULT"]
    strike = _events(analyze, "Russian jets targeted Ukrainian positions in the north.")
    assert _types_of(strike, "targeted") == ["ASSAULT"]


def test_what_scientists_suspect_is_research_not_an_accusation(analyze):
    science = _events(analyze, "For many years, scientists have suspected that there is water on the surface of Europa.")
    assert not science.events
    police = _events(analyze, "Kenyan police suspected the opposition of planning the riots in Nairobi.")
    assert _types_of(police, "suspected") == ["ACCUSE"]


def test_a_bourse_hit_by_protests_or_a_market_rally_is_business(analyze):
    bourse = _events(analyze, "The Santiago stock exchange, battered by weeks of street protests, rallied on Monday.")
    assert not [v for v in bourse.events if v.trigger.text in {"hit", "rallied"}]
    crowd = _events(analyze, "Thousands of Venezuelan students rallied outside the parliament in Caracas on Monday.")
    assert _types_of(crowd, "rallied") == ["PROTEST"]


def test_insisting_or_agreeing_that_something_is_so_is_an_opinion_not_a_demand(analyze):
    opinion = _events(analyze, "Kenyan President William Ruto insisted that the election was fair.")
    concur = _events(analyze, "The Kenyan government agrees that China has taken advantage of Kenya.")
    assert not [v for v in opinion.events + concur.events if v.trigger.text in {"insisted", "agrees"}]
    demand = _events(analyze, "President Ruto insisted that Somalia withdraw its troops.")
    assert _types_of(demand, "insisted") == ["REQUEST"]
    deal = _events(analyze, "Kenya and Somalia agreed that talks would resume next week.")
    assert _types_of(deal, "agreed") == ["AGREE"]


def test_in_a_mixed_quote_only_the_quoted_fragment_is_the_speakers_claim(analyze):
    aside = _events(
        analyze,
        "The minister said the truce would \u201cbuild trust\u201d with the rebels, "
        "who have always refused to talk to Bogota.",
    )
    assert [v.status for v in aside.events if v.trigger.text == "refused"] == ["asserted"]
    fragment = _events(analyze, "Ghani said the Taliban had \u201cattacked our convoy\u201d near Kabul.")
    assert [v.status for v in fragment.events if v.trigger.text == "attacked"] == ["claimed"]


def test_a_call_for_bids_is_no_invitation_to_talks(analyze):
    tender = _events(analyze, "The Kenyan government will invite engineering firms to submit designs for a new rail bridge.")
    assert not tender.events
    talks = _events(analyze, "Austria will invite Serbia and Kosovo to take part in talks in Vienna.")
    assert _types_of(talks, "invite") == ["AGREE"]


def test_a_business_story_with_no_coded_actor_yields_no_events(analyze):
    analysis = _events(
        analyze,
        "Northwind Motors will offer its new electric van in six colours from March, the carmaker said on "
        "Tuesday. Rival Kestrel Cars accused Northwind of copying its battery design, and Northwind agreed "
        "to a licensing deal with Helix Audio.",
    )
    assert analysis.events == ()


def test_a_quarantine_to_stop_a_disease_coerces_no_one(analyze):
    analysis = _events(
        analyze,
        "The Health Ministry imposed a quarantine in two villages to prevent the disease from spreading, "
        "officials said.",
    )
    assert [e.type for e in analysis.events if e.type == "COERCE"] == []


def test_coming_under_attack_from_rivals_is_criticism_and_from_fighters_an_assault(analyze):
    events = analyze("The finance minister came under attack from his own party.").events
    assert [(v.type, v.source.text, v.target.text) for v in events] == [
        ("ACCUSE", "his own party", "The finance minister")
    ]
    events = analyze("The army base came under attack from Taliban fighters overnight.").events
    assert [v.type for v in events] == ["ASSAULT"]


def test_a_person_known_only_by_country_makes_no_event_in_a_story_with_no_state_actor(analyze):
    sport = _events(analyze, "Ohio State linebacker Marcus Hale said he received death threats after the loss.")
    assert sport.events == ()
    state = _events(analyze, "Iran warned that it would retaliate against any attack.")
    assert "THREATEN" in [e.type for e in state.events]
    body = _events(analyze, "The World Bank agreed to lend Ghana $500 million.")
    assert "AGREE" in [e.type for e in body.events]  # an international body is no private party


def _types(analyze, text: str) -> list[str]:
    return [e.type for e in _events(analyze, text).events]


def test_safety_advice_to_the_public_is_no_demand(analyze):
    assert "REQUEST" not in _types(analyze, "The Texas governor urged residents to avoid the flooded roads.")
    assert "REQUEST" in _types(analyze, "The Texas governor urged residents to reject the proposed amendment.")


def test_a_team_beating_another_in_american_football_is_no_assault(analyze):
    text = "The quarterback threw three touchdown passes as Ohio State beat Michigan."
    assert "ASSAULT" not in _types(analyze, text)


@pytest.mark.parametrize(
    "text, restricts",
    [
        ("Washington slapped new tariffs on Chinese goods.", True),
        ("Beijing announced tariffs of 25 percent on American cars.", True),
        ("Canada's tariffs on US dairy products are a source of friction.", False),
        ("Farmers in Iowa are worried about more tariffs from Washington.", False),
        ("Exporters shifted production to Vietnam to avoid US tariffs on Chinese goods.", False),
    ],
)
def test_tariffs_someone_imposes_restrict_trade_but_tariffs_as_a_topic_do_not(analyze, text, restricts):
    types = _types(analyze, text)
    assert ("COERCE" in types) is restricts
    assert "ACCUSE" not in types


def test_an_unrealised_restatement_of_an_earlier_event_adds_none_but_another_partys_does(analyze):
    first = "Ghana agreed to a ceasefire with Togo on Monday. "
    same = _events(analyze, first + "Observers doubt whether Ghana will agree to a lasting truce with Togo.")
    assert [e.status for e in same.events if e.type == "AGREE"] == ["asserted"]
    other = _events(analyze, first + "Observers doubt whether Benin will agree to a lasting truce with Togo.")
    assert [e.status for e in other.events if e.type == "AGREE"] == ["asserted", "hypothetical"]


def test_pulling_is_an_event_only_with_an_object_or_particle(analyze):
    text = "Witnesses said the fight started on a Kenyan commuter train pulling into a station in Nairobi."
    assert _types(analyze, text) == []
    assert "RETREAT" in _types(analyze, "Russian troops pulled out of the town on Sunday.")


def test_protests_a_deed_is_set_amid_or_blamed_on_are_protests_by_the_places_civilians(analyze):
    amid = _events(analyze, "Shops stayed shut in Lagos amid protests over fuel prices.")
    protests = [(v.type, v.source.code) for v in amid.events if v.trigger.text == "protests"]
    assert protests == [("PROTEST", "NGACVL")]
    cancelled = _events(analyze, "The summit in Santiago was called off because of mass protests.")
    assert [v.source.code for v in cancelled.events if v.trigger.text == "protests"] == ["CHLCVL"]


def test_protests_a_deed_is_set_amid_with_no_place_or_party_are_no_event(analyze):
    events = _events(analyze, "The band cancelled the rest of its tour amid protests.")
    assert _types_of(events, "protests") == []

def test_police_deployed_in_a_city_are_a_police_mobilisation_there(analyze):
    events = analyze("The Kenyan government deployed riot police in Nairobi.").events
    assert [(v.type, v.mode, v.target.code) for v in events if v.trigger.text == "deployed"] == [
        ("MOBILIZE", "police", "KEN")
    ]


def test_an_attack_with_edged_weapons_is_one_with_primitive_weapons(analyze):
    events = analyze("Militiamen attacked the village with machetes and spears, residents said.").events
    assert [(v.type, v.mode) for v in events if v.trigger.text == "attacked"] == [("ASSAULT", "primitive")]


def test_taking_refuge_is_no_aid_and_no_seizure(analyze):
    refuge = _events(analyze, "The opposition leader took refuge in the Swiss embassy in Caracas.")
    assert not [v for v in refuge.events if v.trigger.text == "took"]
    cover = _events(analyze, "Villagers took cover as Sudanese army jets bombed Omdurman.")
    assert not [v for v in cover.events if v.trigger.text == "took"]
    assert _types_of(cover, "bombed") == ["ASSAULT"]
