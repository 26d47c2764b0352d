"""Speaker-entity accuracy of quotes on newsgraph's own gold passages (`tests/data/quotes_gold.jsonl`).

Gold format: one JSON object per line, a short invented wire-news passage and its statements:

    {"id": "title-minister",
     "text": "Health Minister Ana Silva announced ... the minister said.",
     "quotes": [{"content": "The campaign will reach every school",
                 "kind": "indirect",
                 "speaker": "Ana Silva"}]}

`content` is a distinctive substring of the statement's content (its first occurrence is used);
`kind` is direct, indirect or mixed; `speaker` is a substring naming the speaker entity (its first
occurrence, usually the full name as first mentioned) or null when the text names no speaker.

A gold statement is *found* when a predicted quote overlaps its content (the one overlapping most
is taken). It is *correct* when the predicted speaker entity is the entity with a mention
overlapping the gold speaker substring, or when gold and prediction both have no speaker entity.
Accuracy counts missed statements as wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsgraph.records import Analysis, Entity, Quote

__all__ = [
    "GoldPassage",
    "GoldQuote",
    "SpeakerJudgement",
    "SpeakerScore",
    "judge_passage",
    "read_gold",
    "score",
]


@dataclass(frozen=True)
class GoldQuote:
    """One gold statement: a substring of its content, its kind and its speaker substring (None: unnamed)."""

    content: str
    kind: str
    speaker: str | None


@dataclass(frozen=True)
class GoldPassage:
    """A gold passage and its statements."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


@dataclass(frozen=True)
class SpeakerJudgement:
    """The verdict on one gold statement, with what was predicted (for error listings)."""

    passage: str
    gold: GoldQuote
    found: bool
    correct: bool
    predicted_kind: str | None = None
    predicted_speaker: str | None = None  # the speaker text at the cue
    predicted_entity: str | None = None  # the name of the predicted entity
    gold_entity: str | None = None  # the name of the entity the gold speaker names, if the stage found it


@dataclass(frozen=True)
class SpeakerScore:
    """Totals over a gold set."""

    judgements: tuple[SpeakerJudgement, ...]

    @property
    def total(self) -> int:
        return len(self.judgements)

    @property
    def correct(self) -> int:
        return sum(j.correct for j in self.judgements)

    @property
    def missed(self) -> int:
        return sum(not j.found for j in self.judgements)

    @property
    def accuracy(self) -> float:
        """Correct over all gold statements (a missed statement is wrong)."""
        return self.correct / self.total if self.total else 0.0

    @property
    def accuracy_found(self) -> float:
        """Correct over the statements a quote was found for."""
        found = self.total - self.missed
        return self.correct / found if found else 0.0

    @property
    def kind_accuracy(self) -> float:
        """Found statements whose kind matches, over all gold statements."""
        right = sum(j.found and j.predicted_kind == j.gold.kind for j in self.judgements)
        return right / self.total if self.total else 0.0

    @property
    def errors(self) -> tuple[SpeakerJudgement, ...]:
        return tuple(j for j in self.judgements if not j.correct)


def read_gold(path: Path) -> list[GoldPassage]:
    """The gold passages of a JSON-lines file; every content and speaker must occur in its text."""
    passages = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        data = json.loads(line)
        quotes = tuple(GoldQuote(q["content"], q["kind"], q.get("speaker")) for q in data["quotes"])
        for quote in quotes:
            for part in (quote.content, quote.speaker):
                if part is not None and part not in data["text"]:
                    raise ValueError(f"{path}:{n}: {part!r} does not occur in the passage text")
        passages.append(GoldPassage(data.get("id", str(n)), data["text"], quotes))
    return passages


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _entity_at(entities: Sequence[Entity], start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping [start, end) most."""
    best: tuple[int, Entity] | None = None
    for entity in entities:
        for mention in entity.mentions:
            size = _overlap(start, end, mention.start, mention.end)
            if size and (best is None or size > best[0]):
                best = (size, entity)
    return best[1] if best else None


def judge_passage(passage: GoldPassage, analysis: Analysis) -> list[SpeakerJudgement]:
    """One judgement per gold statement of `passage`, given the analysis of its text."""
    by_id = {e.id: e for e in analysis.entities}
    judgements = []
    for gold in passage.quotes:
        start = passage.text.index(gold.content)
        end = start + len(gold.content)
        quote = _best_quote(analysis.quotes, start, end)
        if quote is None:
            judgements.append(SpeakerJudgement(passage.id, gold, found=False, correct=False))
            continue
        predicted = by_id.get(quote.speaker.entity) if quote.speaker and quote.speaker.entity else None
        gold_entity = None
        if gold.speaker is not None:
            speaker_start = passage.text.index(gold.speaker)
            gold_entity = _entity_at(analysis.entities, speaker_start, speaker_start + len(gold.speaker))
        if gold.speaker is None:
            correct = predicted is None
        else:
            correct = predicted is not None and gold_entity is not None and predicted.id == gold_entity.id
        judgements.append(
            SpeakerJudgement(
                passage.id,
                gold,
                found=True,
                correct=correct,
                predicted_kind=quote.kind,
                predicted_speaker=quote.speaker.text if quote.speaker else None,
                predicted_entity=predicted.name if predicted else None,
                gold_entity=gold_entity.name if gold_entity else None,
            )
        )
    return judgements


def _best_quote(quotes: Iterable[Quote], start: int, end: int) -> Quote | None:
    best: tuple[int, Quote] | None = None
    for quote in quotes:
        size = _overlap(start, end, quote.start, quote.end)
        if size and (best is None or size > best[0]):
            best = (size, quote)
    return best[1] if best else None


def score(passages: Sequence[GoldPassage], analyses: Sequence[Analysis]) -> SpeakerScore:
    """Judge every gold statement; `analyses[i]` is the analysis of `passages[i].text`."""
    judgements: list[SpeakerJudgement] = []
    for passage, analysis in zip(passages, analyses, strict=True):
        judgements.extend(judge_passage(passage, analysis))
    return SpeakerScore(tuple(judgements))
