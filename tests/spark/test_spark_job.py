"""`spark analyze` for real in local[2]: every input format, bad records, identity, reruns, and `load`."""

from __future__ import annotations

import json

import pyarrow.dataset as ds
import pytest
from spark_facts import count, entity_names, facts_by_article

from newsgraph.cli import main
from newsgraph.errors import NewsgraphError
from newsgraph.ingest.job import ingest
from newsgraph.spark.load import load
from newsgraph.store import Store

TABLES = ["articles", "entities", "aliases", "mentions", "quotes", "events", "places", "place_mentions", "failures"]


def _rows(folder, table):
    return ds.dataset(str(folder / table), format="parquet").to_table().to_pylist()


@pytest.fixture(scope="module")
def run(spark, corpus, tmp_path_factory):
    """One run over the folder `ingest` reads and the Parquet folder, with 3 partitions for 2 cores."""
    from newsgraph.spark.job import analyze

    output = tmp_path_factory.mktemp("runs") / "out"
    summary = analyze(spark, [str(corpus / "news"), str(corpus / "tables")], str(output), partitions=3)
    return summary, output


def test_every_input_format_becomes_articles_and_bad_records_are_counted_not_fatal(run):
    summary, output = run
    articles = {row["key"]: row for row in _rows(output, "articles")}
    assert set(articles) == {
        "https://wire.example.net/port-strike", "https://wire.example.net/border-talks",
        "https://wire.example.net/flood-aid", "https://wire.example.net/berlin-rail",
        "https://wire.example.net/munich-rail", "https://wire.example.net/lagos-fuel",
    } | {key for key in articles if key.startswith("sha1:")}
    assert sum(key.startswith("sha1:") for key in articles) == 1  # the text file has no URL
    assert summary.added == 7 and summary.duplicates == 1
    assert summary.skipped == {"request record": 1}
    assert summary.failed == {"unreadable": 2, "empty": 2, "not English": 1}
    reasons = sorted((row["source"].rsplit("/", 1)[-1], row["error"]) for row in _rows(output, "failures"))
    assert reasons == [("empty.txt", "input"), ("german.txt", "input"), ("news.parquet[2]", "input"),
                       ("stories.jsonl:4", "input"), ("stories.jsonl:5", "input")]
    assert summary.warnings_total == 1 and "not a date" in summary.warnings[0][1]
    assert articles["https://wire.example.net/border-talks"]["published"].startswith("2025-03-03")
    assert articles["https://wire.example.net/flood-aid"]["published"] is None


def test_the_tables_have_the_knowledge_base_columns_and_resolve_every_reference(run):
    summary, output = run
    from newsgraph.spark.schema import TABLES as COLUMNS

    for table in TABLES:
        assert ds.dataset(str(output / table), format="parquet").schema.names == COLUMNS[table]
    entities = {row["id"]: row for row in _rows(output, "entities")}
    assert sorted(entities) == list(range(1, len(entities) + 1))
    assert len({row["key"] for row in entities.values()}) == len(entities)
    article_ids = {row["id"] for row in _rows(output, "articles")}
    for mention in _rows(output, "mentions"):
        assert mention["entity_id"] in entities and mention["article_id"] in article_ids
    texts = {row["id"]: row["text"] for row in _rows(output, "articles")}
    for quote in _rows(output, "quotes"):
        assert texts[quote["article_id"]][quote["start"]:quote["end"]] == quote["text"]
        assert quote["speaker_id"] is None or quote["speaker_id"] in entities
    places = {row["id"] for row in _rows(output, "places")}
    assert all(row["place_id"] in places for row in _rows(output, "place_mentions"))
    assert {row["alias"] for row in _rows(output, "aliases")} >= {"Pablo Rojas"}
    assert json.loads((output / "_newsgraph.json").read_text())["articles"] == summary.added


def test_each_python_worker_loads_the_model_once_not_once_per_partition(run):
    summary, _ = run
    assert summary.partitions == 3
    assert 1 <= summary.pipelines_loaded <= 2  # local[2]: at most two Python workers


def test_load_holds_the_same_facts_per_article_as_ingest(run, corpus, tmp_path):
    _, output = run
    with Store(tmp_path / "ingested.db") as store:
        ingested = ingest([corpus / "news"], store, workers=1)
    assert main(["load", str(output), "--db", str(tmp_path / "loaded.db"), "--quiet"]) == 0
    spark_facts = facts_by_article(tmp_path / "loaded.db")
    lagos = spark_facts.pop("https://wire.example.net/lagos-fuel")  # Parquet: `ingest` does not read it
    assert lagos["mentions"]
    assert spark_facts == facts_by_article(tmp_path / "ingested.db")
    assert ingested.added == len(spark_facts) == 6
    elsewhere = {row[-1] for facts in spark_facts.values() for row in facts.get("mentions", [])}
    lagos_only = {row[-1] for row in lagos["mentions"]} - elsewhere
    loaded = entity_names(tmp_path / "loaded.db")
    assert {key: row for key, row in loaded.items() if key not in lagos_only} == entity_names(tmp_path / "ingested.db")


def test_load_after_a_partial_load_stores_only_what_is_missing(run, tmp_path):
    _, output = run
    with Store(tmp_path / "kb.db") as store:
        def stop_after_first_batch(done, total):
            if done:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            load(output, store, batch=3, progress=stop_after_first_batch)
        assert count(tmp_path / "kb.db", "articles") == 3
        summary = load(output, store, batch=3)
    assert (summary.added, summary.duplicates) == (4, 3)
    with Store(tmp_path / "whole.db") as store:
        load(output, store)
    assert facts_by_article(tmp_path / "kb.db") == facts_by_article(tmp_path / "whole.db")
    assert entity_names(tmp_path / "kb.db") == entity_names(tmp_path / "whole.db")


def test_a_missing_input_is_a_failure_and_a_rerun_is_refused_unless_overwrite(spark, corpus, tmp_path):
    from newsgraph.spark.job import analyze

    output = tmp_path / "out"
    first = analyze(spark, [str(tmp_path / "nowhere")], str(output))
    assert first.added == 0 and first.failed == {"unreadable": 1}
    assert [row["reason"] for row in _rows(output, "failures")] == ["no such file or folder"]
    with pytest.raises(NewsgraphError, match="--overwrite"):
        analyze(spark, [str(corpus / "tables")], str(output))
    second = analyze(spark, [str(corpus / "tables")], str(output), overwrite=True)
    assert second.added == 1
    assert [row["key"] for row in _rows(output, "articles")] == ["https://wire.example.net/lagos-fuel"]
    assert _rows(output, "failures")[0]["source"].endswith("news.parquet[2]")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary folder left behind


def test_load_refuses_a_folder_that_is_not_a_finished_run(tmp_path, capsys):
    (tmp_path / "out" / "articles").mkdir(parents=True)
    assert main(["load", str(tmp_path / "out"), "--db", str(tmp_path / "kb.db")]) == 2
    assert "not a finished `newsgraph spark analyze` output" in capsys.readouterr().err
