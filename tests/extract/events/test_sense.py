import json

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.events.sense import NONE, WEIGHTS, SenseModel, trigger_features

VOCAB = spacy.blank("en").vocab
PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def _doc(words, heads, deps, pos, lemmas, ents=None):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


# --- features, on Docs built by hand (no model needed)


def test_features_name_the_trigger_its_object_subject_and_preposition():
    doc = _doc(
        ["The", "president", "attacked", "the", "newspaper", "on", "Monday", "."],
        [1, 2, 2, 4, 2, 2, 5, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["the", "president", "attack", "the", "newspaper", "on", "Monday", "."],
        ["O", "O", "O", "O", "O", "O", "B-DATE", "O"],
    )
    features = trigger_features(doc[2])
    for name in (
        "lemma=attack", "pos=VERB", "obj=newspaper", "attack|obj=newspaper", "subj=president",
        "prep:on=yes", "pobj:on=ENT:DATE", "pobj:on_ent=DATE", "w+1=the", "bag=newspaper",
        "bag_ent=DATE",
    ):  # fmt: skip
        assert features[name] == 1.0, name
    assert "passive=yes" not in features
    assert not any(name.startswith("bag=attack") for name in features)


def test_a_money_object_is_marked_as_money():
    doc = _doc(
        ["The", "camp", "received", "$", "94", "million", "."],
        [1, 2, 2, 5, 5, 2, 2],
        ["det", "nsubj", "ROOT", "quantmod", "compound", "dobj", "punct"],
        ["DET", "NOUN", "VERB", "SYM", "NUM", "NUM", "PUNCT"],
        ["the", "camp", "receive", "$", "94", "million", "."],
        ["O", "O", "O", "B-MONEY", "I-MONEY", "I-MONEY", "O"],
    )
    features = trigger_features(doc[2])
    assert features["obj=MONEY"] == features["receive|obj=MONEY"] == 1.0
    assert features["obj_money=yes"] == features["obj_ent=MONEY"] == 1.0


def test_passive_voice_and_the_agent_are_features():
    doc = _doc(
        ["The", "convoy", "was", "attacked", "by", "rebels", "."],
        [1, 3, 3, 3, 3, 4, 3],
        ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
        ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"],
        ["the", "convoy", "be", "attack", "by", "rebel", "."],
    )
    features = trigger_features(doc[3])
    assert features["passive=yes"] == features["subj=convoy"] == features["pobj:by=rebel"] == 1.0


def test_a_trigger_under_a_framing_verb_takes_the_framing_verbs_subject():
    doc = _doc(
        ["Rebels", "threatened", "to", "attack", "the", "city", "."],
        [1, 1, 3, 1, 5, 3, 1],
        ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
        ["NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
        ["rebel", "threaten", "to", "attack", "the", "city", "."],
    )
    features = trigger_features(doc[3])
    assert features["subj=rebel"] == features["head=threaten"] == features["dep+head=xcomp|threaten"] == 1.0
    assert features["obj=city"] == 1.0


def test_a_nominal_trigger_takes_the_subject_of_its_verb():
    doc = _doc(
        ["Police", "staged", "a", "raid", "on", "the", "office", "."],
        [1, 1, 3, 1, 3, 6, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"],
        ["NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
        ["police", "stage", "a", "raid", "on", "the", "office", "."],
    )
    features = trigger_features(doc[3])
    assert features["subj=police"] == features["raid|pobj:on=office"] == features["head=stage"] == 1.0


def test_names_become_entity_types_so_no_single_name_is_learned():
    doc = _doc(
        ["Police", "arrested", "Smith", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "dobj", "punct"],
        ["NOUN", "VERB", "PROPN", "PUNCT"],
        ["police", "arrest", "Smith", "."],
        ["O", "O", "B-PERSON", "O"],
    )
    features = trigger_features(doc[1])
    assert features["obj=ENT:PERSON"] == 1.0
    assert not any("smith" in name.lower() for name in features)


# --- the shipped weights


def test_shipped_weights_load_once_and_cover_every_plover_type_and_none():
    model = SenseModel.load()
    assert SenseModel.load() is model
    assert set(model.labels) == PLOVER_TYPES | {NONE}
    assert model.weights.shape == (len(model.index), len(model.labels))
    assert WEIGHTS.stat().st_size < 20_000_000


def test_predictions_are_distributions_even_for_unseen_features():
    model = SenseModel.load()
    doc = _doc(["Rebels", "shelled", "the", "town", "."], [1, 1, 3, 1, 1],
               ["nsubj", "ROOT", "det", "dobj", "punct"], ["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
               ["rebel", "shell", "the", "town", "."])  # fmt: skip
    for probabilities in (model.predict(doc[1]), model.predict_features({"no-such-feature=x": 1.0})):
        assert set(probabilities) == set(model.labels)
        assert sum(probabilities.values()) == pytest.approx(1.0)
        assert all(0.0 <= p <= 1.0 for p in probabilities.values())


def test_candidates_keep_all_the_mass_on_them_and_none():
    model = SenseModel.load()
    doc = _doc(["Rebels", "shelled", "the", "town", "."], [1, 1, 3, 1, 1],
               ["nsubj", "ROOT", "det", "dobj", "punct"], ["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
               ["rebel", "shell", "the", "town", "."])  # fmt: skip
    probabilities = model.predict(doc[1], candidates=["ASSAULT", "MOBILIZE"])
    assert sum(probabilities[label] for label in ("ASSAULT", "MOBILIZE", NONE)) == pytest.approx(1.0)
    assert probabilities["AID"] == 0.0
    assert model.knows(doc[1])


def test_missing_weights_raise_an_error_that_says_how_to_rebuild_them(tmp_path):
    from newsgraph.errors import NewsgraphError

    with pytest.raises(NewsgraphError, match="train_sense.py"):
        SenseModel.load(tmp_path / "absent.npz")


def test_saved_weights_round_trip(tmp_path):
    model = SenseModel(labels=("A", NONE), index={"lemma=x": 0}, weights=np.array([[2.0, 0.0]]),
                       bias=np.array([0.0, 0.5]))  # fmt: skip
    model.save(tmp_path / "w.npz")
    loaded = SenseModel.load(tmp_path / "w.npz")
    assert loaded.labels == model.labels and loaded.index == model.index
    assert loaded.predict_features({"lemma=x": 1.0}) == pytest.approx(model.predict_features({"lemma=x": 1.0}))


# --- senses of ambiguous triggers in sentences written for this test (not in the training files)

SENSE_CASES = [
    ("He was arrested in August for the phone call to the office of the mayor.", "arrested", "COERCE"),
    ("The writer was evicted in June from the consulate where he had sought refuge.", "evicted", "COERCE"),
    ("The minister asked for up to $30 billion in grain purchases from Beijing.", "asked", "REQUEST"),
    ("The prime minister attacked the broadcaster over its coverage of the floods.", "attacked", "ACCUSE"),
    ("Insurgents attacked an army convoy on the road to Kandahar, killing six soldiers.", "attacked", "ASSAULT"),
    ("The clinic received $12 million from the World Bank to expand its wards.", "received", "AID"),
    ("The foreign minister received the Iranian ambassador in Ankara on Thursday.", "received", "CONSULT"),
    ("Washington levied a 20% tariff on aluminium from Mexico.", "levied", "SANCTION"),
    ("The verdict demonstrates a disregard for the constitution, the lawyers said.", "demonstrates", NONE),
    ("Thousands of nurses demonstrated outside the parliament in Lisbon on Saturday.", "demonstrated", "PROTEST"),
    ("The winger shot wide from ten yards in the closing minutes.", "shot", NONE),
    ("Border guards shot two smugglers dead near the frontier, the army said.", "shot", "ASSAULT"),
    ("Rebels seized the town of Kalehe after two days of heavy fighting.", "seized", "ASSAULT"),
    ("Police seized 3 tonnes of heroin hidden in a shipment of marble at the port.", "seized", "COERCE"),
    ("The visitors seized the initiative after half-time and scored twice.", "seized", NONE),
    ("Iran was hit with fresh sanctions over its missile programme.", "hit", "SANCTION"),
    ("The fishing villages were hit by a powerful storm on Tuesday night.", "hit", NONE),
    ("The interior ministry did not respond to a request for comment on Friday.", "request", NONE),
]


def _training_texts():
    texts = set()
    for path in WEIGHTS.parent.glob("sense-sentences-*.jsonl"):
        texts |= {json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()}
    return texts


def test_test_sentences_are_not_training_sentences():
    assert not {text for text, _, _ in SENSE_CASES} & _training_texts()


@pytest.mark.parametrize(("text", "trigger", "sense"), SENSE_CASES)
def test_ambiguous_trigger_gets_the_sense_its_context_gives(pipeline, text, trigger, sense):
    doc = pipeline.nlp(text)
    token = next(t for t in doc if t.text == trigger)
    label, _ = SenseModel.load().best(token)
    assert label == sense
