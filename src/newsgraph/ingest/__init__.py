"""Readers that turn files, folders and stdin into `Article`s.

`read_inputs` never raises for bad input: it yields an `InputError` (with the file, record and
reason) in place of the article, so one bad file never stops a run. `Skipped` marks records
that are fine but hold no article (WARC requests, revisits, images); `Notice` tells something
about the article that follows it (a publication date that could not be read).
Publication dates are normalised to ISO 8601 here, for every reader.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Article
from .checks import check_article
from .dates import iso_published
from .feeds import read_feed
from .html import read_html
from .jsonl import read_json_records
from .text import decode_text, read_text, read_text_file
from .warc import Skipped, read_warc

__all__ = ["read_inputs", "read_bytes", "dated", "read_text", "read_text_file", "read_html", "check_article", "Skipped", "Notice"]


class Notice(InputError):
    """Something worth telling about the article that follows; the article itself is fine."""

_SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "json", ".ndjson": "json",
    ".rss": "feed", ".atom": "feed", ".rdf": "feed",
    ".warc": "warc", ".arc": "warc",
}


def read_inputs(paths: Iterable[str | Path], *, exclude: Iterable[Path] = ()) -> Iterator[Article | InputError]:
    """Every article in these files and folders (recursively, in name order); '-' is stdin.

    Files in `exclude` (such as the knowledge base being written) are passed over.
    """
    return dated(_read_paths(paths, exclude))


def read_bytes(data: bytes, source: str) -> Iterator[Article | InputError]:
    """Every article in one file's contents, read as `read_inputs` reads a file named `source`;
    for callers that fetch the bytes themselves (the Spark job)."""
    kind = _kind(source)
    if kind == "warc" or (kind is None and _sniff(_inflated(data[:4096])) == "warc"):
        return dated(read_warc(io.BytesIO(data), source))
    return dated(_read_bytes(data, source, kind, None))


def dated(items: Iterable[Article | InputError]) -> Iterator[Article | InputError]:
    """The items with publication dates normalised to ISO 8601 (a Notice before an unreadable one)."""
    for item in items:
        if isinstance(item, Article) and item.published is not None:
            published = iso_published(item.published)
            if published is None:
                yield Notice(item.source or "<article>", f"publication date {item.published!r} is not a date; stored undated")
            item = dataclasses.replace(item, published=published)
        yield item


def _read_paths(paths: Iterable[str | Path], exclude: Iterable[Path]) -> Iterator[Article | InputError]:
    excluded = {p.resolve() for p in exclude}
    for path in paths:
        if str(path) == "-":
            yield from _read_bytes(sys.stdin.buffer.read(), "<stdin>", None, None)
            continue
        path = Path(path)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:  # a path inside a folder we may not enter
            yield InputError(str(path), f"cannot be read: {exc.strerror}")
            continue
        if is_dir:
            yield from _read_folder(path, excluded)
        elif exists:
            yield from _read_file(path)
        else:
            yield InputError(str(path), "no such file or folder")


def _read_folder(folder: Path, excluded: set[Path]) -> Iterator[Article | InputError]:
    """The files below a folder in name order; a sub-folder that cannot be listed is reported."""
    unreadable: list[InputError] = []

    def report(error: OSError) -> None:
        unreadable.append(InputError(str(error.filename or folder), f"folder cannot be read: {error.strerror}"))

    files = [Path(root) / name for root, _dirs, names in os.walk(folder, onerror=report) for name in names
             if not name.startswith(".")]
    yield from unreadable
    for file in sorted(files):
        if file.is_file() and file.resolve() not in excluded:
            yield from _read_file(file)


def _read_file(path: Path) -> Iterator[Article | InputError]:
    kind = _kind(path.name)
    try:
        if kind == "warc" or (kind is None and _sniff(_head(path)) == "warc"):
            with path.open("rb") as stream:
                yield from read_warc(stream, str(path))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), f"cannot be read: {exc.strerror}")
        return
    yield from _read_bytes(data, str(path), kind, path.parent)


def _kind(name: str) -> str | None:
    """The format a file name's suffix names (`.gz` looked through), or None to sniff it."""
    suffixes = [s.lower() for s in Path(name).suffixes]
    return _SUFFIXES.get(suffixes[-2] if suffixes[-1:] == [".gz"] and len(suffixes) > 1 else (suffixes[-1] if suffixes else ""))


def _head(path: Path) -> bytes:
    with path.open("rb") as stream:
        return _inflated(stream.read(4096))


def _inflated(head: bytes) -> bytes:
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            pass
    return head


def _sniff(head: bytes) -> str:
    start = head.lstrip()[:512].lower()
    if start.startswith((b"warc/", b"filedesc://")):
        return "warc"
    if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start:
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")) or b"<html" in start:
        return "html"
    if start.startswith((b"{", b"[")):
        return "json"
    return "text"


def _read_bytes(data: bytes, source: str, kind: str | None, folder: Path | None) -> Iterator[Article | InputError]:
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            yield InputError(source, f"damaged gzip data ({exc})")
            return
    kind = kind or _sniff(data[:4096])
    if kind == "warc":
        yield from read_warc(io.BytesIO(data), source)
    elif kind == "html":
        yield _attempt(lambda: read_html(data, source))
    elif kind == "feed":
        yield from read_feed(data, source, folder=folder)
    elif kind == "json":
        try:
            yield from read_json_records(decode_text(data, source), source)
        except InputError as exc:
            yield exc
    else:
        yield _attempt(lambda: read_text(data, source))


def _attempt(read) -> Article | InputError:
    try:
        return read()
    except InputError as exc:
        return exc
