"""Ingest files into the knowledge base: read, check, skip what is stored, analyse, write in batches.

Idempotent and resumable: each batch of analysed articles is written in one transaction and
articles are keyed (URL or text hash), so a run killed at any moment leaves a consistent
database, and running it again stores only what is missing. With `workers > 1` articles are
analysed in that many processes, each loading the spaCy model once.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..options import Options
from ..records import Analysis, Article
from ..store import Store, article_key
from . import Notice, read_inputs
from .checks import check_article, looks_english
from .warc import Skipped

if TYPE_CHECKING:  # the pipeline (and spaCy) load only when articles are analysed
    from ..pipeline import Pipeline

__all__ = ["IngestSummary", "ingest", "default_workers", "analyse_batch", "failure_reason"]

ProgressCallback = Callable[[int, int], None]
_CHUNK = 8  # articles per task sent to a worker, and per transaction
_PARENT_CHECK_SECONDS = 0.5


@dataclass
class IngestSummary:
    """What one ingest did: counts, and each failure with its source and reason."""

    added: int = 0
    duplicates: int = 0
    skipped: Counter = field(default_factory=Counter)
    failed: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False  # stopped by Ctrl-C or SIGTERM; what was stored stays stored

    def fail(self, error: InputError) -> None:
        self.failed[failure_reason(error)] += 1
        self.failures.append((error.source, error.reason))


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def failure_reason(error: Exception) -> str:
    """A short failure class for the summary: 'empty', 'binary', 'not english', ..."""
    name = type(error).__name__.removesuffix("Error").removesuffix("Input")
    return {"": "unreadable", "Decode": "undecodable", "NotEnglish": "not English", "TooLarge": "too large"}.get(name, name.lower())


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    options: Options | None = None,
    workers: int = 1,
    allow_non_english: bool = False,
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Analyse every new article under `paths` into `store`; bad input is counted, never fatal."""
    options = options or Options.load()
    summary = IngestSummary()
    started = time.perf_counter()
    todo: list[tuple[str, Article]] = []
    seen: set[str] = set()
    database = store.path.resolve()
    own_files = [database, *(database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]
    for item in read_inputs(paths, exclude=own_files):
        if isinstance(item, Notice):
            summary.warnings.append((item.source, item.reason))
            continue
        if isinstance(item, Skipped):
            summary.skipped[item.reason.split(",")[0]] += 1
            continue
        if isinstance(item, InputError):
            summary.fail(item)
            continue
        problem = check_article(item, max_chars=options.max_article_chars, allow_non_english=allow_non_english)
        if problem is not None:
            summary.fail(problem)
            continue
        if allow_non_english and not looks_english(item.text):
            summary.warnings.append((item.source or "<article>", "analysed although it does not look like English"))
        key = article_key(item)
        if key in seen:
            summary.duplicates += 1
            continue
        seen.add(key)
        todo.append((key, item))
    stored = store.known_keys([key for key, _ in todo])
    summary.duplicates += len(stored)
    todo = [(key, article) for key, article in todo if key not in stored]
    with store.atomic():
        for source, reason in summary.failures:
            store.add_failure(source, reason, "input")
    try:
        _store_analyses(todo, store, summary, options, workers, progress)
    except KeyboardInterrupt:
        summary.interrupted = True
    summary.seconds = time.perf_counter() - started
    return summary


def _store_analyses(
    todo: list[tuple[str, Article]],
    store: Store,
    summary: IngestSummary,
    options: Options,
    workers: int,
    progress: ProgressCallback | None,
) -> None:
    """Analyse `todo` and write each chunk's results in one transaction."""
    done = 0
    if progress:
        progress(0, len(todo))
    # closing(): an interrupt here still stops the worker processes at once (see _analysed_chunks)
    with contextlib.closing(_analysed_chunks(todo, options, workers)) as analysed:
        for chunk, results in analysed:
            _store_chunk(chunk, results, store, summary)
            done += len(chunk)
            if progress:
                progress(done, len(todo))


def _store_chunk(
    chunk: Sequence[tuple[str, Article]], results: list[Analysis | str], store: Store, summary: IngestSummary
) -> None:
    with store.atomic():
        for (key, article), result in zip(chunk, results):
            if isinstance(result, Analysis):
                if store.add_analysis(result, key=key, source=article.source, author=article.author) is not None:
                    summary.added += 1
                else:
                    summary.duplicates += 1
            else:
                error = InputError(article.source or key, f"analysis failed: {result}")
                summary.fail(error)
                store.add_failure(error.source, error.reason, "analysis")


def _chunks(items: Sequence, size: int) -> list[Sequence]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _analysed_chunks(todo: list[tuple[str, Article]], options: Options, workers: int):
    """(chunk, results) pairs in input order; a result is an Analysis or an error message."""
    chunks = _chunks(todo, _CHUNK)
    if not chunks:
        return
    if workers <= 1:
        from ..pipeline import Pipeline

        pipeline = Pipeline(options)
        for chunk in chunks:
            yield chunk, analyse_batch(pipeline, [article for _, article in chunk])
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker, initargs=(options, os.getpid()))
    try:
        futures = [pool.submit(_worker_analyse, [article for _, article in chunk]) for chunk in chunks]
        for chunk, future in zip(chunks, futures):
            yield chunk, future.result()
    except BaseException:
        # Ctrl-C, SIGTERM (as KeyboardInterrupt) or an error: stop now, not after the queued work.
        pool.shutdown(wait=False, cancel_futures=True)
        children = multiprocessing.active_children()
        for child in children:
            child.terminate()
        for child in children:
            child.join(timeout=2)
        raise
    pool.shutdown()


def analyse_batch(pipeline: Pipeline, articles: list[Article]) -> list[Analysis | str]:
    """Each article's Analysis, or an error message for one that failed; one bad article never sinks
    its batch (shared with the Spark job)."""
    try:
        return list(pipeline.analyze_many(articles))
    except Exception:  # one bad article must not sink its batch: retry one by one
        results: list[Analysis | str] = []
        for article in articles:
            try:
                results.append(pipeline.analyze(article))
            except Exception as exc:
                results.append(f"{type(exc).__name__}: {exc}")
        return results


_worker_pipeline: Pipeline | None = None


def _start_worker(options: Options, parent: int) -> None:
    from ..pipeline import Pipeline

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop; Ctrl-C reaches it too
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    global _worker_pipeline
    _worker_pipeline = Pipeline(options)


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent died (kill -9 included) is adopted by another process: exit then."""
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(1)


def _worker_analyse(articles: list[Article]) -> list[Analysis | str]:
    assert _worker_pipeline is not None, "worker started without a pipeline"
    return analyse_batch(_worker_pipeline, articles)
