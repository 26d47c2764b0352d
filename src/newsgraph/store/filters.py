"""What the query filters mean, as pure functions: each turns what a user typed into SQL pieces
or a checked value, and raises `QueryError` (never anything else) for what it cannot use.

- `fts_query`: text for an FTS5 MATCH. Words and punctuated terms ("U.S.", "al-Sharaa",
  "cease-fire") are terms; the FTS5 syntax stays for those who use it: AND/OR/NOT, "a phrase",
  (groups), prefix*, NEAR(...), title:/text: column filters.
- `date_bound`: a --since/--until day, YYYY-MM-DD, that must exist.
- `name_filter`: a name to look up (an entity, a speaker), checked for length.
- `like_contains`: a LIKE pattern matching the text anywhere, with its wildcards escaped.
- `row_limit`: how many rows at most.
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import QueryError

__all__ = ["fts_query", "date_bound", "name_filter", "like_contains", "row_limit", "LIKE_ESCAPE", "MAX_NAME_CHARS"]

MIN_NAME_CHARS = 2
MAX_NAME_CHARS = 200  # longer is no name; SQLite refuses LIKE patterns of 50,000 characters
MAX_QUERY_CHARS = 2_000
MAX_LIMIT = 2**63 - 1  # SQLite's largest integer: a larger --limit means "all of them"
LIKE_ESCAPE = "\\"

_OPERATORS = {"AND", "OR", "NOT"}
_COLUMNS = {"title", "text"}  # the columns of articles_fts; quotes_fts has only `text`
# A phrase in double quotes ("" inside is a quote), a parenthesis, or a run of anything else.
_TOKEN = re.compile(r'"(?:[^"]|"")*"\*?|[()]|[^\s()"]+')
_BAREWORD = re.compile(r"\w+", re.UNICODE)
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SYNTAX_HELP = 'use words, "an exact phrase", AND / OR / NOT, (groups) or a prefix*'


def fts_query(text: str, *, columns: frozenset[str] | set[str] = frozenset(_COLUMNS)) -> str:
    """An FTS5 MATCH expression for what the user typed; words with punctuation become phrases."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the search query is {len(text):,} characters long; keep it under {MAX_QUERY_CHARS:,}")
    if text.count('"') % 2:
        raise QueryError(f"the search query has an unclosed \" (an exact phrase needs both quotes); {_SYNTAX_HELP}")
    parts: list[str] = []
    depth, terms = 0, 0
    for token in _TOKEN.findall(text):
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
            if depth < 0:
                break
        elif token in _OPERATORS:
            pass
        elif token.startswith('"'):
            if not _BAREWORD.search(token):
                continue  # a phrase of punctuation: nothing FTS5 could match
        elif token == "NEAR":
            pass  # NEAR(a b) is a group; followed by no parenthesis, FTS5 rejects it with advice
        else:
            token = _term(token, columns)
            if token is None:
                continue
        terms += token not in _OPERATORS and token not in ("(", ")", "NEAR")
        parts.append(token)
    if depth != 0:
        raise QueryError(f"the search query's parentheses do not pair up; {_SYNTAX_HELP}")
    if not terms:
        raise QueryError(f"the search query has no words to look for; {_SYNTAX_HELP}")
    return re.sub(r"\bNEAR \(", "NEAR(", " ".join(parts))


def _term(token: str, columns: frozenset[str] | set[str]) -> str | None:
    """One typed word as an FTS5 term: a bare word, word*, column:term, or a quoted phrase."""
    column, colon, rest = token.partition(":")
    if colon and column in columns and rest:
        inner = _term(rest, columns=frozenset())
        return f"{column}:{inner}" if inner else None
    prefix = token.endswith("*")
    stem = token.rstrip("*")
    if not _BAREWORD.search(stem):
        return None  # only punctuation: nothing FTS5 could match
    if _BAREWORD.fullmatch(stem):
        return stem + ("*" if prefix else "")
    return '"' + stem.replace('"', '""') + '"' + ("*" if prefix else "")


def date_bound(value: str | None, flag: str) -> str | None:
    """A --since/--until day as YYYY-MM-DD, or None when not given."""
    if value is None:
        return None
    text = value.strip()
    match = _DAY.fullmatch(text)
    if not match:
        raise QueryError(f"{flag} needs a date as YYYY-MM-DD, got {value!r}")
    try:
        return dt.date(*(int(part) for part in match.groups())).isoformat()
    except ValueError as exc:
        raise QueryError(f"{flag} {text}: that date does not exist ({exc})") from None


def name_filter(value: str, what: str) -> str:
    """A name to look up, stripped; empty, one-letter and overlong names are refused."""
    name = " ".join(value.split())
    if not name:
        raise QueryError(f"the {what} is empty: give a name, e.g. \"Pablo Rojas\"")
    if len(name) < MIN_NAME_CHARS:
        raise QueryError(f"the {what} {name!r} is too short to look up: give at least {MIN_NAME_CHARS} characters")
    if len(name) > MAX_NAME_CHARS:
        raise QueryError(f"the {what} is {len(name):,} characters long; a name has at most {MAX_NAME_CHARS}")
    return name


def like_contains(text: str) -> str:
    """A LIKE pattern (with `ESCAPE '\\'`) that matches `text` anywhere, taken literally."""
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_")
    return f"%{escaped}%"


def row_limit(limit: int) -> int:
    """At most this many rows: a positive whole number (a huge one means all)."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise QueryError(f"--limit needs a whole number of at least 1, got {limit!r}")
    return min(limit, MAX_LIMIT)
