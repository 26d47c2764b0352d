"""'As X noted, ...', '..., as X put it, ...': an 'as' clause with a cue reports the clause it opens or
interrupts; 'as expected', 'as usual' or 'as X put it on hold' report nothing."""

from __future__ import annotations

import pytest


def _statements(analysis) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in analysis.quotes]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Rents climbed again. (As the housing minister told reporters last week, supply is short.)",
            "supply is short",
            "the housing minister",
        ),
        (
            "Ferries were cancelled. (As Captain Joao Mendes noted, the harbour wall is cracked.)",
            "the harbour wall is cracked",
            "Captain Joao Mendes",
        ),
        (
            "As the bank's chief economist, Maria Lopez, warned in March, growth has stalled.",
            "growth has stalled",
            "the bank's chief economist, Maria Lopez",
        ),
    ],
)
def test_an_as_clause_opening_a_sentence_or_a_bracket_reports_the_rest(analyze, text, content, speaker):
    assert _statements(analyze(text)) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("As Senator Ruth Kagame put it, the bill is dead.", "the bill is dead", "Senator Ruth Kagame"),
        (
            "The new levy, as Finance Minister Aiko Sato put it, will hit the poorest hardest.",
            "The new levy, as Finance Minister Aiko Sato put it, will hit the poorest hardest",  # one clause
            "Finance Minister Aiko Sato",
        ),
    ],
)
def test_as_someone_put_it_is_a_cue(analyze, text, content, speaker):
    assert _statements(analyze(text)) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose again in June, as the ministry had warned.",
        "As the ministry had warned, prices rose again in June.",
    ],
)
def test_as_the_ministry_had_warned_reports_the_clause_it_goes_with(analyze, text):
    [(content, speaker)] = _statements(analyze(text))
    assert content.lower() == "prices rose again in june" and speaker == "the ministry"


def test_as_someone_spoke_tells_when_and_reports_nothing(analyze):
    assert _statements(analyze("As the minister spoke, protesters gathered outside the hall.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "As expected, the central bank held rates steady on Thursday.",
        "As usual, the market opened late after the holiday.",
        "As a result, the port authority put it on hold.",
        "As a senator, Ruth Kagame voted against the bill.",
        "Exports such as steel and copper fell sharply in May.",
    ],
)
def test_an_as_phrase_without_a_cue_reports_nothing(analyze, text):
    assert _statements(analyze(text)) == []
