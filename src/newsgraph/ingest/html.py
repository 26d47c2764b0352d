"""HTML pages: main text and metadata extracted with trafilatura."""

from __future__ import annotations

import warnings

import lxml.etree
import lxml.html
import trafilatura

from ..errors import EmptyInputError, InputError
from ..records import Article

__all__ = ["read_html"]

_PARSER_DEPTH = 255


def _has_text(document) -> bool:
    return document is not None and bool((document.text or "").strip())


def _deep_tree(html: str | bytes):
    """The page parsed without libxml2's depth limit, if it is nested deeper than that limit."""
    try:
        tree = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True, remove_comments=True))
    except (lxml.etree.ParserError, ValueError):
        return None
    return tree if _depth(tree) > _PARSER_DEPTH else None


def _depth(tree) -> int:
    depth = deepest = 0
    for event, _element in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


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
    if not _has_text(document):
        # A short page (a notice, a brief) falls under the precision-first thresholds.
        document = _extract(html, source, url, favor_recall=True)
    if not _has_text(document) and (deep := _deep_tree(html)) is not None:
        # libxml2 stops reading at 256 levels of nesting unless asked for a "huge" tree.
        document = _extract(deep, source, url, favor_recall=True)
        if not _has_text(document):
            raise EmptyInputError(
                source, f"no article text found: the page nests its elements {_depth(deep)} levels deep, "
                f"past the {_PARSER_DEPTH} levels the HTML parser reads by default, and no text was found in it either"
            )
    if not _has_text(document):
        raise EmptyInputError(source, "no article text found in the HTML page")
    return Article(
        text=document.text,
        title=document.title or None,
        published=document.date or None,
        url=document.url or url,
        author=document.author or None,
        source=source,
    )
