"""The README's examples are true: its report excerpt is what `analyze` prints, and its knowledge-base
commands find something in the example article."""

import io
import json
import re
import shlex
from pathlib import Path

from rich.console import Console

from newsgraph.cli import main
from newsgraph.ingest import read_text_file
from newsgraph.report import render_analysis

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
EXAMPLE = REPO / "examples" / "ceasefire-talks.txt"


def _block_after(heading: str) -> str:
    section = README[README.index(heading):]
    return re.search(r"```\w*\n(.*?)```", section, re.S).group(1)


def test_the_report_excerpt_is_what_analyze_prints_100_columns_wide(analyze):
    article = read_text_file(EXAMPLE)
    out = io.StringIO()
    Console(file=out, width=100, highlight=False).print(render_analysis(analyze(article), source=article.source))
    printed = "\n".join(line.rstrip() for line in out.getvalue().splitlines())
    excerpt = _block_after("## What the report looks like").rstrip("\n")
    assert excerpt in printed


def test_the_knowledge_base_examples_find_something(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    db = str(tmp_path / "news.db")
    commands = [line.split("#")[0].split(">")[0] for line in _block_after("## A knowledge base").splitlines()]
    for command in commands:
        argv = [db if word == "news.db" else word for word in shlex.split(command)[1:]]
        if argv[0] == "ingest":
            assert main([*argv, "--workers", "1", "--quiet"]) == 0
            continue
        if argv[0] != "export":
            argv += ["--format", "json"]
        assert main(argv) == 0, command
        out = capsys.readouterr().out
        found = json.loads(out) if argv[0] != "export" else out.splitlines()
        assert found, f"`{command.strip()}` finds nothing"
