import dataclasses
import io
from datetime import UTC, datetime

from newsgraph.export.gdelt import COLUMNS, event_id, fips_country, gdelt_rows, write_gdelt
from newsgraph.records import Actor, Analysis, Entity, Event, Place, Span

TEXT = "Russian jets bombed rebel positions in Idlib on Tuesday.\n\nIf Turkey attacks, Syria would respond."
ADDED = datetime(2026, 3, 5, 12, 30, 0, tzinfo=UTC)


def _analysis() -> Analysis:
    russia = Entity("E1", "Russia", "GPE", (Span(0, 7, "Russian"),), country="RU")
    idlib = Place(
        "P1",
        "Idlib",
        (Span(39, 44, "Idlib"),),
        geonameid=169388,
        lat=35.93,
        lon=36.63,
        country="SY",
        admin1="10",
        feature="city",
    )
    sentence = Span(0, 56, TEXT[:56])
    bombing = Event(
        id="V1",
        type="ASSAULT",
        mode="aerial",
        cameo="195",
        quad_class=4,
        goldstein=-10.0,
        trigger=Span(13, 19, "bombed"),
        sentence=sentence,
        source=Actor(0, 12, "Russian jets", "E1", "RUSMIL"),
        target=Actor(20, 35, "rebel positions", None, "SYRREB"),
        place="P1",
        date="2026-03-03",
    )
    conditional = Event(
        id="V2",
        type="ASSAULT",
        cameo="190",
        quad_class=4,
        goldstein=-10.0,
        trigger=Span(70, 77, "attacks"),
        sentence=Span(58, 97, TEXT[58:]),
        source=Actor(61, 67, "Turkey", None, "TUR"),
        status="hypothetical",
    )
    return Analysis(
        text=TEXT,
        published="2026-03-04",
        url="https://example.org/a",
        entities=(russia,),
        events=(bombing, conditional),
        places=(idlib,),
    )


def test_a_row_has_the_61_gdelt_columns_in_documented_order():
    assert len(COLUMNS) == 61
    assert COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert COLUMNS[26:31] == ("EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale")
    assert COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    rows = list(gdelt_rows(_analysis(), added=ADDED))
    assert all(len(row) == 61 for row in rows)


def test_event_fields_fill_the_gdelt_columns():
    (row,) = gdelt_rows(_analysis(), added=ADDED)
    field = dict(zip(COLUMNS, row))
    assert field["GLOBALEVENTID"] == event_id("https://example.org/a", _analysis().events[0])
    assert (field["SQLDATE"], field["MonthYear"], field["Year"]) == ("20260303", "202603", "2026")
    assert field["Actor1Code"] == "RUSMIL" and field["Actor1CountryCode"] == "RUS"
    assert field["Actor1Type1Code"] == "MIL" and field["Actor1Name"] == "RUSSIA"
    assert field["Actor2Code"] == "SYRREB" and field["Actor2Type1Code"] == "REB"
    assert (field["EventCode"], field["EventBaseCode"], field["EventRootCode"]) == ("195", "195", "19")
    assert field["QuadClass"] == "4" and float(field["GoldsteinScale"]) == -10.0
    assert field["IsRootEvent"] == "1"
    assert field["ActionGeo_Type"] == "4" and field["ActionGeo_FullName"] == "Idlib"
    assert field["ActionGeo_CountryCode"] == "SY" and field["ActionGeo_ADM1Code"] == "SY10"
    assert field["ActionGeo_FeatureID"] == "169388" and float(field["ActionGeo_Lat"]) == 35.93
    assert field["DATEADDED"] == "20260305123000"
    assert field["SOURCEURL"] == "https://example.org/a"


def test_hypothetical_events_are_not_exported():
    rows = list(gdelt_rows(_analysis(), added=ADDED))
    assert [dict(zip(COLUMNS, r))["EventCode"] for r in rows] == ["195"]
    assert rows[0][0].isdigit()


def test_asserted_planned_and_claimed_events_are_exported_negated_and_hypothetical_are_not():
    event = _analysis().events[0]
    exported = {
        status
        for status in Event.STATUSES
        if list(gdelt_rows(Analysis(text=TEXT, events=(dataclasses.replace(event, status=status),)), added=ADDED))
    }
    assert exported == {"asserted", "planned", "claimed"}


def test_international_group_codes_go_to_the_known_group_column():
    analysis = _analysis()
    event = analysis.events[0]
    un = Event(**{**event.__dict__, "id": "V3", "source": Actor(0, 2, "UN", None, "IGO")})
    (row,) = gdelt_rows(Analysis(text=TEXT, events=(un,)), added=ADDED)
    field = dict(zip(COLUMNS, row))
    assert field["Actor1CountryCode"] == "" and field["Actor1KnownGroupCode"] == "IGO"


def test_write_gdelt_writes_tab_separated_lines_with_ids_of_the_event_not_its_position():
    stream = io.StringIO()
    other = dataclasses.replace(_analysis(), url="https://example.org/b")
    written = write_gdelt([_analysis(), other, _analysis()], stream)
    ids = [line.split("\t")[0] for line in stream.getvalue().splitlines()]
    assert written == 3 and ids[0] == ids[2] != ids[1]
    assert all(i.isdigit() and 0 < int(i) < 2**63 for i in ids)
    alone = io.StringIO()
    write_gdelt([other], alone)
    assert alone.getvalue().split("\t")[0] == ids[1]


def test_country_columns_carry_fips_codes_where_they_differ_from_iso():
    berlin = Place("P1", "Berlin", (Span(39, 44, "Idlib"),), geonameid=2950159, lat=52.5, lon=13.4,
                   country="DE", admin1="16", feature="city")
    (row,) = gdelt_rows(dataclasses.replace(_analysis(), places=(berlin,)), added=ADDED)
    field = dict(zip(COLUMNS, row))
    assert (field["ActionGeo_CountryCode"], field["ActionGeo_ADM1Code"]) == ("GM", "GM16")
    assert (fips_country("GB"), fips_country("IL"), fips_country("XK"), fips_country("AX")) == ("UK", "IS", "KV", "")


def test_pipeline_events_export(analyze):
    analysis = analyze("Israeli troops attacked Hamas positions in Gaza on Monday.")
    rows = list(gdelt_rows(analysis, added=ADDED))
    assert rows and all(len(r) == 61 for r in rows)
    assert dict(zip(COLUMNS, rows[0]))["EventRootCode"] == "19"


def test_claimed_events_are_exported_and_negated_ones_are_not():
    event = _analysis().events[0]
    claimed = Event(**{**event.__dict__, "id": "V3", "status": "claimed"})
    negated = Event(**{**event.__dict__, "id": "V4", "status": "negated"})
    rows = list(gdelt_rows(Analysis(text=TEXT, events=(claimed, negated)), added=ADDED))
    assert len(rows) == 1
