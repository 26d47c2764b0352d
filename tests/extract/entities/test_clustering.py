"""Clustering name mentions into entities: transliterated partial names, namesakes."""

import pytest

from newsgraph.extract.entities.clustering import NameMention, cluster_mentions
from newsgraph.tables import known_names


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


def _clusters(*names_and_labels):
    mentions, start = [], 0
    for name, label in names_and_labels:
        mentions.append(NameMention(start, start + len(name), name, label))
        start += len(name) + 40
    return cluster_mentions(mentions, known_names())


def test_a_surname_joins_a_full_name_ending_in_a_generational_suffix():
    assert _clusters(("James P. Kennedy Jr.", "PERSON"), ("Kennedy", "PERSON")) == [[0, 1]]


def test_a_curated_name_joins_its_one_nationality_qualified_form():
    assert _clusters(("Afghan Taliban", "ORG"), ("Taliban", "ORG")) == [[0, 1]]
    two_groups = _clusters(("Afghan Taliban", "ORG"), ("Pakistani Taliban", "ORG"), ("Taliban", "ORG"))
    assert len(two_groups) == 3
    assert len(_clusters(("United Nations Development Programme", "ORG"), ("United Nations", "ORG"))) == 2


def test_a_partys_members_join_the_party():
    assert _clusters(("Conservative Party", "ORG"), ("Conservatives", "NORP")) == [[0, 1]]
    assert len(_clusters(("Conservative Party", "ORG"), ("Liberals", "NORP"))) == 2


def test_a_lone_first_name_joins_a_person_only_when_read_as_a_person():
    assert _clusters(("Colm Rafferty", "PERSON"), ("Colm", "PERSON")) == [[0, 1]]
    # "the Hawks" and "Hawks Kid", a fan's nickname: the team is not the fan's first name
    assert _clusters(("Hawks Kid", "PERSON"), ("Hawks", "ORG")) == [[0], [1]]
    assert _clusters(("Colm Rafferty", "PERSON"), ("Rafferty", "ORG")) == [[0, 1]]


def test_an_acronym_joins_the_name_it_abbreviates_in_another_language():
    assert _clusters(("National Liberation Front", "ORG"), ("FLN", "ORG")) == [[0, 1]]
    assert _clusters(("National Liberation Front", "ORG"), ("FNF", "ORG")) == [[0], [1]]


def test_a_countrys_sporting_name_joins_its_common_name():
    assert _clusters(("South Korea", "GPE"), ("Korea Republic", "GPE")) == [[0, 1]]
    assert _clusters(("North Korea", "GPE"), ("Korea DPR", "GPE"), ("Korea Republic", "GPE")) == [[0, 1], [2]]


def test_an_agencys_acronym_leaves_out_its_nationality_and_a_remit_added_later():
    assert _clusters(("Kenyan Institute for Marine Research", "ORG"), ("IMR", "ORG")) == [[0, 1]]
    assert _clusters(("Office of Water Safety and Sanitation", "ORG"), ("OWS", "ORG")) == [[0, 1]]
    assert _clusters(("Kenyan Institute for Marine Research", "ORG"), ("IMF", "ORG")) == [[0], [1]]


def test_an_acronym_with_an_ampersand_joins_the_company_named_with_its_legal_suffix():
    assert _clusters(("Northern Power & Light Co.", "ORG"), ("NP&L", "ORG")) == [[0, 1]]
    assert _clusters(("Northern Power & Light Co.", "ORG"), ("NP&G", "ORG")) == [[0], [1]]


def test_an_acronym_may_leave_out_a_place_the_article_names_before_the_body():
    named = (("Oregon", "GPE"), ("Oregon Water Resources Board", "ORG"))
    assert _clusters(*named, ("WRB", "ORG")) == [[0], [1, 2]]
    assert _clusters(*named, ("OWRB", "ORG")) == [[0], [1, 2]]
    # without the place named on its own, the shortened acronym stays apart
    assert _clusters(("Oregon Water Resources Board", "ORG"), ("WRB", "ORG")) == [[0], [1]]


def test_an_organisations_two_initials_in_order_join_it_but_not_another_order_or_a_person():
    assert _clusters(("Harlan Mills", "ORG"), ("HM", "ORG")) == [[0, 1]]
    assert _clusters(("Harlan Mills", "ORG"), ("MH", "ORG")) == [[0], [1]]
    assert _clusters(("Harlan Mills", "PERSON"), ("HM", "ORG")) == [[0], [1]]


def test_a_surname_after_an_honorific_of_the_other_sex_joins_the_other_namesake():
    names = ["John Whitfield", "Margaret Whitfield", "Whitfield", "Whitfield", "Whitfield"]
    mentions = [NameMention(60 * n, 60 * n + len(name), name, "PERSON") for n, name in enumerate(names)]
    # "Mrs. Whitfield said ... Mr. Whitfield said ... Mrs. Whitfield added"
    assert cluster_mentions(mentions, (), [None, None, "f", "m", "f"]) == [[0, 3], [1, 2, 4]]
    # with no honorific, a surname is the namesake mentioned last
    assert cluster_mentions(mentions) == [[0], [1, 2, 3, 4]]


def _people(*names: str) -> list[NameMention]:
    mentions, start = [], 0
    for name in names:
        mentions.append(NameMention(start, start + len(name), name, "PERSON"))
        start += len(name) + 20
    return mentions


def test_a_name_opening_with_initials_joins_the_one_full_name_they_abbreviate():
    assert cluster_mentions(_people("Obinna Eze", "O. K. Eze")) == [[0, 1]]
    # two full names the initial may stand for: it joins neither
    assert len(cluster_mentions(_people("Obinna Eze", "Ojo Eze", "O. Eze"))) == 3
    # another initial, another person
    assert len(cluster_mentions(_people("Obinna Eze", "C. Eze"))) == 2


def test_a_curated_company_named_with_its_legal_suffix_is_that_company():
    assert _clusters(("Microsoft Corp.", "ORG"), ("Microsoft", "ORG")) == [[0, 1]]


def test_dotted_initials_and_the_spelt_out_united_nations_are_one_name():
    assert _clusters(("UN Human Rights Council", "ORG"), ("U.N. Human Rights Council", "ORG")) == [[0, 1]]
    assert _clusters(("United Nations Children's Fund", "ORG"), ("UNICEF", "ORG")) == [[0, 1]]
    assert len(_clusters(("United Nations", "ORG"), ("UN Human Rights Council", "ORG"))) == 2


def test_a_bare_name_joins_the_later_one_that_puts_a_nation_before_it():
    assert _clusters(("High Court", "ORG"), ("Malawi High Court", "ORG")) == [[0, 1]]
    assert _clusters(("Senate", "ORG"), ("U.S. Senate", "ORG")) == [[0, 1]]
    # two nations' courts: the bare name is neither's
    assert len(_clusters(("High Court", "ORG"), ("Malawi High Court", "ORG"), ("Kenyan High Court", "ORG"))) == 3
    # a later name that puts something else before it is another organisation
    assert len(_clusters(("High Court", "ORG"), ("Dunmore High Court", "ORG"))) == 2


def test_a_ministrys_capitalised_name_joins_its_countrys_lower_case_ministry():
    assert _clusters(("Chile's mining ministry", "ORG"), ("Ministry of Mining", "ORG")) == [[0, 1]]
    assert _clusters(("Chile's foreign ministry", "ORG"), ("Chilean Ministry of Foreign Affairs", "ORG")) == [[0, 1]]
    assert len(_clusters(("Chile's foreign ministry", "ORG"), ("Peruvian Foreign Ministry", "ORG"))) == 2
    two_countries = _clusters(("Chile's mining ministry", "ORG"), ("Peru's mining ministry", "ORG"), ("Ministry of Mining", "ORG"))
    assert len(two_countries) == 3


def test_a_facilitys_bare_name_joins_the_one_facility_so_named():
    assert _clusters(("Camp Halloran", "FAC"), ("Halloran", "FAC")) == [[0, 1]]
    assert _clusters(("Tarnak Air Base", "FAC"), ("Tarnak", "FAC")) == [[0, 1]]
    assert len(_clusters(("Camp Halloran", "FAC"), ("Fort Halloran", "FAC"), ("Halloran", "FAC"))) == 3
    assert len(_clusters(("Camp Halloran", "FAC"), ("Halloran", "PERSON"))) == 2


def test_a_body_named_with_its_remit_first_joins_the_body_named_with_of():
    assert _clusters(("Labour Department", "ORG"), ("Department of Labour", "ORG")) == [[0, 1]]
    assert _clusters(("Foreign Ministry", "ORG"), ("Ministry of Foreign Affairs", "ORG")) == [[0, 1]]
    assert _clusters(("Department of Transport", "ORG"), ("DOT", "ORG")) == [[0, 1]]
    # two countries' bodies stay apart
    assert len(_clusters(("Indian Defence Ministry", "ORG"), ("Pakistani Ministry of Defence", "ORG"))) == 2
    assert len(_clusters(("Labour Department", "ORG"), ("Department of Energy", "ORG"))) == 2
