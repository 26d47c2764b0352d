"""Attributions from hand-built parses: verb and noun cues, 'according to', name-colon leads and dashes."""

from __future__ import annotations

from newsgraph.extract.quotes.attribution import dash_attribution, name_colon_leads, verb_attributions
from newsgraph.extract.quotes.marks import QuotedSpans, quoted_spans


def _attributions(doc, index):
    return verb_attributions(doc, doc.text, index, QuotedSpans(quoted_spans(doc.text)), statements=False)


def _texts(doc, spans):
    return [doc.text[s:e] for s, e in spans]


def test_a_cue_inside_another_statement_is_part_of_what_was_said(parse, index_for):
    doc = parse("""
        The      1 det   DET   the
        minister 2 nsubj NOUN  minister
        said     2 ROOT  VERB  say   VBD
        the      4 det   DET   the
        envoy    5 nsubj NOUN  envoy
        warned   2 ccomp VERB  warn  VBD
        that     9 mark  SCONJ that
        talks    9 nsubj NOUN  talk  NNS
        could    9 aux   AUX   could
        fail     5 ccomp VERB  fail
        .        2 punct PUNCT .
    """)
    (said,) = _attributions(doc, index_for(doc, {}))
    assert said.cue.text == "said"
    assert said.speaker.text == "The minister"
    assert _texts(doc, said.content) == ["the envoy warned that talks could fail"]


def test_a_cue_noun_takes_its_possessor_as_the_source(parse, index_for):
    doc = parse("""
        The      1 det   DET   the
        ministry 3 poss  NOUN  ministry
        's       1 case  PART  's
        claim    9 nsubj NOUN  claim
        that     7 mark  SCONJ that
        the      6 det   DET   the
        dam      7 nsubj NOUN  dam
        was      3 acl   AUX   be    VBD
        safe     7 acomp ADJ   safe
        drew     9 ROOT  VERB  draw  VBD
        protests 9 dobj  NOUN  protest NNS
        .        9 punct PUNCT .
    """)
    (claim,) = _attributions(doc, index_for(doc, {}))
    assert claim.cue.text == "claim"
    assert claim.speaker.text.startswith("The ministry")
    assert _texts(doc, claim.content) == ["the dam was safe"]


def test_a_cue_noun_as_object_of_a_light_verb_credits_the_verb_subject(parse, index_for):
    doc = parse("""
        The      1 det   DET   the
        union    2 nsubj NOUN  union
        issued   2 ROOT  VERB  issue  VBD
        a        4 det   DET   a
        warning  2 dobj  NOUN  warning
        that     8 mark  SCONJ that
        strikes  8 nsubj NOUN  strike NNS
        would    8 aux   AUX   would
        spread   4 acl   VERB  spread
        .        2 punct PUNCT .
    """)
    (warning,) = _attributions(doc, index_for(doc, {}))
    assert warning.cue.text == "issued a warning"
    assert warning.speaker.text == "The union"
    assert _texts(doc, warning.content) == ["strikes would spread"]


def test_sounding_a_warning_is_issuing_one(parse, index_for):
    doc = parse("""
        The      1 det   DET   the
        governor 2 nsubj NOUN  governor
        sounded  2 ROOT  VERB  sound    VBD
        a        4 det   DET   a
        warning  2 dobj  NOUN  warning
        that     8 mark  SCONJ that
        wells    8 nsubj NOUN  well     NNS
        could    8 aux   AUX   could
        fail     4 acl   VERB  fail
        .        2 punct PUNCT .
    """)
    (warning,) = _attributions(doc, index_for(doc, {}))
    assert warning.cue.text == "sounded a warning" and warning.speaker.text == "The governor"
    assert _texts(doc, warning.content) == ["wells could fail"]


def test_a_cue_noun_after_a_light_verb_keeps_the_phrases_hung_on_the_verb(parse, index_for):
    doc = parse("""
        The       1 det   DET   the
        minister  2 nsubj NOUN  minister
        raised    2 ROOT  VERB  raise    VBD
        questions 2 dobj  NOUN  question NNS
        about     3 prep  ADP   about
        the       6 det   DET   the
        figures   4 pobj  NOUN  figure   NNS
        during    2 prep  ADP   during
        the       9 det   DET   the
        hearing   7 pobj  NOUN  hearing
        .         2 punct PUNCT .
    """)
    (questions,) = _attributions(doc, index_for(doc, {}))
    assert questions.cue.text == "raised questions"
    assert _texts(doc, questions.content) == ["the figures during the hearing"]


def test_according_to_names_the_source_and_the_rest_of_the_clause_is_the_content(parse, index_for):
    doc = parse("""
        Fuel      1  compound NOUN  fuel
        prices    3  nsubj    NOUN  price    NNS
        will      3  aux      AUX   will
        rise      3  ROOT     VERB  rise
        next      5  amod     ADJ   next
        month     3  npadvmod NOUN  month
        ,         3  punct    PUNCT ,
        according 3  prep     VERB  accord   VBG
        to        7  prep     ADP   to
        the       11 det      DET   the
        Energy    11 compound PROPN Energy
        Ministry  8  pobj     PROPN Ministry
        .         3  punct    PUNCT .
    """)
    (according,) = _attributions(doc, index_for(doc, {"Energy Ministry": "ORG"}))
    assert according.cue.text == "according to"
    assert (according.speaker.text, according.speaker.entity) == ("the Energy Ministry", "E1")
    assert _texts(doc, according.content) == ["Fuel prices will rise next month"]


def test_according_to_a_source_the_parse_runs_on_into_the_content_cuts_at_the_comma(parse, index_for):
    doc = parse("""
        According 0  ROOT     VERB  accord  VBG
        to        0  prep     ADP   to
        analyst   4  compound NOUN  analyst
        Tom       4  compound PROPN Tom
        Reed      1  pobj     PROPN Reed
        ,         4  punct    PUNCT ,
        the       8  det      DET   the
        plan      8  nsubj    NOUN  plan
        failed    4  appos    VERB  fail    VBD
        badly     8  advmod   ADV   badly
        .         0  punct    PUNCT .
    """)
    (according,) = _attributions(doc, index_for(doc, {"Tom Reed": "PERSON"}))
    assert according.speaker.text == "analyst Tom Reed"
    assert _texts(doc, according.content) == ["the plan failed badly"]


def test_according_to_standing_alone_reports_the_sentence_before_it(parse, index_for):
    doc = parse("""
        Turnout   1 nsubj    NOUN  turnout
        held      1 ROOT     VERB  hold    VBD
        steady    1 acomp    ADJ   steady
        .         1 punct    PUNCT .
        According 4 ROOT     VERB  accord  VBG
        to        4 prep     ADP   to
        the       8 det      DET   the
        election  8 compound NOUN  election
        board     5 pobj     NOUN  board
        .         4 punct    PUNCT .
    """)
    (according,) = _attributions(doc, index_for(doc, {}))
    assert according.speaker.text == "the election board"
    assert _texts(doc, according.content) == ["Turnout held steady"]


def test_a_name_and_colon_opening_a_paragraph_says_the_rest_of_it(tokenize, index_for):
    doc = tokenize("Geneva: Talks resume today.\n\nMaria Lopez: Nobody should expect a deal this week.")
    index = index_for(doc, {"Maria Lopez": "PERSON", "Geneva": "GPE"})
    (lead,) = name_colon_leads(doc.text, index)  # a place before a colon is a dateline, not a source
    assert lead.cue.text == ":"
    assert (lead.speaker.text, lead.speaker.entity) == ("Maria Lopez", "E1")
    assert _texts(doc, lead.content) == ["Nobody should expect a deal this week"]


def test_a_poll_and_colon_opening_a_headline_says_the_rest_only_as_an_attribution(tokenize, index_for):
    doc = tokenize("New Poll: Farmers Turn Against Water Plan.\n\nGeneva: Talks resume today.")
    index = index_for(doc, {"Geneva": "GPE"})
    (lead,) = name_colon_leads(doc.text, index, findings=True)
    assert (lead.speaker.text, lead.speaker.entity) == ("New Poll", None)
    assert _texts(doc, lead.content) == ["Farmers Turn Against Water Plan"]
    assert name_colon_leads(doc.text, index) == []


def test_a_colon_after_a_name_inside_a_paragraph_is_no_lead(tokenize, index_for):
    doc = tokenize("Talks resume in Geneva, and Maria Lopez: nobody should expect a deal.")
    assert name_colon_leads(doc.text, index_for(doc, {"Maria Lopez": "PERSON"})) == []


def test_a_dash_after_a_quote_attributes_it_to_the_name_after_a_title(tokenize, index_for):
    doc = tokenize("\u201cNo country can win a trade war against its own farmers.\u201d \u2013 Senator Paul Okafor")
    end = doc.text.index("farmers") + len("farmers")
    attribution = dash_attribution(doc.text, end, index_for(doc, {"Paul Okafor": "PERSON"}))
    assert attribution.cue.text == "\u2013"
    assert (attribution.speaker.text, attribution.speaker.entity) == ("Senator Paul Okafor", "E1")


def test_a_dash_followed_by_a_long_phrase_before_the_name_is_no_attribution(tokenize, index_for):
    doc = tokenize("\u201cWe will win.\u201d \u2013 Office of the campaign chief for Paul Okafor")
    end = doc.text.index("win") + len("win")
    assert dash_attribution(doc.text, end, index_for(doc, {"Paul Okafor": "PERSON"})) is None


def _citing(parse, obj_det: str, obj_noun: str):
    return parse(f"""
        The      1 det   DET   the
        agency   2 nsubj NOUN  agency
        reported 2 ROOT  VERB  report   VBD
        the      4 det   DET   the
        closure  2 dobj  NOUN  closure
        ,        2 punct PUNCT ,
        citing   2 advcl VERB  cite     VBG
        {obj_det:<8} 8 det   DET   {obj_det.lower()}
        {obj_noun:<8} 6 dobj  NOUN  {obj_noun}
        .        2 punct PUNCT .
    """)


def test_the_party_a_report_cites_is_no_statement_of_its_own(parse, index_for):
    doc = _citing(parse, "a", "source")
    (reported,) = _attributions(doc, index_for(doc, {}))  # what the agency reported, not its source
    assert (reported.cue.text, _texts(doc, reported.content)) == ("reported", ["the closure"])


def test_the_figures_a_report_cites_are_what_was_said(parse, index_for):
    doc = _citing(parse, "the", "figures")
    citing = next(a for a in _attributions(doc, index_for(doc, {})) if a.cue.text == "citing")
    assert _texts(doc, citing.content) == ["the figures"]



def test_the_writer_speaking_in_the_first_person_outside_quotation_marks_makes_no_statement(parse, index_for):
    doc = parse("""
        We       1 nsubj PRON  we
        noted    1 ROOT  VERB  note  VBD
        that     5 mark  SCONJ that
        the      4 det   DET   the
        figures  5 nsubj NOUN  figure NNS
        were     1 ccomp AUX   be    VBD
        incomplete 5 acomp ADJ incomplete
        .        1 punct PUNCT .
    """)
    index = index_for(doc, {})
    assert verb_attributions(doc, doc.text, index, QuotedSpans(quoted_spans(doc.text)), statements=True) == []
    (noted,) = _attributions(doc, index)  # PolNeAR attributes an op-ed writer's views to the writer
    assert noted.speaker.text == "We" and _texts(doc, noted.content) == ["the figures were incomplete"]


def test_the_first_person_in_a_transcript_turn_speaks_for_that_turn(parse, index_for):
    doc = parse("""
        Okafor   3 dep   PROPN Okafor
        :        3 punct PUNCT :
        We       3 nsubj PRON  we
        noted    3 ROOT  VERB  note  VBD
        that     7 mark  SCONJ that
        the      6 det   DET   the
        figures  7 nsubj NOUN  figure NNS
        were     3 ccomp AUX   be    VBD
        incomplete 7 acomp ADJ incomplete
        .        3 punct PUNCT .
    """)
    (noted,) = _attributions(doc, index_for(doc, {"Okafor": "PERSON"}))
    assert noted.speaker.entity == "E1"
    assert _texts(doc, noted.content) == ["the figures were incomplete"]


def test_an_embedded_question_under_a_denied_cue_is_no_statement(parse, index_for):
    doc = parse("""
        The      1 det   DET   the
        company  4 nsubj NOUN  company
        would    4 aux   AUX   would
        not      4 neg   PART  not
        say      4 ROOT  VERB  say   VB
        when     8 advmod SCONJ when WRB
        the      7 det   DET   the
        launch   8 nsubj NOUN  launch
        happens  4 ccomp VERB  happen VBZ
        .        4 punct PUNCT .
    """)
    index = index_for(doc, {})
    assert verb_attributions(doc, doc.text, index, QuotedSpans(quoted_spans(doc.text)), statements=True) == []
    (withheld,) = _attributions(doc, index)  # PolNeAR marks what a source would not say
    assert _texts(doc, withheld.content) == ["when the launch happens"]


def test_a_refusal_to_say_is_an_attribution_of_the_refusal_not_of_the_question(parse, index_for):
    doc = parse("""
        The      1 det   DET   the
        mayor    2 nsubj NOUN  mayor
        declined 2 ROOT  VERB  decline VBD
        to       4 aux   PART  to
        say      2 xcomp VERB  say   VB
        whether  8 mark  SCONJ whether IN
        the      7 det   DET   the
        bridge   8 nsubj NOUN  bridge
        reopens  4 ccomp VERB  reopen VBZ
        .        2 punct PUNCT .
    """)
    index = index_for(doc, {})
    (declined,) = _attributions(doc, index)
    assert declined.cue.text == "declined"
    assert _texts(doc, declined.content) == ["to say whether the bridge reopens"]
    assert verb_attributions(doc, doc.text, index, QuotedSpans(quoted_spans(doc.text)), statements=True) == []


def test_a_denied_cue_with_a_that_clause_still_reports_it(parse, index_for):
    doc = parse("""
        The      1 det   DET   the
        mayor    4 nsubj NOUN  mayor
        did      4 aux   AUX   do    VBD
        not      4 neg   PART  not
        say      4 ROOT  VERB  say   VB
        that     8 mark  SCONJ that
        the      7 det   DET   the
        bridge   8 nsubj NOUN  bridge
        reopens  4 ccomp VERB  reopen VBZ
        .        4 punct PUNCT .
    """)
    (said,) = _attributions(doc, index_for(doc, {}))
    assert _texts(doc, said.content) == ["the bridge reopens"]


def test_a_bare_wh_word_object_is_no_statement(parse, index_for):
    doc = parse("""
        It       1 nsubj PRON  it
        is       1 ROOT  AUX   be    VBZ
        unclear  1 acomp ADJ   unclear
        what     6 dobj  PRON  what  WP
        the      5 det   DET   the
        mayor    6 nsubj NOUN  mayor
        said     2 ccomp VERB  say   VBD
        .        1 punct PUNCT .
    """)
    assert _attributions(doc, index_for(doc, {})) == []


def test_a_cue_noun_takes_the_noun_before_it_as_the_source(parse, index_for):
    doc = parse("""
        Despite  10 prep    ADP   despite
        union    2 compound NOUN  union
        warnings 0 pobj     NOUN  warning NNS
        that     6 mark     SCONJ that
        the      5 det      DET   the
        mine     6 nsubj    NOUN  mine
        was      2 acl      AUX   be      VBD
        unsafe   6 acomp    ADJ   unsafe
        ,        10 punct   PUNCT ,
        owners   10 nsubj   NOUN  owner   NNS
        reopened 10 ROOT    VERB  reopen  VBD
        it       10 dobj    PRON  it
        .        10 punct   PUNCT .
    """)
    (warning,) = _attributions(doc, index_for(doc, {}))
    assert warning.cue.text == "warnings" and warning.speaker.text == "union"
    assert _texts(doc, warning.content) == ["the mine was unsafe"]


def test_a_that_clause_the_parse_hangs_on_a_phrase_after_the_cue_is_its_content(parse, index_for):
    doc = parse("""
        He       1 nsubj  PRON  he     PRP
        told     1 ROOT   VERB  tell   VBD
        aides    1 dobj   NOUN  aide   NNS
        on       1 prep   ADP   on
        a        6 det    DET   a
        regular  6 amod   ADJ   regular
        basis    3 pobj   NOUN  basis
        that     10 mark  SCONJ that
        the      9 det    DET   the
        deal     10 nsubj NOUN  deal
        is       6 acl    AUX   be     VBZ
        dead     10 acomp ADJ   dead
        .        1 punct  PUNCT .
    """)
    (told,) = _attributions(doc, index_for(doc, {}))
    assert _texts(doc, told.content) == ["the deal is dead"]


def test_a_bracketed_as_clause_parsed_as_a_preposition_reports_the_rest(parse, index_for):
    doc = parse("""
        (         11 punct PUNCT (         -LRB-
        As        7  prep  ADP   as        IN
        chief     3  amod  ADJ   chief     JJ
        scientist 1  pobj  NOUN  scientist NN
        ,         7  punct PUNCT ,
        Helen     6  compound PROPN Helen  NNP
        Park      7  nsubj PROPN Park      NNP
        noted     11 advcl VERB  note      VBD
        ,         11 punct PUNCT ,
        the       10 det   DET   the
        test      11 nsubj NOUN  test      NN
        failed    11 ROOT  VERB  fail      VBD
        .         11 punct PUNCT .
        )         11 punct PUNCT )         -RRB-
    """)
    (noted,) = _attributions(doc, index_for(doc, {"Helen Park": "PERSON"}))
    assert noted.cue.text == "noted"
    assert _texts(doc, noted.content) == ["the test failed"]


def test_a_hearsay_adverb_reports_its_clause_with_no_source_only_as_an_attribution(parse, index_for):
    doc = parse("""
        The       1 det    DET   the
        guard     3 nsubjpass NOUN guard
        was       3 auxpass AUX  be       VBD
        fired     3 ROOT   VERB  fire     VBN
        after     7 mark   SCONJ after
        he        7 nsubj  PRON  he       PRP
        allegedly 7 advmod ADV   allegedly RB
        took      3 advcl  VERB  take     VBD
        bribes    7 dobj   NOUN  bribe    NNS
        .         3 punct  PUNCT .
    """)
    (alleged,) = _attributions(doc, index_for(doc, {}))
    assert alleged.cue.text == "allegedly"
    assert alleged.speaker is None
    assert _texts(doc, alleged.content) == ["he", "took bribes"]
    assert verb_attributions(doc, doc.text, index_for(doc, {}), QuotedSpans(quoted_spans(doc.text)), statements=True) == []


def test_in_a_poll_opening_its_sentence_reports_the_rest_as_the_poll_finding(parse, index_for):
    doc = parse("""
        In        7 prep   ADP   in
        the       3 det    DET   the
        latest    3 amod   ADJ   latest   JJS
        survey    0 pobj   NOUN  survey   NN
        ,         7 punct  PUNCT ,
        the       6 det    DET   the
        mayor     7 nsubj  NOUN  mayor    NN
        gained    7 ROOT   VERB  gain     VBD
        two       9 nummod NUM   two      CD
        points    7 dobj   NOUN  point    NNS
        .         7 punct  PUNCT .
    """)
    (found,) = _attributions(doc, index_for(doc, {}))
    assert found.cue.text == "In"
    assert found.speaker.text == "the latest survey"
    assert _texts(doc, found.content) == ["the mayor gained two points"]


def test_in_a_poll_inside_its_sentence_reports_nothing(parse, index_for):
    doc = parse("""
        Two       1 nummod NUM   two      CD
        towns     2 nsubj  NOUN  town     NNS
        ranked    2 ROOT   VERB  rank     VBD
        in        2 prep   ADP   in
        the       5 det    DET   the
        survey    3 pobj   NOUN  survey   NN
        as        2 prep   ADP   as
        the       8 det    DET   the
        safest    6 pobj   ADJ   safe     JJS
        .         2 punct  PUNCT .
    """)
    assert _attributions(doc, index_for(doc, {})) == []
