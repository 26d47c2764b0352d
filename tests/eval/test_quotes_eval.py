"""Quote extraction measured on gold data in ../shared: PolNeAR dev and the reference article.

Floors sit a little below the figures measured when they were set (bench/eval_quotes.py prints
them), so a regression fails. The issue's targets on PolNeAR dev are higher: content overlap
F1 >= 0.85, source overlap F1 >= 0.88, cue F1 >= 0.88. PolNeAR is read in its own `attributions` quote
scope, as bench/eval_quotes.py reads it: a cue's bare object or infinitive is content too, and so are
intentions ("wants to", "declined to"), judged objects ("attacked X"), a passive cue's subject and the
writer's own first person, which the default `statements` scope does not report.
"""

from __future__ import annotations

import pytest
from evaluation.polnear import load_split, score_quotes

pytestmark = pytest.mark.eval

# (role, rule) -> floor on F1
FLOORS = {
    # measured values in the comments (in brackets, before the attributions scope took intentions, judged
    # objects, passive subjects and the writer's first person)
    ("content", "overlap"): 0.74,  # measured 0.757 (0.701)
    ("source", "overlap"): 0.75,  # measured 0.765 (0.721)
    ("cue", "overlap"): 0.71,  # measured 0.727 (0.677)
    ("joint", "overlap"): 0.69,  # measured 0.709 (0.652)
    ("content", "exact"): 0.46,  # measured 0.473 (PolNeAR keeps a leading "that", newsgraph drops it)
    ("source", "exact"): 0.72,  # measured 0.739 (0.697)
    ("cue", "exact"): 0.63,  # measured 0.647 (0.607)
}


@pytest.fixture(scope="module")
def polnear_dev_scores(shared_dir, pipeline_for):
    root = shared_dir / "eval" / "quotes" / "polnear"
    if not root.is_dir():
        pytest.skip(f"PolNeAR not found at {root}")
    documents = load_split(root, "dev")
    pipeline = pipeline_for(stages=("entities", "quotes"), quote_scope="attributions")
    analyses = pipeline.analyze_many(d.text for d in documents)
    return score_quotes((d, a.quotes) for d, a in zip(documents, analyses))


@pytest.mark.parametrize(("role", "rule"), sorted(FLOORS))
def test_polnear_dev_f1_stays_above_its_floor(polnear_dev_scores, role, rule):
    score = polnear_dev_scores[(role, rule)]
    assert score.f1 >= FLOORS[(role, rule)], (role, rule, score)


def test_polnear_dev_overlap_precision_stays_high(polnear_dev_scores):
    # what is found should mostly be right: measured content 0.901, source 0.896, cue 0.871
    assert polnear_dev_scores[("content", "overlap")].precision >= 0.84
    assert polnear_dev_scores[("source", "overlap")].precision >= 0.84
    assert polnear_dev_scores[("cue", "overlap")].precision >= 0.81


def test_reference_article_statements_are_all_found_and_attributed(shared_dir, analyze):
    """The fighter makes seven statements (two verbatim), the analyst one; none goes to anyone else."""
    path = shared_dir / "examples" / "syria-airstrikes-interview.txt"
    if not path.is_file():
        pytest.skip(f"reference article not found at {path}")
    analysis = analyze(path.read_text(encoding="utf-8"))

    def entity_named(name: str) -> str:
        [entity] = [e for e in analysis.entities if any(m.text == name for m in e.mentions)]
        return entity.id

    fighter, analyst = entity_named("Abu Tahla"), entity_named("Hassan Hassan")
    attributed = [q for q in analysis.quotes if q.speaker is not None]
    by_fighter = [q for q in attributed if q.speaker.entity == fighter]
    by_analyst = [q for q in attributed if q.speaker.entity == analyst]

    assert len(by_fighter) == 7, [q.text for q in by_fighter]
    assert sorted(q.kind for q in by_fighter).count("direct") == 2
    assert len(by_analyst) == 1 and by_analyst[0].kind == "indirect"
    assert len(attributed) == 8, [(q.text, q.speaker.text) for q in attributed]
    assert len({q.start for q in attributed}) == 8
    for quote in attributed:
        assert quote.cue is not None and quote.cue.start not in range(quote.start, quote.end)
