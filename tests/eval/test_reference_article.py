"""The reference article in ../shared/examples: the contract holds and boilerplate stays out."""

import json
from importlib import resources

import jsonschema
import pytest

pytestmark = pytest.mark.eval


@pytest.fixture(scope="module")
def reference(shared_dir, analyze):
    text = (shared_dir / "examples" / "syria-airstrikes-interview.txt").read_text(encoding="utf-8")
    return text, analyze(text)


def test_reference_json_validates_against_the_schema(reference):
    schema = json.loads((resources.files("newsgraph") / "data" / "newsgraph-1.schema.json").read_text("utf-8"))
    jsonschema.validate(reference[1].to_dict(), schema)


def test_see_also_line_yields_no_entity_quote_or_event(reference):
    text, analysis = reference
    cut = text.index("SEE ALSO")
    assert [b.start for b in analysis.boilerplate] == [cut]
    assert all(m.start < cut for e in analysis.entities for m in e.mentions)
    assert all(q.end <= cut for q in analysis.quotes)
    assert all(v.trigger.start < cut for v in analysis.events)
    assert all(m.start < cut for p in analysis.places for m in p.mentions)


def test_hypothetical_push_back_in_iraq_is_not_asserted(reference):
    text, analysis = reference
    sentence = text.index("even if the US managed")
    in_clause = [v for v in analysis.events if sentence <= v.trigger.start < sentence + 60]
    assert all(v.status == "hypothetical" for v in in_clause)
