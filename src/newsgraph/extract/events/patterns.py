"""Verb patterns from the converted CAMEO dictionary: a verb and the heads of its object and
prepositional phrases pick a CAMEO code, and through the CAMEO->PLOVER table a PLOVER type and mode.

Tables (`data/`, built by `convert_petrarch.py`): `verbs.tsv` (verb -> group and default code),
`verb_patterns.tsv` (group -> object and preposition frames), `synsets.tsv` (noun classes used in
frames), `cameo_plover.tsv` (CAMEO -> PLOVER) and our `plover_overrides.tsv` (codes the PLOVER gold
standard codes otherwise). The most specific matching pattern wins; else the verb's default code,
unless that default is one of the broad cooperative roots.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .ontology import EventType
from .tables import table_rows

__all__ = ["BROAD_ROOTS", "VerbMatch", "match_verb", "plover_of"]

# CAMEO roots of statements, appeals, intents, consultation and cooperation (01-08). A verb group's
# default code in these roots is too broad to trust ("add", "lead", "face", "depart" would all be
# meetings or cooperation): only a pattern that names an object or our own table types such verbs.
BROAD_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her"}
# Particles a pattern may name among its object words ("set OUT views", "put UP resistance").
_PARTICLES = {"up", "down", "out", "off", "back", "over", "forward", "aside", "away", "in", "on", "through"}
_OBJECT_DEPS = {"dobj", "attr", "oprd", "acomp", "dative"}
_PREP_DEPS = {"prep", "agent", "dative"}


@dataclass(frozen=True)
class _Pattern:
    id: str
    obj: tuple[str, ...]
    preps: tuple[tuple[str, ...], ...]
    cameo: str
    swap: bool

    @property
    def specificity(self) -> int:
        """Words the pattern names; a bare preposition ("* (TO)") names no argument and counts 0."""
        if not self.obj and all(len(p) == 1 for p in self.preps):
            return 0
        return len(self.obj) + sum(len(p) for p in self.preps)


@dataclass(frozen=True)
class VerbMatch:
    """What a verb means here: its event type, the pattern that decided it ("" for the verb's default
    code), how many words the pattern matched, whether the object is the source (":" codes: "received
    aid from X"), and the object word the pattern consumed."""

    kind: EventType
    pattern: str
    specificity: int
    swap: bool
    consumed: Token | None


@dataclass(frozen=True)
class _Dictionary:
    verbs: dict[tuple[str, str], tuple[str, str]]  # (lemma, particle) -> (group, default code)
    patterns: dict[str, tuple[_Pattern, ...]]
    synsets: dict[str, frozenset[tuple[str, ...]]]  # "&name" -> member phrases, as words
    # group -> key word -> its patterns, most specific first. A pattern's key is its object head
    # (each member of a synset head), else its first preposition: only patterns whose key the
    # verb's phrase contains are tried.
    keyed: dict[str, dict[str, tuple[_Pattern, ...]]]


@lru_cache(maxsize=1)
def _dictionary() -> _Dictionary:
    verbs = {(lemma, particle): (group, code) for lemma, particle, group, code in table_rows("verbs.tsv")}
    patterns: dict[str, list[_Pattern]] = {}
    for pid, group, obj, preps, cameo, *swap in table_rows("verb_patterns.tsv"):
        words = tuple(w for w in obj.split() if w not in _DETERMINERS)
        phrases = tuple(
            tuple(w for w in p.split() if w not in _DETERMINERS) for p in preps.split(";") if p.strip()
        )
        patterns.setdefault(group, []).append(_Pattern(pid, words, phrases, cameo, bool(swap and swap[0])))
    synsets: dict[str, set[tuple[str, ...]]] = {}
    for name, member in table_rows("synsets.tsv"):
        synsets.setdefault(name, set()).add(tuple(member.split()))
    frozen = {k: frozenset(v) for k, v in synsets.items()}
    keyed: dict[str, dict[str, list[_Pattern]]] = {}
    for group, group_patterns in patterns.items():
        for pattern in group_patterns:
            for key in _keys(pattern, frozen):
                keyed.setdefault(group, {}).setdefault(key, []).append(pattern)
    return _Dictionary(
        verbs,
        {g: tuple(sorted(p, key=lambda p: -p.specificity)) for g, p in patterns.items()},
        frozen,
        {
            g: {k: tuple(sorted(p, key=lambda p: -p.specificity)) for k, p in by_key.items()}
            for g, by_key in keyed.items()
        },
    )


_CURRENCY_KEY = "$"  # "$94 million": a money phrase stands for the &currency synset


def _keys(pattern: _Pattern, synsets: dict[str, frozenset[tuple[str, ...]]]) -> set[str]:
    words = [w for w in pattern.obj if w not in _PARTICLES]
    head = words[-1] if words else (pattern.preps[0][0] if pattern.preps else pattern.obj[-1])
    if not head.startswith("&"):
        return {head}
    members = {member[-1] for member in synsets.get(head, frozenset())}
    return members | ({_CURRENCY_KEY} if head == "&currency" else set())


@lru_cache(maxsize=1)
def _plover_table() -> dict[tuple[str, str], tuple[str, str]]:
    """(CAMEO code, verb's own code or "") -> (PLOVER event, mode)."""
    table: dict[tuple[str, str], tuple[str, str]] = {}
    for code, event, mode in table_rows("cameo_plover.tsv"):
        table.setdefault((code, ""), (event, mode))  # a root listed twice keeps its first reading
    for _id, code, verb_code, event, mode in table_rows("plover_overrides.tsv"):
        table[(code, verb_code)] = (event, mode)
    return table


def plover_of(cameo: str, verb_code: str = "") -> EventType | None:
    """The PLOVER event type of a CAMEO code (its longest listed prefix), None where PLOVER has none
    (statements, appeals). `verb_code`, the own code of the verb whose pattern gave `cameo`, picks
    the overrides that read a pattern through its verb."""
    table = _plover_table()
    for end in range(len(cameo), 1, -1):
        found = table.get((cameo[:end], verb_code)) if verb_code else None
        if (found := found or table.get((cameo[:end], ""))) is not None:
            return EventType.coded(found[0], found[1], cameo)
    return None


def _word_matches(word: str, token: Token) -> bool:
    forms = (token.lower_, token.lemma_.lower())
    if word == "&currency" and (token.tag_ == "$" or any(c.tag_ == "$" for c in token.children)):
        return True  # "$94 million"
    if word.startswith("&"):
        # A member phrase ends with this word and its other words come just before ("cease fire").
        before = {t.lower_ for t in token.doc[max(token.i - 3, 0) : token.i]}
        members = _dictionary().synsets.get(word, frozenset())
        return any(m[-1] in forms and all(w in before for w in m[:-1]) for m in members)
    return word in forms


def _matches_phrase(words: Iterable[str], head: Token) -> bool:
    """The last word names the head; the others occur in its phrase."""
    words = list(words)
    if not words:
        return True
    if not _word_matches(words[-1], head):
        return False
    phrase = [t for t in head.subtree if t.i != head.i]
    return all(any(_word_matches(w, t) for t in phrase) for w in words[:-1])


def _objects(verb: Token) -> list[Token]:
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    deps = _OBJECT_DEPS | ({"nsubjpass"} if passive else set())
    return [c for c in verb.children if c.dep_ in deps and c.pos_ != "ADP"]


def _prep_phrases(verb: Token, objects: list[Token]) -> list[tuple[str, Token | None]]:
    phrases = []
    for head in [verb, *objects]:
        for child in head.children:
            if child.dep_ in _PREP_DEPS and child.pos_ == "ADP":
                pobj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
                phrases.append((child.lower_, pobj))
    return phrases


def _pattern_matches(
    pattern: _Pattern, particles: set[str], objects: list[Token], preps: list[tuple[str, Token | None]]
) -> Token | None | bool:
    """False if the pattern fails; else the object token it matched (None if it names no object)."""
    matched: Token | None = None
    words = [w for w in pattern.obj if w not in particles]
    if words:
        matched = next((o for o in objects if _matches_phrase(words, o)), None)
        if matched is None:
            return False
    for phrase in pattern.preps:
        prep, rest = phrase[0], phrase[1:]
        if not any(
            p == prep and (not rest or (pobj is not None and _matches_phrase(rest, pobj)))
            for p, pobj in preps
        ):
            return False
    return matched


def match_verb(verb: Token, *, default_only: bool = False) -> VerbMatch | None:
    """The CAMEO reading of a verb from its dictionary patterns, else its group's default code."""
    dictionary = _dictionary()
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}}
    entries = [dictionary.verbs[(lemma, p)] for p in sorted(particles) if (lemma, p) in dictionary.verbs]
    if (lemma, "") in dictionary.verbs:
        entries.append(dictionary.verbs[(lemma, "")])
    if not entries:
        return None
    objects = _objects(verb)
    preps = _prep_phrases(verb, objects)
    present = {f for o in objects for f in (o.lower_, o.lemma_.lower())} | {p for p, _pobj in preps}
    present |= particles
    if any(o.tag_ == "$" or any(c.tag_ == "$" for c in o.children) for o in objects):
        present.add(_CURRENCY_KEY)
    for group, default in [] if default_only else entries:
        keyed = dictionary.keyed.get(group, {})
        tried = sorted(
            {p for key in present for p in keyed.get(key, ())}, key=lambda p: (-p.specificity, p.id)
        )
        for pattern in tried:
            if not pattern.specificity:
                continue  # a bare preposition is no better evidence than the default
            matched = _pattern_matches(pattern, particles, objects, preps)
            if matched is False:
                continue
            kind = plover_of(pattern.cameo, default.lstrip(":"))
            if kind is None:
                return None  # the most specific reading is no event ("took note of")
            return VerbMatch(kind, pattern.id, pattern.specificity, pattern.swap, matched or None)
    for _group, default in entries:
        code = default.lstrip(":")
        if code and code[:2] not in BROAD_ROOTS and (kind := plover_of(code)) is not None:
            return VerbMatch(kind, "", 0, default.startswith(":"), None)
    return None
