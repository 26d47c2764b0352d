"""Quotes: direct, indirect and mixed statements, each with its cue and its speaker entity.

Direct quotes come from quotation marks (straight or curly, split around the cue, or
continued over paragraphs); indirect ones from a reporting verb with a clause, `according
to X`, or a colon lead-in. Speakers are resolved through the entities stage's `EntityIndex`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..options import Options
from ..records import Quote, Span, Speaker
from ..resolve import EntityIndex
from ..tables import word_list

__all__ = ["extract_quotes", "quoted_spans"]

_OPENERS = {"“": "”", '"': '"', "«": "»", "„": "“"}
_SUBJECTS = {"nsubj", "nsubjpass"}
_CONTENT_DEPS = {"ccomp", "xcomp"}
_MIN_UNATTRIBUTED_WORDS = 5
_DASH_ATTRIBUTION = re.compile(r"\s*[-–—]\s*(?=[A-Z])")


@dataclass
class _Cue:
    token: Token
    speaker: SpacySpan | None


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the text inside each pair of double quotation marks (marks excluded).

    A paragraph that opens a quote and never closes it runs to its end (news style for a
    quote continued in the next paragraph).
    """
    spans = []
    for paragraph in re.finditer(r"[^\n]+", text):
        i, end = paragraph.start(), paragraph.end()
        while i < end:
            closer = _OPENERS.get(text[i])
            if closer is None or (text[i] == '"' and i > paragraph.start() and text[i - 1].isalnum()):
                i += 1
                continue
            close = text.find(closer, i + 1, end)
            content_end = close if close != -1 else end
            if content_end - i > 1:
                spans.append((i + 1, content_end))
            i = content_end + 1
    return spans


def extract_quotes(doc: Doc, *, options: Options) -> Iterator[Quote]:
    """Yield the article's quotes in text order."""
    index = EntityIndex(doc, doc._.ng_entities or ())
    verbs = word_list("reporting_verbs.txt")
    direct = quoted_spans(doc.text)
    found: list[Quote] = []
    previous: Quote | None = None
    for start, end in direct:
        quote = _direct_quote(doc, start, end, direct, verbs, index, previous)
        if quote is not None:
            found.append(quote)
            previous = quote if quote.kind == "direct" else None
    used_cues = {q.cue.start for q in found if q.cue}
    found.extend(_indirect_quotes(doc, direct, verbs, index, used_cues))
    found.sort(key=lambda q: q.start)
    for n, quote in enumerate(found, start=1):
        yield Quote(
            id=f"Q{n}",
            kind=quote.kind,
            start=quote.start,
            end=quote.end,
            text=quote.text,
            cue=quote.cue,
            speaker=quote.speaker,
            confidence=quote.confidence,
        )


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in spans)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Strip white space and edge punctuation (but not closing marks of a quote inside)."""
    text = doc.text
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:."):
        end -= 1
    return start, end


def _speaker_span(doc: Doc, head: Token, index: EntityIndex) -> SpacySpan:
    """The mention that names the speaker: the entity name at the head, else the core noun phrase."""
    entity_id = index.at(head.idx, head.idx + len(head))
    if entity_id is not None:
        for mention in index.entities[entity_id].mentions:
            if mention.start <= head.idx < mention.end:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    return span
    left = min((t.i for t in head.lefts if t.dep_ in {"det", "amod", "compound", "nmod", "poss", "nummod"}), default=head.i)
    right = head.i
    while right + 1 < len(doc) and doc[right + 1].dep_ in {"compound", "flat"} and doc[right + 1].head.i == head.i:
        right += 1
    return doc[left : right + 1]


def _speaker(doc: Doc, span: SpacySpan | None, index: EntityIndex) -> Speaker | None:
    if span is None:
        return None
    return Speaker(span.start_char, span.end_char, span.text, index.resolve(span))


def _subject_of(verb: Token, doc: Doc, index: EntityIndex) -> SpacySpan | None:
    """The speaker of a reporting verb: its subject, or its governing verb's ('..., noting that')."""
    for candidate in (verb, verb.head):
        for child in candidate.children:
            if child.dep_ in _SUBJECTS:
                if child.dep_ == "nsubjpass" and candidate.lemma_ != "quote":
                    continue
                return _speaker_span(doc, child, index)
            if child.dep_ == "agent":
                by_object = next((g for g in child.children if g.dep_ == "pobj"), None)
                if by_object is not None:
                    return _speaker_span(doc, by_object, index)
        if verb.dep_ not in {"advcl", "xcomp", "conj", "acl"}:
            break
    return None


def _is_reporting(token: Token, verbs: frozenset[str]) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in verbs


def _cue_near(doc: Doc, start: int, end: int, direct: list[tuple[int, int]], verbs: frozenset[str], index: EntityIndex) -> _Cue | None:
    """A reporting verb outside the quotes in the sentences the quote touches, nearest first."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if first is None or last is None:
        return None
    window = doc[first.sent.start : last.sent.end]
    candidates = [
        t for t in window if _is_reporting(t, verbs) and not _inside(t.idx, direct)
    ]
    candidates.sort(key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))
    for token in candidates:
        speaker = _subject_of(token, doc, index)
        if speaker is not None and not _inside(speaker.start_char, direct):
            return _Cue(token, speaker)
    return _Cue(candidates[0], None) if candidates else None


def _dash_attribution(doc: Doc, end: int, index: EntityIndex) -> _Cue | None:
    """'"..." – Senator Jane Doe': a name right after a dash that follows the quote."""
    after = doc.text[end + 1 : end + 4]
    dash = _DASH_ATTRIBUTION.match(after)
    if not dash:
        return None
    name_at = end + 1 + dash.end()
    entity_id = index.at(name_at, name_at + 1)
    if entity_id is None:
        return None
    mention = next(m for m in index.entities[entity_id].mentions if m.start <= name_at < m.end)
    dash_token = doc.char_span(end + 1, name_at, alignment_mode="expand")
    speaker = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if dash_token is None or speaker is None:
        return None
    return _Cue(dash_token[0], speaker)


def _direct_quote(
    doc: Doc,
    start: int,
    end: int,
    direct: list[tuple[int, int]],
    verbs: frozenset[str],
    index: EntityIndex,
    previous: Quote | None,
) -> Quote | None:
    start, end = _trim(doc, start, end)
    if end <= start:
        return None
    text = doc.text[start:end]
    cue = _cue_near(doc, start, end, direct, verbs, index) or _dash_attribution(doc, end, index)
    kind = "direct"
    if cue is not None and cue.speaker is not None:
        mixed = _mixed_content(cue.token, start, end)
        if mixed is not None:
            start, end = _trim(doc, *mixed)
            kind, text = "mixed", doc.text[start:end]
        return Quote("", kind, start, end, text, _token_span(cue.token), _speaker(doc, cue.speaker, index), 0.9)
    if previous is not None and previous.speaker is not None and _follows(doc, previous, start):
        return Quote("", kind, start, end, text, previous.cue, previous.speaker, 0.8)
    if len(text.split()) < _MIN_UNATTRIBUTED_WORDS:
        return None  # a title, a scare quote or a term, not a statement
    cue_span = _token_span(cue.token) if cue else None
    return Quote("", kind, start, end, text, cue_span, None, 0.5)


def _follows(doc: Doc, previous: Quote, start: int) -> bool:
    """Whether a quote continues the previous one: only white space and at most one sentence between."""
    between = doc.text[previous.end : start]
    return len(between) < 200 and not re.search(r"[A-Za-z]{3,}.*[.!?].*[A-Za-z]{3,}", between)


def _mixed_content(cue: Token, start: int, end: int) -> tuple[int, int] | None:
    """If the quote is a fragment inside the cue's reported clause, that clause's span."""
    for child in cue.children:
        if child.dep_ not in _CONTENT_DEPS:
            continue
        tokens = [t for t in child.subtree if t.dep_ != "mark" or t.i != child.left_edge.i]
        left = tokens[0].idx
        right = tokens[-1].idx + len(tokens[-1])
        if left < start - 2 and right >= end - 1 and any(t.is_alpha for t in tokens if t.idx < start - 1):
            return left, max(right, end)
    return None


def _token_span(token: Token) -> Span:
    return Span(token.idx, token.idx + len(token), token.text)


def _indirect_quotes(
    doc: Doc, direct: list[tuple[int, int]], verbs: frozenset[str], index: EntityIndex, used_cues: set[int]
) -> Iterator[Quote]:
    for token in doc:
        if token.idx in used_cues or _inside(token.idx, direct):
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and token.nbor(1).lower_ == "to":
            quote = _according_to(doc, token, index, direct)
        elif _is_reporting(token, verbs):
            quote = _reported_clause(doc, token, index, direct)
        else:
            quote = None
        if quote is not None:
            yield quote


def _reported_clause(doc: Doc, verb: Token, index: EntityIndex, direct: list[tuple[int, int]]) -> Quote | None:
    """'X said (that) ...', '..., X said.', 'X said: ...'."""
    speaker = _subject_of(verb, doc, index)
    if speaker is None:
        return None
    content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if content is None and verb.dep_ in {"parataxis", "advcl"} and verb.i > verb.head.i:
        tokens = [t for t in verb.head.subtree if t.i < verb.left_edge.i]
    elif content is None:
        content = next((c for c in verb.children if c.dep_ in {"parataxis", "xcomp"} and c.i > verb.i), None)
        if content is None or not any(c.dep_ in _SUBJECTS for c in content.children):
            return None
        tokens = list(content.subtree)
    else:
        tokens = list(content.subtree)
    tokens = [t for t in tokens if not (t.dep_ == "mark" and t.i == tokens[0].i)]
    if len([t for t in tokens if t.is_alpha]) < 3:
        return None
    start, end = _trim(doc, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    if end <= start or _inside(start, direct) or _inside(end - 1, direct):
        return None
    return Quote("", "indirect", start, end, doc.text[start:end], _token_span(verb), _speaker(doc, speaker, index), 0.8)


def _according_to(doc: Doc, according: Token, index: EntityIndex, direct: list[tuple[int, int]]) -> Quote | None:
    """'..., according to X.': X is the speaker, the rest of the sentence the content."""
    to = according.nbor(1)
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase = range(according.i, source.right_edge.i + 1)
    sentence = according.sent
    tokens = [t for t in sentence if t.i not in phrase and not t.is_space]
    if len([t for t in tokens if t.is_alpha]) < 3:
        return None
    start, end = _trim(doc, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))
    if _inside(start, direct):
        return None
    cue = Span(according.idx, to.idx + len(to), doc.text[according.idx : to.idx + len(to)])
    speaker = _speaker(doc, _speaker_span(doc, source, index), index)
    return Quote("", "indirect", start, end, doc.text[start:end], cue, speaker, 0.7)
