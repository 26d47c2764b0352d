import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.cli import main

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ceasefire-talks.txt"


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_json_output_is_one_contract_object_per_file(capsys, tmp_path):
    second = tmp_path / "second.txt"
    second.write_text("Officials in Nairobi said the vote would go ahead on Friday.\n", encoding="utf-8")
    assert main(["analyze", "--format", "json", str(SAMPLE), str(second)]) == 0
    objects = [json.loads(line) for line in _lines(capsys.readouterr().out)]
    assert [o["schema"] for o in objects] == ["newsgraph/1", "newsgraph/1"]
    assert objects[0]["text"] == SAMPLE.read_text(encoding="utf-8")


def test_report_shows_the_sections_a_reader_expects(capsys):
    assert main(["analyze", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    for heading in ("People and organisations", "Quotes by speaker", "Places"):
        assert heading in out


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "is empty"), (b"\x00\x01\x02\x03", "binary"), (b"\xff\xfe\xfa broken", "not valid UTF-8")],
)
def test_bad_input_gets_one_line_on_stderr_and_a_nonzero_exit(capsys, tmp_path, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    assert main(["analyze", str(bad)]) != 0
    err = _lines(capsys.readouterr().err)
    assert len(err) == 1
    assert str(bad) in err[0] and reason in err[0]


def test_missing_file_is_reported_without_a_traceback(capsys, tmp_path):
    assert main(["analyze", str(tmp_path / "nope.txt")]) != 0
    err = capsys.readouterr().err
    assert "no such file" in err and "Traceback" not in err


def test_good_files_are_still_analysed_when_another_one_fails(capsys, tmp_path):
    assert main(["analyze", "--format", "json", str(tmp_path / "nope.txt"), str(SAMPLE)]) == 1
    assert len(_lines(capsys.readouterr().out)) == 1


def test_unknown_spacy_model_is_a_clear_error(capsys, monkeypatch):
    monkeypatch.setenv("NEWSGRAPH_SPACY_MODEL", "no_such_pipeline_installed")
    assert main(["analyze", str(SAMPLE)]) == 2
    assert "not installed" in capsys.readouterr().err


def test_stdin_is_read_with_a_dash():
    result = subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", "analyze", "--format", "json", "-"],
        input="The council in Lyon approved the budget on Monday.\n".encode(),
        capture_output=True,
        check=True,
    )
    assert json.loads(result.stdout)["text"] == "The council in Lyon approved the budget on Monday.\n"


@pytest.mark.parametrize(
    ("command", "choices"),
    [("analyze", "{report,json,gdelt}"), ("search", "{table,json}"), ("quotes", "{table,json}"),
     ("events", "{table,json}"), ("entity", "{table,json}"), ("export", "{jsonl,csv,gdelt,parquet}")],
)
def test_every_printing_command_chooses_its_output_with_format(capsys, command, choices):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert f"--format {choices}" in out and "--json" not in out


def test_gdelt_format_prints_tab_separated_event_rows(capsys):
    assert main(["analyze", "--format", "gdelt", str(SAMPLE)]) == 0
    rows = _lines(capsys.readouterr().out)
    assert rows and all(row.count("\t") == 60 for row in rows)


PAGE = """<!doctype html><html><head><title>Port reopens</title>
<style>body { font-family: Georgia; color: #333 } .nav { display: none }</style>
<script>window.analytics = {track: function () {}};</script></head>
<body><nav class="nav">Home | World | Sport</nav><article><h1>Port reopens after strike</h1>
<p>Dockworkers in Valparaiso ended their blockade of the port on Monday, the harbour authority said.</p>
<p>"We have a written promise now," union leader Pablo Rojas told reporters outside the gates.</p>
<p>The government agreed to review pay and safety rules by the end of the month, officials said.</p>
</article></body></html>"""


def test_analyze_reads_html_pages_as_ingest_does(capsys, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["analyze", "--format", "json", str(page)]) == 0
    (analysis,) = [json.loads(line) for line in _lines(capsys.readouterr().out)]
    assert "Dockworkers in Valparaiso" in analysis["text"]
    assert not any(markup in analysis["text"] for markup in ("<p>", "font-family", "analytics", "{"))


def test_analyze_reads_json_records_one_article_each(capsys, tmp_path):
    records = tmp_path / "wire.jsonl"
    records.write_text("\n".join(json.dumps({"title": t, "text": f"Officials in {t} said the vote would go ahead."})
                                 for t in ("Lima", "Quito")) + "\n", encoding="utf-8")
    assert main(["analyze", "--format", "json", str(records)]) == 0
    assert [json.loads(line)["title"] for line in _lines(capsys.readouterr().out)] == ["Lima", "Quito"]


def test_an_article_over_the_size_limit_is_reported_and_the_others_analysed(capsys, tmp_path):
    paths = []
    for name, text in (("a.txt", "Officials in Lima said the vote would go ahead."),
                       ("big.txt", "The council met again. " * 40),
                       ("b.txt", "Officials in Quito said the count would resume.")):
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    assert main(["analyze", "--format", "json", "--max-chars", "400", *map(str, paths)]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["text"][:17] for line in _lines(captured.out)] == ["Officials in Lima", "Officials in Quit"]
    (err,) = _lines(captured.err)
    assert "big.txt" in err and "over the limit of 400" in err


def test_analyze_checks_the_language_as_ingest_does_and_its_flag_lifts_the_check(capsys, tmp_path):
    french = tmp_path / "fr.txt"
    french.write_text("Les dockers du port de Valparaiso ont levé le blocus lundi, selon les autorités du port, "
                      "et le syndicat a dit que les discussions avec le gouvernement reprendraient la semaine "
                      "prochaine dans la capitale du pays.\n", encoding="utf-8")
    assert main(["analyze", "--format", "json", str(french)]) == 1
    assert "--allow-non-english" in capsys.readouterr().err
    assert main(["analyze", "--format", "json", "--allow-non-english", str(french)]) == 0
    captured = capsys.readouterr()
    assert len(_lines(captured.out)) == 1 and "does not look like English" in captured.err
