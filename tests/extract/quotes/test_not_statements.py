"""Wire-style passages whose cue words or quotation marks state nothing in the default `statements`
scope: facts someone knows, states of mind others cause, yes/no questions, what a thing is evidence
of, the writer's impersonal remarks, borrowed phrases, titles and slogans, names, and 'according to'
a norm; each beside a passage of the same shape that does report a statement."""

from __future__ import annotations

import pytest


def _texts(analysis) -> list[str]:
    return [q.text for q in analysis.quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Bankers know that the bond sale will be difficult this spring.",
        "Traders realized that the exchange had stopped publishing prices.",
        "Officials recognized that the new canal would take a decade to build.",
    ],
)
def test_what_a_subject_knows_or_comes_to_see_is_no_statement(analyze, text):
    assert _texts(analyze(text)) == []


def test_what_a_subject_admits_is_still_a_statement(analyze):
    analysis = analyze("Officials admitted that the new canal will take a decade to build.")
    assert _texts(analysis) == ["the new canal will take a decade to build"]


@pytest.mark.parametrize(
    "text",
    [
        "The strike has commuters wondering whether the trains will run at all this week.",
        "The sudden closure left parents wondering who would look after their children.",
        "The recall has drivers worrying that their brakes could fail.",
    ],
)
def test_a_state_of_mind_others_cause_is_no_statement(analyze, text):
    assert _texts(analyze(text)) == []


def test_a_cue_kept_up_by_its_own_subject_is_a_statement(analyze):
    analysis = analyze("The driver kept insisting that his brakes had failed.")
    assert _texts(analysis) == ["his brakes had failed"]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers questioned whether the new subsidy would reach them before the harvest.",
        "Economists wondered if the bank would cut rates again before the summer.",
        "Lawmakers are debating whether the ban on night flights should be lifted.",
    ],
)
def test_a_yes_no_question_is_no_statement(analyze, text):
    assert _texts(analyze(text)) == []


def test_a_condition_inside_a_reported_clause_keeps_the_clause(analyze):
    analysis = analyze("The governor said if the dam holds, the valley will be spared.")
    assert _texts(analysis) == ["if the dam holds, the valley will be spared"]


@pytest.mark.parametrize(
    "text",
    [
        "The move signals that the cabinet is ready to compromise on pensions.",
        "The wave of arrests suggests that the militants are regrouping in the hills.",
        "Smoke from the fires has lingered for days, showing that the ban is being ignored.",
    ],
)
def test_what_a_thing_is_evidence_of_is_the_writers_reading(analyze, text):
    assert _texts(analyze(text)) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The finance ministry suggested that the tax could be phased out.", "the tax could be phased out"),
        ("A survey of 900 firms shows that hiring slowed in March.", "hiring slowed in March"),
    ],
)
def test_a_source_that_can_make_a_statement_reports_with_an_evidence_verb(analyze, text, content):
    assert _texts(analyze(text)) == [content]


def test_an_infinitive_cue_under_an_impersonal_it_is_the_writers_remark(analyze):
    analysis = analyze("The widow still finds it hard to talk about the storm and the weeks that followed.")
    assert _texts(analysis) == []


def test_a_quoted_phrase_as_the_object_of_a_verb_of_doing_is_borrowed(analyze):
    analysis = analyze(
        '"Buyers began to ask for a smaller van," Ortiz told investors, which led the firm to build the '
        '"lightest delivery van on the market."'
    )
    assert "lightest delivery van on the market" not in _texts(analysis)
    assert any("Buyers" in q or "began to ask" in q for q in _texts(analysis))


@pytest.mark.parametrize(
    "text",
    [
        'His second novel, "Winter comes early to the valley," sold 40,000 copies in a month.',
        'Marchers carried banners with slogans such as "Not one more school closed."',
        'The anthem "We shall walk together again" was sung at the close of the ceremony.',
    ],
)
def test_a_title_or_slogan_with_no_cue_in_its_sentence_is_no_statement(analyze, text):
    assert _texts(analyze(text)) == []


def test_a_quotation_after_a_colon_stays_a_statement(analyze):
    text = "Mayor Ines Varga spoke after the vote.\n\nHer reply to the council: \"We will not close a single school.\""
    assert "We will not close a single school" in " ".join(_texts(analyze(text)))


def test_a_quotation_after_a_naming_verb_and_an_article_is_a_name(analyze):
    analysis = analyze('The council passed what has been called the "biggest rewrite of the housing code in years."')
    assert _texts(analysis) == []


@pytest.mark.parametrize(
    "text",
    [
        "The launch went according to plan, and the satellite reached its orbit.",
        "Fares will rise according to a new timetable from Monday.",
    ],
)
def test_according_to_a_norm_after_its_verb_says_how_not_who(analyze, text):
    assert _texts(analyze(text)) == []


def test_according_to_a_source_still_credits_it(analyze):
    analysis = analyze("The launch was delayed by a day, according to the space agency.")
    assert _texts(analysis) == ["The launch was delayed by a day"]
