"""Attributions: a statement's cue, speaker and content, from a cue verb, noun or belief adjective and
its parse, `according to`, a name and colon opening a paragraph, or a dash after a quote."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...lang.cues import CLAUSE_ASIDE, CueFrames
from ...lang.syntax import PREP_OBJECT_DEPS, VERB_POS, has_child
from ...lang.paragraphs import paragraph_of
from ...lang.words import is_first_person, is_second_person, pronoun_reference
from ...records import Span, Speaker
from ...tables import word_list
from .content import (
    content_roots,
    modifiers_end,
    passive_roots,
    reported_content,
    says_something,
    splits_clause,
    states,
    subtree_span,
)
from .cues import cue_lemma, cue_span, noun_cue_frames, verb_cue_frames
from .marks import QuotedSpans, trim, trim_all
from .speakers import asker_unnamed, names_a_thing, organisation_nouns, says_nothing, speaker_of, subject_of
from .words import quote_words

if TYPE_CHECKING:
    from ...references import References

__all__ = ["Attribution", "dash_attribution", "name_colon_leads", "verb_attributions"]

_NAME_COLON = re.compile(
    r"^[ \t]*[\"“]?([A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|at|of|for|the|and|&)){0,5})[ \t]*:[ \t]*(\S[^\n]*)",
    re.MULTILINE,
)
_NEXT_TURN = re.compile(r"(?<=[.?!\]\"”] )[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}:(?= )")
_NAME_POS = frozenset({"DET", "PROPN", "PUNCT", "SPACE"})
_DASHES = frozenset({"--", "—", "–", "―"})
_DASH_ATTRIBUTION = re.compile(r"\s*[-–—―]\s*(?=[A-Z])")


@dataclass
class Attribution:
    """One statement being assembled: its cue, speaker and content spans (mutable while quotes join it)."""

    cue: Span | None
    cue_token: Token | None
    speaker: Speaker | None
    content: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 0.8


def verb_attributions(
    doc: Doc, text: str, index: References, quotes: QuotedSpans, *, statements: bool
) -> list[Attribution]:
    """Attributions anchored on a cue verb or `according to`, outermost first, nested ones dropped;
    with `statements`, a cue reports only what is said (`states`), and a named speaker's own quoted
    words nested in a report of the same sentence are theirs, not the reporter's (one is kept);
    without it, as PolNeAR marks them, a judged object alone, a passive cue's subject and the
    writer's own first person count too."""
    candidates: list[tuple[int, Attribution, Token]] = []
    for token in doc:
        if quotes.at(token.idx) is not None:
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and token.nbor(1).lower_ == "to":
            attribution = _according_to(doc, text, token, token.nbor(1), index, quotes)
        elif token.lower_ in quote_words().source_markers and token.dep_ == "prep":
            attribution = _according_to(doc, text, token, token, index, quotes, named=True)
        elif not statements and _in_a_finding(token):
            attribution = _according_to(doc, text, token, token, index, quotes)
        elif not statements and token.lower_ in quote_words().hearsay_adverbs and token.dep_ == "advmod":
            attribution = _hearsay(doc, text, token)
        elif (frames := verb_cue_frames(token)) is not None and not (statements and _in_question(token)):
            attribution = _reported(doc, text, token, frames, index, quotes, statements)
        elif not statements and _publishes_a_work(token):
            attribution = _reported(doc, text, token, _PUBLISHED, index, quotes, statements)
        elif (frames := noun_cue_frames(token)) is not None:
            attribution = _noun_cue(doc, text, token, frames, index, quotes, statements)
        elif token.lemma_.lower() in quote_words().belief_adjectives and not _in_question(token):
            attribution = _believed(doc, text, token, index, quotes)
        else:
            attribution = None
        if attribution is not None:
            depth = _depth(token)
            if attribution.cue_token is token and token.dep_ == "prep" and verb_cue_frames(token.head) is not None:
                depth = _depth(token.head) - 1  # 'A, the guard said, according to Reuters': Reuters reports the saying
            candidates.append((depth, attribution, token))
    candidates.sort(key=lambda c: c[0])
    accepted: list[Attribution] = []
    for _depth_, attribution, token in candidates:
        outer = next((a for a in accepted if any(s <= token.idx < e for s, e in a.content)), None)
        if outer is not None:
            if not (statements and _quotes_own_words(attribution, quotes)
                    and outer.cue_token is not None and outer.cue_token.sent == token.sent):
                continue  # a cue inside another statement's content is part of what was said
            accepted.remove(outer)  # 'Police said Ray Hale shouted "Get out!"': Hale's words, as he said them
        accepted.append(attribution)
    return accepted


def _in_a_finding(prep: Token) -> bool:
    """'In the latest poll, the mayor leads', '... trails by two points in one of the polls': 'in' a poll
    or a study, opening or closing its sentence on a verb that is no cue of its own, says what the
    finding is, as 'according to' does ('in the poll, voters said ...' is the voters' saying)."""
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.pos_ not in VERB_POS:
        return False
    found = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if found is not None and found.pos_ in {"NUM", "PRON"}:  # 'in one of the polls': the partitive's whole
        found = next((g for c in found.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None)
    if found is None or found.lemma_.lower() not in quote_words().finding_sources:
        return False
    sentence = prep.sent
    last = sentence.end - 1
    while last > prep.i and (prep.doc[last].is_punct or prep.doc[last].is_space):
        last -= 1
    after = prep.right_edge.i + 1
    fronted = prep.i == sentence.start and after < sentence.end and prep.doc[after].text == ","
    closing = prep.right_edge.i == last
    return (fronted or closing) and verb_cue_frames(prep.head) is None


def _hearsay(doc: Doc, text: str, adverb: Token) -> Attribution | None:
    """'after he allegedly brandished a pistol', 'the campaign is reportedly scrambling for votes': a
    hearsay adverb reports the clause of the verb it modifies, without its opening conjunction, as
    said by no one named."""
    verb = adverb.head
    if verb.pos_ not in VERB_POS or verb.i == adverb.i:
        return None
    words = [t for t in verb.subtree if t.i != adverb.i and not (t.head.i == verb.i and t.dep_ in {"mark", "cc"})]
    words = [t for t in words if t.i >= words[0].i]
    before = [t for t in words if t.i < adverb.i]
    after = [t for t in words if t.i > adverb.i]
    spans = [(part[0].idx, part[-1].idx + len(part[-1])) for part in (before, after) if part]
    content = trim_all(text, spans)
    if not content:
        return None
    return Attribution(Span(adverb.idx, adverb.idx + len(adverb), adverb.text), adverb, None, content, 0.5)


# what a verb of putting out a work reports: the work, its object or passive subject
_PUBLISHED = CueFrames(clause=CLAUSE_ASIDE, obj=True)


def _publishes_a_work(verb: Token) -> bool:
    """'released an ad', 'issued a statement', 'the video was first published by X': PolNeAR marks a
    statement or work put out as what its maker says ('released two hostages' puts out no work)."""
    return (
        verb.pos_ == "VERB"
        and verb.dep_ not in {"amod", "compound", "acl"}
        and verb.lemma_.lower() in quote_words().publishing_verbs
        and any(c.dep_ in {"dobj", "nsubjpass"} and _is_a_work(c) for c in verb.children)
    )


def _is_a_work(word: Token) -> bool:
    """A statement medium or another work a maker puts out ('a statement', 'an ad', 'a memoir')."""
    words, lemma = quote_words(), word.lemma_.lower()
    return lemma in words.statement_media or lemma in words.published_works


def _quotes_own_words(attribution: Attribution, quotes: QuotedSpans) -> bool:
    """Whether a statement by a named speaker is mostly a direct quotation: nested in another's report,
    the words are still their speaker's own."""
    quoted = sum(
        min(end, q_end) - max(start, q_start)
        for start, end in attribution.content
        for q_start, q_end in quotes.overlapping(start, end)
    )
    return (
        attribution.speaker is not None
        and attribution.speaker.entity is not None
        and 2 * quoted >= sum(end - start for start, end in attribution.content) > 0
    )


def _noun_cue(
    doc: Doc, text: str, noun: Token, frames: CueFrames, index: References, quotes: QuotedSpans, statements: bool
) -> Attribution | None:
    """'Trump's claim that ...', 'her call for ...', 'his view is that ...', 'she issued a warning that ...',
    'union warnings that ...'; with `statements`, a thing the noun names or an infinitive ('her call
    for calm', 'a pledge to cut taxes') is no statement, as for a cue verb."""
    roots = []
    for child in noun.children:
        that_clause = child.dep_ in {"acl", "ccomp", "relcl"} and has_child(child, "mark", "that")
        infinitive = child.dep_ in {"acl", "xcomp"} and frames.infinitive and has_child(child, "aux", "to")
        if that_clause or (infinitive and not statements):
            roots.append(child)
        elif child.dep_ == "prep" and child.lower_ in frames.preps:
            roots.extend(
                g for g in child.children if g.dep_ in PREP_OBJECT_DEPS
                and (not statements or says_something(g, quotes))
            )
    if not roots and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        roots = [c for c in noun.head.children if c.dep_ == "ccomp"]  # 'his view is that ...'
    if not roots:
        return None
    first = noun
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in quote_words().light_verbs:
        source = subject_of(noun.head, clause=False)
        first = noun.head
    if source is None:
        source = next(
            (
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in quote_words().source_prepositions
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    if source is None:
        source = next((c for c in noun.lefts if c.dep_ == "compound" and _names_a_source(c, index)), None)
    if source is None or source.pos_ == "DET":
        return None
    spans = [subtree_span(root) for root in roots]
    if first is not noun:  # 'raised questions about X during the debate': the light verb's modifiers
        spans[-1] = (spans[-1][0], max(spans[-1][1], modifiers_end(doc, first, noun)))
    content = trim_all(text, spans)
    if not content:
        return None
    start, end = first.idx, noun.idx + len(noun)
    return Attribution(Span(start, end, text[start:end]), noun, speaker_of(doc, source, index), content, 0.6)


def _names_a_source(word: Token, index: References) -> bool:
    """'union warnings that ...', 'Kremlin claims that ...': a noun before a cue noun names who made it
    when it describes a party or names a person, organisation or country ('flood warnings' do not)."""
    if word.lemma_.lower() in _party_nouns():
        return True
    entity_id = index.at(word.idx, word.idx + len(word))
    return entity_id is not None and index.entities[entity_id].type in {"PERSON", "ORG", "GPE"}


def _depth(token: Token) -> int:
    """How far the token is below its sentence root (capped at 50)."""
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _in_question(verb: Token) -> bool:
    """'Do you think Taiwan should ...?': a cue in a question asks what someone says; it states nothing
    (PolNeAR's attributions mark it all the same: 'has he called for X?')."""
    last = next((t for t in reversed(verb.sent) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text == "?"


def _reported(
    doc: Doc, text: str, verb: Token, frames: CueFrames, index: References, quotes: QuotedSpans, statements: bool
) -> Attribution | None:
    """A cue verb's attribution: its subject as speaker and what it reports as content."""
    if names_a_thing(verb) or (statements and (_known(verb) or _state_of_mind(verb))):
        return None
    if not statements:
        frames = replace(frames, target=False)  # PolNeAR's convention: 'attacked Machado' attributes a stance
    roots = [
        r for r in content_roots(verb, frames, attributions=not statements)
        if not _names_a_party(r, index) and not _linking_aside(r) and not _withheld(verb, r, statements) and not _asked(verb, r)
        and (not statements or (states(r, frames, quotes) and not _yes_no_question(r)))
    ]
    passive = [] if statements else passive_roots(verb, frames, roots)
    roots = passive or roots
    subject = subject_of(verb, clause=all(r.dep_ in {"ccomp", "conj"} for r in roots), quotes=quotes)
    if (subject is None and not asker_unnamed(verb) and not passive) or (
        subject is not None and is_second_person(subject.lower_)
    ):
        return None  # 'you know', 'as you think': the reader is no source
    if _linking_aside(verb):
        return None
    if statements and (_read_as_evidence(verb, subject, index) or _impersonal(verb, subject)):
        return None  # 'the move signals that ...', 'it is safe to assume that ...': no one in the story
    content = reported_content(doc, text, verb, roots)
    if not content:
        return None
    speaking = subject is not None and not says_nothing(subject, verb)  # 'the sign said': written words, no speaker
    speaker = speaker_of(doc, subject, index, verb) if speaking else None
    if statements and speaker is not None and speaker.entity is None and is_first_person(subject.lower_):
        return None  # 'We note that ...' outside quotation marks and transcript turns: the writer's own
    return Attribution(cue_span(doc, text, verb), verb, speaker, content)


def _believed(doc: Doc, text: str, adjective: Token, index: References, quotes: QuotedSpans) -> Attribution | None:
    """'Residents are afraid that the river will flood': a belief adjective after a linking verb reports
    the clause it takes as its subject's belief ('it is clear that ...' names no one)."""
    if adjective.pos_ != "ADJ" or adjective.dep_ != "acomp":
        return None
    roots = [c for c in adjective.children if c.dep_ == "ccomp"]
    subject = subject_of(adjective.head, quotes=quotes)
    if not roots or subject is None or subject.dep_ == "expl" or subject.lower_ in quote_words().aside_subjects:
        return None
    if (reference := pronoun_reference(subject.lower_)) is not None and reference.refers == "thing":
        return None
    content = reported_content(doc, text, adjective, roots)
    speaker = speaker_of(doc, subject, index, adjective.head)
    if not content or is_second_person(subject.lower_) or (speaker.entity is None and is_first_person(subject.lower_)):
        return None
    verb = cue_span(doc, text, adjective.head)
    end = adjective.idx + len(adjective)
    return Attribution(Span(verb.start, end, text[verb.start : end]), adjective, speaker, content, 0.6)


def _read_as_evidence(verb: Token, subject: Token | None, index: References) -> bool:
    """'The move signals that ...', 'fires have continued, showing that ...': what a thing is evidence
    of is the writer's reading unless the thing can make a statement: a person, an organisation, a
    study or a statement ('the ministry suggested', 'the poll shows', 'his letter shows')."""
    words = quote_words()
    if subject is None or cue_lemma(verb) not in words.evidence_verbs:
        return False
    lemma = subject.lemma_.lower()
    if lemma in _party_nouns() or lemma in words.finding_sources or lemma in words.statement_media:
        return False
    if subject.pos_ == "PRON":
        reference = pronoun_reference(subject.lower_)
        return reference is not None and reference.refers == "thing"
    entity_id = index.at(subject.idx, subject.idx + len(subject))
    return entity_id is None or index.entities[entity_id].type not in {"PERSON", "ORG", "GPE", "NORP"}


def _impersonal(verb: Token, subject: Token | None) -> bool:
    """'It is safe to assume that ...', 'it is important to note that ...': an infinitive cue whose
    subject is an impersonal 'it' is the writer's own remark, made by no one in the story."""
    return subject is not None and subject.lower_ == "it" and has_child(verb, "aux", "to")


def _known(verb: Token) -> bool:
    """'Investors know that rates will rise', 'she realized that ...': what a subject knows or comes to
    see is told by the writer as a fact, not said by the subject."""
    return cue_lemma(verb) in quote_words().knowing_verbs


def _state_of_mind(verb: Token) -> bool:
    """'The delay left investors wondering whether ...', 'the report has parents worrying that ...': a
    cue's participle after a causative verb and the one it acts on tells the state they are put in,
    not something said ('she kept insisting that ...', with no one acted on, is her saying it)."""
    if verb.tag_ != "VBG":
        return False
    causes = quote_words().causative_verbs
    auxiliaries = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    acted_on = any(c.dep_ == "nsubj" for c in verb.children)
    if auxiliaries & causes and "be" not in auxiliaries and acted_on:
        return True  # the parse may read 'has investors wondering' as a perfect 'has ... wondering'
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        cause = verb.head.head  # 'has parents worrying': the participle on the one acted on
    elif verb.dep_ in {"ccomp", "xcomp", "oprd"} and (
        acted_on or any(c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)
    ):
        cause = verb.head  # 'left employees wondering': the one acted on, its subject or the verb's object
    else:
        return False
    return cause.i < verb.i and cause.lemma_.lower() in causes


def _withheld(verb: Token, root: Token, statements: bool) -> bool:
    """'what the mayor said', and with `statements`, 'did not disclose how large ...', 'declined to say
    when ...': a bare wh-word, or an embedded question under a denied or refused cue, tells nothing
    that was said (PolNeAR's attributions mark what was withheld all the same)."""
    if root.tag_.startswith("W") and not list(root.children):
        return True
    if not statements:
        return False
    opener = root.left_edge
    if not (opener.tag_.startswith("W") or opener.lower_ in quote_words().question_openers) or opener.i <= verb.i:
        return False
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in quote_words().withholding_verbs
    return refused or any(c.dep_ == "neg" for c in verb.children)


def _yes_no_question(root: Token) -> bool:
    """'Economists questioned whether the recovery could last', 'officials wonder if ...': a clause opened
    by 'whether' or 'if' as its own marker is a question, which claims nothing ('said that if the talks
    fail, ...' marks a condition inside the clause, not the clause)."""
    return any(c.dep_ == "mark" and c.lower_ in quote_words().question_openers for c in root.children)


def _asked(verb: Token, root: Token) -> bool:
    """'Asked whether he would resign, she said ...': the embedded question of a bare participle of
    asking is a question put to the source, not something said (a named asker's question may voice
    a view: 'lawmakers asked whether the deals ...')."""
    opener = root.left_edge
    return (
        cue_lemma(verb) in quote_words().asking_verbs
        and asker_unnamed(verb)
        and (opener.tag_.startswith("W") or opener.lower_ in quote_words().question_openers)
    )


def _linking_aside(verb: Token) -> bool:
    """'That said, the ministry says ...': a demonstrative and a cue opening the sentence before a
    comma link it to the last one; nobody says anything."""
    return (
        verb.i == verb.sent.start + 1
        and verb.nbor(-1).lower_ in quote_words().aside_subjects
        and verb.nbor(-1).head.i == verb.i
        and verb.i + 1 < len(verb.doc)
        and verb.nbor(1).text == ","
    )


@lru_cache(maxsize=1)
def _party_nouns() -> frozenset[str]:
    """Head nouns of descriptions of a person ('a source') or an organisation ('the commission')."""
    return word_list("person_nouns.txt") | organisation_nouns()


def _names_a_party(root: Token, index: References) -> bool:
    """'citing an anonymous source', 'cited the ministry': the object of a source-object verb that
    names a person or an organisation is who the information came from, not what was said."""
    if root.dep_ != "dobj" or root.head.lemma_.lower() not in quote_words().source_object_verbs:
        return False
    if root.lemma_.lower() in _party_nouns():
        return True
    entity_id = index.at(root.idx, root.idx + len(root))
    return entity_id is not None and index.entities[entity_id].type in {"PERSON", "ORG"}


def _according_to(
    doc: Doc, text: str, according: Token, to: Token, index: References, quotes: QuotedSpans, *, named: bool = False
) -> Attribution | None:
    """'..., according to X.' (or 'per X'): X is the speaker, the rest of its clause the content;
    with `named`, only when X names a person or organisation ('per the WHO', not 'per barrel').
    A quotation its sentence credits with a cue of its own ('"A," a resident said, per X') is the
    resident's words: X only reported them."""
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None or _in_line_with(according, source):
        return None
    if named:
        entity_id = index.at(source.idx, source.idx + len(source))
        if entity_id is None or index.entities[entity_id].type not in {"PERSON", "ORG"}:
            return None
    sentence = _in_its_paragraph(text, according)
    before, after = _around_phrase(sentence, according.i, source.right_edge.i + 1)
    cut = None
    if not _worded(before) and not _worded(after):
        # 'According to X, the move reeks of ...' parsed as an apposition to X: cut at the comma
        comma = next((t for t in doc[source.i : source.right_edge.i] if t.text == ","), None)
        if comma is not None:
            (before, after), cut = _around_phrase(sentence, according.i, comma.i), doc[comma.i + 1]
    if any(quotes.at(t.idx) is not None for t in before + after) and any(
        quotes.at(t.idx) is None and verb_cue_frames(t) is not None for t in before + after
    ):
        return None
    opening = [n for n, t in enumerate(before) if t.text in _DASHES]
    closing = [n for n, t in enumerate(after) if t.text in _DASHES]
    if opening and closing:  # 'Given A -- and B, according to X -- C': X says only what is between the dashes
        before, after = before[opening[-1] + 1 :], after[: closing[0]]
        while before and before[0].dep_ == "cc":
            before = before[1:]
    if after and (all(t.pos_ in _NAME_POS for t in after) and any(t.pos_ == "PROPN" for t in after)
                  or cut is None and _describes_source(after)):
        after = []  # '..., according to the Courier, the Dunmore Evening Post.': its other name
    parts = [p for p in (before, after) if _worded(p)]
    if before and after and splits_clause(before, after):
        parts = [before + after]  # 'The convoy had, according to X, crossed ...': one clause
    if not parts and according.i == sentence.start and sentence.start > 0:
        previous = doc[sentence.start - 1].sent  # 'Turnout held steady. According to the board.'
        if "\n" not in doc[previous.start : sentence.start].text.strip():
            parts = [p for p in _around_phrase(previous, previous.end, previous.end) if _worded(p)]
    content = trim_all(text, [(p[0].idx, p[-1].idx + len(p[-1])) for p in parts])
    if not content:
        return None
    cue = Span(according.idx, to.idx + len(to), text[according.idx : to.idx + len(to)])
    return Attribution(cue, according, speaker_of(doc, source, index, cut), content, 0.7)


def _in_line_with(according: Token, source: Token) -> bool:
    """'The launch went according to plan', 'prices vary according to the season': 'according to' a
    norm or a measure right after its verb, with no comma or conjunction before it, says how something
    is done, not who says so."""
    if according.i == according.sent.start:
        return False
    before = according.nbor(-1)
    return (
        not before.is_punct
        and before.pos_ not in {"CCONJ", "SCONJ", "ADV"}
        and source.lemma_.lower() in quote_words().norm_nouns
    )


def _describes_source(after: list[Token]) -> bool:
    """'..., according to Eurostat, the EU statistics agency.': a noun phrase set off by a comma after
    the source, with no verb, says who the source is; it is not said."""
    words = [t for t in after if not (t.is_punct or t.is_space)]
    return (
        after[0].text == ","
        and bool(words)
        and words[0].pos_ in {"DET", "PROPN", "NOUN", "ADJ"}
        and not any(t.pos_ in VERB_POS for t in words)
    )


def _in_its_paragraph(text: str, token: Token) -> SpacySpan:
    """The token's sentence cut to its paragraph: the sentence splitter may run on over a break."""
    start, end = paragraph_of(text, token.idx)
    words = [t for t in token.sent if start <= t.idx < end]
    return token.doc[words[0].i : words[-1].i + 1]


def _around_phrase(sentence: SpacySpan, start: int, stop: int) -> tuple[list[Token], list[Token]]:
    """The words of the sentence before and after tokens [start, stop)."""
    before = [t for t in sentence if t.i < start and not t.is_space]
    after = [t for t in sentence if t.i >= stop and not t.is_space]
    return before, after


def _worded(part: list[Token]) -> bool:
    """A fragment of two words or more, which can be content."""
    return len([t for t in part if t.is_alpha]) >= 2


def name_colon_leads(text: str, index: References, *, findings: bool = False) -> list[Attribution]:
    """'Elizabeth Warren: Trump is a failure' (headline or transcript, 'PENCE: ...'): a short capitalised
    lead naming a person or organisation opens a paragraph (or a quotation opening it), then a colon;
    it says the rest of the paragraph. With `findings`, as PolNeAR marks headlines, a lone word
    for a poll or a study does too ('Poll: Voters sour on the plan'), with no entity."""
    found = []
    for lead in _NAME_COLON.finditer(text):
        name_start, name_end = lead.span(1)
        entity_id = index.at(name_start, name_end) or _named_in_capitals(lead.group(1), index)
        if entity_id is None or index.entities[entity_id].type not in {"PERSON", "ORG"}:
            if not (findings and _names_a_finding(lead.group(1))):
                continue
            entity_id = None
        colon = text.index(":", name_end)
        following = _NEXT_TURN.search(text, lead.start(2), lead.end(2))  # a transcript with no paragraph breaks
        content = trim(text, lead.start(2), following.start() if following else lead.end(2))
        if content[1] <= content[0]:
            continue
        speaker = Speaker(name_start, name_end, text[name_start:name_end], entity_id)
        found.append(Attribution(Span(colon, colon + 1, ":"), None, speaker, [content], 0.7))
    return found


def _names_a_finding(lead: str) -> bool:
    """'Poll', 'New Study', 'SURVEY': a lead whose last word names a poll or a study (in any number)."""
    last = lead.split()[-1].lower()
    sources = quote_words().finding_sources
    return last in sources or (last.endswith("s") and last[:-1] in sources)


def _named_in_capitals(lead: str, index: References) -> str | None:
    """'PENCE: Well, look ...': a transcript names a speaker in capitals, often by surname only; the one
    person or organisation of the article with a mention ending in that word is the speaker."""
    if len(lead) < 2 or not lead.isupper():
        return None
    found = {
        entity.id
        for entity in index.entities.values()
        if entity.type in {"PERSON", "ORG"}
        and any(m.text.upper() == lead or m.text.upper().endswith(" " + lead) for m in entity.mentions)
    }
    return next(iter(found)) if len(found) == 1 else None


def dash_attribution(text: str, end: int, index: References) -> Attribution | None:
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
    return Attribution(cue, None, speaker, [], 0.8)
