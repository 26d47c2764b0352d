from handmade import parsed

from newsgraph.extract.events.relevance import asks_a_question, caused_by_hazard


def test_asking_whether_is_a_question_not_a_request():
    doc = parsed(
        [
            ("She", "PRON", "nsubj", 1, "PRP"),
            ("asked", "VERB", "ROOT", 0, "VBD"),
            ("whether", "SCONJ", "mark", 3, "IN"),
            ("troops", "NOUN", "nsubj", 2, "NNS"),
            ("would", "AUX", "aux", 1, "MD"),
            ("leave", "VERB", "ccomp", -4, "VB"),
            (".", "PUNCT", "punct", -5, "."),
        ],
        lemmas=["she", "ask", "whether", "troop", "would", "leave", "."],
    )
    assert asks_a_question(doc[1])


def test_asking_someone_to_act_or_for_something_is_a_request():
    to_act = parsed(
        [
            ("Kyiv", "PROPN", "nsubj", 1, "NNP"),
            ("asked", "VERB", "ROOT", 0, "VBD"),
            ("allies", "NOUN", "dobj", -1, "NNS"),
            ("to", "PART", "aux", 1, "TO"),
            ("send", "VERB", "xcomp", -3, "VB"),
            ("jets", "NOUN", "dobj", -1, "NNS"),
            (".", "PUNCT", "punct", -5, "."),
        ],
        lemmas=["kyiv", "ask", "ally", "to", "send", "jet", "."],
    )
    for_aid = parsed(
        [
            ("Kyiv", "PROPN", "nsubj", 1, "NNP"),
            ("asked", "VERB", "ROOT", 0, "VBD"),
            ("for", "ADP", "prep", -1, "IN"),
            ("aid", "NOUN", "pobj", -1, "NN"),
            (".", "PUNCT", "punct", -3, "."),
        ],
        lemmas=["kyiv", "ask", "for", "aid", "."],
    )
    assert not asks_a_question(to_act[1])
    assert not asks_a_question(for_aid[1])


def test_a_question_in_a_quote_ends_with_a_question_mark():
    doc = parsed(
        [
            ("He", "PRON", "nsubj", 1, "PRP"),
            ("asked", "VERB", "ROOT", 0, "VBD"),
            (",", "PUNCT", "punct", -1, ","),
            ("Could", "AUX", "aux", 2, "MD"),
            ("it", "PRON", "nsubj", 1, "PRP"),
            ("live", "VERB", "ccomp", -4, "VB"),
            ("there", "ADV", "advmod", -1, "RB"),
            ("?", "PUNCT", "punct", -2, "."),
        ],
        lemmas=["he", "ask", ",", "could", "it", "live", "there", "?"],
    )
    assert asks_a_question(doc[1])


def _warning(cause: str):
    return parsed(
        [
            (cause.capitalize(), "NOUN", "nsubj", 1, "NN"),
            ("hit", "VERB", "ROOT", 0, "VBD"),
            ("the", "DET", "det", 1, "DT"),
            ("south", "NOUN", "dobj", -2, "NN"),
            ("and", "CCONJ", "cc", -3, "CC"),
            ("the", "DET", "det", 1, "DT"),
            ("ministry", "NOUN", "nsubj", 1, "NN"),
            ("warned", "VERB", "conj", -6, "VBD"),
            ("of", "ADP", "prep", -1, "IN"),
            ("shortages", "NOUN", "pobj", -1, "NNS"),
            (".", "PUNCT", "punct", -9, "."),
        ],
        lemmas=[cause, "hit", "the", "south", "and", "the", "ministry", "warn", "of", "shortage", "."],
    )


def test_a_warning_in_a_sentence_about_a_hazard_is_no_threat():
    assert caused_by_hazard(_warning("drought")[7], "THREATEN")
    assert not caused_by_hazard(_warning("inflation")[7], "THREATEN")
