"""`export.write`: every format from one entry point, from a knowledge base or from analyses."""

import csv
import io
import json

import pytest

from newsgraph import NewsgraphError, QueryError, export
from newsgraph.records import Actor, Analysis, Entity, Event, Span
from newsgraph.store import Store

TEXT = "Farmers blockaded the ring road outside Lyon on Monday."


def _analysis(published: str) -> Analysis:
    farmers = Span(0, 7, "Farmers")
    return Analysis(
        text=TEXT,
        url=f"https://example.org/{published}",
        published=published,
        entities=(Entity("E1", "Farmers", "NORP", (farmers,), key="NORP:farmers"),),
        events=(Event("V1", "PROTEST", Span(8, 17, "blockaded"), Span(0, len(TEXT), TEXT), cameo="143",
                      source=Actor(0, 7, "Farmers", "E1", "FRAAGR"), date=published),),
    )


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "kb.db") as store:
        for day in ("2025-03-03", "2025-03-10"):
            store.add_analysis(_analysis(day), key=day)
        yield store


def test_jsonl_writes_one_contract_object_per_stored_article_and_honours_dates(store):
    out = io.StringIO()
    assert export.write(store, "jsonl", out, since="2025-03-05") == 1
    (obj,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert obj["schema"] == "newsgraph/1" and obj["published"] == "2025-03-10"


def test_analyses_just_made_export_without_a_store():
    out = io.StringIO()
    assert export.write([_analysis("2025-03-03")], "gdelt", out) == 1
    assert out.getvalue().split("\t")[26] == "143"  # EventCode


def test_csv_writes_a_table_with_its_header(store):
    out = io.StringIO()
    assert export.write(store, "csv", out, table="events") == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["source"] for r in rows] == ["Farmers", "Farmers"]


def test_a_path_target_is_written_as_utf8_text(store, tmp_path):
    target = tmp_path / "events.tsv"
    assert export.write(store, "gdelt", target) == 2
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2


def test_parquet_writes_a_file_and_refuses_a_text_stream(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    with pytest.raises(NewsgraphError, match="binary format"):
        export.write(store, "parquet", io.StringIO(), table="articles")
    assert export.write(store, "parquet", tmp_path / "articles.parquet", table="articles") == 2
    assert pq.read_table(tmp_path / "articles.parquet").num_rows == 2


@pytest.mark.parametrize(
    ("format", "options", "message"),
    [("xml", {}, "unknown export format"), ("csv", {}, "needs a knowledge base"),
     ("jsonl", {"since": "2025-03-01"}, "needs a knowledge base")],
)
def test_what_cannot_be_exported_is_refused_with_advice(format, options, message):
    with pytest.raises(QueryError, match=message):
        export.write([_analysis("2025-03-03")], format, io.StringIO(), **options)


def test_the_store_the_exports_and_the_cli_import_no_spacy():
    import subprocess
    import sys

    code = "import sys, newsgraph.store, newsgraph.export, newsgraph.cli; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
