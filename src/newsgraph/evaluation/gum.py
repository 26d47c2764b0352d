"""GUM (WebAnno TSV 3.2) reader and scorers for named-mention recognition and clustering.

GUM annotates every referring expression (names, descriptions, pronouns) with an entity
type and coreference links, but has no "proper name" flag. A mention counts as *named*
here when its head is a capitalised name: the mention is cut at its first post-modifier
(a preposition, comma or relative word outside a capitalised run), and the name is the
run of capitalised words (joined by "of", "the", "al", ...) that ends the remaining head
phrase, minus leading titles ("President", "Mr."). "the Sea Org" -> "Sea Org",
"former scientologist Tom Devocht" -> "Tom Devocht"; "the organization in California" and
"a defector from ... Scientology" have no named head. A lone capitalised word at the start
of a sentence is a name only if the document never writes it in lower case.

Type mapping (GUM -> spaCy labels accepted as a match):
    person       -> PERSON, NORP   (GUM files "the Rohingya", "Bangladeshis" under person)
    organization -> ORG, NORP      ("Scientology" as a movement)
    place        -> GPE, LOC, FAC
Other GUM types (event, object, abstract, time, ...) are not scored. A predicted NORP that
matches no gold name is not counted against precision: GUM marks nationality adjectives
("Indonesian coast") as no mention of their own.

Entities: GUM's identity links (coref, ana, appos, cata, disc, pred; not bridging) form
chains over all mentions, joined also where two mentions share a Wikipedia identity; the
chains restricted to named mentions are the gold clusters.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "GumMention",
    "GumDocument",
    "NamedMention",
    "Scores",
    "TYPE_MAP",
    "read_gum",
    "read_gum_dir",
    "named_mentions",
    "mention_scores",
    "b_cubed",
]

TYPE_MAP: Mapping[str, frozenset[str]] = {
    "person": frozenset({"PERSON", "NORP"}),
    "organization": frozenset({"ORG", "NORP"}),
    "place": frozenset({"GPE", "LOC", "FAC"}),
}
# Labels whose unmatched predictions do not count as false positives (see module docstring).
UNPENALISED_LABELS = frozenset({"NORP"})
SCORED_LABELS = frozenset().union(*TYPE_MAP.values())

_IDENTITY_RELATIONS = {"coref", "ana", "appos", "cata", "disc", "pred"}
_CONNECTORS = {"of", "the", "and", "de", "del", "da", "di", "du", "des", "la", "le", "al", "el", "bin", "ibn",
               "von", "van", "der", "den", "y", "&", "-", "'s", "for", "on", "in"}
_BOUNDARIES = {",", "(", ")", ":", ";", "of", "from", "in", "within", "for", "with", "at", "on", "by", "to",
               "about", "who", "which", "that", "whose", "whom", "where", "under", "over", "near", "between",
               "into", "as", "–", "—", '"', "“", "”"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                "your"}
_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "president",
           "minister", "prime", "secretary", "senator", "governor", "mayor", "king", "queen", "prince",
           "princess", "pope", "general", "gen.", "colonel", "captain", "judge", "chancellor",
           "foreign", "undersecretary", "chairman", "chief", "director", "professor", "lord", "lady",
           "saint", "st.", "sheikh", "ayatollah", "vice", "deputy", "premier", "emperor", "officer",
           "spokesperson", "spokesman", "spokeswoman", "commander", "ceo", "founder", "coach"}
_NOT_NAMES = {"i", "he", "she", "it", "we", "they", "you", "me", "him", "them", "us", "this", "that", "these",
              "those", "there", "here", "who", "what", "one", "some", "all", "both", "many", "most"}


@dataclass(frozen=True)
class GumMention:
    """One GUM referring expression: its span in the reconstructed text, type and identity."""

    id: str
    start: int
    end: int
    text: str
    type: str
    identity: str | None
    tokens: tuple[int, ...]  # indices into GumDocument.tokens


@dataclass(frozen=True)
class GumToken:
    start: int
    end: int
    text: str
    sentence: int
    sentence_initial: bool


@dataclass(frozen=True)
class GumDocument:
    """A GUM document: text (sentences on their own lines), tokens, mentions and gold chains."""

    name: str
    text: str
    tokens: tuple[GumToken, ...]
    mentions: tuple[GumMention, ...]
    chains: Mapping[str, int]  # mention id -> chain number


@dataclass(frozen=True)
class NamedMention:
    """The proper-name core of a GUM mention, with its type and gold entity (chain)."""

    start: int
    end: int
    text: str
    type: str
    entity: int


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int  # gold items scored

    def __str__(self) -> str:
        return f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  (n={self.support})"


def _prf(correct: float, predicted: float, gold: float, support: int) -> Scores:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, support)


def read_gum_dir(folder: Path) -> list[GumDocument]:
    """Every `*.tsv` document in a folder, in name order."""
    return [read_gum(path) for path in sorted(Path(folder).glob("*.tsv"))]


def read_gum(path: Path | str, text: str | None = None) -> GumDocument:
    """Parse one WebAnno TSV 3.2 file (or its `text`)."""
    path = Path(path)
    lines = (text if text is not None else path.read_text(encoding="utf-8")).splitlines()
    tokens: list[GumToken] = []
    token_index: dict[str, int] = {}
    spans: dict[str, list[int]] = defaultdict(list)
    attributes: dict[str, tuple[str, str | None]] = {}
    links: list[tuple[str, str, str]] = []  # (relation, source token id + mention, target)
    sentence = -1
    for line in lines:
        if line.startswith("#Text="):
            sentence += 1
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        token_id, span, surface = cells[0], cells[1], cells[2]
        start, end = (int(x) for x in span.split("-"))
        initial = not tokens or tokens[-1].sentence != sentence
        token_index[token_id] = len(tokens)
        tokens.append(GumToken(start, end, surface, sentence, initial))
        entities, identities = _cell(cells, 3), _cell(cells, 6)
        for n, value in enumerate(entities):
            mention_id = _mention_id(value, token_id)
            spans[mention_id].append(len(tokens) - 1)
            identity = identities[n] if n < len(identities) else "_"
            attributes[mention_id] = (_label(value), None if identity in ("_", "") else _label(identity))
        relations, targets = _cell(cells, 8), _cell(cells, 9)
        for relation, target in zip(relations, targets):
            links.append((relation, token_id, target))
    mentions = []
    for mention_id, indices in spans.items():
        first, last = tokens[indices[0]], tokens[indices[-1]]
        type_, identity = attributes[mention_id]
        mentions.append(
            GumMention(mention_id, first.start, last.end, "", type_, identity, tuple(indices))
        )
    doc_text = _reconstruct(tokens)
    mentions = [
        GumMention(m.id, m.start, m.end, doc_text[m.start : m.end], m.type, m.identity, m.tokens)
        for m in sorted(mentions, key=lambda m: (m.start, -m.end))
    ]
    chains = _chains(mentions, links, token_index)
    return GumDocument(path.stem, doc_text, tuple(tokens), tuple(mentions), chains)


def _cell(cells: list[str], n: int) -> list[str]:
    value = cells[n] if n < len(cells) else "_"
    return [] if value in ("_", "") else value.split("|")


def _label(value: str) -> str:
    return re.sub(r"\[[^\]]*\]$", "", value)


def _mention_id(value: str, token_id: str) -> str:
    """'person[12]' -> '12'; a single-token mention without an id is named by its token."""
    match = re.search(r"\[(\d+)\]$", value)
    return match.group(1) if match else f"t{token_id}:{_label(value)}"


def _reconstruct(tokens: Sequence[GumToken]) -> str:
    """The space-joined token text, with a newline where a sentence starts (same offsets)."""
    size = tokens[-1].end if tokens else 0
    chars = [" "] * size
    for token in tokens:
        chars[token.start : token.end] = token.text
        if token.sentence_initial and token.start > 0:
            chars[token.start - 1] = "\n"
    return "".join(chars)


def _chains(
    mentions: Sequence[GumMention], links: Iterable[tuple[str, str, str]], token_index: Mapping[str, int]
) -> dict[str, int]:
    parent = {m.id: m.id for m in mentions}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        if a in parent and b in parent:
            parent[find(a)] = find(b)

    starts_at: dict[int, list[GumMention]] = defaultdict(list)
    for m in mentions:
        starts_at[m.tokens[0]].append(m)
    for relation, source_token, target in links:
        if relation.split(":")[0] not in _IDENTITY_RELATIONS:
            continue
        match = re.match(r"^([\d-]+)(?:\[(\d+)_(\d+)\])?$", target)
        if not match:
            continue
        target_token, target_id, source_id = match.group(1), match.group(2), match.group(3)
        source = _resolve_end(source_id, source_token, starts_at, token_index)
        goal = _resolve_end(target_id, target_token, starts_at, token_index)
        if source and goal:
            union(source, goal)
    by_identity: dict[str, str] = {}
    for m in mentions:
        if m.identity:
            union(m.id, by_identity.setdefault(m.identity, m.id))
    roots: dict[str, int] = {}
    return {m.id: roots.setdefault(find(m.id), len(roots)) for m in mentions}


def _resolve_end(
    mention_id: str | None, token_id: str, starts_at: Mapping[int, list[GumMention]], token_index: Mapping[str, int]
) -> str | None:
    if mention_id and mention_id != "0":
        return mention_id
    at = starts_at.get(token_index.get(token_id, -1), [])
    single = [m for m in at if len(m.tokens) == 1] or at
    return single[0].id if single else None


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def named_mentions(document: GumDocument, types: Iterable[str] = tuple(TYPE_MAP)) -> list[NamedMention]:
    """The proper-name core of each mention of the given types that has one (see module doc)."""
    wanted = set(types)
    lower_words = {t.text for t in document.tokens if t.text.islower()}
    found: dict[tuple[int, int], NamedMention] = {}
    for mention in document.mentions:
        if mention.type not in wanted:
            continue
        core = _name_core([document.tokens[i] for i in mention.tokens], lower_words)
        if core is None:
            continue
        first, last = core
        start, end = first.start, last.end
        named = NamedMention(start, end, document.text[start:end], mention.type, document.chains[mention.id])
        found.setdefault((start, end), named)
    return sorted(found.values(), key=lambda m: m.start)


def _name_core(tokens: Sequence[GumToken], lower_words: set[str]) -> tuple[GumToken, GumToken] | None:
    words = [t.text for t in tokens]
    # Cut at the first post-modifier that is not inside a capitalised run ("Bank of America").
    cut = len(tokens)
    for i, word in enumerate(words):
        if i == 0 or word.lower() not in _BOUNDARIES:
            continue
        inside_run = (
            word.lower() in _CONNECTORS
            and _capitalised(words[i - 1])
            and i + 1 < len(words)
            and (_capitalised(words[i + 1]) or words[i + 1].lower() in _CONNECTORS)
        )
        if not inside_run:
            cut = i
            break
    head = list(range(cut))
    while head and words[head[-1]] in ("'s", "'", "’s", "’"):
        head.pop()
    if not head or not _capitalised(words[head[-1]]):
        return None
    # The capitalised run ending the head phrase, connectors allowed inside it.
    first = head[-1]
    while first - 1 >= 0:
        previous = words[first - 1]
        if _capitalised(previous):
            first -= 1
        elif previous.lower() in _CONNECTORS and first - 2 >= 0 and _capitalised(words[first - 2]):
            first -= 1
        else:
            break
    while first < head[-1] and words[first].lower() in _TITLES | _DETERMINERS:
        first += 1
    if not _capitalised(words[first]) or words[first].lower() in _TITLES:
        return None
    core = tokens[first : head[-1] + 1]
    if len(core) == 1:
        word = core[0].text
        if word.lower() in _NOT_NAMES or len(word) < 2:
            return None
        if core[0].sentence_initial and word.lower() in lower_words:
            return None
    return core[0], core[-1]


def mention_scores(
    gold: Sequence[tuple[int, int, str]], predicted: Sequence[tuple[int, int, str]]
) -> Scores:
    """Exact-span P/R/F1; a prediction matches a gold (start, end, GUM type) if its label maps to it."""
    gold_by_span = {(s, e): t for s, e, t in gold}
    correct = counted = 0
    for start, end, label in predicted:
        gold_type = gold_by_span.get((start, end))
        if label not in SCORED_LABELS:
            continue
        if gold_type is not None and label in TYPE_MAP.get(gold_type, ()):
            correct += 1
            counted += 1
        elif gold_type is not None or label not in UNPENALISED_LABELS:
            counted += 1
    return _prf(correct, counted, len(gold_by_span), len(gold_by_span))


def b_cubed(gold: Mapping[tuple[int, int], int], predicted: Mapping[tuple[int, int], object]) -> Scores:
    """B³ over the mentions present in both clusterings (mention -> cluster id maps)."""
    shared = [m for m in gold if m in predicted]
    if not shared:
        return Scores(0.0, 0.0, 0.0, 0)
    gold_members: dict[int, set] = defaultdict(set)
    predicted_members: dict[object, set] = defaultdict(set)
    for m in shared:
        gold_members[gold[m]].add(m)
        predicted_members[predicted[m]].add(m)
    precision = recall = 0.0
    for m in shared:
        g, p = gold_members[gold[m]], predicted_members[predicted[m]]
        overlap = len(g & p)
        precision += overlap / len(p)
        recall += overlap / len(g)
    precision, recall = precision / len(shared), recall / len(shared)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, len(shared))
