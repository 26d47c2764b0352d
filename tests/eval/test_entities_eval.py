"""Entity recognition and clustering on gold data in ../shared (skipped where it is absent).

Issue 4 targets: named-mention F1 >= 0.85 on GUM types mapped to spaCy labels, B³ F1 >= 0.90 for
clustering named mentions. Measured (bench/eval_entities.py): mention F1 0.779 (raw spaCy doc.ents
0.615), B³ F1 0.963 (raw spaCy, one entity per distinct string: 0.915). The floors sit a little
below the measured figures so a regression fails; the mention target is not reached yet (most
remaining errors are the small model's type confusions, e.g. a movement tagged as a place).
"""

from __future__ import annotations

import pytest

from newsgraph import Pipeline
from evaluation.gum import entity_scores, read_gum_dir

pytestmark = pytest.mark.eval

MENTION_F1_FLOOR = 0.76
B_CUBED_F1_FLOOR = 0.95


@pytest.fixture(scope="module")
def entities_pipeline(pipeline_for) -> Pipeline:
    """spaCy plus the entities stage only."""
    return pipeline_for(stages=("entities",))


@pytest.fixture(scope="module")
def gum_scores(shared_dir, entities_pipeline):
    documents = read_gum_dir(shared_dir / "eval" / "entities" / "gum")
    if not documents:
        pytest.skip("no GUM documents in ../shared/eval/entities/gum")
    pipeline = entities_pipeline
    predictions = [
        [(m.start, m.end, e.type, e.id) for e in analysis.entities for m in e.mentions]
        for analysis in pipeline.analyze_many(d.text for d in documents)
    ]
    return entity_scores(documents, predictions)


def test_gum_named_mention_f1_floor(gum_scores):
    print(f"\nGUM named mentions: {gum_scores.mentions}")
    assert gum_scores.mentions.f1 >= MENTION_F1_FLOOR


def test_gum_clustering_b_cubed_floor(gum_scores):
    print(f"\nGUM B3: {gum_scores.clusters}")
    assert gum_scores.clusters.f1 >= B_CUBED_F1_FLOOR


@pytest.fixture(scope="module")
def reference(shared_dir, entities_pipeline):
    text = (shared_dir / "examples" / "syria-airstrikes-interview.txt").read_text(encoding="utf-8")
    return text, entities_pipeline.analyze(text)


def test_reference_fighter_is_one_person_under_both_spellings(reference):
    _, analysis = reference
    people = [e for e in analysis.entities if {m.text for m in e.mentions} & {"Abu Tahla", "Abu Talha"}]
    assert len(people) == 1
    assert people[0].type == "PERSON"
    assert {"Abu Tahla", "Abu Talha"} <= {m.text for m in people[0].mentions}


def test_reference_kobane_is_a_place_everywhere(reference):
    text, analysis = reference
    kobane = [(e.type, m.start) for e in analysis.entities for m in e.mentions if m.text == "Kobane"]
    assert len(kobane) == text.count("Kobane")
    assert all(type_ in ("GPE", "LOC") for type_, _ in kobane)


def test_reference_see_also_line_gives_no_mention(reference):
    text, analysis = reference
    line_start = text.index("SEE ALSO")
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    assert not [m for e in analysis.entities for m in e.mentions if m.start < line_end and m.end > line_start]
