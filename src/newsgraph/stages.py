"""The newsgraph stages as registered spaCy components: thin wrappers around `extract/`.

Each stage reads what earlier components left on the Doc (`requires`) and stores what it
found on one declared Doc attribute (`assigns`), so `nlp.analyze_pipes()` can check the
order. Factories carry a version (`newsgraph_entities_v1`); the pipes keep the plain name
(`newsgraph_entities`). `collect(doc)` turns the annotated Doc into an `Analysis`.

Order: clean (article and boilerplate) -> spaCy's own components -> entities -> references
(who each phrase refers to) -> quotes, places, events -> summary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .clean import find_boilerplate
from .extract.entities import extract_entities
from .extract.events import extract_events
from .extract.places import extract_places
from .extract.quotes import extract_quotes
from .extract.summary import extract_summary
from .options import Options
from .records import Analysis, Article
from .references import References

__all__ = ["ARTICLE_KEY", "FACTORIES", "collect"]

# The one hand-off from outside the pipeline: `Pipeline.make_doc` leaves the article here and
# the clean stage moves it onto the declared attribute.
ARTICLE_KEY = "newsgraph.article"

ATTRIBUTES = (
    "ng_article",  # the Article as read (clean)
    "ng_boilerplate",  # tuple[Span]: masked boilerplate (clean)
    "ng_entities",  # tuple[Entity] (entities)
    "ng_references",  # References: which entity a phrase refers to (references)
    "ng_quotes",  # tuple[Quote] (quotes)
    "ng_places",  # tuple[Place] (places)
    "ng_events",  # tuple[Event] (events)
    "ng_summary",  # tuple[SummarySentence] (summary)
)
for _attr in ATTRIBUTES:
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)


class CleanStage:
    """Attach the article and its boilerplate spans (the text itself was masked before tokenising)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        article = doc.user_data.pop(ARTICLE_KEY, None) or Article(doc.text)
        doc._.ng_article = article
        doc._.ng_boilerplate = tuple(find_boilerplate(article.text))
        return doc


class ReferencesStage:
    """Build the Doc's reference index over the entities, for the quote and event stages."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.ng_references = References(doc, doc._.ng_entities or ())
        return doc


class ExtractorStage:
    """A stage that runs one `extract_x(doc, *, options)` generator and stores its records."""

    assigns: str
    extractor: Callable[..., Iterator[Any]]

    def __init__(self, nlp: Language, name: str, options: dict[str, Any]) -> None:
        self.name = name
        self.options = Options.from_dict(options)

    def __call__(self, doc: Doc) -> Doc:
        setattr(doc._, self.assigns, self.find(doc))
        return doc

    def find(self, doc: Doc) -> tuple[Any, ...]:
        """The extractor's records for this Doc (bench/stage_timing.py times this call)."""
        return tuple(type(self).extractor(doc, options=self.options))


class EntitiesStage(ExtractorStage):
    assigns, extractor = "ng_entities", staticmethod(extract_entities)


class QuotesStage(ExtractorStage):
    assigns, extractor = "ng_quotes", staticmethod(extract_quotes)


class PlacesStage(ExtractorStage):
    assigns, extractor = "ng_places", staticmethod(extract_places)


class EventsStage(ExtractorStage):
    assigns, extractor = "ng_events", staticmethod(extract_events)


class SummaryStage(ExtractorStage):
    assigns, extractor = "ng_summary", staticmethod(extract_summary)


Language.factory(
    "newsgraph_clean_v1",
    assigns=["doc._.ng_article", "doc._.ng_boilerplate"],
    func=CleanStage,
)
Language.factory(
    "newsgraph_entities_v1",
    default_config={"options": {}},
    requires=["doc.ents", "doc._.ng_boilerplate"],
    assigns=["doc._.ng_entities"],
    func=EntitiesStage,
)
Language.factory(
    "newsgraph_references_v1",
    requires=["token.dep", "doc._.ng_entities"],
    assigns=["doc._.ng_references"],
    func=ReferencesStage,
)
Language.factory(
    "newsgraph_quotes_v1",
    default_config={"options": {}},
    requires=["token.dep", "doc._.ng_references"],
    assigns=["doc._.ng_quotes"],
    func=QuotesStage,
)
Language.factory(
    "newsgraph_places_v1",
    default_config={"options": {}},
    requires=["doc._.ng_entities"],
    assigns=["doc._.ng_places"],
    func=PlacesStage,
)
Language.factory(
    "newsgraph_events_v1",
    default_config={"options": {}},
    requires=["token.dep", "doc._.ng_article", "doc._.ng_references", "doc._.ng_places", "doc._.ng_quotes"],
    assigns=["doc._.ng_events"],
    func=EventsStage,
)
Language.factory(
    "newsgraph_summary_v1",
    default_config={"options": {}},
    requires=["doc.sents", "doc._.ng_entities"],
    assigns=["doc._.ng_summary"],
    func=SummaryStage,
)

# Options.stages name -> factory. Clean always runs first; references run right after entities.
FACTORIES = {
    "clean": "newsgraph_clean_v1",
    "entities": "newsgraph_entities_v1",
    "references": "newsgraph_references_v1",
    "quotes": "newsgraph_quotes_v1",
    "places": "newsgraph_places_v1",
    "events": "newsgraph_events_v1",
    "summary": "newsgraph_summary_v1",
}
CONFIGURABLE = {"entities", "quotes", "places", "events", "summary"}  # the rest take no options


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
