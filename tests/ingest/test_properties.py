"""Property-based tests: the readers, the decoder and the date parser on arbitrary input.

They never raise anything but `NewsgraphError`, and never lose a record that could be read.
`make fuzz` runs them with many more examples (HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.errors import NewsgraphError
from newsgraph.ingest import Notice, read_inputs
from newsgraph.ingest.dates import iso_published
from newsgraph.ingest.jsonl import read_json_records
from newsgraph.ingest.text import decode_text, read_text
from newsgraph.records import Article

ISO = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?")
SUFFIXES = st.sampled_from(["", ".txt", ".json", ".jsonl", ".html", ".rss", ".warc", ".gz", ".md"])


@given(st.binary(max_size=2000))
def test_decoding_any_bytes_gives_text_or_an_input_error(data):
    try:
        assert isinstance(decode_text(data, "x"), str)
    except NewsgraphError:
        pass


@given(st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=300))
def test_text_encoded_in_utf8_or_with_a_byte_order_mark_reads_back_unchanged(text):
    text = text.lstrip("\ufeff")  # a leading U+FEFF is a byte-order mark by definition
    for encoding in ("utf-8", "utf-16", "utf-32", "utf-8-sig"):
        data = text.encode(encoding)
        if encoding in ("utf-16", "utf-32") and b"\x00" not in data:
            continue  # wide text without a NUL byte is taken for broken UTF-8, by design
        try:
            article = read_text(data, "x")
        except NewsgraphError:
            assert not text.strip()
        else:
            assert article.text == text


@given(st.one_of(st.text(max_size=120), st.integers(), st.floats(allow_nan=True), st.none()))
def test_a_publication_date_is_iso_8601_or_none(value):
    result = iso_published(value)
    assert result is None or ISO.fullmatch(result)


@given(st.dates(), st.sampled_from(["%Y-%m-%d", "%B %d, %Y", "%d %B %Y", "%a, %d %b %Y 10:00:00 GMT", "%b %d, %Y"]))
def test_a_written_date_reads_as_that_day(day, pattern):
    written = day.strftime(pattern)
    if 1800 <= day.year < 2200 and not written.startswith("0"):
        assert iso_published(written)[:10] == day.isoformat()


RECORDS = st.lists(
    st.fixed_dictionaries(
        {"text": st.text(min_size=1, max_size=80).filter(str.strip)},
        optional={
            "title": st.one_of(st.text(max_size=20), st.integers(), st.none(), st.dictionaries(st.text(max_size=3), st.text(max_size=3))),
            "published": st.one_of(st.text(max_size=20), st.integers(min_value=0, max_value=4_000_000_000)),
            "author": st.one_of(st.text(max_size=10), st.lists(st.text(max_size=5), max_size=3)),
        },
    ),
    max_size=8,
)


@given(RECORDS)
def test_every_json_line_with_text_becomes_an_article_with_text_metadata(records):
    data = "\n".join(json.dumps(r) for r in records)
    articles = [a for a in read_json_records(data, "x") if isinstance(a, Article)]
    assert [a.text for a in articles] == [r["text"] for r in records]
    for record, article in zip(records, articles):
        assert all(v is None or isinstance(v, str) for v in (article.title, article.url, article.published, article.author))
        if isinstance(record.get("title"), dict):
            assert article.title is None  # never the Python repr of an object


@given(st.text(max_size=500))
def test_any_json_text_yields_only_articles_or_input_errors(data):
    for item in read_json_records(data, "x"):
        assert isinstance(item, (Article, NewsgraphError))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.binary(max_size=3000), suffix=SUFFIXES)
def test_reading_any_file_yields_only_articles_or_input_errors(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for item in read_inputs([path]):
        assert isinstance(item, (Article, NewsgraphError))
        if isinstance(item, Article):
            assert item.text.strip() and (item.published is None or ISO.fullmatch(item.published))
        if isinstance(item, Notice):
            assert item.reason
