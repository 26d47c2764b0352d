"""The speaker view counts resolved speakers only and shows the unresolved ones as such."""

from __future__ import annotations

import dataclasses
import sqlite3

from newsgraph.records import Quote, Span, Speaker
from newsgraph.store import Store, quotes
from newsgraph.store.web_queries import quote_page
from newsgraph.store.schema import MIGRATIONS


def _with_unresolved_quotes(analysis):
    """The story with two more quotes: one by 'he' that resolved to nobody, one with no source at all."""
    text = analysis.text
    extra = (
        Quote("Q2", "indirect", 0, 10, text[0:10], Span(0, 4, "said"), Speaker(0, 2, "he", None), 0.7),
        Quote("Q3", "direct", 11, 20, text[11:20], None, None, 0.5),
    )
    return dataclasses.replace(analysis, quotes=analysis.quotes + extra)


def test_counting_by_speaker_lists_entities_and_unresolved_never_a_pronoun(fresh_db, story):
    with fresh_db.atomic():
        fresh_db.add_analysis(_with_unresolved_quotes(story), key="k1")
    counts = dict(
        fresh_db.db.execute("SELECT speaker, count(*) FROM quotes_by_speaker GROUP BY speaker").fetchall()
    )
    assert counts == {"Amina Diallo": 1, "(unresolved)": 2}
    rows = fresh_db.db.execute(
        "SELECT speaker_text, resolved FROM quotes_by_speaker ORDER BY resolved DESC, speaker_text"
    ).fetchall()
    assert [tuple(r) for r in rows] == [("Amina Diallo", 1), (None, 0), ("he", 0)]


def test_a_base_made_before_the_change_gets_the_new_view_on_opening(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT '')")
    for name, sql in MIGRATIONS[:2]:
        db.executescript(sql)
        db.execute("INSERT INTO migrations(name) VALUES (?)", (name,))
    db.commit()
    db.close()
    with Store(path) as store:
        columns = [row[1] for row in store.db.execute("PRAGMA table_info(quotes_by_speaker)")]
        assert "0004_quotes_by_resolved_speaker" in {r[0] for r in store.db.execute("SELECT name FROM migrations")}
    assert {"speaker", "resolved", "speaker_text"} <= set(columns)


def test_the_quotes_query_and_page_show_an_unlinked_pronoun_as_unresolved(fresh_db, story):
    with fresh_db.atomic():
        fresh_db.add_analysis(_with_unresolved_quotes(story), key="k1")
    for rows in (quotes(fresh_db), quote_page(fresh_db)["results"]):
        shown = sorted((r["speaker"], r["speaker_text"] or "") for r in rows)
        assert shown == [("(unresolved)", ""), ("(unresolved)", "he"), ("Amina Diallo", "Amina Diallo")]
