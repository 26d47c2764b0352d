"""Direct quotes without a cue of their own: each quoted span joins the statement it belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ...lang.syntax import VERB_POS
from ...lang.paragraphs import paragraph_of
from .attribution import Attribution, dash_attribution
from .cues import cue_span, is_reporting_verb
from .marks import QuotedSpans, continues_quote, is_title, trim
from .speakers import says_nothing, speaker_of, subject_of
from .words import quote_words

if TYPE_CHECKING:
    from ...references import References

__all__ = ["attach_direct_quotes"]

_MIN_UNATTRIBUTED_WORDS = 5
_MARKS = " \t\"“”'‘’"


def attach_direct_quotes(
    doc: Doc, text: str, attributions: list[Attribution], index: References, quotes: QuotedSpans, *, statements: bool
) -> None:
    """Give each quoted span not yet in a statement to a cue in its sentence, a dash attribution,
    the statement it continues, or a cue opening the next sentence; long ones keep no speaker. With
    `statements`, a phrase the writer borrows with no cue (`_borrowed`) is none."""
    by_sentence: dict[int, Attribution] = {}
    for attribution in attributions:
        if attribution.cue_token is not None:
            by_sentence.setdefault(attribution.cue_token.sent.start, attribution)
    previous: Attribution | None = None
    previous_end = -1
    unclosed: list[tuple[int, int, Attribution | None]] = []
    for start, end in quotes.spans:
        owner = _owner(start, end, attributions)
        if owner is not None:
            previous, previous_end = owner, max(end, previous_end)
            continue
        if end == len(text) or text[end] == "\n":
            if (
                previous is not None
                and previous.speaker is not None
                and "\n" not in text[previous_end:start]
                and continues_quote(text, previous_end, start)
            ):  # '"A," she wrote. "B ...' left open at the paragraph's end: still hers
                previous.content.append(trim(text, start, end))
                previous_end = end
            else:
                # continued in the next paragraph: decided below. A paragraph that is all quote, right
                # after a quoted speaker's words, is the speaker carrying on unless a later cue says otherwise
                carried_on = (
                    previous is not None
                    and previous.speaker is not None
                    and _opens_paragraph(text, start)
                    and continues_quote(text, previous_end, start)
                )
                unclosed.append((start, end, previous if carried_on else None))
                if carried_on:
                    previous_end = end
            continue
        start, end = trim(text, start, end)
        first = doc.char_span(start, start + 1, alignment_mode="expand")
        last = doc.char_span(end - 1, end, alignment_mode="expand")
        if end <= start or first is None or last is None or _named(doc, first.start):
            continue
        if _inscribed(doc, first.sent.start, last.sent.end, quotes):
            # 'A sign on the door read "..."': words written on a thing, quoted but said by no one
            if len(text[start:end].split()) >= _MIN_UNATTRIBUTED_WORDS:
                attributions.append(Attribution(None, None, None, [(start, end)], 0.5))
            continue
        if statements and text[start].islower() and _object_of_an_act(doc, first.start, last.end):
            continue
        attribution = _cue_in(
            doc, text, first.sent.start, _through_split(doc, last.sent.end), by_sentence, index, quotes, start
        ) or dash_attribution(text, end, index)
        beside = attribution is not None and _beside(doc, first.start, last.end, attribution)
        if is_title(text[start:end]) and not beside:
            continue  # '"Notes From a Border Town" sold 200,000 copies': a title, not something said
        lead = _lead_before(doc, text, first, by_sentence, start)
        if len(text[start:end].split()) < _MIN_UNATTRIBUTED_WORDS:
            # a few quoted words are a statement only right beside their cue ('adding “we need
            # everyone.”', '“You ready?” She said.') or as a whole sentence after a cued one ('"A,"
            # she said. "For now."'); elsewhere they are a title, a slogan or a scare quote ('on
            # “Trading Nation”')
            attribution = (
                attribution
                or _opening_cue(doc, text, end, last.sent.end, by_sentence, index, quotes)
                or lead  # 'Kelly said. "Nobody asked us."'
            )
            if attribution is None or not _beside(doc, first.start, last.end, attribution):
                attribution = lead if _whole_sentence(doc, first, last) else None
                if attribution is None:
                    continue
        elif (
            attribution is None
            and previous is not None
            and previous.speaker is not None
            and continues_quote(text, previous_end, start)
        ):
            attribution = previous
        if attribution is None:
            attribution = lead  # '..., she told VOA. "We will ..."'
        if attribution is None:
            attribution = _opening_cue(doc, text, end, last.sent.end, by_sentence, index, quotes)
        if attribution is None and statements and _borrowed(doc, first.start, quotes):
            continue
        if attribution is None and _pulled_from(text, start, end, quotes):
            continue
        if attribution is None:
            attribution = Attribution(None, None, None, [], 0.5)
        if attribution not in attributions:
            attributions.append(attribution)
        attribution.content.append((start, end))
        previous, previous_end = attribution, end
    for start, end, carried_on in unclosed:
        following = next((q for q in quotes.spans if q[0] > end), None)
        owner = (
            _owner(*following, attributions)
            if following and continues_quote(text, end, following[0])
            else None
        )
        if owner is None or owner.speaker is None:
            owner = carried_on or owner
        start, end = trim(text, start, end)
        if owner is not None:
            owner.content.append((start, end))
        elif len(text[start:end].split()) >= _MIN_UNATTRIBUTED_WORDS:
            attributions.append(Attribution(None, None, None, [(start, end)], 0.5))


def _cue_in(
    doc: Doc,
    text: str,
    first: int,
    last: int,
    by_sentence: dict[int, Attribution],
    index: References,
    quotes: QuotedSpans,
    quote_at: int,
) -> Attribution | None:
    """The statement whose cue is in these sentences, else a new one for a cue verb there with a subject;
    a cue in another paragraph than `quote_at` (the sentence splitter may run on past a break) is not one."""
    paragraph = range(*paragraph_of(text, quote_at))
    sentence = first
    while sentence < last:
        found = by_sentence.get(sentence)
        if found is not None and found.cue_token is not None and found.cue_token.idx in paragraph:
            return found
        sentence = doc[sentence].sent.end
    for token in doc[first:last]:
        if token.idx in paragraph and is_reporting_verb(token) and quotes.at(token.idx) is None:
            subject = subject_of(token, quotes=quotes)
            if subject is not None and quotes.at(subject.idx) is None:
                attribution = Attribution(
                    cue_span(doc, text, token), token, speaker_of(doc, subject, index, token), []
                )
                by_sentence[token.sent.start] = attribution
                return attribution
    return None


def _through_split(doc: Doc, end: int) -> int:
    """The end of the sentence after `end` when that one opens in lower case ('"Why now?" | he asked.':
    the splitter cut a quoted question from its cue, and no sentence opens so), else `end`."""
    if end < len(doc) and doc[end].is_lower and doc[end].is_alpha:
        return doc[end].sent.end
    return end


def _lead_before(
    doc: Doc, text: str, first: SpacySpan, by_sentence: dict[int, Attribution], start: int
) -> Attribution | None:
    """The statement with a speaker whose cue is in the sentence before the quote's, in the same
    paragraph (a paragraph break, which that sentence may end with, parts them)."""
    if first.sent.start == 0:
        return None
    before = doc[first.sent.start - 1].sent
    lead = by_sentence.get(before.start)
    words_end = max((t.idx + len(t) for t in before if not t.is_space), default=before.end_char)
    if lead is not None and lead.speaker is not None and "\n" not in text[words_end:start]:
        return lead
    return None


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether a quoted span opens its paragraph (only its quotation mark before it)."""
    return not text[paragraph_of(text, start)[0] : start].strip(_MARKS)


def _whole_sentence(doc: Doc, first: SpacySpan, last: SpacySpan) -> bool:
    """The quoted tokens are all the words of their sentences: a quoted sentence, not a phrase in one."""
    words = [t for t in doc[first.sent.start : last.sent.end] if not (t.is_punct or t.is_space)]
    return bool(words) and words[0].i >= first.start and words[-1].i < last.end


def _pulled_from(text: str, start: int, end: int, quotes: QuotedSpans) -> bool:
    """A pull quote: a paragraph of quoted words only, with no cue, that another quotation of the
    article holds whole (the page sets a line of the story apart), is not a statement of its own."""
    words = text[start:end].casefold().split()
    paragraph_start, paragraph_end = paragraph_of(text, start)
    alone = not text[paragraph_start:start].strip(_MARKS) and not text[end:paragraph_end].strip(_MARKS + ".")
    return alone and len(words) >= _MIN_UNATTRIBUTED_WORDS and any(
        (s, e) != (start, end) and " ".join(words) in " ".join(text[s:e].casefold().split())
        for s, e in quotes.spans
        if not (s <= start and end <= e)
    )


def _inscribed(doc: Doc, first: int, last: int, quotes: QuotedSpans) -> bool:
    """Whether a cue of these sentences, outside quotation marks, has for its source a thing that
    says nothing (`says_nothing`)."""
    for token in doc[first:last]:
        if is_reporting_verb(token) and quotes.at(token.idx) is None:
            subject = subject_of(token, quotes=quotes)
            if subject is not None and says_nothing(subject, token):
                return True
    return False


def _borrowed(doc: Doc, first: int, quotes: QuotedSpans) -> bool:
    """'the audit depicted "years of neglect and broken pumps"', 'her memoir, "How to Survive a Year,"',
    'slogans such as "Not in our name"': a quotation inside a sentence with no reporting verb is a
    phrase, title or slogan the writer borrows, not a statement of its own; after 'as' (not 'such as')
    it is how the subject presents someone ('introduced her as "a mayor who listens"'), after a colon
    words set out as said ('The ministry's reply: "We have no comment."')."""
    sentence = doc[first].sent
    before = [t for t in doc[sentence.start : first] if not t.is_quote and not t.is_space]
    return (
        any(t.is_alpha for t in before)
        and before[-1].text != ":"
        and (before[-1].lower_ != "as" or (len(before) > 1 and before[-2].lower_ == "such"))
        and not any(is_reporting_verb(t) and quotes.at(t.idx) is None for t in sentence)
    )


def _object_of_an_act(doc: Doc, first: int, last: int) -> bool:
    """'which meant building the "smallest car on the market"': quoted words, outside what any cue
    reports, that are the object of a verb of doing, not of saying, are a phrase the writer borrows
    for the thing done, not a statement."""
    roots = [t for t in doc[first:last] if not first <= t.head.i < last and not (t.is_punct or t.is_space)]
    verb = roots[0].head if roots else None
    if verb is None or verb.pos_ not in VERB_POS or is_reporting_verb(verb):
        return False
    # the parse may hang the object's own phrases on the verb ('build the "car on the market"')
    return all(t.head.i == verb.i and (t.dep_ == "prep" or t is roots[0]) for t in roots) and (
        roots[0].dep_ == "dobj" and roots[0].pos_ in {"NOUN", "PROPN"}
    )


def _named(doc: Doc, first: int) -> bool:
    """'rebels dubbed "the ghost brigade"', 'the so-called "Tehran Protocol"', 'what has been called the
    "biggest overhaul in decades"': a quotation right after a naming word (and an article) is a name,
    not something said; a naming verb is one only as a participle with no subject doing the naming
    ('what he called "a betrayal"' quotes him)."""
    i = first - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i > 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 0:
        return False
    word = doc[i]
    before = {" ".join(doc[k : i + 1].text.lower().split()) for k in range(max(0, i - 2), i + 1)}
    if not before & quote_words().naming_words:
        return False
    return word.pos_ not in VERB_POS or (
        word.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in word.children)
    )


def _opening_cue(
    doc: Doc, text: str, quote_end: int, sentence_end: int, by_sentence: dict[int, Attribution],
    index: References, quotes: QuotedSpans,
) -> Attribution | None:
    """'"...." He said.': the sentence splitter cut the quote from its cue; a cue among the first
    words of the next sentence is the quote's, when no words of the quote's own sentence come
    between (a quoted line the splitter ran on into the next paragraph's sentence is not cut so)."""
    if sentence_end >= len(doc):
        return None
    following = doc[sentence_end].sent
    if any(c.isalnum() for c in text[quote_end : following.start_char]):
        return None
    opening = _cue_in(doc, text, following.start, following.end, by_sentence, index, quotes, following.start_char)
    if opening is not None and opening.cue_token is not None and opening.cue_token.i - following.start <= 4:
        return opening
    return None


def _beside(doc: Doc, first: int, last: int, attribution: Attribution) -> bool:
    """Whether the cue is at most three words before the quoted tokens [first, last) or after them; a
    cue joined on by a conjunction ('called him a “traitor” and said, “...”') brings in words of its own."""
    cue = attribution.cue_token
    if cue is None:
        return attribution.cue is not None  # a dash attribution follows its quote
    return first - 3 <= cue.i < first or (
        last <= cue.i <= last + 3 and not any(t.pos_ == "CCONJ" for t in doc[last : cue.i])
    )


def _owner(start: int, end: int, attributions: list[Attribution]) -> Attribution | None:
    """The statement whose content already overlaps [start, end), if any."""
    for attribution in attributions:
        if any(s < end and start < e for s, e in attribution.content):
            return attribution
    return None
