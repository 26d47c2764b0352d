"""Wire-style sentences that look like agreements, aid, rejections or retreats but are none: an
opinion shared, help in a game, a refusal to say, a denial, a candidate or player pulling out, a
market retreat, crews kept ready, tensions that "threaten" or a war that "offers", a promise kept or
broken, a resignation accepted, a plan met with jeers, a withdrawal that demonstrates (the army's own
retreat, but no protest), a version of a report released, information provided, a fight for working
families. The same words between states or forces stay events. Every sentence here is our own."""

import pytest


def _types(analyze, text: str) -> list[str]:
    return [v.type for v in analyze(text).events]


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        ([], "The finance minister said she agreed that inflation would stay high for months."),
        ([], "Most economists agree with the central bank's analysis of the slowdown."),
        ([], "Many economists agree that the trade war has hurt American farmers."),
        ([], "Both parties agree that the budget talks in Nairobi have stalled."),
        ([], "The senator said he fully agreed with the president."),
        ([], "Opposition lawmakers agreed with the governor's assessment of the budget."),
        ([], "The club said it was ready to sell the striker if the price was right."),
        ([], "Residents said they were willing to wait for the bridge to reopen."),
        ([], "The county had firefighters ready to staff the water tankers overnight."),
        ([], "The utility kept repair crews ready to restore power after the storm."),
        ([], "Her two goals helped the team win the title."),
        ([], "The veteran said he wanted to help the Rangers turn their season around."),
        ([], "A viral video helped propel the singer to the top of the charts."),
        ([], "Neighbours helped the family clear the mud from their home."),
        ([], "Aid workers said the roads to the camp were flooded."),
        ([], "The ministry declined to comment on the report."),
        ([], "The embassy declined to say whether the ambassador would return."),
        ([], "His refusal to say whom he would back drew jeers from the audience."),
        ([], "The minister denied that the army had shelled the market."),
        ([], "The governor withdrew from the race for the Senate on Monday."),
        ([], "The candidate pulled out of the presidential race after a poor showing."),
        ([], "The champion pulled out of the tournament with a knee injury."),
        ([], "The mayor withdrew from the contest after a row over donations."),
        ([], "Stocks retreated from record highs on Tuesday."),
        ([], "The dollar retreated against the yen after the jobs report."),
        ([], "Oil prices eased after Saudi Arabia raised output."),
        ([], "Tensions between Washington and Beijing threaten to slow growth in Asia."),
        ([], "The trade war offers the Chinese leadership a way to rally public support."),
        ([], "The minister failed to keep his promise to build new schools."),
        ([], "Critics said President Ruto never delivered on his vow to lower taxes."),
        ([], "The Kenyan president broke his pledge to cut fuel prices."),
        ([], "The prime minister accepted the resignation of his finance minister."),
        ([], "The minister's speech was met with jeers from lawmakers in Nairobi."),
        ([], "The French plan met with fierce resistance from Italy and Spain."),
        ([], "The Russian government's proposal was met with skepticism in Washington."),
        (["RETREAT"], "As demonstrated by the army's withdrawal from the border, Moscow wants to avoid a war."),
        ([], "The Justice Department released a redacted version of the report."),
        ([], "The White House released excerpts from the letter on Thursday."),
        ([], "The administration provided information to Congress about the strike."),
        ([], "The president said he would fight for working families."),
        ([], "The Kenyan president vowed to fight for the rights of farmers."),
    ],
)
def test_cooperative_lookalikes_yield_no_event(analyze, expected, text):
    assert _types(analyze, text) == expected


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        ("AGREE", "Russia and Ukraine agreed to a ceasefire in the east."),
        ("AGREE", "Russia agreed with Ukraine on a prisoner swap."),
        ("AGREE", "Israel agreed with Hamas to extend the truce."),
        ("AGREE", "Israel and Hamas agreed that the ceasefire would take effect at midnight."),
        ("AGREE", "Iran said it was ready to resume talks with the United States."),
        ("AID", "Japan sent aid to Turkey after the earthquake."),
        ("AID", "The United States helped the Iraqi army retake the city."),
        ("AID", "France helped Mali train its soldiers."),
        ("REJECT", "Iran rejected the American proposal for new talks."),
        ("REJECT", "Turkey rejected the proposal for a buffer zone."),
        ("RETREAT", "Russian troops withdrew from Kherson on Friday."),
        ("RETREAT", "The rebels pulled out of the town after a week of shelling."),
        ("AGREE", "China offered to mediate between Saudi Arabia and Iran."),
        ("THREATEN", "The rebels threatened to attack the capital."),
        ("AGREE", "Israel accepted the Egyptian proposal for a truce."),
        ("CONSULT", "The foreign minister met with his Iranian counterpart in Geneva."),
        ("PROTEST", "Students demonstrated outside parliament on Monday."),
        ("ASSAULT", "Israeli jets struck targets in southern Lebanon."),
        ("ASSAULT", "Police clashed with protesters over the election results in Nairobi."),
        ("ASSAULT", "Rebels fought for control of the airport."),
        ("RETREAT", "Israel released 20 Palestinian prisoners as part of the deal."),
    ],
)
def test_the_same_words_between_states_or_forces_stay_events(analyze, expected, text):
    assert expected in _types(analyze, text)


def test_a_clash_over_an_issue_between_unarmed_sides_is_one_of_words(analyze):
    assert _types(analyze, "The two leaders clashed over trade at the summit.") == ["ACCUSE"]


def test_an_index_that_declined_by_a_share_rejected_nothing_even_in_a_story_of_politics(analyze):
    story = (
        "China accused the United States of bullying on Monday. "
        "Japan's Nikkei 225 declined 0.3%, while South Korea's Kospi fell 0.5%."
    )
    events = analyze(story).events
    assert "ACCUSE" in {e.type for e in events}
    assert not [e for e in events if e.trigger.text == "declined"]


def test_details_shared_on_an_account_and_firms_a_country_hosts_are_no_cooperation_or_visit(analyze):
    story = (
        "The senate adjourned on Tuesday after the president of the senate read letters from the governors. "
        "The details of the cabinet's decisions were shared on the official Twitter account of the presidency. "
        "South Korea also hosts several chipmakers, including Samsung Electronics and SK Hynix."
    )
    assert [e.trigger.text for e in analyze(story).events if e.trigger.text in {"shared", "hosts"}] == []
    assert "COOPERATE" in _types(analyze, "Israel shared the report with the United States on Monday.")
    assert "CONSULT" in _types(analyze, "Qatar hosted the Taliban negotiators in Doha.")


def test_a_warning_of_how_things_stand_is_no_threat_but_one_of_force_to_come_is(analyze):
    standing = (
        "In a sign of the confusion, the Electoral Commission issued a statement warning that voters "
        "are entitled to honesty from all parties."
    )
    assert "THREATEN" not in _types(analyze, standing)
    assert "THREATEN" in _types(analyze, "Iran warned that any attack on its soil will be met with force.")
