"""newsgraph on Apache Spark: the same readers, pipeline and article identity as `ingest`, in parallel.

`newsgraph.spark.job.analyze(spark, inputs, output)` writes one Parquet folder per knowledge-base
table; `newsgraph.spark.load.load(folder, store)` loads such a folder into a SQLite knowledge base.
Only this package imports PySpark (the optional extra `newsgraph[spark]`), and `load` needs only
pyarrow. See docs/spark.md.
"""

from __future__ import annotations

from ..errors import NewsgraphError

__all__ = ["SparkError"]


class SparkError(NewsgraphError):
    """Spark cannot run here, or the output folder cannot be used as asked."""
