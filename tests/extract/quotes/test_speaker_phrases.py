"""Speakers from hand-built parses: the source a cue names, its phrase, its entity, and carried pronouns."""

from __future__ import annotations

from newsgraph.extract.quotes.attribution import Attribution
from newsgraph.extract.quotes.speakers import asker_unnamed, carry_pronoun_speakers, speaker_of, subject_of
from newsgraph.records import Span, Speaker

QUOTED_AS_SAYING = """
    Police   1  compound NOUN  police
    chief    3  compound NOUN  chief
    Dana     3  compound PROPN Dana
    Hale     5  nsubjpass PROPN Hale
    was      5  auxpass  AUX   be     VBD
    quoted   5  ROOT     VERB  quote  VBN
    as       5  prep     ADP   as
    saying   6  pcomp    VERB  say    VBG
    that     11 mark     SCONJ that
    the      10 det      DET   the
    suspects 11 nsubj    NOUN  suspect NNS
    fled     7  ccomp    VERB  flee   VBD
    north    11 advmod   ADV   north
    .        5  punct    PUNCT .
"""

ASKED_THEN_SAID = """
    Asked    8  advcl    VERB  ask    VBN
    about    0  prep     ADP   about
    the      3  det      DET   the
    delay    1  pobj     NOUN  delay
    ,        8  punct    PUNCT ,
    Minister 7  compound PROPN Minister
    Clara    7  compound PROPN Clara
    Duval    8  nsubj    PROPN Duval
    said     8  ROOT     VERB  say    VBD
    the      10 det      DET   the
    report   11 nsubj    NOUN  report
    was      8  ccomp    AUX   be     VBD
    ready    11 acomp    ADJ   ready
    .        8  punct    PUNCT .
"""


def test_a_passive_of_quote_credits_its_subject_through_as_saying(parse, index_for):
    doc = parse(QUOTED_AS_SAYING)
    index = index_for(doc, {"Dana Hale": "PERSON"})
    saying = doc[7]
    source = subject_of(saying)
    assert source is not None and source.text == "Hale"
    speaker = speaker_of(doc, source, index, saying)
    assert speaker.text == "Police chief Dana Hale"
    assert speaker.entity == "E1"


def test_being_asked_names_no_source_but_the_main_verb_keeps_its_subject(parse):
    doc = parse(ASKED_THEN_SAID)
    asked, said = doc[0], doc[8]
    assert asker_unnamed(asked) and subject_of(asked) is None
    assert not asker_unnamed(said)
    assert subject_of(said).text == "Duval"


def test_a_relative_pronoun_stays_the_speaker_text_but_resolves_through_its_antecedent(parse, index_for):
    doc = parse("""
        The      1  det      DET   the
        plan     3  nsubjpass NOUN plan
        was      3  auxpass  AUX   be     VBD
        opposed  3  ROOT     VERB  oppose VBN
        by       3  agent    ADP   by
        Senator  7  compound PROPN Senator
        Ruth     7  compound PROPN Ruth
        Obi      4  pobj     PROPN Obi
        ,        7  punct    PUNCT ,
        who      10 nsubj    PRON  who
        warned   7  relcl    VERB  warn   VBD
        that     14 mark     SCONJ that
        rents    14 nsubj    NOUN  rent   NNS
        would    14 aux      AUX   would
        rise     10 ccomp    VERB  rise
        .        3  punct    PUNCT .
    """)
    index = index_for(doc, {"Ruth Obi": "PERSON"})
    warned = doc[10]
    who = subject_of(warned)
    speaker = speaker_of(doc, who, index, warned)
    assert (speaker.text, speaker.entity) == ("who", "E1")
    assert subject_of(doc[3]).text == "Obi"  # a passive cue's source is its 'by' object


def test_a_participle_on_a_statement_takes_the_subject_of_the_verb_that_issued_it(parse):
    doc = parse("""
        The       1  det      DET   the
        ministry  2  nsubj    NOUN  ministry
        issued    2  ROOT     VERB  issue  VBD
        a         4  det      DET   a
        statement 2  dobj     NOUN  statement
        saying    4  acl      VERB  say    VBG
        talks     7  nsubj    NOUN  talk   NNS
        failed    5  ccomp    VERB  fail   VBD
        .         2  punct    PUNCT .
    """)
    assert subject_of(doc[5]).text == "ministry"


def _said(start: int, speaker: Speaker) -> Attribution:
    return Attribution(Span(start, start + 4, "said"), None, speaker, [(start + 5, start + 20)])


def test_an_unresolved_it_continues_the_organisation_quoted_just_before(tokenize, index_for):
    doc = tokenize("The Health Ministry said cases rose. It said clinics were full.")
    index = index_for(doc, {"The Health Ministry": "ORG"})
    ministry = Speaker(0, 19, "The Health Ministry", "E1")
    it = Speaker(37, 39, "It", None)
    attributions = [_said(20, ministry), _said(40, it)]
    carry_pronoun_speakers(attributions, index)
    assert attributions[1].speaker == Speaker(37, 39, "It", "E1")


def test_a_pronoun_of_the_wrong_kind_or_too_far_away_is_not_carried(tokenize, index_for):
    doc = tokenize("The Health Ministry said cases rose. He said clinics were full.")
    index = index_for(doc, {"The Health Ministry": "ORG"})
    ministry = Speaker(0, 19, "The Health Ministry", "E1")
    he = Speaker(37, 39, "He", None)
    attributions = [_said(20, ministry), _said(40, he)]
    carry_pronoun_speakers(attributions, index)
    assert attributions[1].speaker.entity is None  # 'he' never stands for an organisation
    far = [_said(20, ministry), _said(500, Speaker(497, 499, "It", None))]
    carry_pronoun_speakers(far, index)
    assert far[1].speaker.entity is None
