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

from rapidfuzz.distance import OSA
from spacy.tokens import Doc, Span as SpacySpan, Token

from .records import Entity
from .tables import AliasEntry, word_list

__all__ = ["NameMention", "cluster_mentions", "name_key", "EntityIndex"]

_PERSONAL_PRONOUNS = {"he": "PERSON", "him": "PERSON", "she": "PERSON", "her": "PERSON"}
_GROUP_PRONOUNS = {"they", "them"}
_GROUP_TYPES = ("ORG", "NORP", "GPE")
_FUNCTION_WORDS = {"of", "the", "and", "for", "de", "la", "&"}


@dataclass(frozen=True)
class NameMention:
    """A proper-name mention found in the article, before clustering."""

    start: int
    end: int
    text: str
    label: str


def name_key(text: str) -> str:
    """A spelling-insensitive key: no accents, case, punctuation or leading article."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’'`ʿʾ]", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def _acronym(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in _FUNCTION_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def _variant_spelling(a: str, b: str) -> bool:
    """Same token count, same initials, and one edit (a transposition counts as one)."""
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or len(a) < 8 or a == b:
        return False
    if any(x[0] != y[0] for x, y in zip(ta, tb)):
        return False
    return OSA.distance(a, b) <= 1


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


def cluster_mentions(
    mentions: Sequence[NameMention], aliases: Iterable[AliasEntry] = ()
) -> list[list[int]]:
    """Indices of `mentions` grouped into entities, groups ordered by first mention."""
    alias_of: dict[str, int] = {}
    for n, entry in enumerate(aliases):
        for name in (entry.name, *entry.aliases):
            alias_of.setdefault(name_key(name) if not _is_acronym(name) else name.replace(".", ""), n)
    clusters = _Clusters(len(mentions))
    first_by_key: dict[str, int] = {}
    by_alias: dict[int, int] = {}
    for i, m in enumerate(mentions):
        key = name_key(m.text)
        if key in first_by_key:
            clusters.union(first_by_key[key], i)
        else:
            first_by_key[key] = i
        entry = alias_of.get(m.text.replace(".", "") if _is_acronym(m.text) else key)
        if entry is not None:
            if entry in by_alias:
                clusters.union(by_alias[entry], i)
            else:
                by_alias[entry] = i
    keys = list(first_by_key.items())
    for i, m in enumerate(mentions):
        key = name_key(m.text)
        acronym = m.text.replace(".", "") if _is_acronym(m.text) else ""
        for other_key, j in keys:
            if j == i or clusters.find(i) == clusters.find(j):
                continue
            other = mentions[j]
            if acronym and _acronym(other.text) == acronym:
                clusters.union(i, j)
            elif m.label == other.label == "PERSON" and _variant_spelling(key, other_key):
                clusters.union(i, j)
    _attach_partial_names(mentions, clusters)
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(clusters.find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: mentions[g[0]].start)


def _attach_partial_names(mentions: Sequence[NameMention], clusters: _Clusters) -> None:
    """Join a one-word person name to the nearest earlier full name ending or starting with it."""
    for i, m in enumerate(mentions):
        words = name_key(m.text).split()
        if m.label != "PERSON" or len(words) != 1:
            continue
        candidates = [
            j
            for j, other in enumerate(mentions)
            if other.start < m.start
            and other.label == "PERSON"
            and len(name_key(other.text).split()) > 1
            and words[0] in (name_key(other.text).split()[-1], name_key(other.text).split()[0])
        ]
        if candidates:
            # Namesakes stay apart: the bare name joins only the most recent full name.
            clusters.union(i, max(candidates, key=lambda j: mentions[j].start))


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
        named = self.at(span.start_char, span.end_char)
        if named and self.entities[named].type != "NORP":
            return named
        lower = head.lower_
        if lower in _PERSONAL_PRONOUNS:
            return self._nearest_before(span.start_char, ("PERSON",))
        if lower in _GROUP_PRONOUNS:
            return self._nearest_before(span.start_char, _GROUP_TYPES, same_sentence_only=True)
        if head.pos_ == "NOUN":
            return self._resolve_description(head)
        return named

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
        """'the fighter' -> the person described as a fighter nearest to it; a group noun -> ORG."""
        lemma = head.lemma_.lower()
        if lemma in word_list("person_nouns.txt"):
            described = self._described_person(head, lemma)
            if described:
                return described
            return self._organisation_in_phrase(head)
        if lemma in word_list("group_nouns.txt"):
            return self._organisation_in_phrase(head) or self._nearest_before(head.idx, ("ORG",))
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
