"""`newsgraph spark analyze`: read, check, deduplicate, analyse and merge in Spark; write Parquet tables.

Stages (each a job group in Spark's UI): 1. list and read the inputs with the library's readers;
2. deduplicate by article key (the first in reading order wins, as in `ingest`), number the
articles and analyse them in `mapPartitions`, each Python worker loading the pipeline once;
3. merge entities and places across articles by their canonical keys (a Spark aggregation) and
write the tables; 4. move the finished run into place. Bad input and failed analyses go to the
failures table; they never fail the job.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import os
import shutil
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pyspark import StorageLevel
from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F

from .. import __version__
from ..ingest.job import IngestSummary, analyse_batch  # one bad article must not sink its batch, as in `ingest`
from ..options import Options
from ..records import Analysis, Article
from . import SparkError
from .io import Output, list_inputs, manifest, read_inputs
from .load import MANIFEST
from .rows import article_row, failed_row
from .schema import ANALYSED, TABLES

if TYPE_CHECKING:
    from ..pipeline import Pipeline

__all__ = ["SparkSummary", "analyze", "session", "MANIFEST"]

SAMPLE = 20  # failures and warnings brought back to the driver to print; the table holds them all
_BATCH = 16  # articles per `Pipeline.analyze_many` call inside a partition


@dataclass
class SparkSummary(IngestSummary):
    """What one Spark run did: `ingest`'s counts, plus the totals behind the printed samples."""

    output: str = ""
    partitions: int = 0
    pipelines_loaded: int = 0  # Python workers that loaded the model
    warnings_total: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)


def session(master: str | None = None, *, app: str = "newsgraph", progress: bool = True,
            conf: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession for `master` (local[N], yarn, k8s://..., spark://...; None: as spark-submit set it).

    Locally, Python workers run this interpreter, so they see the same newsgraph and model.
    """
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        raise SparkError("Spark needs Java 17: install it with `apt-get install -y openjdk-17-jre-headless` "
                         "(or `make spark-deps`), or set JAVA_HOME")
    builder = SparkSession.builder.appName(app).config("spark.ui.showConsoleProgress", str(progress).lower())
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    if master:
        builder = builder.master(master)
    if (master or "local").startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # PySpark reads it when the context starts
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # py4j and PySpark raise plain runtime errors when the JVM does not start
        raise SparkError(f"Spark did not start ({type(exc).__name__}: {str(exc).strip().splitlines()[0]}); "
                         "check that `java -version` prints 17 or later") from exc
    spark.sparkContext.setLogLevel("WARN")
    return spark


def analyze(
    spark: SparkSession,
    inputs: Sequence[str],
    output: str,
    *,
    options: Options | None = None,
    partitions: int | None = None,
    overwrite: bool = False,
    allow_non_english: bool = False,
) -> SparkSummary:
    """Analyse every article under `inputs` into Parquet tables under `output`; see the module docs."""
    options = options or Options.load()
    started = time.perf_counter()
    sc = spark.sparkContext
    run = uuid.uuid4().hex[:12]
    out = Output(spark, output, run_id=run)
    if out.exists() and not overwrite:
        raise SparkError(f"{output} already holds a run: pass --overwrite to replace it, or choose another --output")
    summary = SparkSummary(output=output, partitions=partitions or max(2, 2 * sc.defaultParallelism))
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    sc.setJobGroup(f"newsgraph-{run}", f"newsgraph spark analyze -> {output}")
    # Shuffles as wide as the analysis, not Spark's default 200 (most of a small run's time otherwise).
    shuffle_partitions = spark.conf.get("spark.sql.shuffle.partitions")
    spark.conf.set("spark.sql.shuffle.partitions", str(summary.partitions))
    items = None
    try:
        with _stage(sc, summary, "1/4 read", "1/4 listing and reading the inputs"):
            listing = list_inputs(spark, list(inputs))
            items = read_inputs(spark, listing, max_chars=options.max_article_chars,
                                allow_non_english=allow_non_english, partitions=summary.partitions)
            items = items.persist(StorageLevel.MEMORY_AND_DISK)
            total = _count_inputs(items, summary)
            firsts = _first_of_each_key(items.where(F.col("kind") == "article"))
            ids = _numbered(firsts.select("key", "file_index", "ordinal"), ["file_index", "ordinal"], "article_id")
            todo = firsts.join(ids.select("key", "article_id"), "key")
        with _stage(sc, summary, "2/4 analyse", f"2/4 analysing {total} articles in {summary.partitions} partitions"):
            loads = sc.accumulator(0)
            options_json = json.dumps(options.as_dict())
            columns = ["article_id", "key", "url", "title", "author", "published", "source", "text"]
            analysed = todo.select(*columns).rdd.repartition(summary.partitions).mapPartitions(
                lambda rows: _analyse_partition(rows, options_json, loads))
            spark.createDataFrame(analysed, ANALYSED).write.parquet(out.table("staging"))
            summary.pipelines_loaded = loads.value
        with _stage(sc, summary, "3/4 merge", "3/4 merging entities and places, writing the tables"):
            staged = spark.read.parquet(out.table("staging"))
            for name, frame in _tables(spark, staged, items, now, out.table):
                frame.select(*TABLES[name]).write.parquet(out.table(name))
            failed = staged.where(F.col("failure").isNotNull())
            summary.added = total - failed.count()
            for row in failed.select("source", "key", "failure").limit(SAMPLE).collect():
                summary.failures.append((row.source or row.key, row.failure))
            analysis_failures = total - summary.added
            if analysis_failures:
                summary.failed["unreadable"] += analysis_failures  # `ingest` counts them so
        with _stage(sc, summary, "4/4 commit", "4/4 moving the finished run into place"):
            out.remove("staging")
            out.write_text(MANIFEST, manifest(
                newsgraph=__version__, schema="newsgraph-spark/1", run=run, written_at=now, inputs=list(inputs),
                articles=summary.added, duplicates=summary.duplicates, failed=dict(summary.failed),
                skipped=dict(summary.skipped), tables=TABLES, options=options.as_dict(),
            ))
            out.commit()
    except BaseException:
        sc.cancelJobGroup(f"newsgraph-{run}")
        out.discard()
        raise
    finally:
        if items is not None:
            items.unpersist()
        sc.setJobGroup("", "")
        spark.conf.set("spark.sql.shuffle.partitions", shuffle_partitions)
    summary.seconds = time.perf_counter() - started
    return summary


@contextlib.contextmanager
def _stage(sc, summary: SparkSummary, name: str, description: str) -> Iterator[None]:
    """A named stage: its description shows in Spark's UI, and its time goes into the summary."""
    sc.setJobDescription(f"newsgraph: {description}")
    started = time.perf_counter()
    try:
        yield
    finally:
        summary.stage_seconds[name] = time.perf_counter() - started


def _count_inputs(items: DataFrame, summary: SparkSummary) -> int:
    """The summary's counts of duplicates, skipped records, failures and notices, with samples to
    print; returns how many distinct articles there are to analyse."""
    why = F.coalesce("failure_class", "reason").alias("why")
    distinct = 0
    for row in items.groupBy("kind", why).agg(F.count("*").alias("n"), F.countDistinct("key").alias("keys")).collect():
        if row.kind == "article":
            distinct, summary.duplicates = row.keys, row.n - row.keys
        elif row.kind == "skipped":
            summary.skipped[row.why] += row.n
        elif row.kind == "failure":
            summary.failed[row.why] += row.n
        else:
            summary.warnings_total += row.n
    sample = (items.where(F.col("kind").isin("failure", "notice")).orderBy("file_index", "ordinal")
              .select("kind", "source", "reason").limit(2 * SAMPLE).collect())
    summary.failures += [(r.source, r.reason) for r in sample if r.kind == "failure"][:SAMPLE]
    summary.warnings += [(r.source, r.reason) for r in sample if r.kind == "notice"][:SAMPLE]
    return distinct


def _first_of_each_key(articles: DataFrame) -> DataFrame:
    """One article per key: the first in reading order, as `ingest` keeps it."""
    first = Window.partitionBy("key").orderBy("file_index", "ordinal")
    return articles.withColumn("_n", F.row_number().over(first)).where(F.col("_n") == 1).drop("_n")


def _numbered(frame: DataFrame, order: list[str], name: str = "id") -> DataFrame:
    """The rows numbered 1, 2, ... in `order`, as the store numbers rows in the order it inserts them.
    (One window over all rows: give it narrow rows, and join wide ones to the numbers.)"""
    return frame.withColumn(name, F.row_number().over(Window.orderBy(*order)).cast("long"))


# --- on the Python workers -------------------------------------------------------------------------

_PIPELINES: dict[str, Pipeline] = {}  # per Python worker process: the model loads once, not per task


def _pipeline(options_json: str, loads) -> Pipeline:
    pipeline = _PIPELINES.get(options_json)
    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = _PIPELINES[options_json] = Pipeline(Options.from_dict(json.loads(options_json)))
        loads.add(1)
    return pipeline


def _analyse_partition(rows: Iterable, options_json: str, loads) -> Iterator[tuple]:
    rows = iter(rows)
    names = [f.name for f in ANALYSED.fields]
    while batch := list(itertools.islice(rows, _BATCH)):
        pipeline = _pipeline(options_json, loads)
        articles = [Article(text=r.text, title=r.title, published=r.published, url=r.url, author=r.author,
                            source=r.source) for r in batch]
        for row, article, result in zip(batch, articles, analyse_batch(pipeline, articles)):
            if isinstance(result, Analysis):
                values = article_row(row.article_id, row.key, article, result)
            else:
                values = failed_row(row.article_id, row.key, article, f"analysis failed: {result}")
            yield tuple(values[name] for name in names)


# --- merging into the knowledge-base tables ---------------------------------------------------------

def _tables(spark: SparkSession, staged: DataFrame, items: DataFrame, now: str,
            written: Callable[[str], str]) -> Iterator[tuple[str, DataFrame]]:
    """Each output table in turn; the entities and places are read back once written, for the joins
    that replace keys by their ids."""
    analysed = staged.where(F.col("failure").isNull())

    def facts(name: str) -> DataFrame:
        return analysed.select(F.col("article_id").alias("_article"), F.explode(name).alias("f")).select("_article", "f.*")

    def first_seen(occurrences: DataFrame, fields: list[str]) -> DataFrame:
        """One row per key with the attributes of its first occurrence (article, then position), as
        the store keeps the first `INSERT OR IGNORE`; numbered in that order."""
        first = occurrences.groupBy("key").agg(F.min(F.struct("_article", "position", *fields)).alias("first"))
        return _numbered(first.select("key", "first.*"), ["_article", "position"])

    entity_occurrences = facts("entities")
    yield "entities", first_seen(entity_occurrences, ["name", "type", "kind", "country"])
    yield "places", first_seen(facts("places"), ["name", "geonameid", "lat", "lon", "country", "admin1", "feature"])
    entities, places = spark.read.parquet(written("entities")), spark.read.parquet(written("places"))

    def resolve(frame: DataFrame, column: str, table: DataFrame) -> DataFrame:
        """Replace the canonical keys in `column` by the merged table's ids."""
        ids = table.select(F.col("key").alias(f"_key_{column}"), F.col("id").alias(f"_id_{column}"))
        joined = frame.join(ids, frame[column] == ids[f"_key_{column}"], "left")
        return joined.drop(column, f"_key_{column}").withColumnRenamed(f"_id_{column}", column)

    aliases = resolve(
        entity_occurrences.select(F.col("key").alias("entity_id"), F.explode("aliases").alias("alias")).distinct(),
        "entity_id", entities,
    )
    quotes = resolve(facts("quotes"), "speaker_id", entities)
    events = facts("events")
    for column in ("source_id", "target_id", "attributed_to"):
        events = resolve(events, column, entities)
    events = resolve(events, "place_id", places)
    input_failures = items.where(F.col("kind") == "failure").select(
        "source", "reason", F.lit("input").alias("error"), F.lit(0).alias("_stage"), "file_index", "ordinal")
    analysis_failures = staged.where(F.col("failure").isNotNull()).select(
        F.coalesce("source", "key").alias("source"), F.col("failure").alias("reason"), F.lit("analysis").alias("error"),
        F.lit(1).alias("_stage"), F.col("article_id").alias("file_index"), F.lit(0).cast("long").alias("ordinal"))
    failures = _numbered(input_failures.unionByName(analysis_failures), ["_stage", "file_index", "ordinal"])
    yield "aliases", aliases
    yield "mentions", resolve(facts("mentions"), "entity_id", entities)
    yield "place_mentions", resolve(facts("place_mentions"), "place_id", places)
    yield "quotes", _numbered(quotes, ["article_id", "position"])
    yield "events", _numbered(events, ["article_id", "position"])
    yield "failures", failures.withColumn("at", F.lit(now))
    # Sorted, so each file holds a range of ids and `load` reads them in order.
    yield "articles", analysed.withColumnRenamed("article_id", "id").withColumn("ingested_at", F.lit(now)).orderBy("id")
