import gzip
import json

from newsgraph import InputError
from newsgraph.ingest import Skipped, read_inputs
from newsgraph.ingest.checks import NotEnglishError, TooLargeError, check_article, looks_english
from newsgraph.records import Article


def _read(*paths):
    items = list(read_inputs(paths))
    errors = [i for i in items if isinstance(i, InputError) and not isinstance(i, Skipped)]
    return [i for i in items if isinstance(i, Article)], errors


def test_html_page_yields_main_text_and_metadata_without_navigation(tmp_path, article_html):
    (tmp_path / "page.html").write_text(article_html, encoding="utf-8")
    (article,), errors = _read(tmp_path / "page.html")
    assert errors == []
    assert article.title == "Harbour workers end strike in Valparaiso"
    assert article.author == "Lucia Ferrer"
    assert article.published.startswith("2025-02-11")
    assert article.url == "https://news.example.org/valparaiso-strike"
    assert "nine-day strike" in article.text and "Subscribe" not in article.text and "Sport" not in article.text


def test_gzipped_html_is_read_like_plain_html(tmp_path, article_html):
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(article_html.encode()))
    (article,), _ = _read(tmp_path / "page.html.gz")
    assert "Valparaiso" in article.text


def test_json_lines_records_become_articles_and_bad_lines_are_reported_with_their_number(tmp_path):
    lines = [
        json.dumps({"text": "Floods hit Porto Alegre.", "title": "Floods", "url": "u1", "published": "2024-05-03"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps({"text": "Fires spread near Valparaiso.", "author": ["A. Ruiz", "B. Soto"]}),
    ]
    (tmp_path / "stories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = _read(tmp_path / "stories.jsonl")
    assert [a.title for a in articles] == ["Floods", None]
    assert articles[0].url == "u1" and articles[0].published == "2024-05-03"
    assert articles[1].author == "A. Ruiz, B. Soto"
    assert [e.source.rsplit(":", 1)[1] for e in errors] == ["2", "3"]


def test_json_array_and_single_pretty_object_are_read(tmp_path):
    (tmp_path / "array.json").write_text(json.dumps([{"text": "One."}, {"text": "Two."}]), encoding="utf-8")
    (tmp_path / "single.json").write_text(json.dumps({"text": "Three.", "title": "T"}, indent=2), encoding="utf-8")
    articles, errors = _read(tmp_path / "array.json", tmp_path / "single.json")
    assert [a.text for a in articles] == ["One.", "Two.", "Three."] and errors == []


def test_feed_items_use_their_content_or_the_linked_page_on_disk(tmp_path, article_html):
    (tmp_path / "strike.html").write_text(article_html, encoding="utf-8")
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>
    <item><title>Strike ends</title><link>strike.html</link><pubDate>Tue, 11 Feb 2025 08:00:00 GMT</pubDate>
    <description>Short teaser.</description></item>
    <item><title>Rain returns</title><link>https://news.example.org/rain</link>
    <description>&lt;p&gt;Heavy rain returned to Santiago on Monday, flooding several roads.&lt;/p&gt;</description></item>
    </channel></rss>"""
    (tmp_path / "news.rss").write_text(feed, encoding="utf-8")
    articles, errors = _read(tmp_path / "news.rss")
    assert errors == []
    assert articles[0].title == "Strike ends" and "nine-day strike" in articles[0].text
    assert articles[0].published == "2025-02-11T08:00:00Z"
    assert articles[1].text == "Heavy rain returned to Santiago on Monday, flooding several roads."


def test_warc_html_responses_become_articles_and_other_records_are_skipped(tmp_path, warc_bytes):
    (tmp_path / "crawl.warc").write_bytes(warc_bytes)
    items = list(read_inputs([tmp_path / "crawl.warc"]))
    articles = [i for i in items if isinstance(i, Article)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(articles) == 1 and articles[0].url == "https://news.example.org/valparaiso-strike"
    assert sorted(s.reason.split()[0] for s in skipped) == ["request", "response"]


def test_truncated_warc_is_reported_and_reading_goes_on_with_other_files(tmp_path, warc_bytes, article_html):
    (tmp_path / "a-broken.warc").write_bytes(warc_bytes[: len(warc_bytes) // 3])
    (tmp_path / "b-page.html").write_text(article_html, encoding="utf-8")
    articles, errors = _read(tmp_path)
    assert errors and all("a-broken.warc" in e.source for e in errors)
    assert len(articles) == 1 and "b-page.html" in articles[0].source


def test_folders_are_read_recursively_in_name_order_and_hidden_files_are_ignored(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second story from Quito.", encoding="utf-8")
    (tmp_path / "a.md").write_text("First story from Lima.", encoding="utf-8")
    (tmp_path / ".draft.txt").write_text("Not ready.", encoding="utf-8")
    articles, _ = _read(tmp_path)
    assert [a.text for a in articles] == ["First story from Lima.", "Second story from Quito."]


def test_unknown_suffix_is_sniffed_and_missing_paths_are_errors(tmp_path, warc_bytes):
    (tmp_path / "capture.bin").write_bytes(warc_bytes)
    articles, errors = _read(tmp_path / "capture.bin", tmp_path / "absent.txt")
    assert len(articles) == 1
    assert [e.reason for e in errors] == ["no such file or folder"]


def test_warc_gzipped_as_one_member_stops_with_an_error_that_names_the_fix(tmp_path, warc_bytes):
    (tmp_path / "crawl.warc.gz").write_bytes(gzip.compress(warc_bytes))
    _, errors = _read(tmp_path / "crawl.warc.gz")
    assert len(errors) == 1 and "warcio recompress" in errors[0].reason


def test_non_english_and_oversized_articles_are_refused_with_reasons():
    spanish = "Los trabajadores del puerto volvieron al trabajo el martes después de una huelga de nueve días " * 3
    english = "The workers of the port returned to work on Tuesday after a strike that had lasted for nine days " * 3
    assert not looks_english(spanish) and looks_english(english)
    assert isinstance(check_article(Article(spanish, source="es.txt"), max_chars=10_000), NotEnglishError)
    assert check_article(Article(spanish), max_chars=10_000, allow_non_english=True) is None
    assert isinstance(check_article(Article(english), max_chars=100), TooLargeError)
