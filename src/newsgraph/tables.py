"""Readers for the curated tables in `newsgraph/data/`, loaded once per process."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import ConfigError

__all__ = ["AliasEntry", "alias_table", "data_text", "data_rows", "known_names", "person_titles", "org_designators", "word_list"]


@dataclass(frozen=True)
class AliasEntry:
    """One curated referent: its canonical name, type, actor kind, country and other names."""

    name: str
    type: str
    kind: str | None
    country: str | None
    aliases: tuple[str, ...]
    id: str = ""  # where the row comes from: "entity_aliases.tsv:Islamic State", "pycountry:SY"


def data_text(name: str) -> str:
    """The text of a packaged file in `newsgraph/data/`."""
    return (resources.files("newsgraph") / "data" / name).read_text(encoding="utf-8")


def _rows(text: str) -> list[list[str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def data_rows(name: str) -> list[list[str]]:
    """The tab-separated fields of each line of a packaged table, blank lines and # comments skipped."""
    return _rows(data_text(name))


@lru_cache(maxsize=8)
def alias_table(extra_files: tuple[str, ...] = ()) -> tuple[AliasEntry, ...]:
    """The packaged alias table followed by any user tables of the same five columns."""
    return _alias_rows(("entity_aliases.tsv",), extra_files)


def _alias_rows(packaged: tuple[str, ...], extra_files: tuple[str, ...]) -> tuple[AliasEntry, ...]:
    texts = [(name, data_text(name)) for name in packaged]
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
            entries.append(AliasEntry(name, type_, kind or None, country or None, names, f"{Path(origin).name}:{name}"))
    return tuple(entries)


@lru_cache(maxsize=16)
def word_list(name: str) -> frozenset[str]:
    """A packaged one-word-per-line list (comments with #), lower-cased."""
    return frozenset(
        line.split("#")[0].strip().lower()
        for line in data_text(name).splitlines()
        if line.split("#")[0].strip()
    )


@lru_cache(maxsize=8)
def known_names(extra_files: tuple[str, ...] = ()) -> tuple[AliasEntry, ...]:
    """Every referent the entity ruler knows: curated aliases (user tables first, so they win),
    groups, then countries (pycountry) and their demonyms (demonyms.tsv) as GPE and NORP rows."""
    curated = _alias_rows((), extra_files) + alias_table() + _alias_rows(("entity_groups.tsv",), ())
    entries = list(curated)
    curated_countries = {e.country: e for e in curated if e.type == "GPE" and e.country}
    import pycountry  # a dependency already; imported here to keep start-up light

    for record in pycountry.countries:
        forms = [getattr(record, a, None) for a in ("common_name", "name", "official_name")]
        # "Korea, Republic of" and "Holy See (Vatican City State)" are index forms, not prose.
        forms = [f for f in forms if f and not re.search(r"[,()]", f)]
        if not forms:
            continue
        code = record.alpha_2
        if code in curated_countries:
            entry = curated_countries[code]
            extra = tuple(f for f in forms if f != entry.name and f not in entry.aliases)
            if extra:
                merged = AliasEntry(entry.name, "GPE", entry.kind, code, entry.aliases + extra, entry.id)
                entries[entries.index(entry)] = merged
                curated_countries[code] = merged
        else:
            entries.append(AliasEntry(forms[0], "GPE", None, code, tuple(dict.fromkeys(forms[1:])), f"pycountry:{code}"))
    all_country_forms = {n for e in entries if e.type == "GPE" for n in (e.name, *e.aliases)}
    for row in _rows(data_text("demonyms.tsv")):
        if len(row) < 2:
            continue
        code, words = row[0].strip(), [w.strip() for w in row[1].split("|") if w.strip()]
        words = [w for w in words if w not in all_country_forms]  # "Myanmar" is the country
        if words:
            entries.append(AliasEntry(words[0], "NORP", None, code, tuple(words[1:]), f"demonyms.tsv:{code}"))
    return tuple(entries)


@lru_cache(maxsize=4)
def keyword_kinds(name: str) -> dict[str, str | None]:
    """A packaged `word<TAB>kind` table (person_titles.tsv, org_designators.tsv), lower-cased."""
    return {row[0].strip().lower(): (row[1].strip() or None) if len(row) > 1 else None
            for row in _rows(data_text(name))}


def person_titles() -> dict[str, str | None]:
    """Title words written before a person's name, with the actor kind they imply."""
    return keyword_kinds("person_titles.tsv")


def org_designators() -> dict[str, str | None]:
    """Words that mark an organisation's name, with the actor kind they suggest."""
    return keyword_kinds("org_designators.tsv")
