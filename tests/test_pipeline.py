import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

import newsgraph
from newsgraph import ModelNotFoundError, Options, Pipeline

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ceasefire-talks.txt"


@pytest.fixture(scope="module")
def schema():
    return json.loads((resources.files("newsgraph") / "data" / "newsgraph-1.schema.json").read_text("utf-8"))


def _spans(data):
    """Every {start, end, text} object anywhere in a contract object."""
    if isinstance(data, dict):
        if {"start", "end", "text"} <= data.keys():
            yield data
        for value in data.values():
            yield from _spans(value)
    elif isinstance(data, list):
        for value in data:
            yield from _spans(value)


def test_sample_analysis_validates_against_the_published_schema(analyze, schema):
    data = analyze(SAMPLE.read_text(encoding="utf-8")).to_dict()
    jsonschema.validate(data, schema)


def test_every_span_points_into_the_article_text(analyze):
    text = SAMPLE.read_text(encoding="utf-8")
    data = analyze(text).to_dict()
    spans = list(_spans({k: v for k, v in data.items() if k != "text"}))
    assert spans, "the sample should yield spans to check"
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


def test_boilerplate_yields_no_entity_quote_or_event(analyze):
    text = (
        "Police in Manila arrested three men after a raid on Friday, a spokesman said.\n"
        "Read more: Maria Santos says the raid was \"a warning to every gang in the city\"\n"
    )
    analysis = analyze(text)
    cut = text.index("Read more")
    assert analysis.boilerplate and analysis.boilerplate[0].start == cut
    assert all(m.start < cut for e in analysis.entities for m in e.mentions)
    assert all(q.start < cut for q in analysis.quotes)
    assert all(v.trigger.start < cut for v in analysis.events)


def test_switched_off_stages_contribute_nothing(pipeline_for):
    pipeline = pipeline_for(stages=("entities",))
    analysis = pipeline.analyze('"We will stay," the mayor of Rome said on Monday.')
    assert analysis.entities
    assert analysis.quotes == analysis.events == analysis.places == analysis.summary == ()


def test_analyze_many_keeps_article_order_and_metadata(pipeline):
    articles = [
        newsgraph.Article("Voters in Chile went to the polls on Sunday.", title="Chile votes", url="https://example.org/1"),
        newsgraph.Article("Farmers in Kenya protested over fuel prices.", title="Kenya protest"),
    ]
    results = list(pipeline.analyze_many(articles))
    assert [r.title for r in results] == ["Chile votes", "Kenya protest"]
    assert results[0].url == "https://example.org/1"


def test_missing_model_raises_model_not_found_with_advice():
    with pytest.raises(ModelNotFoundError, match="NEWSGRAPH_SPACY_MODEL"):
        Pipeline(Options.load(spacy_model="no_such_pipeline_installed"))


def test_analyze_function_reuses_one_pipeline():
    newsgraph.analyze("The talks in Oslo ended.")
    before = newsgraph.get_pipeline.cache_info().hits
    newsgraph.analyze("The talks in Doha began.")
    assert newsgraph.get_pipeline.cache_info().hits == before + 1
