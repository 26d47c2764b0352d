"""The `newsgraph` command: a thin layer that converts arguments and calls the library."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sqlite3
import sys
import time
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)

from . import __version__, export
from .errors import InputError, NewsgraphError
from .geo import default_gazetteer_path, shared_gazetteer
from .ingest import Notice, Skipped, check_article, read_inputs
from .ingest.checks import looks_english
from .ingest.job import default_workers, ingest
from .options import SETTINGS, Options
from .report import render_analysis, render_profile, render_rows
from .store import EVENT_STATUSES, EXPORT_TABLES, Store, entity_profile, events, quotes, search

__all__ = ["main"]

DEFAULT_DB = "newsgraph.db"
PIPE_WIDTH = 160  # the width of tables written to a pipe or a log, where no terminal says how wide


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph",
        description="Who is mentioned, who said what, who did what to whom, where and when.",
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    parser.add_argument("--config", help="a newsgraph.toml to use instead of the usual search")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="analyse articles (files, folders or - for stdin) and print the results")
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or - for stdin, read as ingest "
                         "reads them: text, Markdown, HTML, JSON/JSONL, RSS/Atom, WARC")
    analyze.add_argument("--format", choices=["report", "json", "gdelt"], default="report",
                         help="report (default): a readable report; json: the newsgraph/1 contract, one object "
                         "per line; gdelt: the events as GDELT TSV rows")
    _setting_flag(analyze, "max_article_chars")
    analyze.add_argument("--allow-non-english", action="store_true", help="analyse articles that do not look English")

    def with_db(command: argparse.ArgumentParser) -> argparse.ArgumentParser:
        command.add_argument("--db", default=DEFAULT_DB, help=f"the knowledge base file (default: {DEFAULT_DB})")
        return command

    def with_output(command: argparse.ArgumentParser) -> argparse.ArgumentParser:
        with_db(command)
        command.add_argument("--format", choices=["table", "json"], default="table",
                             help="table (default) or json")
        command.add_argument("--limit", type=int, default=20, help="at most this many rows (default: 20)")
        return command

    ingest_cmd = with_db(commands.add_parser("ingest", help="analyse files and folders into the knowledge base"))
    ingest_cmd.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (recursed) or - for stdin: "
                            "text, Markdown, HTML, JSON/JSONL, RSS/Atom, WARC")
    ingest_cmd.add_argument("--workers", type=int, default=default_workers(), help="processes (default: all cores)")
    _setting_flag(ingest_cmd, "max_article_chars")
    ingest_cmd.add_argument("--allow-non-english", action="store_true", help="analyse articles that do not look English")
    ingest_cmd.add_argument("--quiet", action="store_true", help="no progress bar")

    search_cmd = with_output(commands.add_parser("search", help="articles by full-text query"))
    search_cmd.add_argument("query", help='words as typed (U.S., cease-fire), or "an exact phrase", AND/OR/NOT, '
                            '(groups), prefix*, title:word')

    quotes_cmd = with_output(commands.add_parser("quotes", help="what people said, across articles"))
    quotes_cmd.add_argument("--speaker", help="a speaker's name or alias (an ambiguous one lists the candidates)")
    quotes_cmd.add_argument("--about", help="a full-text term the quote contains")

    events_cmd = with_output(commands.add_parser("events", help="event records, newest first"))
    events_cmd.add_argument("--actor", help="an entity's name or alias, as source or target")
    events_cmd.add_argument("--type", help="a PLOVER event type, e.g. ASSAULT")
    events_cmd.add_argument("--place", help="a place and what lies within it: a country's ISO code or name takes "
                            "in its towns; names match whole")
    events_cmd.add_argument("--since", help="events on or after YYYY-MM-DD")
    events_cmd.add_argument("--until", help="events on or before YYYY-MM-DD")
    events_cmd.add_argument("--status", choices=EVENT_STATUSES,
                            help="asserted, claimed (a party's word), planned, hypothetical or negated")
    events_cmd.add_argument("--min-confidence", type=float, metavar="C",
                            help="events of confidence C or more (docs/evaluation.md says what a value means)")

    entity_cmd = with_output(commands.add_parser("entity", help="a profile of one entity"))
    entity_cmd.add_argument("name", help="a name or alias (an ambiguous one lists the candidates)")

    export_cmd = with_db(commands.add_parser("export", help="the whole base, or a filtered part, to stdout"))
    tabular = " and ".join(f.name for f in export.FORMATS.values() if f.reads == "table")
    export_cmd.add_argument("--format", choices=list(export.FORMATS), default="jsonl", help="; ".join(
        f"{f.name}: {f.help}" for f in export.FORMATS.values()) + " (default: jsonl)")
    export_cmd.add_argument("--table", default="events", help=f"for {tabular}: {', '.join(EXPORT_TABLES)}")
    export_cmd.add_argument("--query", help="only articles matching this full-text query (every format; "
                            f"for {tabular}, the rows of those articles)")
    export_cmd.add_argument("--since", help="only articles published on or after YYYY-MM-DD (every format)")
    export_cmd.add_argument("--until", help="only articles published on or before YYYY-MM-DD (every format)")
    export_cmd.add_argument("--output", "-o", help="write here instead of stdout (required for parquet)")

    serve_cmd = with_db(commands.add_parser("serve", help="a read-only web UI and JSON API over the knowledge base"))
    serve_cmd.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    serve_cmd.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")

    spark_cmd = commands.add_parser("spark", help="run newsgraph on Apache Spark (needs newsgraph[spark] and Java 17)")
    spark_commands = spark_cmd.add_subparsers(dest="spark_command", required=True, metavar="COMMAND")
    spark_analyze = spark_commands.add_parser("analyze", help="analyse files and folders into Parquet tables, in Spark")
    spark_analyze.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or globs Spark can read "
                               "(local, hdfs://, s3a://): what ingest reads, and Parquet with a text column")
    spark_analyze.add_argument("--output", "-o", required=True, metavar="DIR", help="the folder of Parquet tables to write")
    spark_analyze.add_argument("--master", help="local[N], yarn, k8s://..., spark://... (default: as spark-submit "
                               "set it, else local[*])")
    spark_analyze.add_argument("--partitions", type=int, help="partitions to analyse in (default: 2 per core)")
    spark_analyze.add_argument("--overwrite", action="store_true", help="replace the output folder if it exists")
    _setting_flag(spark_analyze, "max_article_chars")
    spark_analyze.add_argument("--allow-non-english", action="store_true", help="analyse articles that do not look English")
    spark_analyze.add_argument("--quiet", action="store_true", help="no Spark progress bar")

    load_cmd = with_db(commands.add_parser("load", help="load a `spark analyze` output folder into the knowledge base"))
    load_cmd.add_argument("folder", metavar="DIR", help="the --output folder of a finished `newsgraph spark analyze`")
    load_cmd.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def _setting_flag(command: argparse.ArgumentParser, name: str) -> None:
    """A flag that sets a declared setting for one run; its help and type come from the declaration."""
    setting = next(s for s in SETTINGS if s.name == name)
    command.add_argument(
        setting.flag, dest=name, type=setting.type, default=None, metavar="N" if setting.type is int else "VALUE",
        help=f"{setting.help} (setting {name}; default: {setting.default})",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        flags = {s.name: getattr(args, s.name) for s in SETTINGS if getattr(args, s.name, None) is not None}
        options = Options.load(args.config, **flags)
        handler = {
            "analyze": _analyze, "ingest": _ingest, "search": _search, "quotes": _quotes,
            "events": _events, "entity": _entity, "export": _export, "serve": _serve,
            "spark": _spark, "load": _load,
        }[args.command]
        return handler(args, options)
    except NewsgraphError as exc:
        _complain(str(exc))
        return 2
    except KeyboardInterrupt:
        _complain("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the file system said no: a folder we may not enter, a cache we may not write
        _complain(_os_error(exc))
        return 2
    except sqlite3.Error as exc:  # what the store does not translate itself
        _complain(f"the knowledge base cannot be used: {exc}")
        return 2


def _os_error(exc: OSError) -> str:
    """One line for a file-system error, naming the file and, for the gazetteer's, the setting to change."""
    where = os.fsdecode(exc.filename) if exc.filename is not None else ""
    message = f"{where}: {exc.strerror or exc}" if where else str(exc)
    cache = str(default_gazetteer_path().parent)
    if where.startswith(cache):
        message += f"; the gazetteer index is kept in {cache}: set NEWSGRAPH_CACHE to a folder you can write to"
    return message


def _console(*, stderr: bool = False) -> Console:
    """Rich output as wide as the terminal (or $COLUMNS); to a pipe or a log, a fixed width (not
    rich's 80), so tables neither squash nor wrap names."""
    stream = sys.stderr if stderr else sys.stdout
    chosen = stream.isatty() or os.environ.get("COLUMNS", "").isdigit()
    return Console(stderr=stderr, highlight=False, width=None if chosen else PIPE_WIDTH)


def _complain(message: str) -> None:
    """One unwrapped line on stderr, so scripts can grep it."""
    print(f"newsgraph: {message}", file=sys.stderr)


def _analyze(args: argparse.Namespace, options: Options) -> int:
    """Analyse each article the inputs hold, read and checked as ingest does; each one that cannot be
    analysed gets one line on stderr (and exit status 1), and the others are still analysed."""
    articles, failed = [], 0
    for item in read_inputs(args.paths):
        if isinstance(item, Notice):
            _complain(f"warning: {item}")
            continue
        if isinstance(item, Skipped):  # a WARC request or an image: no article, nothing wrong
            continue
        problem = item if isinstance(item, InputError) else check_article(
            item, max_chars=options.max_article_chars, allow_non_english=args.allow_non_english)
        if problem is not None:
            _complain(str(problem))
            failed += 1
            continue
        if args.allow_non_english and not looks_english(item.text):
            _complain(f"warning: {item.source or '<article>'}: analysed although it does not look like English")
        articles.append(item)
    if articles:
        from .pipeline import Pipeline  # spaCy loads only for commands that analyse

        analyses = Pipeline(options).analyze_many(articles)
        if args.format != "report":
            export.write(analyses, {"json": "jsonl", "gdelt": "gdelt"}[args.format], sys.stdout)
        else:
            console = _console()
            for article, analysis in zip(articles, analyses):
                console.print(render_analysis(analysis, source=article.source))
    return 1 if failed else 0


def _ingest(args: argparse.Namespace, options: Options) -> int:
    err = _console(stderr=True)
    with Store(args.db) as store:
        if {"entities", "places"} & set(options.stages):
            shared_gazetteer()  # built here once, if missing, not in every worker (and its errors said once)
        progress = Progress(
            TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[rate]} articles/s"), TimeRemainingColumn(),
            console=err, disable=args.quiet, transient=False,
        )
        with progress:
            task = progress.add_task("ingest", total=None, rate="–")
            started: list[float] = []

            def update(done: int, total: int) -> None:
                if not started:
                    started.append(time.perf_counter())
                elapsed = time.perf_counter() - started[0]
                rate = f"{done / elapsed:.1f}" if elapsed > 0 and done else "–"
                progress.update(task, completed=done, total=total, rate=rate)

            with _sigterm_as_interrupt():
                summary = ingest(
                    args.paths, store, options=options, workers=max(1, args.workers),
                    allow_non_english=args.allow_non_english, progress=update,
                )
    for source, reason in summary.failures:
        _complain(f"{source}: {reason}")
    for source, reason in summary.warnings:
        _complain(f"warning: {source}: {reason}")
    failed = sum(summary.failed.values())
    parts = [f"{summary.added} added", f"{summary.duplicates} already stored"]
    if summary.skipped:
        parts.append(f"{sum(summary.skipped.values())} records skipped (no article: "
                     + ", ".join(f"{n} {why}" for why, n in summary.skipped.most_common()) + ")")
    if failed:
        parts.append(f"{failed} failed (" + ", ".join(f"{n} {why}" for why, n in summary.failed.most_common()) + ")")
    stopped = "interrupted: " if summary.interrupted else ""
    err.print(f"{stopped}{'; '.join(parts)} in {summary.seconds:.1f} s -> {args.db}", markup=False, soft_wrap=True)
    return 130 if summary.interrupted else 1 if failed else 0


@contextlib.contextmanager
def _sigterm_as_interrupt():
    """SIGTERM stops an ingest the way Ctrl-C does: workers stopped, the summary printed."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _spark(args: argparse.Namespace, options: Options) -> int:
    """`spark analyze`: PySpark is imported only here, and only inside newsgraph.spark."""
    try:
        from .spark import job
    except ImportError as exc:
        raise NewsgraphError(f"Spark support is not installed ({exc}): run `.venv/bin/pip install 'newsgraph[spark]'` "
                             "(and `make spark-deps` for Java)") from None
    err = Console(stderr=True, highlight=False)
    started = time.perf_counter()
    spark = job.session(args.master, app="newsgraph spark analyze", progress=not args.quiet)
    startup = time.perf_counter() - started
    try:
        summary = job.analyze(spark, args.inputs, args.output, options=options, partitions=args.partitions,
                              overwrite=args.overwrite, allow_non_english=args.allow_non_english)
    finally:
        spark.stop()
    failed = _print_summary(err, summary, args.output, duplicates="duplicates", more=f"all in {args.output}/failures")
    stages = ", ".join(f"{name.split()[-1]} {seconds:.1f} s" for name, seconds in summary.stage_seconds.items())
    err.print(f"Spark: {summary.partitions} partitions, the model loaded by {summary.pipelines_loaded} Python "
              f"worker(s); start-up {startup:.1f} s, then {stages}", markup=False)
    return 1 if failed else 0


def _load(args: argparse.Namespace, options: Options) -> int:
    from .spark.load import load

    err = Console(stderr=True, highlight=False)
    with Store(args.db) as store:
        progress = Progress(TextColumn("loading"), BarColumn(), MofNCompleteColumn(), console=err,
                            disable=args.quiet, transient=False)
        with progress, _sigterm_as_interrupt():
            task = progress.add_task("load", total=None)
            summary = load(args.folder, store, progress=lambda done, total: progress.update(task, completed=done, total=total))
    _print_summary(err, summary, args.db)
    return 0


def _print_summary(err: Console, summary, target: str, *, duplicates: str = "already stored", more: str = "") -> int:
    """`ingest`'s closing lines, for a run that may bring back only a sample of its failures and
    warnings (`more` says where the rest are)."""
    for source, reason in summary.failures:
        _complain(f"{source}: {reason}")
    failed = sum(summary.failed.values())
    if more and failed > len(summary.failures):
        _complain(f"... and {failed - len(summary.failures)} more failures ({more})")
    for source, reason in summary.warnings:
        _complain(f"warning: {source}: {reason}")
    if more and getattr(summary, "warnings_total", 0) > len(summary.warnings):
        _complain(f"... and {summary.warnings_total - len(summary.warnings)} more warnings")
    parts = [f"{summary.added} added", f"{summary.duplicates} {duplicates}"]
    if summary.skipped:
        parts.append(f"{sum(summary.skipped.values())} records skipped (no article: "
                     + ", ".join(f"{n} {why}" for why, n in summary.skipped.most_common()) + ")")
    if failed:
        parts.append(f"{failed} failed (" + ", ".join(f"{n} {why}" for why, n in summary.failed.most_common()) + ")")
    err.print(f"{'; '.join(parts)} in {summary.seconds:.1f} s -> {target}", markup=False)
    return failed


def _show(args: argparse.Namespace, rows: list[dict[str, Any]], title: str, columns: Sequence[str]) -> int:
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    else:
        _console().print(render_rows(rows, title=title, columns=columns))
    return 0


def _search(args: argparse.Namespace, options: Options) -> int:
    with Store(args.db, readonly=True) as store:
        rows = search(store, args.query, limit=args.limit)
    return _show(args, rows, f"Articles matching {args.query!r}", ["published", "title", "snippet"])


def _quotes(args: argparse.Namespace, options: Options) -> int:
    with Store(args.db, readonly=True) as store:
        rows = quotes(store, speaker=args.speaker, about=args.about, limit=args.limit)
    return _show(args, rows, "Quotes", ["speaker", "kind", "text", "title", "published"])


def _events(args: argparse.Namespace, options: Options) -> int:
    with Store(args.db, readonly=True) as store:
        rows = events(store, actor=args.actor, type=args.type, place=args.place,
                      since=args.since, until=args.until, status=args.status,
                      min_confidence=args.min_confidence, limit=args.limit)
    return _show(args, rows, "Events", ["date", "type", "source", "action", "target", "place", "status",
                                        "attributed_to", "confidence"])


def _entity(args: argparse.Namespace, options: Options) -> int:
    with Store(args.db, readonly=True) as store:
        profile = entity_profile(store, args.name, limit=args.limit)
    if profile is None:
        _complain(f"no entity called {args.name!r} in {args.db}; try `newsgraph search {args.name!r}`")
        return 1
    if args.format == "json":
        sys.stdout.write(json.dumps(profile, ensure_ascii=False, indent=1) + "\n")
    else:
        _console().print(render_profile(profile))
    return 0


def _export(args: argparse.Namespace, options: Options) -> int:
    with Store(args.db, readonly=True) as store:
        export.write(store, args.format, args.output or sys.stdout, table=args.table,
                     query=args.query, since=args.since, until=args.until)
    return 0


def _serve(args: argparse.Namespace, options: Options) -> int:
    """Serve the web UI until interrupted; the base is opened read-only and checked before listening."""
    from .web import missing_dependency, serve

    if missing := missing_dependency():
        raise NewsgraphError(f"the web UI needs {missing}: pip install 'newsgraph[web]'")
    serve(args.db, host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
