"""`newsgraph serve`: refuses what it cannot serve with one line and exit 2; the library never imports the web."""

import ast
from pathlib import Path

import pytest

from newsgraph.cli import main

SRC = Path(__file__).resolve().parents[2] / "src" / "newsgraph"


@pytest.mark.parametrize("content, message", [
    (None, "no knowledge base at"),
    (b"this is not sqlite at all, just text" * 10, "is not an SQLite database"),
])
def test_serve_refuses_a_missing_or_foreign_file_with_one_line(tmp_path, capsys, content, message):
    path = tmp_path / "kb.db"
    if content is not None:
        path.write_bytes(content)
    assert main(["serve", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_serve_refuses_a_sqlite_file_that_is_not_a_knowledge_base(tmp_path, capsys):
    import sqlite3

    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE notes (text)").connection.close()
    assert main(["serve", "--db", str(path)]) == 2
    assert "not a newsgraph knowledge base" in capsys.readouterr().err


def test_serve_listens_on_loopback_by_default(monkeypatch, base_path):
    calls = {}
    monkeypatch.setattr("newsgraph.web.serve", lambda db, **kw: calls.update(db=db, **kw))
    assert main(["serve", "--db", str(base_path)]) == 0
    assert calls == {"db": str(base_path), "host": "127.0.0.1", "port": 8000}


def test_the_app_opens_the_base_read_only(app):
    store = app.state.stores.get()
    with pytest.raises(Exception, match="readonly"):
        store.db.execute("DELETE FROM articles")


def test_the_library_never_imports_the_web_layer():
    for path in SRC.rglob("*.py"):
        relative = path.relative_to(SRC)
        if relative.parts[0] == "web" or relative == Path("cli.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                target = "." * node.level + (node.module or "")
                assert target.split(".")[-1] != "web" and not target.startswith("newsgraph.web"), (relative, target)
                assert not (node.level and not node.module and any(a.name == "web" for a in node.names)), relative
            elif isinstance(node, ast.Import):
                assert not any(alias.name.startswith("newsgraph.web") for alias in node.names), relative
