"""Stored events read back with their status, whose claim they are and their confidence."""

from __future__ import annotations

import dataclasses
import sqlite3

from newsgraph.store import Store
from newsgraph.store.schema import MIGRATIONS


def test_the_readable_view_shows_status_speaker_and_confidence(fresh_db, story):
    (event,) = story.events
    claim = dataclasses.replace(event, status="claimed", attributed_to="E1", confidence=0.72)
    with fresh_db.atomic():
        fresh_db.add_analysis(dataclasses.replace(story, events=(claim,)), key="k1")
    row = fresh_db.db.execute("SELECT type, status, attributed_to, confidence FROM events_readable").fetchone()
    assert tuple(row) == ("PROTEST", "claimed", "Amina Diallo", 0.72)


def test_a_base_made_before_the_rename_has_its_future_events_planned_on_opening(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT '')")
    for name, sql in MIGRATIONS[:4]:
        db.executescript(sql)
        db.execute("INSERT INTO migrations(name) VALUES (?)", (name,))
    db.execute("INSERT INTO articles(id, key, text) VALUES (1, 'k1', 'Chad will send troops to Niger.')")
    for status in ("future", "asserted"):
        db.execute(
            "INSERT INTO events(article_id, type, trigger_start, trigger_end, trigger_text, sentence_start, "
            "sentence_end, status, confidence) VALUES (1, 'AGREE', 10, 14, 'send', 0, 31, ?, 0.6)",
            (status,),
        )
    db.commit()
    db.close()
    with Store(path) as store:
        statuses = sorted(r[0] for r in store.db.execute("SELECT status FROM events_readable"))
        confidences = {r[0] for r in store.db.execute("SELECT confidence FROM events_readable")}
    assert statuses == ["asserted", "planned"]
    assert confidences == {0.6}
