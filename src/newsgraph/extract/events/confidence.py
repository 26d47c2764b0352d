"""An event's confidence: a number from the evidence behind it, so that it can be calibrated.

Evidence: how the trigger was typed (our table or a dictionary pattern naming an object beats a
dictionary verb group's default code), whether source and target were coded, whether the trigger is
the sentence's main predicate, the learned model's probability for the type, and the status (what
is reported as fact beats a claim, a plan or a hypothesis). docs/evaluation.md says what the
figures mean on the check split.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Evidence", "confidence"]

_BASE = 0.3
_WEIGHTS = {
    "source": 0.25,
    "target": 0.1,
    "main": 0.25,
    "verb": 0.05,
    "specific": 0.05,
    "default": -0.1,
    "model": 0.2,
}
_STATUS = {"asserted": 0.0, "claimed": -0.05, "planned": -0.05, "hypothetical": -0.1, "negated": -0.1}


@dataclass(frozen=True)
class Evidence:
    """What the coder knew when it coded one event."""

    source_coded: bool
    target_coded: bool
    main_clause: bool
    verb_trigger: bool
    specific: bool  # typed by a two-word key or a dictionary pattern with an object or preposition
    by_default: bool  # typed only by a dictionary verb group's default code
    status: str
    model_probability: float | None = None  # the sense model's probability for the chosen type


def confidence(evidence: Evidence) -> float:
    """0-1; higher means more evidence. Ranks a sentence's events (the most confident stands for
    the sentence in the PLOVER evaluation)."""
    score = _BASE
    score += _WEIGHTS["source"] * evidence.source_coded + _WEIGHTS["target"] * evidence.target_coded
    score += _WEIGHTS["main"] * evidence.main_clause + _WEIGHTS["verb"] * evidence.verb_trigger
    score += _WEIGHTS["specific"] * evidence.specific
    score += _WEIGHTS["default"] * evidence.by_default
    if evidence.model_probability is not None:
        score += _WEIGHTS["model"] * (evidence.model_probability - 0.5)
    score += _STATUS.get(evidence.status, 0.0)
    return round(min(max(score, 0.05), 1.0), 2)
