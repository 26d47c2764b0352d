"""Inputs and outputs through Spark's own file APIs, so any path Spark reads works (file:, hdfs://, s3a://).

Files are listed on the driver with Hadoop's FileSystem (folders recursively, in name order,
hidden `.` and `_` files passed over), read as whole files with `binaryFiles` and turned into
articles by the library's readers (`newsgraph.ingest.read_bytes`), exactly as `ingest` reads a
file of that name. Parquet files (`*.parquet`) are read with `spark.read.parquet`, one article
per row, through the JSON record reader (`text`/`body`/`content`, `title`, `url`, `published`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from ..errors import InputError
from ..ingest import Notice, Skipped, dated, read_bytes
from ..ingest.checks import check_article, looks_english
from ..ingest.job import failure_reason  # the failure class `ingest` counts in its summary
from ..ingest.jsonl import article_from_record
from ..records import Article
from ..store import article_key
from .schema import INPUT

__all__ = ["Listing", "list_inputs", "read_inputs", "shown", "Output", "manifest"]

_FILE, _ROW = "_newsgraph_file", "_newsgraph_row"  # where a Parquet row was read from


@dataclass(frozen=True)
class Listing:
    """The files under the inputs in reading order, and the inputs that do not exist."""

    files: list[str]
    missing: list[str]

    @property
    def parquet(self) -> list[str]:
        return [f for f in self.files if f.lower().endswith(".parquet")]

    @property
    def others(self) -> list[str]:
        return [f for f in self.files if not f.lower().endswith(".parquet")]


def _hadoop(spark: SparkSession, path: str):
    jvm = spark.sparkContext._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    return hadoop_path, hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())


def _visible(name: str) -> bool:
    return not name.startswith((".", "_"))  # Hadoop's hidden files: .crc, _SUCCESS, _temporary


def list_inputs(spark: SparkSession, inputs: list[str]) -> Listing:
    """Every file under `inputs` (globs allowed), each input's files in name order."""
    files: list[str] = []
    missing: list[str] = []
    for given in inputs:
        path, fs = _hadoop(spark, given)
        statuses = fs.globStatus(path)
        if not statuses:
            missing.append(given)
            continue
        found = []
        for status in statuses:
            if status.isDirectory():
                iterator = fs.listFiles(status.getPath(), True)
                while iterator.hasNext():
                    found.append(iterator.next().getPath())
            else:
                found.append(status.getPath())
        # Name order by path components, as `ingest` sorts a folder's files.
        names = sorted((str(p.toString()) for p in found if _visible(p.getName())), key=lambda s: s.split("/"))
        files += [name for name in names if name not in files]
    return Listing(files, missing)


def shown(uri: str) -> str:
    """A local file's URI as the path `ingest` would show; other URIs as they are."""
    return uri.removeprefix("file://") if uri.startswith("file:///") else uri.removeprefix("file:")


def read_inputs(spark: SparkSession, listing: Listing, *, max_chars: int, allow_non_english: bool,
                partitions: int) -> DataFrame:
    """One row (schema `INPUT`) per article, failure, skipped record or notice in the inputs."""
    sc = spark.sparkContext
    order = sc.broadcast({uri: n for n, uri in enumerate(listing.files)})
    parts = []
    if listing.missing:
        missing = [_row("failure", -1, n, InputError(path, "no such file or folder")) for n, path in enumerate(listing.missing)]
        parts.append(sc.parallelize(missing, 1))
    if listing.others:
        files = sc.binaryFiles(",".join(listing.others), minPartitions=partitions)
        parts.append(files.flatMap(lambda item: _read_file(order.value.get(item[0], -1), item[0], item[1],
                                                          max_chars, allow_non_english)))
    if listing.parquet:
        table = spark.read.parquet(*listing.parquet).select(
            "*", F.col("_metadata.file_path").alias(_FILE), F.col("_metadata.row_index").alias(_ROW))
        parts.append(table.rdd.map(lambda row: row.asDict(recursive=True)).flatMap(
            lambda record: _read_record(order.value, record, max_chars, allow_non_english)))
    rdd = sc.union(parts) if parts else sc.emptyRDD()
    return spark.createDataFrame(rdd, INPUT)


def _read_file(file_index: int, uri: str, data: bytes, max_chars: int, allow_non_english: bool) -> Iterator[tuple]:
    items = read_bytes(bytes(data), shown(uri))
    yield from _classified(file_index, items, max_chars, allow_non_english)


def _read_record(order: dict[str, int], record: dict, max_chars: int, allow_non_english: bool) -> Iterator[tuple]:
    uri, row = record.pop(_FILE), record.pop(_ROW)
    source = f"{shown(uri)}[{row + 1}]"
    fields = {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in record.items()}
    try:
        item: Article | InputError = article_from_record(fields, source)
    except InputError as exc:
        item = exc
    for row_item in _classified(order.get(uri, -1), dated([item]), max_chars, allow_non_english):
        yield (*row_item[:2], row, *row_item[3:])


def _classified(file_index: int, items, max_chars: int, allow_non_english: bool) -> Iterator[tuple]:
    """The read items as rows: articles checked (size, language) and keyed as `ingest` does."""
    ordinal = 0
    for item in items:
        if isinstance(item, Article):
            problem = check_article(item, max_chars=max_chars, allow_non_english=allow_non_english)
            if problem is not None:
                item = problem
            elif allow_non_english and not looks_english(item.text):
                yield _row("notice", file_index, ordinal, Notice(item.source or "<article>",
                           "analysed although it does not look like English"))
        yield _row(_kind(item), file_index, ordinal, item)
        ordinal += 1


def _kind(item: Article | InputError) -> str:
    if isinstance(item, Article):
        return "article"
    return "notice" if isinstance(item, Notice) else "skipped" if isinstance(item, Skipped) else "failure"


def _row(kind: str, file_index: int, ordinal: int, item: Article | InputError) -> tuple:
    if isinstance(item, Article):
        return (kind, file_index, ordinal, item.source, None, None, article_key(item), item.url, item.title,
                item.author, item.published, item.text)
    failure_class = failure_reason(item) if kind == "failure" else None
    reason = item.reason.split(",")[0] if kind == "skipped" else item.reason
    return (kind, file_index, ordinal, item.source, reason, failure_class, None, None, None, None, None, None)


class Output:
    """The run's output folder, written atomically: tables go to a hidden sibling that is renamed at the end."""

    def __init__(self, spark: SparkSession, path: str, *, run_id: str) -> None:
        self.final, self.fs = _hadoop(spark, path)
        parent, name = self.final.getParent(), self.final.getName()
        jvm = spark.sparkContext._jvm
        self.temp = jvm.org.apache.hadoop.fs.Path(parent, f".{name}.{run_id}.tmp")
        self.old = jvm.org.apache.hadoop.fs.Path(parent, f".{name}.{run_id}.old")

    def exists(self) -> bool:
        return bool(self.fs.exists(self.final))

    def table(self, name: str) -> str:
        return str(self.temp.toString()) + "/" + name

    def write_text(self, name: str, text: str) -> None:
        stream = self.fs.create(self.temp.suffix("/" + name), True)
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()

    def remove(self, name: str) -> None:
        self.fs.delete(self.temp.suffix("/" + name), True)

    def commit(self) -> None:
        """Put the finished run in place; a replaced run is removed only once the new one is there."""
        replacing = self.exists()
        if replacing:
            self.fs.rename(self.final, self.old)
        if not self.fs.rename(self.temp, self.final):
            if replacing:
                self.fs.rename(self.old, self.final)
            raise OSError(f"could not rename {self.temp} to {self.final}")
        if replacing:
            self.fs.delete(self.old, True)

    def discard(self) -> None:
        self.fs.delete(self.temp, True)


def manifest(**fields) -> str:
    return json.dumps(fields, indent=1, sort_keys=True) + "\n"
