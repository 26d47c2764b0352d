"""`extract_quotes`: the article's statements as `Quote` records, in text order."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ...options import Options
from ...records import Quote, Span
from .attribution import name_colon_leads, verb_attributions
from .direct import attach_direct_quotes
from .marks import MARK_EDGE, QuotedSpans, keep_edge_marks, quote_kind, quoted_spans, trim
from .speakers import carry_pronoun_speakers
from .words import quote_words

__all__ = ["extract_quotes"]


def extract_quotes(doc: Doc, *, options: Options) -> Iterator[Quote]:
    """Yield the article's quotes in text order."""
    text = doc.text  # built anew on each access: read it once
    index = doc._.ng_references  # the package's one way to the entities; passed down to every rule
    quotes = QuotedSpans(quoted_spans(text))
    statements = options.quote_scope == "statements"
    attributions = verb_attributions(doc, text, index, quotes, statements=statements) + name_colon_leads(
        text, index, findings=not statements
    )
    attach_direct_quotes(doc, text, attributions, index, quotes, statements=statements)
    carry_pronoun_speakers(attributions, index)
    found = []
    for attribution in attributions:
        for start, end in _fragments(text, attribution.content, quotes, attribution.cue):
            found.append((start, end, attribution))
    found.sort(key=lambda item: item[0])
    for n, (start, end, attribution) in enumerate(found, start=1):
        yield Quote(
            id=f"Q{n}",
            kind=quote_kind(start, end, quotes),
            start=start,
            end=end,
            text=text[start:end],
            cue=attribution.cue,
            speaker=attribution.speaker,
            confidence=attribution.confidence,
        )


def _fragments(
    text: str, content: list[tuple[int, int]], quotes: QuotedSpans, cue: Span | None
) -> list[tuple[int, int]]:
    """Content fragments widened to whole quotations they cut into, merged when they touch; never over
    their own cue ('"KOWALSKI: Next year ..."': the turn's lead and colon stay out)."""
    widened = []
    for start, end in content:
        for q_start, q_end in quotes.overlapping(start, end):
            if cue is None or not q_start <= cue.start < start:
                start = min(start, q_start)
            if cue is None or not end <= cue.start < q_end:
                end = max(end, q_end)
        widened.append(trim(text, start, end, MARK_EDGE))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(w for w in widened if w[1] > w[0]):
        if merged and (start <= merged[-1][1] + 1 or _joins(text[merged[-1][1] : start])):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return [keep_edge_marks(text, start, end, quotes) for start, end in merged]


def _joins(between: str) -> bool:
    """Only punctuation and a conjunction between two fragments: 'A, and B' reads as one statement;
    a sentence's end between them ('A. "B"') keeps them two."""
    joining = between.strip(MARK_EDGE).lower()
    if "\n" in between or any(mark in between for mark in ".!?"):
        return False
    return not joining or joining in quote_words().joining_words
