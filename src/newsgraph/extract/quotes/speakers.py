"""Speakers of statements: the source a cue verb names, its full phrase, and the entity it resolves to.

The phrase keeps the appositions and relative clauses that say who the source is (PolNeAR's
guidelines); the entity is found through the Doc's `References`. An unresolved pronoun
source continues the statement before it (`carry_pronoun_speakers`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...lang.syntax import (
    NOUN_PREMODIFIER_DEPS,
    SUBJECT_CLIMB_DEPS,
    VERB_GROUP_DEPS,
    VERB_POS,
    has_child,
    is_infinitive,
)
from ...lang.words import is_definite_determiner, is_relative_pronoun, pronoun_reference
from ...records import Speaker
from ...tables import data_rows, word_list
from ...lang.cues import cue_lexicon
from .cues import cue_lemma, is_statement_medium
from .marks import QuotedSpans
from .words import quote_words

if TYPE_CHECKING:
    from ...references import References
    from .attribution import Attribution

__all__ = [
    "asker_unnamed",
    "carry_pronoun_speakers",
    "names_a_thing",
    "organisation_nouns",
    "says_nothing",
    "speaker_of",
    "subject_of",
]


def asker_unnamed(verb: Token) -> bool:
    """'Asked about it, she said ...': a bare passive participle; she was asked, the asker is not named."""
    return _bare_participle(verb) and not any(c.dep_ in {"agent", "dobj", "oprd"} for c in verb.children)


def names_a_thing(verb: Token) -> bool:
    """'Often called farmer's lung, the illness ...': a bare passive participle with an object and
    no agent names something; nobody says anything."""
    deps = {c.dep_ for c in verb.children}
    return _bare_participle(verb) and "agent" not in deps and bool(deps & {"dobj", "oprd"})


def says_nothing(subject: Token, verb: Token) -> bool:
    """'A sign on the door read "..."', 'banners reading "..."': a thing with words written on it, or
    for a cue whose source must be a statement medium any other source, is no one speaking."""
    if subject.lemma_.lower() in quote_words().inscriptions:
        return True
    frames = cue_lexicon().get(cue_lemma(verb))
    return frames is not None and frames.medium and not is_statement_medium(subject)


def _bare_participle(verb: Token) -> bool:
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in {"advcl", "acl"}
        and not any(c.dep_ in VERB_GROUP_DEPS for c in verb.children)
    )


def subject_of(verb: Token, *, clause: bool = True, quotes: QuotedSpans | None = None) -> Token | None:
    """The head of a cue verb's source: its subject, or the subject of the verb it hangs from.

    A participle on a noun ('a spokesman saying that') takes the noun only when it reports a clause;
    an infinitive borrows its governor's subject only when the governor has no object of its own
    ('urged him to say' is his saying, not the urger's). With `quotes`, a subject inside a quotation
    the verb is not in is part of what was said, not its source ('“... we have issues,” said Febrianto').
    """
    if asker_unnamed(verb):
        return None
    candidate = verb
    for _ in range(4):
        if candidate.lemma_ == "quote" and (quoted := next((c for c in candidate.children if c.dep_ == "dobj"), None)):
            return quoted  # 'Reuters quoted the minister as saying': the one quoted speaks, not the outlet
        subjects = [
            c
            for c in candidate.children
            if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and candidate.lemma_ == "quote")
        ]
        if quotes is not None and subjects:
            subjects = [c for c in subjects if quotes.at(c.idx) in (None, quotes.at(verb.idx))]
            if not subjects:
                return None  # its only subject is inside what was said: the parse is lost
        if subjects:
            if subjects[-1].i < candidate.i:
                return subjects[-1]
            # 'said study co-author Anezina Solomonidou': a hyphen may cut the title into a subject of its own
            return next((c for c in subjects if c.pos_ == "PROPN"), subjects[0])
        if candidate.i == verb.i and (inverted := _inverted_subject(verb)) is not None:
            return inverted
        for child in candidate.children:
            if child.dep_ == "agent" and candidate.lemma_ != "quote":
                by_object = next((g for g in child.children if g.dep_ == "pobj"), None)
                if by_object is not None:
                    return by_object
        if any(c.dep_ == "nsubjpass" for c in candidate.children):
            return None  # 'the concert was announced': a passive without 'by' names no source
        if candidate.dep_ == "acl" and candidate.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            medium = candidate.head
            if is_statement_medium(medium) and medium.dep_ == "dobj":
                return subject_of(medium.head, clause=False, quotes=quotes) or medium  # 'she issued a statement saying'
            if is_statement_medium(medium) and medium.dep_ == "pobj" and medium.head.dep_ == "prep":
                return subject_of(medium.head.head, clause=False, quotes=quotes)  # 'she posted on Twitter accusing'
            if has_child(candidate, "aux", "to"):
                return None  # 'his refusal to say': the noun is no source
            return medium if clause else None
        if candidate.dep_ not in SUBJECT_CLIMB_DEPS or candidate.head.i == candidate.i:
            return None
        if is_infinitive(candidate) and any(c.dep_ in {"dobj", "dative"} for c in candidate.head.children):
            return None
        if is_infinitive(candidate) and candidate.head.lemma_ == "be":
            return None  # 'Which is not to say ...': the subject of 'is' says nothing
        candidate = candidate.head
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """'"...," fretted a refugee, Amina': right after a quote, the parse often takes the source that
    follows the verb for its object."""
    before = verb.i - 1
    while before >= 0 and verb.doc[before].is_punct and not verb.doc[before].is_quote:
        before -= 1
    if before < 0 or not verb.doc[before].is_quote:
        return None
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)


def speaker_of(doc: Doc, head: Token, index: References, cue: Token | None = None) -> Speaker:
    """The source phrase as speaker text, resolved through the name (or pronoun) at its head;
    a relative pronoun ('the aide, who said') stands for its antecedent, as text and entity."""
    if is_relative_pronoun(head.lower_) and head.head.dep_ == "relcl":
        antecedent = _name_span(doc, head.head.head, index)
        entity = index.resolve(antecedent)
        if entity is None:  # unlinked, the antecedent says who it is ('the staff member'), 'who' does not
            return Speaker(antecedent.start_char, antecedent.end_char, antecedent.text, None)
        return Speaker(head.idx, head.idx + len(head), head.text, entity)
    phrase = _source_phrase(doc, head, cue)
    entity = index.resolve(_name_span(doc, head, index))
    if entity is not None and _unnamed_people_of_a_country(head, index.entities[entity].type):
        return Speaker(phrase.start_char, phrase.end_char, phrase.text, None)
    if entity is None:  # 'the company, Vantor Mining, said': the apposition names it
        named = (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN")
        entity = next((e for c in named if (e := index.resolve(_name_span(doc, c, index)))), None)
    if entity is None and (is_statement_medium(head) or _published(head) is not None):
        entity = _author(doc, head, index)
    if entity is None:
        entity = _through_compound(doc, head, index)
    return Speaker(phrase.start_char, phrase.end_char, phrase.text, entity)


def _through_compound(doc: Doc, head: Token, index: References) -> str | None:
    """The entity of the organisation noun compounded to `head` (`_compounded_organisation`), if any."""
    owner = _compounded_organisation(head)
    return index.resolve(doc[owner.i : owner.i + 1]) if owner is not None else None


def _compounded_organisation(head: Token) -> Token | None:
    """'the ministry statement', 'the company website' (or a parse gone wrong, 'The company flat-out
    denied'): the organisation noun compounded to a head that names no one speaks."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma in word_list("person_nouns.txt") or lemma in organisation_nouns():
        return None
    return next(
        (
            c
            for c in head.lefts
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in organisation_nouns()
        ),
        None,
    )


def _unnamed_people_of_a_country(head: Token, entity_type: str) -> bool:
    """'US officials', 'Beijing officials': several unnamed people of a place are nobody named (the
    country does not speak through them as an organisation speaks through its officials)."""
    return (
        head.tag_ == "NNS" and entity_type == "GPE" and head.lemma_.lower() in word_list("person_nouns.txt")
    )


@lru_cache(maxsize=1)
def organisation_nouns() -> frozenset[str]:
    """Nouns that may stand for an organisation ('the company', 'the ministry'): `group_nouns.tsv`."""
    return frozenset(row[0].lower() for row in data_rows("group_nouns.tsv"))


def _author(doc: Doc, medium: Token, index: References) -> str | None:
    """'a report by the Coastal Herald', 'a letter from the mayor': who wrote what speaks, when named;
    'a study published in The Lancet', 'a paper published by the journal Nature Astronomy': the
    journal that published it."""
    words = quote_words()
    preps = [(p, words.source_prepositions) for p in medium.children]
    if (participle := _published(medium)) is not None:
        preps += [(p, words.source_prepositions | words.medium_prepositions) for p in participle.children]
    for prep, allowed in preps:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in allowed:  # 'a report released by X': an agent
            for source in prep.children:
                if source.dep_ == "pobj":
                    entity_id = index.resolve(_name_span(doc, source, index)) or _named_journal(source, index)
                    if entity_id is not None and index.entities[entity_id].type in {"PERSON", "ORG", "WORK_OF_ART"}:
                        return entity_id
    return None


def _published(noun: Token) -> Token | None:
    """The participle of 'a study published in ...', 'a report released by ...', if any."""
    return next(
        (c for c in noun.children
         if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in quote_words().publishing_verbs),
        None,
    )


def _named_journal(noun: Token, index: References) -> str | None:
    """'the journal Nature Astronomy': the name the noun is set beside."""
    for child in noun.children:
        if child.dep_ in {"appos", "compound"} and child.pos_ == "PROPN":
            return index.at(child.idx, child.idx + len(child))
    for token in noun.doc[noun.i + 1 : noun.i + 2]:
        if token.pos_ == "PROPN" and token.head.i == noun.i:
            return index.at(token.idx, token.idx + len(token))
    return None


def _source_phrase(doc: Doc, head: Token, cue: Token | None = None) -> SpacySpan:
    """The whole source phrase, with the appositions and relative clauses that say who the source is
    (PolNeAR's guidelines keep them); a phrase over 40 tokens falls back to the name."""
    tokens = list(head.subtree)
    left, right = tokens[0].i, tokens[-1].i
    if cue is not None and left <= cue.i <= right:  # 'a poll showing X': the participle is the cue
        right = max(head.i, cue.left_edge.i - 1)
    # 'A militant using the nom de guerre Abu Zaid told': two subjects side by side
    for sibling in head.head.children:
        if sibling.dep_ == head.dep_ and sibling.i < head.i and sibling.right_edge.i + 1 == left:
            left = sibling.left_edge.i
    while (
        right > left
        and (doc[right].is_punct or doc[right].is_space)
        and not _closes_bracket(doc, left, right)
    ):
        right -= 1
    for i in range(head.i - 1, left - 1, -1):  # nor does it reach back past a paragraph break
        if "\n" in doc[i].text_with_ws:  # ('9:05 a.m.\n\nA Texas port official')
            left = i + 1
            break
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    if right - left > 40:
        return _name_span(doc, head, None)
    return doc[left : right + 1]


def _closes_bracket(doc: Doc, left: int, right: int) -> bool:
    """'Sen. Ted Cruz (R-Texas)': a closing bracket whose opening one is in the phrase stays."""
    return doc[right].text == ")" and any(t.text == "(" for t in doc[left:right])


def _name_span(doc: Doc, head: Token, index: References | None) -> SpacySpan:
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
        (t.i for t in head.lefts if t.dep_ in NOUN_PREMODIFIER_DEPS),
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


def carry_pronoun_speakers(attributions: list[Attribution], index: References) -> None:
    """A pronoun source the entities stage left unresolved ('It added that ...') continues the
    statement just before it, when that one's speaker is of a kind the pronoun can stand for (else
    the one before that, past a speaker of the wrong kind); so does the statement itself as source ('..., the military said in a statement. "...," the
    statement said'), else it stands for whoever issued the statement just before ('X issued a
    statement ... The statement said')."""
    ordered = sorted((a for a in attributions if a.cue is not None), key=lambda a: a.cue.start)
    for n, current in enumerate(ordered):
        speaker = current.speaker
        if speaker is not None and n and _goes_on(current, ordered[n - 1], index):
            current.speaker = Speaker(speaker.start, speaker.end, speaker.text, ordered[n - 1].speaker.entity)
            continue
        if speaker is None or speaker.entity is not None:
            continue
        statement = _the_statement(index.doc, speaker)
        if statement is not None and (issuer := _issuer(statement, index)) is not None:
            current.speaker = Speaker(speaker.start, speaker.end, speaker.text, issuer)
            continue
        reference = pronoun_reference(speaker.text)
        # 'X said ... Its chief called it overdue. It said ...': past a person to the organisation
        for back in range(1, min(n, _CARRY_BACK) + 1):
            previous = ordered[n - back]
            if (
                previous.speaker is None
                or previous.speaker.entity is None
                # 'the statement continued' may follow a long quotation from the statement before
                or current.cue.start - previous.cue.start > (_ISSUER_CHARS if statement is not None else 400 * back)
            ):
                break
            kind = index.entities[previous.speaker.entity].type
            if (reference is not None and kind in reference.types) or statement is not None:
                current.speaker = Speaker(speaker.start, speaker.end, speaker.text, previous.speaker.entity)
                break
            if reference is None:
                break


def _goes_on(current: Attribution, previous: Attribution, index: References) -> bool:
    """'Lind said ... Her colleague Moe was moved to Oslo. "...," she added': a person pronoun source
    of a continuing cue is the one who spoke just before, when the pronoun fits them, whoever the
    sentences between are about."""
    reference = pronoun_reference(current.speaker.text)
    before = previous.speaker.entity if previous.speaker is not None else None
    if (
        reference is None
        or reference.refers != "person"
        or before is None
        or current.cue_token is None
        or cue_lemma(current.cue_token) not in quote_words().continuing_cues
        or current.cue.start - previous.cue.start > _CONTINUING_CHARS
    ):
        return False
    return index.entities[before].type == "PERSON" and index.sex(before) in (None, reference.gender)


def _the_statement(doc: Doc, speaker: Speaker) -> Token | None:
    """The head of 'the statement' ('The statement, which X obtained, said'): a definite medium that
    stands for the one who made it (a report or a letter is often someone else's); else None."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    head = span.root if span is not None else None
    if head is None or head.lemma_.lower() not in quote_words().own_media:
        return None
    return head if any(c.dep_ == "det" and is_definite_determiner(c.lower_) for c in head.children) else None


def _issuer(statement: Token, index: References) -> str | None:
    """Who made the statement 'the statement' refers to: the subject of the nearest earlier 'issued a
    statement' or 'said in a statement' within a few paragraphs, if it names a person or organisation."""
    doc = statement.doc
    for token in reversed(doc[: statement.i]):
        if statement.idx - token.idx > _ISSUER_CHARS:
            return None
        if token.lemma_.lower() not in quote_words().own_media:
            continue
        words = quote_words()
        if token.dep_ == "dobj" and token.head.lemma_.lower() in words.light_verbs:
            verb = token.head
        elif token.dep_ == "pobj" and token.head.lower_ in words.medium_prepositions:
            verb = token.head.head  # 'said in a statement'; 'denied the claim in a statement'
            if verb.pos_ not in VERB_POS and verb.dep_ == "dobj":
                verb = verb.head
            if verb.pos_ not in VERB_POS:
                continue
        else:
            continue
        subject = subject_of(verb, clause=False)
        entity_id = (
            index.resolve(_name_span(doc, subject, index)) or _through_compound(doc, subject, index)
            if subject is not None else None
        )
        if entity_id is not None and index.entities[entity_id].type in {"PERSON", "ORG"}:
            return entity_id
        return None
    return None


_ISSUER_CHARS = 1500
_CONTINUING_CHARS = 800  # how far back the statement a continuing cue goes on with may be
_CARRY_BACK = 2  # statements a pronoun source may look back past one of the wrong kind
