"""Quote extraction on short wire-style passages: cues, content spans, kinds and speakers."""

from __future__ import annotations

import pytest

from newsgraph import Options
from newsgraph.extract.quotes import extract_quotes
from newsgraph.records import Analysis, Quote


def _speaker_entity_name(analysis: Analysis, quote: Quote) -> str | None:
    entity = analysis.entity(quote.speaker.entity) if quote.speaker else None
    return entity.name if entity else None


def _only(analysis: Analysis, containing: str) -> Quote:
    matches = [q for q in analysis.quotes if containing in q.text]
    assert len(matches) == 1, [q.text for q in analysis.quotes]
    return matches[0]


def test_every_quote_text_is_its_span_of_the_article(analyze):
    text = 'Mayor Ann Ruiz said the bridge would reopen in May. "We are on schedule," she added.'
    analysis = analyze(text)
    assert analysis.quotes
    for quote in analysis.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert text[quote.cue.start : quote.cue.end] == quote.cue.text
        assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


def test_a_quote_split_around_its_cue_gives_two_pieces_with_one_cue_and_speaker(analyze):
    analysis = analyze('"We are ready," said Colonel Mark Osei, "and we have been for months."')
    first = _only(analysis, "We are ready")
    second = _only(analysis, "we have been for months")
    assert first.text == "We are ready" and first.kind == "direct"
    assert first.cue == second.cue and first.cue.text == "said"
    assert first.speaker == second.speaker
    assert _speaker_entity_name(analysis, first) == "Mark Osei"


def test_a_paragraph_that_continues_a_quote_without_closing_mark_keeps_the_speaker(analyze):
    text = (
        'Finance Minister Clara Duval said the budget was balanced. "We cut spending where it hurt least.\n\n'
        '"Next year we will go further and cut the deficit by half," she said.'
    )
    analysis = analyze(text)
    opening = _only(analysis, "We cut spending where it hurt least")
    assert opening.speaker is not None and _speaker_entity_name(analysis, opening) == "Clara Duval"
    assert "\n" not in opening.text


def test_curly_quotes_are_read_and_excluded_from_the_span(analyze):
    text = "\u201cThe river has never been this high,\u201d said Joe Mbeki, the town engineer."
    quote = _only(analyze(text), "river")
    assert quote.text == "The river has never been this high"
    assert quote.kind == "direct"
    assert quote.speaker.text.startswith("Joe Mbeki")


def test_according_to_names_the_source_and_keeps_the_rest_as_content(analyze):
    analysis = analyze("Fuel prices will rise by a third next month, according to the Energy Ministry.")
    quote = _only(analysis, "Fuel prices")
    assert quote.cue.text == "according to"
    assert quote.text == "Fuel prices will rise by a third next month"
    assert quote.speaker.text == "the Energy Ministry"


def test_a_colon_lead_in_reports_what_follows(analyze):
    analysis = analyze("General Ivan Petrov said: the ceasefire ends at dawn and no convoy will be stopped.")
    quote = _only(analysis, "ceasefire ends at dawn")
    assert quote.text == "the ceasefire ends at dawn and no convoy will be stopped"
    assert quote.cue.text == "said"
    assert _speaker_entity_name(analysis, quote) == "Ivan Petrov"


def test_a_name_and_colon_opening_a_paragraph_says_the_rest_of_it(analyze):
    analysis = analyze("Talks resume in Geneva.\n\nMaria Lopez: Nobody should expect a deal this week.")
    quote = _only(analysis, "Nobody should expect")
    assert quote.cue.text == ":"
    assert _speaker_entity_name(analysis, quote) == "Maria Lopez"


def test_an_inverted_cue_after_the_quote_takes_the_name_after_the_verb(analyze):
    analysis = analyze('"The talks have collapsed," said Amina Yusuf, a spokeswoman for the union.')
    quote = _only(analysis, "talks have collapsed")
    assert quote.cue.text == "said"
    assert _speaker_entity_name(analysis, quote) == "Amina Yusuf"


def test_a_dash_after_a_quote_attributes_it_to_the_name_that_follows(analyze):
    analysis = analyze('"No country can win a trade war against its own farmers." \u2013 Senator Paul Okafor')
    quote = _only(analysis, "trade war")
    assert quote.cue.text == "\u2013"
    assert _speaker_entity_name(analysis, quote) == "Paul Okafor"


def test_was_quoted_as_saying_credits_the_subject(analyze):
    analysis = analyze("Police chief Dana Whitfield was quoted as saying that the suspects had fled north.")
    quote = _only(analysis, "suspects had fled north")
    assert quote.cue.text == "was quoted as saying"
    assert _speaker_entity_name(analysis, quote) == "Dana Whitfield"


def test_a_paraphrase_with_a_quoted_fragment_is_one_mixed_quote(analyze):
    analysis = analyze('Governor Lena Hart said the storm response had been "a total failure."')
    quote = _only(analysis, "storm response")
    assert quote.kind == "mixed"
    assert quote.text == 'the storm response had been "a total failure."'
    assert _speaker_entity_name(analysis, quote) == "Lena Hart"


def test_a_pronoun_speaker_is_resolved_to_the_person_named_before(analyze):
    text = (
        "Opposition leader Tomas Berg met the prime minister on Monday. "
        "He said the election should be held before the summer."
    )
    analysis = analyze(text)
    quote = _only(analysis, "election should be held")
    assert quote.speaker.text == "He"
    assert _speaker_entity_name(analysis, quote) == "Tomas Berg"


def test_a_quote_without_any_speaker_keeps_speaker_none(analyze):
    text = (
        "The protest began at noon outside the parliament building.\n\n"
        '"We will stay here until the law is withdrawn and our voices are heard."'
    )
    quote = _only(analyze(text), "stay here until the law")
    assert quote.speaker is None


def test_a_scare_quoted_term_is_not_a_quote(analyze):
    analysis = analyze('The ministry described the layoffs as a "restructuring" of the railway.')
    assert not [q for q in analysis.quotes if q.text == "restructuring"]


def test_a_verb_inside_a_reported_clause_is_not_taken_as_the_cue(analyze):
    analysis = analyze(
        'Envoy Rosa Lind told reporters that both sides had agreed to keep negotiating "as long as it takes."'
    )
    quote = _only(analysis, "both sides had agreed")
    assert quote.cue.text == "told"
    assert _speaker_entity_name(analysis, quote) == "Rosa Lind"


def test_a_conditional_clause_keeps_its_if(analyze):
    analysis = analyze("Minister Omar Haddad said that if the rains fail again, food prices will double.")
    quote = _only(analysis, "food prices will double")
    assert quote.text == "if the rains fail again, food prices will double"


def test_a_conjoined_clause_stays_in_the_reported_content(analyze):
    analysis = analyze("Coach Ben Amos said the team was tired, and the schedule had been brutal.")
    quote = _only(analysis, "team was tired")
    assert quote.text == "the team was tired, and the schedule had been brutal"


@pytest.mark.parametrize("verb", ["warned", "insisted", "admitted", "claimed"])
def test_reporting_verbs_other_than_say_are_cues(analyze, verb):
    analysis = analyze(f"Union leader Maria Costa {verb} that the strike would spread to the ports.")
    quote = _only(analysis, "strike would spread")
    assert quote.cue.text == verb
    assert quote.kind == "indirect"


def test_it_continues_the_organisation_quoted_just_before(analyze):
    analysis = analyze("Kenya's Ministry of Health said cases were rising. It warned that clinics were full.")
    said = _only(analysis, "cases were rising")
    warned = _only(analysis, "clinics were full")
    assert warned.speaker.text == "It"
    assert warned.speaker.entity is not None and warned.speaker.entity == said.speaker.entity


def test_being_asked_is_not_speaking_the_asker_stays_unnamed(analyze):
    analysis = analyze(
        "Asked about the delay, Minister Clara Duval said the report would be published next week."
    )
    answer = _only(analysis, "report would be published")
    assert _speaker_entity_name(analysis, answer) == "Clara Duval"
    assert all(q.speaker is None for q in analysis.quotes if q.cue and q.cue.text == "Asked")


def test_a_relative_pronoun_source_resolves_through_its_antecedent(analyze):
    analysis = analyze("The plan was opposed by Senator Ruth Obi, who warned that it would raise rents.")
    quote = _only(analysis, "raise rents")
    assert quote.speaker.text == "who"
    assert _speaker_entity_name(analysis, quote) == "Ruth Obi"


def test_a_short_question_cut_from_its_cue_by_the_sentence_splitter_is_still_its_quote(analyze):
    analysis = analyze('The farmer looked up at the clouds. “Is it going to rain?” he asked. “You ready?” she said.')
    short = _only(analysis, "You ready")
    assert short.kind == "direct" and short.cue is not None and short.cue.text == "said"
    assert short.speaker is not None and short.speaker.text == "she"


def test_a_cue_interrupting_one_clause_leaves_it_one_quote(analyze):
    analysis = analyze("The new ferry terminal, the harbour master said, will open before the summer season.")
    [quote] = analysis.quotes
    assert quote.text.startswith("The new ferry terminal") and quote.text.endswith("summer season")


def test_according_to_between_auxiliary_and_verb_leaves_one_quote(analyze):
    analysis = analyze("The lorry had, according to the World Food Programme, reached the camp by noon.")
    [quote] = analysis.quotes
    assert quote.text.startswith("The lorry had") and quote.text.endswith("by noon")
    assert _speaker_entity_name(analysis, quote) == "World Food Programme"


def test_a_whole_clause_before_an_interrupting_cue_stays_a_statement_of_its_own(analyze):
    analysis = analyze("While some traders sold early, the broker said, most held their shares until the close.")
    assert [q.text for q in analysis.quotes] == ["While some traders sold early", "most held their shares until the close"]


def test_a_quote_left_open_after_a_cued_one_and_its_next_paragraph_keep_the_speaker(analyze):
    text = (
        '"The pumps cut the flooding within a week," Mayor Ellen Price wrote. " The crews worked on the old '
        'canal through the winter, rotating every month.\n\n'
        '"I have not seen water in the streets since then. The town is back to what it was."'
    )
    analysis = analyze(text)
    first = _only(analysis, "The pumps cut")
    left_open = _only(analysis, "The crews worked")
    next_paragraph = _only(analysis, "I have not seen water")
    assert first.speaker is not None and "Ellen Price" in first.speaker.text
    assert left_open.speaker == first.speaker and next_paragraph.speaker == first.speaker


@pytest.mark.parametrize(
    "text",
    [
        "Which is not to say that the harvest was good.",
        "Often called farmer lung, the illness can last for years.",
    ],
)
def test_a_copula_infinitive_or_a_naming_participle_is_no_statement(analyze, text):
    assert analyze(text).quotes == ()


def test_that_said_opening_a_sentence_is_no_speaker(analyze):
    analysis = analyze("That said, the ministry says that the road will reopen in May.")
    [quote] = analysis.quotes
    assert quote.speaker.text == "the ministry" and quote.text == "the road will reopen in May"


def test_according_to_between_dashes_reports_only_the_aside(analyze):
    text = "Given the drought -- and the fact that wheat prices doubled, according to the World Bank -- bread is dear."
    [quote] = analyze(text).quotes
    assert quote.text == "the fact that wheat prices doubled"


def test_a_cue_in_the_previous_paragraph_does_not_claim_a_quote(analyze):
    text = (
        "Wheat prices doubled this year, according to the World Bank.\n\n"
        '"We will not give up on the valley and its people, whatever happens next year."'
    )
    quote = _only(analyze(text), "We will not give up")
    assert quote.speaker is None


def test_the_statement_stands_for_whoever_issued_it_and_read_closes_a_quote(analyze):
    text = (
        "On Monday, Harbor Freight Lines issued a statement about the strike.\n\n"
        "The statement, which was seen by the Gazette, claimed that the union had broken the agreement.\n\n"
        '"We remain open to talks," the statement read.'
    )
    analysis = analyze(text)
    claim = _only(analysis, "the union had broken")
    talks = _only(analysis, "We remain open to talks")
    assert talks.cue.text == "read"
    assert _speaker_entity_name(analysis, claim) == _speaker_entity_name(analysis, talks) == "Harbor Freight Lines"


def test_a_description_with_its_own_kind_word_is_not_an_earlier_one_without_it(analyze):
    text = (
        "Critics accused the Norway-based company of hiding its losses.\n\n"
        'Northgate Studios denied that it had signed a deal. "Northgate Studios never agreed to any such '
        'terms," the production company said in a statement.'
    )
    analysis = analyze(text)
    quote = _only(analysis, "never agreed")
    assert _speaker_entity_name(analysis, quote) == "Northgate Studios"


def test_a_report_by_a_named_source_speaks_for_it(analyze):
    text = "The two carriers are in merger talks, according to a new report by the Coastal Herald."
    analysis = analyze(text)
    [quote] = analysis.quotes
    assert _speaker_entity_name(analysis, quote) == "Coastal Herald"


def test_a_user_of_a_platform_is_not_the_platform(analyze):
    analysis = analyze("One Weibo commenter said the new rules were unfair to small shops.")
    [quote] = analysis.quotes
    assert quote.speaker.text == "One Weibo commenter" and quote.speaker.entity is None


def test_a_plural_company_description_is_several_firms_not_a_country(analyze):
    text = "Nine US companies won contracts to fly cargo to the moon.\n\nThe companies said they wanted to add passengers later."
    analysis = analyze(text)
    quote = _only(analysis, "add passengers")
    assert quote.speaker.text == "The companies" and quote.speaker.entity is None


def test_per_a_named_source_credits_it_and_per_a_unit_does_not(analyze):
    analysis = analyze("The virus, per the World Health Organization, spreads through rats and their fleas.")
    [quote] = analysis.quotes
    assert quote.cue.text == "per" and _speaker_entity_name(analysis, quote) == "World Health Organization"
    assert analyze("Oil sold for $60 per barrel on Monday.").quotes == ()


def test_a_conjoined_clause_whose_cue_word_reports_nothing_stays_in_the_content(analyze):
    analysis = analyze("The mayor said the town employs 300 seasonal workers, and she sees their value every summer.")
    [quote] = analysis.quotes
    assert quote.text.endswith("every summer")


def test_a_quotation_with_its_own_cue_stays_its_speakers_words_under_per(analyze):
    analysis = analyze('"Do not hide things like this," one commenter wrote on Weibo, per the Beijing Daily.')
    [quote] = analysis.quotes
    assert quote.cue.text == "wrote" and quote.speaker.text == "one commenter"


def test_according_to_on_the_cue_verb_reports_the_saying_as_one_statement(analyze):
    analysis = analyze("The harbour is closed, the coast guard said, according to Reuters.")
    [quote] = analysis.quotes
    assert quote.cue.text == "according to" and _speaker_entity_name(analysis, quote) == "Reuters"
    assert quote.text.startswith("The harbour is closed")


def test_a_person_the_quotation_talks_about_is_not_who_he_is(analyze):
    text = (
        "Fire chief Tom Reyes said the blaze was under control by Tuesday.\n\n"
        '"I called Governor Frank Mills last night and told him we need more crews," he said.\n\n'
        '"The governor promised help," he added.'
    )
    analysis = analyze(text)
    quote = _only(analysis, "The governor promised help")
    assert _speaker_entity_name(analysis, quote) == "Tom Reyes"


@pytest.mark.parametrize(
    "text",
    [
        'Her memoir, "Notes From a Border Town at the Edge of the World," sold 200,000 copies.',
        'The band closed its set with "We Will Never Walk Alone Again Tonight," a crowd favorite.',
        'He made the remarks on "Sunday Morning With the Nation\'s Leaders" on national television.',
    ],
)
def test_a_quoted_title_of_a_work_or_show_is_no_quote(analyze, text):
    assert not analyze(text).quotes


@pytest.mark.parametrize(
    "text",
    [
        'The rebels, dubbed "the ghost brigade" by villagers, crossed the river at night.',
        'A militia known as "the Lions of the Valley" claimed the attack on the convoy.',
        'The so-called "Tehran Protocol" was never ratified by parliament.',
        'He was nicknamed "The Hammer" during his years in the ring.',
    ],
)
def test_a_quoted_name_after_a_naming_word_is_no_quote(analyze, text):
    assert not analyze(text).quotes


def test_a_naming_verb_with_a_subject_of_its_own_still_quotes_it(analyze):
    text = 'Jones condemned what he called "a reckless gamble with the savings of ordinary families."'
    assert "a reckless gamble" in _only(analyze(text), "reckless gamble").text


@pytest.mark.parametrize(
    "text",
    [
        'A sign on the door read "Closed until further notice by order of the health department."',
        'The sign said "Trespassers will be prosecuted to the full extent of the law."',
        'Protesters carried banners reading "we will not be silenced by anyone" through the city.',
    ],
)
def test_words_written_on_a_sign_or_banner_have_no_speaker(analyze, text):
    quotes = analyze(text).quotes
    assert quotes and all(q.speaker is None for q in quotes)


def test_the_statement_read_is_still_a_source(analyze):
    text = 'Delta Power issued a statement. "We regret the outage and are restoring service," the statement read.'
    assert _only(analyze(text), "We regret the outage").cue.text == "read"


def test_a_question_put_to_the_source_and_saying_nothing_are_no_quotes(analyze):
    assert not analyze("Asked whether he would resign, the minister said nothing and left the room.").quotes


def test_a_quoted_sentence_with_no_cue_opening_a_paragraph_is_kept_without_speaker(analyze):
    text = 'The storm passed overnight.\n\n"Nobody in this town has ever seen water rise like that before."'
    quote = _only(analyze(text), "Nobody in this town")
    assert quote.speaker is None


def test_a_quoted_line_run_on_into_the_next_paragraph_is_not_given_a_cue_further_on(analyze):
    text = (
        "Doctors at the clinic tested him for a week.\n\n"
        "\u201cThe lungs react to the feathers as they would to an infection\u201d\n\n"
        "Dr. Peter Marsh phoned the man and asked about his home. And once the man mentioned that he had "
        "bought new pillows, Marsh knew the cause."
    )
    quote = _only(analyze(text), "lungs react")
    assert quote.cue is None and quote.speaker is None


def test_a_pull_quote_repeating_a_cued_quote_is_no_statement_of_its_own(analyze):
    text = (
        "\u201cThe lungs react to the feathers as they would to an infection\u201d\n\n"
        "Dr. Peter Marsh phoned the patient and asked about his home.\n\n"
        "\u201cIn some people, the lungs react to the feathers as they would to an infection,\u201d "
        "Marsh told reporters."
    )
    (quote,) = analyze(text).quotes
    assert quote.text.startswith("In some people") and quote.cue.text == "told"


def test_unnamed_officials_of_a_country_are_nobody_named_but_an_organisations_speak_for_it(analyze):
    text = "US officials said the rescue mission had failed. Pentagon officials said a review was under way."
    analysis = analyze(text)
    assert _only(analysis, "rescue mission").speaker.entity is None
    assert _speaker_entity_name(analysis, _only(analysis, "review was under way")) == "Pentagon"


def test_a_hyphenated_title_before_the_name_after_the_cue_leaves_the_name_as_speaker(analyze):
    text = "The glacier lost a third of its mass in a decade, said study co-author Ingrid Halvorsen, a geologist."
    analysis = analyze(text)
    assert _speaker_entity_name(analysis, _only(analysis, "glacier lost")) == "Ingrid Halvorsen"


def test_a_that_clause_after_a_time_phrase_is_what_the_cue_reports(analyze):
    text = "The two detainees insisted back then that they were being treated well by the wardens."
    assert _only(analyze(text), "being treated well").cue.text == "insisted"


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ('"We are done," he said. "We are going home."', "We are done", "We are going home"),
        ('"It is over," the coach said of the season. "For now, anyway."', "It is over", "For now, anyway"),
        ('"Look at them," she said, pointing at the boats. "Every single one."', "Look at them", "Every single one"),
    ],
)
def test_a_short_quoted_sentence_after_a_cued_quote_continues_its_speaker(analyze, text, first, second):
    analysis = analyze(text)
    opening, following = _only(analysis, first), _only(analysis, second)
    assert opening.text == first and following.text == second
    assert following.cue == opening.cue and following.speaker == opening.speaker


def test_a_short_quoted_phrase_inside_a_sentence_after_a_cued_quote_is_no_statement(analyze):
    analysis = analyze('"We are done," he said. Fans waved "fresh start" flags outside the stadium.')
    assert [q.text for q in analysis.quotes] == ["We are done"]


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        (
            "Mayor Ines Duarte added:\n\nThe bridge will be closed for a month. Drivers should use the ring road.",
            "added",
            "The bridge will be closed for a month. Drivers should use the ring road.",
        ),
        (
            "In a letter to parents, the headteacher wrote:\n\nWe have found damp in two classrooms. Lessons will move "
            "to the hall until it is fixed.\n\nThe school reopened on Monday.",
            "wrote",
            "We have found damp in two classrooms. Lessons will move to the hall until it is fixed.",
        ),
    ],
)
def test_a_cue_and_colon_ending_a_paragraph_report_the_next_paragraph(analyze, text, cue, said):
    [quote] = analyze(text).quotes
    assert quote.cue.text == cue and quote.text == said.rstrip(".")


def test_a_transcript_turn_under_a_surname_in_capitals_is_that_persons(analyze):
    text = (
        "Mayor Anna Kowalski took questions from the host of the morning show on Monday.\n\n"
        "KOWALSKI: We will not raise taxes this year. The reserves are enough to carry us.\n\n"
        '"KOWALSKI: Next year is another story, and I will not promise anything."'
    )
    analysis = analyze(text)
    first = _only(analysis, "We will not raise taxes")
    second = _only(analysis, "Next year is another story")
    assert first.text == "We will not raise taxes this year. The reserves are enough to carry us"
    assert second.text.startswith("Next year") and second.text.endswith("promise anything")
    assert _speaker_entity_name(analysis, first) == _speaker_entity_name(analysis, second) == "Anna Kowalski"


def test_a_label_in_capitals_that_names_nobody_in_the_article_is_no_speaker(analyze):
    analysis = analyze("Mayor Anna Kowalski spoke on Monday.\n\nWATCH: Floodwater pours through the old mill in the valley.")
    assert analysis.quotes == ()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A survey of 2,000 farmers showed most were planning to cut their herds this year.",
            "most were planning to cut their herds this year",
        ),
        ("The audit found the ministry had lost 40 laptops.", "the ministry had lost 40 laptops"),
        ("Recent polls show voters are turning against the plan.", "voters are turning against the plan"),
    ],
)
def test_a_poll_or_study_reports_the_finding_its_showing_verb_takes_without_that(analyze, text, content):
    [quote] = analyze(text).quotes
    assert quote.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Blood tests showed the patient had been poisoned.",
        "Divers found the ship had sunk in shallow water.",
        "The audit found 40 missing laptops at the ministry.",
    ],
)
def test_a_finding_without_that_from_no_poll_or_study_or_as_an_object_is_no_statement(analyze, text):
    assert analyze(text).quotes == ()


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "Many residents are afraid that the river will flood again.",
            "are afraid",
            "Many residents",
            "the river will flood again",
        ),
        ("The minister is confident the deal will pass next week.", "is confident", "The minister", "the deal will pass next week"),
        ("Dairy farmers were worried that prices would fall further.", "were worried", "Dairy farmers", "prices would fall further"),
    ],
)
def test_a_belief_adjective_reports_the_clause_it_takes(analyze, text, cue, speaker, content):
    [quote] = analyze(text).quotes
    assert (quote.cue.text, quote.speaker.text, quote.text) == (cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    ["It is clear that the plan has failed.", "The team was sure of victory.", "Are you sure the door is locked?"],
)
def test_a_belief_adjective_without_a_source_or_a_clause_is_no_statement(analyze, text):
    assert analyze(text).quotes == ()


def test_according_to_after_a_quoted_paragraph_credits_its_own_paragraph(analyze):
    text = (
        '"Dairy prices have halved in two years," she wrote, "and most farms are running at a loss."\n\n'
        "About 2 million small farms with dairy herds operate in the region, according to state figures. "
        "Half of them rent their land."
    )
    quote = _only(analyze(text), "small farms")
    assert quote.text == "About 2 million small farms with dairy herds operate in the region"
    assert quote.cue.text == "according to" and quote.speaker.text == "state figures"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied the allegations on Tuesday.",
        "The union announced a strike for next week.",
        "Police identified the victim as a 34-year-old man from Leeds.",
        "Officials urged residents to leave their homes before the storm.",
        "The carmaker has pledged to cut emissions by half by 2030.",
        "Doctors advised him to rest for two weeks.",
        "The opposition leader called for calm after the vote.",
        "Forecasters warned of heavy flooding along the coast.",
        "The mayor's call for calm went unheeded as crowds gathered.",
        "The president's pledge to cut taxes won him the election.",
    ],
)
def test_a_cues_bare_object_or_infinitive_is_no_statement(analyze, text):
    assert not analyze(text).quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator denied taking any money from the lobby group.", "taking any money from the lobby group"),
        ('The mayor described the plan as "a betrayal of every family on this street."', "a betrayal of every family"),
        ("The airline denied the claims, saying its planes were safe.", "its planes were safe"),
        ("Prosecutors accused the broker of fraud and of lying to his clients.", "fraud"),
        ("The mayor was accused of fraud by two of his former aides.", "fraud"),
        ("Her claim that the vote was rigged drew criticism from observers.", "the vote was rigged"),
        ("The governor cited the turnout as proof that the reform was working.", "the reform was working"),
    ],
)
def test_a_gerund_a_quoted_object_or_a_clause_is_still_what_the_cue_reports(analyze, text, content):
    assert content in _only(analyze(text), content).text


def test_a_borrowed_phrase_with_no_cue_is_no_quote_but_one_beside_a_cue_is(analyze):
    assert not analyze('The audit depicted "years of neglect, missing records and broken pumps" at the station.').quotes
    text = 'After saying her knee was "so sore I could barely climb the stairs," she was rushed to hospital.'
    assert analyze(text).quotes


def test_the_attributions_scope_also_reports_objects_and_infinitives(pipeline):
    doc = pipeline.nlp("The ministry denied the allegations. Officials urged residents to leave their homes.")
    found = [q.text for q in extract_quotes(doc, options=Options.load(quote_scope="attributions"))]
    assert found == ["the allegations", "residents to leave their homes"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The farmers' union backed the new water plan.", "the new water plan"),
        ("The opposition leader mocked the budget.", "the budget"),
        ("Several governors have opposed the fuel tax.", "the fuel tax"),
        ("The senator defended the new border rules.", "the new border rules"),
        ("The challenger attacked the incumbent.", "the incumbent"),
        ("Most council members support the stadium deal.", "the stadium deal"),
        ("Striking nurses protested the pay freeze.", "the pay freeze"),
    ],
)
def test_the_attributions_scope_reports_a_judged_object_bare(pipeline, text, content):
    _only_an_attribution(pipeline, text, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The airline wants to cut 400 jobs.", "to cut 400 jobs"),
        ("The council declined to release the report.", "to release the report"),
        ("The regulator plans to fine both banks.", "to fine both banks"),
        ("The mayor has decided to close the bridge.", "to close the bridge"),
        ("The growers want a bigger share of the water.", "a bigger share of the water"),
        ("The coach expects to name his squad on Friday.", "to name his squad on Friday"),
    ],
)
def test_the_attributions_scope_reports_what_a_source_means_to_do(pipeline, text, content):
    _only_an_attribution(pipeline, text, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ministers discussed the grain corridor.", "the grain corridor"),
        ("The carmaker unveiled a cheaper electric model.", "a cheaper electric model"),
        ("The council revealed the cost of the repairs.", "the cost of the repairs"),
        ("The ministry has not responded to questions about the contract.", "questions about the contract"),
    ],
)
def test_the_attributions_scope_reports_what_a_source_discusses_reveals_or_answers(pipeline, text, content):
    _only_an_attribution(pipeline, text, content)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The reform was endorsed by the largest farm union.", ["The reform"], "the largest farm union"),
        ("Turnout is expected to fall in the northern districts.", ["Turnout", "to fall in the northern districts"], None),
        ("The transfer was described as a betrayal.", ["The transfer", "as a betrayal"], None),
    ],
)
def test_the_attributions_scope_reports_a_passive_cues_subject_with_its_agent_as_source(
    pipeline, text, content, speaker
):
    doc = pipeline.nlp(text)
    quotes = list(extract_quotes(doc, options=Options.load(quote_scope="attributions")))
    assert [q.text for q in quotes] == content
    assert {q.speaker.text if q.speaker else None for q in quotes} == {speaker}
    assert not list(extract_quotes(doc, options=Options.load()))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The audit found 40 missing laptops.", ["40 missing laptops"]),
        ("Polls show a tight race in the county.", ["a tight race in the county"]),
        ("A survey of 2,000 households found deep distrust of the police.", ["deep distrust of the police"]),
        ("Investigators found the wreck on Tuesday.", []),
    ],
)
def test_the_attributions_scope_reports_what_a_poll_or_study_finds_as_its_object(pipeline, text, content):
    doc = pipeline.nlp(text)
    assert [q.text for q in extract_quotes(doc, options=Options.load(quote_scope="attributions"))] == content
    assert not list(extract_quotes(doc, options=Options.load()))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Many growers would like to sell their land to the state.", "to sell their land to the state"),
        ("The senator loves the new tariff plan.", "the new tariff plan"),
        ("Most residents hate the idea of a toll road.", "the idea of a toll road"),
        ("Younger voters admire the former general.", "the former general"),
    ],
)
def test_the_attributions_scope_reports_what_a_source_likes_or_hates(pipeline, text, content):
    _only_an_attribution(pipeline, text, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The assembly approved the new budget.", "the new budget"),
        ("The court overturned the ban.", "the ban"),
        ("The president vetoed the spending bill.", "the spending bill"),
        ("The ministry will examine the complaints.", "the complaints"),
    ],
)
def test_the_attributions_scope_reports_what_a_body_approves_overturns_or_examines(pipeline, text, content):
    _only_an_attribution(pipeline, text, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor's effort to close the landfill has stalled.", "to close the landfill"),
        ("The court's decision to free the two men angered the families.", "to free the two men"),
        ("The union's willingness to strike worries the airline.", "to strike"),
    ],
)
def test_the_attributions_scope_reports_the_infinitive_of_a_noun_of_intent(pipeline, text, content):
    _only_an_attribution(pipeline, text, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rural voters have embraced the new party.", "the new party"),
        ("Most economists favor a gradual rise in rates.", "a gradual rise in rates"),
        ("The unions resisted the pension reform.", "the pension reform"),
        ("The finance minister presented a leaner budget.", "a leaner budget"),
    ],
)
def test_the_attributions_scope_reports_what_a_source_embraces_resists_or_presents(pipeline, text, content):
    _only_an_attribution(pipeline, text, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister ruled out a rise in fuel duty.", "a rise in fuel duty"),
        ("Exporters fear a sharp drop in demand.", "a sharp drop in demand"),
        ("Police suspect arson.", "arson"),
    ],
)
def test_the_attributions_scope_reports_what_a_source_rules_out_fears_or_suspects(pipeline, text, content):
    _only_an_attribution(pipeline, text, content)


def _only_an_attribution(pipeline, text, content):
    """`content` is what the attributions scope reports, and the statements scope reports nothing."""
    doc = pipeline.nlp(text)
    assert [q.text for q in extract_quotes(doc, options=Options.load(quote_scope="attributions"))] == [content]
    assert not list(extract_quotes(doc, options=Options.load()))


@pytest.mark.parametrize(
    "text",
    [
        "The union threatened to block the bill, should the ministry fail to raise wages.",
        "Growers vowed to keep up the blockade, should the government refuse to lift the tax.",
    ],
)
def test_an_inverted_condition_after_a_comma_is_no_reported_clause(pipeline, text):
    assert not list(extract_quotes(pipeline.nlp(text), options=Options.load()))


def test_a_condition_inside_a_reported_clause_stays_in_it(pipeline):
    text = "The governor warned he would veto the budget if lawmakers cut school funding."
    quotes = list(extract_quotes(pipeline.nlp(text), options=Options.load()))
    assert [q.text for q in quotes] == ["he would veto the budget if lawmakers cut school funding"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The coach decided the team should train indoors.", "the team should train indoors"),
        ("By noon the villagers knew the dam would not hold.", "the dam would not hold"),
        ("She soon realized the letter had been forged.", "the letter had been forged"),
        ("Investors learned the plant would close in June.", "the plant would close in June"),
    ],
)
def test_the_attributions_scope_reports_a_finite_clause_with_no_that_after_a_verb_of_knowing(
    pipeline, text, content
):
    _only_an_attribution(pipeline, text, content)


@pytest.mark.parametrize(
    "text",
    ["The inspectors found it hard to reach the site.", "Police found the car abandoned near the border."],
)
def test_a_small_clause_after_a_verb_of_finding_is_no_reported_clause(pipeline, text):
    assert not list(extract_quotes(pipeline.nlp(text), options=Options.load(quote_scope="attributions")))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator wants to end the tax break, close the loophole and raise the levy on imports.",
            "to end the tax break, close the loophole and raise the levy on imports",
        ),
        (
            "The mayor promised to fix the roads, cut fares and hire 200 more drivers.",
            "to fix the roads, cut fares and hire 200 more drivers",
        ),
    ],
)
def test_bare_verbs_conjoined_after_an_infinitive_stay_in_what_it_reports(pipeline, text, content):
    _only_an_attribution(pipeline, text, content)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ministry issued a statement late on Friday.", "a statement", "The ministry"),
        ("A local station first published the video.", "the video", "A local station"),
        ("The footage was first published by a local news site.", "The footage", "a local news site"),
    ],
)
def test_the_attributions_scope_reports_a_work_put_out_as_its_makers(pipeline, text, content, speaker):
    doc = pipeline.nlp(text)
    (quote,) = extract_quotes(doc, options=Options.load(quote_scope="attributions"))
    assert (quote.text, quote.speaker.text) == (content, speaker)
    assert not list(extract_quotes(doc, options=Options.load()))


@pytest.mark.parametrize(
    "text",
    ["The rebels released two hostages on Sunday.", "The bank issued new shares worth $2 billion."],
)
def test_putting_out_something_that_is_no_work_reports_nothing(pipeline, text):
    assert not list(extract_quotes(pipeline.nlp(text), options=Options.load(quote_scope="attributions")))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Video of the arrest shows an officer pushing the man down.", "an officer pushing the man down"),
        ("A photo taken at the scene shows the truck lying on its side.", "the truck lying on its side"),
        ("The latest average of polls shows the senator leading in Ohio.", "the senator leading in Ohio"),
    ],
)
def test_the_attributions_scope_reports_what_footage_or_an_average_shows(pipeline, text, content):
    _only_an_attribution(pipeline, text, content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A reporter for the local paper reported her arrival on Twitter.", "her arrival on Twitter"),
        ("The former aide wrote a memoir of her years in office.", "a memoir of her years in office"),
        ("She recalled her first day in parliament.", "her first day in parliament"),
        ("The minister did not specify the date of the vote.", "the date of the vote"),
    ],
)
def test_the_attributions_scope_reports_what_a_source_reports_writes_or_recalls(pipeline, text, content):
    _only_an_attribution(pipeline, text, content)


def test_the_attributions_scope_reports_a_passive_reports_subject_with_its_agent_as_source(pipeline):
    doc = pipeline.nlp("The leak was first reported by the Times.")
    (quote,) = extract_quotes(doc, options=Options.load(quote_scope="attributions"))
    assert (quote.text, quote.speaker.text) == ("The leak", "the Times")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Nordic Oats says its gluten-free cereals now rival wheat brands.",
            "its gluten-free cereals now rival wheat brands",
        ),
        ("Orion says its plant-based burgers now outsell beef.", "its plant-based burgers now outsell beef"),
        (
            "The ministry says its low-cost loans now reach rural farmers.",
            "its low-cost loans now reach rural farmers",
        ),
    ],
)
def test_says_with_a_clause_after_a_hyphenated_noun_phrase_reports_the_clause(analyze, text, content):
    assert [q.text for q in analyze(text).quotes] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "She said the words again to the crowd.",
        "The senator said a prayer for the troops who died in the attack.",
        "He said his prayers, the village elder, as usual.",
        "The envoy wrote the speech himself.",
    ],
)
def test_says_with_a_bare_object_reports_nothing(analyze, text):
    assert [q.text for q in analyze(text).quotes] == []
