"""A small knowledge base built from hand-made analyses, for the web tests.

One story is hostile: its title, text, entity name and quote carry `<script>` and `onerror=`.
Its second sentence holds an entity inside a quote inside a low-confidence event's sentence.
"""

from __future__ import annotations

from newsgraph.records import Actor, Analysis, Entity, Event, Place, Quote, Span, Speaker
from newsgraph.store import Store

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'

STORY = (
    "The dockworkers' union blockaded the port of Dakar on Monday.\n"
    '"Minister Amina Diallo will not stop us," union leader Ousmane Sarr said as the strike spread.\n'
    f"Police said a note reading {HOSTILE} was found on the quay.\n"
    "Subscribe to our newsletter\n"
)

OTHER = (
    "Farmers in Kano protested against rising fuel prices on Tuesday.\n"
    '"We cannot plant without diesel," said Bello Musa, a grower from the region.\n'
)


def span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part), part)


def sentence(text: str, index: int) -> Span:
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[:index])
    return Span(start, start + len(lines[index]), lines[index])


def port_story(published: str, url: str, *, title: str = f"Port strike {HOSTILE}") -> Analysis:
    text = STORY
    diallo, sarr, union = span(text, "Amina Diallo"), span(text, "Ousmane Sarr"), span(text, "dockworkers' union")
    dakar = span(text, "Dakar")
    quote = span(text, "Minister Amina Diallo will not stop us")
    note = span(text, f"a note reading {HOSTILE}")
    return Analysis(
        text=text, title=title, published=published, url=url,
        entities=(
            Entity("E1", "Dockworkers Union", "ORG", (union,), key="ORG:dockworkers union"),
            Entity("E2", "Amina Diallo", "PERSON", (diallo,), aliases=("Diallo",), key="PERSON:amina diallo"),
            Entity("E3", "Ousmane Sarr", "PERSON", (sarr,), key="PERSON:ousmane sarr"),
            Entity("E4", f"Quay {HOSTILE}", "ORG", (span(text, HOSTILE),), key="ORG:hostile"),
            Entity("E5", "Dakar", "GPE", (dakar,), key="GPE:dakar", country="SN"),
        ),
        quotes=(Quote("Q1", "direct", quote.start, quote.end, quote.text, span(text, "said"),
                      Speaker(sarr.start, sarr.end, sarr.text, "E3"), 0.9),
                Quote("Q2", "indirect", note.start, note.end, note.text, None, None, 0.6)),
        events=(
            Event("V1", "PROTEST", span(text, "blockaded"), sentence(text, 0), cameo="145",
                  source=Actor(union.start, union.end, union.text, "E1", "SENLAB"), place="P1", status="asserted",
                  confidence=0.95, date=published[:10]),
            Event("V2", "REJECT", span(text, "will not stop"), sentence(text, 1), cameo="120",
                  source=Actor(sarr.start, sarr.end, sarr.text, "E3"), target=Actor(diallo.start, diallo.end, diallo.text, "E2"),
                  status="claimed", attributed_to="E3", confidence=0.3, date=published[:10]),
        ),
        places=(Place("P1", "Dakar", (dakar,), geonameid=2253354, lat=14.69, lon=-17.44, country="SN", feature="city"),),
    )


def farm_story(published: str, url: str) -> Analysis:
    text = OTHER
    kano, musa = span(text, "Kano"), span(text, "Bello Musa")
    quote = span(text, "We cannot plant without diesel")
    return Analysis(
        text=text, title="Farmers protest fuel prices", published=published, url=url,
        entities=(Entity("E1", "Bello Musa", "PERSON", (musa,), key="PERSON:bello musa"),
                  Entity("E2", "Kano", "GPE", (kano,), key="GPE:kano", country="NG")),
        quotes=(Quote("Q1", "direct", quote.start, quote.end, quote.text, span(text, "said"),
                      Speaker(musa.start, musa.end, musa.text, "E1"), 0.95),),
        events=(Event("V1", "PROTEST", span(text, "protested"), sentence(text, 0),
                      source=Actor(0, 7, "Farmers"), place="P1", confidence=0.8, date=published[:10]),),
        places=(Place("P1", "Kano", (kano,), geonameid=2335204, lat=12.0, lon=8.52, country="NG", feature="city"),),
    )


def namesake_story() -> Analysis:
    """A second "Amina Diallo" (another key): a namesake the UI must tell apart."""
    text = "Amina Diallo, a singer, opened a festival in Paris on Friday.\n"
    name = span(text, "Amina Diallo")
    return Analysis(text=text, title="Festival opens", published="2025-02-14", url="https://culture.example.com/festival",
                    entities=(Entity("E1", "Amina Diallo", "PERSON", (name,), key="PERSON:amina diallo singer"),))


PORT_COPIES = 25  # more than one page of search results (20 a page)


def build_base(path) -> None:
    with Store(path) as store, store.atomic():
        for i in range(PORT_COPIES):
            day = f"2025-03-{1 + i % 28:02d}"
            store.add_analysis(port_story(day, f"https://www.wire.example.org/port/{i}"), key=f"port{i}")
        for i in range(3):
            store.add_analysis(farm_story(f"2025-01-{10 + i}", f"https://farm.example.net/kano/{i}"), key=f"farm{i}")
        store.add_analysis(namesake_story(), key="namesake")


