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
