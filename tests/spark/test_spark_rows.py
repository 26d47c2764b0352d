"""The Spark job's rows of an analysed article hold what the SQLite store writes for it (no Spark needed)."""

from __future__ import annotations

import sqlite3

from newsgraph.records import Article
from newsgraph.spark.rows import article_row, fact_columns
from newsgraph.store import Store, article_key

ARTICLE = Article(
    text='Interior Minister Elena Vargas said on Monday that "the border will stay open". Vargas met Peruvian '
         "officials in Lima, and police arrested two smugglers near Tumbes. A spokesman, Ruiz, declined to comment.",
    url="https://wire.example.net/lima-border", title="Border stays open", published="2025-03-10", author="Wire staff",
)


def _store_rows(db: sqlite3.Connection, table: str, keyed: dict[str, str]) -> list[tuple]:
    """A table's rows from SQLite with each reference column replaced by the key of what it points to."""
    db.row_factory = sqlite3.Row
    rows = []
    for row in db.execute(f"SELECT * FROM {table} ORDER BY rowid"):
        values = dict(row)
        for column, target in keyed.items():
            if values.get(column) is not None:
                values[column] = db.execute(f"SELECT key FROM {target} WHERE id = ?", (values[column],)).fetchone()[0]
        rows.append(values)
    return rows


def test_the_rows_of_an_article_are_the_rows_the_store_writes_with_keys_for_ids(pipeline, tmp_path):
    analysis = pipeline.analyze(ARTICLE)
    assert analysis.entities and analysis.quotes and analysis.events and analysis.places
    key = article_key(ARTICLE)
    with Store(tmp_path / "kb.db") as store:
        article_id = store.add_analysis(analysis, key=key, source=ARTICLE.source, author=ARTICLE.author)
    row = article_row(article_id, key, ARTICLE, analysis)
    db = sqlite3.connect(tmp_path / "kb.db")
    entity_refs = {"speaker_id": "entities", "source_id": "entities", "target_id": "entities", "attributed_to": "entities"}
    expected = {
        "mentions": _store_rows(db, "mentions", {"entity_id": "entities"}),
        "place_mentions": _store_rows(db, "place_mentions", {"place_id": "places"}),
        "quotes": _store_rows(db, "quotes", entity_refs),
        "events": _store_rows(db, "events", {**entity_refs, "place_id": "places"}),
        "entities": _store_rows(db, "entities", {}),
        "places": _store_rows(db, "places", {}),
    }
    for table, stored in expected.items():
        names = [name for name, _ in fact_columns(table) if name not in ("position", "aliases")]
        produced = [{n: v for n, v in zip([c for c, _ in fact_columns(table)], values) if n in names} for values in row[table]]
        assert produced == [{n: r[n] for n in names} for r in stored], table
    article = db.execute("SELECT key, url, title, author, published, source, text FROM articles").fetchone()
    assert tuple(row[c] for c in ("key", "url", "title", "author", "published", "source", "text")) == tuple(article)
    aliases = {a for _, *values in row["entities"] for a in values[-1]}
    assert aliases == {r[0] for r in db.execute("SELECT alias FROM entity_aliases")}
