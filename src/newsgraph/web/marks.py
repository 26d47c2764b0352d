"""The reader's evidence marks: article text with possibly overlapping spans rendered as nested,
escaped `<mark>` elements, and boilerplate as greyed, unmarked text.

Spans nest where they can (an entity inside a quote inside an event's sentence). Where two spans
cross, the later one is split at the boundary and carries on in a second `<mark>` with the same
`data-ref`; only the first piece is a keyboard stop and an anchor.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

__all__ = ["Mark", "render_marked"]

# Outer to inner for spans that start and end together.
KIND_RANK = {"event": 0, "quote": 1, "place": 2, "entity": 3}


@dataclass(frozen=True)
class Mark:
    """One span of evidence: `kind` is entity, quote, event or place; `ref` names its side-panel entry."""

    start: int
    end: int
    kind: str
    ref: str
    anchor: str | None = None  # id of the mark's first piece, for links to the span
    css: str = ""


def _open_tag(mark: Mark, first: bool) -> str:
    attrs = [f'data-kind="{escape(mark.kind)}"', f'data-ref="{escape(mark.ref)}"',
             f'aria-describedby="d-{escape(mark.ref)}"']
    if mark.css:
        attrs.append(f'class="{escape(mark.css)}"')
    if first:
        if mark.anchor:
            attrs.append(f'id="{escape(mark.anchor)}"')
        attrs.append('tabindex="0"')
    else:
        attrs.append('data-continued="true"')
    return "<mark " + " ".join(attrs) + ">"


def render_marked(text: str, marks: Iterable[Mark], boilerplate: Sequence[tuple[int, int]] = ()) -> Markup:
    """The text, escaped, with every mark as a `<mark>` and every boilerplate stretch greyed.

    Marks outside the text, empty, or touching boilerplate are dropped: boilerplate is never marked.
    """
    spans = []
    for i, mark in enumerate(marks):
        if 0 <= mark.start < mark.end <= len(text) and not any(s < mark.end and mark.start < e for s, e in boilerplate):
            spans.append((mark.start, -mark.end, KIND_RANK.get(mark.kind, 9), i, mark, True))
    heapq.heapify(spans)
    out: list[str] = []
    stack: list[int] = []  # ends of the open marks, innermost last
    pos = 0

    def text_to(end: int) -> None:
        nonlocal pos
        if end > pos:
            out.append(_plain(text, pos, end, boilerplate))
            pos = end

    while spans:
        start, negative_end, rank, order, mark, first = heapq.heappop(spans)
        end = -negative_end
        while stack and stack[-1] <= start:
            text_to(stack.pop())
            out.append("</mark>")
        text_to(start)
        if stack and end > stack[-1]:  # crosses the innermost open mark: continue after it closes
            heapq.heappush(spans, (stack[-1], -end, rank, order, mark, False))
            end = stack[-1]
        out.append(_open_tag(mark, first))
        stack.append(end)
    while stack:
        text_to(stack.pop())
        out.append("</mark>")
    text_to(len(text))
    return Markup("".join(out))


def _plain(text: str, start: int, end: int, boilerplate: Sequence[tuple[int, int]]) -> str:
    """Escaped text between marks, boilerplate stretches wrapped in a greyed span."""
    out, pos = [], start
    for b_start, b_end in boilerplate:
        b_start, b_end = max(b_start, start), min(b_end, end)
        if b_start >= b_end:
            continue
        out.append(str(escape(text[pos:b_start])))
        out.append(f'<span class="boilerplate" title="boilerplate: not analysed">{escape(text[b_start:b_end])}</span>')
        pos = b_end
    out.append(str(escape(text[pos:end])))
    return "".join(out)
