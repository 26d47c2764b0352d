from newsgraph.extract.events.confidence import Evidence, confidence


def _evidence(**changes):
    fields = dict(
        source_coded=True,
        target_coded=True,
        main_clause=True,
        verb_trigger=True,
        specific=False,
        by_default=False,
        status="asserted",
    )
    return Evidence(**{**fields, **changes})


def test_more_evidence_means_more_confidence():
    full = confidence(_evidence())
    assert confidence(_evidence(target_coded=False)) < full
    assert confidence(_evidence(by_default=True)) < full
    assert confidence(_evidence(status="hypothetical")) < confidence(_evidence(status="claimed")) < full


def test_the_model_probability_moves_confidence_both_ways_within_bounds():
    low = confidence(_evidence(source_coded=False, main_clause=False, model_probability=0.1))
    high = confidence(_evidence(model_probability=0.95))
    assert 0.05 <= low < confidence(_evidence(source_coded=False, main_clause=False)) <= 1.0
    assert high == 1.0
