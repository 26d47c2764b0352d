"""Cues on tokens: which words of a parse are reporting cues, with which frames, and the cue phrase
of a verb ('has repeatedly said', 'said in a statement'). The lexicon is `newsgraph.lang.cues`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lang.cues import CLAUSE_ASIDE, CueFrames, cue_lexicon
from ...lang.syntax import VERB_GROUP_DEPS, VERB_POS, has_child
from ...records import Span
from .words import quote_words

__all__ = [
    "cue_lemma",
    "cue_span",
    "is_reporting_verb",
    "is_statement_medium",
    "noun_cue_frames",
    "opened_by_as",
    "verb_cue_frames",
]


def cue_lemma(token: Token) -> str:
    """The token's lemma, mended where the lemmatizer strips too much ('hoped' -> 'hop')."""
    lexicon = cue_lexicon()
    lemma = token.lemma_.lower()
    lower = token.lower_
    if lemma in lexicon:
        return lemma
    for suffix, ending in (("ed", "e"), ("ing", "e"), ("es", "e")):
        if lower.endswith(suffix) and lower[: -len(suffix)] + ending in lexicon:
            return lower[: -len(suffix)] + ending
    return lemma


def is_reporting_verb(token: Token) -> bool:
    """A verb or auxiliary whose lemma is a cue, however it is used (looser than `verb_cue_frames`)."""
    return token.pos_ in VERB_POS and cue_lemma(token) in cue_lexicon()


def verb_cue_frames(token: Token) -> CueFrames | None:
    """The frames of a reporting verb used as a verb, else None ('pledged delegates' is an
    adjective, not a pledge)."""
    if token.pos_ not in VERB_POS or token.dep_ in {"amod", "compound"}:
        return None
    if _puts_it(token):
        return _AS_IT
    frames = cue_lexicon().get(cue_lemma(token))
    return frames if frames is not None and frames.verb else None


# what 'as X put it' reports: the clause it interrupts or opens
_AS_IT = CueFrames(clause=CLAUSE_ASIDE)


def _puts_it(verb: Token) -> bool:
    """'as Zhao put it': a verb of `as_it_verbs` with 'it' for its object in an 'as' clause."""
    return (
        verb.lemma_.lower() in quote_words().as_it_verbs
        and has_child(verb, "mark", "as")
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    )


def opened_by_as(verb: Token) -> bool:
    """Whether an 'as' opens the verb's clause ('as Park noted'), also when the parse takes it for a
    preposition on a fronted title ('As chief scientist, Park noted')."""
    return any(
        child.lower_ == "as"
        and child.i < verb.i
        and (child.dep_ == "mark" or (child.dep_ == "prep" and child.i == verb.left_edge.i))
        for child in verb.children
    )


def noun_cue_frames(token: Token) -> CueFrames | None:
    """The frames of a noun that is a cue ('her claim that ...'), else None."""
    if token.pos_ != "NOUN":
        return None
    frames = cue_lexicon().get(token.lemma_.lower())
    return frames if frames is not None and frames.noun else None


def is_statement_medium(token: Token) -> bool:
    """Whether the word names what a statement is made in ('a statement', 'Twitter')."""
    return token.lemma_.lower() in quote_words().statement_media


def cue_span(doc: Doc, text: str, verb: Token) -> Span:
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
            doc[left - 1].dep_ in VERB_GROUP_DEPS
            or (doc[left - 1].dep_ == "advmod" and left - 2 >= 0 and doc[left - 2].dep_ in VERB_GROUP_DEPS)
        )
    ):
        left -= 1
    right = verb.i
    if right + 1 < len(doc) and doc[right + 1].dep_ == "prt" and doc[right + 1].head.i == verb.i:
        right += 1
    if right + 1 < len(doc) and doc[right + 1].dep_ == "prep" and doc[right + 1].head.i == verb.i:
        medium = next((c for c in doc[right + 1].children if c.dep_ == "pobj"), None)
        if medium is not None and is_statement_medium(medium) and medium.right_edge.i - right < 6:
            right = medium.right_edge.i
    start, end = doc[left].idx, doc[right].idx + len(doc[right])
    return Span(start, end, text[start:end])
