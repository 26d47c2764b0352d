"""Article-level checks before analysis: size limit and a cheap English test."""

from __future__ import annotations

import re

from ..errors import InputError
from ..records import Article

__all__ = ["check_article", "looks_english", "NotEnglishError", "TooLargeError"]

# Frequent English function words; running text in English is full of them.
_ENGLISH = frozenset(
    "the of and to in a is that for it on was with as by he at from his be this are have an "
    "not but they were has had which or their its said will been who would also after more".split()
)
_WORD = re.compile(r"[^\W\d_]+")


class NotEnglishError(InputError):
    """The article does not look like English text."""


class TooLargeError(InputError):
    """The article is over the configured size limit."""


def looks_english(text: str, *, sample_words: int = 400) -> bool:
    """At least 12% of the first words are common English function words (short texts pass)."""
    words = [w.lower() for w in _WORD.findall(text[:20_000])][:sample_words]
    if len(words) < 20:
        return True
    return sum(w in _ENGLISH for w in words) / len(words) >= 0.12


def check_article(article: Article, *, max_chars: int, allow_non_english: bool = False) -> InputError | None:
    """Why this article should not be analysed, or None if it is fine."""
    source = article.source or "<article>"
    if len(article.text) > max_chars:
        return TooLargeError(source, f"is {len(article.text):,} characters, over the limit of {max_chars:,} (max_article_chars)")
    if not allow_non_english and not looks_english(article.text):
        return NotEnglishError(source, "does not look like English; pass --allow-non-english to analyse it anyway")
    return None
