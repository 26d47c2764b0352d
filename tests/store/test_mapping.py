"""Records written to the knowledge base read back as the same records."""

import dataclasses

from newsgraph.records import Actor, Analysis, Entity, Event, Place, Quote, Span, Speaker, SummarySentence

TEXT = (
    "Health Minister Lena Ortiz said on Tuesday that clinics in Tarnow would stay open. "
    '"Nobody will be turned away," Ortiz told reporters. '
    "The Nurses Guild blockaded the ministry in northern Poland, Ortiz said.\n\n"
    "Photo: Wire Staff\n"
)


def _span(part: str, after: str = "") -> Span:
    """The first `part` after the first `after`."""
    start = TEXT.index(part, TEXT.index(after) + len(after))
    return Span(start, start + len(part), part)


def _every_kind_of_record() -> Analysis:
    """An analysis using every record and field, with the ids a fresh knowledge base gives them."""
    minister, ortiz, later_ortiz = _span("Lena Ortiz"), _span("Ortiz", "Nobody"), _span("Ortiz", "Poland")
    guild = _span("The Nurses Guild")
    blockade_sentence = _span("The Nurses Guild blockaded the ministry in northern Poland, Ortiz said.")
    return Analysis(
        text=TEXT,
        title="Clinics stay open",
        published="2026-02-03T09:00:00Z",
        url="https://example.org/clinics",
        entities=(
            Entity("E1", "Lena Ortiz", "PERSON", (minister, ortiz, later_ortiz), ("Ortiz",), "government", "PL",
                   "PERSON:lena ortiz"),
            Entity("E2", "Nurses Guild", "ORG", (guild,), ("The Nurses Guild",), "labour", "PL", "ORG:nurses guild"),
        ),
        quotes=(
            Quote("Q1", "indirect", *_bounds(_span("clinics in Tarnow would stay open")), _span("said"),
                  Speaker(minister.start, minister.end, minister.text, "E1"), 0.8),
            Quote("Q2", "direct", *_bounds(_span("Nobody will be turned away,")), _span("told"),
                  Speaker(ortiz.start, ortiz.end, ortiz.text, "E1"), 1.0),
            Quote("Q3", "mixed", *_bounds(_span("blockaded the ministry")), None, None, 0.4),
        ),
        events=(
            Event(
                "V1", "PROTEST", _span("blockaded"), blockade_sentence, mode="blockade", cameo="143", quad_class=4,
                goldstein=-6.5, source=Actor(guild.start, guild.end, guild.text, "E2", "POLLAB"),
                target=Actor(*_bounds(_span("the ministry")), None, "POLGOV"), place="P2", date="2026-02-02",
                status="planned", attributed_to="E1", confidence=0.7,
            ),
        ),
        places=(
            Place("P1", "Tarnów", (_span("Tarnow"),), 770966, 50.01, 20.99, "PL", "77", "city"),
            Place("P2", "Poland", (_span("Poland"),), 798544, 52.0, 20.0, "PL", None, "country", "region", "north"),
        ),
        summary=(SummarySentence(*_bounds(_span("Health Minister Lena Ortiz said on Tuesday that clinics in Tarnow would stay open."))),),
        boilerplate=(_span("Photo: Wire Staff"),),
    )


def _bounds(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.text


def test_an_analysis_with_every_kind_of_record_reads_back_equal(fresh_db):
    analysis = _every_kind_of_record()
    article_id = fresh_db.add_analysis(analysis, key="k1")
    assert fresh_db.analysis(article_id) == analysis


def test_read_back_ids_are_knowledge_base_ids(fresh_db):
    analysis = _every_kind_of_record()
    fresh_db.add_analysis(analysis, key="k1")
    second = fresh_db.analysis(fresh_db.add_analysis(dataclasses.replace(analysis, url="https://example.org/b"), key="k2"))
    assert [e.id for e in second.entities] == ["E1", "E2"]  # the same entities, merged by key
    assert [q.id for q in second.quotes] == ["Q4", "Q5", "Q6"] and second.events[0].id == "V2"
    assert second.quotes[0].speaker.entity == "E1" and second.events[0].place == "P2"


def test_the_store_dates_undated_events_and_keys_keyless_entities_to_their_article(fresh_db):
    analysis = _every_kind_of_record()
    undated = dataclasses.replace(
        analysis,
        events=(dataclasses.replace(analysis.events[0], date=None),),
        entities=(analysis.entities[0], dataclasses.replace(analysis.entities[1], key=None)),
    )
    read = fresh_db.analysis(fresh_db.add_analysis(undated, key="k1"))
    assert read.events[0].date == "2026-02-03"
    assert read.entities[1].key == "article1:E2"


def test_an_article_stored_twice_is_refused_whole(fresh_db):
    analysis = _every_kind_of_record()
    assert fresh_db.add_analysis(analysis, key="k1") == 1
    assert fresh_db.add_analysis(analysis, key="k1") is None
    assert fresh_db.db.execute("SELECT count(*) FROM summary_sentences").fetchone()[0] == 1
