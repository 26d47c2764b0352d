"""Quotation marks in raw text: quoted spans, how a fragment relates to them, and continuation.

Pure text functions (no parse): they work on character offsets into the article.
"""

from __future__ import annotations

import bisect
import re

__all__ = [
    "MARK_EDGE",
    "PUNCT_EDGE",
    "QuotedSpans",
    "continues_quote",
    "keep_edge_marks",
    "quote_kind",
    "quoted_spans",
    "trim",
    "trim_all",
]

# each opening mark and the marks that may close it (writers mix straight and curly marks)
_PAIRS = {"“": ("”", '"'), '"': ('"', "”"), "«": ("»",), "„": ("“", "”"), "''": ("''",)}
_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])\s+")  # 'H. Chipok' does not end a sentence
PUNCT_EDGE = " \t\r\n,;:.—–-"
MARK_EDGE = PUNCT_EDGE + "\"'“”‘’«»„"


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the text inside each pair of double quotation marks (marks excluded).

    Straight, curly, guillemet and doubled-apostrophe ('') marks are read. A paragraph that opens a
    quote and never closes it runs to its end (news style for a quote continued in the next paragraph).
    """
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        i, end = paragraph.start(), paragraph.end()
        while i < end:
            opener = text[i : i + 2] if text.startswith("''", i) else text[i]
            closers = _PAIRS.get(opener)
            if closers is None or (opener in {'"', "''"} and i > paragraph.start() and text[i - 1].isalnum()):
                i += len(opener) if closers else 1
                continue
            found = [(at, c) for c in closers if (at := text.find(c, i + len(opener), end)) != -1]
            content_end, closer = min(found) if found else (end, "")
            if content_end - i > len(opener):
                spans.append((i + len(opener), content_end))
            i = content_end + len(closer)
    return spans


class QuotedSpans:
    """An article's quoted spans, sorted, with logarithmic lookup."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def at(self, offset: int) -> tuple[int, int] | None:
        """The quoted span holding this offset, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]:
            return self.spans[i]
        return None

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """Quoted spans overlapping [start, end); quotes do not nest, so their ends are sorted too."""
        i = bisect.bisect_left(self._starts, end) - 1
        found = []
        while i >= 0 and self.spans[i][1] > start:
            found.append(self.spans[i])
            i -= 1
        return found[::-1]


def _within_one(inside: list[tuple[int, int]], start: int, end: int) -> bool:
    return len(inside) == 1 and inside[0][0] <= start and end <= inside[0][1]


def quote_kind(start: int, end: int, quotes: QuotedSpans) -> str:
    """Direct when the fragment lies within one quotation, mixed when it holds quoted words and others."""
    inside = quotes.overlapping(start, end)
    if not inside:
        return "indirect"
    return "direct" if _within_one(inside, start, end) else "mixed"


def keep_edge_marks(text: str, start: int, end: int, quotes: QuotedSpans) -> tuple[int, int]:
    """A mixed fragment keeps the marks of the quotation at its edge, so its marks stay paired
    ('the response had been "a total failure."'); a direct one has none."""
    inside = quotes.overlapping(start, end)
    if not inside or _within_one(inside, start, end):
        return start, end
    first, last = inside[0], inside[-1]
    if first[0] >= start - 1 and first[0] <= start + 1:
        start = first[0] - _mark_width(text, first[0] - 1, backwards=True)
    if last[1] >= end - 2 and last[1] <= end + 2:
        end = max(end, last[1] + _mark_width(text, last[1], backwards=False))
    return start, end


def _mark_width(text: str, at: int, *, backwards: bool) -> int:
    """Length of the quotation mark at `at` (ending there when reading backwards): 0, 1 or 2."""
    if not 0 <= at < len(text) or text[at] not in "\"“”«»„'":
        return 0
    pair = text[at - 1 : at + 1] if backwards else text[at : at + 2]
    return 2 if pair == "''" else 1


def continues_quote(text: str, previous_end: int, start: int) -> bool:
    """Whether a quote continues the previous one: only white space and at most one sentence between."""
    between = text[previous_end:start]
    if len(between) >= 400:
        return False
    sentences = [piece for piece in _SENTENCE_END.split(between) if re.search(r"[A-Za-z]{2}", piece)]
    return len(sentences) <= 1


def trim(text: str, start: int, end: int, edge: str = PUNCT_EDGE) -> tuple[int, int]:
    """Strip white space and edge punctuation (and, with `MARK_EDGE`, quotation marks)."""
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge:
        end -= 1
    return start, end


def trim_all(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span trimmed with `trim`; those left empty are dropped."""
    trimmed = [trim(text, s, e) for s, e in spans]
    return [(s, e) for s, e in trimmed if e > s]
