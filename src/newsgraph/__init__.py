"""newsgraph: evidence-backed records of who is mentioned, who said what, who did what to whom,
where and when, from news articles. Offline, on CPU.

    >>> import newsgraph
    >>> analysis = newsgraph.analyze("...article text...")
    >>> analysis.to_dict()["schema"]
    'newsgraph/1'
"""

from __future__ import annotations

from .errors import (
    BinaryInputError,
    ConfigError,
    DecodeInputError,
    EmptyInputError,
    InputError,
    ModelNotFoundError,
    NewsgraphError,
    QueryError,
    StoreError,
)
from .options import Options
from .records import (
    SCHEMA,
    Actor,
    Analysis,
    Article,
    Entity,
    Event,
    Place,
    Quote,
    Span,
    Speaker,
    SummarySentence,
)

__all__ = [
    "analyze",
    "Analysis",
    "Article",
    "Options",
    "Pipeline",
    "SCHEMA",
    "Actor",
    "Entity",
    "Event",
    "Place",
    "Quote",
    "Span",
    "Speaker",
    "SummarySentence",
    "NewsgraphError",
    "ConfigError",
    "ModelNotFoundError",
    "InputError",
    "EmptyInputError",
    "BinaryInputError",
    "DecodeInputError",
    "StoreError",
    "QueryError",
]

__version__ = "0.1.0"


def __getattr__(name: str):
    # `Pipeline` imports spaCy and every extractor: load it on first use, so that readers,
    # records, the store and the CLI's query commands stay cheap to import.
    if name in ("Pipeline", "get_pipeline"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")


def analyze(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    options: Options | None = None,
) -> Analysis:
    """Analyse one article's text; the model is loaded once per process and options."""
    from .pipeline import get_pipeline

    article = Article(text=text, title=title, published=published, url=url)
    return get_pipeline(options or Options.load()).analyze(article)
