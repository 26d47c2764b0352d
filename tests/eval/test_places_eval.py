"""Place resolution on gold data: LGL and GeoWebNews with gold mentions, and the reference article.

Issue targets (Places): GWN exact >= 0.85 and Acc@161 >= 0.90; LGL Acc@161 >= 0.80; country
accuracy >= 0.97 on both. The floors below sit a little under what was measured (bench/eval_places.py),
so that a regression fails; where they are under the target, the target is not met yet.
"""

import pytest
from evaluation.geo import Answer, distance_km, evaluate, read_gwn, read_lgl

from newsgraph.geo.gazetteer import shared_gazetteer
from newsgraph.geo.places import resolve

pytestmark = pytest.mark.eval


def _answers(text, spans):
    return [None if p is None else Answer(p.geonameid, p.lat, p.lon, p.country) for p in resolve(text, spans)]


def _country_of(geonameid):
    place = shared_gazetteer().by_geonameid(geonameid)
    return place.country if place else None


@pytest.fixture(scope="module")
def lgl(shared_dir):
    return evaluate(list(read_lgl(shared_dir / "eval" / "geo" / "lgl.xml")), _answers, _country_of)


@pytest.fixture(scope="module")
def gwn(shared_dir):
    return evaluate(list(read_gwn(shared_dir / "eval" / "geo" / "GWN.xml")), _answers, _country_of)


def test_lgl_resolution_floors(lgl):
    # measured: exact 0.834, Acc@161 0.859, AUC 0.216, country 0.932, coverage 0.970
    # (targets: Acc@161 >= 0.80, met; country >= 0.97, not met)
    assert lgl.accuracy_161 >= 0.84
    assert lgl.exact >= 0.815
    assert lgl.country_accuracy >= 0.915
    assert lgl.auc <= 0.23
    assert lgl.coverage >= 0.955


def test_gwn_resolution_floors(gwn):
    # measured: exact 0.833, Acc@161 0.845, AUC 0.232, country 0.978, coverage 0.949
    # (targets: exact >= 0.85 and Acc@161 >= 0.90, not met; country >= 0.97, met)
    assert gwn.exact >= 0.815
    assert gwn.accuracy_161 >= 0.825
    assert gwn.country_accuracy >= 0.965
    assert gwn.auc <= 0.245
    assert gwn.coverage >= 0.935


@pytest.fixture(scope="module")
def reference_places(shared_dir, analyze):
    text = (shared_dir / "examples" / "syria-airstrikes-interview.txt").read_text(encoding="utf-8")
    return text, analyze(text).places


def test_reference_kobane_is_within_50_km_of_its_true_position(reference_places):
    text, places = reference_places
    kobane = [p for p in places if any(m.text in ("Kobane", "Kobani") for m in p.mentions)]
    if not kobane:
        pytest.xfail("Kobane is not typed as a place by entity recognition (entity typing, another stage)")
    (place,) = kobane
    assert place.geonameid == 172256
    assert distance_km(place.lat, place.lon, 36.89, 38.35) <= 50


def test_reference_turkish_border_is_turkey_at_border_precision(reference_places):
    _, places = reference_places
    border = [p for p in places if any("Turkish border" in m.text for m in p.mentions)]
    assert [(p.country, p.feature, p.precision) for p in border] == [("TR", "country", "border")]


def test_reference_northern_syria_is_syria_qualified_north(reference_places):
    text, places = reference_places
    start = text.index("northern Syria") + len("northern ")
    (syria,) = [p for p in places if any(m.start == start for m in p.mentions)]
    assert (syria.country, syria.feature, syria.qualifier, syria.precision) == (
        "SY",
        "country",
        "north",
        "region",
    )
