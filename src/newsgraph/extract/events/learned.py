"""The seam to the learned sense model (`sense.py`): used only where the rules cannot decide.

Where the rules are unsure (a verb typed only by its dictionary group's default code; an ASSAULT
verb that may be an attack in words), the model's probabilities decide; its probability for the
chosen type also feeds the confidence. Without the model (weights absent, module not installed) the
rules alone decide, and `sense_of` returns None.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from ...errors import NewsgraphError

__all__ = ["NOT_AN_EVENT", "in_no_event_sense", "sense_of"]

# Model probability of "no event" above which a default-typed verb is dropped.
NOT_AN_EVENT = 0.6
# Above this, any trigger not typed by a specific pattern is dropped: "the brochures provide
# information", "architects will be invited to submit designs", "the plan holds appeal to voters".
CLEARLY_NOT_AN_EVENT = 0.9


@lru_cache(maxsize=1)
def _model() -> Any | None:
    try:
        from .sense import SenseModel  # noqa: PLC0415 (optional: present once the model is shipped)
    except ImportError:
        return None
    try:
        return SenseModel.load()
    except NewsgraphError:
        return None


def sense_of(token: Token, candidates: tuple[str, ...] | None = None) -> dict[str, float] | None:
    """Label -> probability for the trigger (PLOVER types and "NONE"), or None where the model is
    absent or has never seen the word (it then leans to "NONE", and the rules know better)."""
    model = _model()
    if model is None or not model.knows(token):
        return None
    return _predicted(model, token, candidates)


@lru_cache(maxsize=32)
def _predicted(model: Any, token: Token, candidates: tuple[str, ...] | None) -> dict[str, float]:
    # The coder asks about one trigger several times (finding it, then building its event): its
    # features are read once. A Token is keyed by its Doc and index; the callers only read the dict.
    return model.predict(token, candidates)


def in_no_event_sense(token: Token, specific: bool) -> bool:
    """Whether the model is all but sure a trigger word, not typed by a specific pattern, is used in
    no event sense here."""
    if specific:
        return False
    senses = sense_of(token)
    return senses is not None and senses.get("NONE", 0.0) >= CLEARLY_NOT_AN_EVENT
