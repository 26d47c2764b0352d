"""The packaged tables under data/ are well-formed and do not contradict one another."""

from collections import Counter, defaultdict

import pytest

from newsgraph.extract.entities.words import ENTITY_WORD_ROLES
from newsgraph.tables import alias_table, data_rows, keyword_kinds, known_names, word_list


def _duplicates(items):
    return sorted(item for item, n in Counter(items).items() if n > 1)


@pytest.mark.parametrize(
    ("table", "columns"),
    [("pronouns.tsv", 2), ("name_words.tsv", 2), ("entity_words.tsv", 2), ("entity_aliases.tsv", 2),
     ("entity_groups.tsv", 2), ("person_titles.tsv", 1), ("org_designators.tsv", 1), ("demonyms.tsv", 2), ("group_nouns.tsv", 1),
     ("given_names.tsv", 3), ("person_noun_kin.tsv", 2)],
)
def test_every_row_has_its_required_columns(table, columns):
    short = [row for row in data_rows(table) if len(row) < columns or not all(c.strip() for c in row[:columns])]
    assert short == []


def test_each_word_has_one_role_in_the_word_tables():
    for table in ("pronouns.tsv", "entity_words.tsv", "name_words.tsv"):
        assert _duplicates((row[0].lower(), row[1]) for row in data_rows(table)) == [], table
    assert _duplicates(row[0].lower() for row in data_rows("pronouns.tsv")) == []


def test_roles_are_the_known_ones():
    assert {row[1] for row in data_rows("entity_words.tsv")} == ENTITY_WORD_ROLES
    assert {row[1] for row in data_rows("name_words.tsv")} == {"particle", "article", "suffix"}
    pronouns = data_rows("pronouns.tsv")
    assert {row[1] for row in pronouns} <= {"person", "group", "thing", "relative", "-"}
    assert all((len(row) > 2 and row[2] in {"m", "f"}) == (row[1] == "person") for row in pronouns)


def test_a_noun_describes_either_people_or_groups_not_both():
    group_nouns = {row[0].lower() for row in data_rows("group_nouns.tsv")}
    assert word_list("person_nouns.txt") & group_nouns == set()
    assert {row[1] for row in data_rows("group_nouns.tsv") if len(row) > 1} <= {"", "firm", "armed-group", "body", "staff"}


def test_a_word_is_not_both_a_person_title_and_an_organisation_designator():
    assert set(keyword_kinds("person_titles.tsv")) & set(keyword_kinds("org_designators.tsv")) == set()


def test_no_curated_name_form_belongs_to_two_referents_of_different_types():
    types = defaultdict(set)
    for entry in alias_table():
        for form in (entry.name, *entry.aliases):
            types[form].add(entry.type)
    assert {form: t for form, t in types.items() if len(t) > 1} == {}


def test_alias_rows_have_unique_ids():
    assert _duplicates(entry.id for entry in known_names()) == []


def test_pronouns_that_stand_for_entities_are_never_relative():
    from newsgraph.lang.words import REFERENT_TYPES, is_relative_pronoun, pronoun_reference

    resolvable = [row[0] for row in data_rows("pronouns.tsv") if pronoun_reference(row[0]) is not None]
    assert resolvable and not any(is_relative_pronoun(word) for word in resolvable)
    assert set().union(*REFERENT_TYPES.values()) <= {"PERSON", "ORG", "GPE", "NORP"}


def test_a_given_name_tells_one_sex_or_both_and_whether_it_names_a_person():
    rows = data_rows("given_names.tsv")
    assert {row[1] for row in rows} == {"m", "f", "-"}
    assert {row[2] for row in rows} == {"yes", "no"}
    assert _duplicates(row[0].lower() for row in rows) == []


def test_a_description_stands_for_other_nouns_only_as_a_person_noun():
    kin = {row[0].lower(): row[1].split("|") for row in data_rows("person_noun_kin.tsv")}
    assert set(kin) - word_list("person_nouns.txt") == set()
    assert all(noun not in nouns for noun, nouns in kin.items())
