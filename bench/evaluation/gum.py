"""GUM (WebAnno TSV 3.2) reader and scorers for named-mention recognition and clustering.

GUM annotates every referring expression (names, descriptions, pronouns) with an entity
type and coreference links, but has no "proper name" flag. A mention counts as *named*
here when its head is a capitalised name: the mention is cut at its first post-modifier
(a preposition, comma or relative word outside a capitalised run), and the name is the
run of capitalised words (joined by "of", "the", "al", ...) that ends the remaining head
phrase, minus leading titles ("President", "Mr."). "the Sea Org" -> "Sea Org",
"former scientologist Tom Devocht" -> "Tom Devocht"; "the organization in California" and
"a defector from ... Scientology" have no named head. A lone capitalised word at the start
of a sentence is a name only if it is linked to Wikipedia or the document also capitalises
it elsewhere, and never writes it in lower case. Names are scored flat, like spaCy's: a name
nested inside a longer name ("Texas" in "University of Texas Arlington") is left out.

Type mapping (GUM -> spaCy labels accepted as a match):
    person       -> PERSON, NORP   (GUM files "the Rohingya", "Bangladeshis" under person)
    organization -> ORG, NORP, GPE ("Scientology" as a movement; OntoNotes, which spaCy follows,
                                    keeps a country acting as government or team a GPE:
                                    "Belgium defeated Panama", where GUM says organization)
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
    "CorpusScores",
    "entity_scores",
]

TYPE_MAP: Mapping[str, frozenset[str]] = {
    "person": frozenset({"PERSON", "NORP"}),
    "organization": frozenset({"ORG", "NORP", "GPE"}),
    "place": frozenset({"GPE", "LOC", "FAC"}),
}
# For per-type figures, the type a prediction that matches no gold name is charged to.
PRIMARY_LABELS: Mapping[str, frozenset[str]] = {
    "person": frozenset({"PERSON"}),
    "organization": frozenset({"ORG"}),
    "place": frozenset({"GPE", "LOC", "FAC"}),
}
# Labels whose unmatched predictions do not count as false positives (see module docstring).
UNPENALISED_LABELS = frozenset({"NORP"})
SCORED_LABELS = frozenset().union(*TYPE_MAP.values())

_IDENTITY_RELATIONS = {"coref", "ana", "appos", "cata", "disc", "pred"}
_CONNECTORS = {"of", "the", "and", "de", "del", "da", "di", "du", "des", "la", "le", "al", "el", "bin", "ibn",
               "von", "van", "der", "den", "y", "&", "-", "for", "on", "in"}
_BOUNDARIES = {",", "(", ")", ":", ";", "of", "and", "from", "in", "within", "for", "with", "at", "on", "by", "to",
               "about", "who", "which", "that", "whose", "whom", "where", "under", "over", "near", "between",
               "into", "as", "–", "—", '"', "“", "”"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
                "your", "one", "two", "three", "some", "many", "several", "most", "all", "both", "other"}
_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "president",
           "minister", "prime", "secretary", "senator", "governor", "mayor", "king", "queen", "prince",
           "princess", "pope", "general", "gen.", "colonel", "captain", "judge", "chancellor",
           "foreign", "undersecretary", "chairman", "chief", "director", "professor", "lord", "lady",
           "saint", "st.", "sheikh", "ayatollah", "vice", "deputy", "premier", "emperor", "officer",
           "spokesperson", "spokesman", "spokeswoman", "commander", "ceo", "founder", "coach", "sheriff",
           "detective", "biologist", "professor", "emeritus", "dean", "bishop", "rabbi", "imam", "cardinal"}
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
        # Multi-valued cells carry the mention id in brackets: "Aceh[20]|Indonesia[21]".
        identities = {_mention_id(v, token_id): _label(v) for v in _cell(cells, 6)}
        for value in _cell(cells, 3):
            mention_id = _mention_id(value, token_id)
            spans[mention_id].append(len(tokens) - 1)
            attributes[mention_id] = (_label(value), identities.get(mention_id))
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


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()  # "US", not the pronoun "us"


def _capitalised(word: str) -> bool:
    if word == "I":
        return False
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def named_mentions(document: GumDocument, types: Iterable[str] = tuple(TYPE_MAP)) -> list[NamedMention]:
    """The proper-name core of each mention of the given types that has one (see module doc)."""
    wanted = set(types)
    lower_words = {t.text for t in document.tokens if t.text.islower()}
    # A lone word capitalised only at sentence starts ("Armies can not ...") is not taken for a name.
    initial_only = {t.text.lower() for t in document.tokens if t.sentence_initial} - {
        t.text.lower() for t in document.tokens if not t.sentence_initial and _capitalised(t.text)
    }
    found: dict[tuple[int, int], NamedMention] = {}
    for mention in document.mentions:
        if mention.type not in wanted:
            continue
        core = _name_core(
            [document.tokens[i] for i in mention.tokens],
            lower_words,
            set() if mention.identity else lower_words | initial_only,
            person=mention.type == "person",
        )
        if core is None:
            continue
        first, last = core
        start, end = first.start, last.end
        named = NamedMention(start, end, document.text[start:end], mention.type, document.chains[mention.id])
        found.setdefault((start, end), named)
    # Flat recognition, as spaCy's: a name inside a longer name ("Texas" in "University of Texas
    # Arlington") is not scored on its own.
    spans = list(found)
    outermost = [
        m for (start, end), m in found.items()
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)
    ]
    return sorted(outermost, key=lambda m: m.start)


def _name_core(
    tokens: Sequence[GumToken], lower_words: set[str], not_single_names: set[str], *, person: bool = False
) -> tuple[GumToken, GumToken] | None:
    # A sentence-initial word the document also writes in lower case is capitalised by position only.
    words = [
        t.text.lower()
        if t.sentence_initial and not _is_acronym(t.text)
        and (t.text.lower() in lower_words or t.text.lower() in _NOT_NAMES)
        and not (n + 1 < len(tokens) and _capitalised(tokens[n + 1].text))  # "New Zealand" stays
        else t.text
        for n, t in enumerate(tokens)
    ]
    # Cut at the first post-modifier that is not inside a capitalised run ("Bank of America").
    cut = len(tokens)
    for i, word in enumerate(words):
        if i == 0 or word.lower() not in _BOUNDARIES:
            continue
        inside_run = (
            word.lower() in _CONNECTORS
            and not (person and word.lower() in ("of", "and"))  # "Matthew Ingram of The Globe", "X and Y"
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
    if person and cut < len(words) - 2:
        # "... Student Association president Sehar Memon": a two-word name closing the mention.
        last = len(words) - 1
        if last >= 2 and _capitalised(words[last]) and _capitalised(words[last - 1]) and words[last - 2].islower():
            return tokens[last - 1], tokens[last]
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
    if person:  # "US President Barack Obama", "Emeritus Professor John Burrows": the name follows the title
        titles = [i for i in range(first, head[-1]) if words[i].lower() in _TITLES]
        first = titles[-1] + 1 if titles else first
    if not _capitalised(words[first]) or words[first].lower() in _TITLES or words[head[-1]].lower() in _TITLES:
        return None
    core = tokens[first : head[-1] + 1]
    if len(core) == 1:
        word = core[0].text
        if (word.lower() in _NOT_NAMES and not _is_acronym(word)) or len(word) < 2:
            return None
        if core[0].sentence_initial and word.lower() in not_single_names:
            return None
    return core[0], core[-1]


def _mention_counts(
    gold: Sequence[tuple[int, int, str]], predicted: Sequence[tuple[int, int, str]]
) -> tuple[int, int, int]:
    gold_by_span = {(s, e): t for s, e, t in gold}
    correct = counted = 0
    for start, end, label in set(predicted):
        gold_type = gold_by_span.get((start, end))
        if label not in SCORED_LABELS:
            continue
        if gold_type is not None and label in TYPE_MAP.get(gold_type, ()):
            correct += 1
            counted += 1
        elif gold_type is not None or label not in UNPENALISED_LABELS:
            counted += 1
    return correct, counted, len(gold_by_span)


def mention_scores(
    gold: Sequence[tuple[int, int, str]], predicted: Sequence[tuple[int, int, str]]
) -> Scores:
    """Exact-span P/R/F1; a prediction matches a gold (start, end, GUM type) if its label maps to it."""
    correct, counted, total = _mention_counts(gold, predicted)
    return _prf(correct, counted, total, total)


def _b_cubed_sums(
    gold: Mapping[tuple[int, int], int], predicted: Mapping[tuple[int, int], object]
) -> tuple[float, float, int]:
    shared = [m for m in gold if m in predicted]
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
    return precision, recall, len(shared)


def _b_cubed_from_sums(precision: float, recall: float, count: int) -> Scores:
    if not count:
        return Scores(0.0, 0.0, 0.0, 0)
    precision, recall = precision / count, recall / count
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, count)


def b_cubed(gold: Mapping[tuple[int, int], int], predicted: Mapping[tuple[int, int], object]) -> Scores:
    """B³ over the mentions present in both clusterings (mention span -> cluster id maps)."""
    return _b_cubed_from_sums(*_b_cubed_sums(gold, predicted))


@dataclass(frozen=True)
class CorpusScores:
    """Micro-averaged mention and B³ scores over documents, with per-type and per-document detail."""

    mentions: Scores
    clusters: Scores
    by_type: Mapping[str, Scores]
    per_document: tuple[tuple[Scores, Scores], ...]


def entity_scores(
    documents: Sequence[GumDocument], predictions: Sequence[Sequence[tuple[int, int, str, object]]]
) -> CorpusScores:
    """Score predicted mentions `(start, end, label, entity id)` per document against GUM.

    B³ is computed on the named mentions whose span was found with a label of a mapped type,
    so clustering is judged apart from recognition.
    """
    totals = [0, 0, 0]
    by_type = {t: [0, 0, 0] for t in TYPE_MAP}
    cluster_sums = [0.0, 0.0, 0]
    per_document = []
    for document, predicted in zip(documents, predictions, strict=True):
        gold = named_mentions(document)
        gold_triples = [(m.start, m.end, m.type) for m in gold]
        predicted_triples = [(s, e, label) for s, e, label, _ in predicted]
        counts = _mention_counts(gold_triples, predicted_triples)
        totals = [a + b for a, b in zip(totals, counts)]
        gold_spans = {(s, e): t for s, e, t in gold_triples}
        for gum_type in TYPE_MAP:
            # Predictions on this type's gold names, plus unmatched ones whose label is this type's own.
            scoped = [
                p for p in predicted_triples
                if gold_spans.get((p[0], p[1])) == gum_type
                or ((p[0], p[1]) not in gold_spans and p[2] in PRIMARY_LABELS[gum_type])
            ]
            typed = _mention_counts([g for g in gold_triples if g[2] == gum_type], scoped)
            by_type[gum_type] = [a + b for a, b in zip(by_type[gum_type], typed)]
        gold_types = {(m.start, m.end): m.type for m in gold}
        gold_clusters = {(m.start, m.end): m.entity for m in gold}
        predicted_clusters = {
            (s, e): entity
            for s, e, label, entity in predicted
            if label in TYPE_MAP.get(gold_types.get((s, e), ""), ())
        }
        sums = _b_cubed_sums(gold_clusters, predicted_clusters)
        cluster_sums = [a + b for a, b in zip(cluster_sums, sums)]
        per_document.append((_prf(*counts, counts[2]), _b_cubed_from_sums(*sums)))
    return CorpusScores(
        mentions=_prf(*totals, totals[2]),
        clusters=_b_cubed_from_sums(*cluster_sums),
        by_type={t: _prf(*c, c[2]) for t, c in by_type.items()},
        per_document=tuple(per_document),
    )
