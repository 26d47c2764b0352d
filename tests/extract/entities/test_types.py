"""Entity types that hold: facilities are FAC, peoples are NORP, a person has no organisation twin.

Rule tests build small Docs by hand (tests/handmade.py); the sentences are our own, in wire style.
"""

from __future__ import annotations

import pytest
from handmade import parsed

from newsgraph.extract.entities.clustering import NameMention, cluster_mentions
from newsgraph.extract.entities.consistency import consistent_types
from newsgraph.extract.entities.describe import entity_record
from newsgraph.extract.entities.facilities import facility_mentions, facility_stem
from newsgraph.tables import known_names


def _words(text: str, proper: tuple[str, ...] = ()) -> list[tuple[str, str, str, int, str]]:
    """Flat rows (every word its own ROOT-less dependent of the first) with PROPN for `proper` words."""
    words = text.split()
    return [
        (w, "PROPN" if w in proper else ("PUNCT" if w in {".", ","} else "NOUN"), "ROOT" if i == 0 else "dep", -i, "NN")
        for i, w in enumerate(words)
    ]


def _mention(doc, text: str, label: str, occurrence: int = 0) -> NameMention:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    return NameMention(start, start + len(text), text, label)


def _facilities(doc, *mentions: NameMention) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in facility_mentions(doc, list(mentions), known_names(), [])]


def test_facility_words_after_a_mistyped_name_join_it_as_a_facility():
    doc = parsed(_words("Aid workers at the Kakuma refugee camp said rations were cut .", ("Kakuma",)))
    assert _facilities(doc, _mention(doc, "Kakuma", "PERSON")) == [("Kakuma refugee camp", "FAC")]
    crossing = parsed(_words("Trucks entered through the Rafah crossing on Sunday .", ("Rafah",)))
    assert _facilities(crossing, _mention(crossing, "Rafah", "PERSON")) == [("Rafah crossing", "FAC")]
    base = parsed(_words("Rockets struck the Ain al-Asad air base overnight .", ("Ain", "al-Asad")))
    assert _facilities(base, _mention(base, "Ain al-Asad", "ORG")) == [("Ain al-Asad air base", "FAC")]


def test_a_name_ending_in_a_facility_noun_or_written_port_of_is_a_facility():
    doc = parsed(_words("Supplies reached Bagram Air Base and the Port of Mombasa .", ("Bagram", "Air", "Base", "Port", "Mombasa")))
    assert _facilities(doc, _mention(doc, "Bagram Air Base", "ORG"), _mention(doc, "Port of Mombasa", "ORG")) == [
        ("Bagram Air Base", "FAC"), ("Port of Mombasa", "FAC")]


def test_an_untagged_facility_name_is_found():
    doc = parsed(_words("Convoys left Bagram Air Base , and inmates at Evin prison went on hunger strike .",
                        ("Bagram", "Air", "Base", "Evin")))
    assert _facilities(doc) == [("Bagram Air Base", "FAC"), ("Evin prison", "FAC")]


def test_common_words_plural_facilities_and_a_persons_camp_are_no_facility():
    doc = parsed(_words("Donald Trump spoke . Officials in the Trump camp said Nyala camps were full .",
                        ("Donald", "Trump", "Nyala")))
    mentions = [_mention(doc, "Donald Trump", "PERSON"), _mention(doc, "Trump", "PERSON", 1),
                _mention(doc, "Nyala", "GPE")]
    assert _facilities(doc, *mentions) == [("Donald Trump", "PERSON"), ("Trump", "PERSON"), ("Nyala", "GPE")]
    lower = parsed(_words("Officials said the camp was full .", ()))
    assert _facilities(lower) == []


def test_a_town_spacy_already_calls_a_town_keeps_its_airport_apart():
    doc = parsed(_words("The minister was detained at Budapest airport on Friday .", ("Budapest",)))
    assert _facilities(doc, _mention(doc, "Budapest", "GPE")) == [("Budapest", "GPE")]


@pytest.mark.parametrize(
    ("name", "stem", "noun"),
    [("Kakuma refugee camp", "Kakuma", "camp"), ("Torkham border crossing", "Torkham", "crossing"),
     ("Kandahar International Airport", "Kandahar", "airport"), ("Port of Mombasa", "Mombasa", "port"),
     ("Ain al-Asad air base", "Ain al-Asad", "base"), ("Camp Lemonnier", None, None), ("Kakuma", None, None)],
)
def test_a_facilitys_stem_is_the_place_it_is_named_after(name, stem, noun):
    found = facility_stem(name)
    assert (name[found.start : found.end], found.noun) == (stem, noun) if found else stem is None


def _types(doc, mentions: list[NameMention]) -> dict[str, str]:
    return {m.text: m.label for m in consistent_types(doc, mentions, known_names())}


def test_the_bare_name_of_a_facilitys_town_is_a_place_not_a_person():
    doc = parsed(_words("Aid crossed at the Rafah crossing . Rafah was calm .", ("Rafah",)))
    found = facility_mentions(doc, [_mention(doc, "Rafah", "PERSON"), _mention(doc, "Rafah", "PERSON", 1)],
                              known_names(), [])
    assert _types(doc, found) == {"Rafah crossing": "FAC", "Rafah": "GPE"}


def test_a_people_unknown_to_the_tables_is_norp_not_a_misspelt_town():
    # "Qarvani" is an invented people: no gazetteer entry, written before "activists" and "elders".
    doc = parsed(_words("Qarvani activists met Qarvani elders in Quetta .", ("Qarvani", "Quetta")))
    mentions = [_mention(doc, "Qarvani", "GPE"), _mention(doc, "Qarvani", "GPE", 1), _mention(doc, "Quetta", "GPE")]
    assert _types(doc, mentions) == {"Qarvani": "NORP", "Quetta": "GPE"}


@pytest.mark.parametrize("people", ["Baloch", "Hazara", "Rohingya", "Pashtun", "Uyghur"])
def test_ethnonyms_are_curated_peoples(people):
    from newsgraph.extract.entities.clustering import alias_entry

    entry = alias_entry(people, known_names())
    assert (entry.type, entry.kind) == ("NORP", "ethnic group")


def test_a_persons_name_once_mistyped_org_joins_the_person():
    doc = parsed(_words("Anton Krevik testified . Krevik said the call was routine .", ("Anton", "Krevik")))
    mentions = [_mention(doc, "Anton Krevik", "ORG"), _mention(doc, "Krevik", "PERSON", 1)]
    typed = consistent_types(doc, mentions, known_names())
    assert [m.label for m in typed] == ["PERSON", "PERSON"]
    assert cluster_mentions(typed, known_names()) == [[0, 1]]


def test_a_name_spacy_calls_both_person_and_org_is_a_person():
    doc = parsed(_words("Marta Olsen arrived . Marta Olsen left .", ("Marta", "Olsen")))
    mentions = [_mention(doc, "Marta Olsen", "ORG"), _mention(doc, "Marta Olsen", "PERSON", 1)]
    assert set(_types(doc, mentions).values()) == {"PERSON"}


def test_a_name_in_apposition_to_a_person_noun_is_a_person():
    rows = [("Anton", "PROPN", "compound", 1, "NNP"), ("Krevik", "PROPN", "nsubj", 6, "NNP"),
            (",", "PUNCT", "punct", -1, ","), ("the", "DET", "det", 2, "DT"), ("former", "ADJ", "amod", 1, "JJ"),
            ("envoy", "NOUN", "appos", -4, "NN"), (",", "PUNCT", "punct", -5, ","), ("testified", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(rows)
    assert _types(doc, [_mention(doc, "Anton Krevik", "ORG")]) == {"Anton Krevik": "PERSON"}


def test_a_name_after_a_comma_in_apposition_to_a_person_nouns_organisation_is_a_person():
    # "a spokeswoman for the ministry, Hoda Fahmy, said": the parse hangs the name on the ministry
    # (a given name the name lists lack, so that only the apposition can make it a person)
    rows = [("A", "DET", "det", 1, "DT"), ("spokeswoman", "NOUN", "nsubj", 8, "NN"), ("for", "ADP", "prep", -1, "IN"),
            ("the", "DET", "det", 1, "DT"), ("ministry", "NOUN", "pobj", -2, "NN"), (",", "PUNCT", "punct", -1, ","),
            ("Hoda", "PROPN", "compound", 1, "NNP"), ("Fahmy", "PROPN", "appos", -3, "NNP"),
            (",", "PUNCT", "punct", -1, ","), ("said", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(rows)
    assert _types(doc, [_mention(doc, "Hoda Fahmy", "ORG")]) == {"Hoda Fahmy": "PERSON"}
    rows[1] = ("branch", "NOUN", "nsubj", 8, "NN")  # 'a branch for the ministry, ...': no person noun
    doc = parsed(rows)
    assert _types(doc, [_mention(doc, "Hoda Fahmy", "ORG")]) == {"Hoda Fahmy": "ORG"}


def test_an_organisation_with_a_designator_stays_an_organisation():
    doc = parsed(_words("Krevik Group said . Krevik Group agreed . Krevik Group left .", ("Krevik", "Group")))
    mentions = [_mention(doc, "Krevik Group", "ORG"), _mention(doc, "Krevik Group", "PERSON", 1),
                _mention(doc, "Krevik Group", "ORG", 2)]
    assert set(_types(doc, mentions).values()) == {"ORG"}


def test_a_plural_common_noun_opening_a_sentence_is_no_name_but_a_people_is():
    from newsgraph.extract.entities.candidates import Candidate
    from newsgraph.extract.entities.repair import repair

    rows = [("Rockets", "NOUN", "nsubj", 1, "NNS"), ("struck", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert repair(parsed(rows), Candidate(0, 1, "ORG", False), known_names(), []) is None
    rows[0] = ("Kurds", "NOUN", "nsubj", 1, "NNS")
    assert repair(parsed(rows), Candidate(0, 1, "NORP", False), known_names(), []).text == "Kurds"


def test_a_compound_of_countries_owns_a_base_but_does_not_name_it():
    doc = parsed(_words("The island hosts a joint U.K.-U.S. military base .", ("U.K.-U.S.",)))
    assert _facilities(doc) == []
    assert _facilities(doc, _mention(doc, "U.K.-U.S.", "ORG")) == [("U.K.-U.S.", "ORG")]


def test_an_untagged_facility_is_not_cut_inside_its_name():
    doc = parsed(_words("Inmates fled the Dar el Nour prison overnight .", ("Dar", "Nour")))
    assert _facilities(doc) == [("Dar el Nour prison", "FAC")]
    cut = parsed(_words("Inmates fled the Dar zu Nour prison overnight .", ("Dar", "Nour")))
    assert _facilities(cut) == []  # "zu" is no particle of ours: neither "Dar zu Nour" nor "Nour prison"


def test_an_apposition_must_follow_the_name_to_make_it_a_person():
    # "... told the Kestrel Tarvo, Olsen's lawyer, said": a parse may hang the lawyer on the name.
    rows = [("Kestrel", "PROPN", "compound", 1, "NNP"), ("Tarvo", "PROPN", "ROOT", 0, "NNP"),
            (",", "PUNCT", "punct", -1, ","), ("Olsen", "PROPN", "poss", 2, "NNP"), ("'s", "PART", "case", -1, "POS"),
            ("lawyer", "NOUN", "appos", -4, "NN"), (".", "PUNCT", "punct", -5, ".")]
    doc = parsed(rows)
    assert _types(doc, [_mention(doc, "Kestrel Tarvo", "ORG")]) == {"Kestrel Tarvo": "ORG"}


def test_a_person_named_with_an_organisations_word_is_an_organisation_and_so_is_its_short_name():
    doc = parsed(_words("Harbour Lane Productions said . The Dayton Chronicle and the Chronicle agreed .",
                        ("Harbour", "Lane", "Productions", "Dayton", "Chronicle")))
    mentions = [_mention(doc, "Harbour Lane Productions", "PERSON"), _mention(doc, "Dayton Chronicle", "ORG"),
                _mention(doc, "Chronicle", "PERSON", 1)]
    assert _types(doc, mentions) == {"Harbour Lane Productions": "ORG", "Dayton Chronicle": "ORG", "Chronicle": "ORG"}


def test_a_club_named_after_its_town_and_a_firm_led_by_its_designator_are_organisations():
    doc = parsed(_words("Harwick Rovers beat Dunmore United . Banco Ferreira and Grupo Salcedo signed . Ana Lima spoke .",
                        ("Harwick", "Rovers", "Dunmore", "United", "Banco", "Ferreira", "Grupo", "Salcedo", "Ana", "Lima")))
    mentions = [_mention(doc, name, "PERSON") for name in
                ("Harwick Rovers", "Dunmore United", "Banco Ferreira", "Grupo Salcedo", "Ana Lima")]
    assert _types(doc, mentions) == {"Harwick Rovers": "ORG", "Dunmore United": "ORG", "Banco Ferreira": "ORG",
                                     "Grupo Salcedo": "ORG", "Ana Lima": "PERSON"}


def test_a_person_with_shares_is_a_firm_but_one_buying_shares_is_not():
    rows = [("Harlan", "PROPN", "compound", 1, "NNP"), ("Marsh", "PROPN", "compound", 1, "NNP"),
            ("shares", "NOUN", "nsubj", 1, "NNS"), ("fell", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, "."),
            ("Ana", "PROPN", "compound", 1, "NNP"), ("Ruiz", "PROPN", "nsubj", 1, "NNP"), ("bought", "VERB", "ROOT", 0, "VBD"),
            ("shares", "NOUN", "dobj", -1, "NNS"), (".", "PUNCT", "punct", -2, ".")]
    doc = parsed(rows, lemmas=["harlan", "marsh", "share", "fall", ".", "ana", "ruiz", "buy", "share", "."])
    mentions = [_mention(doc, "Harlan Marsh", "PERSON"), _mention(doc, "Ana Ruiz", "PERSON")]
    assert _types(doc, mentions) == {"Harlan Marsh": "ORG", "Ana Ruiz": "PERSON"}
    of = parsed([("shares", "NOUN", "nsubj", 4, "NNS"), ("of", "ADP", "prep", -1, "IN"), ("Dorrance", "PROPN", "compound", 1, "NNP"),
                 ("Webb", "PROPN", "pobj", -2, "NNP"), ("fell", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")],
                lemmas=["share", "of", "dorrance", "webb", "fall", "."])
    assert _types(of, [_mention(of, "Dorrance Webb", "PERSON")]) == {"Dorrance Webb": "ORG"}


def test_a_name_in_apposition_to_an_organisation_noun_is_an_organisation():
    rows = [("the", "DET", "det", 1, "DT"), ("website", "NOUN", "ROOT", 0, "NN"), ("True", "PROPN", "compound", 1, "NNP"),
            ("Check", "PROPN", "appos", -2, "NNP"), ("said", "VERB", "dep", -3, "VBD"), (".", "PUNCT", "punct", -4, ".")]
    doc = parsed(rows)
    assert _types(doc, [_mention(doc, "True Check", "PERSON")]) == {"True Check": "ORG"}


def test_a_plural_name_with_its_own_article_is_no_person_but_a_name_modifying_a_noun_is():
    team = [("The", "DET", "det", 1, "DT"), ("Falcons", "PROPN", "nsubj", 1, "NNPS"), ("won", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(team)
    assert _types(doc, [_mention(doc, "Falcons", "PERSON")]) == {"Falcons": "ORG"}
    administration = [("the", "DET", "det", 2, "DT"), ("Biden", "PROPN", "compound", 1, "NNP"),
                      ("administration", "NOUN", "ROOT", 0, "NN"), ("said", "VERB", "dep", -1, "VBD"), (".", "PUNCT", "punct", -2, ".")]
    doc = parsed(administration)
    assert _types(doc, [_mention(doc, "Biden", "PERSON")]) == {"Biden": "PERSON"}


def test_lone_word_of_an_organisation_named_after_a_person_is_that_organisation(pipeline):
    doc = pipeline.nlp("A team from the Whitcombe Space Science Center found ice. Whitcombe scientist Ana Ruiz said so.")
    mentions = [_mention(doc, "Whitcombe Space Science Center", "ORG"), _mention(doc, "Whitcombe", "PERSON", 1),
                _mention(doc, "Ana Ruiz", "PERSON")]
    typed = consistent_types(doc, mentions, known_names())
    assert [m.label for m in typed] == ["ORG", "ORG", "PERSON"]
    assert len(cluster_mentions(typed, known_names())) == 2


def test_name_in_apposition_to_a_place_noun_is_a_place(pipeline):
    doc = pipeline.nlp("Daniel Frost, 41, of Millbrook, a village north of Albany, was charged on Monday.")
    typed = consistent_types(doc, [_mention(doc, "Millbrook", "ORG")], known_names())
    assert typed[0].label == "GPE"


def test_a_place_like_name_ending_in_an_organisations_abbreviation_is_an_organisation():
    doc = parsed(_words("members of the Lake Org left . Brightwater PLC said .",
                        ("Lake", "Org", "Brightwater", "PLC")))
    lake = entity_record(doc, "E1", [_mention(doc, "Lake Org", "LOC")], known_names())
    firm = entity_record(doc, "E2", [_mention(doc, "Brightwater PLC", "GPE")], known_names())
    assert (lake.type, firm.type) == ("ORG", "ORG")


def test_a_name_listed_with_people_is_a_person():
    rows = [("Ana", "PROPN", "compound", 1, "NNP"), ("Ruiz", "PROPN", "nsubj", 7, "NNP"), (",", "PUNCT", "punct", -1, ","),
            ("Lars", "PROPN", "compound", 1, "NNP"), ("Vinter", "PROPN", "conj", -3, "NNPS"), ("and", "CCONJ", "cc", -1, "CC"),
            ("Kimi", "PROPN", "compound", 1, "NNP"), ("Halme", "PROPN", "conj", -3, "NNP"), ("scored", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(rows)
    mentions = [_mention(doc, "Ana Ruiz", "PERSON"), _mention(doc, "Lars Vinter", "PERSON"), _mention(doc, "Kimi Halme", "PRODUCT")]
    assert _types(doc, mentions) == {"Ana Ruiz": "PERSON", "Lars Vinter": "PERSON", "Kimi Halme": "PERSON"}

    # one person beside a firm is no list of people: "Volta Motors and Ines Volta"
    firm = [("Volta", "PROPN", "compound", 1, "NNP"), ("Motors", "PROPN", "nsubj", 5, "NNPS"), ("and", "CCONJ", "cc", -1, "CC"),
            ("Ines", "PROPN", "compound", 1, "NNP"), ("Volta", "PROPN", "conj", -3, "NNP"), ("agreed", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(firm)
    assert _types(doc, [_mention(doc, "Volta Motors", "ORG"), _mention(doc, "Ines Volta", "PERSON")]) == {
        "Volta Motors": "ORG", "Ines Volta": "PERSON"}


def test_the_bare_name_of_a_facility_read_as_a_people_is_its_place():
    doc = parsed(_words("Families live in the Kakuma camp . In Kakuma food is short .", ("Kakuma",)))
    found = facility_mentions(doc, [_mention(doc, "Kakuma", "ORG"), _mention(doc, "Kakuma", "NORP", 1)], known_names(), [])
    assert _types(doc, found) == {"Kakuma camp": "FAC", "Kakuma": "GPE"}


def test_a_places_country_is_read_among_the_countries_the_article_names():
    doc = parsed(_words("Aid reached al-Hol .", ("al-Hol",)))
    place = [_mention(doc, "al-Hol", "GPE")]
    assert entity_record(doc, "E1", place, known_names(), frozenset({"SY"})).country == "SY"
    assert entity_record(doc, "E1", place, known_names()).country == "NO"  # Hol, the likeliest alone


def test_a_facility_is_in_the_country_of_the_place_it_is_named_after():
    doc = parsed(_words("Aid reached the Kakuma refugee camp .", ("Kakuma",)))
    assert entity_record(doc, "E1", [_mention(doc, "Kakuma refugee camp", "FAC")], known_names()).country == "KE"


def test_a_big_city_spacy_reads_as_a_people_is_a_place_but_a_peoples_word_is_not():
    rows = [("Troops", "NOUN", "nsubj", 1, "NNS"), ("retook", "VERB", "ROOT", 0, "VBD"), ("Omdurman", "PROPN", "dobj", -1, "NNP"),
            (".", "PUNCT", "punct", -2, ".")]
    doc = parsed(rows)
    assert _types(doc, [_mention(doc, "Omdurman", "NORP")]) == {"Omdurman": "GPE"}
    asian = [("Asian", "PROPN", "compound", 1, "NNP"), ("markets", "NOUN", "nsubj", 1, "NNS"), ("fell", "VERB", "ROOT", 0, "VBD"),
             (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(asian)
    assert _types(doc, [_mention(doc, "Asian", "NORP")]) == {"Asian": "NORP"}


def test_a_name_followed_by_an_age_is_a_person_but_a_year_is_no_age():
    doc = parsed(_words("Critics blamed Tolland . Tolland , 38 , declined to comment .", ("Tolland",)))
    mentions = [_mention(doc, "Tolland", "ORG"), _mention(doc, "Tolland", "ORG", 1)]
    assert _types(doc, mentions) == {"Tolland": "PERSON"}
    founded = parsed(_words("Shares of Brenmark , 1998 , rose .", ("Brenmark",)))
    assert _types(founded, [_mention(founded, "Brenmark", "ORG")]) == {"Brenmark": "ORG"}


def test_a_one_word_name_with_its_own_article_is_no_person_unless_a_surname():
    rows = [("according", "VERB", "ROOT", 0, "VBG"), ("to", "ADP", "prep", -1, "IN"), ("the", "DET", "det", 1, "DT"),
            ("Courier", "PROPN", "pobj", -2, "NNP"), (".", "PUNCT", "punct", -4, ".")]
    doc = parsed(rows)
    assert _types(doc, [_mention(doc, "Courier", "PERSON")]) == {"Courier": "ORG"}
    surname = [("Jan", "PROPN", "compound", 1, "NNP"), ("Courier", "PROPN", "nsubj", 1, "NNP"), ("won", "VERB", "ROOT", 0, "VBD"),
               (",", "PUNCT", "punct", -1, ","), ("beating", "VERB", "advcl", -2, "VBG"), ("the", "DET", "det", 1, "DT"),
               ("Courier", "PROPN", "dobj", -2, "NNP"), (".", "PUNCT", "punct", -7, ".")]
    doc = parsed(surname)
    mentions = [_mention(doc, "Jan Courier", "PERSON"), _mention(doc, "Courier", "PERSON", 1)]
    assert _types(doc, mentions) == {"Jan Courier": "PERSON", "Courier": "PERSON"}


def test_a_name_a_which_clause_describes_is_no_person_but_a_who_clause_keeps_one():
    def rows(pronoun: str) -> list[tuple[str, str, str, int, str]]:
        return [("Bids", "NOUN", "nsubj", 1, "NNS"), ("came", "VERB", "ROOT", 0, "VBD"), ("from", "ADP", "prep", -1, "IN"),
                ("Vantor", "PROPN", "pobj", -1, "NNP"), (",", "PUNCT", "punct", -1, ","),
                (pronoun, "PRON", "nsubj", 1, "WDT"), ("offered", "VERB", "relcl", -3, "VBD"),
                ("a", "DET", "det", 1, "DT"), ("rocket", "NOUN", "dobj", -2, "NN"), (".", "PUNCT", "punct", -8, ".")]
    thing, person = parsed(rows("which")), parsed(rows("who"))
    assert _types(thing, [_mention(thing, "Vantor", "PERSON")]) == {"Vantor": "ORG"}
    assert _types(person, [_mention(person, "Vantor", "PERSON")]) == {"Vantor": "PERSON"}


def test_a_plural_name_with_its_own_article_read_as_a_place_or_thing_is_a_team():
    for label in ("GPE", "FAC", "PRODUCT"):
        rows = [("Fans", "NOUN", "nsubj", 1, "NNS"), ("booed", "VERB", "ROOT", 0, "VBD"), ("the", "DET", "det", 1, "DT"),
                ("Hornets", "PROPN", "dobj", -2, "NNPS"), (".", "PUNCT", "punct", -3, ".")]
        doc = parsed(rows)
        assert _types(doc, [_mention(doc, "Hornets", label)]) == {"Hornets": "ORG"}
    rows = [("Fans", "NOUN", "nsubj", 1, "NNS"), ("booed", "VERB", "ROOT", 0, "VBD"), ("in", "ADP", "prep", -1, "IN"),
            ("Hornets", "PROPN", "pobj", -1, "NNPS"), (".", "PUNCT", "punct", -3, ".")]
    doc = parsed(rows)
    assert _types(doc, [_mention(doc, "Hornets", "GPE")]) == {"Hornets": "GPE"}


def test_a_one_word_name_its_clause_calls_its_is_no_person():
    def doc_with(possessive: str):
        return parsed([("Moderna", "PROPN", "nsubj", 1, "NNP"), ("said", "VERB", "ROOT", 0, "VBD"),
                       (possessive, "PRON", "poss", 1, "PRP$"), ("shot", "NOUN", "nsubj", 1, "NN"),
                       ("worked", "VERB", "ccomp", -3, "VBD"), (".", "PUNCT", "punct", -4, ".")])
    doc = doc_with("its")
    assert _types(doc, [_mention(doc, "Moderna", "PERSON")]) == {"Moderna": "ORG"}
    doc = doc_with("her")
    assert _types(doc, [_mention(doc, "Moderna", "PERSON")]) == {"Moderna": "PERSON"}
    # "Nadal led Spain to its sixth title": "its" after another name may be that name's
    doc = parsed([("Ruiz", "PROPN", "nsubj", 1, "NNP"), ("led", "VERB", "ROOT", 0, "VBD"), ("Spain", "PROPN", "dobj", -1, "NNP"),
                  ("to", "ADP", "prep", -2, "IN"), ("its", "PRON", "poss", 1, "PRP$"), ("title", "NOUN", "pobj", -2, "NN"),
                  (".", "PUNCT", "punct", -5, ".")])
    assert _types(doc, [_mention(doc, "Ruiz", "PERSON"), _mention(doc, "Spain", "GPE")])["Ruiz"] == "PERSON"


def test_a_places_members_of_a_party_are_a_people_not_a_person():
    doc = parsed(_words("Ohio Democrats won . Democrats cheered .", ("Ohio", "Democrats")))
    mentions = [_mention(doc, "Ohio Democrats", "PERSON"), _mention(doc, "Democrats", "NORP", 1)]
    assert _types(doc, mentions) == {"Ohio Democrats": "NORP", "Democrats": "NORP"}
    doc = parsed(_words("Ana Ruiz won . Ruiz cheered .", ("Ana", "Ruiz")))
    assert _types(doc, [_mention(doc, "Ana Ruiz", "PERSON"), _mention(doc, "Ruiz", "NORP", 1)]) == {"Ana Ruiz": "PERSON", "Ruiz": "PERSON"}


def test_an_unknown_place_modifying_a_person_noun_is_an_organisation_but_a_known_one_stays():
    def doc_with(name: str):
        return parsed([("A", "DET", "det", 2, "DT"), (name, "PROPN", "compound", 1, "NNP"),
                       ("spokesperson", "NOUN", "nsubj", 1, "NN"), ("said", "VERB", "ROOT", 0, "VBD"),
                       (".", "PUNCT", "punct", -1, ".")])
    doc = doc_with("Streamflix")
    assert _types(doc, [_mention(doc, "Streamflix", "GPE")]) == {"Streamflix": "ORG"}
    doc = doc_with("Nairobi")
    assert _types(doc, [_mention(doc, "Nairobi", "GPE")]) == {"Nairobi": "GPE"}


@pytest.mark.parametrize("name", ["Intuitive Machines", "Masten Space Systems", "Vertex Pharmaceuticals"])
def test_a_person_named_with_a_companys_word_is_an_organisation(name):
    doc = parsed(_words(f"Investors backed {name} on Monday .", tuple(name.split())))
    assert _types(doc, [_mention(doc, name, "PERSON")]) == {name: "ORG"}


def test_the_first_name_alone_of_a_person_named_in_full_is_that_person():
    doc = parsed(_words("Tavi Brandt quit . Tavi was angry . Brandt left .", ("Tavi", "Brandt")))
    mentions = [_mention(doc, "Tavi Brandt", "PERSON"), _mention(doc, "Tavi", "ORG", 1), _mention(doc, "Brandt", "PERSON", 1)]
    typed = consistent_types(doc, mentions, known_names())
    assert [m.label for m in typed] == ["PERSON", "PERSON", "PERSON"]
    assert cluster_mentions(typed, known_names()) == [[0, 1, 2]]


def test_a_name_shortened_to_its_last_word_is_a_person_and_to_its_first_an_organisation():
    doc = parsed(_words("Lorna Vesey sang . Vesey smiled .", ("Lorna", "Vesey")))
    assert _types(doc, [_mention(doc, "Lorna Vesey", "ORG"), _mention(doc, "Vesey", "PERSON", 1)]) == {
        "Lorna Vesey": "PERSON", "Vesey": "PERSON"}
    doc = parsed(_words("Lorna Vesey sang . fans cheered Vesey loudly .", ("Lorna", "Vesey")))
    assert _types(doc, [_mention(doc, "Lorna Vesey", "ORG")]) == {"Lorna Vesey": "PERSON"}
    doc = parsed(_words("Harlan Corvette won . Harlan shares rose .", ("Harlan", "Corvette")))
    assert _types(doc, [_mention(doc, "Harlan Corvette", "PERSON"), _mention(doc, "Harlan", "ORG", 1)]) == {
        "Harlan Corvette": "ORG", "Harlan": "ORG"}


def test_a_name_whose_last_word_alone_is_a_state_or_a_common_noun_keeps_its_type():
    doc = parsed(_words("Sierra Nevada won . Nevada cheered .", ("Sierra", "Nevada")))
    mentions = [_mention(doc, "Sierra Nevada", "ORG"), _mention(doc, "Nevada", "GPE", 1)]
    assert _types(doc, mentions)["Sierra Nevada"] == "ORG"
    doc = parsed(_words("the Dunmore Sheriff said . the Sheriff left . a sheriff came .", ("Dunmore", "Sheriff")))
    mentions = [_mention(doc, "Dunmore Sheriff", "ORG"), _mention(doc, "Sheriff", "ORG", 1)]
    assert _types(doc, mentions)["Dunmore Sheriff"] == "ORG"


def test_a_name_read_only_as_an_organisation_that_opens_with_a_given_name_is_a_person():
    doc = parsed(_words("Pamela Voss sang . Dmitry Orlov Tarasov spoke . Kevin Hale Foundation and Samuel Marsh & Sons agreed .",
                        ("Pamela", "Voss", "Dmitry", "Orlov", "Tarasov", "Kevin", "Hale", "Foundation", "Samuel", "Marsh", "Sons")))
    mentions = [_mention(doc, name, "ORG") for name in
                ("Pamela Voss", "Dmitry Orlov Tarasov", "Kevin Hale Foundation", "Samuel Marsh & Sons")]
    assert _types(doc, mentions) == {"Pamela Voss": "PERSON", "Dmitry Orlov Tarasov": "PERSON",
                                     "Kevin Hale Foundation": "ORG", "Samuel Marsh & Sons": "ORG"}
    # no given name first ("Harlan Marsh"): an organisation stays one
    doc = parsed(_words("Harlan Marsh grew .", ("Harlan", "Marsh")))
    assert _types(doc, [_mention(doc, "Harlan Marsh", "ORG")]) == {"Harlan Marsh": "ORG"}


def test_a_facility_ending_in_an_organisations_short_name_is_that_organisation():
    doc = parsed(_words("Staff at the Dayton Sun-Ledger quit . The Sun-Ledger said so . Fans at Harlan Park and Harlan cheered .",
                        ("Dayton", "Sun-Ledger", "Harlan", "Park")))
    mentions = [_mention(doc, "Dayton Sun-Ledger", "FAC"), _mention(doc, "Sun-Ledger", "ORG", 1),
                _mention(doc, "Harlan Park", "FAC"), _mention(doc, "Harlan", "ORG", 1)]
    assert _types(doc, mentions) == {"Dayton Sun-Ledger": "ORG", "Sun-Ledger": "ORG", "Harlan Park": "FAC", "Harlan": "ORG"}


def test_a_teams_plural_name_after_the_does_not_make_its_full_name_a_persons():
    doc = parsed(_words("Dayton Larks beat Ohio . The Larks won . Dayton Hale sang . Hale won .",
                        ("Dayton", "Larks", "Ohio", "Hale")))
    mentions = [_mention(doc, "Dayton Larks", "ORG"), _mention(doc, "Larks", "ORG", 1),
                _mention(doc, "Dayton Hale", "ORG"), _mention(doc, "Hale", "PERSON", 1)]
    typed = _types(doc, mentions)
    assert (typed["Dayton Larks"], typed["Dayton Hale"]) == ("ORG", "PERSON")


def test_a_persons_name_listed_with_organisations_is_an_organisation():
    def listed(first: str, second: str):
        rows = [("Vantor", "PROPN", "nsubj", 8, "NNP"), (",", "PUNCT", "punct", -1, ","),
                (first, "PROPN", "conj", -2, "NNP"), (",", "PUNCT", "punct", -1, ","),
                ("Harlan", "PROPN", "compound", 1, "NNP"), ("Marsh", "PROPN", "conj", -5, "NNP"),
                ("and", "CCONJ", "cc", -1, "CC"), (second, "PROPN", "conj", -7, "NNP"),
                ("bid", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
        return parsed(rows)
    doc = listed("Acme", "Orbix")
    mentions = [_mention(doc, "Vantor", "ORG"), _mention(doc, "Acme", "ORG"), _mention(doc, "Harlan Marsh", "PERSON"),
                _mention(doc, "Orbix", "ORG")]
    assert _types(doc, mentions)["Harlan Marsh"] == "ORG"
    # listed with as many people as organisations: nothing says which it is
    doc = listed("Ruiz", "Hale")
    mentions = [_mention(doc, "Vantor", "ORG"), _mention(doc, "Ruiz", "PERSON"), _mention(doc, "Harlan Marsh", "PERSON"),
                _mention(doc, "Hale", "PERSON")]
    assert _types(doc, mentions)["Harlan Marsh"] == "PERSON"


def test_a_name_listed_with_organisations_whose_surname_the_article_uses_for_a_person_stays_a_person():
    rows = [("Vantor", "PROPN", "nsubj", 8, "NNP"), (",", "PUNCT", "punct", -1, ","),
            ("Acme", "PROPN", "conj", -2, "NNP"), (",", "PUNCT", "punct", -1, ","),
            ("Harlan", "PROPN", "compound", 1, "NNP"), ("Marsh", "PROPN", "conj", -5, "NNP"),
            ("and", "CCONJ", "cc", -1, "CC"), ("Orbix", "PROPN", "conj", -7, "NNP"),
            ("bid", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, "."),
            ("Marsh", "PROPN", "nsubj", 1, "NNP"), ("spoke", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(rows)
    mentions = [_mention(doc, "Vantor", "ORG"), _mention(doc, "Acme", "ORG"), _mention(doc, "Harlan Marsh", "PERSON"),
                _mention(doc, "Orbix", "ORG"), _mention(doc, "Marsh", "PERSON", 1)]
    assert _types(doc, mentions)["Harlan Marsh"] == "PERSON"


def test_names_listed_before_a_plural_administrative_noun_are_places():
    rows = [("in", "ADP", "ROOT", 0, "IN"), ("Barrow", "PROPN", "compound", 5, "NNP"), (",", "PUNCT", "punct", -1, ","),
            ("Keswick", "PROPN", "conj", -2, "NNP"), ("and", "CCONJ", "cc", -1, "CC"), ("Dunmore", "PROPN", "conj", -4, "NNP"),
            ("counties", "NOUN", "pobj", -6, "NNS"), (".", "PUNCT", "punct", -7, ".")]
    doc = parsed(rows, lemmas=["in", "barrow", ",", "keswick", "and", "dunmore", "county", "."])
    mentions = [_mention(doc, name, "PERSON") for name in ("Barrow", "Keswick", "Dunmore")]
    assert set(_types(doc, mentions).values()) == {"GPE"}
    rows[6] = ("fans", "NOUN", "pobj", -6, "NNS")
    doc = parsed(rows, lemmas=["in", "barrow", ",", "keswick", "and", "dunmore", "fan", "."])
    assert set(_types(doc, [_mention(doc, name, "PERSON") for name in ("Barrow", "Keswick", "Dunmore")]).values()) == {"PERSON"}


def test_a_nations_body_shortened_to_its_own_name_stays_an_organisation():
    doc = parsed(_words("the Israeli Knesset voted . the Knesset adjourned .", ("Israeli", "Knesset")))
    mentions = [_mention(doc, "Israeli Knesset", "ORG"), _mention(doc, "Knesset", "ORG", 1)]
    assert _types(doc, mentions) == {"Israeli Knesset": "ORG", "Knesset": "ORG"}
    # without the nationality, the shortening to the last word still makes a person
    doc = parsed(_words("Lorna Vesey sang . Vesey smiled .", ("Lorna", "Vesey")))
    assert _types(doc, [_mention(doc, "Lorna Vesey", "ORG"), _mention(doc, "Vesey", "PERSON", 1)])["Lorna Vesey"] == "PERSON"


def test_an_unknown_place_shortened_to_its_last_word_is_a_person():
    doc = parsed(_words("Talon Roskar scored . Roskar had eight assists .", ("Talon", "Roskar")))
    mentions = [_mention(doc, "Talon Roskar", "GPE"), _mention(doc, "Roskar", "ORG", 1)]
    typed = consistent_types(doc, mentions, known_names())
    assert [m.label for m in typed] == ["PERSON", "PERSON"]
    assert cluster_mentions(typed, known_names()) == [[0, 1]]
    # a place the gazetteer knows keeps its type
    doc = parsed(_words("Buenos Aires voted . Aires cheered .", ("Buenos", "Aires")))
    assert _types(doc, [_mention(doc, "Buenos Aires", "GPE"), _mention(doc, "Aires", "ORG", 1)])["Buenos Aires"] == "GPE"


def test_a_first_name_read_as_a_people_after_the_full_name_is_that_person():
    doc = parsed(_words("Sheikh Tamer bin Khalid Al Fahd spoke . Sheikh Tamer left .", ("Tamer", "Khalid", "Al", "Fahd")))
    mentions = [_mention(doc, "Tamer bin Khalid Al Fahd", "PERSON"), _mention(doc, "Tamer", "NORP", 1)]
    typed = consistent_types(doc, mentions, known_names())
    assert [m.label for m in typed] == ["PERSON", "PERSON"]
    assert cluster_mentions(typed, known_names()) == [[0, 1]]
    # a nationality that is also a first name stays a people
    doc = parsed(_words("Israeli Katz spoke . Israeli troops left .", ("Israeli", "Katz")))
    assert _types(doc, [_mention(doc, "Israeli Katz", "PERSON"), _mention(doc, "Israeli", "NORP", 1)])["Israeli"] == "NORP"


def test_a_first_name_read_as_a_people_before_a_noun_stays_a_people():
    rows = [("Tamer", "PROPN", "compound", 1, "NNP"), ("Fahd", "PROPN", "nsubj", 1, "NNP"), ("spoke", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, "."), ("Tamer", "PROPN", "amod", 1, "NNP"), ("poets", "NOUN", "ROOT", 0, "NNS"),
            ("sang", "VERB", "dep", -1, "VBD"), (".", "PUNCT", "punct", -2, ".")]
    doc = parsed(rows)
    mentions = [_mention(doc, "Tamer Fahd", "PERSON"), _mention(doc, "Tamer", "NORP", 1)]
    assert _types(doc, mentions)["Tamer"] == "NORP"


def test_a_teams_nickname_read_as_a_people_is_the_team_named_after_its_city():
    doc = parsed(_words("the Boston Herons won . the Herons celebrated .", ("Boston", "Herons")))
    mentions = [_mention(doc, "Boston Herons", "ORG"), _mention(doc, "Herons", "NORP", 1)]
    typed = consistent_types(doc, mentions, known_names())
    assert [m.label for m in typed] == ["ORG", "ORG"]
    assert cluster_mentions(typed, known_names()) == [[0, 1]]
    # a state's members of a party are no team
    doc = parsed(_words("the Virginia Democrats met . the Democrats voted .", ("Virginia", "Democrats")))
    mentions = [_mention(doc, "Virginia Democrats", "ORG"), _mention(doc, "Democrats", "NORP", 1)]
    assert _types(doc, mentions)["Democrats"] == "NORP"


def test_a_people_whose_name_ends_in_an_organisations_word_is_an_organisation():
    doc = parsed(_words("Dunmore United lost . fans of Dunmore United wept .", ("Dunmore", "United")))
    mentions = [_mention(doc, "Dunmore United", "NORP"), _mention(doc, "Dunmore United", "PERSON", 1)]
    assert _types(doc, mentions) == {"Dunmore United": "ORG"}


def test_a_one_word_name_with_its_own_article_save_where_it_opens_a_sentence_is_no_person():
    rows = [("The", "DET", "det", 1, "DT"), ("Cyclone", "PROPN", "nsubj", 1, "NNP"), ("lost", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, "."), ("Cyclone", "PROPN", "nsubj", 1, "NNP"), ("host", "VERB", "ROOT", 0, "VBP"),
            ("Ohio", "PROPN", "dobj", -1, "NNP"), (".", "PUNCT", "punct", -2, ".")]
    doc = parsed(rows)
    mentions = [_mention(doc, "Cyclone", "PERSON"), _mention(doc, "Cyclone", "PERSON", 1)]
    assert _types(doc, mentions) == {"Cyclone": "ORG"}
    # never with its own article: a person
    rows = [("Cyclone", "PROPN", "nsubj", 1, "NNP"), ("lost", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(rows)
    assert _types(doc, [_mention(doc, "Cyclone", "PERSON")]) == {"Cyclone": "PERSON"}


def test_an_outlet_named_for_a_person_the_article_names_in_full_is_that_person():
    doc = parsed(_words("Michael Bloomberg spoke . Bloomberg left .", ("Michael", "Bloomberg")))
    mentions = consistent_types(doc, [_mention(doc, "Michael Bloomberg", "PERSON"), _mention(doc, "Bloomberg", "ORG", 1)],
                                known_names())
    assert [m.label for m in mentions] == ["PERSON", "PERSON"]
    assert cluster_mentions(mentions, known_names()) == [[0, 1]]
    assert entity_record(doc, "E1", mentions, known_names()).type == "PERSON"
    # alone, the outlet keeps its curated type
    doc = parsed(_words("Bloomberg reported it .", ("Bloomberg",)))
    assert _types(doc, [_mention(doc, "Bloomberg", "PERSON")]) == {"Bloomberg": "ORG"}


def test_a_surname_the_article_also_writes_as_a_place_stays_the_place():
    rows = [("Tess", "PROPN", "compound", 1, "NNP"), ("Houston", "PROPN", "nsubj", 1, "NNP"), ("sang", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, "."), ("police", "NOUN", "nsubj", 1, "NNS"), ("met", "VERB", "ROOT", 0, "VBD"),
            ("in", "ADP", "prep", -1, "IN"), ("Houston", "PROPN", "pobj", -1, "NNP"), (".", "PUNCT", "punct", -3, ".")]
    doc = parsed(rows)
    mentions = [_mention(doc, "Tess Houston", "PERSON"), _mention(doc, "Houston", "GPE", 1)]
    assert _types(doc, mentions) == {"Tess Houston": "PERSON", "Houston": "GPE"}
    # written only as a person, the surname is the person's
    doc = parsed(_words("Tess Houston sang . Houston smiled .", ("Tess", "Houston")))
    mentions = [_mention(doc, "Tess Houston", "PERSON"), _mention(doc, "Houston", "GPE", 1)]
    assert _types(doc, mentions)["Houston"] == "PERSON"


def test_a_name_read_as_an_organisation_whose_two_word_surname_stands_alone_for_a_person_is_that_person():
    doc = parsed(_words("Dora Vance Hale quit . Vance Hale left .", ("Dora", "Vance", "Hale")))
    mentions = [_mention(doc, "Dora Vance Hale", "ORG"), _mention(doc, "Vance Hale", "PERSON", 1)]
    typed = consistent_types(doc, mentions, known_names())
    assert [m.label for m in typed] == ["PERSON", "PERSON"]
    assert cluster_mentions(typed, known_names()) == [[0, 1]]


def test_a_persons_name_opening_an_organisations_is_that_organisation_unless_used_for_a_person():
    doc = parsed(_words("the Dora Vance Medical Center said so . aides visited Dora Vance today .", ("Dora", "Vance", "Medical", "Center")))
    mentions = [_mention(doc, "Dora Vance Medical Center", "ORG"), _mention(doc, "Dora Vance", "PERSON", 1)]
    typed = consistent_types(doc, mentions, known_names())
    assert [m.label for m in typed] == ["ORG", "ORG"]
    assert cluster_mentions(typed, known_names()) == [[0, 1]]
    # after a title, or with the surname alone for a person, it is the person the centre is named for
    doc = parsed(_words("the Dora Vance Medical Center said so . Dr. Dora Vance spoke .", ("Dora", "Vance", "Medical", "Center")))
    mentions = [_mention(doc, "Dora Vance Medical Center", "ORG"), _mention(doc, "Dora Vance", "PERSON", 1)]
    assert _types(doc, mentions)["Dora Vance"] == "PERSON"
    doc = parsed(_words("the Dora Vance Medical Center said so . Dora Vance spoke . Vance left .", ("Dora", "Vance", "Medical", "Center")))
    mentions = [_mention(doc, "Dora Vance Medical Center", "ORG"), _mention(doc, "Dora Vance", "PERSON", 1),
                _mention(doc, "Vance", "PERSON", 2)]
    assert _types(doc, mentions)["Dora Vance"] == "PERSON"


def _typed_after(verb: str, lemma: str, dep: str, name: str) -> str:
    """The type of a "person" `name` as the object of `verb` ("Rebels <verb> <name> .") or of a preposition."""
    rows = [("Rebels", "NOUN", "nsubj", 1, "NNS"), (verb, "VERB" if dep == "dobj" else "ADP", "ROOT", 0, "VBD"),
            (name, "PROPN", dep, -1, "NNP"), (".", "PUNCT", "punct", -2, ".")]
    doc = parsed(rows, lemmas=["rebel", lemma, name, "."])
    return _types(doc, [_mention(doc, name, "PERSON")])[name]


@pytest.mark.parametrize(("expected", "verb", "lemma", "dep", "name"), [
    ("GPE", "seized", "seize", "dobj", "Kukawa"),  # a small town taken by rebels
    ("GPE", "shelled", "shell", "dobj", "Rutshuru"),
    ("GPE", "near", "near", "pobj", "Tessalit"),  # a town of no known population
    ("GPE", "toward", "toward", "pobj", "Kukawa"),
    ("PERSON", "questioned", "question", "dobj", "Kukawa"),  # a person may be questioned
    ("PERSON", "from", "from", "pobj", "Kukawa"),  # ... and a letter may come from one
    ("PERSON", "seized", "seize", "dobj", "Qarvelitz"),  # no place the gazetteer knows
])
def test_a_small_town_spacy_reads_as_a_person_is_a_place_in_a_place_frame(expected, verb, lemma, dep, name):
    assert _typed_after(verb, lemma, dep, name) == expected


def test_a_name_a_facility_word_opens_is_a_facility_and_so_is_its_bare_name():
    doc = parsed(_words("Troops at Fort Callard were put on alert . Callard was sealed off .", ("Fort", "Callard")))
    found = facility_mentions(doc, [_mention(doc, "Fort Callard", "PERSON"), _mention(doc, "Callard", "PERSON", 1)],
                              known_names(), [])
    assert _types(doc, found) == {"Fort Callard": "FAC", "Callard": "FAC"}


def test_a_big_town_named_fort_stays_a_town_and_a_camp_named_for_a_person_leaves_the_person():
    doc = parsed(_words("Flights from Fort Worth resumed .", ("Fort", "Worth")))
    assert _facilities(doc, _mention(doc, "Fort Worth", "GPE")) == [("Fort Worth", "GPE")]
    doc = parsed(_words("David Orme flew to Camp David . David spoke .", ("David", "Orme", "Camp")))
    found = facility_mentions(doc, [_mention(doc, "David Orme", "PERSON"), _mention(doc, "Camp David", "PERSON"),
                                    _mention(doc, "David", "PERSON", 2)], known_names(), [])
    assert _types(doc, found)["David"] == "PERSON"


def _rows(spec: list[tuple[str, str, str, int, str]]) -> list[tuple[str, str, str, int, str]]:
    """Rows with absolute head indices turned into offsets."""
    return [(w, pos, dep, head - i, tag) for i, (w, pos, dep, head, tag) in enumerate(spec)]


def test_a_one_word_name_after_the_and_a_towns_name_or_opening_a_line_is_no_persons():
    from spacy.tokens import Span as SpacySpan

    doc = parsed(_rows([("Fans", "NOUN", "nsubj", 1, "NNS"), ("cheered", "VERB", "ROOT", 1, "VBD"),
                        ("the", "DET", "det", 4, "DT"), ("Dayton", "PROPN", "compound", 4, "NNP"),
                        ("Blaze", "PROPN", "dobj", 1, "NNP"), (".", "PUNCT", "punct", 1, "."),
                        ("The", "DET", "det", 7, "DT"), ("Blaze", "PROPN", "nsubj", 8, "NNP"),
                        ("lost", "VERB", "ROOT", 8, "VBD"), (".", "PUNCT", "punct", 8, ".")]))
    doc.ents = [SpacySpan(doc, 3, 4, label="GPE")]
    mentions = [_mention(doc, "Blaze", "PERSON"), _mention(doc, "Blaze", "PERSON", 1)]
    assert _types(doc, mentions) == {"Blaze": "ORG"}
    doc = parsed(_rows([("The", "DET", "det", 1, "DT"), ("Blaze", "PROPN", "nsubj", 2, "NNP"),
                        ("lost", "VERB", "ROOT", 2, "VBD"), (".", "PUNCT", "punct", 2, "."),
                        ("NEXT", "PROPN", "ROOT", 4, "NNP"), ("\n\n", "SPACE", "dep", 4, "_SP"),
                        ("Blaze", "PROPN", "appos", 4, "NNP"), (":", "PUNCT", "punct", 4, ":"),
                        ("host", "VERB", "relcl", 4, "VB"), ("the", "DET", "det", 10, "DT"),
                        ("Hawks", "PROPN", "dobj", 8, "NNPS"), (".", "PUNCT", "punct", 4, ".")]))
    mentions = [_mention(doc, "Blaze", "PERSON"), _mention(doc, "Blaze", "PERSON", 1), _mention(doc, "Hawks", "ORG")]
    assert _types(doc, mentions)["Blaze"] == "ORG"


def test_a_name_conjoined_with_one_persons_full_name_is_a_person_unless_it_shares_a_word():
    doc = parsed(_rows([("It", "PRON", "nsubjpass", 2, "PRP"), ("was", "AUX", "auxpass", 2, "VBD"),
                        ("founded", "VERB", "ROOT", 2, "VBN"), ("by", "ADP", "agent", 2, "IN"),
                        ("Tarun", "PROPN", "compound", 5, "NNP"), ("Mehrotra", "PROPN", "pobj", 3, "NNP"),
                        ("and", "CCONJ", "cc", 5, "CC"), ("Elena", "PROPN", "compound", 8, "NNP"),
                        ("Vasquez", "PROPN", "conj", 5, "NNP"), (".", "PUNCT", "punct", 2, ".")]))
    mentions = [_mention(doc, "Tarun Mehrotra", "ORG"), _mention(doc, "Elena Vasquez", "PERSON")]
    assert _types(doc, mentions)["Tarun Mehrotra"] == "PERSON"
    doc = parsed(_rows([("It", "PRON", "nsubjpass", 2, "PRP"), ("was", "AUX", "auxpass", 2, "VBD"),
                        ("founded", "VERB", "ROOT", 2, "VBN"), ("by", "ADP", "agent", 2, "IN"),
                        ("Vasquez", "PROPN", "compound", 5, "NNP"), ("Mehrotra", "PROPN", "pobj", 3, "NNP"),
                        ("and", "CCONJ", "cc", 5, "CC"), ("Elena", "PROPN", "compound", 8, "NNP"),
                        ("Vasquez", "PROPN", "conj", 5, "NNP"), (".", "PUNCT", "punct", 2, ".")]))
    mentions = [_mention(doc, "Vasquez Mehrotra", "ORG"), _mention(doc, "Elena Vasquez", "PERSON")]
    assert _types(doc, mentions)["Vasquez Mehrotra"] == "ORG"


def test_an_unknown_place_only_ever_modifying_a_noun_or_after_a_person_noun_and_of_is_an_organisation():
    rows = _rows([("A", "DET", "det", 2, "DT"), ("Trelvo", "PROPN", "compound", 2, "NNP"),
                  ("documentary", "NOUN", "nsubj", 3, "NN"), ("aired", "VERB", "ROOT", 3, "VBD"),
                  ("in", "ADP", "prep", 3, "IN"), ("Trelvo", "PROPN", "pobj", 4, "NNP"), (".", "PUNCT", "punct", 3, ".")])
    doc = parsed(rows)
    mentions = [_mention(doc, "Trelvo", "GPE"), _mention(doc, "Trelvo", "GPE", 1)]
    assert _types(doc, mentions) == {"Trelvo": "GPE"}  # once written as a place
    doc = parsed(rows[:4] + [(".", "PUNCT", "punct", -1, ".")])
    assert _types(doc, [_mention(doc, "Trelvo", "GPE")]) == {"Trelvo": "ORG"}
    doc = parsed(_rows([("The", "DET", "det", 1, "DT"), ("founder", "NOUN", "nsubj", 4, "NN"),
                        ("of", "ADP", "prep", 1, "IN"), ("Zorvex", "PROPN", "pobj", 2, "NNP"),
                        ("resigned", "VERB", "ROOT", 4, "VBD"), (".", "PUNCT", "punct", 4, ".")]))
    assert _types(doc, [_mention(doc, "Zorvex", "GPE")]) == {"Zorvex": "ORG"}


def test_a_name_followed_by_an_organisation_noun_in_apposition_is_an_organisation():
    rows = _rows([("It", "PRON", "nsubj", 1, "PRP"), ("thanked", "VERB", "ROOT", 1, "VBD"),
                  ("the", "DET", "det", 3, "DT"), ("league", "NOUN", "dobj", 1, "NN"), ("and", "CCONJ", "cc", 3, "CC"),
                  ("Varnholt", "PROPN", "conj", 3, "NNP"), (",", "PUNCT", "punct", 1, ","), ("a", "DET", "det", 8, "DT"),
                  ("firm", "NOUN", "appos", 3, "NN"), ("founded", "VERB", "acl", 8, "VBN"), ("by", "ADP", "agent", 9, "IN"),
                  ("bankers", "NOUN", "pobj", 10, "NNS"), (".", "PUNCT", "punct", 1, ".")])
    doc = parsed(rows)
    assert _types(doc, [_mention(doc, "Varnholt", "PERSON")]) == {"Varnholt": "ORG"}
    assert _types(doc, [_mention(doc, "Varnholt", "GPE")]) == {"Varnholt": "ORG"}
    person = list(rows)
    person[8] = ("banker", "NOUN", "appos", -5, "NN")  # "Varnholt, a banker founded by ...": a person noun
    doc = parsed(person)
    assert _types(doc, [_mention(doc, "Varnholt", "PERSON")]) == {"Varnholt": "PERSON"}


def test_a_town_after_a_persons_age_and_of_is_written_as_a_place():
    from newsgraph.extract.entities.geography import used_as_place

    doc = parsed(_words("Anna Berg , 38 , of Bergen , was charged .", ("Anna", "Berg", "Bergen")))
    assert used_as_place(doc, _mention(doc, "Bergen", "ORG"))
    doc = parsed(_words("The chief , Anna Berg , of Bergen Group , quit .", ("Anna", "Berg", "Bergen")))
    assert not used_as_place(doc, _mention(doc, "Bergen", "ORG"))


def test_a_compass_word_before_a_states_name_is_a_region_not_a_person():
    doc = parsed(_words("The Huskies beat Northern Illinois on Tuesday .", ("Huskies", "Northern", "Illinois", "Tuesday")))
    assert _types(doc, [_mention(doc, "Northern Illinois", "PERSON")]) == {"Northern Illinois": "LOC"}
    doc = parsed(_words("The fans cheered North West on Tuesday .", ("North", "West", "Tuesday")))
    assert _types(doc, [_mention(doc, "North West", "PERSON")]) == {"North West": "PERSON"}
