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
