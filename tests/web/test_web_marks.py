from hypothesis import given
from hypothesis import strategies as st
from mark_coverage import coverage

from newsgraph.web.marks import Mark, render_marked

TEXT = '"Minister Amina Diallo will not stop us," Sarr said.'


def test_entity_inside_quote_inside_event_sentence_nests_three_marks():
    quote = TEXT.index("Minister"), TEXT.index(",\"")
    name = TEXT.index("Amina"), TEXT.index("Amina") + len("Amina Diallo")
    marks = [Mark(0, len(TEXT), "event", "V1", "m-V1"), Mark(*quote, "quote", "Q1", "m-Q1"),
             Mark(*name, "entity", "E1", "m-E1-0")]
    html = str(render_marked(TEXT, marks))
    assert html.index('data-kind="event"') < html.index('data-kind="quote"') < html.index('data-kind="entity"')
    cov = coverage(html)
    assert "".join(c for c, _ in cov.chars) == TEXT
    by_char = [kinds for _, kinds in cov.chars]
    assert by_char[name[0]] == {"event:V1", "quote:Q1", "entity:E1"}
    assert by_char[quote[0]] == {"event:V1", "quote:Q1"}
    assert by_char[-1] == {"event:V1"}
    assert all(tag["tabindex"] == "0" for tag in cov.tags)  # nothing crossed: each mark is one element


def test_crossing_spans_are_split_and_only_the_first_piece_is_a_keyboard_stop():
    text = "abcdefghijklmnop"
    html = str(render_marked(text, [Mark(0, 10, "quote", "Q1", "m-Q1"), Mark(5, 15, "event", "V1", "m-V1")]))
    cov = coverage(html)
    pieces = [t for t in cov.tags if t["data-ref"] == "V1"]
    assert len(pieces) == 2
    assert pieces[0]["id"] == "m-V1" and pieces[0]["tabindex"] == "0"
    assert "id" not in pieces[1] and "tabindex" not in pieces[1] and pieces[1]["data-continued"] == "true"
    assert [kinds for _, kinds in cov.chars][4:11] == [{"quote:Q1"}] + [{"quote:Q1", "event:V1"}] * 5 + [{"event:V1"}]


def test_boilerplate_is_greyed_and_never_marked():
    text = "Ports reopened.\nSubscribe to our newsletter\n"
    start = text.index("Subscribe")
    boilerplate = [(start, start + len("Subscribe to our newsletter"))]
    html = str(render_marked(text, [Mark(0, 5, "entity", "E1"), Mark(start, start + 9, "entity", "E2")], boilerplate))
    assert 'data-ref="E2"' not in html
    assert '<span class="boilerplate"' in html
    cov = coverage(html)
    assert all(kinds == {"boilerplate"} for _, kinds in cov.chars[start : boilerplate[0][1]])


def test_text_and_attributes_are_escaped():
    text = '<script>alert(1)</script> "x" onerror=alert(1)'
    html = str(render_marked(text, [Mark(0, 8, "entity", 'E1" onmouseover="alert(2)', css="a\"b")]))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'onmouseover="alert(2)"' not in html
    assert "".join(c for c, _ in coverage(html).chars) == text


def test_spans_outside_the_text_or_empty_are_dropped():
    html = str(render_marked("short", [Mark(2, 2, "entity", "E1"), Mark(3, 99, "quote", "Q1")]))
    assert html == "short"


spans = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 12), st.sampled_from(["entity", "quote", "event", "place"])),
    max_size=8,
)


@given(spans)
def test_every_character_carries_exactly_the_marks_that_cover_it(raw):
    text = "The minister said the port would reopen"  # 39 characters
    marks = [Mark(start, min(start + length, len(text)), kind, f"{kind}{i}") for i, (start, length, kind) in enumerate(raw)]
    cov = coverage(render_marked(text, marks))
    assert "".join(c for c, _ in cov.chars) == text
    for position, (_, kinds) in enumerate(cov.chars):
        expected = {f"{m.kind}:{m.ref}" for m in marks if m.start <= position < m.end}
        assert kinds == expected
    for m in marks:  # one keyboard stop per mark
        if m.start < m.end:
            assert sum(1 for t in cov.tags if t["data-ref"] == m.ref and t.get("tabindex") == "0") == 1
