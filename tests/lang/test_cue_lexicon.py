"""The reporting-cue lexicon: frames read from reporting_verbs.txt."""

from __future__ import annotations

from newsgraph.lang.cues import cue_lemmas, cue_lexicon


def test_a_line_gives_the_lemma_its_frames():
    warn = cue_lexicon()["warn"]
    assert warn.obj and not warn.infinitive
    assert {"of", "about", "against"} <= warn.preps
    assert warn.verb and warn.noun


def test_a_lemma_marked_noun_only_is_a_noun_cue_and_no_verb_cue():
    accusation = cue_lexicon()["accusation"]
    assert accusation.noun and not accusation.verb
    assert accusation.preps == {"of"}


def test_every_lemma_listed_is_a_cue_lemma_verbs_and_nouns_alike():
    assert {"say", "warn", "accusation", "claim"} <= cue_lemmas()
    assert cue_lemmas() == frozenset(cue_lexicon())


def test_a_target_frame_reports_an_object_only_with_what_is_said_of_it():
    praise, deny = cue_lexicon()["praise"], cue_lexicon()["deny"]
    assert praise.obj and praise.target and "for" in praise.preps
    assert deny.obj and not deny.target
