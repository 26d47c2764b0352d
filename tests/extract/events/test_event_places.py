"""Event places on passages written for these tests."""


def _place_names(analysis, trigger):
    names = {p.id: p.name for p in analysis.places}
    return [names.get(v.place) for v in analysis.events if v.trigger.text == trigger]


def test_the_place_of_the_reported_deed_is_not_where_it_was_reported(analyze):
    analysis = analyze("Officials in Washington said Russian forces shelled Kharkiv on Monday.")
    assert _place_names(analysis, "shelled") == ["Kharkiv"]


def test_the_place_attached_to_the_trigger_beats_the_first_place_in_the_sentence(analyze):
    analysis = analyze("Rebels from Chad attacked an army base near Agadez on Sunday.")
    assert _place_names(analysis, "attacked") == ["Agadez"]


def test_a_place_named_as_the_area_or_heart_of_a_town_is_that_town(analyze):
    text = "A French helicopter was shot down while trying to raid a rebel position in the eastern area of Kandahar."
    assert _place_names(analysis := analyze(text), "raid") == ["Kandahār"]
    assert _place_names(analysis, "shot") == ["Kandahār"]


def test_a_march_through_a_city_happened_there(analyze):
    text = "Thousands of people marched through central Belgrade on Saturday to protest against the government."
    assert _place_names(analyze(text), "marched") == ["Belgrade"]


def test_a_country_criticised_or_pressed_is_no_place_of_the_words(analyze):
    assert _place_names(analyze("The French president criticised Algeria over its migration policy."), "criticised") == [None]
    assert _place_names(analyze("Germany's chancellor urged China to put pressure on Russia."), "urged") == [None]
    assert _place_names(analyze("The Chinese foreign minister visited Manila on Monday."), "visited") == ["Manila"]


def test_strikes_condemned_somewhere_else_happened_where_they_struck(analyze):
    text = "Speaking in Brussels, the NATO chief condemned the Russian strikes on Odesa."
    analysis = analyze(text)
    assert _place_names(analysis, "strikes") == ["Odesa"]
    assert _place_names(analysis, "condemned") == ["Brussels"]


def test_the_capital_in_the_deeds_clause_is_the_city_of_its_country_named_before(analyze):
    text = "Kabul is tense after weeks of unrest. Gunmen abducted two American teachers in the heart of the Afghan capital."
    assert _place_names(analyze(text), "abducted") == ["Kabul"]
    text = "Gunmen stormed a hotel in Bamako on Friday. Two aid workers were abducted in the capital on Sunday."
    assert _place_names(analyze(text), "abducted") == ["Bamako"]


def test_a_place_before_the_attack_noun_is_where_it_struck(analyze):
    assert _place_names(analyze("The Kabul attack killed 12 soldiers."), "killed") == ["Kabul"]


def test_a_place_in_the_phrase_of_another_event_is_that_events_place(analyze):
    analysis = analyze("Washington imposed sanctions on Moscow after talks in Geneva.")
    assert _place_names(analysis, "imposed") == [None]
    analysis = analyze("Two soldiers were killed in a clash with rebels in Idlib.")
    assert _place_names(analysis, "killed") == ["Idlib"]


def test_the_outskirts_or_streets_of_a_city_struck_or_marched_through_are_the_city(analyze):
    assert _place_names(analyze("Russian forces shelled the outskirts of Kharkiv overnight."), "shelled") == [
        "Kharkiv"
    ]
    analysis = analyze("Thousands of Chileans took to the streets of Santiago to protest against inequality.")
    assert set(_place_names(analysis, "protest")) == {"Santiago"}


def test_where_one_goes_to_meet_or_withdraws_from_is_the_place(analyze):
    assert _place_names(analyze("Xi Jinping began a state visit to Moscow on Monday."), "visit") == ["Moscow"]
    assert _place_names(analyze("Trump flew to Hanoi for a summit with Kim Jong-un."), "summit") == ["Hanoi"]
    assert _place_names(analyze("The US withdrew its troops from northern Syria."), "withdrew") == ["Syria"]
    analysis = analyze("The president spoke to Moscow by telephone about Ukraine.")
    assert _place_names(analysis, "spoke") == [None]


def test_an_event_with_no_place_takes_that_of_the_sentence_before_when_they_share_an_actor(analyze):
    text = "Thousands of protesters marched in Santiago on Friday. Police fired tear gas at the protesters."
    assert _place_names(analyze(text), "fired") == ["Santiago"]
    text = (
        "Thousands of protesters marched in Santiago on Friday. The president said he would meet union "
        "leaders. Police fired tear gas at the protesters."
    )
    assert _place_names(analyze(text), "fired") == [None]


def test_the_country_of_the_victims_is_no_place_of_the_attack(analyze):
    analysis = analyze("Two US soldiers were killed by a roadside bomb on Tuesday.")
    assert _place_names(analysis, "killed") == [None]


def test_a_country_before_the_attack_noun_names_its_author_not_its_place(analyze):
    analysis = analyze("US airstrikes against ISIS fighters continued on Monday.")
    assert _place_names(analysis, "airstrikes") == [None]


def test_the_areas_of_a_province_bombed_are_the_province(analyze):
    analysis = analyze("Syrian government forces bombed rebel-held areas of Idlib province.")
    assert _place_names(analysis, "bombed") == ["Idlib"]


def test_a_deed_done_in_or_during_another_event_is_done_where_that_event_was(analyze):
    analysis = analyze("Pakistani troops killed six militants in a raid in North Waziristan.")
    assert _place_names(analysis, "killed") == ["North Wazīristān District"]
    analysis = analyze("The president announced the agreement during a meeting in Geneva with his Iranian counterpart.")
    assert _place_names(analysis, "agreement") == ["Geneva"]


def test_a_site_named_after_a_town_is_at_the_town_and_a_participle_deed_is_where_its_clause_was(analyze):
    analysis = analyze("Israeli troops raided the Jenin refugee camp on Wednesday, killing four Palestinians.")
    assert _place_names(analysis, "raided") == ["Jenin"]
    assert _place_names(analysis, "killing") == ["Jenin"]
    assert _place_names(analyze("Russian forces killed US soldiers on Monday."), "killed") == [None]


def test_a_places_own_police_or_residents_act_there(analyze):
    analysis = analyze("Hong Kong police arrested dozens of demonstrators on Saturday.")
    assert _place_names(analysis, "arrested") == ["Hong Kong"]
    analysis = analyze("Nairobi residents protested against the tax increase on Tuesday.")
    assert _place_names(analysis, "protested") == ["Nairobi"]
    analysis = analyze("Washington imposed new tariffs on Chinese steel on Monday.")
    assert _place_names(analysis, "tariffs") == [None]


def test_a_deed_with_no_place_happened_in_the_datelines_city_but_words_did_not(analyze):
    text = "KYIV, Ukraine (AP) — Russian forces shelled residential buildings overnight, officials said."
    assert _place_names(analyze(text), "shelled") == ["Kyiv"]
    text = "BEIRUT — Israeli jets struck a weapons depot on Tuesday. Lebanon's president condemned the strike."
    analysis = analyze(text)
    assert _place_names(analysis, "struck") == ["Beirut"]
    assert _place_names(analysis, "condemned") == [None]


def test_a_deed_with_no_place_happened_where_the_sentence_before_says_something_happened(analyze):
    text = "Protesters gathered in Nairobi on Tuesday. Police fired tear gas to disperse the crowd."
    assert _place_names(analyze(text), "fired") == ["Nairobi"]
    text = "Officials in Washington said the talks had stalled. Rebels attacked an army convoy on Monday."
    assert _place_names(analyze(text), "attacked") == [None]
    text = "Protesters gathered in Nairobi on Tuesday.\n\nPolice fired tear gas to disperse the crowd."
    assert _place_names(analyze(text), "fired") == [None]


def test_a_name_the_tagger_missed_after_near_is_a_place(analyze):
    analysis = analyze("Militants kidnapped three aid workers near Kidal on Monday.")
    assert _place_names(analysis, "kidnapped") == ["Kidal"]


def test_a_towns_court_a_siege_of_a_town_and_an_expulsion_from_it_happened_there(analyze):
    assert _place_names(analyze("A Moscow court sentenced the opposition activist to nine years."), "sentenced") == [
        "Moscow"
    ]
    assert _place_names(analyze("Israel's siege of Gaza entered its third week."), "siege") == ["Gaza"]
    assert _place_names(analyze("Pakistan deported 500 Afghan refugees from Karachi."), "deported") == ["Karachi"]


def test_breaking_up_a_demonstration_happened_where_the_demonstration_was(analyze):
    text = "Riot police broke up a demonstration in front of the parliament in Yerevan."
    assert _place_names(analyze(text), "broke") == ["Yerevan"]


def test_what_strikes_hit_and_the_coast_off_which_a_ship_was_seized_are_the_place(analyze):
    assert _place_names(analyze("Israeli strikes hit the Gaza Strip overnight."), "strikes") == ["Gaza Strip"]
    analysis = analyze("Pirates seized a tanker off the coast of Somalia.")
    assert _place_names(analysis, "seized") == ["Somalia"]


def test_a_deed_done_to_a_countrys_civilians_happened_there_but_one_done_to_its_soldiers_need_not(analyze):
    text = "The conflict in Sudan drags on. At least 300 Sudanese civilians have been killed this month."
    analysis = analyze(text)
    assert _place_names(analysis, "killed") == ["Sudan"]
    assert [v.source for v in analysis.events if v.trigger.text == "killed"] == [None]
    text = "Iraq's parliament met on Monday. Gunmen killed two US soldiers on Tuesday."
    assert _place_names(analyze(text), "killed") == [None]


def test_in_the_country_is_the_country_named_last(analyze):
    text = "Mali's junta seized power in 2021. Jihadists have killed hundreds of soldiers in the country since then."
    assert _place_names(analyze(text), "killed") == ["Mali"]


def test_a_meeting_at_a_seat_of_power_happened_in_its_city(analyze):
    analysis = analyze("Xi Jinping and Vladimir Putin met at the Kremlin on Tuesday.")
    assert _place_names(analysis, "met") == ["Moscow"]


def test_where_a_participant_lives_is_not_where_the_deed_was(analyze):
    text = "The opposition leader, who lives in exile in London, was sentenced in absentia by a court in Minsk."
    assert _place_names(analyze(text), "sentenced") == ["Minsk"]


def test_a_meeting_with_no_place_was_where_the_sentence_before_put_the_visitor_but_a_call_was_not(analyze):
    text = "Xi Jinping arrived in Moscow on Monday. He met Vladimir Putin for talks on Tuesday."
    assert _place_names(analyze(text), "met") == ["Moscow"]
    text = "Xi Jinping arrived in Moscow on Monday. The French president held a phone call with Xi on Tuesday."
    assert _place_names(analyze(text), "call") == [None]


def test_protests_in_several_cities_including_one_happened_there(analyze):
    analysis = analyze("Protests broke out in several cities, including Tehran and Mashhad.")
    assert _place_names(analysis, "Protests") == ["Tehran"]


def test_a_country_named_before_an_attack_noun_is_the_attacker_not_the_place(analyze):
    analysis = analyze("Five fighters were killed in a US drone strike in Somalia.")
    assert _place_names(analysis, "killed") == ["Somalia"]
    analysis = analyze("Three soldiers died in Russia's missile strikes on Tuesday.")
    assert _place_names(analysis, "strikes") == [None]


def test_a_place_of_the_doers_yields_to_the_place_they_struck(analyze):
    text = "Russian forces stationed in Crimea shelled the city of Kherson overnight."
    assert _place_names(analyze(text), "shelled") == ["Kherson"]
    assert _place_names(analyze("Rebels in Mali attacked an army convoy on Sunday."), "attacked") == ["Mali"]


def test_a_deed_condemned_somewhere_else_happened_at_the_site_it_struck(analyze):
    analysis = analyze("Speaking in Geneva, the UN envoy condemned the shelling of Idlib.")
    assert _place_names(analysis, "shelling") == ["Idlib"]
    assert _place_names(analysis, "condemned") == ["Geneva"]


def test_a_site_struck_of_a_named_country_puts_the_deed_in_that_country(analyze):
    text = "Israeli warplanes attacked Syrian positions on Tuesday. Syria said two soldiers died."
    assert _place_names(analyze(text), "attacked") == ["Syria"]
    text = "Police arrested three Syrian refugees on Monday, Syria said."
    assert _place_names(analyze(text), "arrested") == [None]


def test_talks_with_no_place_are_held_in_the_dateline_city(analyze):
    text = "HANOI, Vietnam (AP) — President Trump and Kim Jong Un held talks on Thursday."
    assert _place_names(analyze(text), "talks") == ["Hanoi"]


def test_a_follow_up_deed_happened_at_the_place_the_sentence_before_struck(analyze):
    text = "Russian forces shelled Kharkiv on Monday. Three civilians were killed, the governor said."
    assert _place_names(analyze(text), "killed") == ["Kharkiv"]
    text = "Moscow criticised Kyiv on Monday. Three civilians were killed, the governor said."
    assert _place_names(analyze(text), "killed") == [None]


def test_where_the_doers_are_beats_where_a_participant_lives(analyze):
    text = "A court in Minsk sentenced the opposition leader, who lives in exile in London, to 15 years."
    assert _place_names(analyze(text), "sentenced") == ["Minsk"]


def test_a_city_naming_the_doer_is_the_place_only_when_the_sentence_names_no_other(analyze):
    assert _place_names(analyze("The Kabul government arrested two journalists on Sunday."), "arrested") == ["Kabul"]
    assert _place_names(analyze("The Kabul government shelled Kunduz on Sunday."), "shelled") == ["Kunduz"]
    assert _place_names(analyze("The Kabul government condemned the report on Sunday."), "condemned") == [None]
