"""Span repair: names spaCy cut short or ran on, on hand-made parses of our own wire-style sentences."""

from __future__ import annotations

from handmade import parsed

from spacy.tokens import Span

from newsgraph.extract.entities.candidates import Candidate, spacy_candidates
from newsgraph.extract.entities.clustering import NameMention
from newsgraph.extract.entities.repair import (
    dateline_places, defined_acronyms, exclaimed_names, hyphen_paired_names, nationality_led_names, rejoined_names, repair, repeated_names,
    split_person_names,
    unlabelled_full_names, unlabelled_organisations, unlabelled_people,
)
from newsgraph.tables import known_names


def _repaired(rows, start: int, end: int, label: str) -> str | None:
    doc = parsed(rows)
    mention = repair(doc, Candidate(start, end, label, False), known_names(), [])
    return None if mention is None else f"{mention.text} {mention.label}"


def test_a_first_name_left_outside_a_lone_surname_joins_it():
    rows = [("Crowds", "NOUN", "nsubj", 4, "NNS"), ("gathered", "VERB", "ROOT", 0, "VBD"),
            ("where", "SCONJ", "advmod", 3, "WRB"), ("Anna", "PROPN", "compound", 1, "NNP"),
            ("Keller", "PROPN", "nsubj", 1, "NNP"), ("spoke", "VERB", "relcl", -4, "VBD"), (".", "PUNCT", "punct", -5, ".")]
    assert _repaired(rows, 4, 5, "PERSON") == "Anna Keller PERSON"


def test_a_title_before_a_lone_surname_stays_outside_it():
    rows = [("Crowds", "NOUN", "nsubj", 1, "NNS"), ("cheered", "VERB", "ROOT", 0, "VBD"),
            ("President", "PROPN", "compound", 1, "NNP"), ("Keller", "PROPN", "dobj", -2, "NNP"), (".", "PUNCT", "punct", -3, ".")]
    assert _repaired(rows, 3, 4, "PERSON") == "Keller PERSON"


def test_an_organisations_head_noun_left_outside_joins_it():
    rows = [("according", "VERB", "prep", 0, "VBG"), ("to", "ADP", "prep", -1, "IN"), ("the", "DET", "det", 4, "DT"),
            ("Dayton", "PROPN", "compound", 2, "NNP"), ("Evening", "PROPN", "compound", 1, "NNP"),
            ("Ledger", "PROPN", "pobj", -4, "NNP"), (".", "PUNCT", "punct", -6, ".")]
    assert _repaired(rows, 2, 5, "ORG") == "Dayton Evening Ledger ORG"


def test_a_role_word_inside_a_person_span_leaves_the_name_after_it():
    abbreviation = [("Rams", "PROPN", "compound", 3, "NNPS"), ("QB", "PROPN", "compound", 2, "NNP"),
                    ("Tom", "PROPN", "compound", 1, "NNP"), ("Hale", "PROPN", "nsubj", 1, "NNP"),
                    ("left", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(abbreviation, 0, 4, "PERSON") == "Tom Hale PERSON"
    lower = [("Denver", "PROPN", "compound", 3, "NNP"), ("guard", "NOUN", "compound", 2, "NN"),
             ("Ray", "PROPN", "compound", 1, "NNP"), ("Ortiz", "PROPN", "nsubj", 1, "NNP"),
             ("left", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(lower, 0, 4, "PERSON") == "Ray Ortiz PERSON"


def test_a_lower_case_verb_ends_a_name():
    rows = [("Ortiz", "PROPN", "nsubj", 1, "NNP"), ("tackled", "VERB", "ROOT", 0, "VBD"),
            ("Hale", "PROPN", "dobj", -1, "NNP"), ("hard", "ADV", "advmod", -2, "RB"), (".", "PUNCT", "punct", -3, ".")]
    assert _repaired(rows, 0, 3, "ORG") == "Ortiz ORG"


def test_a_name_ending_in_an_event_word_is_an_event():
    games = [("Lena", "PROPN", "nsubj", 1, "NNP"), ("skated", "VERB", "ROOT", 0, "VBD"), ("at", "ADP", "prep", -1, "IN"),
             ("the", "DET", "det", 2, "DT"), ("Winter", "PROPN", "compound", 1, "NNP"),
             ("Olympics", "PROPN", "pobj", -3, "NNPS"), (".", "PUNCT", "punct", -5, ".")]
    assert _repaired(games, 3, 6, "ORG") == "Winter Olympics EVENT"
    medalist = [("the", "DET", "det", 2, "DT"), ("Paralympic", "PROPN", "compound", 1, "NNP"),
                ("medalist", "NOUN", "nsubj", 1, "NN"), ("retired", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(medalist, 1, 2, "ORG") == "Paralympic EVENT"
    fair = [("Dana", "PROPN", "nsubj", 1, "NNP"), ("won", "VERB", "ROOT", 0, "VBD"), ("the", "DET", "det", 3, "DT"),
            ("Ohio", "PROPN", "compound", 2, "NNP"), ("Science", "PROPN", "compound", 1, "NNP"),
            ("Fair", "PROPN", "dobj", -4, "NNP"), (".", "PUNCT", "punct", -5, ".")]
    assert _repaired(fair, 3, 6, "FAC") == "Ohio Science Fair EVENT"
    assert _repaired(fair, 0, 1, "PERSON") == "Dana PERSON"
    cup = [("Spain", "PROPN", "nsubj", 1, "NNP"), ("won", "VERB", "ROOT", 0, "VBD"), ("the", "DET", "det", 2, "DT"),
           ("Harlow", "PROPN", "compound", 1, "NNP"), ("Cup", "PROPN", "dobj", -3, "NNP"), (".", "PUNCT", "punct", -4, ".")]
    assert _repaired(cup, 3, 5, "PERSON") == "Harlow Cup EVENT"
    # a person may be called Fair
    judge = [("Judge", "PROPN", "compound", 2, "NNP"), ("Lena", "PROPN", "compound", 1, "NNP"), ("Fair", "PROPN", "nsubj", 1, "NNP"),
             ("ruled", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(judge, 1, 3, "PERSON") == "Lena Fair PERSON"


def test_an_adjective_the_parse_makes_a_compound_is_a_name_but_a_modifier_is_not():
    post = [("In", "ADP", "prep", 4, "IN"), ("a", "DET", "det", 2, "DT"), ("Flickr", "ADJ", "compound", 1, "JJ"),
            ("post", "NOUN", "pobj", -3, "NN"), ("she", "PRON", "nsubj", 1, "PRP"), ("wrote", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(post, 2, 3, "ORG") == "Flickr ORG"
    strikes = [("Coordinated", "ADJ", "amod", 1, "JJ"), ("strikes", "NOUN", "nsubj", 1, "NNS"),
               ("hit", "VERB", "ROOT", 0, "VBD"), ("Homs", "PROPN", "dobj", -1, "NNP"), (".", "PUNCT", "punct", -2, ".")]
    assert _repaired(strikes, 0, 1, "ORG") is None


def test_an_untagged_name_after_an_organisation_noun_modifying_it_is_that_organisation():
    rows = [("Cosmetics", "NOUN", "compound", 1, "NNS"), ("company", "NOUN", "compound", 1, "NN"),
            ("Lumora", "PROPN", "nsubj", 1, "NNP"), ("grew", "VERB", "ROOT", 0, "VBD"), (",", "PUNCT", "punct", -1, ","),
            ("Dana", "PROPN", "compound", 1, "NNP"), ("Ruiz", "PROPN", "nsubj", 1, "NNP"), ("said", "VERB", "ccomp", -4, "VBD"),
            (".", "PUNCT", "punct", -5, ".")]
    doc = parsed(rows)
    assert [(m.text, m.label) for m in unlabelled_organisations(doc, [], [])] == [("Lumora", "ORG")]
    assert unlabelled_organisations(doc, [NameMention(18, 24, "Lumora", "ORG")], []) == []
    # the noun must modify the name: "the company Dana Ruiz founded" has no such compound
    founded = [("the", "DET", "det", 1, "DT"), ("company", "NOUN", "dobj", 3, "NN"), ("Dana", "PROPN", "compound", 1, "NNP"),
               ("Ruiz", "PROPN", "nsubj", 1, "NNP"), ("founded", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert unlabelled_organisations(parsed(founded), [], []) == []


def _mentions_at(doc, *spans: tuple[int, str]) -> list[NameMention]:
    return [NameMention(doc[i].idx, doc[i].idx + len(doc[i]), doc[i].text, label) for i, label in spans]


def test_an_unknown_word_before_a_town_read_as_two_places_is_a_persons_name():
    rows = [("Orlaith", "PROPN", "compound", 1, "NNP"), ("Lyon", "PROPN", "nsubj", 1, "NNP"), ("said", "VERB", "ROOT", 0, "VBD"),
            ("she", "PRON", "nsubj", 1, "PRP"), ("left", "VERB", "ccomp", -2, "VBD"), ("Geneva", "PROPN", "dobj", -1, "NNP"),
            (".", "PUNCT", "punct", -4, ".")]
    doc = parsed(rows)
    mentions = split_person_names(doc, _mentions_at(doc, (0, "GPE"), (1, "GPE"), (5, "GPE")))
    assert [(m.text, m.label) for m in mentions] == [("Orlaith Lyon", "PERSON"), ("Geneva", "GPE")]


def test_two_known_places_side_by_side_stay_places():
    rows = [("Talks", "NOUN", "nsubj", 3, "NNS"), ("in", "ADP", "prep", -1, "IN"), ("Geneva", "PROPN", "compound", 1, "NNP"),
            ("Brussels", "PROPN", "pobj", -2, "NNP"), ("ended", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(rows)
    mentions = _mentions_at(doc, (2, "GPE"), (3, "GPE"))
    assert split_person_names(doc, mentions) == mentions


def test_a_time_zone_a_handle_and_a_doctrine_are_no_names():
    zone = [("by", "ADP", "ROOT", 0, "IN"), ("16:00", "NUM", "nummod", 1, "CD"), ("GMT", "PROPN", "pobj", -2, "NNP"),
            (".", "PUNCT", "punct", -3, ".")]
    assert _repaired(zone, 2, 3, "ORG") is None
    handle = [("Ortiz", "PROPN", "nsubj", 1, "NNP"), ("tagged", "VERB", "ROOT", 0, "VBD"), ("@CityHall", "PROPN", "dobj", -1, "NNP"),
              (".", "PUNCT", "punct", -2, ".")]
    assert _repaired(handle, 2, 3, "ORG") is None
    assert _repaired(handle, 0, 1, "PERSON") == "Ortiz PERSON"
    doctrine = [("They", "PRON", "nsubj", 1, "PRP"), ("condemned", "VERB", "ROOT", 0, "VBD"),
                ("Hinduphobia", "PROPN", "dobj", -1, "NNP"), (".", "PUNCT", "punct", -2, ".")]
    assert _repaired(doctrine, 2, 3, "ORG") is None


def test_a_one_word_follower_of_a_movement_is_a_people_word():
    rows = [("a", "DET", "det", 2, "DT"), ("former", "ADJ", "amod", 1, "JJ"), ("Maoist", "PROPN", "nsubj", 1, "NNP"),
            ("spoke", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(rows, 2, 3, "ORG") == "Maoist NORP"


def test_a_score_after_a_team_is_not_part_of_its_name():
    rows = [("putting", "VERB", "ROOT", 0, "VBG"), ("Norway", "PROPN", "dobj", -1, "NNP"), ("2", "NUM", "nummod", 2, "CD"),
            ("–", "PUNCT", "punct", 1, ":"), ("1", "NUM", "npadvmod", 1, "CD"), ("up", "ADV", "advmod", -5, "RB"),
            (".", "PUNCT", "punct", -6, ".")]
    assert _repaired(rows, 1, 3, "GPE") == "Norway GPE"
    inside = [("beat", "VERB", "ROOT", 0, "VBD"), ("Anna", "PROPN", "compound", 1, "NNP"), ("Berg", "PROPN", "dobj", -2, "NNP"),
              ("6", "NUM", "npadvmod", -3, "CD"), ("-", "SYM", "punct", 1, "SYM"), ("2", "NUM", "prep", -2, "CD"), (".", "PUNCT", "punct", -6, ".")]
    assert _repaired(inside, 1, 6, "PERSON") == "Anna Berg PERSON"  # the whole score inside spaCy's span
    league = [("the", "DET", "det", 2, "DT"), ("Ligue", "PROPN", "compound", 1, "NNP"), ("1", "NUM", "pobj", 0, "CD"),
              ("title", "NOUN", "ROOT", 0, "NN"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(league, 0, 3, "ORG") == "Ligue 1 ORG"


def _flat(text: str) -> list[tuple[str, str, str, int, str]]:
    return [(w, "PROPN" if w[:1].isupper() else "NOUN", "ROOT" if i == 0 else "dep", -i, "NN") for i, w in enumerate(text.split())]


def _acronym_names(text: str, *mentions: tuple[str, str]) -> list[tuple[str, str]]:
    doc = parsed(_flat(text))
    found = [NameMention(doc.text.index(name), doc.text.index(name) + len(name), name, label) for name, label in mentions]
    return [(m.text, m.label) for m in defined_acronyms(doc, found, known_names(), [])]


def test_a_name_spelt_out_after_its_acronym_is_one_name_and_the_acronym_names_it():
    assert _acronym_names("leaders of FNS ( Federation of Northern Shipyards ) met . FNS said no .") == [
        ("FNS", "ORG"), ("Federation of Northern Shipyards", "ORG"), ("FNS", "ORG")]


def test_a_translated_name_keeps_its_initials_in_another_order():
    assert _acronym_names("the National Liberation Front ( FLN ) said", ("Liberation Front", "ORG")) == [
        ("National Liberation Front", "ORG"), ("FLN", "ORG")]
    assert _acronym_names("the National Liberation Front ( NFF ) said", ("Liberation Front", "ORG")) == [
        ("Liberation Front", "ORG")]


def test_a_nationality_after_a_preposition_at_the_end_of_a_name_is_cut_off():
    rows = [("She", "PRON", "nsubj", 1, "PRP"), ("criticised", "VERB", "ROOT", 0, "VBD"), ("Greenpeace", "PROPN", "dobj", -1, "NNP"),
            ("on", "ADP", "prep", -2, "IN"), ("German", "ADJ", "amod", 1, "JJ"), ("radio", "NOUN", "pobj", -2, "NN"),
            (".", "PUNCT", "punct", -5, ".")]
    assert _repaired(rows, 2, 5, "ORG") == "Greenpeace ORG"
    council = [("the", "DET", "det", 4, "DT"), ("Council", "PROPN", "nsubj", 3, "NNP"), ("on", "ADP", "prep", -1, "IN"),
               ("Foreign", "PROPN", "compound", 1, "NNP"), ("Relations", "PROPN", "pobj", -2, "NNPS"),
               ("said", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(council, 0, 5, "ORG") == "Council on Foreign Relations ORG"


def test_a_word_capitalised_only_to_open_a_sentence_is_no_name():
    rows = [("Tariffs", "PROPN", "nsubj", 1, "NNP"), ("rose", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, "."),
            ("New", "ADJ", "amod", 1, "JJ"), ("tariffs", "NOUN", "nsubj", 1, "NNS"), ("followed", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(rows, 0, 1, "ORG") is None
    named = [("Reuters", "PROPN", "nsubj", 1, "NNP"), ("reported", "VERB", "ROOT", 0, "VBD"), ("it", "PRON", "dobj", -1, "PRP"),
             (".", "PUNCT", "punct", -2, ".")]
    assert _repaired(named, 0, 1, "ORG") == "Reuters ORG"


def test_a_name_ending_in_a_hyphenated_lower_case_word_keeps_it():
    rows = [("Kim", "PROPN", "compound", 3, "NNP"), ("Min", "PROPN", "compound", 2, "NNP"), ("-", "PUNCT", "punct", 1, "HYPH"),
            ("jun", "PROPN", "nsubj", 1, "NNP"), ("resigned", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(rows, spaces=[True, False, False, True, False, False])
    mention = repair(doc, Candidate(0, 4, "PERSON", False), known_names(), [])
    assert mention.text == "Kim Min-jun"
    spaced = parsed(rows)  # "Kim Min - jun": a dash between words, not a hyphenated name
    assert repair(spaced, Candidate(0, 4, "PERSON", False), known_names(), []).text == "Kim Min"


def test_a_person_span_running_on_past_a_possessive_keeps_the_owner():
    rows = [("Investors", "NOUN", "nsubj", 1, "NNS"), ("backed", "VERB", "ROOT", 0, "VBD"),
            ("Dana", "PROPN", "compound", 1, "NNP"), ("Keller", "PROPN", "poss", 3, "NNP"),
            ("’s", "PART", "case", -1, "POS"), ("Red", "PROPN", "compound", 1, "NNP"),
            ("Harbor", "PROPN", "dobj", -5, "NNP"), (".", "PUNCT", "punct", -6, ".")]
    assert _repaired(rows, 2, 7, "PERSON") == "Dana Keller PERSON"


def test_a_possessive_inside_an_organisation_span_stays():
    rows = [("Doctors", "NOUN", "nsubj", 1, "NNS"), ("joined", "VERB", "ROOT", 0, "VBD"),
            ("St.", "PROPN", "compound", 1, "NNP"), ("Agnes", "PROPN", "poss", 2, "NNP"),
            ("'s", "PART", "case", -1, "POS"), ("Hospital", "PROPN", "dobj", -4, "NNP"), (".", "PUNCT", "punct", -5, ".")]
    assert _repaired(rows, 2, 6, "ORG") == "St. Agnes's Hospital ORG"


def test_an_organisation_span_running_from_an_acronym_past_a_possessive_keeps_the_acronym():
    rows = [("according", "VERB", "ROOT", 0, "VBG"), ("to", "ADP", "prep", -1, "IN"), ("WKRN", "PROPN", "poss", 2, "NNP"),
            ("’s", "PART", "case", -1, "POS"), ("Keller", "PROPN", "pobj", -3, "NNP"), (".", "PUNCT", "punct", -5, ".")]
    assert _repaired(rows, 2, 5, "ORG") == "WKRN ORG"


def test_a_capitalised_title_spacy_took_into_an_organisation_leaves_a_person():
    rows = [("Linebacker", "PROPN", "compound", 2, "NNP"), ("Tomas", "PROPN", "compound", 1, "NNP"),
            ("Brandt", "PROPN", "nsubj", 1, "NNP"), ("missed", "VERB", "ROOT", 0, "VBD"),
            ("practice", "NOUN", "dobj", -1, "NN"), (".", "PUNCT", "punct", -2, ".")]
    assert _repaired(rows, 0, 3, "ORG") == "Tomas Brandt PERSON"
    maker = [("General", "PROPN", "compound", 1, "NNP"), ("Motors", "PROPN", "nsubj", 1, "NNPS"),
             ("cut", "VERB", "ROOT", 0, "VBD"), ("jobs", "NOUN", "dobj", -1, "NNS"), (".", "PUNCT", "punct", -2, ".")]
    assert _repaired(maker, 0, 2, "ORG") == "General Motors ORG"
    ministry = [("Minister", "PROPN", "compound", 3, "NNP"), ("of", "ADP", "prep", -1, "IN"),
                ("Finance", "PROPN", "pobj", -1, "NNP"), ("Office", "PROPN", "nsubj", 1, "NNP"),
                ("said", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(ministry, 0, 4, "ORG") == "Minister of Finance Office ORG"


def test_a_name_after_the_by_of_a_byline_is_a_person():
    rows = [("By", "ADP", "ROOT", 0, "IN"), ("Nadia", "PROPN", "compound", 1, "NNP"), ("Kessler", "PROPN", "pobj", -2, "NNP"),
            (",", "PUNCT", "punct", -3, ","), ("Associated", "PROPN", "compound", 1, "NNP"),
            ("Press", "PROPN", "appos", -5, "NNP")]
    assert _repaired(rows, 1, 3, "ORG") == "Nadia Kessler PERSON"
    assert _repaired(rows, 4, 6, "ORG") == "Associated Press ORG"
    sold = [("Bread", "NOUN", "nsubj", 2, "NN"), ("sold", "VERB", "ROOT", 0, "VBN"), ("by", "ADP", "agent", -1, "IN"),
            ("Harbor", "PROPN", "compound", 1, "NNP"), ("Bakers", "PROPN", "pobj", -2, "NNPS"), (".", "PUNCT", "punct", -5, ".")]
    assert _repaired(sold, 3, 5, "ORG") == "Harbor Bakers ORG"


def test_a_person_or_organisation_span_over_a_comma_is_a_list_unless_a_suffix_follows():
    doc = parsed([("NASA", "PROPN", "nsubj", 1, "NNP"), ("chose", "VERB", "ROOT", 0, "VBD"),
                  ("Draper", "PROPN", "dobj", -1, "NNP"), (",", "PUNCT", "punct", -1, ","),
                  ("Firefly", "PROPN", "compound", 1, "NNP"), ("Aerospace", "PROPN", "conj", -3, "NNP"),
                  ("and", "CCONJ", "cc", -1, "CC"), ("Volta", "PROPN", "conj", -2, "NNP"), (",", "PUNCT", "punct", -1, ","),
                  ("Inc.", "PROPN", "appos", -2, "NNP"), (".", "PUNCT", "punct", -9, ".")])
    doc.ents = [Span(doc, 2, 6, "PERSON"), Span(doc, 7, 10, "ORG")]
    assert [(doc[c.start : c.end].text, c.label) for c in spacy_candidates(doc)] == [
        ("Draper", "PERSON"), ("Firefly Aerospace", "PERSON"), ("Volta, Inc.", "ORG")]


def test_an_untagged_name_listed_with_two_organisations_is_an_organisation():
    rows = [("NASA", "PROPN", "nsubj", 1, "NNP"), ("picked", "VERB", "ROOT", 0, "VBD"), ("Blue", "PROPN", "compound", 1, "NNP"),
            ("Origin", "PROPN", "dobj", -2, "NNP"), (",", "PUNCT", "punct", -1, ","), ("Ardent", "PROPN", "compound", 1, "NNP"),
            ("Robotics", "PROPN", "conj", -3, "NNP"), ("and", "CCONJ", "cc", -1, "CC"), ("Vantor", "PROPN", "conj", -2, "NNP"),
            (".", "PUNCT", "punct", -8, ".")]
    doc = parsed(rows)
    origin, robotics = doc[2:4], doc[5:7]
    both = [NameMention(s.start_char, s.end_char, s.text, "ORG") for s in (origin, robotics)]
    assert [(m.text, m.label) for m in unlabelled_organisations(doc, both, [])] == [("Vantor", "ORG")]
    # beside one organisation only, the untagged name may be its founder
    assert unlabelled_organisations(doc, both[:1], []) == []


def test_an_untagged_name_after_a_title_modifying_it_is_a_person():
    rows = [("The", "DET", "det", 1, "DT"), ("Jets", "PROPN", "nsubj", 1, "NNPS"), ("started", "VERB", "ROOT", 0, "VBD"),
            ("quarterback", "NOUN", "compound", 2, "NN"), ("Tevin", "PROPN", "compound", 1, "NNP"),
            ("Okonkwo", "PROPN", "dobj", -3, "NNP"), (".", "PUNCT", "punct", -4, ".")]
    doc = parsed(rows)
    assert [(m.text, m.label) for m in unlabelled_people(doc, [], known_names(), [])] == [("Tevin Okonkwo", "PERSON")]
    alone = [("They", "PRON", "nsubj", 1, "PRP"), ("started", "VERB", "ROOT", 0, "VBD"),
             ("quarterback", "NOUN", "compound", 1, "NN"), ("Okonkwo", "PROPN", "dobj", -2, "NNP"), (".", "PUNCT", "punct", -3, ".")]
    assert unlabelled_people(parsed(alone), [], known_names(), []) == []


def test_a_first_name_spacy_left_out_before_a_known_surname_joins_it():
    rows = [("Tevin", "PROPN", "compound", 1, "NNP"), ("Okonkwo", "PROPN", "nsubj", 1, "NNP"), ("won", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, "."), ("Okonkwo", "PROPN", "nsubj", 1, "NNP"), ("left", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(rows)
    later = doc[4:5]
    found = repeated_names(doc, [NameMention(later.start_char, later.end_char, "Okonkwo", "PERSON")], known_names())
    assert [(m.text, m.label) for m in found] == [("Tevin Okonkwo", "PERSON")]


def test_an_unknown_word_read_as_an_organisation_before_a_lone_surname_is_a_first_name():
    rows = [("Tavi", "PROPN", "compound", 1, "NNP"), ("Brandt", "PROPN", "nsubj", 1, "NNP"), ("was", "AUX", "ROOT", 0, "VBD"),
            ("unhappy", "ADJ", "acomp", -1, "JJ"), (".", "PUNCT", "punct", -2, ".")]
    doc = parsed(rows)
    mentions = split_person_names(doc, _mentions_at(doc, (0, "ORG"), (1, "PERSON")), known_names())
    assert [(m.text, m.label) for m in mentions] == [("Tavi Brandt", "PERSON")]
    # a curated organisation before a person stays apart ("NATO Rutte" is no name)
    rows[0] = ("Hamas", "PROPN", "compound", 1, "NNP")
    doc = parsed(rows)
    mentions = _mentions_at(doc, (0, "ORG"), (1, "PERSON"))
    assert split_person_names(doc, mentions, known_names()) == mentions


def test_a_countrys_name_before_a_name_that_is_no_title_is_a_first_name():
    rows = [("Jordan", "PROPN", "compound", 1, "NNP"), ("Vell", "PROPN", "nsubj", 1, "NNP"), ("leads", "VERB", "ROOT", 0, "VBZ"),
            (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(rows, 0, 2, "PERSON") == "Jordan Vell PERSON"
    titled = [("US", "PROPN", "compound", 3, "NNP"), ("Senator", "PROPN", "compound", 2, "NNP"),
              ("Ana", "PROPN", "compound", 1, "NNP"), ("Ruiz", "PROPN", "nsubj", 1, "NNP"), ("spoke", "VERB", "ROOT", 0, "VBD"),
              (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(titled, 0, 4, "PERSON") == "Ana Ruiz PERSON"


def test_the_last_word_alone_of_a_name_read_as_an_organisation_is_found_for_typing():
    rows = [("Lorna", "PROPN", "compound", 1, "NNP"), ("Vesey", "PROPN", "nsubj", 1, "NNP"), ("sang", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, "."), ("Vesey", "NOUN", "nsubj", 1, "NNS"), ("said", "VERB", "ROOT", 0, "VBD"),
            ("a", "DET", "det", 2, "DT"), ("big", "ADJ", "amod", 1, "JJ"), ("show", "NOUN", "dobj", -3, "NN"), ("loomed", "VERB", "dep", -4, "VBD"),
            (".", "PUNCT", "punct", -5, ".")]
    doc = parsed(rows)
    full = doc[0:2]
    found = repeated_names(doc, [NameMention(full.start_char, full.end_char, "Lorna Vesey", "ORG")], known_names())
    assert [(m.text, m.label) for m in found] == [("Vesey", "ORG")]
    rows[0] = ("Big", "PROPN", "compound", 1, "NNP")
    doc = parsed(rows)
    assert repeated_names(doc, [NameMention(0, 9, "Big Vesey", "ORG")], known_names()) == []


def test_an_untagged_full_name_whose_surname_the_article_uses_alone_is_a_person():
    rows = [("Narges", "PROPN", "compound", 1, "NNP"), ("Tehrani", "PROPN", "nsubj", 1, "NNP"), ("won", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, "."), ("Tehrani", "PROPN", "nsubj", 1, "NNP"), ("is", "AUX", "ROOT", 0, "VBZ"),
            ("jailed", "VERB", "acomp", -1, "VBN"), (".", "PUNCT", "punct", -2, ".")]
    doc = parsed(rows)
    assert [(m.text, m.label) for m in unlabelled_full_names(doc, [], known_names(), [])] == [("Narges Tehrani", "PERSON")]
    # without the surname used alone, two capitalised words may be anything
    doc = parsed(rows[:4])
    assert unlabelled_full_names(doc, [], known_names(), []) == []


def test_a_surname_spacy_read_as_a_date_after_a_nationality_makes_a_full_name():
    rows = [("Australian", "PROPN", "compound", 2, "NNP"), ("Tom", "PROPN", "compound", 1, "NNP"), ("Weeks", "PROPN", "nsubj", 1, "NNP"),
            ("flew", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, "."), ("Weeks", "PROPN", "nsubj", 1, "NNP"),
            ("rested", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(rows)
    doc.ents = [Span(doc, 2, 3, label="DATE"), Span(doc, 5, 6, label="DATE")]
    nationality = NameMention(0, 10, "Australian", "NORP")
    found = unlabelled_full_names(doc, [nationality], known_names(), [])
    assert [(m.text, m.label) for m in found] == [("Tom Weeks", "PERSON")]
    # after a capitalised name that is no title or nationality, the run may be part of a longer name
    rows[0] = ("Vantor", "PROPN", "compound", 2, "NNP")
    doc = parsed(rows)
    doc.ents = [Span(doc, 2, 3, label="DATE"), Span(doc, 5, 6, label="DATE")]
    assert unlabelled_full_names(doc, [NameMention(0, 6, "Vantor", "ORG")], known_names(), []) == []


def _norp_then(word: str, after: str, rest: list[tuple[str, str, str, int, str]] = ()) -> tuple:
    rows = [("Swiss", "ADJ", "amod", 1, "JJ"), (word, "PROPN", "nsubj", 1, "NNP"), (after, "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, "."), *rest]
    doc = parsed(rows)
    return doc, [NameMention(0, 5, "Swiss", "NORP")]


def test_a_nationality_before_one_untagged_proper_noun_ending_a_name_opens_an_organisations_name():
    doc, mentions = _norp_then("Re", "said")
    assert [(m.text, m.label) for m in nationality_led_names(doc, mentions, known_names())] == [("Swiss Re", "ORG")]


def test_a_nationality_before_a_title_a_place_word_or_a_word_used_alone_stays_a_nationality():
    for word in ("President", "Ocean"):
        doc, mentions = _norp_then(word, "said")
        assert [m.text for m in nationality_led_names(doc, mentions, known_names())] == ["Swiss"]
    alone = [("Re", "PROPN", "nsubj", 1, "NNP"), ("rose", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    doc, mentions = _norp_then("Re", "said", alone)
    assert [m.text for m in nationality_led_names(doc, mentions, known_names())] == ["Swiss"]
    doc, mentions = _norp_then("Anna", "Keller")  # a capitalised word follows: a person's name may start there
    assert [m.text for m in nationality_led_names(doc, mentions, known_names())] == ["Swiss"]


def test_two_names_side_by_side_that_the_article_also_writes_as_one_are_that_name():
    rows = [("Lockheed", "PROPN", "compound", 1, "NNP"), ("Martin", "PROPN", "nsubj", 1, "NNP"), ("won", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, "."), ("Lockheed", "PROPN", "compound", 1, "NNP"), ("Martin", "PROPN", "nsubj", 1, "NNP"),
            ("rose", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(rows)
    whole = NameMention(0, 15, "Lockheed Martin", "ORG")
    split = [NameMention(doc[4].idx, doc[4].idx + 8, "Lockheed", "ORG"), NameMention(doc[5].idx, doc[5].idx + 6, "Martin", "PRODUCT")]
    joined = rejoined_names(doc, [whole, *split])
    assert [(m.text, m.label) for m in joined] == [("Lockheed Martin", "ORG"), ("Lockheed Martin", "ORG")]
    # without the joined name written elsewhere, a maker and its product stay two names
    assert rejoined_names(doc, split) == split


def test_a_firm_goes_by_the_first_word_of_a_name_ending_in_a_company_word():
    rows = [("Vantor", "PROPN", "compound", 2, "NNP"), ("Energy", "PROPN", "compound", 1, "NNP"), ("Partners", "PROPN", "nsubj", 1, "NNP"),
            ("grew", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, "."), ("Vantor", "PROPN", "nsubj", 1, "NNP"),
            ("said", "VERB", "ROOT", 0, "VBD"), ("so", "ADV", "advmod", -1, "RB"), (".", "PUNCT", "punct", -2, ".")]
    doc = parsed(rows)
    firm = NameMention(0, 22, "Vantor Energy Partners", "ORG")
    assert [(m.text, m.label) for m in repeated_names(doc, [firm], known_names())] == [("Vantor", "ORG")]
    # a name ending in no company word ("Vantor Energy Council") is not shortened so
    rows[2] = ("Council", "PROPN", "nsubj", 1, "NNP")
    doc = parsed(rows)
    assert repeated_names(doc, [NameMention(0, 21, "Vantor Energy Council", "ORG")], known_names()) == []


def test_a_hyphenated_short_name_after_the_town_an_organisation_opens_with_is_found_again():
    rows = [("The", "DET", "det", 2, "DT"), ("Pittsburgh", "PROPN", "compound", 1, "NNP"), ("Post", "PROPN", "nsubj", 4, "NNP"),
            ("-", "PUNCT", "punct", -1, "HYPH"), ("Gazette", "PROPN", "compound", -2, "NNP"), ("won", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, "."), ("The", "DET", "det", 3, "DT"), ("Post", "PROPN", "nsubj", 3, "NNP"),
            ("-", "PUNCT", "punct", -1, "HYPH"), ("Gazette", "PROPN", "compound", -2, "NNP"), ("said", "VERB", "ROOT", 0, "VBD"),
            ("so", "ADV", "advmod", -1, "RB"), (".", "PUNCT", "punct", -2, ".")]
    no_space = [i + 1 < len(rows) and rows[i + 1][0] not in {".", "-"} and rows[i][0] != "-" for i in range(len(rows))]
    doc = parsed(rows, spaces=no_space)
    paper = NameMention(4, 27, "Pittsburgh Post-Gazette", "ORG")
    assert doc.text[4:27] == "Pittsburgh Post-Gazette"
    assert [(m.text, m.label) for m in repeated_names(doc, [paper], known_names())] == [("Post-Gazette", "ORG")]
    # a common word after the town ("Pittsburgh Police") is no short name
    rows[2], rows[8] = ("Police", "PROPN", "nsubj", 4, "NNP"), ("Police", "PROPN", "nsubj", 3, "NNP")
    doc = parsed(rows, spaces=no_space)
    assert repeated_names(doc, [NameMention(4, 27, doc.text[4:27], "ORG")], known_names()) == []


def test_an_abbreviation_with_an_exclamation_mark_before_capitalised_words_is_one_name():
    rows = [("E", "PROPN", "nsubj", 0, "NNP"), ("!", "PUNCT", "punct", -1, "."), ("News", "PROPN", "nsubj", 1, "NNP"),
            ("reported", "VERB", "ROOT", 0, "VBD"), ("it", "PRON", "dobj", -1, "PRP"), (".", "PUNCT", "punct", -2, "."),
            ("They", "PRON", "nsubj", 1, "PRP"), ("yelled", "VERB", "ROOT", 0, "VBD"), ("NO", "INTJ", "dobj", -1, "UH"),
            ("!", "PUNCT", "punct", -2, "."), ("Police", "PROPN", "nsubj", 1, "NNP"), ("came", "VERB", "ROOT", 0, "VBD"),
            (".", "PUNCT", "punct", -1, ".")]
    spaces = [rows[i + 1][0] not in {".", "!"} if i + 1 < len(rows) else False for i in range(len(rows))]
    doc = parsed(rows, spaces=spaces)
    assert [(m.text, m.label) for m in exclaimed_names(doc, [], [])] == [("E! News", "ORG")]


def test_a_country_opening_a_name_after_a_title_and_to_is_the_persons_post():
    rows = [("The", "DET", "det", 1, "DT"), ("ambassador", "NOUN", "nsubj", 6, "NN"), ("to", "ADP", "prep", -1, "IN"),
            ("Ukraine", "PROPN", "compound", 2, "NNP"), ("Anna", "PROPN", "compound", 1, "NNP"), ("Berg", "PROPN", "pobj", -3, "NNP"),
            ("testified", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(rows, 3, 6, "ORG") == "Anna Berg PERSON"
    rows[1] = ("talks", "NOUN", "nsubj", 5, "NNS")  # no title before "to": nothing says who is posted where
    assert _repaired(rows, 3, 6, "ORG") == "Ukraine Anna Berg ORG"


def test_a_country_opening_a_name_after_a_post_and_for_or_in_is_the_persons_post():
    rows = [("The", "DET", "det", 1, "DT"), ("coordinator", "NOUN", "nsubj", 6, "NN"), ("for", "ADP", "prep", -1, "IN"),
            ("Sudan", "PROPN", "compound", 2, "NNP"), ("Maria", "PROPN", "compound", 1, "NNP"), ("Lind", "PROPN", "pobj", -3, "NNP"),
            ("spoke", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(rows, 3, 6, "PERSON") == "Maria Lind PERSON"
    rows[2] = ("in", "ADP", "prep", -1, "IN")  # "the coordinator in Sudan Maria Lind"
    assert _repaired(rows, 3, 6, "PERSON") == "Maria Lind PERSON"
    rows[2] = ("from", "ADP", "prep", -1, "IN")  # "from" names where she comes from, not a post
    assert _repaired(rows, 3, 6, "PERSON") != "Maria Lind PERSON"


def test_two_untagged_capitalised_words_opening_with_a_given_name_are_a_persons_name():
    rows = [("Police", "NOUN", "nsubj", 1, "NNS"), ("told", "VERB", "ROOT", 0, "VBD"), ("Ashley", "PROPN", "compound", 1, "NNP"),
            ("Banks", "PROPN", "dobj", -2, "NNP"), ("to", "PART", "aux", 1, "TO"), ("leave", "VERB", "xcomp", -4, "VB"),
            (".", "PUNCT", "punct", -5, ".")]
    found = unlabelled_full_names(parsed(rows), [], known_names(), [])
    assert [(m.text, m.label) for m in found] == [("Ashley Banks", "PERSON")]
    rows[2] = ("Harlan", "PROPN", "compound", 1, "NNP")  # no given name, no surname alone: may be anything
    assert unlabelled_full_names(parsed(rows), [], known_names(), []) == []


def test_two_names_joined_by_a_hyphen_each_used_alone_are_two_names():
    text = "The Coty-Kylie Jenner deal . Coty rose . Jenner smiled ."
    def at(name: str, label: str, occurrence: int = 0) -> NameMention:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(name, start + 1)
        return NameMention(start, start + len(name), name, label)
    joined = [at("Coty-Kylie Jenner", "PERSON"), at("Coty", "ORG", 1), at("Jenner", "PERSON", 1)]
    assert [(m.text, m.label) for m in hyphen_paired_names(joined)] == [
        ("Coty", "ORG"), ("Kylie Jenner", "PERSON"), ("Coty", "ORG"), ("Jenner", "PERSON")]
    # a hyphenated surname, or a first name of two, stays whole
    assert hyphen_paired_names([at("Coty-Kylie Jenner", "PERSON"), at("Jenner", "PERSON", 1)])[0].text == "Coty-Kylie Jenner"


def test_an_untagged_name_after_a_team_position_is_a_person():
    rows = [("Tampa", "PROPN", "compound", 1, "NNP"), ("center", "NOUN", "compound", 2, "NN"),
            ("Rodell", "PROPN", "compound", 1, "NNP"), ("Ankrah", "PROPN", "nsubj", 1, "NNP"),
            ("limped", "VERB", "ROOT", 0, "VBD"), ("off", "ADP", "prt", -1, "RP"), (".", "PUNCT", "punct", -2, ".")]
    doc = parsed(rows)
    assert [(m.text, m.label) for m in unlabelled_people(doc, [], known_names(), [])] == [("Rodell Ankrah", "PERSON")]


def test_a_dateline_is_a_place_and_no_name_crosses_the_dash_after_it():
    rows = [("ACCRA", "PROPN", "ROOT", 0, "NNP"), ("-", "PUNCT", "punct", -1, ":"),
            ("Kofi", "PROPN", "compound", 1, "NNP"), ("Mensah", "PROPN", "nsubj", 1, "NNP"),
            ("spoke", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(rows, 0, 4, "PERSON") == "Kofi Mensah PERSON"
    doc = parsed(rows)
    mentions = dateline_places(doc, [NameMention(0, 5, "ACCRA", "ORG")], [])
    assert [(m.text, m.label) for m in mentions] == [("ACCRA", "GPE")]
    headline = [("PRESIDENT", "PROPN", "ROOT", 0, "NNP"), (",", "PUNCT", "punct", -1, ","),
                ("AIDES", "PROPN", "conj", -2, "NNP"), ("MEET", "VERB", "ROOT", 0, "VBP")]
    assert dateline_places(parsed(headline), [], []) == []


def test_a_korean_name_spacy_ended_before_its_hyphenated_syllable_takes_it_in():
    rows = [("Park", "PROPN", "compound", 1, "NNP"), ("Min", "PROPN", "nsubj", 3, "NNP"), ("-", "PUNCT", "punct", -1, "HYPH"),
            ("ho", "NOUN", "appos", -2, "NN"), ("spoke", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    doc = parsed(rows, spaces=[True, False, False, True, False, False])
    mention = repair(doc, Candidate(0, 2, "PERSON", False), known_names(), [])
    assert mention.text == "Park Min-ho"
    led = [("Troops", "NOUN", "nsubj", 4, "NNS"), ("Lars", "PROPN", "compound", 1, "NNP"), ("Bo", "PROPN", "npadvmod", 2, "NNP"),
           ("-", "PUNCT", "punct", 1, "HYPH"), ("led", "VERB", "amod", -3, "VBN"), ("left", "VERB", "ROOT", 0, "VBD")]
    doc = parsed(led, spaces=[True, True, False, False, True, False])
    assert repair(doc, Candidate(1, 3, "PERSON", False), known_names(), []).text == "Lars Bo"


def test_a_common_given_name_opening_a_sentence_joins_the_lone_surname_after_it():
    rows = [("Anna", "PROPN", "compound", 1, "NNP"), ("Keller", "PROPN", "nsubj", 1, "NNP"),
            ("spoke", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(rows, 1, 2, "PERSON") == "Anna Keller PERSON"
    other = [("Tollund", "PROPN", "compound", 1, "NNP"), ("Keller", "PROPN", "nsubj", 1, "NNP"),
             ("spoke", "VERB", "ROOT", 0, "VBD"), (".", "PUNCT", "punct", -1, ".")]
    assert _repaired(other, 1, 2, "PERSON") == "Keller PERSON"
