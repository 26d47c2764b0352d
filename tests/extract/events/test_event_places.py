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
