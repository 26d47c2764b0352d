"""Paragraphs of the article's plain text, shared by the stages that read it."""

from __future__ import annotations

__all__ = ["paragraph_of"]


def paragraph_of(text: str, at: int) -> tuple[int, int]:
    """The offsets of the paragraph (line) holding `at`."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end == -1 else end
