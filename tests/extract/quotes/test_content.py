"""What a cue verb reports, read from hand-built parses: clause, parenthetical, colon and object content."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes.content import content_roots, reported_content, states
from newsgraph.extract.quotes.marks import QuotedSpans
from newsgraph.lang.cues import cue_lexicon


def _content(doc, verb_index: int) -> list[str]:
    verb = doc[verb_index]
    roots = content_roots(verb, cue_lexicon()[verb.lemma_])
    return [doc.text[s:e] for s, e in reported_content(doc, doc.text, verb, roots)]


def test_a_reported_clause_is_the_content_without_the_closing_stop(parse):
    doc = parse("""
        The      1 det    DET   the
        ministry 2 nsubj  NOUN  ministry
        said     2 ROOT   VERB  say    VBD
        the      4 det    DET   the
        border   6 nsubj  NOUN  border
        would    6 aux    AUX   would
        stay     2 ccomp  VERB  stay
        closed   6 acomp  ADJ   closed
        .        2 punct  PUNCT .
    """)
    assert _content(doc, 2) == ["the border would stay closed"]


def test_a_leading_that_is_left_out_of_the_clause(parse):
    doc = parse("""
        Officials 1 nsubj NOUN  official
        warned    1 ROOT  VERB  warn   VBD
        that      5 mark  SCONJ that
        the       4 det   DET   the
        river     5 nsubj NOUN  river
        rose      1 ccomp VERB  rise   VBD
        overnight 5 advmod ADV  overnight
        .         1 punct PUNCT .
    """)
    assert _content(doc, 1) == ["the river rose overnight"]


def test_a_cue_closing_its_sentence_reports_the_words_before_it(parse):
    doc = parse("""
        The      1 det    DET   the
        border   3 nsubj  NOUN  border
        will     3 aux    AUX   will
        stay     8 ccomp  VERB  stay
        closed   3 acomp  ADJ   closed
        ,        8 punct  PUNCT ,
        the      7 det    DET   the
        ministry 8 nsubj  NOUN  ministry
        said     8 ROOT   VERB  say    VBD
        .        8 punct  PUNCT .
    """)
    assert _content(doc, 8) == ["The border will stay closed"]


def test_a_colon_after_the_cue_opens_the_content(parse):
    doc = parse("""
        The      1 det       DET   the
        minister 2 nsubj     NOUN  minister
        said     2 ROOT      VERB  say    VBD
        :        2 punct     PUNCT :
        talks    5 nsubj     NOUN  talk
        resume   2 parataxis VERB  resume
        today    5 npadvmod  NOUN  today
        .        2 punct     PUNCT .
    """)
    assert _content(doc, 2) == ["talks resume today"]


def test_an_object_cue_reports_its_object_with_the_preposition_that_completes_it(parse):
    doc = parse("""
        The        1 det    DET   the
        senator    2 nsubj  NOUN  senator
        criticized 2 ROOT   VERB  criticize VBD
        the        4 det    DET   the
        plan       2 dobj   NOUN  plan
        for        2 prep   ADP   for
        its        7 poss   PRON  its
        cost       5 pobj   NOUN  cost
        .          2 punct  PUNCT .
    """)
    assert _content(doc, 2) == ["the plan for its cost"]


def test_a_verb_without_a_content_child_or_colon_reports_nothing(parse):
    doc = parse("""
        The      1 det    DET   the
        minister 2 nsubj  NOUN  minister
        spoke    2 ROOT   VERB  speak  VBD
        briefly  2 advmod ADV   briefly
        .        2 punct  PUNCT .
    """)
    assert reported_content(doc, doc.text, doc[2], []) == []


def test_a_that_clause_parsed_as_a_relative_clause_of_the_one_told_is_the_content(parse):
    doc = parse("""
        Castro  1 nsubj PROPN Castro NNP
        told    1 ROOT  VERB  tell   VBD
        the     3 det   DET   the
        paper   1 dobj  NOUN  paper
        that    6 dobj  PRON  that   WDT
        he      6 nsubj PRON  he     PRP
        chased  3 relcl VERB  chase  VBD
        the     8 det   DET   the
        thief   6 dobj  NOUN  thief
        .       1 punct PUNCT .
    """)
    assert _content(doc, 1) == ["he chased the thief"]


def test_a_true_relative_clause_of_an_object_is_no_content(parse):
    doc = parse("""
        Castro  1 nsubj PROPN Castro NNP
        told    1 ROOT  VERB  tell   VBD
        the     3 det   DET   the
        story   1 dobj  NOUN  story
        that    5 nsubj PRON  that   WDT
        ran     3 relcl VERB  run    VBD
        .       1 punct PUNCT .
    """)
    assert _content(doc, 1) == []


def test_a_that_clause_parsed_as_adverbial_after_the_cue_is_its_content(parse):
    doc = parse("""
        The     1 det    DET   the
        mayor   2 nsubj  NOUN  mayor
        posted  2 ROOT   VERB  post   VBD
        late    2 advmod ADV   late
        that    7 mark   SCONJ that
        the     6 det    DET   the
        bridge  7 nsubj  NOUN  bridge
        reopened 2 advcl VERB  reopen VBD
        .       2 punct  PUNCT .
    """)
    doc[2].lemma_ = "say"  # a clause-taking cue whatever the verb's own frames
    assert _content(doc, 2) == ["the bridge reopened"]


def test_a_condition_before_an_interrupting_cue_belongs_to_the_content(parse):
    doc = parse("""
        If      2 mark      SCONJ if
        talks   2 nsubj     NOUN  talk
        fail    6 advcl     VERB  fail    VBP
        ,       6 punct     PUNCT ,
        the     5 det       DET   the
        envoy   6 nsubj     NOUN  envoy
        argues  9 parataxis VERB  argue   VBZ
        ,       6 punct     PUNCT ,
        sanctions 9 nsubj   NOUN  sanction
        follow  9 ROOT      VERB  follow  VBP
        .       9 punct     PUNCT .
    """)
    assert _content(doc, 6) == ["If talks fail", "sanctions follow"]


def test_an_as_clause_opening_the_sentence_reports_the_rest_of_it(parse):
    doc = parse("""
        As      2 mark  SCONJ as
        analysts 2 nsubj NOUN analyst
        noted   6 advcl VERB  note   VBD
        ,       6 punct PUNCT ,
        the     5 det   DET   the
        rules   6 nsubj NOUN  rule
        changed 6 ROOT  VERB  change VBD
        .       6 punct PUNCT .
    """)
    assert _content(doc, 2) == ["the rules changed"]


def test_an_object_keeps_the_time_phrases_the_parse_hangs_on_the_cue(parse):
    doc = parse("""
        The      1 det      DET   the
        mayor    2 nsubj    NOUN  mayor
        complained 2 ROOT   VERB  complain VBD
        about    2 prep     ADP   about
        the      5 det      DET   the
        heating  3 pobj     NOUN  heating
        the      7 det      DET   the
        morning  2 npadvmod NOUN  morning
        after    2 prep     ADP   after
        the      10 det     DET   the
        storm    8 pobj     NOUN  storm
        .        2 punct    PUNCT .
    """)
    assert _content(doc, 2) == ["the heating the morning after the storm"]


def test_an_object_stops_at_a_comma_and_at_the_medium_of_the_statement(parse):
    doc = parse("""
        The       1 det    DET   the
        ministry  2 nsubj  NOUN  ministry
        denied    2 ROOT   VERB  deny   VBD
        the       4 det    DET   the
        report    2 dobj   NOUN  report
        in        2 prep   ADP   in
        a         7 det    DET   a
        statement 5 pobj   NOUN  statement
        ,         2 punct  PUNCT ,
        on        2 prep   ADP   on
        Monday    9 pobj   PROPN Monday
        .         2 punct  PUNCT .
    """)
    assert _content(doc, 2) == ["the report"]


def test_what_a_colon_opens_runs_on_to_a_sentence_with_a_cue_of_its_own(parse):
    doc = parse("""
        The      1 det    DET   the
        governor 2 nsubj  NOUN  governor
        added    2 ROOT   VERB  add      VBD
        :        2 punct  PUNCT :
        the      5 det    DET   the
        plan     6 nsubj  NOUN  plan
        is       2 ccomp  AUX   be
        a        8 det    DET   a
        disaster 6 attr   NOUN  disaster
        .        2 punct  PUNCT .
        It       12 nsubj PRON  it
        will     12 aux   AUX   will
        cost     12 ROOT  VERB  cost
        millions 12 dobj  NOUN  million
        .        12 punct PUNCT .
        The      16 det   DET   the
        mayor    17 nsubj NOUN  mayor
        said     17 ROOT  VERB  say      VBD
        it       19 nsubj PRON  it
        was      17 ccomp AUX   be
        fine     19 acomp ADJ   fine
        .        17 punct PUNCT .
    """)
    assert _content(doc, 2) == ["the plan is a disaster. It will cost millions"]
    assert _content(doc, 17) == ["it was fine"]


@pytest.mark.parametrize(("word", "lemma"), [("stressed", "stress"), ("noted", "note"), ("believed", "believe"), ("proclaimed", "proclaim")])
def test_a_point_noted_stressed_believed_or_proclaimed_is_reported_as_an_object(parse, word, lemma):
    doc = parse(f"""
        The      1 det   DET   the
        envoy    2 nsubj NOUN  envoy
        {word}   2 ROOT  VERB  {lemma}  VBD
        the      4 det   DET   the
        need     2 dobj  NOUN  need
        for      4 prep  ADP   for
        calm     5 pobj  NOUN  calm
        .        2 punct PUNCT .
    """)
    assert _content(doc, 2) == ["the need for calm"]


def test_a_verbless_statement_before_the_cue_is_its_content(parse):
    doc = parse("""
        Flood     1 compound NOUN  flood
        defences  8 dep      NOUN  defence NNS
        weak      1 amod     ADJ   weak
        on        2 prep     ADP   on
        the       5 det      DET   the
        coast     3 pobj     NOUN  coast
        ,         8 punct    PUNCT ,
        engineers 8 nsubj    NOUN  engineer NNS
        say       8 ROOT     VERB  say    VBP
    """)
    assert _content(doc, 8) == ["Flood defences weak on the coast"]


def test_a_clause_whose_parse_crosses_itself_keeps_its_last_words(parse):
    doc = parse("""
        Kemal     1 nsubj     PROPN Kemal   NNP
        said      1 ROOT      VERB  say     VBD
        she       3 nsubj     PRON  she     PRP
        feared    1 ccomp     VERB  fear    VBD
        the       5 det       DET   the
        driver    7 nsubjpass NOUN  driver  NN
        was       7 auxpass   AUX   be      VBD
        armed     3 ccomp     ADJ   armed   JJ
        —         7 punct     PUNCT —
        something 5 appos     NOUN  something
        a         11 det      DET   a
        neighbour 12 nsubj    NOUN  neighbour
        told      9 relcl     VERB  tell    VBD
        police    12 dobj     NOUN  police
        .         1 punct     PUNCT .
    """)
    assert _content(doc, 1) == ["she feared the driver was armed — something a neighbour told police"]


def test_an_object_whose_parse_hangs_a_subject_on_a_noun_is_a_misread_clause(parse):
    doc = parse("""
        Orion   1 nsubj   PROPN orion  NNP
        says    1 ROOT    VERB  say    VBZ
        its     3 poss    PRON  its    PRP$
        burgers 6 nsubj   NOUN  burger NNS
        now     3 advmod  ADV   now    RB
        outsell 6 amod    ADJ   outsell JJ
        beef    1 dobj    NOUN  beef   NN
        .       1 punct   PUNCT .
    """)
    frames = cue_lexicon()["say"]
    (beef,) = content_roots(doc[1], frames)
    assert states(beef, frames, QuotedSpans([]))


def test_a_bare_object_or_one_with_a_relative_clause_is_no_statement(parse):
    doc = parse("""
        He     1 nsubj  PRON  he     PRP
        said   1 ROOT   VERB  say    VBD
        a      3 det    DET   a
        prayer 1 dobj   NOUN  prayer NN
        for    3 prep   ADP   for
        those  4 pobj   PRON  those
        who    7 nsubj  PRON  who    WP
        died   5 relcl  VERB  die    VBD
        .      1 punct  PUNCT .
    """)
    frames = cue_lexicon()["say"]
    (prayer,) = content_roots(doc[1], frames)
    assert not states(prayer, frames, QuotedSpans([]))


def test_bare_verbs_conjoined_after_an_infinitive_on_the_object_are_content(parse):
    doc = parse("""
        The       1 det    DET   the
        group     2 nsubj  NOUN  group
        backs     2 ROOT   VERB  advocate VBZ
        a         4 det    DET   a
        plan      2 dobj   NOUN  plan     NN
        to        6 aux    PART  to       TO
        end       2 advcl  VERB  end      VB
        the       8 det    DET   the
        subsidy   6 dobj   NOUN  subsidy  NN
        and       2 cc     CCONJ and      CC
        remove    2 conj   VERB  remove   VB
        fees      10 dobj  NOUN  fee      NNS
        .         2 punct  PUNCT .
    """)
    verb = doc[2]
    roots = content_roots(verb, cue_lexicon()["advocate"], attributions=True)
    assert [doc.text[s:e] for s, e in reported_content(doc, doc.text, verb, roots)] == [
        "a plan to end the subsidy",
        "remove fees",
    ]


def test_a_subjectless_present_verb_after_an_infinitive_is_a_bare_verb_of_the_content(parse):
    doc = parse("""
        The       1 det    DET   the
        minister  2 nsubj  NOUN  minister
        declined  2 ROOT   VERB  decline  VBD
        to        4 aux    PART  to       TO
        blame     2 xcomp  VERB  blame    VB
        Russia    4 dobj   PROPN Russia   NNP
        or        4 cc     CCONJ or       CC
        call      2 conj   VERB  call     VBP
        it        7 dobj   PRON  it       PRP
        responsible 7 oprd ADJ   responsible JJ
        .         2 punct  PUNCT .
    """)
    verb = doc[2]
    roots = content_roots(verb, cue_lexicon()["decline"], attributions=True)
    assert [doc.text[s:e] for s, e in reported_content(doc, doc.text, verb, roots)] == [
        "to blame Russia",
        "call it responsible",
    ]
