"""HTML pages: main text and metadata extracted with trafilatura."""

from __future__ import annotations

import warnings

import trafilatura

from ..errors import EmptyInputError, InputError
from ..records import Article

__all__ = ["read_html"]


def _extract(html: str | bytes, source: str, url: str | None, *, favor_recall: bool):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lxml deprecation chatter inside trafilatura
        try:
            return trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False,
                include_tables=False, favor_recall=favor_recall,
            )
        except Exception as exc:  # trafilatura and lxml raise many types on broken markup
            raise InputError(source, f"HTML could not be parsed ({type(exc).__name__})") from None


def read_html(html: str | bytes, source: str, *, url: str | None = None) -> Article:
    """The article in an HTML page: main text without navigation, ads or comments."""
    document = _extract(html, source, url, favor_recall=False)
    if document is None or not (document.text or "").strip():
        # A short page (a notice, a brief) falls under the precision-first thresholds.
        document = _extract(html, source, url, favor_recall=True)
    if document is None or not (document.text or "").strip():
        raise EmptyInputError(source, "no article text found in the HTML page")
    return Article(
        text=document.text,
        title=document.title or None,
        published=document.date or None,
        url=document.url or url,
        author=document.author or None,
        source=source,
    )
