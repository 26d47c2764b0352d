"""Cues on tokens: the cue predicates over the lexicon, and the cue phrase of a verb."""

from __future__ import annotations

from types import SimpleNamespace

from newsgraph.extract.quotes.cues import (
    cue_lemma,
    cue_span,
    is_reporting_verb,
    noun_cue_frames,
    verb_cue_frames,
)
from newsgraph.lang.cues import cue_lexicon


def _token(text: str, lemma: str, pos: str = "VERB", dep: str = "ROOT") -> SimpleNamespace:
    """Just the token attributes the predicates read, so no model is needed."""
    return SimpleNamespace(lower_=text.lower(), lemma_=lemma, pos_=pos, dep_=dep)


def test_a_lemma_marked_noun_only_is_no_verb_cue():
    accusation = cue_lexicon()["accusation"]
    assert verb_cue_frames(_token("accusation", "accusation")) is None
    assert noun_cue_frames(_token("accusation", "accusation", pos="NOUN")) is accusation


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


def test_the_cue_phrase_takes_auxiliaries_negation_and_the_medium(parse):
    doc = parse("""
        The       1  det    DET   the
        agency    4  nsubj  NOUN  agency
        has       4  aux    AUX   have   VBZ
        not       4  neg    PART  not
        said      4  ROOT   VERB  say    VBN
        in        4  prep   ADP   in
        a         7  det    DET   a
        statement 5  pobj   NOUN  statement
        when      11 advmod SCONJ when
        it        11 nsubj  PRON  it
        will      11 aux    AUX   will
        reopen    4  ccomp  VERB  reopen
        .         4  punct  PUNCT .
    """)
    assert cue_span(doc, doc.text, doc[4]).text == "has not said in a statement"


def test_a_place_after_the_verb_is_no_medium_and_a_particle_joins_the_cue(parse):
    doc = parse("""
        The      1  det    DET   the
        mayor    2  nsubj  NOUN  mayor
        pointed  2  ROOT   VERB  point  VBD
        out      2  prt    ADP   out
        in       2  prep   ADP   in
        Lagos    4  pobj   PROPN Lagos
        that     9  mark   SCONJ that
        roads    9  nsubj  NOUN  road   NNS
        were     9  aux    AUX   be
        flooded  2  ccomp  VERB  flood  VBN
        .        2  punct  PUNCT .
    """)
    assert cue_span(doc, doc.text, doc[2]).text == "pointed out"


def test_was_quoted_as_saying_is_one_cue_phrase(parse):
    doc = parse("""
        Hale     2  nsubjpass PROPN Hale
        was      2  auxpass   AUX   be     VBD
        quoted   2  ROOT      VERB  quote  VBN
        as       2  prep      ADP   as
        saying   3  pcomp     VERB  say    VBG
        that     7  mark      SCONJ that
        crews    7  nsubj     NOUN  crew   NNS
        left     4  ccomp     VERB  leave  VBD
        .        2  punct     PUNCT .
    """)
    assert cue_span(doc, doc.text, doc[4]).text == "was quoted as saying"


def test_the_cue_span_takes_auxiliaries_and_the_medium(pipeline):
    doc = pipeline.nlp("The ministry has said in a statement that the border will stay closed.")
    said = next(t for t in doc if t.text == "said")
    assert cue_span(doc, doc.text, said).text == "has said in a statement"
