"""Quotation marks in raw text: quoted spans, how a fragment relates to them, and continuation.

Pure text functions (no parse): they work on character offsets into the article.
"""

from __future__ import annotations

import bisect
import re

from .words import quote_words

__all__ = [
    "MARK_EDGE",
    "PUNCT_EDGE",
    "QuotedSpans",
    "continues_quote",
    "is_title",
    "keep_edge_marks",
    "quote_kind",
    "quoted_spans",
    "trim",
    "trim_all",
]

# Each opening mark and the marks that may close it (writers mix straight and curly marks, and
# some close a curly quote with two apostrophes). Double marks left open run to the paragraph's
# end (news style for a quote continued in the next paragraph); single marks ('‘', "'") are only
# quotes when closed in their paragraph, as the same characters serve as apostrophes.
_DOUBLE = {
    "“": ("”", '"', "’’", "''"),
    '"': ('"', "”", "’’"),
    "«": ("»",),
    "„": ("“", "”"),
    "''": ("''", "”", "’’"),
    "‘‘": ("’’", "”"),
    "”": ("”", '"'),  # a closing mark typed to open: only before a word, after a space (`_opener_at`)
}
_SINGLE = {"‘": ("’",), "'": ("'",)}
_SINGLE_MAX = 300  # characters a single-quoted passage may run before its closing mark
_CONTRACTION = re.compile(r"(?:s|t|d|m|ll|re|ve)\b", re.IGNORECASE)  # "Jairan 's", " 'em"
_UNCLOSED_SENTENCES = 3  # an unclosed double quote in a long unbroken text stops after this many sentences
_OPENERS = sorted({**_DOUBLE, **_SINGLE}, key=len, reverse=True)
_STRAIGHT = {'"', "''", "'"}
_MARK = re.compile("[" + re.escape("".join({o[0] for o in _OPENERS})) + "]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])\s+")  # 'H. Chipok' does not end a sentence
PUNCT_EDGE = " \t\r\n,;:.—–-"
MARK_EDGE = PUNCT_EDGE + "\"'“”‘’«»„"


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the text inside each pair of quotation marks (marks excluded), outermost only.

    Straight, curly, guillemet, low-9, doubled-apostrophe ('') and single marks are read, within
    one paragraph each: a double mark never pairs with one in a later paragraph, and one left open
    runs to its paragraph's end, or up to a fresh opening mark of its kind ('“A, he said. “B.”').
    """
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        i, end = paragraph.start(), paragraph.end()
        while i < end:
            mark = _MARK.search(text, i, end)
            if mark is None:
                break
            i = mark.start()
            opener = _opener_at(text, i, paragraph.start())
            if opener is None:
                i += 1
                continue
            content_start = i + len(opener)
            closed = _closer_after(text, opener, content_start, end)
            if opener in _SINGLE and (closed is None or closed[0] - content_start < 2):
                i += 1  # an apostrophe (the players’ union, rock 'n' roll), not a quote
                continue
            content_end, closer = closed or (_unclosed_end(text, opener, content_start, end), "")
            if closed and opener not in _STRAIGHT and (again := text.find(opener, content_start, content_end)) != -1:
                content_end, closer = again, ""  # '“A, he said. “B.”': the first was never closed
            elif closed and closer == '"' and _opens_word(text, content_end, end):
                closer = ""  # '"A, Sisci said. "B."': a mark that opens a word opens the next quote
            if content_end > content_start:
                spans.append((content_start, content_end))
            i = max(content_end + len(closer), i + 1)
    return spans


def _opener_at(text: str, i: int, paragraph_start: int) -> str | None:
    """The opening mark at `i`, if one is there: a straight or single mark only at a word's start
    ('36" pipe' is an inch sign, "don't" an apostrophe)."""
    opener = next((o for o in _OPENERS if text.startswith(o, i)), None)
    if opener is None:
        return None
    before = text[i - 1] if i > paragraph_start else " "
    after = text[i + len(opener) : i + len(opener) + 1]
    if opener in _STRAIGHT and before.isalnum():
        return None
    if opener == "”" and not (before.isspace() and after.isalnum()):
        return None
    if opener in _SINGLE and (
        not after.isalpha()
        or not (before.isspace() or before in "([—–-“\"")
        or _CONTRACTION.match(text, i + 1)
    ):
        return None
    return opener


def _opens_word(text: str, at: int, end: int) -> bool:
    """Whether the straight mark at `at` stands before a word and after a space: an opening mark."""
    return at > 0 and text[at - 1].isspace() and at + 1 < end and text[at + 1].isalnum()


def _closer_after(text: str, opener: str, start: int, end: int) -> tuple[int, str] | None:
    """The first mark closing `opener` in text[start:end] (a single one not inside a word), if any."""
    found = []
    if opener in _SINGLE:
        end = min(end, start + _SINGLE_MAX)
    for closer in {**_DOUBLE, **_SINGLE}[opener]:
        at = text.find(closer, start, end)
        while at != -1 and opener in _SINGLE and text[at + 1 : at + 2].isalnum():
            at = text.find(closer, at + 1, end)  # 'don’t' inside a single-quoted passage
        if at != -1:
            found.append((at, closer))
    return min(found) if found else None


def _unclosed_end(text: str, opener: str, start: int, end: int) -> int:
    """Where an unclosed double quote ends: a fresh opening mark of the same kind later in the
    paragraph (a closing mark was left out), else the paragraph's end, but no more than a few
    sentences on (a text without paragraph breaks must not become one quote)."""
    again = -1 if opener in _STRAIGHT else text.find(opener, start, end)
    end = end if again == -1 else again
    for n, boundary in enumerate(_SENTENCE_END.finditer(text, start, end), start=1):
        if n == _UNCLOSED_SENTENCES:
            return boundary.start()
    return end


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


def is_title(quoted: str) -> bool:
    """'"Notes From a Border Town"': two words or more, each opening with a capital but the small
    words a title leaves in lower case, is the title of a work, a slogan or a name, not something
    said; words all in capitals may be shouted ones, so they are not judged."""
    words = _WORD.findall(quoted)
    if len(words) < 2 or quoted.isupper():
        return False
    small = quote_words().title_small_words
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in small for w in words)


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
