"""Name folding shared by the index build and the look-ups, so both sides agree on keys."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["place_key", "is_latin_name", "NAME", "ALIAS", "SHORT"]

# How a key names its place, strongest first: its own name, a name we vouch for (curated aliases,
# short forms, demonyms), or an alternate name from the data. A key keeps its strongest kind.
NAME, SHORT, ALIAS = 0, 1, 2

_ARTICLES = {"al", "el", "ar", "as", "ad", "at", "an", "ash", "az", "the"}
_LEADING_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
_LATIN = re.compile(r"^[\w\s'’`‘ʿʾ.,()&/-]+$")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_a-zA-Z\u00C0-\u024F\u1E00-\u1EFF]")


def place_key(name: str) -> str:
    """A name with accents, case, apostrophes, hyphens and Arabic/English articles folded away."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’'`‘ʿʾ]", "", text)
    text = re.sub(r"\(.*?\)", " ", text)  # "Kingston (SA)": the bracket only disambiguates
    words = re.sub(r"[^\w]+", " ", text).split()
    if words and words[0] in _LEADING_WORDS and len(words) > 1:
        words[0] = _LEADING_WORDS[words[0]]
    kept = [w for w in words if w not in _ARTICLES]
    return " ".join(kept) or " ".join(words)


def is_latin_name(name: str) -> bool:
    """True for a name a writer of English would use: Latin script, not a short all-capital code."""
    if not name or not _LATIN.match(name) or _NON_LATIN_LETTER.search(name):
        return False
    return not (name.isupper() and len(name) <= 3)
