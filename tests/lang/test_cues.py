"""The reporting-cue lexicon: frames read from reporting_verbs.txt and the cue predicates."""

from __future__ import annotations

from types import SimpleNamespace

from newsgraph.lang.cues import (
    cue_lemma,
    cue_lemmas,
    cue_lexicon,
    cue_span,
    is_reporting_verb,
    noun_cue_frames,
    verb_cue_frames,
)


def _token(text: str, lemma: str, pos: str = "VERB", dep: str = "ROOT") -> SimpleNamespace:
    """Just the token attributes the predicates read, so no model is needed."""
    return SimpleNamespace(lower_=text.lower(), lemma_=lemma, pos_=pos, dep_=dep)


def test_a_line_gives_the_lemma_its_frames():
    warn = cue_lexicon()["warn"]
    assert warn.obj and not warn.infinitive
    assert {"of", "about", "against"} <= warn.preps
    assert warn.verb and warn.noun


def test_a_lemma_marked_noun_only_is_no_verb_cue():
    accusation = cue_lexicon()["accusation"]
    assert accusation.noun and not accusation.verb
    assert verb_cue_frames(_token("accusation", "accusation")) is None
    assert noun_cue_frames(_token("accusation", "accusation", pos="NOUN")) is accusation


def test_every_lemma_listed_is_a_cue_lemma_verbs_and_nouns_alike():
    assert {"say", "warn", "accusation", "claim"} <= cue_lemmas()
    assert cue_lemmas() == frozenset(cue_lexicon())


def test_an_overstripped_lemma_is_mended_from_the_word():
    assert cue_lemma(_token("hoped", "hop")) == "hope"
    assert cue_lemma(_token("said", "say")) == "say"
    assert cue_lemma(_token("walked", "walk")) == "walk"


def test_a_reporting_verb_used_as_an_adjective_is_no_cue():
    assert verb_cue_frames(_token("pledged", "pledge", dep="amod")) is None
    assert verb_cue_frames(_token("pledged", "pledge")) is cue_lexicon()["pledge"]
    assert is_reporting_verb(_token("pledged", "pledge", dep="amod"))  # the looser test ignores use
    assert not is_reporting_verb(_token("said", "say", pos="NOUN"))


def test_a_noun_that_is_only_a_verb_cue_is_no_noun_cue():
    assert noun_cue_frames(_token("say", "say", pos="NOUN")) is None
    assert noun_cue_frames(_token("claim", "claim", pos="VERB")) is None


def test_the_cue_span_takes_auxiliaries_and_the_medium(pipeline):
    doc = pipeline.nlp("The ministry has said in a statement that the border will stay closed.")
    said = next(t for t in doc if t.text == "said")
    assert cue_span(doc, doc.text, said).text == "has said in a statement"
