"""Reference resolution: which entity a phrase of the article refers to.

`References` answers, for any span of the Doc, which entity it refers to: a name directly, a
description ("the fighter", "the minister", "a spokesman for the ministry") through the entity it
describes, a pronoun through the nearest subject of a compatible entity in its own or the last few
sentences (he/she also by the sex a person's honorific, gendered title, given name or earlier
pronouns tell), else the nearest compatible mention that is not a modifier ("the Trump
administration"). A description fits by number, gender, definiteness and affiliation: "a refugee,
Amina" is Amina, "a refugee" alone nobody named before, "the Iraqi spokesman" not Iran's; "the
coach" may be the one described as manager; only nouns whose bearer speaks for an organisation ("a
spokesman for the ministry") fall back to it, never "a professor at X university". First-person
pronouns are the speaker of their transcript turn ("Armitage: I think ..."). The references stage
builds one per Doc (`doc._.ng_references`); quotes and events ask it and keep no entity logic of
their own. Unsure means None.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .extract.entities.words import entity_words
from .lang.names import name_key
from .lang.syntax import MODIFIER_DEPS, OBJECT_DEPS, SUBJECT_DEPS, VERB_POS, is_plural_phrase, verb_of_object
from .lang.paragraphs import paragraph_of
from .lang.words import (
    REFERENT_TYPES,
    given_name_sex,
    is_definite_determiner,
    is_first_person,
    is_indefinite_determiner,
    is_pronoun,
    is_relative_pronoun,
    pronoun_reference,
)
from .records import Entity
from .tables import data_rows, word_list

__all__ = ["References", "pronoun_antecedent"]

_THING_TYPES = REFERENT_TYPES["thing"]
_PRONOUN_SENTENCES_BACK = 3  # how far back a pronoun looks for a subject before the nearest-mention fallback
_GROUP_TYPES = REFERENT_TYPES["group"]
# group-noun roles whose definite description may stand for the organisation in view ("the company")
_SALIENT_ROLES = frozenset({"firm", "armed-group", "body"})
_SEVERAL_ROLES = frozenset({"firm", "body"})  # their plural is several organisations ('the companies')
_PUBLIC_KINDS = frozenset({"government", "military", "armed group"})  # no firm is one of these
_ARGUMENT_DEPS = SUBJECT_DEPS | {"dobj", "dative", "conj"}  # a mention so placed is a rival referent
_CATAPHORA_CHARS = 600  # how far after an indefinite description ('a fighter said') its name may come
# a transcript turn: a name of up to four words and a colon, opening a paragraph or after a sentence
_TURN_LEAD = re.compile(r"(?:^|(?<=[.?!\]\"”] ))([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):(?= )", re.MULTILINE)


class _GroupNoun(NamedTuple):
    role: str  # firm | armed-group | ""
    names: frozenset[str]  # name words the noun may stand for


@lru_cache(maxsize=1)
def _group_nouns() -> dict[str, _GroupNoun]:
    return {
        row[0].lower(): _GroupNoun(row[1] if len(row) > 1 else "", frozenset(row[2].split("|")) if len(row) > 2 else frozenset())
        for row in data_rows("group_nouns.tsv")
    }


class _PersonNoun(NamedTuple):
    gender: str | None  # m | f where the noun tells ("spokeswoman")
    speaks_for: bool  # its unnamed bearer speaks for the organisation in the phrase ("a spokesman for X")


@lru_cache(maxsize=1)
def _person_noun_traits() -> dict[str, _PersonNoun]:
    return {
        row[0].lower(): _PersonNoun((row[1] if len(row) > 1 else "") or None, len(row) > 2 and row[2] == "org")
        for row in data_rows("person_noun_traits.tsv")
    }


@lru_cache(maxsize=1)
def _person_noun_kin() -> dict[str, frozenset[str]]:
    """Person noun -> the nouns of an earlier description it may stand for ('coach' -> 'manager')."""
    return {row[0].lower(): frozenset(row[1].lower().split("|")) for row in data_rows("person_noun_kin.tsv")}


def _person_noun(lemma: str) -> _PersonNoun:
    return _person_noun_traits().get(lemma, _PersonNoun(None, False))


def _is_indefinite(head: Token) -> bool:
    """'a refugee', 'one expert', 'another official': a description that brings in someone new."""
    return any(c.dep_ in {"det", "nummod"} and is_indefinite_determiner(c.lower_) for c in head.children)


def _is_definite(head: Token) -> bool:
    """'the company', 'this agency': a description of something already in view; so is a noun
    compounded to a definite one ('the company website', 'the ministry statement')."""
    return any(c.dep_ == "det" and is_definite_determiner(c.lower_) for c in head.children) or (
        head.dep_ == "compound" and head.head.i > head.i and _is_definite(head.head)
    )


def _kind_words(head: Token) -> frozenset[str]:
    """The common nouns and adjectives before a head noun that say what kind it is ('production'
    in 'the production company', 'prime' in 'the prime minister', which the parse may tag as a name);
    names are left out ('the Sudanese army' may follow 'Sudan's army')."""
    return frozenset(
        c.lemma_.lower()
        for c in head.lefts
        if c.dep_ in {"compound", "amod"} and (c.pos_ in {"NOUN", "ADJ"} or (c.pos_ == "PROPN" and c.is_lower))
    )


def _words_before(noun: Token) -> frozenset[str]:
    """The kind words of a noun and the few words before it, lowered ('prime' for 'Prime Minister',
    which the parse may tag as a name)."""
    return _kind_words(noun) | {t.lower_ for t in noun.doc[max(0, noun.i - 2) : noun.i]}


def _own_description(descriptions: list[Token], name: SpacySpan) -> Token:
    """Of the descriptions in a name's sentence, the one nearest before it ('Economy Minister' for Y
    in 'Prime Minister X and Economy Minister Y'), else the first after it."""
    before = [t for t in descriptions if t.i < name.start]
    return before[-1] if before else descriptions[0]


def _is_age(head: Token) -> bool:
    """'the 29-year-old': an age standing for a person (the parse heads it on 'old')."""
    return head.lower_ == "old" and any(c.lower_ == "year" for c in head.children)


def _group_role(head: Token) -> str:
    noun = _group_nouns().get(head.lemma_.lower())
    return noun.role if noun else ""


class References:
    """Which entity a span of the Doc refers to: by name, pronoun or description."""

    def __init__(self, doc: Doc, entities: Sequence[Entity]) -> None:
        self.doc = doc
        self.source = entities
        self.entities = {e.id: e for e in entities}
        spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        self._pronouns: dict[int, str | None] | None = None  # token index -> entity, filled on first use
        self._gender: dict[str, str] = {}  # entity -> "m" / "f", learnt from the pronouns resolved to it
        self._subjects: dict[int, str | None] = {}
        self._names_by_text: dict[str, str] | None = None
        self._turns: list[tuple[int, str]] | None = None  # transcript turns: where each opens, whose (or '')
        self._text: str | None = None
        self._sentence_lemmas: dict[int, frozenset[str]] = {}

    @property
    def text(self) -> str:
        """The Doc's text, read once (spaCy builds it anew on each access)."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    def at(self, start: int, end: int) -> str | None:
        """The entity with a mention overlapping [start, end), if any."""
        i = bisect.bisect_left(self._starts, end)
        for s, e, entity_id in reversed(self._spans[max(0, i - 8) : i]):
            if s < end and e > start:
                return entity_id
        return None

    def sex(self, entity_id: str) -> str | None:
        """"m" or "f" where a person's phrases, given name or the pronouns resolved to them tell; else None."""
        self._pronoun_entities()
        return self._gender.get(entity_id)

    def resolve(self, span: SpacySpan) -> str | None:
        """The entity a noun phrase, pronoun or description refers to, or None if unsure."""
        head = span.root
        on_head = self.at(head.idx, head.idx + len(head))
        if on_head and self.entities[on_head].type != "NORP":
            return on_head
        lower = head.lower_
        if pronoun_reference(lower) is not None:
            return self._pronoun_entities().get(head.i)
        if is_first_person(lower):
            return self._turn_speaker(head)
        named = self.at(span.start_char, span.end_char)
        if named and self.entities[named].type == "NORP":
            named = None
        lemma = head.lemma_.lower()
        acronym = head.is_upper and lemma in word_list("person_nouns.txt")  # "the CEO"
        if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and (head.is_lower or acronym)):  # "the minister" tagged PROPN
            if lemma in word_list("person_nouns.txt"):
                return self._resolve_person_description(head, lemma)
            if lemma in _group_nouns():
                return self._resolve_description(head)
            # "the US airstrikes" -> the US, as the name in the phrase; "his replacement, Luca Bassi"
            return named or self._person_in_apposition(head)
        if _is_age(head) and _is_definite(head):
            return self._aged_person(head)
        if on_head and head.tag_ not in {"NNS", "NNPS"} and _is_definite(head):
            # 'the Democrat', 'the Briton': one of a party or people, the person described so nearby
            return self._described_person(head, head.lemma_.lower()) or self._member_of(head, on_head) or on_head
        return on_head or named or self._named_elsewhere(span)

    def _person_in_apposition(self, head: Token) -> str | None:
        """The person a name in apposition to a noun gives ('His replacement, Luca Bassi, saved ...')."""
        return next(
            (p for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and (p := self._person_at(c))),
            None,
        )

    def _aged_person(self, head: Token) -> str | None:
        """'The 29-year-old said': whoever the article gave that age before ('Mia Stone, 29,', 'Ali Khan,
        a 29-year-old actor'; nobody named for 'a 29-year-old man'); else the person a subject of this
        or the last few sentences names, unless an unnamed person is the nearer subject."""
        year = next(c for c in head.children if c.lower_ == "year")
        age = next((c.text for c in year.children if c.dep_ == "nummod"), None)
        for token in reversed(self.doc[: head.left_edge.i] if age else ()):
            if token.text != age:
                continue
            if token.dep_ == "appos" and (entity_id := self._person_at(token.head)):
                return entity_id  # 'Mia Stone, 29,'
            if token.head.lower_ == "year" and token.head.head.lower_ == "old":
                noun = token.head.head.head  # 'a 29-year-old actor'
                return self._person_at(noun) or (self._person_at(noun.head) if noun.dep_ == "appos" else None)
        for entity_id, subject in self._subject_entities(head, _PRONOUN_SENTENCES_BACK):
            if entity_id is not None and self.entities[entity_id].type == "PERSON":
                return entity_id
            if entity_id is None and (_is_age(subject) or subject.lemma_.lower() in word_list("person_nouns.txt")):
                return None
        return None

    def _person_at(self, token: Token) -> str | None:
        entity_id = self.at(token.idx, token.idx + len(token))
        return entity_id if entity_id is not None and self.entities[entity_id].type == "PERSON" else None

    def _member_of(self, head: Token, people: str) -> str | None:
        """'British climber Sam Reed ... The Briton': the nearest person before `head` whose own phrase
        names the same people or party."""
        i = bisect.bisect_left(self._starts, head.idx)
        for s, e, entity_id in reversed(self._spans[:i]):
            if self.entities[entity_id].type != "PERSON":
                continue
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            around = [t for c in span.root.children if c.i < span.start or c.dep_ == "appos" for t in c.subtree]
            if any(self.at(t.idx, t.idx + len(t)) == people for t in around):
                return entity_id
        return None

    def _turn_speaker(self, token: Token) -> str | None:
        """'Armitage: ... I think ...': in a transcript, the person or organisation whose turn, opened
        by their name and a colon in the same paragraph, holds the word; else None."""
        if self._turns is None:
            self._turns = [
                (lead.start(), self.at(*lead.span(1)) or self._by_text().get(lead.group(1)) or "")
                for lead in _TURN_LEAD.finditer(self.text)
            ]
        paragraph_start, _ = paragraph_of(self.text, token.idx)
        i = bisect.bisect_left(self._turns, (token.idx, "")) - 1
        if i < 0 or self._turns[i][0] < paragraph_start or not self._turns[i][1]:
            return None
        entity_id = self._turns[i][1]
        return entity_id if self.entities[entity_id].type in {"PERSON", "ORG"} else None

    def _named_elsewhere(self, span: SpacySpan) -> str | None:
        """A name the tagger missed here but found elsewhere in the article ('Big Machine have denied')."""
        head = span.root
        if head.pos_ != "PROPN":
            return None
        left = min((t.i for t in head.lefts if t.dep_ in {"compound", "flat"} and t.pos_ == "PROPN"), default=head.i)
        return self._by_text().get(self.doc[left : head.i + 1].text)

    def _by_text(self) -> dict[str, str]:
        """Mention texts of more than one letter that name one entity only, to that entity."""
        if self._names_by_text is None:
            owners: dict[str, set[str]] = {}
            for entity in self.source:
                for mention in entity.mentions:
                    owners.setdefault(mention.text, set()).add(entity.id)
            self._names_by_text = {
                text: next(iter(ids)) for text, ids in owners.items() if len(ids) == 1 and len(text) > 1
            }
        return self._names_by_text

    def _resolve_person_description(self, head: Token, lemma: str) -> str | None:
        """'the spokesman', 'a refugee, Amina', 'ISIS fighters': the person the phrase names; else, for a
        definite description, the person described so nearby; else, for a noun whose bearer speaks for
        an organisation ('a spokesman for the ministry', 'Pentagon officials'), that organisation, or the
        person they speak for ('a spokesman for Katzir').
        A plural is never one person, save either of two named together ('both men'); an indefinite one ('a refugee', 'one expert') is someone new,
        so only a person named in it or after it."""
        noun = _person_noun(lemma)
        if head.tag_ == "NNS":
            if noun.speaks_for:
                return self._organisation_in_phrase(head)
            return self._own_organisation(head) or self._pair_of_people(head)
        named = self._named_in_description(head)
        if named:
            return named
        # an indefinite one ('a Syrian fighter said ...') may be named after it, never before it
        described = self._described_person(head, lemma, noun.gender, later_only=_is_indefinite(head))
        if described:
            return described
        if _is_definite(head) and (kin := _person_noun_kin().get(lemma)) and not self._described_before(head):
            described = self._described_person(head, lemma, noun.gender, nouns=kin)
            if described:
                return described
        if not noun.speaks_for:
            return None
        return self._organisation_in_phrase(head) or self._principal(head)

    def _described_before(self, head: Token) -> bool:
        """Whether an earlier description has the head's own noun ('a senior official ... the official
        added'): the definite one is that someone, named or not, never another noun's bearer."""
        lemma = head.lemma_.lower()
        return any(t.lemma_.lower() == lemma and t.pos_ in {"NOUN", "PROPN"} for t in self.doc[: head.i])

    def _principal(self, head: Token) -> str | None:
        """'a spokesman for Katzir', 'an aide to the senator, Ann Lee': the person one speaks for, the
        object of the noun's own 'for' or 'to'."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "to"}:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        entity_id = self.resolve(self.doc[pobj.i : pobj.i + 1])
                        if entity_id and self.entities[entity_id].type == "PERSON":
                            return entity_id
        return None

    def _named_in_description(self, head: Token) -> str | None:
        """The person a description names in its own phrase: in a compound or a clause on it ('the
        fighter Abu Tahla', 'a fighter operating under the name Abu Saqr'), or in an apposition or
        the name right after it, whatever the tagger's label ('a refugee, Amina'). The possessor and
        objects of prepositions name others ('Carlineo's attorney', 'a spokesman for Prime Minister X')."""
        others = {t.i for c in head.children if c.dep_ in {"poss", "prep", "conj", "cc"} for t in c.subtree}
        appositive = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
        for token in head.subtree:
            entity_id = self.at(token.idx, token.idx + len(token)) if token.i not in others else None
            if entity_id and (self.entities[entity_id].type == "PERSON" or (token.i in appositive and token.pos_ == "PROPN")):
                return entity_id
        for token in head.subtree:  # 'a spokesman for the Rapid Support Forces, Mohammed al-Mukhtar, said':
            # the parser hangs the apposition on the organisation, but a person cannot be an organisation
            if token.dep_ == "appos" and token.i in others and token.pos_ == "PROPN":
                entity_id = self.at(token.idx, token.idx + len(token))
                governor = self.at(token.head.idx, token.head.idx + len(token.head))
                if entity_id and self.entities[entity_id].type == "PERSON" and governor != entity_id and (
                    governor is None or self.entities[governor].type != "PERSON"
                ):
                    return entity_id
        after = head.right_edge.i + 1
        while after < len(self.doc) and self.doc[after].text in {",", "-", "–", "—"}:
            after += 1
        if after < len(self.doc) and after > head.right_edge.i + 1 and self.doc[after].pos_ == "PROPN":
            return self.at(self.doc[after].idx, self.doc[after].idx + len(self.doc[after]))
        return None

    def _pronoun_entities(self) -> dict[int, str | None]:
        """Every pronoun of the Doc resolved once, in text order: a resolved 'she' tells the pronouns
        after it that her antecedent is a woman, and pronoun subjects pass their entity on."""
        if self._pronouns is None:
            self._pronouns = {}
            self._sexes_from_names()
            for token in self.doc:
                lower = token.lower_
                reference = pronoun_reference(lower)
                if reference is None or (token.pos_ not in ("PRON", "DET") and reference.refers != "person"):
                    continue
                if reference.refers == "person":
                    entity = self._person_antecedent(token, reference.gender)
                    # '"She knows the sector," he said': a pronoun someone quoted is often someone
                    # else than the last subject, so it teaches no gender
                    if entity is not None and not self._quoted(token):
                        self._gender.setdefault(entity, reference.gender)
                elif reference.refers == "group":
                    entity = self._group_antecedent(token)
                else:
                    entity = self._thing_antecedent(token)
                self._pronouns[token.i] = entity
        return self._pronouns

    def _sexes_from_names(self) -> None:
        """Seed the genders with what a person's own phrases tell, which no pronoun overrides: an
        honorific ('Mr. Okafor'), a gendered noun ('spokeswoman Ana Silva', 'his wife, Ana'), else the
        given name ('Sarah Whitcombe'); so 'she' after 'Daniel Okafor met Sarah Whitcombe' is Whitcombe."""
        for entity in self.source:
            if entity.type != "PERSON":
                continue
            told = {sex for m in entity.mentions if (sex := self._mention_sex(m.start, m.end))}
            if len(told) > 1:
                continue  # the phrases disagree: leave it to the pronouns
            words = entity.name.split()
            sex = next(iter(told), None) or (given_name_sex(words[0]) if words else None)
            if sex is not None:
                self._gender[entity.id] = sex

    def _mention_sex(self, start: int, end: int) -> str | None:
        """'m' or 'f' where the honorific before a mention or a gendered noun on it tells the sex."""
        before = self.text[max(0, start - 8) : start].split()
        word = before[-1].lower() if before else ""
        if word in entity_words("male-title"):
            return "m"
        if word in entity_words("female-title"):
            return "f"
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        root = span.root
        nouns = [c for c in root.children if c.dep_ in {"compound", "appos"} and not span.start <= c.i < span.end]
        if root.dep_ == "appos":
            nouns.append(root.head)
        sexes = {_person_noun(n.lemma_.lower()).gender for n in nouns if n.pos_ in {"NOUN", "PROPN"}} - {None}
        return sexes.pop() if len(sexes) == 1 else None

    def _subject_entities(self, token: Token, sentences_back: int) -> Iterator[tuple[str | None, Token]]:
        """The entities of the subjects before `token`: its own sentence nearest first, then each earlier
        sentence main-clause subject first. A subject naming no entity yields None."""
        sentence = token.sent
        for n in range(sentences_back + 1):
            if n:
                if sentence.start == 0:
                    return
                sentence = self.doc[sentence.start - 1].sent
            subjects = [t for t in sentence if t.dep_ in SUBJECT_DEPS and t.i < token.i and not is_relative_pronoun(t.lower_)]
            if n == 0:
                # '"The governor promised help," he added': a subject the quotation holds is not who says it
                subjects = [t for t in subjects if not self._quoted_before(t, token)]
                subjects.reverse()
            else:
                subjects.sort(key=lambda t: (t.head.dep_ != "ROOT", t.i))
            for subject in subjects:
                yield self._subject_entity(subject), subject

    def _quoted(self, token: Token) -> bool:
        """Whether `token` is inside quotation marks opened in its sentence."""
        return sum(t.is_quote for t in self.doc[token.sent.start : token.i]) % 2 == 1

    def _quoted_before(self, subject: Token, token: Token) -> bool:
        """Whether quotation marks open before `subject` in its sentence and close before `token`."""
        doc = self.doc
        return any(t.is_quote for t in doc[subject.sent.start : subject.i]) and any(
            t.is_quote for t in doc[subject.i + 1 : token.i]
        )

    def _subject_entity(self, subject: Token) -> str | None:
        if pronoun_reference(subject.lower_) is not None:
            return (self._pronouns or {}).get(subject.i)
        if subject.i not in self._subjects:  # each subject is asked about by several pronouns
            # None while it resolves: 'A representative for the bank' asks which bank, whose salient
            # organisation asks the subjects around it again, this one among them
            self._subjects[subject.i] = None
            self._subjects[subject.i] = self.resolve(self.doc[subject.i : subject.i + 1])
        return self._subjects[subject.i]

    def _is_modifier(self, start: int, end: int) -> bool:
        """'Trump' in 'the Trump administration': a mention modifying a noun outside itself."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ in MODIFIER_DEPS and not (span.start <= root.head.i < span.end) and root.head.pos_ == "NOUN"

    def _nearest_actor(self, token: Token, types: Sequence[str], gender: str | None, since: int = 0) -> str | None:
        """The nearest mention before `token` of an entity of these types that is not a modifier."""
        i = bisect.bisect_left(self._starts, token.idx)
        for s, e, entity_id in reversed(self._spans[:i]):
            if s < since:
                return None
            if self.entities[entity_id].type not in types or self._is_modifier(s, e):
                continue
            if gender is None or self._gender.get(entity_id, gender) == gender:
                return entity_id
        return None

    def _person_antecedent(self, token: Token, gender: str) -> str | None:
        """he/she: the nearest subject naming a person of that gender (so far as known) in this or the
        last few sentences, else the nearest person mentioned, modifiers ('the Trump administration')
        skipped; nobody named when the nearer subject is an unnamed person it may stand for ('A
        neighbour said ... "...," he said')."""
        for entity_id, subject in self._subject_entities(token, _PRONOUN_SENTENCES_BACK):
            if entity_id and self.entities[entity_id].type == "PERSON" and self._gender.get(entity_id, gender) == gender:
                return entity_id
            if entity_id is None and self._unnamed_person(subject, gender):
                return None
        return self._nearest_actor(token, ("PERSON",), gender)

    def _unnamed_person(self, subject: Token, gender: str) -> bool:
        """'a neighbour', 'one teacher': one person no name is given for, who may be of that gender. Not
        one who speaks for someone or is someone's ('a spokesman said he', 'his lawyer said he' speak of another)."""
        lemma = subject.lemma_.lower()
        noun = _person_noun(lemma)
        return (
            subject.pos_ == "NOUN"
            and subject.tag_ != "NNS"
            and lemma in word_list("person_nouns.txt")
            and noun.gender in (None, gender)
            and not noun.speaks_for
            and not any(c.dep_ == "poss" for c in subject.children)
        )

    def _group_antecedent(self, token: Token) -> str | None:
        """they/them: the nearest subject naming an entity decides (a group if it is one, else nobody);
        failing any, a group named earlier in the sentence."""
        for entity_id, subject in self._subject_entities(token, 1):
            if entity_id is not None:
                if self._joined_people(subject):
                    return entity_id  # 'Keller and Novak reached the summit. They said': either speaks for both
                return entity_id if self.entities[entity_id].type in _GROUP_TYPES else None
        return self._nearest_actor(token, _GROUP_TYPES, None, since=token.sent.start_char)

    def _joined_people(self, subject: Token) -> bool:
        """Whether a subject is a person's name joined to another person's ('Keller and Novak')."""
        return self._person_at(subject) is not None and any(
            c.dep_ == "conj" and self._person_at(c) is not None for c in subject.children
        )

    def _pair_of_people(self, head: Token) -> str | None:
        """'Both men', 'the two women': the first of two people joined as a subject in this or the last
        few sentences, either of whom speaks for both."""
        if not any(c.lower_ in {"both", "two"} and c.dep_ in {"det", "predet", "nummod"} for c in head.children):
            return None
        for entity_id, subject in self._subject_entities(head, _PRONOUN_SENTENCES_BACK):
            if entity_id is not None and self._joined_people(subject):
                return entity_id
        return None

    def _thing_antecedent(self, token: Token) -> str | None:
        """it/its: the nearest subject naming an organisation or country, else one named earlier in this
        or the previous sentence. Expletive and passive 'it' ('it was reported') refer to nothing."""
        if token.dep_ in {"expl", "nsubjpass"} or (token.dep_ == "nsubj" and token.head.lemma_ == "be"):
            return None
        for entity_id, _subject in self._subject_entities(token, 1):
            if entity_id is not None and self.entities[entity_id].type in _THING_TYPES:
                return entity_id
        sentence = token.sent
        since = self.doc[sentence.start - 1].sent.start_char if sentence.start else 0
        return self._nearest_actor(token, _THING_TYPES, None, since=since)

    def _resolve_description(self, head: Token) -> str | None:
        """'the fighter' -> the person described as a fighter nearest to it. 'the army' -> the
        organisation named in the phrase, in an earlier phrase with the same noun ("Sudan's army"),
        or whose name holds the noun; 'the group' -> an armed group named just before; else None."""
        lemma = head.lemma_.lower()
        if lemma in word_list("person_nouns.txt"):
            return self._resolve_person_description(head, lemma)
        if lemma in _group_nouns():
            if head.tag_ == "NNS" and _group_role(head) in _SEVERAL_ROLES:
                return None  # 'the companies' are several firms, not one entity
            # 'a group representing rural counties in Oregon' is no county or state: what a clause on
            # the noun says it does names others, not the organisation
            in_phrase = self._organisation_in_phrase(head, clauses=False)
            if in_phrase and _group_role(head) == "firm" and self.entities[in_phrase].type != "ORG":
                in_phrase = None  # 'the Oslo-based firm' is no city
            return (
                self._organisation_in_apposition(head)
                or self._office_of(head)
                or in_phrase
                or self._earlier_description(head)
                or self._organisation_named(head)
                or self._recent_armed_group(head)
                or self._recent_firm(head)
                or self._salient_organisation(head)
            )
        return None

    def _office_of(self, head: Token) -> str | None:
        """'Price's office', 'the senator's campaign': staff a person possesses speak for that person."""
        if _group_role(head) != "staff":
            return None
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or pronoun_reference(owner.lower_) is not None:
            return None  # 'his office': the pronoun's person is not looked for here
        entity_id = self.resolve(self.doc[owner.i : owner.i + 1])
        return entity_id if entity_id is not None and self.entities[entity_id].type == "PERSON" else None

    def _organisation_in_apposition(self, head: Token) -> str | None:
        """'the company that owns her music, Big Machine': the organisation a name in apposition
        gives, wherever the parser hangs it in the phrase."""
        for token in head.subtree:
            if token.dep_ == "appos" and token.pos_ == "PROPN":
                entity_id = self.at(token.idx, token.idx + len(token))
                if entity_id and self.entities[entity_id].type == "ORG":
                    return entity_id
        return None

    def _salient_organisation(self, head: Token) -> str | None:
        """'The news organization said', 'according to the agency' with no name to go by: the organisation
        a subject of this or the last two sentences names (the one in view), unless another one is a
        subject or object there too ('X agreed to buy Y. The company said'); where this and the last
        sentence have no such subject, the one organisation that is a subject or object in them; else
        the one organisation named earlier in this sentence. Only for nouns that may stand for any organisation of their
        kind ('the company' is never a ministry); 'the ministry' or 'the court' is not guessed."""
        role = _group_role(head)
        if role not in _SALIENT_ROLES or head.tag_ == "NNS" or not _is_definite(head):
            return None

        def fits(entity_id: str | None) -> bool:
            entity = self.entities.get(entity_id) if entity_id else None
            return entity is not None and entity.type == "ORG" and not (role == "firm" and entity.kind in _PUBLIC_KINDS)

        sentence_starts = [s.start_char for s in self.doc.sents if s.start_char <= head.idx]
        i = bisect.bisect_left(self._starts, head.idx)
        in_view = [(s, e, entity_id) for s, e, entity_id in self._spans[:i] if s >= sentence_starts[-3:][0] and fits(entity_id)]
        recent_start = sentence_starts[-2:][0]
        recent = {entity_id for s, e, entity_id in in_view if s >= recent_start and self._is_argument(s, e)}
        for entity_id, subject in self._subject_entities(head, 2):
            if subject.idx < recent_start and len(recent) == 1:
                return recent.pop()  # 'She accused Harlan Studios of ... The company denied it': the one just in view
            if fits(entity_id):
                rivals = {other for s, e, other in in_view if other != entity_id and self._is_argument(s, e)}
                return None if rivals else entity_id
        if len(recent) == 1:
            return recent.pop()
        found = {entity_id for s, _e, entity_id in in_view if s >= head.sent.start_char}
        return found.pop() if len(found) == 1 else None

    def _is_argument(self, start: int, end: int) -> bool:
        """Whether a mention is a subject or object of its verb, or joined to one ('X and Y said')."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and span.root.dep_ in _ARGUMENT_DEPS

    def _earlier_description(self, head: Token) -> str | None:
        """'the army' after 'Sudan's army': the entity named in the earlier phrase with this head noun
        and at least its kind words ('the production company' is not 'the Braun-owned company')."""
        lemma = head.lemma_.lower()
        kinds = _kind_words(head)
        for token in reversed(self.doc[: head.i]):
            if token.pos_ == "NOUN" and token.lemma_.lower() == lemma and kinds <= _kind_words(token):
                found = self._organisation_in_phrase(token, through_descriptions=False)
                if found:
                    return found
        return None

    def _organisation_named(self, head: Token) -> str | None:
        """'the institute' -> the nearest earlier organisation whose name, or the mention here, has that
        word ('Delma Institute'; 'the news agency' after 'Xinhua News Agency' named Xinhua)."""
        words = _group_nouns()[head.lemma_.lower()].names or {head.lemma_.lower()}
        i = bisect.bisect_left(self._starts, head.idx)
        for s, e, entity_id in reversed(self._spans[:i]):
            entity = self.entities[entity_id]
            name_words = set(name_key(entity.name).split()) | set(name_key(self.text[s:e]).split())
            if entity.type == "ORG" and name_words & words:
                return entity_id
        return None

    def _recent_armed_group(self, head: Token) -> str | None:
        """'the group', 'the militia': the armed group named within the last few sentences, if any."""
        if _group_role(head) != "armed-group":
            return None
        sentence_starts = [s.start_char for s in self.doc.sents if s.start_char <= head.idx]
        window_start = sentence_starts[-3] if len(sentence_starts) >= 3 else 0
        i = bisect.bisect_left(self._starts, head.idx)
        for s, _e, entity_id in reversed(self._spans[:i]):
            if s < window_start:
                break
            entity = self.entities[entity_id]
            if entity.type == "ORG" and entity.kind == "armed group":
                return entity_id
        return None

    def _described_person(
        self, head: Token, lemma: str, gender: str | None = None, *, later_only: bool = False,
        nouns: frozenset[str] = frozenset(),
    ) -> str | None:
        """The person whose sentence also uses `lemma` as a description ('Health Minister Ana Silva',
        'a fighter who goes by the name Abu Saqr'), nearest first. The name right after the
        description counts whatever its label, as the tagger often calls such names ORG. The person
        must fit: the gender the noun or earlier pronouns tell, and the organisation or country the
        description names ('the Iraqi spokesman' is not Iran's spokesman named before); one whose own
        phrase has the description before one who only shares its sentence; with `later_only`, a person
        named after the description, not far on, whose own phrase has it. With `nouns`, the person
        described by one of those nouns instead ('the coach' for 'manager Mikel Arteta')."""
        words = nouns or {lemma}
        self._pronoun_entities()  # the genders pronouns tell
        affiliations = self._affiliations(head.subtree)
        kinds = _kind_words(head)
        # (not of the head's kind, not in one phrase with the description, distance, entity)
        best: tuple[bool, bool, int, str] | None = None
        for entity in self.entities.values():
            if gender is not None and self._gender.get(entity.id, gender) != gender:
                continue
            for mention in entity.mentions:
                if mention.start >= head.idx and entity.type != "PERSON":
                    continue
                if later_only and not head.idx < mention.start < head.idx + _CATAPHORA_CHARS:
                    continue
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None or not words & self._lemmas_of(span.sent):
                    continue
                described = [
                    t for t in span.sent
                    if t.i != head.i
                    and t.lemma_.lower() in words
                    and (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and (t.i < span.start or _in_one_phrase(t, span.root))))
                ]
                if later_only:  # 'A judge ruled ... A judge rejected Assange's appeal': not Assange's description
                    described = [t for t in described if _in_one_phrase(t, span.root)]
                # 'Dempsey talked with the man', 'Dempsey suspected it, so he told the man to ...': a
                # description outside the name's phrase that is a verb's subject or object is another
                # participant, not what the named person is ('X is the man who'); save two subjects of
                # one verb, a phrase the parse cut in two ('A fighter who goes by the name Abu Saqr said')
                described = [
                    t for t in described
                    if _in_one_phrase(t, span.root) or (verb := _argument_verb(t)) is None
                    or (t.dep_ in SUBJECT_DEPS and span.root.dep_ in SUBJECT_DEPS and span.root.head.i == verb.i)
                ]
                if not described or not self._may_share(affiliations, span, described):
                    continue
                if entity.type != "PERSON" and not (entity.type == "ORG" and any(self._names(t, span) for t in described)):
                    continue
                # 'President X met Prime Minister Y. The president said': X, whose own phrase has the word
                apart = not any(_in_one_phrase(t, span.root) for t in described)
                # 'Prime Minister X and Economy Minister Y ... the prime minister said': X
                other_kind = bool(kinds) and not kinds <= _words_before(_own_description(described, span))
                candidate = (other_kind, apart, abs(mention.start - head.idx), entity.id)
                if best is None or candidate[:3] < best[:3]:
                    best = candidate
        return best[3] if best else None

    def _lemmas_of(self, sentence: SpacySpan) -> frozenset[str]:
        """The sentence's lemmas, kept: descriptions look at the same sentences again and again."""
        if sentence.start not in self._sentence_lemmas:
            self._sentence_lemmas[sentence.start] = frozenset(t.lemma_.lower() for t in sentence)
        return self._sentence_lemmas[sentence.start]

    def _affiliations(self, tokens: Iterable[Token]) -> set[str]:
        """The countries these words name, or of the organisations they name ('Iran's spokesman',
        'a spokesman for the Iraqi military')."""
        found = set()
        for token in tokens:
            entity_id = self.at(token.idx, token.idx + len(token))
            if entity_id and self.entities[entity_id].type in {"ORG", "GPE", "NORP"}:
                found |= {self.entities[entity_id].country} - {None}
        return found

    def _may_share(self, affiliations: set[str], name: SpacySpan, descriptions: list[Token]) -> bool:
        """Whether a named person may be the one a description with these affiliations stands for:
        unless both tell a country and none is the same ('the Iraqi spokesman' is not Iran's)."""
        if not affiliations:
            return True
        theirs = [t for d in descriptions for t in d.subtree]
        theirs += [t for left in name.root.lefts for t in left.subtree]
        named = self._affiliations(theirs)
        return not named or bool(named & affiliations)

    def _names(self, description: Token, name: SpacySpan) -> bool:
        """Whether `name` follows the phrase of `description` directly ('a fighter who goes by the name X')."""
        after = description.right_edge.i + 1
        while after < name.start and (self.doc[after].is_punct or self.doc[after].is_space):
            after += 1
        return after == name.start and description.i < name.start

    def _recent_firm(self, head: Token) -> str | None:
        """'the company', 'the airline': the one organisation named in this or the previous two sentences."""
        if _group_role(head) != "firm":
            return None
        sentence_starts = [s.start_char for s in self.doc.sents if s.start_char <= head.idx]
        window_start = sentence_starts[-3] if len(sentence_starts) >= 3 else 0
        i = bisect.bisect_left(self._starts, head.idx)
        found = {
            entity_id
            for s, _e, entity_id in self._spans[:i]
            if s >= window_start and self.entities[entity_id].type == "ORG"
            and self.entities[entity_id].kind not in _PUBLIC_KINDS  # 'the company' is never a ministry
        }
        return found.pop() if len(found) == 1 else None

    def _own_organisation(self, head: Token) -> str | None:
        """'ESA's scientists', 'Acme's engineers': unnamed staff an organisation possesses speak for it (a
        country's people do not: 'Japan's farmers'; nor a name as modifier: 'White House advisers')."""
        for child in head.children:
            if child.dep_ in {"poss", "nmod"} and any(c.dep_ == "case" for c in child.children):  # "NASA’s": nmod
                entity_id = self.at(child.idx, child.idx + len(child))
                if entity_id and self.entities[entity_id].type == "ORG":
                    return entity_id
        return None

    def _organisation_in_phrase(
        self, head: Token, *, through_descriptions: bool = True, clauses: bool = True
    ) -> str | None:
        """'a spokesman for the ministry' -> the organisation named inside the phrase, or the one
        an unnamed organisation in it ('the ministry') refers to. Appositions and conjuncts
        ('leaders Jorge Silva and Marta Reis') name others, not the phrase's organisation; nor does
        a phrase the parse runs on past a paragraph break; without `clauses`, nor do the participle
        and relative clauses on the head."""
        skipped = {"appos", "conj"} if clauses else {"appos", "conj", "acl", "relcl"}
        others = {t.i for c in head.children if c.dep_ in skipped for t in c.subtree}
        start, end = paragraph_of(self.text, head.idx)
        for token in head.subtree:
            if token.i in others or not start <= token.idx < end:
                continue
            entity_id = self.at(token.idx, token.idx + len(token))
            if entity_id and self.entities[entity_id].type in ("ORG", "GPE"):
                return entity_id
        for token in head.lefts:
            if token.dep_ == "compound" and token.pos_ == "PROPN" and (entity_id := self._short_name_of(token)):
                return entity_id
        for token in head.subtree:
            if (through_descriptions and token.i != head.i and token.pos_ == "NOUN"
                    and token.lemma_.lower() in _group_nouns()):
                if token.dep_ == "pobj":
                    return self._earlier_description(token) or self._organisation_named(token)
                if token.dep_ == "compound" and token.head.i == head.i:  # 'a company spokesman': as 'the company'
                    return self._resolve_description(token)
        return None

    def _short_name_of(self, token: Token) -> str | None:
        """'a Brightline spokesperson' after 'Brightline Motors': the one organisation whose name opens
        with a name word that is untagged or mistaken for a people's ('a Trump spokesman' is Trump's)."""
        tagged = self.at(token.idx, token.idx + len(token))
        if tagged is not None and self.entities[tagged].type != "NORP":
            return None
        found = {
            e.id for e in self.source
            if e.type == "ORG" and e.name.split()[0] == token.text and len(e.name.split()) > 1
        }
        return found.pop() if len(found) == 1 else None


def _in_one_phrase(description: Token, name: Token) -> bool:
    """Whether one of the two heads the other's phrase ('Police Chief Ed Alvarez', 'a judge, Ann Lee'),
    or the name follows the description closely with no finite verb between ('a fighter operating
    under the pseudonym Abu Tahla', which the parse may split in two)."""
    if description in name.subtree or name in description.subtree:
        return True
    between = description.doc[description.i + 1 : name.i]
    return 0 < name.i - description.i <= 8 and not any(t.tag_ in _FINITE_TAGS for t in between)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _argument_verb(token: Token) -> Token | None:
    """The verb a noun head is the subject or an object of, directly or through a preposition
    ('talked with the man'); None for a copula's subject or complement ('X is the man who') or a
    role given with 'as' ('appointed X as chief executive')."""
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        return None
    if token.dep_ in SUBJECT_DEPS or token.dep_ in OBJECT_DEPS:
        verb = token.head if token.dep_ in SUBJECT_DEPS else verb_of_object(token)
        if verb.pos_ in VERB_POS and verb.lemma_ != "be":
            return verb
    return None


def pronoun_antecedent(pronoun: Token) -> Token | None:
    """The phrase a pronoun stands for within its sentence, for the event coder's actors: for
    "it"/"its"/"they", the subject of the nearest verb above that names someone else ("it" and "its"
    never a person). An object is not its own verb's subject ("X said Washington pressured him": X)."""
    impersonal = pronoun.lower_ in {"it", "its"}
    if impersonal and pronoun.dep_ in OBJECT_DEPS:
        # An object "it" ("blamed India, accusing it of ...") is the nearest country or organisation
        # before, other than its own verb's subject ("Iran ..., and the US accused it of ...": Iran).
        own = {t.i for c in verb_of_object(pronoun).children if c.dep_ == "nsubj" for t in c.subtree}
        earlier = [
            t for t in pronoun.sent if t.i < pronoun.i and t.ent_type_ in {"GPE", "ORG"} and t.i not in own
        ]
        if earlier:
            return earlier[-1]
    own_verb = pronoun.head.i if pronoun.dep_ in {"dobj", "dative"} else None
    if own_verb is not None and (shared := _shared_object(pronoun)) is not None:
        return shared
    # "The army shelled the town, accusing them of ...": the subject an object's subjectless verb
    # shares is that verb's own subject, which its object is not.
    subjects = [c for c in pronoun.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    implicit = own_verb is not None and not subjects
    for ancestor in pronoun.ancestors:
        if ancestor.i == own_verb:
            continue
        for child in ancestor.children:
            if (
                child.dep_ in {"nsubj", "nsubjpass"}
                and not is_pronoun(child.lower_)
                and child.i != pronoun.i
                and pronoun.i not in {t.i for t in child.subtree}
            ):
                if implicit:
                    implicit = False
                    break
                if impersonal and child.ent_type_ == "PERSON":
                    return None
                return child
    return None


def _shared_object(pronoun: Token) -> Token | None:
    """ "Police detained the students and beat them": an object pronoun of a verb that shares its
    subject with the verb before it stands for that verb's object, when their number agrees (the
    shared subject is never the antecedent)."""
    verb = pronoun.head
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    if not objects:
        return None
    return objects[0] if is_plural_phrase(objects[0]) == (pronoun.lower_ == "them") else None
