"""Spark schemas of the job's intermediate rows and of the Parquet tables it writes.

The fact tables' columns come from the store's mapping (`rows.fact_columns`), so the Parquet
output has the knowledge base's columns: a reference holds the canonical key of the record in
the analysed rows and the merged table's integer id in the output (docs/spark.md).
"""

from __future__ import annotations

from pyspark.sql import types as T

from ..store.mapping import ARTICLES
from .rows import FACT_TABLES, columns, fact_columns

__all__ = ["INPUT", "ANALYSED", "fact_struct", "TABLES"]

_TYPES = {"int": T.LongType(), "float": T.DoubleType(), "str": T.StringType(), "strings": T.ArrayType(T.StringType())}


def _field(name: str, kind: str, *, resolved: bool = False) -> T.StructField:
    if kind.startswith("ref:"):
        return T.StructField(name, T.LongType() if resolved else T.StringType())
    return T.StructField(name, _TYPES[kind])


def _struct(fields: list[tuple[str, str]]) -> T.StructType:
    return T.StructType([_field(name, kind) for name, kind in fields])


# What the read stage yields per item: an article, a failure, a skipped record or a notice.
INPUT = _struct([
    ("kind", "str"), ("file_index", "int"), ("ordinal", "int"), ("source", "str"), ("reason", "str"),
    ("failure_class", "str"), ("key", "str"), ("url", "str"), ("title", "str"), ("author", "str"),
    ("published", "str"), ("text", "str"),
])


def fact_struct(name: str) -> T.StructType:
    return _struct(fact_columns(name))


# One analysed article: its article columns, newsgraph/1 JSON (or the failure), its facts per table.
ANALYSED = T.StructType([
    T.StructField("article_id", T.LongType()),
    *(T.StructField(c, T.StringType()) for c in columns(ARTICLES, ARTICLES.links)),
    T.StructField("analysis", T.StringType()),
    T.StructField("failure", T.StringType()),
    *(T.StructField(name, T.ArrayType(fact_struct(name))) for name in FACT_TABLES),
])

# The tables written, each a folder of Parquet files, with their columns in order.
TABLES: dict[str, list[str]] = {
    "articles": ["id", "key", "url", "title", "author", "published", "source", "text", "ingested_at", "analysis"],
    "entities": ["id", "key", "name", "type", "kind", "country"],
    "aliases": ["entity_id", "alias"],
    "mentions": ["article_id", "entity_id", "start", "end", "text"],
    "places": ["id", "key", "name", "geonameid", "lat", "lon", "country", "admin1", "feature"],
    "place_mentions": ["article_id", "place_id", "start", "end", "text", "precision", "qualifier"],
    "quotes": ["id", *(c for c, _ in fact_columns("quotes") if c != "position")],
    "events": ["id", *(c for c, _ in fact_columns("events") if c != "position")],
    "failures": ["id", "source", "reason", "error", "at"],
}
