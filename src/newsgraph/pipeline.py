"""The one path every article takes: clean -> spaCy Doc -> registered stages -> `Analysis`.

This module is the only place that loads a spaCy pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import stages  # noqa: F401  (registers the newsgraph_* factories with spaCy)
from .clean import find_boilerplate, mask
from .errors import ModelNotFoundError
from .options import Options
from .records import Analysis, Article

__all__ = ["Pipeline", "load_model", "get_pipeline"]


def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path; nothing is downloaded."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed: run `make install`, or set "
            "NEWSGRAPH_SPACY_MODEL (or spacy_model in newsgraph.toml) to an installed pipeline"
        ) from exc


class Pipeline:
    """A loaded spaCy model with the newsgraph stages appended; reuse one for many articles."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options.load()
        self.nlp = load_model(self.options.spacy_model)
        for stage in self.options.stages:
            self.nlp.add_pipe(stages.FACTORIES[stage], config={"options": self.options.as_dict()})

    def analyze(self, article: Article | str) -> Analysis:
        """Analyse one article (or plain text)."""
        return next(self.analyze_many([article]))

    def analyze_many(self, articles: Iterable[Article | str]) -> Iterator[Analysis]:
        """Analyse articles lazily, batching them through spaCy."""
        docs = (self.make_doc(a if isinstance(a, Article) else Article(a)) for a in articles)
        for doc in self.nlp.pipe(docs, batch_size=self.options.batch_size):
            yield stages.collect(doc)

    def make_doc(self, article: Article) -> Doc:
        """A tokenised Doc with boilerplate masked and the article attached, ready for the stages."""
        boilerplate = find_boilerplate(article.text)
        doc = self.nlp.make_doc(mask(article.text, boilerplate))
        doc._.ng_article = article
        doc._.ng_boilerplate = tuple(boilerplate)
        return doc


@lru_cache(maxsize=4)
def get_pipeline(options: Options | None = None) -> Pipeline:
    """A shared pipeline per options, so repeated `analyze()` calls load the model once."""
    return Pipeline(options)
