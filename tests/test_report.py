"""The analyze table: what a reader sees of each event."""

from rich.console import Console

from newsgraph.records import Analysis, Entity, Event, Span
from newsgraph.report import render_analysis

TEXT = '"We shelled the rebel base," General Kato said.'


def test_the_event_table_shows_status_whose_claim_it_is_and_confidence():
    kato = Span(TEXT.index("General"), TEXT.index(" said"), "General Kato")
    shelled = Span(TEXT.index("shelled"), TEXT.index("shelled") + 7, "shelled")
    event = Event("V1", "ASSAULT", shelled, Span(0, len(TEXT), TEXT), status="claimed",
                  attributed_to="E1", confidence=0.64)
    analysis = Analysis(TEXT, entities=(Entity("E1", "Kato", "PERSON", (kato,)),), events=(event,))
    console = Console(width=200, record=True)
    console.print(render_analysis(analysis))
    row = next(line for line in console.export_text().splitlines() if "shelled" in line and "ASSAULT" in line)
    assert "claimed" in row and "Kato" in row and "0.64" in row
