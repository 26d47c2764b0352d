import sqlite3

import pytest

from newsgraph import StoreError
from newsgraph.records import Article
from newsgraph.store import Store, article_key
from newsgraph.store.schema import MIGRATIONS


def test_new_database_has_every_migration_applied_once(fresh_db, tmp_path):
    names = [r[0] for r in fresh_db.db.execute("SELECT name FROM migrations")]
    assert names == [name for name, _ in MIGRATIONS]
    assert Store(tmp_path / "kb.db").migrate() == []


def test_database_uses_write_ahead_logging(fresh_db):
    assert fresh_db.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_readable_views_exist_for_sqlite_browsers(fresh_db):
    assert {"quotes_by_speaker", "events_readable"} <= fresh_db.tables()


def test_an_analysis_is_stored_with_all_its_facts(fresh_db, story):
    with fresh_db.atomic():
        article_id = fresh_db.add_analysis(story, key="k1", source="dakar.txt")
    count = lambda table: fresh_db.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
    assert article_id is not None
    assert (count("articles"), count("entities"), count("mentions"), count("quotes"), count("events"), count("places")) == (1, 2, 2, 1, 1, 1)
    row = fresh_db.db.execute("SELECT speaker, quote FROM quotes_by_speaker").fetchone()
    assert tuple(row) == ("Amina Diallo", "The port will reopen on Friday")
    event = fresh_db.db.execute("SELECT type, source, place FROM events_readable").fetchone()
    assert tuple(event) == ("PROTEST", "Dockworkers Union", "Dakar")


def test_storing_the_same_key_twice_adds_nothing(fresh_db, story):
    with fresh_db.atomic():
        assert fresh_db.add_analysis(story, key="k1") is not None
        assert fresh_db.add_analysis(story, key="k1") is None
    assert fresh_db.db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 1


def test_one_entity_across_articles_is_one_row(fresh_db, make_analysis, story_text):
    with fresh_db.atomic():
        fresh_db.add_analysis(make_analysis(story_text), key="a")
        fresh_db.add_analysis(make_analysis(story_text + " More later."), key="b")
    assert fresh_db.db.execute("SELECT count(*) FROM entities WHERE name = 'Amina Diallo'").fetchone()[0] == 1
    assert fresh_db.db.execute("SELECT count(*) FROM article_entities").fetchone()[0] == 4


def test_a_failed_batch_leaves_nothing_behind(fresh_db, story):
    with pytest.raises(RuntimeError), fresh_db.atomic():
        fresh_db.add_analysis(story, key="k1")
        raise RuntimeError("worker died")
    assert fresh_db.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert fresh_db.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0


def test_article_key_is_the_url_else_a_hash_blind_to_case_and_spacing():
    assert article_key(Article("x", url=" https://example.org/a ")) == "https://example.org/a"
    assert article_key(Article("Rain  in\nLima.")) == article_key(Article("rain in lima."))
    assert article_key(Article("Rain in Lima.")) != article_key(Article("Rain in Quito."))


def test_opening_a_missing_base_read_only_says_how_to_create_one(tmp_path):
    with pytest.raises(StoreError, match="newsgraph ingest"):
        Store(tmp_path / "absent.db", readonly=True)


def test_a_file_that_is_not_sqlite_is_a_store_error(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError):
        Store(bogus)


def test_full_text_index_follows_inserts(fresh_db, story):
    with fresh_db.atomic():
        fresh_db.add_analysis(story, key="k1")
    hits = fresh_db.db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'blockaded'").fetchall()
    assert len(hits) == 1
    with pytest.raises(sqlite3.IntegrityError):
        fresh_db.db.execute("INSERT INTO mentions(article_id, entity_id, start, \"end\", text) VALUES (999, 999, 0, 1, 'x')")


def test_entities_without_a_canonical_key_are_not_merged_across_articles(fresh_db, make_analysis, story_text):
    import dataclasses

    def keyless(analysis):
        return dataclasses.replace(analysis, entities=tuple(dataclasses.replace(e, key=None) for e in analysis.entities))

    with fresh_db.atomic():
        fresh_db.add_analysis(keyless(make_analysis(story_text)), key="a")
        fresh_db.add_analysis(keyless(make_analysis(story_text + " More later.")), key="b")
    assert fresh_db.db.execute("SELECT count(*) FROM entities WHERE name = 'Amina Diallo'").fetchone()[0] == 2


def _failures(store) -> list[str]:
    return [r[0] for r in store.db.execute("SELECT source FROM ingest_failures ORDER BY id")]


def test_nested_atomic_blocks_commit_together(fresh_db):
    with fresh_db.atomic():
        fresh_db.add_failure("outer", "r", "e")
        with fresh_db.atomic():
            fresh_db.add_failure("inner", "r", "e")
    assert _failures(fresh_db) == ["outer", "inner"]
    assert not fresh_db.db.in_transaction


def test_a_failed_inner_block_is_undone_alone(fresh_db):
    with fresh_db.atomic():
        fresh_db.add_failure("before", "r", "e")
        with pytest.raises(RuntimeError), fresh_db.atomic():
            fresh_db.add_failure("inner", "r", "e")
            with fresh_db.atomic():
                fresh_db.add_failure("innermost", "r", "e")
            raise RuntimeError("one article failed")
        fresh_db.add_failure("after", "r", "e")
    assert _failures(fresh_db) == ["before", "after"]


def test_a_failed_outer_block_undoes_its_committed_inner_blocks(fresh_db):
    with pytest.raises(RuntimeError), fresh_db.atomic():
        with fresh_db.atomic():
            fresh_db.add_failure("inner", "r", "e")
        raise RuntimeError("batch failed")
    assert _failures(fresh_db) == []
    with fresh_db.atomic():  # and the store is usable afterwards
        fresh_db.add_failure("next", "r", "e")
    assert _failures(fresh_db) == ["next"]
