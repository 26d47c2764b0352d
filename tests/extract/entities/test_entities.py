"""The entities stage: our own gold passages (must all be right) and focused behaviours.

Gold format (tests/data/entities_gold.jsonl), one passage a line:
    {"text": ..., "entities": [{"name": ..., "type": ..., "mentions": ["exact substring", ...]}]}
Every whole-word occurrence of a listed substring in the text is a mention of that entity
(longer strings claim their text first, so "Assad" inside "Bashar al-Assad" is not counted
twice). A passage is right when each gold entity is exactly one predicted entity with the
gold type and exactly those mentions, and no other PERSON/ORG/GPE/LOC/NORP entity is predicted.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsgraph import Pipeline
from newsgraph.extract.entities.clustering import same_person_name
from newsgraph.lang.names import name_tokens
from newsgraph.records import Article

GOLD = Path(__file__).resolve().parents[2] / "data" / "entities_gold.jsonl"
SCORED_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP"}


@pytest.fixture(scope="module")
def entities_pipeline(pipeline_for) -> Pipeline:
    """spaCy plus the entities stage only, so these tests do not depend on later stages."""
    return pipeline_for(stages=("entities",))


@pytest.fixture(scope="module")
def analyze(entities_pipeline):
    return entities_pipeline.analyze


def _gold_passages() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold_spans(passage: dict) -> dict[str, set[tuple[int, int]]]:
    """Entity name -> the (start, end) of every occurrence of its mention strings."""
    text = passage["text"]
    claimed: list[tuple[int, int]] = []
    spans: dict[str, set[tuple[int, int]]] = {e["name"]: set() for e in passage["entities"]}
    forms = sorted(((m, e["name"]) for e in passage["entities"] for m in e["mentions"]), key=lambda x: -len(x[0]))
    for form, name in forms:
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            span = (match.start(), match.end())
            if not any(s < span[1] and span[0] < e for s, e in claimed):
                claimed.append(span)
                spans[name].add(span)
    return spans


def passage_errors(passage: dict, analysis) -> list[str]:
    """What the analysis got wrong on one gold passage (empty when fully right)."""
    errors = []
    gold = _gold_spans(passage)
    types = {e["name"]: e["type"] for e in passage["entities"]}
    predicted = {e.id: e for e in analysis.entities if e.type in SCORED_TYPES}
    owner = {(m.start, m.end): e.id for e in analysis.entities for m in e.mentions}
    matched: set[str] = set()
    for name, spans in gold.items():
        ids = {owner.get(span) for span in spans}
        if None in ids or len(ids) != 1:
            found = sorted({(passage["text"][s:e], owner.get((s, e))) for s, e in spans}, key=str)  # (None: unowned)
            errors.append(f"{name}: mentions spread over {found}")
            continue
        entity = analysis.entity(ids.pop())
        matched.add(entity.id)
        if entity.type != types[name]:
            errors.append(f"{name}: type {entity.type}, expected {types[name]}")
        extra = {(m.start, m.end) for m in entity.mentions} - spans
        if extra:
            errors.append(f"{name}: extra mentions {[passage['text'][s:e] for s, e in sorted(extra)]}")
    for entity_id, entity in predicted.items():
        if entity_id not in matched:
            errors.append(f"unexpected {entity.type} entity {entity.name!r} {[m.text for m in entity.mentions]}")
    return errors


def test_gold_set_has_enough_tricky_passages():
    passages = _gold_passages()
    assert len(passages) >= 30
    assert all(2 <= len(re.findall(r"[.!?](?:\s|$)", p["text"])) <= 4 for p in passages)


def test_gold_passages_are_all_right(entities_pipeline):
    passages = _gold_passages()
    analyses = list(entities_pipeline.analyze_many(p["text"] for p in passages))
    failures = {
        p["text"][:60]: errors for p, a in zip(passages, analyses) if (errors := passage_errors(p, a))
    }
    assert not failures, json.dumps(failures, indent=1)


def _entity_named(analysis, text):
    return next(e for e in analysis.entities if any(m.text == text for m in e.mentions))


def test_transliterated_spellings_are_one_person(analyze):
    analysis = analyze("Militia leader Omar Qadiri spoke on Monday. Omar Kadiri said the ceasefire would hold.")
    assert _entity_named(analysis, "Omar Qadiri") is _entity_named(analysis, "Omar Kadiri")


def test_namesakes_with_one_surname_stay_apart(analyze):
    analysis = analyze("Judge Helen Marsh heard the case. The defendant, Victor Marsh, denied the charge.")
    assert _entity_named(analysis, "Helen Marsh") is not _entity_named(analysis, "Victor Marsh")


def test_multi_word_surname_joins_the_full_name(analyze):
    analysis = analyze("Yemeni envoy Khalid bin Rashid arrived on Monday. \"We want peace,\" bin Rashid said.")
    person = _entity_named(analysis, "Khalid bin Rashid")
    assert {m.text for m in person.mentions} == {"Khalid bin Rashid", "bin Rashid"}
    assert person.type == "PERSON"


def test_possessive_and_leading_article_are_trimmed(analyze):
    analysis = analyze("The Pentagon said on Friday that Mexico's navy had joined the exercise.")
    texts = {m.text for e in analysis.entities for m in e.mentions}
    assert "Mexico" in texts and "Mexico's" not in texts
    assert "Pentagon" in texts and "The Pentagon" not in texts


def test_place_tagged_as_organisation_becomes_a_place(analyze):
    analysis = analyze("Shelling hit the city of Kobane overnight. Residents of Kobane said the hospital was hit.")
    assert _entity_named(analysis, "Kobane").type == "GPE"


def test_nothing_is_taken_from_boilerplate_lines(analyze):
    text = "Police in Oslo arrested two men on Monday.\nSEE ALSO: Meet Harald Lunde, the man who runs Oslo"
    analysis = analyze(text)
    boiler = text.index("SEE ALSO")
    assert all(m.start < boiler for e in analysis.entities for m in e.mentions)


def test_entity_records_carry_kind_country_and_key(analyze):
    analysis = analyze("Syrian President Bashar al-Assad met envoys from Russia. Assad thanked Moscow.")
    assad = _entity_named(analysis, "Bashar al-Assad")
    assert (assad.type, assad.country, assad.kind) == ("PERSON", "SY", "government")
    assert _entity_named(analysis, "Russia").key == "GPE:RU"
    assert _entity_named(analysis, "Syrian").country == "SY"


def test_a_bare_surname_gets_no_cross_article_key(analyze):
    analysis = analyze("Police said Brennan was arrested in Dublin on Friday. Brennan denied the charge.")
    brennan = _entity_named(analysis, "Brennan")
    assert brennan.type == "PERSON" and brennan.key is None
    assert _entity_named(analysis, "Dublin").key == "GPE:dublin"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Abu Tahla", "Abu Talha", True),
        ("Muammar Gaddafi", "Moammar Qaddafi", True),
        ("Bashar Hafez Assad", "Bashar al-Assad", True),
        ("John Smith", "Mary Smith", False),
        ("Hassan Ali", "Hussein Ali", False),
    ],
)
def test_person_name_variants(a, b, same):
    assert same_person_name(name_tokens(a), name_tokens(b)) is same


def test_a_shared_surname_does_not_merge_two_namesakes(analyze):
    analysis = analyze(
        "Police questioned Daniel Okoro on Monday. Okoro was released. "
        "His cousin, Samuel Okoro, was detained later. Okoro denied the charges."
    )
    daniel, samuel = _entity_named(analysis, "Daniel Okoro"), _entity_named(analysis, "Samuel Okoro")
    assert daniel is not samuel
    assert [m.text for m in daniel.mentions] == ["Daniel Okoro", "Okoro"]


def test_user_alias_tables_extend_the_ruler(tmp_path, pipeline_for):
    table = tmp_path / "aliases.tsv"
    table.write_text("Northern Valley Militia\tORG\tarmed group\t\tNVM|Valley Brigade\n", encoding="utf-8")
    pipeline = pipeline_for(stages=("entities",), entity_alias_files=(str(table),))
    analysis = pipeline.analyze("The NVM claimed the attack. A Valley Brigade commander said more would follow.")
    militia = _entity_named(analysis, "NVM")
    assert {m.text for m in militia.mentions} == {"NVM", "Valley Brigade"}
    assert (militia.name, militia.kind) == ("Northern Valley Militia", "armed group")


@pytest.fixture(scope="module")
def index_of(entities_pipeline):
    """The Doc of an article and its references."""

    def build(text: str):
        doc = entities_pipeline.nlp(entities_pipeline.make_doc(Article(text)))
        return doc, doc._.ng_references

    return build


def _phrase(doc, words: str, occurrence: int = 0):
    start = [m.start() for m in re.finditer(re.escape(words), doc.text)][occurrence]
    return doc.char_span(start, start + len(words), alignment_mode="expand")


def test_the_army_does_not_resolve_to_an_unrelated_organisation(index_of):
    doc, index = index_of(
        "A spokesman for the Zaria Liberation Front accused the army of shelling the market. "
        "The army denied the claim."
    )
    assert index.resolve(_phrase(doc, "The army")) is None


def test_the_army_resolves_through_an_earlier_description(index_of):
    doc, index = index_of("Chad's army said it had retaken the town. The army did not give casualty figures.")
    chad = index.at(doc.text.index("Chad"), doc.text.index("Chad") + 4)
    assert chad is not None
    assert index.resolve(_phrase(doc, "The army")) == chad


def test_pronoun_resolves_to_the_person(index_of):
    doc, index = index_of("Rebel commander Idris Mansour spoke by phone. He said the fighter network was intact.")
    person = index.at(doc.text.index("Idris"), doc.text.index("Idris") + 5)
    assert index.resolve(_phrase(doc, "He")) == person



def test_a_name_abbreviated_in_brackets_is_whole_and_one_entity_with_its_abbreviation(analyze):
    analysis = analyze("Officers of U.S. Immigration and Customs Enforcement (ICE) detained 12 workers at a farm on Monday. "
                       "An ICE spokesperson accused the Mexican consulate of delaying travel papers.")
    agency = _entity_named(analysis, "U.S. Immigration and Customs Enforcement")
    assert agency.type == "ORG" and agency.country == "US"
    assert _entity_named(analysis, "ICE") is agency


def test_a_curated_agency_named_only_by_its_acronym_is_that_agency(analyze):
    analysis = analyze("A CBP spokeswoman said agents stopped 300 migrants near El Paso on Friday. "
                       "Customs and Border Protection did not say where they were held.")
    agency = _entity_named(analysis, "CBP")
    assert (agency.name, agency.type, agency.kind, agency.country) == (
        "Customs and Border Protection", "ORG", "government", "US")
    assert _entity_named(analysis, "Customs and Border Protection") is agency


def test_a_curated_group_with_another_countrys_nationality_is_that_countrys_branch(analyze):
    analysis = analyze("The Pakistani Taliban claimed the bombing in Quetta. A Taliban spokesman said more attacks would follow.")
    branch = _entity_named(analysis, "Pakistani Taliban")
    assert (branch.name, branch.kind, branch.country) == ("Pakistani Taliban", "armed group", "PK")
    assert _entity_named(analysis, "Taliban") is branch
    own = _entity_named(analyze("The Afghan Taliban denied the report on Monday."), "Afghan Taliban")
    assert (own.name, own.country) == ("Taliban", "AF")


def test_plural_team_name_with_an_article_is_an_organisation(analyze):
    analysis = analyze("The Ravens beat the Falcons 24-10 on Sunday. Coach Dana Whitfield said the Falcons looked tired.")
    assert _entity_named(analysis, "Falcons").type == "ORG"


def test_town_on_a_river_is_one_place_with_its_short_name(analyze):
    analysis = analyze("Protesters marched in Frankfurt am Main on Monday. Police in Frankfurt said the march was peaceful.")
    place = _entity_named(analysis, "Frankfurt am Main")
    assert "Frankfurt" in {m.text for m in place.mentions} and place.type in ("GPE", "LOC")


def test_a_bracket_the_name_does_not_close_ends_it(analyze):
    analysis = analyze("The Harbour Composite (HBCX fell 2% on Tuesday, traders said.")
    texts = {m.text for e in analysis.entities for m in e.mentions}
    assert not any("(" in t for t in texts)


def test_a_name_with_particles_spacy_cut_before_its_surname_is_one_person(analyze):
    analysis = analyze("Commission President Ursula von der Leyen arrived in Kyiv on Tuesday. "
                       "Von der Leyen said Europe would keep paying.")
    person = _entity_named(analysis, "Ursula von der Leyen")
    assert person.type == "PERSON" and {m.text for m in person.mentions} == {"Ursula von der Leyen", "Von der Leyen"}


def test_a_surname_used_without_its_arabic_article_joins_the_full_name(analyze):
    analysis = analyze("Gunmen fired on the convoy of Tariq al-Hamadi near Mosul on Monday. Hamadi was unhurt, police said.")
    person = _entity_named(analysis, "Tariq al-Hamadi")
    assert _entity_named(analysis, "Hamadi") is person and person.type == "PERSON"


def test_two_overlapping_forms_of_one_curated_person_are_one_mention(analyze):
    analysis = analyze("Saudi Crown Prince Mohammed bin Salman received the envoy in Riyadh on Sunday. "
                       "Bin Salman pledged new investment.")
    person = _entity_named(analysis, "Mohammed bin Salman")
    assert {m.text for m in person.mentions} == {"Mohammed bin Salman", "Bin Salman"}


def test_a_person_whose_first_name_is_a_country_keeps_it(analyze):
    analysis = analyze("Israel Katz, the defence minister, spoke in Jerusalem on Monday. Katz said the strikes would go on.")
    person = _entity_named(analysis, "Israel Katz")
    assert person.type == "PERSON" and {m.text for m in person.mentions} == {"Israel Katz", "Katz"}


def test_the_central_banks_short_name_is_the_bank(analyze):
    analysis = analyze("The Federal Reserve left rates unchanged on Wednesday. The Fed said inflation was easing.")
    assert _entity_named(analysis, "Fed") is _entity_named(analysis, "Federal Reserve")


def test_a_news_outlet_spacy_reads_as_a_person_is_a_curated_media_organisation(analyze):
    analysis = analyze("According to Politico, the talks stalled on Monday. Der Spiegel reported the same plan.")
    for name in ("Politico", "Der Spiegel"):
        outlet = _entity_named(analysis, name)
        assert (outlet.type, outlet.kind) == ("ORG", "media")


def test_a_hyphenated_first_name_spacy_left_untagged_stays_whole(analyze):
    analysis = analyze("Senior Prosecutor Anna-Lena Berglund closed the case on Tuesday. "
                       "Berglund said the ruling was final.")
    person = _entity_named(analysis, "Berglund")
    assert person.name == "Anna-Lena Berglund" and person.type == "PERSON"
    analysis = analyze("Senior Prosecutor Anna-Lena Berglund closed the case on Tuesday. "
                       "Ms Berglund said the ruling was final.")
    assert _entity_named(analysis, "Berglund").name == "Anna-Lena Berglund"


def test_mr_and_mrs_with_one_surname_are_the_husband_and_the_wife(analyze):
    analysis = analyze("Retired teacher John Whitfield and his wife, Margaret Whitfield, lost their home. "
                       '"We had ten minutes," Mrs. Whitfield said. Mr. Whitfield said the insurance would not pay.')
    husband, wife = _entity_named(analysis, "John Whitfield"), _entity_named(analysis, "Margaret Whitfield")
    assert husband is not wife
    assert [m.text for m in husband.mentions] == ["John Whitfield", "Whitfield"]
    assert [m.text for m in wife.mentions] == ["Margaret Whitfield", "Whitfield"]


def test_an_untagged_acronym_of_an_organisation_the_article_names_joins_it(analyze):
    analysis = analyze("Ines Varga of NASA's Jet Propulsion Laboratory in Pasadena led the survey. "
                       '"It took us by surprise," JPL engineer Tomas Reyes said.')
    laboratory = _entity_named(analysis, "Jet Propulsion Laboratory")
    assert [m.text for m in laboratory.mentions] == ["Jet Propulsion Laboratory", "JPL"]


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        ("Poland's finance ministry said the deficit would narrow next year.", "Poland's finance ministry", "PL"),
        ("The Kenyan health ministry confirmed two new cases on Monday.", "Kenyan health ministry", "KE"),
        ("Mexico's national weather agency issued a hurricane warning for the coast.",
         "Mexico's national weather agency", "MX"),
    ],
)
def test_a_countrys_lower_case_ministry_is_an_organisation_with_its_country(analyze, text, body, country):
    entity = _entity_named(analyze(text), body)
    assert (entity.type, entity.kind, entity.country) == ("ORG", "government", country)


def test_a_ministry_noun_modifying_a_person_or_naming_an_agency_leaves_the_country_alone(analyze):
    analysis = analyze("Italy's foreign ministry spokesman Paolo Rossi met reporters. "
                       "Russia's state news agency Tass carried the report.")
    assert _entity_named(analysis, "Italy").type == "GPE"
    assert _entity_named(analysis, "Russia").type == "GPE"


def test_an_office_named_for_a_title_is_one_organisation_with_its_place(analyze):
    analysis = analyze("Dmitri Orlov pleaded guilty, the U.S. Attorney’s Office for the Southern District said. "
                       "The Prime Minister's Office said the visit would go ahead.")
    office = _entity_named(analysis, "U.S. Attorney’s Office")
    assert office.type == "ORG" and not any(m.text == "U.S." for e in analysis.entities for m in e.mentions)
    assert _entity_named(analysis, "Prime Minister's Office").type == "ORG"
