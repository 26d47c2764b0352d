"""The knowledge-base commands end to end: ingest, search, quotes, events, entity, export."""

import csv
import io
import json

import pytest

from newsgraph.cli import main

STORIES = {
    "port.txt": (
        "Dockworkers in Valparaiso blockaded the port on Monday, the harbour authority said. "
        '"We will stay until the government listens," union leader Pablo Rojas told reporters.\n'
    ),
    "talks.txt": (
        "Chilean officials met union leaders in Santiago on Wednesday to discuss the strike. "
        "Labour Minister Ana Soto said the talks had been constructive. "
        'Pablo Rojas said the union wanted "a written promise, not words."\n'
    ),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("news")
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = folder / "kb.db"
    assert main(["ingest", str(folder), "--db", str(path), "--workers", "1", "--quiet"]) == 0
    return str(path)


def _json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_ingest_prints_a_closing_summary_and_reruns_add_nothing(db, capsys):
    folder = db.rsplit("/", 1)[0]
    assert main(["ingest", folder, "--db", db, "--quiet"]) == 0
    assert "0 added; 2 already stored" in " ".join(capsys.readouterr().err.split())


def test_search_finds_articles_and_json_is_a_list(db, capsys):
    rows = _json(capsys, ["search", "blockaded", "--db", db, "--format", "json"])
    assert len(rows) == 1 and "«blockaded»" in rows[0]["snippet"]


def test_quotes_by_speaker_across_articles(db, capsys):
    rows = _json(capsys, ["quotes", "--speaker", "Pablo Rojas", "--db", db, "--format", "json"])
    assert len(rows) == 2
    assert all(r["speaker"] == "Pablo Rojas" for r in rows)


def test_entity_profile_lists_quotes_and_company(db, capsys):
    profile = _json(capsys, ["entity", "Rojas", "--db", db, "--format", "json"])
    assert profile["name"] == "Pablo Rojas" and profile["articles"] == 2
    assert len(profile["quotes"]) == 2
    assert main(["entity", "Nobody Here", "--db", db]) == 1


def test_tables_render_for_people(db, capsys):
    assert main(["quotes", "--speaker", "Rojas", "--db", db]) == 0
    assert "Pablo Rojas" in capsys.readouterr().out
    assert main(["events", "--db", db]) == 0
    assert main(["entity", "Pablo Rojas", "--db", db]) == 0
    assert "Often mentioned with" in capsys.readouterr().out


def test_malformed_query_and_bad_dates_get_one_clear_line(db, capsys):
    assert main(["search", '"unclosed', "--db", db]) == 2
    assert main(["events", "--since", "yesterday", "--db", db]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "exact phrase" in err[0] and "YYYY-MM-DD" in err[1]


def test_export_jsonl_rebuilds_contract_objects(db, capsys):
    assert main(["export", "--format", "jsonl", "--db", db]) == 0
    objects = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(objects) == 2 and all(o["schema"] == "newsgraph/1" for o in objects)
    assert sorted(o["text"] for o in objects) == sorted(STORIES.values())


def test_export_csv_and_parquet_tables(db, capsys, tmp_path):
    assert main(["export", "--format", "csv", "--table", "quotes", "--db", db]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {"speaker", "quote", "article"} <= rows[0].keys()
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "entities.parquet"
    assert main(["export", "--format", "parquet", "--table", "entities", "--db", db, "--output", str(target)]) == 0
    assert "name" in pq.read_table(target).column_names
    assert main(["export", "--format", "parquet", "--db", db]) == 2


def test_events_show_status_attribution_and_confidence_and_filter_by_them(db, capsys):
    rows = _json(capsys, ["events", "--db", db, "--format", "json"])
    assert rows and all({"status", "attributed_to", "confidence"} <= row.keys() for row in rows)
    status, least = rows[0]["status"], max(row["confidence"] for row in rows)
    by_status = _json(capsys, ["events", "--status", status, "--db", db, "--format", "json"])
    assert [r["id"] for r in by_status] == [r["id"] for r in rows if r["status"] == status]
    confident = _json(capsys, ["events", "--min-confidence", str(least), "--db", db, "--format", "json"])
    assert [r["id"] for r in confident] == [r["id"] for r in rows if r["confidence"] >= least]
    assert main(["events", "--db", db]) == 0
    header = capsys.readouterr().out
    assert "status" in header and "confidence" in header


def test_commands_on_a_missing_base_say_how_to_create_it(tmp_path, capsys):
    assert main(["quotes", "--db", str(tmp_path / "none.db")]) == 2
    assert "newsgraph ingest" in capsys.readouterr().err


def test_events_as_json_and_gdelt_export_to_a_file(db, capsys, tmp_path):
    rows = _json(capsys, ["events", "--db", db, "--format", "json"])
    assert rows and {"type", "source", "action", "target"} <= rows[0].keys()
    target = tmp_path / "events.tsv"
    assert main(["export", "--format", "gdelt", "--db", db, "--output", str(target)]) == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines and all(line.count("\t") == 60 for line in lines)


def test_the_closing_summary_is_one_line_in_a_log(tmp_path, capsys):
    folder = tmp_path / ("a-folder-with-a-long-name-" * 4)
    folder.mkdir()
    db = str(folder / "kb.db")
    assert main(["ingest", str(folder), "--db", db, "--quiet"]) == 0
    (line,) = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert line.startswith("0 added; 0 already stored in ") and line.endswith(f"-> {db}")


def test_tables_to_a_pipe_have_a_fixed_width_not_rich_80(db, capsys):
    from newsgraph.cli import PIPE_WIDTH

    for argv in (["events"], ["quotes"], ["search", "union"], ["entity", "Pablo Rojas"]):
        assert main([*argv, "--db", db]) == 0
        lines = capsys.readouterr().out.splitlines()
        borders = [line for line in lines if line.startswith(("┏", "┌", "└", "┗"))]
        assert borders and all(len(line) == PIPE_WIDTH for line in borders), argv


def test_empty_and_wildcard_names_are_refused_or_taken_literally(db, capsys):
    assert main(["entity", "", "--db", db]) == 2
    assert main(["quotes", "--speaker", "%", "--db", db]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "empty" in err[0] and "too short" in err[1]
    assert _json(capsys, ["quotes", "--speaker", "%%", "--db", db, "--format", "json"]) == []


def test_typed_words_with_punctuation_search_as_terms(db, capsys):
    assert main(["search", "U.S.", "--db", db]) == 0
    assert main(["search", "al-Sharaa", "--db", db]) == 0
    assert "no such column" not in capsys.readouterr().err
    rows = _json(capsys, ["search", "harbour-authority", "--db", db, "--format", "json"])
    assert len(rows) == 1 and "«harbour authority»" in rows[0]["snippet"]
