"""Plain text (and Markdown) articles from files or stdin."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from ..errors import BinaryInputError, DecodeInputError, EmptyInputError, InputError
from ..records import Article

__all__ = ["decode_text", "read_text", "read_text_file"]

_SNIFF = 8192
# A byte-order mark names its encoding unambiguously (UTF-32 first: its LE mark starts like UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"), (codecs.BOM_UTF8, "utf-8-sig"),
)


def decode_text(data: bytes, source: str) -> str:
    """Text from bytes: UTF-8, or UTF-16/32 where a byte-order mark says so; else say why not."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding in ("utf-16", "utf-32") and b"\x00" not in data[:_SNIFF]:
        encoding = None  # wide text always holds NUL bytes; without any, FF FE is only broken UTF-8
    if encoding is None and b"\x00" in data[:_SNIFF]:
        raise BinaryInputError(
            source, "looks like binary data (it holds NUL bytes and no byte-order mark), not a text article"
        )
    try:
        return data.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeInputError(
            source, f"is not valid {(encoding or 'utf-8').upper()} (byte {exc.start}); convert it first, "
            "e.g. with iconv -t UTF-8"
        ) from None


def read_text(data: bytes, source: str) -> Article:
    """Decode bytes (UTF-8, or UTF-16/32 with a BOM) into an article, or say why not."""
    text = decode_text(data, source)
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
