"""Readers for the curated tables in `newsgraph/data/`, loaded once per process."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import ConfigError

__all__ = ["AliasEntry", "alias_table", "word_list"]


@dataclass(frozen=True)
class AliasEntry:
    """One curated referent: its canonical name, type, actor kind, country and other names."""

    name: str
    type: str
    kind: str | None
    country: str | None
    aliases: tuple[str, ...]


def _data_text(name: str) -> str:
    return (resources.files("newsgraph") / "data" / name).read_text(encoding="utf-8")


def _rows(text: str) -> list[list[str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=8)
def alias_table(extra_files: tuple[str, ...] = ()) -> tuple[AliasEntry, ...]:
    """The packaged alias table followed by any user tables of the same five columns."""
    texts = [("entity_aliases.tsv", _data_text("entity_aliases.tsv"))]
    for path in extra_files:
        try:
            texts.append((path, Path(path).read_text(encoding="utf-8")))
        except OSError as exc:
            raise ConfigError(f"entity alias file {path} cannot be read: {exc.strerror}") from exc
    entries = []
    for origin, text in texts:
        for row in _rows(text):
            if len(row) < 2:
                raise ConfigError(f"{origin}: each row needs at least name and type, got {row!r}")
            row += [""] * (5 - len(row))
            name, type_, kind, country, aliases = row[:5]
            names = tuple(a.strip() for a in aliases.split("|") if a.strip())
            entries.append(AliasEntry(name, type_, kind or None, country or None, names))
    return tuple(entries)


@lru_cache(maxsize=16)
def word_list(name: str) -> frozenset[str]:
    """A packaged one-word-per-line list (comments with #), lower-cased."""
    return frozenset(
        line.split("#")[0].strip().lower()
        for line in _data_text(name).splitlines()
        if line.split("#")[0].strip()
    )
