"""The fixed tuning/check split of every gold set, by a hash of the record or document id.

Rules, lexicon rows and training sentences are written while reading the tuning part only; the
check part is scored, never read. The split is fixed by the id alone, so it never moves when a
gold file grows or is reordered.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

__all__ = ["CHECK", "TUNE", "split_of", "in_split"]

TUNE, CHECK = "tune", "check"
CHECK_PERCENT = 30

T = TypeVar("T")


def split_of(record_id: str, *, check_percent: int = CHECK_PERCENT) -> str:
    """'check' for about `check_percent`% of ids (30 unless told), 'tune' for the rest.

    The same id always gets the same part; our own gold sets use check_percent=50.
    """
    bucket = int(hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return CHECK if bucket < check_percent else TUNE


def in_split(items: Iterable[T], split: str | None, key: Callable[[T], str]) -> Iterator[T]:
    """The items of one part (all items where `split` is None)."""
    if split not in (None, TUNE, CHECK):
        raise ValueError(f"split must be {TUNE!r}, {CHECK!r} or None, not {split!r}")
    return (item for item in items if split is None or split_of(key(item)) == split)
