"""Ingest of the real corpora in ../shared: every VOA story stored, damaged archives reported."""

import pytest

from newsgraph.ingest import Skipped, read_inputs
from newsgraph.ingest.job import ingest
from newsgraph.records import Article
from newsgraph.store import Store

pytestmark = pytest.mark.eval


def test_damaged_archives_are_reported_and_reading_goes_on(shared_dir):
    items = list(read_inputs([shared_dir / "corpora" / "warc"]))
    errors = [i for i in items if not isinstance(i, (Article, Skipped))]
    sources = " ".join(e.source for e in errors)
    assert "example-bad.warc.gz.bad" in sources and "example-trunc.warc" in sources
    assert any("example.warc.gz@" in i.source for i in items), "the sound archives after the bad one are read"


def test_every_html_page_of_the_extraction_corpus_yields_an_article(shared_dir):
    items = list(read_inputs([shared_dir / "corpora" / "html-articles" / "html"]))
    assert sum(isinstance(i, Article) for i in items) == 181


def test_voa_corpus_ingests_completely_and_once(shared_dir, tmp_path):
    corpus = shared_dir / "corpora" / "voa" / "voa_stories.jsonl"
    with Store(tmp_path / "kb.db") as store:
        first = ingest([corpus], store, workers=2)
        again = ingest([corpus], store, workers=1)
        quotes = store.db.execute("SELECT count(*) FROM quotes").fetchone()[0]
    assert (first.added, sum(first.failed.values())) == (89, 0)
    assert (again.added, again.duplicates) == (0, 89)
    assert quotes > 89
