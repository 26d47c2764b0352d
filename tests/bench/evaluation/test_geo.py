"""Readers for LGL and GeoWebNews files, and the geoparsing metrics, on small files written here."""

import math

import pytest
from evaluation.geo import (
    MAX_ERROR_KM,
    Answer,
    GoldToponym,
    distance_km,
    log_error_auc,
    read_gwn,
    read_lgl,
    score_resolutions,
)

LGL_SAMPLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="7">
    <text><![CDATA[Flooding closed roads in Dayton, officials said.]]></text>
    <toponyms count="2">
      <toponym><start>25</start><end>31</end><phrase>Dayton</phrase>
        <gaztag geonameid="4509884"><name>Dayton</name><lat>39.75895</lat><lon>-84.19161</lon>
          <country geonameid="6252001">United States</country></gaztag></toponym>
      <toponym><start>0</start><end>3</end><phrase>Flo</phrase></toponym>
    </toponyms>
  </article>
</articles>"""

GWN_SAMPLE = """<?xml version="1.0" ?>
<articles>
  <article file="3">
    <title>Port reopens</title>
    <text>The port of Mombasa reopened as Tanzanian officials cheered.</text>
    <toponyms>
      <toponym><extractedName>Tanzanian</extractedName><type>Non_Literal_Modifier</type>
        <start>32</start><end>41</end><geonamesID>149590</geonamesID>
        <latitude>-6.0</latitude><longitude>35.0</longitude></toponym>
      <toponym><extractedName>Mombasa</extractedName><type>Literal</type>
        <start>12</start><end>19</end><geonamesID>186301</geonamesID>
        <latitude>-4.05466</latitude><longitude>39.66359</longitude></toponym>
      <toponym><extractedName>port</extractedName><type>Literal_Expression</type>
        <start>4</start><end>8</end></toponym>
    </toponyms>
  </article>
</articles>"""


def test_lgl_reader_keeps_toponyms_with_a_geonames_id_and_their_country(tmp_path):
    path = tmp_path / "lgl.xml"
    path.write_text(LGL_SAMPLE, encoding="utf-8")
    (document,) = read_lgl(path)
    (toponym,) = document.toponyms
    assert document.id == "7"
    assert document.text[toponym.start : toponym.end] == toponym.text == "Dayton"
    assert (toponym.geonameid, toponym.country_geonameid) == (4509884, 6252001)


def test_gwn_reader_scores_only_toponyms_with_a_geonames_id_in_text_order(tmp_path):
    path = tmp_path / "gwn.xml"
    path.write_text(GWN_SAMPLE, encoding="utf-8")
    (document,) = read_gwn(path)
    assert [t.text for t in document.toponyms] == ["Mombasa", "Tanzanian"]
    assert all(document.text[t.start : t.end] == t.text for t in document.toponyms)


def test_distance_is_great_circle_kilometres():
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)
    assert distance_km(10, 20, 10, 20) == 0


def test_auc_is_zero_for_perfect_answers_and_one_for_all_missing():
    assert log_error_auc([0.0, 0.0, 0.0]) == 0.0
    assert log_error_auc([MAX_ERROR_KM] * 3) == pytest.approx(1.0)
    half = log_error_auc([0.0, MAX_ERROR_KM])
    assert half == pytest.approx(0.5)


def test_scores_count_exact_ids_distance_country_and_coverage():
    gold = [
        GoldToponym(0, 5, "Accra", 2306104, 5.556, -0.1969),
        GoldToponym(10, 15, "Lagos", 2332459, 6.4541, 3.3947),
        GoldToponym(20, 25, "Kumasi", 2298890, 6.6885, -1.6244),
    ]
    answers = [
        Answer(2306104, 5.556, -0.1969, "GH"),  # exact
        Answer(999, 6.5, 3.4, "NG"),  # wrong id, 5 km off, right country
        None,  # no answer
    ]
    countries = {2306104: "GH", 2332459: "NG", 2298890: "GH"}
    scores = score_resolutions(gold, answers, lambda t: countries[t.geonameid])
    assert scores.mentions == 3
    assert scores.exact == pytest.approx(1 / 3)
    assert scores.accuracy_161 == pytest.approx(2 / 3)
    assert scores.coverage == pytest.approx(2 / 3)
    assert scores.country_accuracy == pytest.approx(2 / 3)
    assert 0 < scores.mean_error_km < 10
    assert 0 < scores.auc < 1 and not math.isnan(scores.auc)


def test_mismatched_answers_are_refused():
    with pytest.raises(ValueError):
        score_resolutions([GoldToponym(0, 1, "x", 1, 0, 0)], [], lambda t: None)
