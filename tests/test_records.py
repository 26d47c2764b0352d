from newsgraph.records import Analysis, Entity, Event, Place, Quote, Span, Speaker


def _sample() -> Analysis:
    text = 'The mayor said: "We will rebuild."'
    return Analysis(
        text=text,
        entities=(Entity("E1", "Mayor Lee", "PERSON", (Span(4, 9, "mayor"),), aliases=("Lee",)),),
        quotes=(Quote("Q1", "direct", 17, 32, "We will rebuild", Span(10, 14, "said"), Speaker(4, 9, "mayor", "E1")),),
        events=(Event("V1", "AID", Span(25, 32, "rebuild"), Span(0, len(text), text)),),
        places=(Place("P1", "Springfield", (Span(0, 3, "The"),), geonameid=1, lat=1.5, lon=2.5),),
    )


def test_as_dict_then_from_dict_gives_back_an_equal_analysis():
    analysis = _sample()
    assert Analysis.from_dict(analysis.as_dict()) == analysis


def test_as_dict_produces_plain_json_types_only():
    import json

    data = _sample().to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["schema"] == "newsgraph/1"
    assert data["quotes"][0]["speaker"] == {"start": 4, "end": 9, "text": "mayor", "entity": "E1"}


def test_entity_lookup_by_id_returns_none_for_unknown_ids():
    analysis = _sample()
    assert analysis.entity("E1").name == "Mayor Lee"
    assert analysis.entity("E9") is None
    assert analysis.entity(None) is None
