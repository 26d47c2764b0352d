"""The place index: name folding, what the build puts in, and the look-ups the resolver relies on."""

import pytest
from evaluation.geo import distance_km

from newsgraph.geo import place_key, shared_gazetteer
from newsgraph.geo.gazetteer import FUZZY, default_gazetteer_path
from newsgraph.geo.names import NAME


@pytest.fixture(scope="module")
def gazetteer():
    return shared_gazetteer()


def test_place_key_folds_accents_case_apostrophes_and_arabic_articles():
    assert place_key("Ra’s al-‘Ayn") == place_key("ras AYN")
    assert place_key("Kobanî") == "kobani"
    assert place_key("St. Louis") == place_key("Saint Louis")
    assert place_key("Kingston (SA)") == "kingston"


def test_cache_file_name_carries_the_recipe_so_stale_indexes_rebuild():
    assert "-r" in default_gazetteer_path().name


def test_country_has_its_geonames_id_and_a_point_inside_it(gazetteer):
    (syria,) = [c.place for c in gazetteer.lookup("Syria") if c.place.feature == "country"]
    assert syria.geonameid == 163843
    assert distance_km(syria.lat, syria.lon, 35.0, 38.0) < 100


def test_united_states_point_is_the_centre_of_the_contiguous_states(gazetteer):
    usa = gazetteer.country("US")
    assert distance_km(usa.lat, usa.lon, 39.8, -98.6) < 50


def test_first_level_division_point_lies_near_its_geographic_centre(gazetteer):
    (texas,) = [c.place for c in gazetteer.lookup("Texas") if c.place.feature == "admin1"]
    assert (texas.country, texas.admin1) == ("US", "TX")
    assert distance_km(texas.lat, texas.lon, 31.3, -99.3) < 150


def test_divisions_outside_the_us_and_us_counties_are_indexed(gazetteer):
    assert any(
        c.place.feature == "admin1" and c.place.country == "IN" for c in gazetteer.lookup("Tamil Nadu")
    )
    county = [c.place for c in gazetteer.lookup("Fairfax County") if c.place.feature == "admin2"]
    assert county and county[0].admin1 == "VA"


def test_state_abbreviations_resolve_to_their_state(gazetteer):
    for abbreviation, code in [("Calif.", "CA"), ("N.Y.", "NY"), ("Pa.", "PA"), ("Wash.", "WA")]:
        found = [c.place for c in gazetteer.lookup(abbreviation) if c.place.feature == "admin1"]
        assert [(p.country, p.admin1) for p in found] == [("US", code)], abbreviation


def test_demonyms_and_short_forms_name_their_country(gazetteer):
    assert gazetteer.lookup("Turkish")[0].place.country == "TR"
    assert ("GB", "country") in {(c.place.country, c.place.feature) for c in gazetteer.lookup("UK")}
    assert any(c.place.country == "KP" and c.place.feature == "country" for c in gazetteer.lookup("DPRK"))


def test_curated_transliterations_reach_the_geonames_city(gazetteer):
    for spelling in ("Kobane", "Kobani", "Ayn al-Arab"):
        assert 172256 in {c.place.geonameid for c in gazetteer.lookup(spelling)}, spelling
    (kobani,) = [c for c in gazetteer.lookup("Kobani") if c.place.geonameid == 172256]
    assert kobani.kind == NAME and kobani.place.name == "Kobani"


def test_macro_regions_are_places_of_their_own(gazetteer):
    regions = [c.place for c in gazetteer.lookup("the Levant") if c.place.feature == "region"]
    assert regions and 30 < regions[0].lat < 38


def test_a_misspelling_finds_the_place_by_fuzzy_match_only_when_asked(gazetteer):
    assert gazetteer.lookup("Kobanee", fuzzy=False) == ()
    fuzzy = gazetteer.lookup("Kobanee")
    assert fuzzy and fuzzy[0].place.geonameid == 172256 and fuzzy[0].kind == FUZZY


def test_candidates_keep_their_old_shape_most_populous_first(gazetteer):
    places = gazetteer.candidates("Paris")
    assert places[0].population >= places[-1].population
    assert any(p.country == "FR" and p.feature == "city" for p in places)
