"""Entity resolution: cluster name mentions into entities, and resolve references to them.

`cluster_mentions` groups the name mentions of one article (spelling variants, partial
names, acronyms, curated aliases). `EntityIndex` answers, for any span of the Doc, which
entity it refers to: a name directly, a description ("the fighter", "the minister", "a spokesman
for the ministry") through the entity it describes, a pronoun through the nearest subject of a
compatible entity in its own or the last few sentences (he/she also by the gender earlier pronouns
showed), else the nearest compatible mention that is not a modifier ("the Trump administration").
Quotes and events ask it; they keep no entity logic of their own. Unsure means None.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA
from spacy.tokens import Doc, Span as SpacySpan, Token

from .records import Entity
from .tables import AliasEntry, word_list

__all__ = [
    "NameMention",
    "cluster_mentions",
    "name_key",
    "name_tokens",
    "same_person_name",
    "alias_entry",
    "entity_type",
    "EntityIndex",
    "entity_index",
]

_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_GROUP_PRONOUNS = {"they", "them"}
_THING_PRONOUNS = {"it", "its"}
_THING_TYPES = ("ORG", "GPE")
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_PRONOUN_SENTENCES_BACK = 3  # how far back a pronoun looks for a subject before the nearest-mention fallback
# A mention whose head modifies a noun outside the name ("the Trump administration") names no actor.
_MODIFIER_DEPS = {"compound", "poss", "amod", "nmod"}
# Company-like description nouns: the one organisation named in the last two sentences ("the airline").
_FIRM_NOUNS = {"company", "firm", "carmaker", "airline", "carrier", "lender", "bank", "insurer", "miner",
               "manufacturer", "retailer", "operator", "broadcaster", "union", "newspaper", "party"}
_GROUP_TYPES = ("ORG", "NORP", "GPE")
_FUNCTION_WORDS = {"of", "the", "and", "for", "de", "la", "&"}
# Name words a description's head noun may stand for ("the army" -> "Sudanese Armed Forces").
_GROUP_NOUN_NAMES = {"army": {"army", "forces"}, "military": {"army", "military", "forces"},
                     "forces": {"forces", "army"}, "force": {"force", "forces"}}
_GENERIC_GROUP_NOUNS = {"group", "militia", "faction", "movement", "organisation", "organization", "network"}
_ARTICLES = {"al", "el", "ul", "the"}
_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "abd", "de", "van", "von", "der", "da", "di", "du", "la", "le"}
# Spelling folds for transliterated names: Gaddafi / Qaddafi / Kadhafi, Mohammed / Muhammad.
_FOLDS = (("q", "k"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ou", "u"), ("oo", "u"),
          ("ee", "i"), ("y", "i"), ("c", "k"), ("g", "k"))
_PARTIAL_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"}


@dataclass(frozen=True)
class NameMention:
    """A proper-name mention found in the article, before clustering."""

    start: int
    end: int
    text: str
    label: str


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A spelling-insensitive key: no accents, case, punctuation or leading article."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’'`ʿʾ]", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def name_tokens(text: str) -> tuple[str, ...]:
    """The folded words of a name without Arabic or English articles ("al-Assad" -> ("assad",))."""
    words = name_key(text).split()
    kept = tuple(w for w in words if w not in _ARTICLES)
    return kept or tuple(words)


def _acronym(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in _FUNCTION_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def _alias_form(text: str) -> str:
    """How a name is looked up in the alias index: acronyms case-sensitively, others folded."""
    return text.replace(".", "") if _is_acronym(text) else name_key(text)


def _skeleton(word: str) -> str:
    """A transliteration-insensitive form: folds, doubled letters collapsed, vowels dropped after the first letter."""
    for old, new in _FOLDS:
        word = word.replace(old, new)
    word = re.sub(r"(.)\1+", r"\1", word)
    return word[:1] + re.sub(r"[aeiou]", "", word[1:])


def _variant_word(a: str, b: str) -> bool:
    """Two spellings of one name word: a swap of neighbouring letters, or one transliteration."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b) and sorted(a) == sorted(b) and OSA.distance(a, b) == 1:
        return True  # Tahla / Talha
    if _skeleton(a) != _skeleton(b):
        return False
    folded_a, folded_b = (re.sub(r"(.)\1+", r"\1", w) for w in (a, b))
    return OSA.distance(folded_a, folded_b) <= 2 and min(len(a), len(b)) >= 5


def same_person_name(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two full person names (folded words) are spellings of one name.

    Same words up to transliteration ("Abu Tahla" / "Abu Talha"), or the same first and last
    word with middle names left out ("Bashar Hafez Assad" / "Bashar Assad"). Different first
    names stay apart ("John Smith" / "Mary Smith").
    """
    if not a or not b or tuple(a) == tuple(b):
        return bool(a) and tuple(a) == tuple(b)
    if len(a) == len(b):
        if len(a) == 1:
            return _variant_word(a[0], b[0]) and a[0] != b[0] and _skeleton(a[0]) == _skeleton(b[0])
        return all(_variant_word(x, y) for x, y in zip(a, b))
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 2 or not (_variant_word(short[0], long_[0]) and _variant_word(short[-1], long_[-1])):
        return False
    remaining = iter(long_[1:-1])
    return all(any(_variant_word(word, other) for other in remaining) for word in short[1:-1])


class _Clusters:
    """Union-find over mention indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


_ALIAS_INDEXES: dict[int, tuple[Sequence[AliasEntry], dict[str, int]]] = {}


def _alias_index(aliases: Sequence[AliasEntry]) -> dict[str, int]:
    """Name form -> entry position; cached per table object (the tables are built once)."""
    cached = _ALIAS_INDEXES.get(id(aliases))
    if cached is not None and cached[0] is aliases:
        return cached[1]
    index: dict[str, int] = {}
    for n, entry in enumerate(aliases):
        for name in (entry.name, *entry.aliases):
            index.setdefault(_alias_form(name), n)
    if len(_ALIAS_INDEXES) > 16:
        _ALIAS_INDEXES.clear()
    _ALIAS_INDEXES[id(aliases)] = (aliases, index)
    return index


def alias_entry(text: str, aliases: Sequence[AliasEntry]) -> AliasEntry | None:
    """The curated entry a name form belongs to, if any."""
    n = _alias_index(aliases).get(_alias_form(text))
    return aliases[n] if n is not None else None


def cluster_mentions(
    mentions: Sequence[NameMention], aliases: Iterable[AliasEntry] = ()
) -> list[list[int]]:
    """Indices of `mentions` grouped into entities, groups ordered by first mention.

    Joined: the same folded name; names of one curated referent; an acronym and the name it
    abbreviates; spelling variants of a person's name; a partial name ("Assad", "bin Farhan")
    and the most recent full name it belongs to; an organisation's short form ("Delma").
    """
    aliases = aliases if isinstance(aliases, tuple) else tuple(aliases)
    alias_of = _alias_index(aliases)
    clusters = _Clusters(len(mentions))
    words = [name_tokens(m.text) for m in mentions]
    # Partial names ("Mohamed", "bin Farhan") join their own full name only: two namesakes must
    # not be merged through one surname, so partial names skip the same-string and alias joins.
    partial_of = _partial_name_targets(mentions, words)
    first_by_key: dict[tuple[str, ...], int] = {}
    for i, key in enumerate(words):
        if i in partial_of:
            continue
        if key in first_by_key:
            clusters.union(first_by_key[key], i)
        else:
            first_by_key[key] = i
    by_entry: dict[int, int] = {}
    for i, m in enumerate(mentions):
        entry = alias_of.get(_alias_form(m.text))
        if entry is None or i in partial_of:
            continue
        if entry in by_entry:
            clusters.union(by_entry[entry], i)
        else:
            by_entry[entry] = i
    keys = list(first_by_key.items())
    for a, (key_a, i) in enumerate(keys):
        m = mentions[i]
        acronym = m.text.replace(".", "") if _is_acronym(m.text) else ""
        for key_b, j in keys[a + 1 :] if not acronym else keys:
            if j == i or clusters.find(i) == clusters.find(j):
                continue
            other = mentions[j]
            if acronym:
                # Two-letter acronyms ("US", "UN") are too ambiguous to spell out: the alias tables decide.
                if (len(acronym) >= 3 and other.label != "PERSON" and _acronym(other.text) == acronym
                        and acronym.lower() not in name_key(other.text).split()):
                    clusters.union(i, j)
            elif m.label == other.label == "PERSON" and same_person_name(key_a, key_b):
                clusters.union(i, j)
    for i, full_name in partial_of.items():
        clusters.union(full_name, i)
    _attach_short_org_names(mentions, words, clusters, alias_of)
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(clusters.find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: mentions[g[0]].start)


def _partial_name_targets(mentions: Sequence[NameMention], words: Sequence[tuple[str, ...]]) -> dict[int, int]:
    """Partial name -> the full person name it shortens: a surname ("Assad", "bin Farhan") or a
    lone first name. Namesakes stay apart: a partial name belongs to the full name mentioned most
    recently before it (or, failing that, the first one after it)."""
    full = [j for j, m in enumerate(mentions) if m.label == "PERSON" and len(words[j]) > 1]
    targets: dict[int, int] = {}
    for i, m in enumerate(mentions):
        part = words[i]
        if m.label not in _PARTIAL_LABELS or not part or all(w in _PARTICLES for w in part):
            continue
        candidates = [
            j for j in full
            if len(words[j]) > len(part)
            and (tuple(words[j][-len(part):]) == part or (len(part) == 1 and words[j][0] == part[0]))
        ]
        if not candidates and m.label == "PERSON":
            candidates = [j for j in full if len(words[j]) > len(part) and _shortens(part, words[j])]
        if not candidates:
            continue
        before = [j for j in candidates if mentions[j].start < m.start]
        targets[i] = (
            max(before, key=lambda j: mentions[j].start) if before else min(candidates, key=lambda j: mentions[j].start)
        )
    return targets


def _shortens(part: Sequence[str], full: Sequence[str]) -> bool:
    """A transliterated partial name: 'Hadad' for 'Khalifa Haddad', 'Abu Hareth' for 'Abu Harith al-Masri'
    (the surname, or the leading words, each a spelling variant; a lone word needs five letters)."""
    if len(part) == 1:
        return len(part[0]) >= 5 and _variant_word(part[0], full[-1])
    return all(_variant_word(a, b) for a, b in zip(part, full)) or all(
        _variant_word(a, b) for a, b in zip(part, full[-len(part):])
    )


def _attach_short_org_names(
    mentions: Sequence[NameMention], words: Sequence[tuple[str, ...]], clusters: _Clusters, alias_of: dict[str, int]
) -> None:
    """'Delma' after 'Delma Institute', 'the Court' after 'the Supreme Court of Cassation': an
    organisation's shorter name joins the one earlier organisation whose name contains it."""
    for i, m in enumerate(mentions):
        if m.label != "ORG" or not words[i] or _alias_form(m.text) in alias_of:
            continue  # a curated name ("United Nations") is its own referent, not a short form
        size = len(words[i])
        containing = {
            clusters.find(j)
            for j, other in enumerate(mentions)
            if other.label == "ORG" and other.start < m.start and len(words[j]) > size
            and any(words[j][k : k + size] == words[i] for k in range(len(words[j]) - size + 1))
        }
        if len(containing) == 1:
            clusters.union(containing.pop(), i)


def entity_type(labels: Sequence[str], entry: AliasEntry | None) -> str:
    """The curated type if known, else the majority label (earliest wins a tie)."""
    if entry is not None:
        return entry.type
    counts = Counter(labels)
    best = max(counts.values())
    return next(label for label in labels if counts[label] == best)


def entity_index(doc: Doc) -> EntityIndex:
    """The Doc's index over the entities stage's output, built once and shared by later stages."""
    entities = doc._.ng_entities or ()
    cached = doc.user_data.get(_INDEX_KEY)
    if cached is None or cached.source is not entities:
        cached = EntityIndex(doc, entities)
        doc.user_data[_INDEX_KEY] = cached
    return cached


_INDEX_KEY = "newsgraph.entity_index"


class EntityIndex:
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

    def at(self, start: int, end: int) -> str | None:
        """The entity with a mention overlapping [start, end), if any."""
        i = bisect.bisect_left(self._starts, end)
        for s, e, entity_id in reversed(self._spans[max(0, i - 8) : i]):
            if s < end and e > start:
                return entity_id
        return None

    def resolve(self, span: SpacySpan) -> str | None:
        """The entity a noun phrase, pronoun or description refers to, or None if unsure."""
        head = span.root
        on_head = self.at(head.idx, head.idx + len(head))
        if on_head and self.entities[on_head].type != "NORP":
            return on_head
        lower = head.lower_
        if lower in _PRONOUN_GENDER or lower in _GROUP_PRONOUNS or lower in _THING_PRONOUNS:
            return self._pronoun_entities().get(head.i)
        named = self.at(span.start_char, span.end_char)
        if named and self.entities[named].type == "NORP":
            named = None
        if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower):  # "the minister" tagged PROPN
            lemma = head.lemma_.lower()
            if lemma in word_list("person_nouns.txt"):
                if head.tag_ == "NNS":  # "ISIS fighters": a group of people, never one named person
                    return self._organisation_in_phrase(head)
                return self._person_in(span) or self._resolve_description(head)  # "the fighter Abu Tahla"
            if lemma in word_list("group_nouns.txt"):
                return self._resolve_description(head)
            return named  # "the US airstrikes" -> the US, as the name in the phrase
        return on_head or named

    def _person_in(self, span: SpacySpan) -> str | None:
        for token in span:
            entity_id = self.at(token.idx, token.idx + len(token))
            if entity_id and self.entities[entity_id].type == "PERSON":
                return entity_id
        return None

    def _pronoun_entities(self) -> dict[int, str | None]:
        """Every pronoun of the Doc resolved once, in text order: a resolved 'she' tells the pronouns
        after it that her antecedent is a woman, and pronoun subjects pass their entity on."""
        if self._pronouns is None:
            self._pronouns = {}
            for token in self.doc:
                lower = token.lower_
                if token.pos_ not in ("PRON", "DET") and lower not in _PRONOUN_GENDER:
                    continue
                if lower in _PRONOUN_GENDER:
                    gender = _PRONOUN_GENDER[lower]
                    entity = self._person_antecedent(token, gender)
                    if entity is not None:
                        self._gender.setdefault(entity, gender)
                elif lower in _GROUP_PRONOUNS:
                    entity = self._group_antecedent(token)
                elif lower in _THING_PRONOUNS:
                    entity = self._thing_antecedent(token)
                else:
                    continue
                self._pronouns[token.i] = entity
        return self._pronouns

    def _subject_entities(self, token: Token, sentences_back: int) -> Iterator[tuple[str | None, Token]]:
        """The entities of the subjects before `token`: its own sentence nearest first, then each earlier
        sentence main-clause subject first. A subject naming no entity yields None."""
        sentence = token.sent
        for n in range(sentences_back + 1):
            if n:
                if sentence.start == 0:
                    return
                sentence = self.doc[sentence.start - 1].sent
            subjects = [t for t in sentence if t.dep_ in _SUBJECT_DEPS and t.i < token.i and t.lower_ not in {"who", "which", "that"}]
            if n == 0:
                subjects.reverse()
            else:
                subjects.sort(key=lambda t: (t.head.dep_ != "ROOT", t.i))
            for subject in subjects:
                yield self._subject_entity(subject), subject

    def _subject_entity(self, subject: Token) -> str | None:
        if subject.lower_ in _PRONOUN_GENDER or subject.lower_ in _GROUP_PRONOUNS or subject.lower_ in _THING_PRONOUNS:
            return (self._pronouns or {}).get(subject.i)
        if subject.i not in self._subjects:  # each subject is asked about by several pronouns
            self._subjects[subject.i] = self.resolve(self.doc[subject.i : subject.i + 1])
        return self._subjects[subject.i]

    def _is_modifier(self, start: int, end: int) -> bool:
        """'Trump' in 'the Trump administration': a mention modifying a noun outside itself."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ in _MODIFIER_DEPS and not (span.start <= root.head.i < span.end) and root.head.pos_ == "NOUN"

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
        last few sentences, else the nearest person mentioned, modifiers ('the Trump administration') skipped."""
        for entity_id, _subject in self._subject_entities(token, _PRONOUN_SENTENCES_BACK):
            if entity_id and self.entities[entity_id].type == "PERSON" and self._gender.get(entity_id, gender) == gender:
                return entity_id
        return self._nearest_actor(token, ("PERSON",), gender)

    def _group_antecedent(self, token: Token) -> str | None:
        """they/them: the nearest subject naming an entity decides (a group if it is one, else nobody);
        failing any, a group named earlier in the sentence."""
        for entity_id, _subject in self._subject_entities(token, 1):
            if entity_id is not None:
                return entity_id if self.entities[entity_id].type in _GROUP_TYPES else None
        return self._nearest_actor(token, _GROUP_TYPES, None, since=token.sent.start_char)

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
            described = self._described_person(head, lemma)
            if described:
                return described
            return self._organisation_in_phrase(head)
        if lemma in word_list("group_nouns.txt"):
            return (
                self._organisation_in_phrase(head)
                or self._earlier_description(head)
                or self._organisation_named(head)
                or self._recent_armed_group(head)
                or self._recent_firm(head)
            )
        return None

    def _earlier_description(self, head: Token) -> str | None:
        """'the army' after 'Sudan's army': the entity named in the earlier phrase with this head noun."""
        lemma = head.lemma_.lower()
        for token in reversed(self.doc[: head.i]):
            if token.pos_ == "NOUN" and token.lemma_.lower() == lemma:
                found = self._organisation_in_phrase(token, through_descriptions=False)
                if found:
                    return found
        return None

    def _organisation_named(self, head: Token) -> str | None:
        """'the institute' -> the nearest earlier organisation whose name has that word ('Delma Institute')."""
        words = _GROUP_NOUN_NAMES.get(head.lemma_.lower(), {head.lemma_.lower()})
        i = bisect.bisect_left(self._starts, head.idx)
        for _s, _e, entity_id in reversed(self._spans[:i]):
            entity = self.entities[entity_id]
            name_words = set(name_key(entity.name).split())
            if entity.type == "ORG" and name_words & words:
                return entity_id
        return None

    def _recent_armed_group(self, head: Token) -> str | None:
        """'the group', 'the militia': the armed group named within the last few sentences, if any."""
        if head.lemma_.lower() not in _GENERIC_GROUP_NOUNS:
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

    def _described_person(self, head: Token, lemma: str) -> str | None:
        """The person whose sentence also uses `lemma` as a description ('Health Minister Ana Silva',
        'a fighter who goes by the name Abu Saqr'), nearest first. The name right after the
        description counts whatever its label, as the tagger often calls such names ORG."""
        best: tuple[int, str] | None = None
        for entity in self.entities.values():
            for mention in entity.mentions:
                if mention.start >= head.idx and entity.type != "PERSON":
                    continue
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                described = [
                    t for t in span.sent
                    if t.lemma_.lower() == lemma and (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.i < span.start))
                ]
                if not described:
                    continue
                if entity.type != "PERSON" and not (entity.type == "ORG" and any(self._names(t, span) for t in described)):
                    continue
                distance = abs(mention.start - head.idx)
                if best is None or distance < best[0]:
                    best = (distance, entity.id)
        return best[1] if best else None

    def _names(self, description: Token, name: SpacySpan) -> bool:
        """Whether `name` follows the phrase of `description` directly ('a fighter who goes by the name X')."""
        after = description.right_edge.i + 1
        while after < name.start and (self.doc[after].is_punct or self.doc[after].is_space):
            after += 1
        return after == name.start and description.i < name.start

    def _recent_firm(self, head: Token) -> str | None:
        """'the company', 'the airline': the one organisation named in this or the previous two sentences."""
        if head.lemma_.lower() not in _FIRM_NOUNS:
            return None
        sentence_starts = [s.start_char for s in self.doc.sents if s.start_char <= head.idx]
        window_start = sentence_starts[-3] if len(sentence_starts) >= 3 else 0
        i = bisect.bisect_left(self._starts, head.idx)
        found = {
            entity_id
            for s, _e, entity_id in self._spans[:i]
            if s >= window_start and self.entities[entity_id].type == "ORG"
        }
        return found.pop() if len(found) == 1 else None

    def _organisation_in_phrase(self, head: Token, *, through_descriptions: bool = True) -> str | None:
        """'a spokesman for the ministry' -> the organisation named inside the phrase, or the one
        an unnamed organisation in it ('the ministry') refers to. Appositions and conjuncts
        ('leaders Jorge Silva and Marta Reis') name others, not the phrase's organisation."""
        others = {t.i for c in head.children if c.dep_ in {"appos", "conj"} for t in c.subtree}
        for token in head.subtree:
            if token.i in others:
                continue
            entity_id = self.at(token.idx, token.idx + len(token))
            if entity_id and self.entities[entity_id].type in ("ORG", "GPE"):
                return entity_id
        for token in head.subtree:
            if (through_descriptions and token.i != head.i and token.dep_ == "pobj" and token.pos_ == "NOUN"
                    and token.lemma_.lower() in word_list("group_nouns.txt")):
                return self._earlier_description(token) or self._organisation_named(token)
        return None
