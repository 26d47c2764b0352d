"""The `newsgraph` command: a thin layer that converts arguments and calls the library."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from rich.console import Console

from . import __version__
from .errors import InputError, NewsgraphError
from .ingest import read_text_file
from .options import Options
from .pipeline import Pipeline
from .report import render_analysis

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsgraph",
        description="Who is mentioned, who said what, who did what to whom, where and when.",
    )
    parser.add_argument("--version", action="version", version=f"newsgraph {__version__}")
    parser.add_argument("--config", help="a newsgraph.toml to use instead of the usual search")
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="analyse article text files (or - for stdin)")
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="a UTF-8 text file, or - for stdin")
    analyze.add_argument("--json", action="store_true", help="print the newsgraph/1 JSON contract")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        options = Options.load(args.config)
        if args.command == "analyze":
            return _analyze(args.paths, as_json=args.json, options=options)
    except NewsgraphError as exc:
        _complain(str(exc))
        return 2
    except KeyboardInterrupt:
        _complain("interrupted")
        return 130
    return 0


def _complain(message: str) -> None:
    """One unwrapped line on stderr, so scripts can grep it."""
    print(f"newsgraph: {message}", file=sys.stderr)


def _analyze(paths: list[str], *, as_json: bool, options: Options) -> int:
    """Analyse each readable file; unreadable ones get one line on stderr and exit status 1."""
    articles, failed = [], 0
    for path in paths:
        try:
            articles.append(read_text_file(path))
        except InputError as exc:
            _complain(str(exc))
            failed += 1
    if articles:
        pipeline = Pipeline(options)
        out = Console(highlight=False)
        for article, analysis in zip(articles, pipeline.analyze_many(articles)):
            if as_json:
                sys.stdout.write(json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n")
            else:
                out.print(render_analysis(analysis, source=article.source))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
