import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from newsgraph.ingest.job import ingest
from newsgraph.store import Store

CITIES = ["Lima", "Quito", "Bogota", "Caracas", "Santiago", "Montevideo", "Asuncion", "La Paz", "Brasilia", "Havana"]


def _stories(folder, count):
    """Distinct short wire stories, one file each."""
    folder.mkdir(exist_ok=True)
    for n in range(count):
        city = CITIES[n % len(CITIES)]
        (folder / f"story-{n:03d}.txt").write_text(
            f"Officials in {city} said on Monday that {n + 3} roads had reopened after the floods. "
            f'"We expect the rest to reopen within {n + 2} days," Mayor Elena Vargas told reporters.\n',
            encoding="utf-8",
        )
    return folder


def _count(db_path, table="articles"):
    with sqlite3.connect(db_path) as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_reingesting_the_same_input_adds_nothing(tmp_path):
    folder = _stories(tmp_path / "in", 5)
    with Store(tmp_path / "kb.db") as store:
        first = ingest([folder], store)
        second = ingest([folder], store)
    assert (first.added, first.duplicates) == (5, 0)
    assert (second.added, second.duplicates) == (0, 5)
    assert _count(tmp_path / "kb.db") == 5


def test_the_same_article_twice_in_one_run_is_stored_once(tmp_path):
    folder = _stories(tmp_path / "in", 2)
    (folder / "copy.txt").write_text((folder / "story-000.txt").read_text().upper(), encoding="utf-8")
    with Store(tmp_path / "kb.db") as store:
        summary = ingest([folder], store)
    assert (summary.added, summary.duplicates) == (2, 1)


def test_bad_inputs_are_counted_by_reason_recorded_and_do_not_stop_the_run(tmp_path):
    folder = _stories(tmp_path / "in", 2)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners in Lyon protested.".encode("latin-1"))
    (folder / "records.jsonl").write_text('{"text": "Port reopens in Callao after the storm passed."}\n{oops\n', encoding="utf-8")
    with Store(tmp_path / "kb.db") as store:
        summary = ingest([folder], store)
    assert summary.added == 3
    assert summary.failed == {"empty": 1, "binary": 1, "undecodable": 1, "unreadable": 1}
    assert _count(tmp_path / "kb.db", "ingest_failures") == 4


def test_progress_is_reported_up_to_the_total(tmp_path):
    folder = _stories(tmp_path / "in", 10)
    seen = []
    with Store(tmp_path / "kb.db") as store:
        ingest([folder], store, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 10) and seen[-1] == (10, 10)


def test_two_workers_store_what_one_worker_stores(tmp_path):
    folder = _stories(tmp_path / "in", 12)
    for workers in (1, 2):
        with Store(tmp_path / f"kb{workers}.db") as store:
            assert ingest([folder], store, workers=workers).added == 12
    facts = [(_count(tmp_path / f"kb{w}.db", "quotes"), _count(tmp_path / f"kb{w}.db", "mentions")) for w in (1, 2)]
    assert facts[0] == facts[1]


def test_an_ingest_killed_midway_leaves_a_consistent_base_that_a_rerun_completes(tmp_path):
    folder = _stories(tmp_path / "in", 40)
    db_path = tmp_path / "kb.db"
    command = [sys.executable, "-m", "newsgraph.cli", "ingest", str(folder), "--db", str(db_path), "--workers", "1", "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        try:
            stored = _count(db_path)
        except sqlite3.Error:
            stored = 0
        if stored:
            break
        time.sleep(0.05)
    if process.poll() is not None:
        pytest.skip("the ingest finished before it could be killed")
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        orphans = db.execute("SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
        without_quotes = db.execute("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM quotes)").fetchone()[0]
    assert 0 < partial < 40 and orphans == 0 and without_quotes == 0
    rerun = subprocess.run(command, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert _count(db_path) == 40
    assert f"{40 - partial} added; {partial} already stored" in " ".join(rerun.stderr.split())


def test_oversized_articles_follow_the_configured_limit_and_non_english_can_be_let_through(tmp_path):
    from newsgraph import Options

    folder = _stories(tmp_path / "in", 1)
    (folder / "long.txt").write_text("The council met again. " * 200, encoding="utf-8")
    (folder / "es.txt").write_text("Los trabajadores del puerto volvieron al trabajo el martes después de la huelga. " * 4, encoding="utf-8")
    with Store(tmp_path / "kb.db") as store:
        summary = ingest([folder], store, options=Options.load(max_article_chars=1_000))
        assert summary.failed == {"too large": 1, "not English": 1}
        let_through = ingest([folder / "es.txt"], store, allow_non_english=True)
    assert let_through.added == 1 and let_through.warnings[0][0].endswith("es.txt")
