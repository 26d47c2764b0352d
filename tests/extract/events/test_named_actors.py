from datetime import date

import spacy
from spacy.tokens import Doc

from newsgraph.extract.events.named_actors import NamedActors

_TABLE = NamedActors(
    {
        "anna berg": (
            ("XYZELI", "", ""),
            ("XYZGOV", "2001-01-01", "2005-12-31"),
            ("IGOUNO", "2006-01-01", ""),
        ),
        "northern front": (("XYZREB", "", ""),),
    },
    frozenset({"anna", "northern"}),
)


def test_a_name_takes_the_code_that_held_on_the_article_date():
    assert _TABLE.code("anna berg", date(2003, 5, 1)) == "XYZGOV"
    assert _TABLE.code("anna berg", date(2010, 5, 1)) == "IGOUNO"
    assert _TABLE.code("anna berg", date(1990, 5, 1)) == "XYZELI"


def test_an_undated_text_takes_the_latest_code_and_unknown_names_none():
    assert _TABLE.code("anna berg", None) == "IGOUNO"
    assert _TABLE.code("northern front", None) == "XYZREB"
    assert _TABLE.code("someone else", None) is None


def test_names_are_found_on_capitalised_words_longest_first():
    words = ["Fighters", "of", "the", "Northern", "Front", "met", "Anna", "Berg", "and", "northern", "front"]
    pos = ["NOUN", "ADP", "DET", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "CCONJ", "ADJ", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    found = _TABLE.find(doc, date(2003, 5, 1), doc.text)
    assert found == {3: "XYZREB", 4: "XYZREB", 6: "XYZGOV", 7: "XYZGOV"}


def test_a_dictionary_name_used_as_an_everyday_phrase_is_no_actor():
    table = NamedActors({"black friday": (("XYZREB", "", ""),), "black hand": (("XYZREB", "", ""),)}, frozenset({"black"}))
    words = ["Black", "Friday", "deals", "beat", "the", "Black", "Hand"]
    pos = ["PROPN", "PROPN", "NOUN", "VERB", "DET", "PROPN", "PROPN"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    assert table.find(doc, None, doc.text) == {5: "XYZREB", 6: "XYZREB"}


def test_a_hyphenated_name_matches_the_name_written_as_separate_words():
    words = ["Anna", "-", "Berg", "left", "."]
    pos = ["PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[False, False, True, False, False], pos=pos)
    assert _TABLE.find(doc, date(2003, 5, 1), doc.text) == {0: "XYZGOV", 1: "XYZGOV", 2: "XYZGOV"}
