"""Find newsroom boilerplate and hide it from analysis without moving a single offset.

Boilerplate is masked, not cut: its characters become spaces (newlines stay), so spaCy
and every stage see a text of the same length and all offsets still point into the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .records import Span
from .tables import data_text

__all__ = ["find_boilerplate", "mask"]

# Inline credits such as "(AP Photo/Jane Doe)" or "(Reuters photo)".
_INLINE_CREDIT = re.compile(r"\((?:[A-Z][\w.]*\s+)?(?:Photo|Image|File photo)\b[^()\n]{0,80}\)", re.I)
_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _line_patterns() -> re.Pattern[str]:
    lines = data_text("boilerplate_lines.txt")
    patterns = [p.strip() for p in lines.splitlines() if p.strip() and not p.startswith("#")]
    return re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.I)


def find_boilerplate(text: str) -> list[Span]:
    """Spans of boilerplate lines and inline photo credits, in text order."""
    found = []
    starts = _line_patterns()
    for line in _LINE.finditer(text):
        if starts.match(line.group()):
            start, end = line.start(), line.end()
            found.append(Span(start, end, text[start:end]))
    for credit in _INLINE_CREDIT.finditer(text):
        if not any(s.start <= credit.start() < s.end for s in found):
            found.append(Span(credit.start(), credit.end(), credit.group()))
    return sorted(found, key=lambda s: s.start)


def mask(text: str, spans: list[Span]) -> str:
    """The text with each span's characters replaced by spaces, newlines kept."""
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
