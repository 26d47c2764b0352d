"""Place resolution on short invented news texts: qualifiers, precision and how readings are ranked."""

from newsgraph.geo.places import resolve


def _resolve_one(text, mention, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(mention, start + 1)
    return resolve(text, [(start, start + len(mention))])[0]


def test_northern_syria_is_syria_qualified_north_at_region_precision():
    place = _resolve_one("Rebels pushed deeper into northern Syria on Tuesday.", "Syria")
    assert (place.country, place.feature, place.qualifier, place.precision) == (
        "SY",
        "country",
        "north",
        "region",
    )


def test_a_span_that_includes_the_direction_word_keeps_it_as_qualifier():
    place = _resolve_one("Drought has hit southern Iraq hard.", "southern Iraq")
    assert (place.country, place.qualifier, place.precision) == ("IQ", "south", "region")
    territory = _resolve_one("Bushfires spread across the Northern Territory.", "Northern Territory")
    assert (territory.country, territory.feature, territory.qualifier) == ("AU", "admin1", None)


def test_the_turkish_border_is_turkey_at_border_precision():
    place = _resolve_one("Refugees massed at the Turkish border overnight.", "Turkish border")
    assert (place.country, place.feature, place.precision, place.qualifier) == (
        "TR",
        "country",
        "border",
        "border",
    )


def test_distance_and_direction_from_a_place_is_approximate():
    place = _resolve_one("The convoy was hit 20 km north of Kobani on Monday.", "Kobani")
    assert (place.geonameid, place.qualifier, place.precision) == (172256, "north", "approximate")


def test_a_bare_country_name_beats_a_same_named_city():
    place = _resolve_one("Officials in Lebanon said the talks would resume next week.", "Lebanon")
    assert (place.country, place.feature) == ("LB", "country")


def test_the_focus_country_breaks_ties_between_same_named_cities():
    libya = "Libya's rival governments met again. In Tripoli, militias clashed near the port."
    lebanon = "Lebanon braced for more strikes. In Tripoli, residents fled the old city."
    assert resolve(libya, [(0, 5), (libya.index("Tripoli"), libya.index("Tripoli") + 7)])[1].country == "LY"
    assert (
        resolve(lebanon, [(0, 7), (lebanon.index("Tripoli"), lebanon.index("Tripoli") + 7)])[1].country
        == "LB"
    )


def _resolve_all(text, mentions):
    return resolve(text, [(text.index(m), text.index(m) + len(m)) for m in mentions])


def test_a_world_city_named_beside_the_us_is_not_a_small_us_namesake():
    text = "The US and Moscow traded fresh charges over the treaty on Friday."
    us, moscow = _resolve_all(text, ["US", "Moscow"])
    assert (us.country, moscow.country) == ("US", "RU")
    lima, _ = _resolve_all("Trade ministers gathered in Lima as US envoys pressed for a deal.", ["Lima", "US"])
    assert lima.country == "PE"
    text = "Washington sent envoys to the arms talks in Geneva."
    washington, geneva = _resolve_all(text, ["Washington", "Geneva"])
    assert (washington.admin1, geneva.country) == ("DC", "CH")


def test_a_us_state_named_in_the_story_still_wins_the_small_namesake():
    text = "Students in Moscow rallied outside the Idaho statehouse."
    moscow, idaho = _resolve_all(text, ["Moscow", "Idaho"])
    assert (moscow.country, moscow.admin1, idaho.admin1) == ("US", "ID", "ID")


def test_a_state_named_after_the_comma_picks_the_small_town():
    text = "The fair opened in Paris, Texas, on Saturday."
    place = _resolve_one(text, "Paris")
    assert (place.country, place.admin1) == ("US", "TX")


def test_a_bare_paris_is_the_french_capital():
    place = _resolve_one("Ministers gathered in Paris for the climate summit.", "Paris")
    assert (place.country, place.feature) == ("FR", "city")


def test_a_capital_city_beats_the_division_named_after_it():
    place = _resolve_one("Talks in Moscow ended without a deal.", "Moscow")
    assert (place.country, place.feature) == ("RU", "city")


def test_a_city_beats_a_no_larger_division_of_its_name_abroad():
    place = _resolve_one("Aid convoys reached Gaza on Sunday after days of talks.", "Gaza")
    assert (place.country, place.feature) == ("PS", "city")


def test_a_populous_division_still_beats_a_small_city_of_its_name_abroad():
    place = _resolve_one("Voters in Ontario go to the polls on Thursday.", "Ontario")
    assert (place.country, place.feature) == ("CA", "admin1")


def test_a_bare_direction_word_does_not_resolve():
    text = "Leaders in the West condemned the attack."
    assert resolve(text, [(text.index("the West"), text.index("the West") + 8)]) == [None]


def test_state_abbreviation_after_a_town_resolves_the_town_in_that_state():
    text = "A fire destroyed two homes in Alexandria, Va., late Friday."
    place = _resolve_one(text, "Alexandria")
    assert (place.country, place.admin1) == ("US", "VA")


def test_local_places_named_together_resolve_near_each_other():
    text = "Deputies from Henry County searched a farm outside Paris after the storm."
    henry, paris = resolve(text, [(14, 26), (text.index("Paris"), text.index("Paris") + 5)])
    assert (henry.country, henry.admin1, paris.country, paris.admin1) == ("US", "TN", "US", "TN")


def test_spans_may_be_records_and_unknown_names_give_none():
    from newsgraph.records import Span

    text = "Nobody has heard of Zzyzxqwv Flats."
    assert resolve(text, [Span(20, 34, "Zzyzxqwv Flats")]) == [None]


def test_places_stage_merges_mentions_and_keeps_qualified_readings_apart(analyze):
    text = (
        "DAMASCUS, Syria (Wire) -- Syrian government forces shelled towns in northern Syria on Sunday, "
        "monitors said. Syria has rejected calls for a truce. Thousands fled toward the Turkish border."
    )
    places = analyze(text).places
    syria = [p for p in places if p.country == "SY" and p.feature == "country"]
    assert {p.qualifier for p in syria} == {None, "north"}
    assert any(p.country == "TR" and p.precision == "border" for p in places)
    for place in places:
        assert all(text[m.start : m.end] == m.text for m in place.mentions)


def test_an_acronym_resolves_only_to_a_place_known_by_it():
    text = "Talks between SA officials and U.S. envoys stalled, a UK diplomat said."
    spans = [(14, 16), (text.index("U.S."), text.index("U.S.") + 4), (text.index("UK"), text.index("UK") + 2)]
    sa, us, uk = resolve(text, spans)
    assert sa is None or sa.feature != "city"
    assert (us.country, us.feature) == ("US", "country")
    assert (uk.country, uk.feature) == ("GB", "country")


def _places_of(text: str, *entities: tuple[str, str]):
    """The places stage on a hand-built Doc whose entities are given as (name, type)."""
    from handmade import entity, parsed

    import newsgraph.stages  # noqa: F401  (declares the Doc attributes)
    from newsgraph.extract.places import extract_places
    from newsgraph.options import Options

    doc = parsed([(w, "PROPN", "ROOT" if i == 0 else "dep", -i, "NNP") for i, w in enumerate(text.split())])
    doc._.ng_entities = tuple(entity(doc, f"E{n}", type_, name) for n, (name, type_) in enumerate(entities, start=1))
    return list(extract_places(doc, options=Options()))


def test_a_facility_is_placed_at_the_town_it_is_named_after():
    places = _places_of(
        "Aid workers at the Kakuma refugee camp in Kenya said rations were cut .",
        ("Kakuma refugee camp", "FAC"), ("Kenya", "GPE"),
    )
    camp = next(p for p in places if p.mentions[0].text == "Kakuma refugee camp")
    assert (camp.name, camp.country, camp.qualifier, camp.precision) == ("Kakuma", "KE", "camp", "approximate")


def test_a_facility_named_after_no_place_of_the_articles_countries_is_not_placed():
    # The gazetteer knows a Kennedy in Colombia and a small one in California; the airport is at neither.
    places = _places_of("Flights left Kennedy Airport in New York on time .", ("Kennedy Airport", "FAC"), ("New York", "GPE"))
    assert [p.country for p in places] == ["US"]


def test_a_people_is_never_placed():
    places = _places_of("Baloch activists marched .", ("Baloch", "NORP"))
    assert places == []


def test_a_facility_unknown_to_the_gazetteer_is_not_placed_by_a_close_spelling():
    places = _places_of("Jets took off from Incirlik overnight .", ("Incirlik", "FAC"))
    assert places == []


def test_camps_and_crossings_are_placed_and_peoples_are_not(analyze):
    text = (
        "NAIROBI (Wire) -- Aid workers at the Kakuma refugee camp in northwestern Kenya said on Monday "
        "that rations had been cut again. Baloch activists in Pakistan staged a sit-in the same day."
    )
    analysis = analyze(text)
    types = {e.name: e.type for e in analysis.entities}
    assert types["Kakuma refugee camp"] == "FAC"
    assert types["Baloch"] == "NORP"
    camp = [p for p in analysis.places if p.qualifier == "camp"]
    assert [(p.name, p.country) for p in camp] == [("Kakuma", "KE")]
    assert not [p for p in analysis.places if any(m.text == "Baloch" for m in p.mentions)]


def test_a_datelines_city_is_a_place_but_an_upper_case_word_before_a_hyphen_is_not(analyze):
    analysis = analyze("KYIV, Ukraine (AP) — Russian drones struck the city overnight.")
    assert [(p.name, [m.text for m in p.mentions]) for p in analysis.places if p.country == "UA"][0] == ("Kyiv", ["KYIV"])
    assert [p.name for p in analyze("BEIRUT — Israeli jets struck a depot.").places] == ["Beirut"]
    assert not analyze("NATO-led forces struck a depot on Monday.").places


def test_a_sizeable_town_after_near_is_a_place_even_if_the_tagger_missed_it(analyze):
    assert [p.name for p in analyze("Militants kidnapped three aid workers near Kidal on Monday.").places] == ["Kidal"]
    assert not analyze("The bill was debated in Congress on Monday.").places


def test_a_division_tagged_as_an_organisation_is_a_place(analyze):
    assert [p.name for p in analyze("Israeli forces raided homes in the West Bank on Monday.").places] == ["West Bank"]
    assert [p.country for p in analyze("Russia annexed Crimea in 2014.").places] == ["RU", "UA"]


def test_a_landmark_where_something_happened_is_its_city_but_the_white_house_speaking_is_no_place(analyze):
    analysis = analyze("The president met the Kenyan leader in the Oval Office on Friday.")
    assert [(p.name, p.country, p.qualifier, [m.text for m in p.mentions]) for p in analysis.places] == [
        ("Washington", "US", "landmark", ["Oval Office"])
    ]
    assert [p.name for p in analyze("Protesters gathered outside the Kremlin.").places] == ["Moscow"]
    assert not [p for p in analyze("The White House said it would respond.").places if p.qualifier == "landmark"]


def test_a_city_the_tagger_missed_beside_a_place_or_as_a_big_citys_bare_object_is_a_place(analyze):
    assert [p.name for p in analyze("Protesters blocked roads in Mombasa and Kisumu on Monday.").places] == [
        "Mombasa",
        "Kisumu",
    ]
    assert [p.name for p in analyze("Ukrainian forces shelled Donetsk overnight.").places] == ["Donetsk"]
    assert [p.name for p in analyze("Talks between Israel and Hamas stalled.").places] == ["Israel"]
