"""Speakers resolved or honestly unlinked, on invented wire-style passages (with the model)."""

from __future__ import annotations

from newsgraph.lang.words import is_pronoun
from newsgraph.records import Analysis, Quote


def _only(analysis: Analysis, containing: str) -> Quote:
    matches = [q for q in analysis.quotes if containing in q.text]
    assert len(matches) == 1, [q.text for q in analysis.quotes]
    return matches[0]


def _speaker(analysis: Analysis, quote: Quote) -> str | None:
    entity = analysis.entity(quote.speaker.entity) if quote.speaker and quote.speaker.entity else None
    return entity.name if entity else None


def test_control_verbs_make_no_quote(analyze):
    analysis = analyze(
        "Kenya refused to attend the hearing. The union agreed to end the strike, and the company plans "
        "to hire 200 workers. Officials tried to calm the crowd and decided to close the road."
    )
    assert analysis.quotes == ()


def test_a_refugee_named_in_apposition_is_the_speaker_not_the_ministry_before(analyze):
    analysis = analyze(
        "The Interior Ministry said 40 families had been moved to a school in Gao. "
        '"We have nothing left and nobody tells us when we can go home," fretted a refugee, Amina, '
        "as she queued for water."
    )
    quote = _only(analysis, "nothing left")
    assert quote.speaker is not None and quote.speaker.text.startswith("a refugee")
    assert _speaker(analysis, quote) != "Interior Ministry"
    assert quote.speaker.entity is not None and "Amina" in analysis.entity(quote.speaker.entity).name


def test_an_unnamed_refugee_stays_unlinked(analyze):
    analysis = analyze(
        "The Interior Ministry said 40 families had been moved. "
        '"We have nothing left and nobody tells us when we can go home," fretted a refugee.'
    )
    assert _only(analysis, "nothing left").speaker.entity is None


def test_one_countrys_spokesman_is_not_another_countrys_named_before(analyze):
    analysis = analyze(
        "Iranian foreign ministry spokesman Reza Tavakoli said Tehran would not attend the talks. "
        "On Tuesday, a spokesman for the Iraqi military said the border would stay closed. "
        "The Iraqi spokesman said troops were ready."
    )
    assert _speaker(analysis, _only(analysis, "Tehran would not attend")) == "Reza Tavakoli"
    assert _speaker(analysis, _only(analysis, "border would stay closed")) != "Reza Tavakoli"
    assert _speaker(analysis, _only(analysis, "troops were ready")) != "Reza Tavakoli"


def test_a_lawyer_is_the_person_named_not_her_client(analyze):
    analysis = analyze(
        "Daniel Mercer, 41, was charged on Friday. Mercer's attorney, Sonia Varga, said her client "
        "never meant to harm anyone."
    )
    assert _speaker(analysis, _only(analysis, "never meant to harm")) == "Sonia Varga"


def test_a_minister_described_first_is_the_minister_named_after_not_a_man_in_the_sentence(analyze):
    analysis = analyze(
        "The hall where Adolf Hitler gave his first speech will become a library, Austria's culture "
        'minister said on Tuesday. "It will be a place of learning," Culture Minister Karin Hollerer said.'
    )
    assert _speaker(analysis, _only(analysis, "become a library")) != "Adolf Hitler"


def test_one_unnamed_expert_is_nobody_named_before(analyze):
    analysis = analyze(
        "President Donald Trump said the tariffs would stay. One Washington-based trade expert said "
        "the tariffs would cost farmers billions."
    )
    assert _only(analysis, "cost farmers billions").speaker.entity is None


def test_first_person_in_a_transcript_turn_is_the_turns_speaker(analyze):
    analysis = analyze(
        "Richard Armitage spoke to the program on Monday. VOA: What did you discuss there? "
        "Armitage: We discussed the port. I think the talks will resume in May."
    )
    quote = _only(analysis, "talks will resume")
    assert _speaker(analysis, quote) == "Richard Armitage"
    assert not any(q.speaker and q.speaker.text.lower() == "you" for q in analysis.quotes)


def test_the_statement_stands_for_whoever_made_it(analyze):
    analysis = analyze(
        "Two soldiers were killed in a helicopter crash, Kenya's army said on Wednesday in a statement. "
        '"Investigators are looking into what brought the aircraft down," the statement said.'
    )
    first = _only(analysis, "soldiers were killed")
    second = _only(analysis, "brought the aircraft down")
    assert first.speaker.entity is not None and second.speaker.entity == first.speaker.entity


def test_a_subject_inside_the_quotation_is_not_the_source(analyze):
    analysis = analyze(
        '"In recent years the schools improved, but we still have problems with quality," said Budi '
        "Santoso, a teacher in Jakarta."
    )
    quote = _only(analysis, "still have problems")
    assert _speaker(analysis, quote) == "Budi Santoso"


def test_no_quote_is_credited_to_a_pronoun_entity(analyze):
    analysis = analyze(
        'Residents of the valley said the river rose overnight. "I have never seen it so high," one '
        "farmer said. They said help came late. The council, which met on Monday, said it would act."
    )
    for quote in analysis.quotes:
        name = _speaker(analysis, quote)
        assert name is None or not is_pronoun(name)


def test_a_spokesman_named_in_apposition_after_his_organisation_is_the_speaker(analyze):
    analysis = analyze(
        "A spokesman for the Northern Liberation Front, Karim Haidari, accused the army of shelling "
        "two villages near the border overnight."
    )
    quote = _only(analysis, "shelling two villages")
    assert _speaker(analysis, quote) == "Karim Haidari"


def test_an_outlet_quoting_someone_as_saying_is_not_the_speaker(analyze):
    analysis = analyze(
        "The Lagos daily Morning Ledger quoted Finance Minister Idris Bello as saying the naira would be "
        "allowed to float next month."
    )
    assert _speaker(analysis, _only(analysis, "naira")) == "Idris Bello"


def test_a_paragraph_all_quote_carries_on_the_speaker_before_it(analyze):
    analysis = analyze(
        "Port authority chief Nadia Rahman defended the new fees on Thursday.\n\n"
        '"Ships were waiting for days. We had to raise the money somehow," Rahman told reporters in Chittagong.\n\n'
        '"The berths are old and the cranes keep breaking down.\n\n'
        '"Nobody wants higher fees, least of all us."'
    )
    assert _speaker(analysis, _only(analysis, "cranes keep breaking")) == "Nadia Rahman"
    assert _speaker(analysis, _only(analysis, "least of all us")) == "Nadia Rahman"


def test_a_paragraph_all_quote_goes_to_the_cue_that_follows_it(analyze):
    analysis = analyze(
        '"We will appeal," said defence lawyer Tomas Berg.\n\n'
        '"The evidence was never tested in court.\n\n'
        '"The verdict is a disgrace," said Ingrid Holm, the defendant\'s sister.'
    )
    assert _speaker(analysis, _only(analysis, "never tested")) == "Ingrid Holm"


def test_a_short_quote_right_after_its_speakers_cue_sentence_is_theirs(analyze):
    analysis = analyze(
        'Fishermen blocked the harbour in Brest on Monday. "Why should we pay?" Yann Le Goff said. "We earn nothing."'
    )
    assert _speaker(analysis, _only(analysis, "We earn nothing")) == "Yann Le Goff"


def test_the_company_is_the_one_firm_just_accused_not_a_firm_speaking_before(analyze):
    analysis = analyze(
        "Rival label Pinewood Media said on Monday it had settled its own dispute with the singer.\n\n"
        "On Thursday, the singer accused Harlan Studios and its chairman of blocking her documentary.\n\n"
        'The company denied the allegations in a statement. "We have never stood in her way," the statement said.'
    )
    assert _speaker(analysis, _only(analysis, "never stood in her way")) == "Harlan Studios"


def test_the_ministry_statement_speaks_for_the_ministry(analyze):
    analysis = analyze(
        "Egypt's Foreign Ministry summoned the Ethiopian ambassador on Sunday. "
        "The ministry statement said Cairo would defend its water rights."
    )
    assert _speaker(analysis, _only(analysis, "defend its water rights")) == "Foreign Ministry"


def test_the_company_website_speaks_for_the_company(analyze):
    analysis = analyze(
        "Sunfield Brewing Inc. cut 300 jobs in Peru on Monday. The company website said the brewery would stay open."
    )
    assert _speaker(analysis, _only(analysis, "brewery would stay open")) == "Sunfield Brewing Inc."


def test_the_president_is_the_person_titled_so_not_the_nearer_one_beside_him(analyze):
    analysis = analyze(
        "President Joaquim Alves of Angola met Portuguese Prime Minister Rui Matos in Luanda on Monday.\n\n"
        "The president said the two countries would sign an energy agreement in May."
    )
    assert _speaker(analysis, _only(analysis, "would sign an energy agreement")) == "Joaquim Alves"


def test_a_spokesman_for_a_named_person_speaks_for_that_person(analyze):
    analysis = analyze(
        "Israeli Defence Minister Avi Katzir ordered troops to the northern border on Sunday.\n\n"
        "A spokesman for Katzir said the deployment was a precaution."
    )
    assert _speaker(analysis, _only(analysis, "deployment was a precaution")) == "Avi Katzir"


def test_they_after_two_people_named_together_is_one_of_them(analyze):
    analysis = analyze(
        "Climbers Jonas Keller and Maria Schmidt reached the summit of Annapurna on Friday. "
        "They said the final ridge had been the hardest part."
    )
    assert _speaker(analysis, _only(analysis, "final ridge")) in {"Jonas Keller", "Maria Schmidt"}


def test_both_men_after_two_men_named_together_is_one_of_them(analyze):
    analysis = analyze(
        "American Paul Roy and Australian Tim Marsh, both teachers in Kabul, were freed on Tuesday after three years.\n\n"
        "In a video released in 2017, both men said they were being treated well."
    )
    assert _speaker(analysis, _only(analysis, "treated well")) in {"Paul Roy", "Tim Marsh"}


def test_they_after_two_people_named_as_objects_stays_unlinked(analyze):
    analysis = analyze("Police arrested Jonas Keller and Maria Schmidt on Friday. They said the two were innocent.")
    assert _only(analysis, "were innocent").speaker.entity is None


def test_the_singer_or_the_star_is_the_person_described_so(analyze):
    analysis = analyze(
        "Reality star Kim Alvarez announced her engagement to rapper Tay Morrow on Friday.\n\n"
        '"I said yes!" the star wrote in an Instagram post.'
    )
    assert _speaker(analysis, _only(analysis, "I said yes")) == "Kim Alvarez"
    analysis = analyze(
        "Billionaire investor Harold Finch bought a 10 percent stake in the airline on Wednesday. "
        "The billionaire said he saw great value in the company."
    )
    assert _speaker(analysis, _only(analysis, "great value")) == "Harold Finch"


def test_the_democrat_is_the_person_described_as_one_not_the_party(analyze):
    analysis = analyze(
        "Representative Laura Chen, a Democrat from California, has opposed the bill since March.\n\n"
        '"This is a giveaway to the oil companies," the Democrat said on Tuesday.'
    )
    assert _speaker(analysis, _only(analysis, "giveaway")) == "Laura Chen"


def test_the_briton_is_the_person_whose_phrase_names_the_british(analyze):
    analysis = analyze(
        "British climber Sam Reed and American Joe Park reached the summit of K2 on Thursday. "
        "The Briton said the weather had been kind. The American said he had lost two toes."
    )
    assert _speaker(analysis, _only(analysis, "weather had been kind")) == "Sam Reed"
    assert _speaker(analysis, _only(analysis, "lost two toes")) == "Joe Park"


def test_the_29_year_old_is_whoever_was_given_that_age(analyze):
    analysis = analyze(
        "Actress Mia Stone, 29, won the award. Her co-star Ben Hall presented it. The 29-year-old said she was stunned."
    )
    assert _speaker(analysis, _only(analysis, "she was stunned")) == "Mia Stone"
    analysis = analyze(
        "A 29-year-old man was arrested in Leeds on Sunday. Judge Ann Cole remanded him. "
        "The 29-year-old said he was innocent."
    )
    assert _only(analysis, "he was innocent").speaker.entity is None


def test_an_age_given_nowhere_before_is_the_person_in_view(analyze):
    analysis = analyze("Veteran striker Diego Salas scored twice on Sunday. The 36-year-old said he would play on.")
    assert _speaker(analysis, _only(analysis, "would play on")) == "Diego Salas"


def test_a_study_published_in_a_journal_speaks_through_the_journal(analyze):
    analysis = analyze("A study published in The Lancet found that the drug cut deaths by a third.")
    assert _speaker(analysis, _only(analysis, "cut deaths")) == "Lancet"


def test_a_doctor_from_a_hospital_is_not_the_hospital(analyze):
    analysis = analyze("The Royal Free Hospital admitted the boy. A doctor from the hospital said he would recover.")
    assert _only(analysis, "would recover").speaker.entity is None


def test_it_said_looks_past_a_person_quoted_in_between_to_the_organisation(analyze):
    analysis = analyze(
        "Volta Energy said on Monday it would close two coal plants in Ghana. Chief executive Kofi Boateng "
        "called the move overdue.\n\nIt said the closures would cut its emissions by a fifth."
    )
    assert _speaker(analysis, _only(analysis, "cut its emissions")) == "Volta Energy"


def test_the_statement_continued_after_a_long_quotation_is_still_the_issuers(analyze):
    long_quote = " ".join(["Our drivers have worked every shift they were asked to work this year."] * 7)
    analysis = analyze(
        "Tallis Freight Ltd. issued a statement on Monday rejecting the union's claims.\n\n"
        f'"{long_quote}" the statement said.\n\n'
        '"We remain open to talks at any time," the statement continued.'
    )
    assert _speaker(analysis, _only(analysis, "open to talks")) == "Tallis Freight Ltd."



def test_words_quoted_inside_anothers_report_are_their_speakers_own(analyze):
    analysis = analyze(
        "The indictment said Mark Fenwick told a neighbour, \"You will regret this,\" before driving off."
    )
    quote = _only(analysis, "You will regret this")
    assert _speaker(analysis, quote) == "Mark Fenwick"


def test_a_quoted_call_a_document_reports_is_the_callers(analyze):
    analysis = analyze(
        "Court papers show that on the night of the fire, Helen Ashby phoned her sister and said, \"The "
        "kitchen is full of smoke and I can't find the cat,\" the prosecutor said."
    )
    quote = _only(analysis, "full of smoke")
    assert _speaker(analysis, quote) == "Helen Ashby"


def test_a_report_nesting_no_quotation_stays_the_reporters(analyze):
    analysis = analyze("Investigators said Ray Dunmore told the clerk he had lost his keys.")
    assert [q.speaker.text for q in analysis.quotes] == ["Investigators"]


def test_nested_reports_stay_nested_in_the_attributions_scope(pipeline_for):
    analysis = pipeline_for(quote_scope="attributions").analyze(
        "The indictment said Mark Fenwick told a neighbour, \"You will regret this,\" before driving off."
    )
    assert [q.speaker.text for q in analysis.quotes] == ["The indictment"]


def test_quoted_words_before_a_cue_joined_by_and_are_not_its_quote(analyze):
    analysis = analyze("She wore a “Free Press” badge and said, “nobody will silence this newspaper.”")
    assert [q.text for q in analysis.quotes] == ["nobody will silence this newspaper"]


def test_a_description_after_according_to_its_source_is_not_said(analyze):
    analysis = analyze("Wheat exports rose 12 percent last year, according to Agrostat, the farm ministry's data agency.")
    assert [q.text for q in analysis.quotes] == ["Wheat exports rose 12 percent last year"]


def test_a_statement_issued_by_an_organisation_is_its_words(analyze):
    analysis = analyze("The crossing will stay shut until Friday, according to a statement issued by the Interior Ministry.")
    assert _speaker(analysis, _only(analysis, "crossing will stay shut")) == "Interior Ministry"


def test_a_report_released_by_a_group_is_its_words(analyze):
    analysis = analyze("A report released by Amnesty International on Wednesday said detainees had been denied lawyers.")
    assert _speaker(analysis, _only(analysis, "denied lawyers")) == "Amnesty International"


def test_an_uncued_quoted_paragraph_after_an_unnamed_speaker_stays_unlinked(analyze):
    analysis = analyze(
        "Health Minister Ruth Abara visited the ward on Monday. A nurse said staff were exhausted.\n\n"
        "\"We have not had a day off in a month. Nobody listens to us.\""
    )
    assert _speaker(analysis, _only(analysis, "day off in a month")) is None


def test_she_added_goes_on_with_the_last_speaker_past_a_sentence_about_another_woman(analyze):
    analysis = analyze(
        "Teacher Hanna Sorensen said the school had lost a third of its pupils since the mine closed.\n\n"
        "Her neighbour Marit Olsen left the town for Bergen in 2020.\n\n"
        '"Every family here has someone who moved away," she added.'
    )
    assert _speaker(analysis, _only(analysis, "Every family here")) == "Hanna Sorensen"


def test_he_added_keeps_the_man_it_fits_when_a_woman_spoke_last(analyze):
    analysis = analyze(
        '"The talks are over," said union leader Tomas Brenner. Employer spokeswoman Lotte Kraft said '
        'the offer stood. "We will strike on Monday," he added.'
    )
    assert _speaker(analysis, _only(analysis, "strike on Monday")) == "Tomas Brenner"


def test_a_quoted_question_is_the_askers_not_the_last_speakers(analyze):
    analysis = analyze(
        '"The port will be finished next year," Harbour Minister Nadia Selim said.\n\n'
        '"And who will pay for the dredging?" asked opposition leader Omar Haddad.'
    )
    assert _speaker(analysis, _only(analysis, "who will pay")) == "Omar Haddad"


def test_a_quoted_question_cut_from_its_pronoun_cue_is_the_askers(analyze):
    analysis = analyze(
        "Opposition leader Omar Haddad questioned Harbour Minister Nadia Selim in parliament.\n\n"
        '"The port will be finished next year," Selim said.\n\n'
        '"And who will pay for the dredging?" he asked.'
    )
    assert _speaker(analysis, _only(analysis, "who will pay")) == "Omar Haddad"


def test_the_utility_is_the_power_company_named_before(analyze):
    analysis = analyze(
        "Northern Power & Light Co. began cutting power to 200,000 homes on Monday. "
        "The state's largest utility cut the number of homes affected after new forecasts. "
        "The utility said it would restore power by Thursday."
    )
    assert _speaker(analysis, _only(analysis, "restore power")) == "Northern Power & Light Co."


def test_a_group_is_not_the_place_a_clause_on_it_names(analyze):
    analysis = analyze(
        "More than 450,000 people were without phone service, according to a group representing rural "
        "counties in Oregon. The Oregon Rural Counties Association said it would ask for backup power."
    )
    assert _only(analysis, "without phone service").speaker.entity is None
    assert _speaker(analysis, _only(analysis, "backup power")) == "Oregon Rural Counties Association"


def test_the_man_a_named_doctor_talked_with_is_not_the_doctor(analyze):
    analysis = analyze(
        "A 50-year-old farmer had been short of breath for months. Peter Marsh, a lung specialist, talked "
        "with the man over the phone. Because Marsh suspected the new pillows, he told the man to throw "
        'them out. "I feel normal again," the man wrote in a note.'
    )
    assert _only(analysis, "normal again").speaker.entity is None
