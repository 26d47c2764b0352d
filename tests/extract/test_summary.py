ARTICLE = (
    "Chile's parliament approved a new mining law on Wednesday after months of debate. "
    "The law raises royalties on copper exports and funds regional development. "
    "Lawmakers from the ruling coalition said the vote was a victory for mining towns. "
    "It was raining in Santiago. "
    "Mining companies said they would study the text before deciding on new investments."
)


def test_summary_has_the_configured_number_of_sentences_in_article_order(analyze):
    summary = analyze(ARTICLE).summary
    assert len(summary) == 3
    assert [s.start for s in summary] == sorted(s.start for s in summary)
    assert all(ARTICLE[s.start : s.end] == s.text for s in summary)


def test_summary_starts_with_the_lead_sentence(analyze):
    assert analyze(ARTICLE).summary[0].text.startswith("Chile's parliament approved")


def test_summary_can_be_switched_to_zero_sentences(pipeline_for):
    pipeline = pipeline_for(summary_sentences=0)
    assert pipeline.analyze(ARTICLE).summary == ()
