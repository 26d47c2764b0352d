"""Quote, speaker and key-entity scores on newsgraph's own real-news gold (`bench/gold/quotes-news.jsonl`).

The gold was written by reading articles of `../shared/corpora/html-articles/` before newsgraph ran
on them. One JSON object a line; `id` is the article's key in that folder's `ground-truth.json`
(the sha256 name of its page) and every offset points into that record's `articleBody`:

    {"id": "7a45...", "split": "tune",
     "quotes": [{"start": 678, "end": 721, "kind": "direct", "cue": "said",
                 "speaker": ["Patrick W. Carlineo Jr.", "Carlineo"]}],
     "entities": [{"type": "PERSON", "names": ["Ilhan Omar", "Omar"]}]}

Annotation conventions:
- A quote is a statement attributed by a cue of saying or claiming (said, told, according to,
  accused X of, denied, believe that, ...): direct (in quotation marks; the span excludes them),
  indirect (the reported clause, without "that" and the closing full stop) or mixed (a reported
  clause with a quoted part). Quoted single words, slogans and titles are not quotes; neither are
  control verbs ("agreed to", "urged X to"). A quoted passage split by its cue is two quotes; a
  passage continued in the next paragraph is one quote per paragraph. Where one report nests in
  another, only one is annotated (the words' own speaker for a direct quote, else the outer report).
- `speaker` lists acceptable names of the person or organisation whose words they are, shortest
  distinctive forms first; [] where the text names nobody ("a doctor", "officials", "critics").
  A spokesperson or representative of a named organisation or person speaks for it ("a WeWork
  spokesperson" -> WeWork); an unnamed "insider" or "source" is [].
- `entities` are the article's key people, organisations and places, each with every spelling the
  article uses for it; `type` is a spaCy label (PERSON, ORG, GPE, LOC, FAC, NORP).

Scores (all micro-averaged over articles):
- A predicted quote matches a gold one when their spans overlap by at least half of the shorter
  span; matching is one-to-one (a maximum matching). Precision and recall count matched quotes.
- Speaker accuracy, over matched quotes: right when the predicted speaker entity's name or one of
  its aliases contains an acceptable name or is contained in one (case-insensitive, whole words);
  a gold [] speaker is right only when the prediction links no entity.
- A key entity is fully merged when one predicted entity carries all the spellings the article
  uses on their own (as its name, an alias or a mention's text, a leading "the" and a closing
  "'s" ignored): a listed surname that occurs only inside the listed full name is not wanted, as
  no mention can carry it; a key none of whose spellings occurs is not judged.
- A predicted PERSON or ORG entity is wrongly typed when it carries the spellings of a key entity
  of another type; predicted entities that carry no key entity's spelling are not judged.
- A pronoun or blank speaker is a quote whose speaker, as a knowledge base shows it (the entity's
  name, else the speaker text), is a word of `speaker_pronouns.txt` or empty.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsgraph.records import Analysis, Entity, Quote
from .splits import split_of

__all__ = [
    "ArticleJudgement",
    "GoldArticle",
    "GoldEntity",
    "GoldQuote",
    "NewsScores",
    "QuoteMatch",
    "is_pronoun_or_blank",
    "judge_article",
    "match_quotes",
    "news_split",
    "read_gold",
    "score",
    "speaker_label",
    "speaker_matches",
]

ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
NEWS_CHECK_PERCENT = 50
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@dataclass(frozen=True)
class GoldQuote:
    """One gold quote: its content span, kind, cue word and acceptable speaker names (() : unnamed)."""

    start: int
    end: int
    kind: str
    cue: str
    speaker: tuple[str, ...]


@dataclass(frozen=True)
class GoldEntity:
    """A key person, organisation or place with every spelling the article uses for it."""

    type: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class GoldArticle:
    """The gold of one article; `id` is its key in html-articles' ground-truth.json."""

    id: str
    split: str
    quotes: tuple[GoldQuote, ...]
    entities: tuple[GoldEntity, ...]


def news_split(article_id: str) -> str:
    """'tune' or 'check' for an article id: half each, by the sha256 of the id."""
    return split_of(article_id, check_percent=NEWS_CHECK_PERCENT)


def read_gold(path: Path) -> list[GoldArticle]:
    """The gold articles of a JSON-lines file, checked for well-formed spans, kinds and types."""
    articles = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        data = json.loads(line)
        quotes = tuple(
            GoldQuote(q["start"], q["end"], q["kind"], q["cue"], tuple(q["speaker"])) for q in data["quotes"]
        )
        entities = tuple(GoldEntity(e["type"], tuple(e["names"])) for e in data["entities"])
        for quote in quotes:
            if not 0 <= quote.start < quote.end or quote.kind not in Quote.KINDS:
                raise ValueError(f"{path}:{n}: quote {quote} needs start < end and a kind in {Quote.KINDS}")
        for entity in entities:
            if entity.type not in ENTITY_TYPES or not entity.names:
                raise ValueError(f"{path}:{n}: entity {entity} needs names and a type in {sorted(ENTITY_TYPES)}")
        articles.append(GoldArticle(data["id"], data["split"], quotes, entities))
    return articles


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    text = Path(__file__).with_name("speaker_pronouns.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def is_pronoun_or_blank(speaker: str | None) -> bool:
    """True for a speaker label that names no one: empty, or a pronoun or relative word."""
    return not speaker or not speaker.strip() or _normal(speaker) in _pronouns()


def speaker_label(quote: Quote, analysis: Analysis) -> str:
    """The speaker as a knowledge base shows it: the linked entity's name, else the speaker text."""
    if quote.speaker is None:
        return ""
    entity = analysis.entity(quote.speaker.entity)
    return entity.name if entity else quote.speaker.text


def _normal(name: str) -> str:
    return " ".join(name.translate(_APOSTROPHES).casefold().split())


def _spelling(name: str) -> str:
    """A name as compared for entity merging: normalised, without a leading "the" or closing "'s"."""
    name = _normal(name)
    name = name[4:] if name.startswith("the ") else name
    return name[:-2] if name.endswith("'s") else name


def _contains(outer: str, inner: str) -> bool:
    return bool(inner) and re.search(rf"(?<!\w){re.escape(inner)}(?!\w)", outer) is not None


def speaker_matches(entity: Entity | None, acceptable: Sequence[str]) -> bool:
    """Whether a predicted speaker entity (None: unlinked) is right for a gold speaker's names."""
    if not acceptable:
        return entity is None
    if entity is None:
        return False
    names = [_normal(n) for n in (entity.name, *entity.aliases)]
    return any(_contains(p, g) or _contains(g, p) for p in names for g in map(_normal, acceptable))


def _overlaps(gold: GoldQuote, predicted: Quote) -> int:
    """The overlap in characters, or 0 where it is under half of the shorter span."""
    overlap = min(gold.end, predicted.end) - max(gold.start, predicted.start)
    shorter = min(gold.end - gold.start, predicted.end - predicted.start)
    return overlap if overlap > 0 and 2 * overlap >= shorter else 0


def match_quotes(gold: Sequence[GoldQuote], predicted: Sequence[Quote]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold to predicted quotes, as (gold index, predicted index)
    pairs; each gold quote tries the predictions it overlaps most first."""
    options = {
        g: sorted((p for p in range(len(predicted)) if _overlaps(q, predicted[p])),
                  key=lambda p, q=q: -_overlaps(q, predicted[p]))
        for g, q in enumerate(gold)
    }
    owner: dict[int, int] = {}  # predicted -> gold

    def claim(g: int, seen: set[int]) -> bool:
        for p in options[g]:
            if p not in seen:
                seen.add(p)
                if p not in owner or claim(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    for g in options:
        claim(g, set())
    return sorted((g, p) for p, g in owner.items())


@dataclass(frozen=True)
class QuoteMatch:
    """A gold quote with the predicted quote matched to it and the verdict on its speaker."""

    gold: GoldQuote
    predicted: Quote
    speaker_correct: bool
    predicted_entity: str | None  # the name of the predicted speaker entity


@dataclass(frozen=True)
class ArticleJudgement:
    """Everything scored on one article, with the detail an error listing needs."""

    article: str
    matches: tuple[QuoteMatch, ...]
    missed: tuple[GoldQuote, ...]
    spurious: tuple[Quote, ...]
    merged: tuple[tuple[GoldEntity, bool], ...]
    person_org: int  # predicted PERSON and ORG entities
    wrongly_typed: tuple[tuple[Entity, GoldEntity], ...]
    pronoun_or_blank: tuple[tuple[Quote, str], ...]  # quotes and their speaker label


def _used_spellings(key: GoldEntity, text: str) -> set[str]:
    """The key's spellings that the text uses on their own, not only inside a longer spelling."""
    spellings = {_spelling(n) for n in key.names}
    text = _normal(text)

    def spans(spelling: str) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(rf"(?<!\w){re.escape(spelling)}(?!\w)", text)]

    longer = {s: [span for o in spellings if o != s and _contains(o, s) for span in spans(o)] for s in spellings}
    return {
        s for s in spellings
        if any(not any(a <= start and end <= b for a, b in longer[s]) for start, end in spans(s))
    }


def _spellings(entity: Entity) -> set[str]:
    return {_spelling(n) for n in (entity.name, *entity.aliases, *(m.text for m in entity.mentions))}


def judge_article(gold: GoldArticle, analysis: Analysis) -> ArticleJudgement:
    """Score one article's analysis against its gold."""
    predicted = list(analysis.quotes)
    pairs = match_quotes(gold.quotes, predicted)
    matches = []
    for g, p in pairs:
        quote = predicted[p]
        entity = analysis.entity(quote.speaker.entity) if quote.speaker else None
        matches.append(QuoteMatch(gold.quotes[g], quote, speaker_matches(entity, gold.quotes[g].speaker),
                                  entity.name if entity else None))
    matched_gold, matched_predicted = {g for g, _ in pairs}, {p for _, p in pairs}
    carried = [(entity, _spellings(entity)) for entity in analysis.entities]
    merged = []
    for key in gold.entities:
        wanted = _used_spellings(key, analysis.text)
        if not wanted:
            continue
        merged.append((key, any(wanted <= spellings for _, spellings in carried)))
    wrongly_typed = []
    person_org = [(e, s) for e, s in carried if e.type in ("PERSON", "ORG")]
    for entity, spellings in person_org:
        shared = [(len(spellings & {_spelling(n) for n in key.names}), key) for key in gold.entities]
        most, key = max(shared, key=lambda pair: pair[0], default=(0, None))
        if most and key.type != entity.type:
            wrongly_typed.append((entity, key))
    labelled = [(quote, speaker_label(quote, analysis)) for quote in predicted]
    return ArticleJudgement(
        article=gold.id,
        matches=tuple(matches),
        missed=tuple(q for g, q in enumerate(gold.quotes) if g not in matched_gold),
        spurious=tuple(q for p, q in enumerate(predicted) if p not in matched_predicted),
        merged=tuple(merged),
        person_org=len(person_org),
        wrongly_typed=tuple(wrongly_typed),
        pronoun_or_blank=tuple((q, label) for q, label in labelled if is_pronoun_or_blank(label)),
    )


@dataclass(frozen=True)
class NewsScores:
    """Totals over a set of articles."""

    judgements: tuple[ArticleJudgement, ...]

    @property
    def matched(self) -> int:
        return sum(len(j.matches) for j in self.judgements)

    @property
    def predicted(self) -> int:
        return self.matched + sum(len(j.spurious) for j in self.judgements)

    @property
    def gold(self) -> int:
        return self.matched + sum(len(j.missed) for j in self.judgements)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def speakers_correct(self) -> int:
        return sum(m.speaker_correct for j in self.judgements for m in j.matches)

    @property
    def speaker_accuracy(self) -> float:
        """Right speakers over matched quotes."""
        return self.speakers_correct / self.matched if self.matched else 0.0

    @property
    def key_entities(self) -> int:
        return sum(len(j.merged) for j in self.judgements)

    @property
    def fully_merged(self) -> int:
        return sum(ok for j in self.judgements for _, ok in j.merged)

    @property
    def merged_share(self) -> float:
        return self.fully_merged / self.key_entities if self.key_entities else 0.0

    @property
    def person_org(self) -> int:
        return sum(j.person_org for j in self.judgements)

    @property
    def wrongly_typed(self) -> int:
        return sum(len(j.wrongly_typed) for j in self.judgements)

    @property
    def pronoun_or_blank(self) -> tuple[tuple[str, Quote, str], ...]:
        """(article id, quote, speaker label) of every quote whose speaker names no one."""
        return tuple((j.article, q, label) for j in self.judgements for q, label in j.pronoun_or_blank)


def score(pairs: Iterable[tuple[GoldArticle, Analysis]]) -> NewsScores:
    """Scores over articles, each paired with newsgraph's analysis of its articleBody."""
    return NewsScores(tuple(judge_article(gold, analysis) for gold, analysis in pairs))
