import pytest
from evaluation.extraction import score_extraction, shingles


def test_shingles_are_case_folded_word_windows():
    assert shingles("The Port reopened on Friday") == {("the", "port", "reopened", "on"), ("port", "reopened", "on", "friday")}
    assert shingles("Too short") == set()


def test_perfect_partial_and_empty_extractions():
    truth = "Dockworkers returned to work on Tuesday after a long strike"
    assert score_extraction([(truth, truth)]).f1 == 1.0
    half = score_extraction([("Dockworkers returned to work on Tuesday", truth)])
    assert half.precision == 1.0 and half.recall == pytest.approx(3 / 7)
    assert score_extraction([("", truth)]).f1 == 0.0


def test_scores_are_averaged_over_documents():
    truth = "one two three four five"
    score = score_extraction([(truth, truth), ("", truth)])
    assert (score.precision, score.recall, score.documents) == (0.5, 0.5, 2)
