"""The closing check on real news: Spark + `load` hold the same facts per article as `ingest`.

A slice of the VOA stories in ../shared keeps it to a minute or two; bench/spark.py runs the
whole VOA and HTML corpora.
"""

from __future__ import annotations

import pytest
from spark_facts import count, entity_names, facts_by_article

from newsgraph.ingest.job import ingest
from newsgraph.spark.load import load
from newsgraph.store import Store

pytestmark = pytest.mark.eval
STORIES = 16


def test_spark_and_load_hold_the_same_facts_per_article_as_ingest_on_voa_stories(spark, shared_dir, tmp_path):
    from newsgraph.spark.job import analyze

    lines = (shared_dir / "corpora" / "voa" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
    corpus = tmp_path / "voa.jsonl"
    corpus.write_text("\n".join(lines[:STORIES]) + "\n", encoding="utf-8")
    with Store(tmp_path / "ingested.db") as store:
        ingested = ingest([corpus], store, workers=1)
    summary = analyze(spark, [str(corpus)], str(tmp_path / "out"), partitions=4)
    with Store(tmp_path / "loaded.db") as store:
        load(tmp_path / "out", store)
    assert summary.added == ingested.added == STORIES
    facts = facts_by_article(tmp_path / "loaded.db")
    assert facts == facts_by_article(tmp_path / "ingested.db")
    assert sum(len(f.get("events", [])) for f in facts.values()) > 0
    assert entity_names(tmp_path / "loaded.db") == entity_names(tmp_path / "ingested.db")
    assert count(tmp_path / "loaded.db", "entities") == count(tmp_path / "ingested.db", "entities")
