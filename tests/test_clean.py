from newsgraph.clean import find_boilerplate, mask

ARTICLE = (
    "Flooding closed the main highway into Dhaka on Sunday, officials said.\n"
    "SEE ALSO: Five things to know about the monsoon\n"
    "Rescue teams reached the northern villages by boat (AP Photo/Jane Roe).\n"
    "Follow us on social media for updates\n"
)


def test_see_also_and_follow_us_lines_are_boilerplate():
    lines = [s.text for s in find_boilerplate(ARTICLE)]
    assert "SEE ALSO: Five things to know about the monsoon" in lines
    assert "Follow us on social media for updates" in lines


def test_inline_photo_credit_is_boilerplate_but_its_sentence_is_not():
    spans = find_boilerplate(ARTICLE)
    assert any(s.text == "(AP Photo/Jane Roe)" for s in spans)
    assert not any(s.text.startswith("Rescue teams") for s in spans)


def test_spans_point_into_the_text_exactly():
    for span in find_boilerplate(ARTICLE):
        assert ARTICLE[span.start : span.end] == span.text


def test_masking_keeps_length_and_newlines_and_blanks_only_boilerplate():
    masked = mask(ARTICLE, find_boilerplate(ARTICLE))
    assert len(masked) == len(ARTICLE)
    assert masked.count("\n") == ARTICLE.count("\n")
    assert "SEE ALSO" not in masked and "Follow us" not in masked
    assert masked.startswith("Flooding closed the main highway")


def test_ordinary_news_text_has_no_boilerplate():
    assert find_boilerplate("The minister said he would read more reports before deciding.\n") == []
