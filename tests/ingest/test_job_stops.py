"""An ingest stops cleanly: workers die with their parent, and an interrupt stops the run at once."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsgraph.ingest import job
from newsgraph.ingest.job import ingest
from newsgraph.store import Store


def _stories(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    for n in range(count):
        (folder / f"story{n:03d}.txt").write_text(
            f"Officials in the port city of Dunmore said on Monday that ferry service {n} would resume. "
            "\"We expect the first boats to sail by the weekend,\" harbour master Ana Lopes told reporters.",
            encoding="utf-8",
        )
    return folder


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie has exited but not been reaped yet
        return stat.read().split()[2] != "Z"


def test_workers_exit_when_the_parent_is_killed(tmp_path):
    folder = _stories(tmp_path / "in", 48)
    script = textwrap.dedent(f"""
        import multiprocessing, sys
        from newsgraph.ingest.job import ingest
        from newsgraph.store import Store

        def progress(done, total):
            if done:
                print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
                sys.stdin.readline()  # wait here to be killed

        with Store({str(tmp_path / "kb.db")!r}) as store:
            ingest([{str(folder)!r}], store, workers=2, progress=progress)
    """)
    parent = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def test_an_interrupt_stops_the_workers_at_once_and_keeps_what_was_stored(tmp_path, monkeypatch):
    folder = _stories(tmp_path / "in", 48)
    interrupted_at = []

    def progress(done, total):
        if done:
            interrupted_at.append(time.monotonic())
            raise KeyboardInterrupt

    with Store(tmp_path / "kb.db") as store:
        summary = ingest([folder], store, workers=2, progress=progress)
        stored = store.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    stopped = time.monotonic()
    assert summary.interrupted and summary.added == stored == job._CHUNK
    assert stopped - interrupted_at[0] < 3
    assert not [child for child in multiprocessing.active_children() if child.is_alive()]


def test_sigterm_stops_an_ingest_within_seconds_and_prints_what_was_stored(tmp_path):
    folder = _stories(tmp_path / "in", 96)
    db_path = tmp_path / "kb.db"
    command = [sys.executable, "-m", "newsgraph.cli", "ingest", str(folder), "--db", str(db_path), "--workers", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None and not _stored(db_path):
        time.sleep(0.1)
    if process.poll() is not None:
        pytest.skip("the ingest finished before it could be stopped")
    sent = time.monotonic()
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    assert time.monotonic() - sent < 3
    assert process.returncode == 130
    assert "interrupted: " in stderr and "added" in stderr


def _stored(db_path: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(db_path) as db:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0
