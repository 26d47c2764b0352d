"""The shared word lists of lang/words.py."""

from newsgraph.lang.words import is_personal_pronoun


def test_personal_and_possessive_pronouns_are_personal_pronouns():
    assert all(is_personal_pronoun(word) for word in ("he", "Their", "us", "it", "We"))


def test_relative_pronouns_are_not_personal_pronouns():
    assert not any(is_personal_pronoun(word) for word in ("who", "that", "which"))


def test_a_word_in_capitals_is_a_name_not_a_pronoun():
    assert not is_personal_pronoun("US")
    assert not is_personal_pronoun("IT")
    assert is_personal_pronoun("I")
