"""RSS and Atom feed files: one article per item, from its content or its linked page on disk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

import feedparser
import lxml.html

from ..errors import EmptyInputError, InputError
from ..records import Article
from .html import read_html

__all__ = ["read_feed"]


def read_feed(data: bytes, source: str, *, folder: Path | None = None) -> Iterator[Article | InputError]:
    """Each item of a feed; the linked page is used when it is a file on disk."""
    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield InputError(source, f"not a readable RSS or Atom feed ({type(feed.bozo_exception).__name__})")
        return
    for n, entry in enumerate(feed.entries, start=1):
        item = f"{source}#item{n}"
        try:
            yield _entry_article(entry, item, folder)
        except InputError as exc:
            yield exc


def _entry_article(entry, source: str, folder: Path | None) -> Article:
    link = entry.get("link")
    page = _local_page(link, folder)
    if page is not None:
        article = read_html(page.read_bytes(), source, url=link)
    else:
        html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
        text = lxml.html.fragment_fromstring(html, create_parent="div").text_content() if "<" in html else html
        if not text or not text.strip():
            raise EmptyInputError(source, "the feed item has no text and its link is not a file on disk")
        article = Article(text=text.strip(), source=source)
    published = entry.get("published") or entry.get("updated")
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        published = "%04d-%02d-%02dT%02d:%02d:%02dZ" % tuple(parsed[:6])
    return Article(
        text=article.text,
        title=entry.get("title") or article.title,
        published=published or article.published,
        url=link or article.url,
        author=entry.get("author") or article.author,
        source=source,
    )


def _local_page(link: str | None, folder: Path | None) -> Path | None:
    if not link:
        return None
    parsed = urlparse(link)
    if parsed.scheme == "file":
        candidate = Path(unquote(parsed.path))
    elif not parsed.scheme and folder is not None:
        candidate = folder / unquote(parsed.path)
    else:
        return None
    return candidate if candidate.is_file() else None
