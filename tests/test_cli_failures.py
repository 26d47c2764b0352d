"""Faults get one line on stderr and a non-zero exit, never a traceback (issue 13).

Tests run as root here, so permission errors are simulated by monkeypatching, not chmod.
"""

import errno
import pathlib
import sqlite3

import pytest

from newsgraph.cli import main
from newsgraph.geo import shared_gazetteer
from newsgraph.store import Store

STORY = "Officials in Lima said on Monday that the vote would go ahead on Friday as planned.\n"


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kb")
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    path = folder / "kb.db"
    assert main(["ingest", str(folder / "story.txt"), "--db", str(path), "--workers", "1", "--quiet"]) == 0
    return str(path)


def _one_line(capsys, *needles):
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1, err
    assert "Traceback" not in err[0]
    for needle in needles:
        assert needle in err[0]
    return err[0]


def test_a_full_disk_is_one_line_saying_so(kb, story, monkeypatch, capsys):
    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "add_analysis", full)
    story.write_text(STORY.replace("Lima", "Quito"), encoding="utf-8")
    assert main(["ingest", str(story), "--db", kb, "--workers", "1", "--quiet"]) == 2
    _one_line(capsys, "the disk is full", "free some space")


def test_a_read_only_database_is_one_line_saying_so(kb, story, monkeypatch, capsys):
    connect = sqlite3.connect

    def read_only(database, *args, uri=False, **kwargs):
        return connect(database if uri else f"file:{database}?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr("newsgraph.store.store.sqlite3.connect", read_only)
    story.write_text(STORY.replace("Lima", "La Paz"), encoding="utf-8")
    assert main(["ingest", str(story), "--db", kb, "--workers", "1", "--quiet"]) == 2
    _one_line(capsys, "read-only")


@pytest.fixture
def locked(tmp_path, monkeypatch):
    """A folder that refuses to be entered, as it would for a user without the permission."""
    folder = tmp_path / "locked"
    stat = pathlib.Path.stat

    def refusing(path, *args, **kwargs):
        if str(path).startswith(str(folder)):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return stat(path, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "stat", refusing)
    return folder


def test_a_path_inside_an_unreadable_folder_is_one_line(locked, tmp_path, capsys):
    assert main(["search", "Lima", "--db", str(locked / "kb.db")]) == 2
    _one_line(capsys, str(locked / "kb.db"), "Permission denied")
    assert main(["ingest", str(locked / "a.txt"), "--db", str(tmp_path / "new.db"), "--quiet"]) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert err[0] == f"newsgraph: {locked / 'a.txt'}: cannot be read: Permission denied"


def test_an_unwritable_cache_folder_is_one_line_naming_the_setting(kb, tmp_path, monkeypatch, capsys):
    def refusing(*args, dir=None, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(dir))

    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr("newsgraph.geo.gazetteer.tempfile.mkstemp", refusing)
    shared_gazetteer.cache_clear()
    try:
        assert main(["events", "--place", "Peru", "--db", kb]) == 2
    finally:
        shared_gazetteer.cache_clear()
    _one_line(capsys, str(tmp_path / "cache"), "Permission denied", "NEWSGRAPH_CACHE")


def test_a_db_that_is_not_sqlite_is_one_line(tmp_path, capsys):
    bogus = tmp_path / "notes.db"
    bogus.write_text("my notes, not a database\n" * 50, encoding="utf-8")
    for command in (["search", "Lima"], ["quotes"], ["export"]):
        assert main([*command, "--db", str(bogus)]) == 2
        _one_line(capsys, "not an SQLite database")


def test_an_overlong_speaker_and_a_huge_limit_are_handled(kb, capsys):
    assert main(["quotes", "--speaker", "x" * 50_000, "--db", kb]) == 2
    _one_line(capsys, "a name has at most 200")
    assert main(["search", "Lima", "--limit", "99999999999999999999", "--db", kb, "--format", "json"]) == 0
    assert main(["events", "--limit", "-3", "--db", kb]) == 2
    _one_line(capsys, "--limit")


def test_a_bad_setting_names_only_that_setting(story, tmp_path, capsys):
    assert main(["ingest", str(story), "--max-chars", "-5", "--db", str(tmp_path / "kb.db")]) == 2
    line = _one_line(capsys, "max_article_chars", "--max-chars", "-5")
    assert "batch_size" not in line and "summary_sentences" not in line


def test_a_date_that_does_not_exist_is_told_so(kb, capsys):
    assert main(["events", "--since", "2025-02-30", "--db", kb]) == 2
    _one_line(capsys, "2025-02-30", "does not exist")


def test_failures_are_recorded_once_across_reruns(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    db = tmp_path / "kb.db"
    for _ in range(3):
        assert main(["ingest", str(tmp_path / "empty.txt"), "--db", str(db), "--quiet"]) == 1
    with Store(db, readonly=True) as store:
        assert store.db.execute("SELECT count(*) FROM ingest_failures").fetchone()[0] == 1


def test_ingest_refuses_an_sqlite_file_that_is_not_a_newsgraph_base(story, tmp_path, capsys):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    db.close()
    assert main(["ingest", str(story), "--db", str(other), "--quiet"]) == 2
    _one_line(capsys, "not a newsgraph knowledge base", "invoices")
    with sqlite3.connect(other) as db:
        assert [r[0] for r in db.execute("SELECT name FROM sqlite_master")] == ["invoices"]
    db.close()
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    Store(empty).close()  # an empty SQLite file becomes a knowledge base
