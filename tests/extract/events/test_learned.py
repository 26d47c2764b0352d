import spacy
from spacy.tokens import Doc

from newsgraph.extract.events import sense
from newsgraph.extract.events.learned import sense_of

VOCAB = spacy.blank("en").vocab


def _doc():
    return Doc(
        VOCAB,
        words=["Rebels", "attacked", "the", "convoy", "."],
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "punct"],
        pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        lemmas=["rebel", "attack", "the", "convoy", "."],
    )


def test_a_trigger_asked_about_again_reuses_its_features(monkeypatch):
    read = []
    features = sense.trigger_features
    monkeypatch.setattr(sense, "trigger_features", lambda token: read.append(token.i) or features(token))
    doc = _doc()
    first = sense_of(doc[1])
    assert first is not None and sense_of(doc[1]) == first
    assert read == [1]
    narrowed = sense_of(doc[1], ("ASSAULT", "ACCUSE"))
    assert set(narrowed) == set(first) and narrowed != first
    assert read == [1, 1]


def test_the_same_words_in_another_doc_are_read_anew(monkeypatch):
    read = []
    features = sense.trigger_features
    monkeypatch.setattr(sense, "trigger_features", lambda token: read.append(token.i) or features(token))
    assert sense_of(_doc()[1]) == sense_of(_doc()[1])
    assert read == [1, 1]
