"""Everyday political wire news (criticism, talks, sanctions, aid, demands, threats, expulsions,
arrests, deployments, rejections) yields its PLOVER event with source and target; the reporting,
requests for comment and opinion around it yield none."""

import pytest


def _events(analyze, text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        v.trigger.text: (v.type, v.source.code if v.source else None, v.target.code if v.target else None)
        for v in analyze(text).events
    }


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # criticism and accusations
        ("Iran accused Israel of carrying out the attack on its nuclear site.", "accused", ("ACCUSE", "IRN", "ISR")),
        ("Germany denounced Russia's annexation of the four regions as illegal.", "denounced", ("ACCUSE", "DEU", "RUS")),
        ("Turkey's president lashed out at Sweden on Monday.", "lashed", ("ACCUSE", "TURGOV", "SWE")),
        # meetings, talks, visits
        ("The French president met the Chinese leader in Beijing on Thursday.", "met", ("CONSULT", "FRAGOV", "CHNGOV")),
        ("India and Pakistan held talks on water sharing in Islamabad.", "talks", ("CONSULT", "IND", "PAK")),
        ("The US secretary of state visited Kyiv on Wednesday.", "visited", ("CONSULT", "USAGOV", "UKR")),
        # sanctions
        ("Canada froze the assets of three Venezuelan generals.", "froze", ("SANCTION", "CAN", "VENMIL")),
        ("Australia sanctioned four Myanmar military officers on Friday.", "sanctioned", ("SANCTION", "AUS", "MMRMIL")),
        ("Poland expelled two Russian diplomats on Thursday.", "expelled", ("SANCTION", "POL", "RUSGOV")),
        ("Pakistan sealed its border with Afghanistan.", "sealed", ("SANCTION", "PAK", "AFG")),
        # summoning an envoy is a protest in words
        ("Turkey summoned the Swedish ambassador in Ankara on Monday.", "summoned", ("ACCUSE", "TUR", "SWE")),
        # demands
        ("The United States urged Israel to allow more aid into Gaza.", "urged", ("REQUEST", "USA", "ISR")),
        ("Beijing demanded that Manila halt its patrols near the shoal.", "demanded", ("REQUEST", "CHN", "PHL")),
        # threats
        ("Russia threatened to cut gas supplies to Moldova.", "threatened", ("THREATEN", "RUS", "MDA")),
        ("North Korea warned it would retaliate against South Korea for the drills.", "warned", ("THREATEN", "PRK", "KOR")),
        # arrests, deployments
        ("Police in Georgia arrested dozens of protesters outside parliament.", "arrested", ("COERCE", "GEOCOP", "GEOCVL")),
        ("Ugandan police dragged the opposition leader out of his car.", "dragged", ("COERCE", "UGACOP", "UGAOPP")),
        # parties and candidates barred
        ("Myanmar's junta dissolved the main opposition party.", "dissolved", ("COERCE", "MMRGOV", None)),
        ("Venezuela's supreme court disqualified the opposition candidate.", "disqualified", ("COERCE", "VENJUD", None)),
        ("Russia deployed troops to the border with Finland.", "deployed", ("MOBILIZE", "RUS", "FIN")),
        # rejections
        ("Ukraine rejected the Russian proposal for a ceasefire.", "rejected", ("REJECT", "UKR", "RUS")),
        ("Israel rejected calls from France for a halt to the offensive.", "rejected", ("REJECT", "ISR", "FRA")),
    ],
)
def test_a_political_report_yields_its_event_between_its_actors(analyze, text, trigger, expected):
    assert _events(analyze, text)[trigger] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not immediately respond to a request for comment.",
        "The embassy declined to comment on the report.",
        "Analysts said the sanctions were unlikely to change Moscow's behaviour.",
        "The minister told reporters that the meeting had been productive.",
        "The opinion poll showed support for the ruling party falling.",
    ],
)
def test_reporting_and_opinion_around_a_report_yield_no_event(analyze, text):
    assert _events(analyze, text) == {}


def test_failing_to_act_is_no_rejection(analyze):
    assert "failed" not in _events(analyze, "Critics say the government has failed to tackle corruption.")
    assert "failed" not in _events(analyze, "The two ministers failed to agree on a date for new talks.")


def test_where_a_deal_is_signed_is_its_place_not_its_other_party(analyze):
    assert _events(analyze, "Kenya and Uganda signed a trade deal in Nairobi.")["signed"] == ("SUPPORT", "KEN", None)
    assert _events(analyze, "Japan signed a defence pact with the Philippines in Manila.")["signed"][2] == "PHL"


def test_a_secretary_general_is_an_official_not_a_soldier(analyze):
    appeal = _events(analyze, "The UN secretary-general appealed to Ethiopia to open the roads into Tigray.")["appealed"]
    assert appeal == ("REQUEST", "IGOGOV", "ETH")


CAMPAIGN = (
    "DES MOINES, Iowa — Six candidates for the Democratic nomination met on a debate stage in Des "
    "Moines on Tuesday, four weeks before the Iowa caucuses. Elena Marsh, the front-runner, came "
    "under attack from two rivals over her health care plan, and Tom Ruiz accused Marsh of "
    "misleading voters. Polls show the race for the nomination tightening, with no candidate above "
    "25 percent among likely caucus voters. The party's rules require a candidate to reach 15 "
    "percent in a precinct to win delegates. Turnout in the primary is expected to be high, and the "
    "Marsh campaign said it had signed up thousands of new voters. The debate was the last before "
    "voting begins."
)
PARLIAMENT = (
    "LONDON — Members of parliament returned to Westminster on Monday for a vote on the housing "
    "bill, and the opposition said it would try to amend it before the final vote. Priya Nair, who "
    "chairs the housing committee, criticised the bill as too timid. Daniel Hope, a backbencher in "
    "the governing party, urged Nair to withdraw her amendment before the vote. The party's whips "
    "say the bill will pass with a majority of about 40 seats. Ministers say it will let councils "
    "build 50,000 homes a year. Several members of the cabinet are expected to speak in the debate "
    "on Thursday, and the election manifesto promised the same target."
)


@pytest.mark.parametrize(
    ("text", "trigger"), [(CAMPAIGN, "attack"), (CAMPAIGN, "accused"), (PARLIAMENT, "criticised")]
)
def test_a_story_in_the_words_of_politics_keeps_the_deeds_of_people_the_tables_do_not_know(
    analyze, text, trigger
):
    assert _events(analyze, text)[trigger][0] == "ACCUSE"


PROTEST = (
    "NAIROBI, Kenya — Police fired tear gas at thousands of protesters in central Nairobi on Tuesday "
    "as anger over a proposed tax on bread and fuel spilled onto the streets for a third day. The "
    "crowds marched toward the city centre, chanting and waving branches, and some threw stones at "
    "officers who blocked the main road. Witnesses said at least two people were wounded when "
    "officers fired live rounds near a market. The protesters want the government to withdraw the "
    "finance bill, which would raise the tax on fuel to 16 percent. Shops in the city centre closed "
    "early and buses stopped running by mid-afternoon. A rights group said police had detained more "
    "than 50 people since Sunday, including two students who were filming the march on their phones. "
    "Organisers said they would return to the streets on Thursday and called on people in other towns "
    "to join them. The government has said the tax is needed to pay its debts. Traders in the old "
    "market said they had lost three days of sales. A mother of two who sells vegetables near the bus "
    "station said she could no longer afford to feed her children. The march on Thursday is expected "
    "to be the largest so far."
)


def test_a_story_of_unrest_that_names_the_government_only_twice_keeps_its_events(analyze):
    types = {v.type for v in analyze(PROTEST).events}
    assert {"ASSAULT", "COERCE"} <= types


LAW = (
    "The ruling party pushed a bill through parliament on Tuesday that would let the government dissolve "
    "opposition parties and jail their leaders. The opposition boycotted the vote, and the president "
    "signed the law hours later. Critics condemned the law. The senate speaker said the law would "
    "protect the state from foreign meddling, and the interior minister accused opposition lawmakers of "
    "treason. The election commission said the vote would go ahead in May."
)


def test_in_a_political_story_a_party_the_tables_do_not_know_acts_in_words_on_no_one_named(analyze):
    condemned = [v for v in analyze(LAW).events if v.trigger.text == "condemned"]
    assert condemned and condemned[0].type == "ACCUSE"
    assert condemned[0].source.text == "Critics" and condemned[0].source.code is None
    assert condemned[0].target is None
