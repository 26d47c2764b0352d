"""Quotation marks in raw text: spans, kinds, edge marks and continuation (no parse needed)."""

from __future__ import annotations

from newsgraph.extract.quotes.marks import (
    MARK_EDGE,
    QuotedSpans,
    continues_quote,
    is_title,
    keep_edge_marks,
    quote_kind,
    quoted_spans,
    trim,
)


def _spans(text: str) -> QuotedSpans:
    return QuotedSpans(quoted_spans(text))


def test_quoted_spans_exclude_the_marks_and_read_doubled_apostrophes():
    text = "He said ''we will win'' and \u201cthey will lose.\u201d"
    assert [text[s:e] for s, e in quoted_spans(text)] == ["we will win", "they will lose."]


def test_a_curly_opening_mark_may_be_closed_by_a_straight_one():
    text = 'He called it \u201ca betrayal," then left. "We are done," she said.'
    assert [text[s:e] for s, e in quoted_spans(text)] == ["a betrayal,", "We are done,"]


def test_an_unclosed_quote_runs_to_the_end_of_its_paragraph():
    text = 'The mayor said: "We will rebuild the pier\n\nWork starts in June.'
    assert [text[s:e] for s, e in quoted_spans(text)] == ["We will rebuild the pier"]


def test_a_straight_mark_after_a_digit_is_an_inch_sign_not_a_quote():
    text = 'Crews laid a 36" pipe. "It will hold," the engineer said.'
    assert [text[s:e] for s, e in quoted_spans(text)] == ["It will hold,"]


def test_lookup_finds_the_span_holding_an_offset_and_those_overlapping_a_range():
    text = 'She said "yes" and then "no" twice.'
    quotes = _spans(text)
    yes, no = quotes.spans
    assert quotes.at(text.index("yes")) == yes and quotes.at(0) is None
    assert quotes.overlapping(0, len(text)) == [yes, no]
    assert quotes.overlapping(0, text.index("and")) == [yes]


def test_kind_is_direct_inside_one_quote_mixed_across_and_indirect_without():
    text = 'The chief said the plan was "a disaster" for farmers.'
    quotes = _spans(text)
    inside = text.index("a disaster"), text.index("a disaster") + len("a disaster")
    whole = text.index("the plan"), text.index(" for")
    assert quote_kind(*inside, quotes) == "direct"
    assert quote_kind(*whole, quotes) == "mixed"
    assert quote_kind(0, text.index(" said"), quotes) == "indirect"


def test_a_mixed_fragment_keeps_the_marks_of_the_quote_at_its_edge():
    text = 'The chief said the plan was "a disaster."'
    quotes = _spans(text)
    start, end = keep_edge_marks(text, text.index("the plan"), text.index('."') + 1, quotes)
    assert text[start:end] == 'the plan was "a disaster."'
    direct = quotes.spans[0]
    assert keep_edge_marks(text, *direct, quotes) == direct


def test_a_quote_continues_the_previous_one_across_at_most_one_sentence():
    text = '"We are ready." The crowd cheered. "We leave at dawn." Rain fell. Roads closed. "Go."'
    first, second, third = quoted_spans(text)
    assert continues_quote(text, first[1], second[0])
    assert not continues_quote(text, second[1], third[0])


def test_trim_strips_punctuation_and_with_mark_edge_the_quotation_marks():
    text = ' , "Hello there." '
    assert text[slice(*trim(text, 0, len(text)))] == '"Hello there."'
    assert text[slice(*trim(text, 0, len(text), MARK_EDGE))] == "Hello there"


def test_a_curly_quote_closed_by_two_apostrophes_ends_there():
    text = "\u201cIt was an attempt to mislead,\u2019\u2019 the director told reporters. \u201cWe object.\u201d"
    assert [text[s:e] for s, e in quoted_spans(text)] == ["It was an attempt to mislead,", "We object."]


def test_single_marks_quote_when_closed_and_are_apostrophes_otherwise():
    text = "\u2018We will not move,\u2019 the farmers\u2019 leader said of the Jairan 's crew and rock 'n' roll."
    assert [text[s:e] for s, e in quoted_spans(text)] == ["We will not move,"]
    assert quoted_spans("The players\u2019 union met. Talks resume today.") == []


def test_an_unclosed_quote_never_pairs_with_a_mark_in_a_later_paragraph():
    text = 'He said: "We will stay\n\nThe port reopened. "Trade is back," the mayor said.'
    assert [text[s:e] for s, e in quoted_spans(text)] == ["We will stay", "Trade is back,"]


def test_an_unclosed_curly_quote_ends_where_a_fresh_one_opens():
    text = "\u201cWe are ready, he said. \u201cWe leave at dawn.\u201d"
    assert [text[s:e] for s, e in quoted_spans(text)] == ["We are ready, he said. ", "We leave at dawn."]


def test_an_unclosed_quote_in_text_without_paragraph_breaks_stops_after_three_sentences():
    text = 'Aid arrived. "The roads are open. Trucks move again. Fuel is short. Prices fell. Shops opened.'
    (span,) = quoted_spans(text)
    assert text[slice(*span)] == "The roads are open. Trucks move again. Fuel is short."


def test_guillemets_and_low_nine_marks_are_read():
    text = "Il a dit \u00abnous restons\u00bb et \u201enie wieder\u201c."
    assert [text[s:e] for s, e in quoted_spans(text)] == ["nous restons", "nie wieder"]


def test_a_straight_mark_opening_a_word_opens_the_next_quote_after_an_unclosed_one():
    text = 'The council "was held together by a broad coalition, Rossi said. "Both sides have now walked away." Talks resumed.'
    assert [text[s:e] for s, e in quoted_spans(text)] == [
        "was held together by a broad coalition, Rossi said. ",
        "Both sides have now walked away.",
    ]


def test_a_closing_mark_typed_to_open_a_paragraph_opens_a_quote():
    text = "\u201dWe will stay,\u201d she said.\nShe left \u201cat dawn,\u201d he said."
    assert [text[s:e] for s, e in quoted_spans(text)] == ["We will stay,", "at dawn,"]


def test_a_quotation_in_title_case_is_a_title_not_something_said():
    assert is_title("Notes From a Border Town at the Edge of the World")
    assert is_title("Operation Iron Harvest")
    assert not is_title("We will rebuild every home in the valley")
    assert not is_title("Yes")  # one word: left to the rules on short quotes
    assert not is_title("NO COLLUSION, NO DEAL")  # all capitals: shouted words may be a statement
