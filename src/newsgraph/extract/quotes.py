"""Quotes: direct, indirect and mixed statements, each with its cue and its speaker entity.

A cue is a word from `data/reporting_verbs.txt` (a verb, or a noun such as 'claim'), `according
to`, a colon after a name opening a paragraph, or a dash after a quote. Its content is the clause,
infinitive or object it reports, or the rest of the sentence when the cue is parenthetical
(`..., the fighter said.`). Quoted text with no cue of its own joins the cue in its sentence, the
statement it continues, or the one just before; long quotes with none keep `speaker=None`. Only
the outermost of nested attributions is kept (PolNeAR's convention). Speakers are resolved
through the entities stage's `References`; an unresolved pronoun continues the previous speaker.

The pieces live beside the package: `cues` (the lexicon), `quotation` (quotation marks in text),
`reported_content` (what a cue verb reports) and `speakers` (who says it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Token

from ..lang.cues import CueFrames, cue_span, is_reporting_verb, noun_cue_frames, verb_cue_frames
from ..lang.quotation import (
    MARK_EDGE,
    QuotedSpans,
    continues_quote,
    keep_edge_marks,
    quote_kind,
    quoted_spans,
    trim,
    trim_all,
)
from ..lang.reported_content import content_roots, reported_content, subtree_span
from ..lang.speakers import asker_unnamed, speaker_of, subject_of
from ..lang.syntax import has_child
from ..options import Options
from ..records import Quote, Span, Speaker
from ..references import References

__all__ = ["extract_quotes"]

_LIGHT_VERBS = {
    "issue",
    "make",
    "express",
    "voice",
    "raise",
    "release",
    "give",
    "deliver",
    "offer",
    "repeat",
    "reiterate",
    "send",
    "post",
    "share",
    "echo",
    "have",
    "level",
    "renew",
    "publish",
}
_MIN_UNATTRIBUTED_WORDS = 5
_PRONOUN_KINDS = {
    "he": {"PERSON"},
    "she": {"PERSON"},
    "it": {"ORG", "GPE"},
    "they": {"ORG", "GPE", "NORP"},
}
_NAME_COLON = re.compile(
    r"^[ \t]*([A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|at|of|for|the|and|&)){0,5})[ \t]*:[ \t]*(\S[^\n]*)",
    re.MULTILINE,
)
_DASH_ATTRIBUTION = re.compile(r"\s*[-–—―]\s*(?=[A-Z])")


@dataclass
class _Attribution:
    """One statement being assembled: its cue, speaker and content spans (mutable while quotes join it)."""

    cue: Span | None
    cue_token: Token | None
    speaker: Speaker | None
    content: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.8


def extract_quotes(doc: Doc, *, options: Options) -> Iterator[Quote]:
    """Yield the article's quotes in text order."""
    text = doc.text  # built anew on each access: read it once
    index = doc._.ng_references
    quotes = QuotedSpans(quoted_spans(text))
    attributions = _verb_attributions(doc, text, index, quotes) + _name_colon_leads(doc, text, index)
    _attach_direct_quotes(doc, text, attributions, index, quotes)
    _carry_pronoun_speakers(attributions, index)
    found = []
    for attribution in attributions:
        for start, end in _fragments(text, attribution.content, quotes):
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


# --- cues and their content -------------------------------------------------------------------


def _verb_attributions(doc: Doc, text: str, index: References, quotes: QuotedSpans) -> list[_Attribution]:
    """Attributions anchored on a cue verb or `according to`, outermost first, nested ones dropped."""
    candidates: list[tuple[int, _Attribution, Token]] = []
    for token in doc:
        if quotes.at(token.idx) is not None:
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and token.nbor(1).lower_ == "to":
            attribution = _according_to(doc, text, token, index)
        elif (frames := verb_cue_frames(token)) is not None:
            attribution = _reported(doc, text, token, frames, index)
        elif (frames := noun_cue_frames(token)) is not None:
            attribution = _noun_cue(doc, text, token, frames, index)
        else:
            attribution = None
        if attribution is not None:
            candidates.append((_depth(token), attribution, token))
    candidates.sort(key=lambda c: c[0])
    accepted: list[_Attribution] = []
    covered: list[tuple[int, int]] = []
    for _depth_, attribution, token in candidates:
        if any(s <= token.idx < e for s, e in covered):
            continue  # a cue inside another statement's content is part of what was said
        accepted.append(attribution)
        covered.extend(attribution.content)
    return accepted


def _noun_cue(doc: Doc, text: str, noun: Token, frames: CueFrames, index: References) -> _Attribution | None:
    """'Trump's claim that ...', 'her call for ...', 'his view is that ...', 'she issued a warning that ...'."""
    roots = []
    for child in noun.children:
        that_clause = child.dep_ in {"acl", "ccomp", "relcl"} and has_child(child, "mark", "that")
        infinitive = child.dep_ in {"acl", "xcomp"} and frames.infinitive and has_child(child, "aux", "to")
        if that_clause or infinitive:
            roots.append(child)
        elif child.dep_ == "prep" and child.lower_ in frames.preps:
            roots.extend(g for g in child.children if g.dep_ in {"pobj", "pcomp"})
    if not roots and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        roots = [c for c in noun.head.children if c.dep_ == "ccomp"]  # 'his view is that ...'
    if not roots:
        return None
    first = noun
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _LIGHT_VERBS:
        source = subject_of(noun.head, clause=False)
        first = noun.head
    if source is None:
        source = next(
            (
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in {"by", "from"}
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    if source is None or source.pos_ == "DET":
        return None
    content = trim_all(text, [subtree_span(root) for root in roots])
    if not content:
        return None
    start, end = first.idx, noun.idx + len(noun)
    return _Attribution(Span(start, end, text[start:end]), noun, speaker_of(doc, source, index), content, 0.6)


def _depth(token: Token) -> int:
    """How far the token is below its sentence root (capped at 50)."""
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _reported(doc: Doc, text: str, verb: Token, frames: CueFrames, index: References) -> _Attribution | None:
    """A cue verb's attribution: its subject as speaker and what it reports as content."""
    roots = content_roots(verb, frames)
    subject = subject_of(verb, clause=all(r.dep_ in {"ccomp", "conj"} for r in roots))
    if subject is None and not asker_unnamed(verb):
        return None
    content = reported_content(doc, text, verb, roots)
    if not content:
        return None
    speaker = speaker_of(doc, subject, index, verb) if subject is not None else None
    return _Attribution(cue_span(doc, text, verb), verb, speaker, content)


def _according_to(doc: Doc, text: str, according: Token, index: References) -> _Attribution | None:
    """'..., according to X.': X is the speaker, the rest of its clause the content."""
    to = according.nbor(1)
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase = range(according.i, source.right_edge.i + 1)
    sentence = according.sent
    before = [t for t in sentence if t.i < phrase.start and not t.is_space]
    after = [t for t in sentence if t.i >= phrase.stop and not t.is_space]
    parts = [p for p in (before, after) if len([t for t in p if t.is_alpha]) >= 2]
    content = trim_all(text, [(p[0].idx, p[-1].idx + len(p[-1])) for p in parts])
    if not content:
        return None
    cue = Span(according.idx, to.idx + len(to), text[according.idx : to.idx + len(to)])
    return _Attribution(cue, according, speaker_of(doc, source, index), content, 0.7)


def _name_colon_leads(doc: Doc, text: str, index: References) -> list[_Attribution]:
    """'Elizabeth Warren: Trump is a failure' (headline or transcript): a short capitalised lead
    naming a person or organisation opens a paragraph, then a colon; it says the rest of the paragraph."""
    found = []
    for lead in _NAME_COLON.finditer(text):
        name_start, name_end = lead.span(1)
        entity_id = index.at(name_start, name_end)
        if entity_id is None or index.entities[entity_id].type not in {"PERSON", "ORG"}:
            continue
        colon = text.index(":", name_end)
        content = trim(text, lead.start(2), lead.end(2))
        if content[1] <= content[0]:
            continue
        speaker = Speaker(name_start, name_end, text[name_start:name_end], entity_id)
        found.append(_Attribution(Span(colon, colon + 1, ":"), None, speaker, [content], 0.7))
    return found


def _carry_pronoun_speakers(attributions: list[_Attribution], index: References) -> None:
    """A pronoun source the entities stage left unresolved ('It added that ...') continues the
    statement just before it, when that one's speaker is of a kind the pronoun can stand for."""
    ordered = sorted((a for a in attributions if a.cue is not None), key=lambda a: a.cue.start)
    for previous, current in pairwise(ordered):
        speaker = current.speaker
        if speaker is None or speaker.entity is not None or speaker.text.lower() not in _PRONOUN_KINDS:
            continue
        if (
            previous.speaker is None
            or previous.speaker.entity is None
            or current.cue.start - previous.cue.start > 400
        ):
            continue
        if index.entities[previous.speaker.entity].type in _PRONOUN_KINDS[speaker.text.lower()]:
            current.speaker = Speaker(speaker.start, speaker.end, speaker.text, previous.speaker.entity)


# --- direct quotes without a verb cue of their own --------------------------------------------


def _attach_direct_quotes(
    doc: Doc, text: str, attributions: list[_Attribution], index: References, quotes: QuotedSpans
) -> None:
    """Give each quoted span not yet in a statement to a cue in its sentence, a dash attribution,
    the statement it continues, or a cue opening the next sentence; long ones keep no speaker."""
    by_sentence: dict[int, _Attribution] = {}
    for attribution in attributions:
        if attribution.cue_token is not None:
            by_sentence.setdefault(attribution.cue_token.sent.start, attribution)
    previous: _Attribution | None = None
    previous_end = -1
    unclosed: list[tuple[int, int]] = []
    for start, end in quotes.spans:
        owner = _owner(start, end, attributions)
        if owner is not None:
            previous, previous_end = owner, max(end, previous_end)
            continue
        if end == len(text) or text[end] == "\n":
            unclosed.append((start, end))  # continued in the next paragraph: decided below
            continue
        start, end = trim(text, start, end)
        first = doc.char_span(start, start + 1, alignment_mode="expand")
        last = doc.char_span(end - 1, end, alignment_mode="expand")
        if end <= start or first is None or last is None:
            continue
        attribution = _cue_in(
            doc, text, first.sent.start, last.sent.end, by_sentence, index, quotes
        ) or _dash_attribution(doc, text, end, index)
        if (
            attribution is None
            and previous is not None
            and previous.speaker is not None
            and continues_quote(text, previous_end, start)
        ):
            attribution = previous
        if attribution is None and first.sent.start > 0:
            before = doc[first.sent.start - 1].sent  # '..., she told VOA. "We will ..."'
            lead = by_sentence.get(before.start)
            if lead is not None and lead.speaker is not None and "\n" not in text[before.end_char : start]:
                attribution = lead
        if attribution is None and last.sent.end < len(doc):
            following = doc[last.sent.end].sent
            opening = _cue_in(doc, text, following.start, following.end, by_sentence, index, quotes)
            if (
                opening is not None
                and opening.cue_token is not None
                and opening.cue_token.i - following.start <= 4
            ):
                attribution = opening  # '"...." He said.' split by the sentence splitter
        if attribution is None:
            if len(text[start:end].split()) < _MIN_UNATTRIBUTED_WORDS:
                continue  # a title, a scare quote or a term, not a statement
            attribution = _Attribution(None, None, None, [], 0.5)
        if attribution not in attributions:
            attributions.append(attribution)
        attribution.content.append((start, end))
        previous, previous_end = attribution, end
    for start, end in unclosed:
        following = next((q for q in quotes.spans if q[0] > end), None)
        owner = (
            _owner(*following, attributions)
            if following and continues_quote(text, end, following[0])
            else None
        )
        start, end = trim(text, start, end)
        if owner is not None:
            owner.content.append((start, end))
        elif len(text[start:end].split()) >= _MIN_UNATTRIBUTED_WORDS:
            attributions.append(_Attribution(None, None, None, [(start, end)], 0.5))


def _cue_in(
    doc: Doc,
    text: str,
    first: int,
    last: int,
    by_sentence: dict[int, _Attribution],
    index: References,
    quotes: QuotedSpans,
) -> _Attribution | None:
    """The statement whose cue is in these sentences, else a new one for a cue verb there with a subject."""
    sentence = first
    while sentence < last:
        if sentence in by_sentence:
            return by_sentence[sentence]
        sentence = doc[sentence].sent.end
    for token in doc[first:last]:
        if is_reporting_verb(token) and quotes.at(token.idx) is None:
            subject = subject_of(token)
            if subject is not None and quotes.at(subject.idx) is None:
                attribution = _Attribution(
                    cue_span(doc, text, token), token, speaker_of(doc, subject, index, token), []
                )
                by_sentence[token.sent.start] = attribution
                return attribution
    return None


def _owner(start: int, end: int, attributions: list[_Attribution]) -> _Attribution | None:
    """The statement whose content already overlaps [start, end), if any."""
    for attribution in attributions:
        if any(s < end and start < e for s, e in attribution.content):
            return attribution
    return None


def _dash_attribution(doc: Doc, text: str, end: int, index: References) -> _Attribution | None:
    """'"..." – Senator Jane Doe': a name (after at most a title or two) right after a dash that follows the quote."""
    limit = end + 3
    while end < min(limit, len(text)) and text[end] in ".,!?\"”'’":
        end += 1
    dash = _DASH_ATTRIBUTION.match(text, end, end + 4)
    if not dash:
        return None
    name_at = dash.end()
    line_end = text.find("\n", name_at)
    line_end = len(text) if line_end == -1 else line_end
    window = text[name_at : min(line_end, name_at + 40)]
    entity_id = index.at(name_at, name_at + len(window))
    if entity_id is None:
        return None
    mention = next(
        (m for m in index.entities[entity_id].mentions if name_at <= m.start < name_at + len(window)), None
    )
    if mention is None or len(text[name_at : mention.start].split()) > 2:
        return None
    dash_at = dash.start() + len(dash.group()) - len(dash.group().lstrip())
    cue = Span(dash_at, dash_at + 1, text[dash_at : dash_at + 1])
    speaker = Speaker(name_at, mention.end, text[name_at : mention.end], entity_id)
    return _Attribution(cue, None, speaker, [], 0.8)


# --- output -----------------------------------------------------------------------------------


def _fragments(text: str, content: list[tuple[int, int]], quotes: QuotedSpans) -> list[tuple[int, int]]:
    """Content fragments widened to whole quotations they cut into, merged when they touch."""
    widened = []
    for start, end in content:
        for q_start, q_end in quotes.overlapping(start, end):
            if q_start < start or q_end > end:
                start, end = min(start, q_start), max(end, q_end)
        widened.append(trim(text, start, end, MARK_EDGE))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(w for w in widened if w[1] > w[0]):
        if merged and (start <= merged[-1][1] + 1 or _joins(text[merged[-1][1] : start])):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return [keep_edge_marks(text, start, end, quotes) for start, end in merged]


def _joins(between: str) -> bool:
    """Only punctuation and a conjunction between two fragments: 'A, and B' reads as one statement."""
    return "\n" not in between and between.strip(MARK_EDGE).lower() in {
        "",
        "and",
        "but",
        "or",
        "and that",
        "but that",
    }
