"""JSON and JSON Lines records with `text`, `title`, `url` and `published` fields."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..errors import EmptyInputError, InputError
from ..records import Article
from .dates import iso_published

__all__ = ["read_json_records", "article_from_record"]

_FIELDS = {"title": ("title", "headline"), "url": ("url", "link"), "published": ("published", "date", "published_at")}


def article_from_record(record: object, source: str) -> Article:
    """An article from one decoded JSON object, or an error saying which field is missing."""
    if not isinstance(record, dict):
        raise InputError(source, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text") or record.get("body") or record.get("content")
    if not isinstance(text, str):
        raise InputError(source, "the record has no `text` field")
    if not text.strip():
        raise EmptyInputError(source, "the record's `text` is empty")
    found = {
        field: next((value for k in keys if (value := _field_text(record.get(k)))), None)
        for field, keys in _FIELDS.items()
    }
    if isinstance(published := record.get("published"), (int, float)) and not isinstance(published, bool):
        found["published"] = iso_published(published)  # a Unix timestamp
    return Article(text=text, author=_field_text(record.get("author")), source=source, **found)


def _field_text(value: object) -> str | None:
    """A metadata field as text: strings as written, numbers in digits, a list of strings joined;
    objects and other lists are no title, URL or date (never their Python repr)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value if v.strip()) or None
    return None


def read_json_records(data: str, source: str) -> Iterator[Article | InputError]:
    """Each record of a JSON Lines file (or a JSON object or array), errors yielded in place."""
    stripped = data.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(data)
        except json.JSONDecodeError as exc:
            yield InputError(source, f"invalid JSON at line {exc.lineno}: {exc.msg}")
            return
        for n, record in enumerate(records, start=1):
            yield _article_or_error(record, f"{source}[{n}]")
        return
    for n, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            if n == 1 and stripped.startswith("{") and "\n" in data.strip():
                # Not JSON Lines after all: one pretty-printed object.
                yield _whole_document(data, source)
                return
            yield InputError(f"{source}:{n}", f"invalid JSON: {exc.msg}")
            continue
        yield _article_or_error(record, f"{source}:{n}")


def _whole_document(data: str, source: str) -> Article | InputError:
    try:
        return _article_or_error(json.loads(data), source)
    except json.JSONDecodeError as exc:
        return InputError(source, f"invalid JSON at line {exc.lineno}: {exc.msg}")


def _article_or_error(record: object, source: str) -> Article | InputError:
    try:
        return article_from_record(record, source)
    except InputError as exc:
        return exc
