"""Named actors from the converted Phoenix dictionaries: a name's CAMEO actor code on a given date.

`data/named_actors.tsv` (built by `convert_petrarch.py`) lists people, parties, armed groups and
organisations with their codes and the dates each code held ("Vladimir Putin": RUSGOV from
2008-05-08). A mention takes the code that held on the article's date, else the code with no date; in an
undated text, the latest code. Names are matched on word boundaries, longest first; a one-word name only on
a proper noun; a hyphenated name also as separate words; a name that news mostly uses as an everyday
phrase ("Black Friday") never.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from .tables import table_rows
from .words import word_class

__all__ = ["NamedActors", "named_actors"]

_LONGEST = 6  # words in the longest name looked up


@dataclass(frozen=True)
class NamedActors:
    """Name (lower case) -> its (code, valid from, valid to) rows; dates are ISO strings, "" open."""

    codes: dict[str, tuple[tuple[str, str, str], ...]]
    first_words: frozenset[str] = frozenset()  # the first word of every name, to skip most tokens fast

    def code(self, name: str, on: date | None) -> str | None:
        """The code the name held on this date (None: the article is undated)."""
        rows = self.codes.get(name)
        if not rows:
            return None
        dated = [r for r in rows if r[1] or r[2]]
        undated = [r for r in rows if not (r[1] or r[2])]
        if on is not None:
            day = on.isoformat()
            holding = [r for r in dated if (not r[1] or r[1] <= day) and (not r[2] or day <= r[2])]
            if holding:
                return max(holding, key=lambda r: r[1])[0]
        elif dated:
            # Undated text: the code still held, else the last one held (a role says more than
            # the undated "elite" code a person keeps for life).
            return max(dated, key=lambda r: (r[2] or "9999", r[1]))[0]
        return undated[0][0] if undated else None

    def find(self, doc: Doc, on: date | None, text: str) -> dict[int, str]:
        """Token index -> code for every dictionary name in the text, longest names first (`text` is
        `doc.text`, which spaCy rebuilds on each access, so the caller reads it once)."""
        found: dict[int, str] = {}
        i = 0
        while i < len(doc):
            token = doc[i]
            if token.lower_ not in self.first_words or not (token.is_title or token.is_upper):
                i += 1
                continue
            for n in range(min(_LONGEST, len(doc) - i), 0, -1):
                last = doc[i + n - 1]
                if n == 1 and token.pos_ != "PROPN":
                    continue
                if not (last.is_title or last.is_upper or last.is_digit or last.pos_ == "PROPN"):
                    continue
                name = " ".join(text[token.idx : last.idx + len(last)].lower().split())
                code = self.code(name, on)
                if code is None and "-" in name:
                    # "Jean-Bertrand Aristide": Phoenix writes most hyphenated names as separate words.
                    code = self.code(name.replace("-", " "), on)
                if code is not None and name in word_class("everyday_name"):
                    i += n - 1  # "Black Friday deals": the shopping day, no armed group; none of its words
                    break
                if code is not None:
                    found.update((j, code) for j in range(i, i + n))
                    i += n - 1
                    break
            i += 1
        return found


@lru_cache(maxsize=1)
def named_actors() -> NamedActors:
    """The packaged table, loaded once (about 40,000 rows)."""
    codes: dict[str, list[tuple[str, str, str]]] = {}
    for name, code, start, end in table_rows("named_actors.tsv"):
        codes.setdefault(name, []).append((code, start, end))
    first_words = frozenset(name.split()[0] for name in codes)
    return NamedActors({name: tuple(rows) for name, rows in codes.items()}, first_words)
