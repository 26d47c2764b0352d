"""Clustering name mentions into entities: transliterated partial names, namesakes."""

import pytest

from newsgraph.extract.entities.clustering import NameMention, cluster_mentions


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
