"""Name folding shared by the stages: spelling-insensitive keys for names of people and groups."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .words import name_articles

__all__ = ["name_key", "name_tokens"]


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A spelling-insensitive key: no accents, case, punctuation or leading article."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’'`ʿʾ]", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def name_tokens(text: str) -> tuple[str, ...]:
    """The folded words of a name without Arabic or English articles ("al-Assad" -> ("assad",))."""
    words = name_key(text).split()
    kept = tuple(w for w in words if w not in name_articles())
    return kept or tuple(words)
