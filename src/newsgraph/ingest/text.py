"""Plain text (and Markdown) articles from files or stdin."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import BinaryInputError, DecodeInputError, EmptyInputError, InputError
from ..records import Article

__all__ = ["read_text", "read_text_file"]

_SNIFF = 8192


def read_text(data: bytes, source: str) -> Article:
    """Decode bytes as UTF-8 (a BOM is dropped) into an article, or say why not."""
    if b"\x00" in data[:_SNIFF]:
        raise BinaryInputError(source, "looks like binary data (it holds NUL bytes), not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DecodeInputError(
            source, f"is not valid UTF-8 (byte {exc.start}); convert it first, e.g. with iconv -t UTF-8"
        ) from None
    if not text.strip():
        raise EmptyInputError(source, "is empty: there is no text to analyse")
    return Article(text=text, source=source)


def read_text_file(path: str | Path) -> Article:
    """Read one text file, or standard input for '-'."""
    if str(path) == "-":
        return read_text(sys.stdin.buffer.read(), "<stdin>")
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory; give the article files inside it") from None
    except OSError as exc:
        raise InputError(str(path), f"cannot be read: {exc.strerror}") from None
    return read_text(data, str(path))
