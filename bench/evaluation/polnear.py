"""PolNeAR attribution gold (brat standoff) and the scores newsgraph's quotes get against it.

PolNeAR (Newell et al. 2018) marks each attribution as a Source, a Cue and a Content span, any of
them possibly discontinuous. A text annotated by several annotators is read from one file only:
the alphabetically first annotator code (e.g. `_4b22.ann` before `_ef2d.ann`), so runs are stable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsgraph.records import Quote

__all__ = [
    "Attribution",
    "PolnearDocument",
    "QuoteScores",
    "RoleScore",
    "content_errors",
    "load_split",
    "predicted_attributions",
    "read_ann",
    "score_quotes",
]

Fragments = tuple[tuple[int, int], ...]

_TOKEN = re.compile(r"\w+|[^\w\s]")
# Quotation marks and sentence punctuation at a span's edge are not counted as tokens: PolNeAR
# content keeps the quotation marks, newsgraph's excludes them, and neither choice is wrong.
_EDGE = "\"'“”‘’«»„.,;:!?()[]—–- \t\r\n"


@dataclass(frozen=True)
class Attribution:
    """One attribution: character fragments of its source (empty when implicit), cue and content."""

    source: Fragments
    cue: Fragments
    content: Fragments


@dataclass(frozen=True)
class PolnearDocument:
    """A PolNeAR text with the attributions of the one annotator read for it."""

    name: str
    text: str
    annotator: str
    attributions: tuple[Attribution, ...]


@dataclass(frozen=True)
class RoleScore:
    """Precision, recall and F1 of one role under one matching rule."""

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: RoleScore) -> RoleScore:
        return RoleScore(
            self.true_positives + other.true_positives,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )


@dataclass(frozen=True)
class QuoteScores:
    """Scores by role (`content`, `source`, `cue`, `joint`) and rule (`exact`, `overlap`)."""

    scores: dict[tuple[str, str], RoleScore]

    def __getitem__(self, key: tuple[str, str]) -> RoleScore:
        return self.scores[key]

    def __add__(self, other: QuoteScores) -> QuoteScores:
        return QuoteScores({k: v + other.scores[k] for k, v in self.scores.items()})


ROLES = ("content", "source", "cue", "joint")
RULES = ("exact", "overlap")


def _fragments(offsets: str) -> Fragments:
    pieces = (piece.split() for piece in offsets.split(";"))
    return tuple(sorted((int(a), int(b)) for a, b in pieces))


def read_ann(text: str) -> tuple[Attribution, ...]:
    """The attributions of one brat `.ann` file (E lines joining T spans), in file order.

    A T line's text may run over several lines; only lines that open with a T or E id are read.
    Content parts (`Content`, `Content2`, ...) of one attribution are merged into one span list.
    """
    spans: dict[str, Fragments] = {}
    events: list[list[tuple[str, str]]] = []
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) < 2 or fields[0][:1] not in {"T", "E"} or not fields[0][1:].isdigit():
            continue
        if fields[0][0] == "T":
            _label, _sep, offsets = fields[1].partition(" ")
            spans[fields[0]] = _fragments(offsets)
        else:
            events.append([tuple(arg.split(":", 1)) for arg in fields[1].split() if ":" in arg])
    attributions = []
    for arguments in events:
        roles: dict[str, list[tuple[int, int]]] = {"Source": [], "Cue": [], "Content": []}
        for role, span_id in arguments:
            role = role.rstrip("0123456789")
            if role in roles and span_id in spans:
                roles[role].extend(spans[span_id])
        if roles["Cue"] or roles["Content"]:
            attributions.append(
                Attribution(
                    tuple(sorted(roles["Source"])),
                    tuple(sorted(roles["Cue"])),
                    tuple(sorted(roles["Content"])),
                )
            )
    return tuple(attributions)


def load_split(root: Path, split: str = "dev") -> list[PolnearDocument]:
    """Every text of a split (`train`, `dev`, `test`) with its attributions, sorted by name."""
    folder = Path(root) / split
    documents = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        annotations = sorted((folder / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not annotations:
            continue
        chosen = annotations[0]
        documents.append(
            PolnearDocument(
                name=text_path.stem,
                text=text_path.read_text(encoding="utf-8"),
                annotator=chosen.stem.rsplit("_", 1)[1],
                attributions=read_ann(chosen.read_text(encoding="utf-8")),
            )
        )
    return documents


def predicted_attributions(quotes: Iterable[Quote]) -> tuple[Attribution, ...]:
    """newsgraph quotes as attributions; quotes sharing one cue (a split quote) make one attribution."""
    by_cue: dict[object, list[Quote]] = {}
    for quote in quotes:
        key = (quote.cue.start, quote.cue.end) if quote.cue else ("no cue", quote.start)
        by_cue.setdefault(key, []).append(quote)
    attributions = []
    for group in by_cue.values():
        first = group[0]
        speaker = next((q.speaker for q in group if q.speaker), None)
        attributions.append(
            Attribution(
                source=((speaker.start, speaker.end),) if speaker else (),
                cue=((first.cue.start, first.cue.end),) if first.cue else (),
                content=tuple(sorted((q.start, q.end) for q in group)),
            )
        )
    return tuple(attributions)


def _tokens(text: str, fragments: Fragments) -> list[tuple[int, int]]:
    found = []
    for start, end in _core(text, fragments):
        found.extend((start + m.start(), start + m.end()) for m in _TOKEN.finditer(text[start:end]))
    return found


def _core(text: str, fragments: Fragments) -> Fragments:
    """Fragments with edge quotation marks, punctuation and white space stripped, empty ones dropped."""
    trimmed = []
    for start, end in fragments:
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        if start < end:
            trimmed.append((start, end))
    return tuple(trimmed)


def _exact(text: str, predicted: Fragments, gold: Fragments) -> bool:
    return bool(gold) and _core(text, predicted) == _core(text, gold)


def _overlap(text: str, predicted: Fragments, gold: Fragments) -> bool:
    """At least half of the gold's tokens intersect the prediction (a punctuation-only span such
    as a colon cue matches a prediction that touches it)."""
    if not gold or not predicted:
        return False
    gold_tokens = _tokens(text, gold) or list(gold)
    covered = sum(1 for s, e in gold_tokens if any(s < pe and ps < e for ps, pe in predicted))
    return 2 * covered >= len(gold_tokens)


def _count(pairs: Sequence[tuple[int, int]], n_predicted: int, n_gold: int) -> RoleScore:
    """True positives as a maximum one-to-one matching (each gold and each prediction used once)."""
    options: dict[int, list[int]] = {}
    for p, g in pairs:
        options.setdefault(p, []).append(g)
    owner: dict[int, int] = {}  # gold -> prediction

    def claim(p: int, seen: set[int]) -> bool:
        for g in options[p]:
            if g not in seen:
                seen.add(g)
                if g not in owner or claim(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    for p in options:
        claim(p, set())
    return RoleScore(len(owner), n_predicted, n_gold)


def score_document(text: str, predicted: Sequence[Attribution], gold: Sequence[Attribution]) -> QuoteScores:
    """Scores of one document's predicted attributions against its gold ones."""
    scores: dict[tuple[str, str], RoleScore] = {}
    for rule, match in (("exact", _exact), ("overlap", _overlap)):
        for role in ("content", "source", "cue"):
            predicted_idx = [i for i, a in enumerate(predicted) if getattr(a, role)]
            gold_idx = [j for j, a in enumerate(gold) if getattr(a, role)]
            pairs = [
                (i, j)
                for i in predicted_idx
                for j in gold_idx
                if match(text, getattr(predicted[i], role), getattr(gold[j], role))
            ]
            scores[(role, rule)] = _count(pairs, len(predicted_idx), len(gold_idx))
        joint = [
            (i, j)
            for i, p in enumerate(predicted)
            for j, g in enumerate(gold)
            if match(text, p.content, g.content)
            and (match(text, p.source, g.source) if g.source else not p.source)
        ]
        scores[("joint", rule)] = _count(joint, len(predicted), len(gold))
    return QuoteScores(scores)


def content_errors(
    text: str, predicted: Sequence[Attribution], gold: Sequence[Attribution]
) -> tuple[list[Attribution], list[Attribution]]:
    """The gold attributions whose content no prediction overlaps (missed) and the predictions
    that overlap no gold content (spurious), under the `overlap` rule."""
    matched = {
        (i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold) if _overlap(text, p.content, g.content)
    }
    missed = [g for j, g in enumerate(gold) if g.content and not any(b == j for _, b in matched)]
    spurious = [p for i, p in enumerate(predicted) if not any(a == i for a, _ in matched)]
    return missed, spurious


def score_quotes(pairs: Iterable[tuple[PolnearDocument, Iterable[Quote]]]) -> QuoteScores:
    """Micro-averaged scores over documents, each paired with the quotes newsgraph found in it."""
    total: QuoteScores | None = None
    for document, quotes in pairs:
        scores = score_document(document.text, predicted_attributions(quotes), document.attributions)
        total = scores if total is None else total + scores
    if total is None:
        return QuoteScores({(role, rule): RoleScore(0, 0, 0) for role in ROLES for rule in RULES})
    return total
