"""WARC (and ARC) web archives: HTML responses become articles; other records are counted."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError
from ..records import Article
from .html import read_html

__all__ = ["read_warc", "Skipped"]


class Skipped(InputError):
    """A record that is fine but holds no article (a request, a revisit, an image, ...)."""


def read_warc(stream: BinaryIO, source: str) -> Iterator[Article | InputError]:
    """Articles from HTML responses; a damaged archive yields an error and stops there."""
    records = ArchiveIterator(stream, arc2warc=True)
    while True:
        chatter = io.StringIO()
        try:
            # warcio prints warnings about damaged records to stderr: capture them as errors.
            with contextlib.redirect_stderr(chatter):
                record = next(records)
                payload = record.content_stream().read() if _is_html_response(record) else None
                # The block reader still expecting bytes after the payload means the file ended early.
                truncated = payload is not None and getattr(record.raw_stream, "limit", 0) > 0
                # Only after the payload is read: asking for the offset consumes the record.
                item = f"{source}@{records.get_record_offset()}"
        except StopIteration:
            return
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            if "non-chunked gzip" in reason:
                reason += " (if the archive is otherwise sound, `warcio recompress` fixes it)"
            yield InputError(source, f"damaged archive, reading stopped: {reason}")
            return
        if truncated:
            yield InputError(item, "damaged record: the archive ends in the middle of it (truncated file)")
            continue
        if chatter.getvalue().strip():
            yield InputError(item, f"damaged record: {chatter.getvalue().strip().splitlines()[0]}")
            continue
        if payload is None:
            yield Skipped(item, f"{record.rec_type} record, not an HTML response")
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        try:
            yield read_html(payload, item, url=url)
        except InputError as exc:
            yield exc


def _is_html_response(record) -> bool:
    if record.rec_type not in {"response", "resource"}:
        return False
    headers = record.http_headers
    content_type = headers.get_header("Content-Type") if headers else record.rec_headers.get_header("Content-Type")
    return bool(content_type) and "html" in content_type.lower()
