"""Entity resolution: cluster name mentions into entities, and resolve references to them.

`cluster_mentions` groups the name mentions of one article (spelling variants, partial
names, acronyms, curated aliases). `EntityIndex` answers, for any span of the Doc, which
entity it refers to: a name directly, a pronoun or a description ("the fighter") through
the nearest compatible entity. Quotes and events ask it; they keep no entity logic of their own.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
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
]

_PERSONAL_PRONOUNS = {"he": "PERSON", "him": "PERSON", "she": "PERSON", "her": "PERSON"}
_GROUP_PRONOUNS = {"they", "them"}
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
        if not candidates:
            continue
        before = [j for j in candidates if mentions[j].start < m.start]
        targets[i] = (
            max(before, key=lambda j: mentions[j].start) if before else min(candidates, key=lambda j: mentions[j].start)
        )
    return targets


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


class EntityIndex:
    """Which entity a span of the Doc refers to: by name, pronoun or description."""

    def __init__(self, doc: Doc, entities: Sequence[Entity]) -> None:
        self.doc = doc
        self.entities = {e.id: e for e in entities}
        spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans

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
        if lower in _PERSONAL_PRONOUNS:
            return self._nearest_before(span.start_char, ("PERSON",))
        if lower in _GROUP_PRONOUNS:
            return self._nearest_before(span.start_char, _GROUP_TYPES, same_sentence_only=True)
        named = self.at(span.start_char, span.end_char)
        if named and self.entities[named].type == "NORP":
            named = None
        if head.pos_ == "NOUN":
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

    def _nearest_before(
        self, offset: int, types: Sequence[str], *, same_sentence_only: bool = False
    ) -> str | None:
        limit = self.doc.char_span(offset, offset, alignment_mode="expand")
        sentence_start = limit.sent.start_char if limit is not None else 0
        i = bisect.bisect_left(self._starts, offset)
        for s, _e, entity_id in reversed(self._spans[:i]):
            if same_sentence_only and s < sentence_start:
                return None
            if self.entities[entity_id].type in types:
                return entity_id
        return None

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
            )
        return None

    def _earlier_description(self, head: Token) -> str | None:
        """'the army' after 'Sudan's army': the entity named in the earlier phrase with this head noun."""
        lemma = head.lemma_.lower()
        for token in reversed(self.doc[: head.i]):
            if token.pos_ == "NOUN" and token.lemma_.lower() == lemma:
                found = self._organisation_in_phrase(token)
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
        """The PERSON entity whose sentence also uses `lemma` as a description, nearest first."""
        best: tuple[int, str] | None = None
        for entity in self.entities.values():
            if entity.type != "PERSON":
                continue
            for mention in entity.mentions:
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                if any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in span.sent):
                    distance = abs(mention.start - head.idx)
                    if best is None or distance < best[0]:
                        best = (distance, entity.id)
        return best[1] if best else None

    def _organisation_in_phrase(self, head: Token) -> str | None:
        """'a spokesman for the ministry' -> the organisation named inside the phrase."""
        for token in head.subtree:
            entity_id = self.at(token.idx, token.idx + len(token))
            if entity_id and self.entities[entity_id].type in ("ORG", "GPE"):
                return entity_id
        return None
