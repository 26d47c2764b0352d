import spacy
from spacy.tokens import Doc

from newsgraph.extract.events.patterns import match_verb, plover_of

_VOCAB = spacy.blank("en").vocab


def _doc(words, heads, deps, pos, lemmas):
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_money_received_is_aid_from_the_giver():
    doc = _doc(
        ["The", "camp", "received", "money", "from", "donors"],
        [1, 2, 2, 2, 2, 4],
        ["det", "nsubj", "ROOT", "dobj", "prep", "pobj"],
        ["DET", "NOUN", "VERB", "NOUN", "ADP", "NOUN"],
        ["the", "camp", "receive", "money", "from", "donor"],
    )
    match = match_verb(doc[2])
    assert match is not None and match.kind.type == "AID" and match.swap
    assert match.specificity >= 1 and match.consumed == doc[3]


def test_the_object_picks_the_code_and_the_verb_group_gives_the_default():
    imposed = _doc(
        ["Washington", "imposed", "sanctions"],
        [1, 1, 1],
        ["nsubj", "ROOT", "dobj"],
        ["PROPN", "VERB", "NOUN"],
        ["Washington", "impose", "sanction"],
    )
    curfew = _doc(
        ["Police", "imposed", "curfew"],
        [1, 1, 1],
        ["nsubj", "ROOT", "dobj"],
        ["NOUN", "VERB", "NOUN"],
        ["police", "impose", "curfew"],
    )
    bare = _doc(["Rebels", "attacked"], [1, 1], ["nsubj", "ROOT"], ["NOUN", "VERB"], ["rebel", "attack"])
    assert match_verb(imposed[1]).kind.type == "SANCTION"
    assert (match_verb(curfew[1]).kind.type, match_verb(curfew[1]).kind.mode) == ("COERCE", "curfew")
    attack = match_verb(bare[1])
    assert attack.kind.type == "ASSAULT" and attack.pattern == "" and attack.specificity == 0


def test_statements_have_no_plover_type_and_codes_fall_back_to_their_root():
    assert plover_of("010") is None
    assert plover_of("1999").type == "ASSAULT"


def test_a_synset_member_phrase_needs_all_its_words():
    doc = _doc(
        ["Protesters", "set", "fire", "to", "cars"],
        [1, 1, 1, 1, 3],
        ["nsubj", "ROOT", "dobj", "prep", "pobj"],
        ["NOUN", "VERB", "NOUN", "ADP", "NOUN"],
        ["protester", "set", "fire", "to", "car"],
    )
    match = match_verb(doc[1])
    assert match is not None and match.kind.type == "ASSAULT"  # not "cease fire" (a truce)


def test_arresting_protesters_is_an_arrest_but_killing_them_stays_an_assault():
    def verb(lemma, obj):
        doc = _doc(
            ["Police", lemma + "ed", obj + "s"],
            [1, 1, 1],
            ["nsubj", "ROOT", "dobj"],
            ["NOUN", "VERB", "NOUN"],
            ["police", lemma, obj],
        )
        kind = match_verb(doc[1]).kind
        return kind.type, kind.mode

    assert verb("arrest", "journalist") == ("COERCE", "arrest")
    assert verb("apprehend", "demonstrator") == ("COERCE", "arrest")
    assert verb("deport", "protester") == ("COERCE", "deport")
    assert verb("kill", "demonstrator") == ("ASSAULT", None)
    assert plover_of("175").type == "ASSAULT"
