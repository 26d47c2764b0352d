"""The learned sense of an event trigger: is it an event, and of which PLOVER type?

Rules cannot tell "received $94 million" (AID) from "received the envoy" (CONSULT), or "attacked the
newspaper" (ACCUSE) from "attacked the convoy" (ASSAULT) and "attacked the market" (no event). A
linear model over cheap features of the trigger's parse context decides: its lemma, objects,
prepositions, subject, voice, neighbours and the sentence's content words. The weights are a small
.npz file rebuilt by `data/train_sense.py` from sentences we wrote; run time needs only numpy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from ...errors import ConfigError

__all__ = ["NONE", "WEIGHTS", "SenseModel", "trigger_features"]

NONE = "NONE"  # the label of a trigger word used in no event sense
WEIGHTS = Path(__file__).with_name("data") / "sense-weights.npz"

_OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "dative"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "nummod"}
# A trigger under these arcs takes its subject from its head: "threatened to attack", "shelled and burned".
_INHERIT_SUBJECT_DEPS = {"xcomp", "conj", "advcl", "relcl", "acl", "pcomp"}
_CONTENT_POS = {"NOUN", "VERB", "ADJ"}
_NUMBER_ENTS = {"CARDINAL", "QUANTITY", "PERCENT"}
_WINDOW = 2


def _word(token: Token) -> str:
    """A token as a feature value: names by entity type (so no single name is learned), else the lemma."""
    if token.ent_type_ == "MONEY" or token.tag_ == "$":
        return "MONEY"
    if token.like_num or token.ent_type_ in _NUMBER_ENTS:
        return "NUM"
    if token.pos_ == "PROPN" or token.ent_type_:
        return f"ENT:{token.ent_type_ or 'PROPN'}"
    return token.lemma_.lower()


def _phrase_features(prefix: str, head: Token) -> dict[str, str]:
    """The head word of a phrase, its entity type, and whether it is (or counts) money or numbers."""
    values = {prefix: _word(head)}
    if head.ent_type_:
        values[f"{prefix}_ent"] = head.ent_type_
    children = list(head.children)
    if any(c.ent_type_ == "MONEY" or c.tag_ == "$" for c in children) or head.ent_type_ == "MONEY":
        values[f"{prefix}_money"] = "yes"
    elif any(c.dep_ == "nummod" or c.like_num for c in children):
        values[f"{prefix}_num"] = "yes"
    # "2 tonnes of cocaine", "a package of aid": the noun after "of" says what the phrase is.
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    values[f"{prefix}_of"] = _word(pobj)
    return values


def _subject(token: Token) -> Token | None:
    """The subject of the trigger's clause, climbing through "threatened to attack", "A and B" and
    a nominal trigger's verb ("police staged a raid")."""
    current = token
    for _ in range(4):
        for child in current.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
        nominal_object = current.dep_ in _OBJECT_DEPS and current.pos_ in ("NOUN", "PROPN")
        if not (current.dep_ in _INHERIT_SUBJECT_DEPS or nominal_object) or current.head is current:
            return None
        current = current.head
    return None


def trigger_features(token: Token) -> dict[str, float]:
    """Sparse features of one trigger token, the same at training and at run time."""
    lemma = token.lemma_.lower()
    names: dict[str, str] = {
        "lemma": lemma,
        "pos": token.pos_,
        "tag": token.tag_,
        "dep": token.dep_,
        "head": _word(token.head) if token.head is not token else "ROOT",
    }
    features = {f"{key}={value}": 1.0 for key, value in names.items()}
    features[f"dep+head={token.dep_}|{names['head']}"] = 1.0
    # Argument features appear twice: alone (they generalise across triggers) and joined to the
    # lemma (the sense of "receive" or "attack" turns on its object).
    arguments: dict[str, str] = {}
    for child in token.children:
        if child.dep_ in _OBJECT_DEPS:
            arguments.update(_phrase_features("obj", child))
        elif child.dep_ in ("prep", "agent"):
            prep = child.lower_
            arguments[f"prep:{prep}"] = "yes"
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    arguments.update(_phrase_features(f"pobj:{prep}", pobj))
        elif child.dep_ in _MODIFIER_DEPS:
            arguments[f"mod:{child.dep_}"] = _word(child)
        elif child.dep_ in ("auxpass", "nsubjpass"):
            arguments["passive"] = "yes"
        elif child.dep_ == "neg":
            arguments["negated"] = "yes"
        elif child.dep_ == "prt":
            arguments["particle"] = child.lower_
    subject = _subject(token)
    if subject is not None:
        arguments.update(_phrase_features("subj", subject))
    for key, value in arguments.items():
        features[f"{key}={value}"] = 1.0
        features[f"{lemma}|{key}={value}"] = 1.0
    doc = token.doc
    for offset in range(-_WINDOW, _WINDOW + 1):
        if offset and 0 <= token.i + offset < len(doc):
            features[f"w{offset:+d}={_word(doc[token.i + offset])}"] = 1.0
    sentence = token.sent if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else doc[:]
    for other in sentence:
        if other.i != token.i and other.pos_ in _CONTENT_POS and not other.is_stop:
            features[f"bag={other.lemma_.lower()}"] = 1.0
        if other.ent_type_ and other.ent_iob_ == "B":
            features[f"bag_ent={other.ent_type_}"] = 1.0
    return features


@dataclass(frozen=True, eq=False)
class SenseModel:
    """A multinomial linear model: feature name -> row of per-label weights, plus a bias per label."""

    labels: tuple[str, ...]
    index: dict[str, int]
    weights: np.ndarray  # (n_features, n_labels)
    bias: np.ndarray  # (n_labels,)

    @classmethod
    def load(cls, path: Path | str = WEIGHTS) -> SenseModel:
        """The shipped (or given) weights, read once per path and cached; nothing is downloaded."""
        return _load(str(path))

    def predict(self, token: Token, candidates: Iterable[str] | None = None) -> dict[str, float]:
        """Label -> probability (summing to 1) for the trigger `token` in its sentence.

        With `candidates` (e.g. the types a trigger lexicon allows for this word), only those labels
        and NONE keep probability mass, renormalised; unknown candidate labels are ignored.
        """
        return self.predict_features(trigger_features(token), candidates)

    def predict_features(
        self, features: dict[str, float], candidates: Iterable[str] | None = None
    ) -> dict[str, float]:
        """`predict` for an already computed feature dict (features never seen in training are ignored)."""
        rows, values = [], []
        for name, value in features.items():
            row = self.index.get(name)
            if row is not None:
                rows.append(row)
                values.append(value)
        scores = self.bias.astype(np.float64) + np.asarray(values) @ self.weights[rows]
        if candidates is not None:
            allowed = set(candidates) | {NONE}
            scores[[label not in allowed for label in self.labels]] = -np.inf
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(self.labels, scores.tolist(), strict=True))

    def best(self, token: Token, candidates: Iterable[str] | None = None) -> tuple[str, float]:
        """The most probable label for the trigger and its probability."""
        probabilities = self.predict(token, candidates)
        label = max(probabilities, key=probabilities.__getitem__)
        return label, probabilities[label]

    def knows(self, token: Token) -> bool:
        """Whether the trigger's lemma occurred in training; for unknown words the context alone decides
        and the prediction leans to NONE, so a caller should trust its rules more."""
        return f"lemma={token.lemma_.lower()}" in self.index

    def save(self, path: Path | str) -> None:
        """Write the weights as a compressed .npz of plain arrays (no pickles)."""
        names = sorted(self.index, key=self.index.__getitem__)
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            features=np.array(names),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
        )


@lru_cache(maxsize=4)
def _load(path: str) -> SenseModel:
    if not Path(path).is_file():
        raise ConfigError(
            f"event sense weights not found at {path}: rebuild them with "
            "`.venv/bin/python src/newsgraph/extract/events/data/train_sense.py`"
        )
    with np.load(path, allow_pickle=False) as data:
        names = data["features"].tolist()
        return SenseModel(
            labels=tuple(data["labels"].tolist()),
            index={name: row for row, name in enumerate(names)},
            weights=data["weights"],
            bias=data["bias"],
        )
