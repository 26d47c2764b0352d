"""EntityIndex reference resolution: pronouns, descriptions and spelling variants of partial names."""

from __future__ import annotations

import re

import pytest

from newsgraph.records import Article
from newsgraph.resolve import EntityIndex, NameMention, cluster_mentions


@pytest.fixture(scope="module")
def index_of(pipeline_for):
    """The Doc of an article and its EntityIndex, with the entities stage only."""
    pipeline = pipeline_for(stages=("entities",))

    def build(text: str):
        doc = pipeline.nlp(pipeline.make_doc(Article(text)))
        return doc, EntityIndex(doc, doc._.ng_entities)

    return build


def _phrase(doc, words: str, occurrence: int = 0):
    start = [m.start() for m in re.finditer(rf"\b{re.escape(words)}\b", doc.text)][occurrence]
    return doc.char_span(start, start + len(words), alignment_mode="expand")


def _entity(doc, index, name: str) -> str:
    start = doc.text.index(name)
    entity = index.at(start, start + len(name))
    assert entity is not None, name
    return entity


def test_pronoun_skips_a_name_used_as_a_modifier(index_of):
    doc, index = index_of(
        "Senator Paul Okafor attacked the housing bill on Monday. The bill was written by the Trump "
        'administration last year. "It punishes renters," he said.'
    )
    assert index.resolve(_phrase(doc, "he")) == _entity(doc, index, "Paul Okafor")


def test_pronouns_of_two_genders_find_two_people(index_of):
    doc, index = index_of(
        "Finnish Prime Minister Anna Koskinen met her Estonian counterpart Mart Tamm in Helsinki. "
        "She said the ferry link would reopen. He said Estonia would pay half the cost."
    )
    assert index.resolve(_phrase(doc, "She")) == _entity(doc, index, "Anna Koskinen")
    assert index.resolve(_phrase(doc, "He")) == _entity(doc, index, "Mart Tamm")


def test_she_prefers_an_earlier_subject_to_a_nearer_man(index_of):
    doc, index = index_of(
        "Mayor Julia Brandt said the strike had ended. The drivers, led by Tomas Weber, returned to work. "
        "She said the buses would run on Sunday."
    )
    assert index.resolve(_phrase(doc, "She")) == _entity(doc, index, "Julia Brandt")


def test_title_tagged_as_proper_noun_resolves_to_its_holder(index_of):
    doc, index = index_of(
        "Education Minister Carla Mendes closed 40 schools in Porto on Tuesday. The move was temporary, "
        "the minister said."
    )
    assert index.resolve(_phrase(doc, "the minister")) == _entity(doc, index, "Carla Mendes")


def test_it_refers_to_the_country_that_acted_before(index_of):
    doc, index = index_of(
        "Finland expelled two diplomats on Friday. It said they had spied on a power plant."
    )
    assert index.resolve(_phrase(doc, "It")) == _entity(doc, index, "Finland")


def test_expletive_it_refers_to_nothing(index_of):
    doc, index = index_of("Finland expelled two diplomats on Friday. It was reported that they had left.")
    assert index.resolve(_phrase(doc, "It")) is None


def test_they_after_named_people_is_not_a_place(index_of):
    doc, index = index_of(
        "Union leaders Jorge Silva and Marta Reis met ministers in Lisbon. They said the strike would go ahead."
    )
    assert index.resolve(_phrase(doc, "They")) is None


def test_they_refers_to_the_group_that_was_the_subject(index_of):
    doc, index = index_of(
        "The Harvest Alliance blocked roads near Seville. They said water quotas were unfair."
    )
    assert index.resolve(_phrase(doc, "They")) == _entity(doc, index, "Harvest Alliance")


def test_spokesman_for_an_unnamed_ministry_is_the_ministry_named_before(index_of):
    doc, index = index_of(
        "Serbia's Foreign Ministry summoned the Croatian ambassador on Monday. A spokesman for the ministry "
        "said the border closure broke an agreement."
    )
    assert index.resolve(_phrase(doc, "A spokesman for the ministry")) == _entity(
        doc, index, "Foreign Ministry"
    )


def test_the_company_is_the_one_organisation_named_just_before(index_of):
    doc, index = index_of(
        "Shares in the steelmaker Nordvik Steel fell 6 percent on Monday. The company said demand had slowed."
    )
    assert index.resolve(_phrase(doc, "The company")) == _entity(doc, index, "Nordvik Steel")


def test_the_company_with_two_organisations_in_view_stays_unresolved(index_of):
    doc, index = index_of(
        "Nordvik Steel agreed to buy Baltic Forge for 2 billion euros on Monday. The company said the deal "
        "would close in May."
    )
    assert index.resolve(_phrase(doc, "The company")) is None


@pytest.mark.parametrize(
    ("full", "partial"),
    [("Abu Harith al-Masri", "Abu Hareth"), ("Khalifa Haddad", "Hadad")],
)
def test_a_transliterated_partial_name_joins_the_full_name(full, partial):
    mentions = [
        NameMention(0, len(full), full, "PERSON"),
        NameMention(50, 50 + len(partial), partial, "PERSON"),
    ]
    assert cluster_mentions(mentions) == [[0, 1]]


def test_a_different_surname_of_the_same_length_stays_apart():
    mentions = [NameMention(0, 12, "Khalifa Haddad", "PERSON"), NameMention(50, 55, "Hamad", "PERSON")]
    assert len(cluster_mentions(mentions)) == 2
