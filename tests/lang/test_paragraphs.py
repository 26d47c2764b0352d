from newsgraph.lang.paragraphs import paragraph_of

TEXT = "KABUL — Talks resumed on Monday.\nBoth sides met in Doha.\nNo deal was signed."


def test_a_paragraph_is_the_line_that_holds_the_offset():
    start, end = paragraph_of(TEXT, TEXT.index("Doha"))
    assert TEXT[start:end] == "Both sides met in Doha."


def test_the_first_and_last_paragraphs_run_to_the_text_edges():
    assert paragraph_of(TEXT, 0) == (0, TEXT.index("\n"))
    start, end = paragraph_of(TEXT, len(TEXT) - 1)
    assert TEXT[start:end] == "No deal was signed." and end == len(TEXT)
