"""The newsgraph stages as registered spaCy components: thin wrappers around `extract/`.

Each stage reads what earlier stages left on the Doc (`requires`), runs its extractor in
`find(doc)` and stores the records in `set_annotations(doc, found)` (`assigns`).
`collect(doc)` turns the annotated Doc into an `Analysis`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .extract.entities import extract_entities
from .extract.events import extract_events
from .extract.places import extract_places
from .extract.quotes import extract_quotes
from .extract.summary import extract_summary
from .options import Options
from .records import Analysis

__all__ = ["FACTORIES", "collect"]

for _attr in (
    "ng_article",
    "ng_boilerplate",
    "ng_entities",
    "ng_quotes",
    "ng_places",
    "ng_events",
    "ng_summary",
):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)


class Stage:
    """A stage: `find` runs the extractor, `set_annotations` stores its records on the Doc."""

    assigns: str
    extractor: Callable[..., Iterator[Any]]

    def __init__(self, nlp: Language, name: str, options: dict[str, Any]) -> None:
        self.name = name
        self.options = Options.from_dict(options)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> tuple[Any, ...]:
        return tuple(type(self).extractor(doc, options=self.options))

    def set_annotations(self, doc: Doc, found: tuple[Any, ...]) -> None:
        setattr(doc._, self.assigns, found)


def _register(name: str, extractor: Callable[..., Iterator[Any]], assigns: str, requires: list[str]) -> str:
    stage = type(f"{name.title()}Stage", (Stage,), {"assigns": assigns, "extractor": extractor})
    factory = f"newsgraph_{name}"
    Language.factory(
        factory,
        default_config={"options": {}},
        assigns=[f"doc._.{assigns}"],
        requires=requires,
        func=stage,
    )
    return factory


FACTORIES = {
    "entities": _register("entities", extract_entities, "ng_entities", ["doc.ents", "doc._.ng_boilerplate"]),
    "quotes": _register("quotes", extract_quotes, "ng_quotes", ["token.dep", "doc._.ng_entities"]),
    "places": _register("places", extract_places, "ng_places", ["doc._.ng_entities"]),
    "events": _register(
        "events", extract_events, "ng_events", ["token.dep", "doc._.ng_entities", "doc._.ng_places", "doc._.ng_quotes"]
    ),
    "summary": _register("summary", extract_summary, "ng_summary", ["doc.sents", "doc._.ng_entities"]),
}


def collect(doc: Doc) -> Analysis:
    """The `Analysis` of an annotated Doc; stages that did not run contribute nothing."""
    article = doc._.ng_article
    return Analysis(
        text=article.text if article else doc.text,
        title=article.title if article else None,
        published=article.published if article else None,
        url=article.url if article else None,
        entities=doc._.ng_entities or (),
        quotes=doc._.ng_quotes or (),
        events=doc._.ng_events or (),
        places=doc._.ng_places or (),
        summary=doc._.ng_summary or (),
        boilerplate=doc._.ng_boilerplate or (),
    )
