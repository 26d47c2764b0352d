"""Speech cues that are speech: control verbs and judged objects make no statement (only an attribution),
belief and finding verbs report only a 'that' clause or an aside, and a cue in a question reports
no statement (hand-built parses)."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes.attribution import verb_attributions
from newsgraph.extract.quotes.marks import QuotedSpans, quoted_spans
from newsgraph.lang.cues import CLAUSE_ASIDE, CLAUSE_THAT, cue_lexicon


def _attributions(doc, index):
    return verb_attributions(doc, doc.text, index, QuotedSpans(quoted_spans(doc.text)), statements=False)


def _control(verb: str, lemma: str):
    """'Kenya <verb> to attend the hearing.'"""
    return f"""
        Kenya    1 nsubj PROPN kenya  NNP
        {verb}   1 ROOT  VERB  {lemma} VBD
        to       3 aux   PART  to     TO
        attend   1 xcomp VERB  attend VB
        the      5 det   DET   the
        hearing  3 dobj  NOUN  hearing
        .        1 punct PUNCT .
    """


def _statements(doc, index):
    return verb_attributions(doc, doc.text, index, QuotedSpans(quoted_spans(doc.text)), statements=True)


@pytest.mark.parametrize(
    ("verb", "lemma"),
    [("refused", "refuse"), ("agreed", "agree"), ("decided", "decide"), ("plans", "plan"),
     ("wants", "want"), ("declined", "decline")],
)
def test_what_a_source_means_to_do_is_an_attribution_but_no_statement(parse, index_for, verb, lemma):
    doc = parse(_control(verb, lemma))
    index = index_for(doc, {"Kenya": "GPE"})
    (meant,) = _attributions(doc, index)
    assert doc.text[slice(*meant.content[0])] == "to attend the hearing"
    assert _statements(doc, index) == []


def test_an_attempt_is_no_attribution(parse, index_for):
    doc = parse(_control("tried", "try"))
    assert _attributions(doc, index_for(doc, {"Kenya": "GPE"})) == []


@pytest.mark.parametrize(("verb", "lemma"), [("urged", "urge"), ("told", "tell")])
def test_a_verb_of_telling_others_what_to_do_still_reports_its_infinitive(parse, index_for, verb, lemma):
    doc = parse(_control(verb, lemma))
    (urged,) = _attributions(doc, index_for(doc, {"Kenya": "GPE"}))
    assert doc.text[slice(*urged.content[0])] == "to attend the hearing"


def test_the_lexicon_keeps_the_clause_frame_as_data():
    assert cue_lexicon()["find"].clause == CLAUSE_THAT
    assert cue_lexicon()["refuse"].clause == CLAUSE_ASIDE and cue_lexicon()["refuse"].infinitive
    assert not cue_lexicon()["continue"].infinitive
    assert cue_lexicon()["insist"].clause == "any" and cue_lexicon()["deny"].obj


def test_a_finding_verb_reports_a_that_clause(parse, index_for):
    doc = parse("""
        The     1 det   DET   the
        study   2 nsubj NOUN  study
        found   2 ROOT  VERB  find   VBD
        that    6 mark  SCONJ that
        rents   6 nsubj NOUN  rent   NNS
        had     6 aux   AUX   have
        doubled 2 ccomp VERB  double VBN
        .       2 punct PUNCT .
    """)
    (found,) = _attributions(doc, index_for(doc, {}))
    assert doc.text[slice(*found.content[0])] == "rents had doubled"


def test_a_finding_verb_without_that_reports_nothing_but_from_a_poll_or_study(parse, index_for):
    table = """
        The     1 det   DET   the
        {noun}  2 nsubj NOUN  {noun}
        found   2 ROOT  VERB  find   VBD
        rents   5 nsubj NOUN  rent   NNS
        had     5 aux   AUX   have
        doubled 2 ccomp VERB  double VBN
        .       2 punct PUNCT .
    """
    crew = parse(table.format(noun="crew"))
    assert _attributions(crew, index_for(crew, {})) == []
    study = parse(table.format(noun="study"))
    [found] = _attributions(study, index_for(study, {}))
    assert study.text[slice(*found.content[0])] == "rents had doubled"


def test_a_cue_in_a_question_reports_nothing(parse, index_for):
    doc = parse("""
        Do       2 aux   AUX   do
        you      2 nsubj PRON  you   PRP
        think    2 ROOT  VERB  think VBP
        Serbia   5 nsubj PROPN serbia NNP
        should   5 aux   AUX   should
        pay      2 ccomp VERB  pay   VB
        ?        2 punct PUNCT ?
    """)
    assert _attributions(doc, index_for(doc, {"Serbia": "GPE"})) == []


def test_a_cue_in_a_question_about_a_third_party_is_an_attribution_but_no_statement(parse, index_for):
    doc = parse("""
        Did      3 aux   AUX   do    VBD
        the      2 det   DET   the
        minister 3 nsubj NOUN  minister NN
        say      3 ROOT  VERB  say   VB
        the      5 det   DET   the
        border   7 nsubj NOUN  border NN
        would    7 aux   AUX   would MD
        close    3 ccomp VERB  close VB
        ?        3 punct PUNCT ?
    """)
    index = index_for(doc, {})
    (asked,) = _attributions(doc, index)  # PolNeAR marks what a question says someone said
    assert doc.text[slice(*asked.content[0])] == "the border would close"
    assert verb_attributions(doc, doc.text, index, QuotedSpans(quoted_spans(doc.text)), statements=True) == []


def test_a_participle_after_a_comma_is_no_aside(parse, index_for):
    doc = parse("""
        Prices    1 nsubj NOUN  price  NNS
        rose      1 ROOT  VERB  rise   VBD
        ,         1 punct PUNCT ,
        citing    1 advcl VERB  cite   VBG
        the       5 det   DET   the
        bank      3 dobj  NOUN  bank
        .         1 punct PUNCT .
    """)
    quotes = _attributions(doc, index_for(doc, {}))
    assert all(doc.text[slice(*q.content[0])] != "Prices rose" for q in quotes)


def test_the_reader_addressed_as_you_is_no_source(parse, index_for):
    rows = """
        {who}    1 nsubj PRON  {lemma} PRP
        know     1 ROOT  VERB  know  VBP
        that     4 mark  SCONJ that
        prices   4 nsubj NOUN  price NNS
        rose     1 ccomp VERB  rise  VBD
        .        1 punct PUNCT .
    """
    you = parse(rows.format(who="You", lemma="you"))
    assert _attributions(you, index_for(you, {})) == []
    they = parse(rows.format(who="They", lemma="they"))
    assert len(_attributions(they, index_for(they, {}))) == 1


def test_the_target_of_a_judgement_alone_is_an_attribution_but_no_statement(parse, index_for):
    doc = parse("""
        The       1 det   DET   the
        governor  2 nsubj NOUN  governor
        condemned 2 ROOT  VERB  condemn VBD
        the       4 det   DET   the
        attack    2 dobj  NOUN  attack
        .         2 punct PUNCT .
    """)
    index = index_for(doc, {})
    (condemned,) = _attributions(doc, index)
    assert doc.text[slice(*condemned.content[0])] == "the attack"
    assert _statements(doc, index) == []


def test_the_target_of_a_judgement_with_what_is_said_of_it_is_a_quote(parse, index_for):
    doc = parse("""
        The       1 det   DET   the
        governor  2 nsubj NOUN  governor
        condemned 2 ROOT  VERB  condemn VBD
        the       4 det   DET   the
        attack    2 dobj  NOUN  attack
        as        4 prep  ADP   as
        a         7 det   DET   a
        crime     5 pobj  NOUN  crime
        .         2 punct PUNCT .
    """)
    (condemned,) = _attributions(doc, index_for(doc, {}))
    assert doc.text[slice(*condemned.content[0])] == "the attack as a crime"


def test_what_a_picture_shows_is_no_statement_but_an_attribution_without_a_that_clause(parse, index_for):
    doc = parse("""
        The     1 det   DET   the
        video   2 nsubj NOUN  video
        shows   2 ROOT  VERB  show   VBZ
        a       4 det   DET   a
        crowd   2 dobj  NOUN  crowd
        .       2 punct PUNCT .
    """)
    assert _statements(doc, index_for(doc, {})) == []
    (shows,) = _attributions(doc, index_for(doc, {}))  # PolNeAR marks what footage shows, as a poll's finding
    assert doc.text[slice(*shows.content[0])] == "a crowd"
    assert cue_lexicon()["show"].clause == CLAUSE_THAT and not cue_lexicon()["show"].obj


def test_a_verb_of_reckoning_reports_its_clause(parse, index_for):
    doc = parse("""
        Okafor   1 nsubj PROPN okafor NNP
        reckoned 1 ROOT  VERB  reckon VBD
        the      3 det   DET   the
        port     5 nsubj NOUN  port
        would    5 aux   AUX   would
        reopen   1 ccomp VERB  reopen VB
        .        1 punct PUNCT .
    """)
    (reckoned,) = _attributions(doc, index_for(doc, {"Okafor": "PERSON"}))
    assert doc.text[slice(*reckoned.content[0])] == "the port would reopen"


def test_likening_reports_the_target_with_what_it_is_likened_to(parse, index_for):
    doc = parse("""
        The      1 det   DET   the
        mayor    2 nsubj NOUN  mayor
        likened  2 ROOT  VERB  liken  VBD
        the      4 det   DET   the
        strike   2 dobj  NOUN  strike
        to       2 prep  ADP   to
        a        7 det   DET   a
        siege    5 pobj  NOUN  siege
        .        2 punct PUNCT .
    """)
    (likened,) = _attributions(doc, index_for(doc, {}))
    assert doc.text[likened.content[0][0] : likened.content[-1][1]] == "the strike to a siege"


def test_a_belief_noun_reports_its_that_clause(parse, index_for):
    doc = parse("""
        Her        1 poss  PRON  her      PRP$
        contention 5 nsubj NOUN  contention
        that       4 mark  SCONJ that
        rents      4 nsubj NOUN  rent     NNS
        fell       1 acl   VERB  fall     VBD
        drew       5 ROOT  VERB  draw     VBD
        scorn      5 dobj  NOUN  scorn
        .          5 punct PUNCT .
    """)
    (contention,) = _attributions(doc, index_for(doc, {}))
    assert doc.text[slice(*contention.content[0])] == "rents fell"


def test_what_a_confirmation_confirms_is_a_clause_not_a_bare_object(parse, index_for):
    doc = parse("""
        Researchers 1 nsubj PROPN researcher NNS
        confirmed   1 ROOT  VERB  confirm    VBD
        traces      1 dobj  NOUN  trace      NNS
        of          2 prep  ADP   of
        ice         3 pobj  NOUN  ice
        .           1 punct PUNCT .
    """)
    assert _attributions(doc, index_for(doc, {})) == []
