import pytest

from newsgraph.records import Actor, Analysis, Entity, Event, Place, Quote, Span, Speaker
from newsgraph.store import Store


@pytest.fixture
def fresh_db(tmp_path):
    """An empty, migrated knowledge base in a temporary file."""
    with Store(tmp_path / "kb.db") as store:
        yield store


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part), part)


def _make_analysis(text: str, *, url: str | None = None, published: str | None = "2025-03-04") -> Analysis:
    """A hand-built analysis of a two-sentence story about a minister and a port strike."""
    minister = _span(text, "Amina Diallo")
    quote_text = _span(text, "The port will reopen on Friday")
    said = _span(text, "said")
    dakar = _span(text, "Dakar")
    strike = _span(text, "blockaded")
    union = _span(text, "dockworkers' union")
    return Analysis(
        text=text,
        url=url,
        published=published,
        title="Port strike",
        entities=(
            Entity("E1", "Amina Diallo", "PERSON", (minister,), aliases=("Diallo",), key="PERSON:amina diallo"),
            Entity("E2", "Dockworkers Union", "ORG", (union,), key="ORG:dockworkers union"),
        ),
        quotes=(Quote("Q1", "direct", quote_text.start, quote_text.end, quote_text.text, said, Speaker(minister.start, minister.end, minister.text, "E1"), 0.9),),
        events=(
            Event("V1", "PROTEST", strike, Span(0, text.index(".") + 1, text[: text.index(".") + 1]),
                  source=Actor(union.start, union.end, union.text, "E2", "SENLAB"), place="P1", status="asserted"),
        ),
        places=(Place("P1", "Dakar", (dakar,), geonameid=2253354, lat=14.69, lon=-17.44, country="SN", feature="city"),),
    )


STORY = (
    "The dockworkers' union blockaded the port of Dakar on Monday. "
    '"The port will reopen on Friday," Transport Minister Amina Diallo said.'
)


@pytest.fixture
def story_text() -> str:
    return STORY


@pytest.fixture
def make_analysis():
    """Build the hand-made analysis for any text that contains the story's phrases."""
    return _make_analysis


@pytest.fixture
def story():
    return _make_analysis(STORY, url="https://example.org/dakar-port")
