"""Quotes: direct, indirect and mixed statements, each with its cue and its speaker entity.

A cue is a word from `data/reporting_verbs.txt` (a verb, or a noun such as 'claim'), `according
to`, a colon after a name opening a paragraph, or a dash after a quote. Its content is the clause,
infinitive or object it reports, or the rest of the sentence when the cue is parenthetical
(`..., the fighter said.`). Quoted text with no cue of its own joins the cue in its sentence, the
statement it continues, or the one just before; long quotes with none keep `speaker=None`. Only
the outermost of nested attributions is kept (PolNeAR's convention). Speakers are resolved
through the entities stage's `EntityIndex`; an unresolved pronoun continues the previous speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..options import Options
from ..records import Quote, Span, Speaker
from ..resolve import EntityIndex
from ..tables import word_list

__all__ = ["extract_quotes", "quoted_spans"]

# each opening mark and the marks that may close it (writers mix straight and curly marks)
_PAIRS = {"“": ("”", '"'), '"': ('"', "”"), "«": ("»",), "„": ("“", "”"), "''": ("''",)}
_SUBJECTS = {"nsubj", "nsubjpass"}
_CLIMB = {"advcl", "xcomp", "conj", "pcomp", "prep", "acl"}  # through these a verb borrows a subject
_RELATIVE = {"who", "which", "that", "whom"}
_CUE_GROUP = {"aux", "auxpass", "neg"}
_FRAME_WORDS = {"infinitive", "object", "clause", "noun", "verb"}
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
_OBJECT_PREPS = {"for", "against", "of", "as", "about", "with", "over"}
_MIN_UNATTRIBUTED_WORDS = 5
_PRONOUN_KINDS = {
    "he": {"PERSON"},
    "she": {"PERSON"},
    "it": {"ORG", "GPE"},
    "they": {"ORG", "GPE", "NORP"},
}
# what a statement is made in: 'said in a statement', 'wrote on Twitter'
_MEDIA = {
    "statement",
    "interview",
    "email",
    "e-mail",
    "tweet",
    "post",
    "letter",
    "speech",
    "release",
    "op-ed",
    "message",
    "briefing",
    "conference",
    "call",
    "twitter",
    "facebook",
    "instagram",
    "blog",
    "memo",
    "video",
    "radio",
    "television",
    "appearance",
    "address",
    "remarks",
    "column",
    "essay",
    "editorial",
    "report",
}
_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])\s+")  # 'H. Chipok' does not end a sentence
_NAME_COLON = re.compile(
    r"^[ \t]*([A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|at|of|for|the|and|&)){0,5})[ \t]*:[ \t]*(\S[^\n]*)",
    re.MULTILINE,
)
_DASH_ATTRIBUTION = re.compile(r"\s*[-–—―]\s*(?=[A-Z])")
_PUNCT_EDGE = " \t\r\n,;:.—–-"
_MARK_EDGE = _PUNCT_EDGE + "\"'“”‘’«»„"


@dataclass(frozen=True)
class _Frames:
    """What a cue verb's content may be: a clause always, an infinitive, an object, preposition objects."""

    infinitive: bool = False
    obj: bool = False
    preps: frozenset[str] = frozenset()
    verb: bool = True
    noun: bool = False


@dataclass
class _Attribution:
    cue: Span | None
    cue_token: Token | None
    speaker: Speaker | None
    content: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.8


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, _Frames]:
    """Cue lemmas and their frames, from `reporting_verbs.txt` ('lemma frame frame ...')."""
    lexicon = {}
    for entry in word_list("reporting_verbs.txt"):
        lemma, *frames = entry.split()
        lexicon[lemma] = _Frames(
            infinitive="infinitive" in frames,
            obj="object" in frames,
            preps=frozenset(f for f in frames if f not in _FRAME_WORDS),
            verb="verb" in frames or "noun" not in frames,
            noun="noun" in frames,
        )
    return lexicon


def _lemma(token: Token) -> str:
    """The token's lemma, mended where the lemmatizer strips too much ('hoped' -> 'hop')."""
    lemma = token.lemma_.lower()
    lower = token.lower_
    if lemma in _lexicon():
        return lemma
    for suffix, ending in (("ed", "e"), ("ing", "e"), ("es", "e")):
        if lower.endswith(suffix) and lower[: -len(suffix)] + ending in _lexicon():
            return lower[: -len(suffix)] + ending
    return lemma


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


class _Quotes:
    """Sorted quoted spans with logarithmic lookup."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def at(self, offset: int) -> tuple[int, int] | None:
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


def extract_quotes(doc: Doc, *, options: Options) -> Iterator[Quote]:
    """Yield the article's quotes in text order."""
    text = doc.text  # built anew on each access: read it once
    index = EntityIndex(doc, doc._.ng_entities or ())
    quotes = _Quotes(quoted_spans(text))
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
            kind=_kind(start, end, quotes),
            start=start,
            end=end,
            text=text[start:end],
            cue=attribution.cue,
            speaker=attribution.speaker,
            confidence=attribution.confidence,
        )


# --- cues and their content -------------------------------------------------------------------


def _verb_attributions(doc: Doc, text: str, index: EntityIndex, quotes: _Quotes) -> list[_Attribution]:
    """Attributions anchored on a cue verb or `according to`, outermost first, nested ones dropped."""
    lexicon = _lexicon()
    candidates: list[tuple[int, _Attribution, Token]] = []
    for token in doc:
        if quotes.at(token.idx) is not None:
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and token.nbor(1).lower_ == "to":
            attribution = _according_to(doc, text, token, index)
        elif _is_cue_verb(token, lexicon):
            attribution = _reported(doc, text, token, lexicon[_lemma(token)], index)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in lexicon and lexicon[token.lemma_.lower()].noun:
            attribution = _noun_cue(doc, text, token, lexicon[token.lemma_.lower()], index)
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


def _noun_cue(doc: Doc, text: str, noun: Token, frames: _Frames, index: EntityIndex) -> _Attribution | None:
    """'Trump's claim that ...', 'her call for ...', 'his view is that ...', 'she issued a warning that ...'."""
    roots = []
    for child in noun.children:
        that_clause = child.dep_ in {"acl", "ccomp", "relcl"} and _has_child(child, "mark", "that")
        infinitive = child.dep_ in {"acl", "xcomp"} and frames.infinitive and _has_child(child, "aux", "to")
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
        source = _subject_of(noun.head, clause=False)
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
    content = [_trim(text, *_subtree_span(root)) for root in roots]
    content = [(s, e) for s, e in content if e > s]
    if not content:
        return None
    start, end = first.idx, noun.idx + len(noun)
    return _Attribution(Span(start, end, text[start:end]), noun, _speaker(doc, source, index), content, 0.6)


def _is_cue_verb(token: Token, lexicon: dict[str, _Frames]) -> bool:
    """A reporting verb used as a verb ('pledged delegates' is an adjective, not a pledge)."""
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ in {"amod", "compound"}:
        return False
    frames = lexicon.get(_lemma(token))
    return frames is not None and frames.verb


def _has_child(token: Token, dep: str, word: str) -> bool:
    return any(c.dep_ == dep and c.lower_ == word for c in token.children)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _reported(doc: Doc, text: str, verb: Token, frames: _Frames, index: EntityIndex) -> _Attribution | None:
    """A cue verb's attribution: its subject as speaker and what it reports as content."""
    content_roots = _content_roots(verb, frames)
    subject = _subject_of(verb, clause=all(r.dep_ in {"ccomp", "conj"} for r in content_roots))
    if subject is None and not _asker_unnamed(verb):
        return None
    content: list[tuple[int, int]] = []
    if _is_parenthetical(verb, content_roots):
        content = _around(doc, verb)
    elif content_roots:
        content = [_root_span(doc, verb, root) for root in content_roots]
    else:
        colon = _colon_after(verb)
        if colon is not None:
            content = _after_colon(doc, colon)
    content = [_trim(text, s, e) for s, e in content]
    content = [(s, e) for s, e in content if e > s]
    if not content:
        return None
    speaker = _speaker(doc, subject, index, verb) if subject is not None else None
    return _Attribution(_cue_span(doc, text, verb), verb, speaker, content)


def _asker_unnamed(verb: Token) -> bool:
    """'Asked about it, she said ...': a bare passive participle; she was asked, the asker is not named."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in {"advcl", "acl"}
        and not any(c.dep_ in _CUE_GROUP or c.dep_ == "agent" for c in verb.children)
    )


def _root_span(doc: Doc, verb: Token, root: Token) -> tuple[int, int]:
    """A content child's subtree; a clause after the verb that lost its subject to the verb
    in the parse ('said about half of X reflected Y') takes back the words in between."""
    start, end = _subtree_span(root)
    if (
        root.dep_ == "ccomp"
        and root.i > verb.i
        and not any(c.dep_ in _SUBJECTS | {"expl"} for c in root.children)
    ):
        gap = [t for t in doc[verb.i + 1 : root.left_edge.i] if not t.is_punct and not t.is_space]
        if gap and all(_in_subtree_of_child(t, verb) for t in gap) and gap[0].dep_ != "dobj":
            start = gap[0].idx
    if root.i > verb.i:
        end = max(end, _trailing_end(doc, verb, root))
    if root.dep_ in {"dobj", "pobj"}:
        end = max(
            [end] + [_subtree_span(c)[1] for c in verb.children if c.i > root.i and _completes_object(c)]
        )
    return start, end


def _trailing_end(doc: Doc, verb: Token, root: Token) -> int:
    """'told X that A, the first time they spoke': words after a comma or dash that the parse hung on the
    cue verb, up to the sentence end, still belong to the content; a cue among them ends it."""
    sentence_end = verb.sent.end
    last = sentence_end - 1
    while last > root.right_edge.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    trailing = doc[root.right_edge.i + 1 : last + 1]
    if not trailing or trailing[0].text not in {",", "—", "–", "-"}:
        return -1
    lexicon = _lexicon()
    for token in trailing:
        own_clause = token.dep_ not in {"relcl", "acl", "amod"}  # 'the time the two men spoke' is no cue
        if token.lower_ == "according" or (
            own_clause and token.pos_ in {"VERB", "AUX"} and _lemma(token) in lexicon
        ):
            return -1
        if not any(a.i == verb.i for a in token.ancestors) or any(a.i == root.i for a in token.ancestors):
            return -1
    return trailing[-1].idx + len(trailing[-1])


def _completes_object(child: Token) -> bool:
    """What follows a reported object and belongs to it: 'called him a liar', 'urged them to act',
    'criticized him for saying', 'defended Clinton against allegations'."""
    if child.dep_ in {"oprd", "xcomp", "ccomp"}:
        return True
    if child.dep_ == "advcl":
        return _is_infinitive(child)
    return child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS


def _in_subtree_of_child(token: Token, verb: Token) -> bool:
    while token.head.i != token.i:
        if token.head.i == verb.i:
            return token.dep_ in {"prep", "npadvmod", "nsubj", "dep", "advmod"}
        token = token.head
    return False


def _after_colon(doc: Doc, colon: Token) -> list[tuple[int, int]]:
    """'X said: ...': the rest of the sentence, or the next sentence when the colon ends one."""
    sentence = colon.sent
    following = [t for t in doc[colon.i + 1 : sentence.end] if not t.is_space]
    if not following and sentence.end < len(doc):
        following = [t for t in doc[sentence.end].sent if not t.is_space]
    if not following:
        return []
    return [(following[0].idx, following[-1].idx + len(following[-1]))]


def _content_roots(verb: Token, frames: _Frames) -> list[Token]:
    """The children of a cue verb that hold its content."""
    roots = []
    for child in verb.children:
        infinitive = child.dep_ == "xcomp" and frames.infinitive and _has_child(child, "aux", "to")
        if child.dep_ == "ccomp" or infinitive or (child.dep_ == "dobj" and frames.obj):
            roots.append(child)
        elif child.dep_ == "prep" and child.lower_ in frames.preps:
            objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            roots.extend(objects)
    if roots:
        roots.extend(
            c for c in verb.children if c.dep_ == "conj" and c.i > roots[-1].i and _continues_content(c)
        )
    return roots


def _continues_content(conj: Token) -> bool:
    """'said A, and (that) B': a clause conjoined to the cue verb that is not a statement of its own
    ('and that B', or a clause with its own subject and no reporting verb) continues the content."""
    if _has_child(conj, "mark", "that"):
        return True
    has_subject = any(g.dep_ in _SUBJECTS | {"expl"} for g in conj.children)
    return has_subject and _lemma(conj) not in _lexicon()


def _is_parenthetical(verb: Token, content_roots: list[Token]) -> bool:
    """'..., the fighter said.' / 'Trump, he said, is wrong': the cue interrupts or closes its content."""
    if verb.dep_ not in {"parataxis", "conj", "advcl", "ccomp", "ROOT"}:
        return False
    if any(r.i > verb.i for r in content_roots):
        return False
    phrase = _cue_phrase(verb, content_roots)
    left, right = phrase[0], phrase[-1]
    sentence = verb.sent
    before = left.i - 1
    after = right.i + 1
    if before < sentence.start:
        return False
    opens = left.nbor(-1).text in {",", "”", '"', "''", "—", "–"} or left.nbor(-1).is_quote
    closes = after >= sentence.end or right.nbor(1).is_punct
    if not (opens and closes):
        return False
    return verb.dep_ != "ROOT" or any(r.i < verb.i for r in content_roots)


def _cue_phrase(verb: Token, content_roots: list[Token]) -> list[Token]:
    """The verb with its subject and modifiers: its subtree without the content."""
    excluded = {t.i for r in content_roots for t in r.subtree}
    phrase = [t for t in verb.subtree if t.i not in excluded]
    while len(phrase) > 1 and phrase[0].is_punct:
        phrase.pop(0)
    while len(phrase) > 1 and phrase[-1].is_punct:
        phrase.pop()
    return phrase


def _around(doc: Doc, verb: Token) -> list[tuple[int, int]]:
    """The sentence around a parenthetical cue, without the cue phrase: one or two fragments."""
    roots = [c for c in verb.children if c.dep_ == "ccomp"]
    phrase = _cue_phrase(verb, roots)
    sentence = verb.sent
    left, right = phrase[0].i, phrase[-1].i
    fragments = []
    if left > sentence.start:
        fragments.append((sentence[0].idx, doc[left - 1].idx + len(doc[left - 1])))
    if right + 1 < sentence.end:
        last = doc[sentence.end - 1]
        fragments.append((doc[right + 1].idx, last.idx + len(last)))
    return fragments


def _colon_after(verb: Token) -> Token | None:
    doc = verb.doc
    i = verb.i + 1
    while (
        i < len(doc) and i < verb.i + 4 and (doc[i].dep_ in {"prt", "advmod", "npadvmod"} or doc[i].is_space)
    ):
        i += 1
    if i < len(doc) and doc[i].text == ":":
        return doc[i]
    return None


def _subtree_span(root: Token) -> tuple[int, int]:
    """A content root's words, without a leading 'that' or a trailing conjunction."""
    tokens = list(root.subtree)
    if (
        len(tokens) > 1
        and tokens[0].dep_ == "mark"
        and tokens[0].lower_ == "that"
        and tokens[0].head.i == root.i
    ):
        tokens = tokens[1:]
    while len(tokens) > 1 and (tokens[-1].dep_ == "cc" or tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    first, last = tokens[0], tokens[-1]
    return first.idx, last.idx + len(last)


def _trim(text: str, start: int, end: int, edge: str = _PUNCT_EDGE) -> tuple[int, int]:
    """Strip white space and edge punctuation (and, with `_MARK_EDGE`, quotation marks)."""
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge:
        end -= 1
    return start, end


def _cue_span(doc: Doc, text: str, verb: Token) -> Span:
    """The verb group: auxiliaries, negation and an adverb between them before the verb ('has
    repeatedly said'); a particle or the medium after it ('pointed out', 'said in a statement')."""
    anchor = verb
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        anchor = verb.head.head  # 'was quoted as saying'
    left = anchor.i
    while (
        left - 1 >= 0
        and doc[left - 1].head.i == anchor.i
        and (
            doc[left - 1].dep_ in _CUE_GROUP
            or (doc[left - 1].dep_ == "advmod" and left - 2 >= 0 and doc[left - 2].dep_ in _CUE_GROUP)
        )
    ):
        left -= 1
    right = verb.i
    if right + 1 < len(doc) and doc[right + 1].dep_ == "prt" and doc[right + 1].head.i == verb.i:
        right += 1
    if right + 1 < len(doc) and doc[right + 1].dep_ == "prep" and doc[right + 1].head.i == verb.i:
        medium = next((c for c in doc[right + 1].children if c.dep_ == "pobj"), None)
        if medium is not None and medium.lemma_.lower() in _MEDIA and medium.right_edge.i - right < 6:
            right = medium.right_edge.i
    start, end = doc[left].idx, doc[right].idx + len(doc[right])
    return Span(start, end, text[start:end])


# --- speakers ---------------------------------------------------------------------------------


def _subject_of(verb: Token, *, clause: bool = True) -> Token | None:
    """The head of a cue verb's source: its subject, or the subject of the verb it hangs from.

    A participle on a noun ('a spokesman saying that') takes the noun only when it reports a clause;
    an infinitive borrows its governor's subject only when the governor has no object of its own
    ('urged him to say' is his saying, not the urger's).
    """
    if _asker_unnamed(verb):
        return None
    candidate = verb
    for _ in range(4):
        subjects = [
            c
            for c in candidate.children
            if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and candidate.lemma_ == "quote")
        ]
        if subjects:
            return subjects[-1] if subjects[-1].i < candidate.i else subjects[0]
        for child in candidate.children:
            if child.dep_ == "agent" and candidate.lemma_ != "quote":
                by_object = next((g for g in child.children if g.dep_ == "pobj"), None)
                if by_object is not None:
                    return by_object
        if any(c.dep_ == "nsubjpass" for c in candidate.children):
            return None  # 'the concert was announced': a passive without 'by' names no source
        if candidate.dep_ == "acl" and candidate.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            medium = candidate.head
            if medium.lemma_.lower() in _MEDIA and medium.dep_ == "dobj":
                return _subject_of(medium.head, clause=False) or medium  # 'she issued a statement saying'
            return medium if clause else None
        if candidate.dep_ not in _CLIMB or candidate.head.i == candidate.i:
            return None
        if _is_infinitive(candidate) and any(c.dep_ in {"dobj", "dative"} for c in candidate.head.children):
            return None
        candidate = candidate.head
    return None


def _is_infinitive(verb: Token) -> bool:
    return verb.dep_ in {"xcomp", "advcl"} and _has_child(verb, "aux", "to")


def _source_phrase(doc: Doc, head: Token, cue: Token | None = None) -> SpacySpan:
    """The whole source phrase, with the appositions and relative clauses that say who the source is
    (PolNeAR's guidelines keep them); a phrase over 40 tokens falls back to the name."""
    tokens = list(head.subtree)
    left, right = tokens[0].i, tokens[-1].i
    if cue is not None and left <= cue.i <= right:  # 'a poll showing X': the participle is the cue
        right = max(head.i, cue.left_edge.i - 1)
    for (
        sibling
    ) in head.head.children:  # 'A fighter operating under the pseudonym Abu Tahla told': two subjects
        if sibling.dep_ == head.dep_ and sibling.i < head.i and sibling.right_edge.i + 1 == left:
            left = sibling.left_edge.i
    while (
        right > left
        and (doc[right].is_punct or doc[right].is_space)
        and not _closes_bracket(doc, left, right)
    ):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    if right - left > 40:
        return _name_span(doc, head, None)
    return doc[left : right + 1]


def _closes_bracket(doc: Doc, left: int, right: int) -> bool:
    """'Sen. Ted Cruz (R-Texas)': a closing bracket whose opening one is in the phrase stays."""
    return doc[right].text == ")" and any(t.text == "(" for t in doc[left:right])


def _name_span(doc: Doc, head: Token, index: EntityIndex | None) -> SpacySpan:
    """The mention that names the speaker: the entity name at the head, else the core noun phrase."""
    if index is not None:
        entity_id = index.at(head.idx, head.idx + len(head))
        if entity_id is not None:
            for mention in index.entities[entity_id].mentions:
                if mention.start <= head.idx < mention.end:
                    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                    if span is not None:
                        return span
    left = min(
        (t.i for t in head.lefts if t.dep_ in {"det", "amod", "compound", "nmod", "poss", "nummod"}),
        default=head.i,
    )
    right = head.i
    while (
        right + 1 < len(doc)
        and doc[right + 1].dep_ in {"compound", "flat"}
        and doc[right + 1].head.i == head.i
    ):
        right += 1
    return doc[left : right + 1]


def _speaker(doc: Doc, head: Token, index: EntityIndex, cue: Token | None = None) -> Speaker:
    """The source phrase as speaker text, resolved through the name (or pronoun) at its head;
    a relative pronoun ('..., who said') stays the text but resolves through its antecedent."""
    if head.lower_ in _RELATIVE and head.head.dep_ == "relcl":
        entity = index.resolve(_name_span(doc, head.head.head, index))
        return Speaker(head.idx, head.idx + len(head), head.text, entity)
    phrase = _source_phrase(doc, head, cue)
    entity = index.resolve(_name_span(doc, head, index))
    if entity is None:  # 'the company, Vantor Mining, said': the apposition names it
        named = (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN")
        entity = next((e for c in named if (e := index.resolve(_name_span(doc, c, index)))), None)
    return Speaker(phrase.start_char, phrase.end_char, phrase.text, entity)


def _according_to(doc: Doc, text: str, according: Token, index: EntityIndex) -> _Attribution | None:
    """'..., according to X.': X is the speaker, the rest of its clause the content."""
    to = according.nbor(1)
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase = range(according.i, source.right_edge.i + 1)
    sentence = according.sent
    before = [t for t in sentence if t.i < phrase.start and not t.is_space]
    after = [t for t in sentence if t.i >= phrase.stop and not t.is_space]
    content = []
    for part in (before, after):
        if len([t for t in part if t.is_alpha]) >= 2:
            content.append(_trim(text, part[0].idx, part[-1].idx + len(part[-1])))
    content = [(s, e) for s, e in content if e > s]
    if not content:
        return None
    cue = Span(according.idx, to.idx + len(to), text[according.idx : to.idx + len(to)])
    return _Attribution(cue, according, _speaker(doc, source, index), content, 0.7)


def _name_colon_leads(doc: Doc, text: str, index: EntityIndex) -> list[_Attribution]:
    """'Elizabeth Warren: Trump is a failure' (headline or transcript): a short capitalised lead
    naming a person or organisation opens a paragraph, then a colon; it says the rest of the paragraph."""
    found = []
    for lead in _NAME_COLON.finditer(text):
        name_start, name_end = lead.span(1)
        entity_id = index.at(name_start, name_end)
        if entity_id is None or index.entities[entity_id].type not in {"PERSON", "ORG"}:
            continue
        colon = text.index(":", name_end)
        content = _trim(text, lead.start(2), lead.end(2))
        if content[1] <= content[0]:
            continue
        speaker = Speaker(name_start, name_end, text[name_start:name_end], entity_id)
        found.append(_Attribution(Span(colon, colon + 1, ":"), None, speaker, [content], 0.7))
    return found


def _carry_pronoun_speakers(attributions: list[_Attribution], index: EntityIndex) -> None:
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
    doc: Doc, text: str, attributions: list[_Attribution], index: EntityIndex, quotes: _Quotes
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
        start, end = _trim(text, start, end)
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
            and _follows(text, previous_end, start)
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
        owner = _owner(*following, attributions) if following and _follows(text, end, following[0]) else None
        start, end = _trim(text, start, end)
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
    index: EntityIndex,
    quotes: _Quotes,
) -> _Attribution | None:
    """The statement whose cue is in these sentences, else a new one for a cue verb there with a subject."""
    sentence = first
    while sentence < last:
        if sentence in by_sentence:
            return by_sentence[sentence]
        sentence = doc[sentence].sent.end
    lexicon = _lexicon()
    for token in doc[first:last]:
        if token.pos_ in {"VERB", "AUX"} and _lemma(token) in lexicon and quotes.at(token.idx) is None:
            subject = _subject_of(token)
            if subject is not None and quotes.at(subject.idx) is None:
                attribution = _Attribution(
                    _cue_span(doc, text, token), token, _speaker(doc, subject, index, token), []
                )
                by_sentence[token.sent.start] = attribution
                return attribution
    return None


def _owner(start: int, end: int, attributions: list[_Attribution]) -> _Attribution | None:
    for attribution in attributions:
        if any(s < end and start < e for s, e in attribution.content):
            return attribution
    return None


def _follows(text: str, previous_end: int, start: int) -> bool:
    """Whether a quote continues the previous one: only white space and at most one sentence between."""
    between = text[previous_end:start]
    if len(between) >= 400:
        return False
    sentences = [piece for piece in _SENTENCE_END.split(between) if re.search(r"[A-Za-z]{2}", piece)]
    return len(sentences) <= 1


def _dash_attribution(doc: Doc, text: str, end: int, index: EntityIndex) -> _Attribution | None:
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


def _fragments(text: str, content: list[tuple[int, int]], quotes: _Quotes) -> list[tuple[int, int]]:
    """Content fragments widened to whole quotations they cut into, merged when they touch."""
    widened = []
    for start, end in content:
        for q_start, q_end in quotes.overlapping(start, end):
            if q_start < start or q_end > end:
                start, end = min(start, q_start), max(end, q_end)
        widened.append(_trim(text, start, end, _MARK_EDGE))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(w for w in widened if w[1] > w[0]):
        if merged and (start <= merged[-1][1] + 1 or _joins(text[merged[-1][1] : start])):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return [_keep_inner_marks(text, start, end, quotes) for start, end in merged]


def _keep_inner_marks(text: str, start: int, end: int, quotes: _Quotes) -> tuple[int, int]:
    """A mixed fragment keeps the marks of the quotation at its edge, so its marks stay paired
    ('the response had been "a total failure."'); a direct one has none."""
    inside = quotes.overlapping(start, end)
    if not inside or (len(inside) == 1 and inside[0][0] <= start and end <= inside[0][1]):
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


def _joins(between: str) -> bool:
    """Only punctuation and a conjunction between two fragments: 'A, and B' reads as one statement."""
    return "\n" not in between and between.strip(_MARK_EDGE).lower() in {
        "",
        "and",
        "but",
        "or",
        "and that",
        "but that",
    }


def _kind(start: int, end: int, quotes: _Quotes) -> str:
    """Direct when the fragment lies within one quotation, mixed when it holds quoted words and others."""
    inside = quotes.overlapping(start, end)
    if not inside:
        return "indirect"
    if len(inside) == 1 and inside[0][0] <= start and end <= inside[0][1]:
        return "direct"
    return "mixed"
