"""Wire-style news that is no politics (sport, business and markets, weather, disease, ordinary crime,
culture, tech and science) yields no event, even where its verbs are those of conflict ("beat",
"attacked", "struck", "shot", "captured the title", "hostile takeover"); the same verbs between
states, armed groups or parties still do. Every sentence here is our own."""

import pytest

from newsgraph.extract.events.actors import ActorCoder
from newsgraph.extract.events.relevance import politics_named

SPORT = [
    "Manchester City beat Aston Villa 2-1 on Saturday to move three points clear at the top of the table.",
    "Real Madrid defeated Bayern Munich in the Champions League semifinal on Wednesday night.",
    "Novak Djokovic defeated his Spanish opponent in straight sets to reach the quarterfinals.",
    "The Yankees attacked the Red Sox starter early, scoring five runs in the first inning.",
    "Liverpool attacked relentlessly in the second half but could not find an equaliser.",
    "The visitors fought back from two goals down to draw 2-2 with Napoli.",
    "Ferrari fought back after a poor qualifying session to finish second in Monza.",
    "Kane struck twice in the opening 20 minutes as Tottenham cruised past Fulham.",
    "Curry shot 12 of 19 from the field and added eight assists.",
    "The Canadian shot a final-round 66 to win the tournament by two strokes.",
    "The Australian swimmer captured the title in the 200-metre freestyle.",
    "Sinner captured his second Grand Slam title with a four-set win in New York.",
    "The Chiefs signed the veteran linebacker to a two-year contract on Tuesday.",
    "Barcelona signed the Brazilian winger from Flamengo for a reported 40 million euros.",
    "The Mets traded their closer to the Dodgers for two minor league prospects.",
    "The coach protested the call and was sent to the stands by the referee.",
    "The home fans protested the call by throwing bottles onto the pitch.",
    "The champions crushed the newly promoted side 5-0 at Anfield.",
    "The Celtics routed the Knicks to level the series at two games apiece.",
    "The boxer knocked out his opponent in the third round to retain his belt.",
    "The Frenchman attacked on the final climb and won the stage by 40 seconds.",
    "Arsenal launched a late assault on the Chelsea goal but could not score.",
    "The Oilers fired 45 shots at the Panthers goalie in game seven.",
    "The club fired its manager after a run of six straight defeats.",
    "Fans threatened to boycott the final over ticket prices.",
    "The striker demanded a transfer after being left out of the squad.",
    "The England captain accused the umpire of bias after the second test.",
    "The tennis federation banned the player for two years for doping.",
    "The Blues stormed back from three goals down to win in overtime.",
    "Norway's skier captured gold in the men's downhill.",
    "The Kenyan runner broke the world record in the marathon in Berlin.",
    "England beat Australia by six wickets in the first test at Lord's.",
    "France defeated Argentina on penalties in the World Cup final.",
    "Japan stunned Spain with two goals in three minutes.",
    "The Ethiopian athlete defended her title in the women's marathon.",
    "The Russian skater withdrew from the competition after a failed drug test.",
    "China's divers captured all eight gold medals at the world championships.",
    "The Nigerian striker signed for the Italian club for a record fee.",
    "The American golfer shot a 64 to take a three-shot lead.",
    "The Spanish coach accused the Italian side of wasting time.",
    "The Israeli cyclist attacked on the final climb to win the stage.",
    "The Iranian wrestler defeated the American in the final.",
    "Hamilton overtook Verstappen on the last lap to win in Abu Dhabi.",
    "The pitcher struck out 12 batters in seven innings.",
    "The general manager traded the veteran pitcher to Seattle for two prospects.",
    "The club captain criticised the fans who booed the players.",
]
BUSINESS = [
    "The conglomerate launched a hostile takeover bid for its smaller rival.",
    "The hedge fund mounted a hostile takeover of the retailer.",
    "The board rejected the offer as undervaluing the company.",
    "Shareholders rejected the offer from the private equity firm.",
    "The airline slashed fares on transatlantic routes to win back passengers.",
    "The carmaker slashed its profit forecast for the year.",
    "Intel cut 15,000 jobs as part of a cost-cutting plan.",
    "The retailer cut prices on thousands of products ahead of the holidays.",
    "The chipmaker sued its former engineer for stealing trade secrets.",
    "Apple sued Samsung over patents for smartphone designs.",
    "Disney agreed to buy the streaming service for $3 billion.",
    "The pharmaceutical company agreed to acquire the biotech start-up for $1.2 billion.",
    "The parent company announced an aid package for franchise owners hit by the slowdown.",
    "Oil prices plunged after the report showed rising stockpiles.",
    "Stocks rallied on Wall Street after strong earnings from technology companies.",
    "Shares of the carmaker tumbled 12 percent after it cut its outlook.",
    "Gold struck a record high as investors sought safety.",
    "The company struck a deal with its suppliers to cut costs.",
    "The automaker recalled 500,000 vehicles over faulty airbags.",
    "The activist investor attacked management in a letter to shareholders.",
    "The software maker accused its rival of stealing customer data.",
    "The lender seized the homes of borrowers who missed payments.",
    "The firm captured a third of the market within two years.",
    "The two companies signed a supply agreement for lithium batteries.",
    "The price war hit the profits of the supermarket chains.",
    "The coffee chain boycotted the supplier after reports of child labour.",
    "The bank froze the accounts of customers suspected of fraud.",
    "Investors demanded that the company return more cash to shareholders.",
    "The bidder raised its offer to $45 a share after the board rebuffed it.",
    "The company accused its former chief executive of mismanagement.",
    "The firm threatened legal action against the newspaper.",
    "The chipmaker halted shipments to the customer.",
    "The central bank cut rates for the third time this year.",
]
WEATHER = [
    "A powerful storm hit the coast of Florida on Thursday, knocking out power to 300,000 homes.",
    "The storm struck the island overnight with winds of 180 kilometres an hour.",
    "Lightning struck a church in the village, setting its roof on fire.",
    "Typhoon Haikui slammed into Taiwan's east coast on Sunday.",
    "The hurricane battered the Caribbean islands for two days.",
    "Firefighters battled the blaze for three days before bringing it under control.",
    "The blizzard threatened to dump two feet of snow on Boston.",
    "The storm attacked the coastline with waves as high as ten metres.",
    "Frost struck vineyards across Burgundy, destroying much of the harvest.",
    "The utility cut power to 30,000 customers as strong winds raised the risk of wildfires.",
    "The governor declared a state of emergency ahead of the hurricane.",
    "Soldiers distributed food and water to flood victims.",
    "The president visited the area hit by the tornado.",
]
DISEASE = [
    "The virus struck hundreds of poultry farms across the region.",
    "Measles struck more than 300 children in the province this year.",
    "The disease attacks the immune system and leaves patients vulnerable to infection.",
    "The bacteria invade the lungs and can cause severe pneumonia.",
    "The infection tends to strike older people with weak immune systems.",
    "The parasite attacks red blood cells.",
    "Health workers battled an outbreak of Ebola in the east of the country.",
    "The health minister visited the hospital where the patients are being treated.",
    "Doctors warned that antibiotic resistance threatens modern medicine.",
]
CRIME = [
    "Police said the man stabbed his neighbour during an argument over parking.",
    "Two men robbed a jewellery store in central Paris and fled on a scooter.",
    "Burglars broke into the museum and stole three paintings.",
    "Police arrested a woman suspected of poisoning her husband.",
    "The court sentenced the man to 12 years in prison for the robbery.",
    "Detectives charged the man with murder on Friday.",
    "Prosecutors charged the nurse with poisoning four patients.",
    "A judge sentenced the former accountant to eight years for embezzling $3 million.",
    "The court jailed the gang leader for 20 years for drug trafficking.",
    "The arsonist set fire to three cars on the housing estate.",
    "The robbers threatened the cashier with a knife before fleeing with cash.",
    "Police seized 2 tonnes of cocaine hidden in a banana shipment.",
    "A man opened fire at a family party, killing three relatives.",
]
CULTURE_AND_SCIENCE = [
    "The film captured the top prize at the Venice festival.",
    "Critics attacked the film for its length and its wooden dialogue.",
    "The rapper accused the label of withholding royalties.",
    "The pop star fought back tears as she accepted the award.",
    "The comedian hit back at critics who called his show offensive.",
    "Hackers breached the accounts of thousands of users.",
    "The social network banned accounts that spread spam.",
    "The researchers attacked the tumour cells with a modified virus.",
    "The probe struck the asteroid at 22,000 kilometres an hour.",
    "The rover captured images of a dust storm on Mars.",
    "The space agency is set to launch its probe to Jupiter's moons next year.",
    "Astronomers captured the first image of a black hole.",
    "The doctor disagreed and ordered a second scan.",
]


@pytest.mark.parametrize(
    "text",
    [
        *(pytest.param(t, id=f"sport-{n}") for n, t in enumerate(SPORT)),
        *(pytest.param(t, id=f"business-{n}") for n, t in enumerate(BUSINESS)),
        *(pytest.param(t, id=f"weather-{n}") for n, t in enumerate(WEATHER)),
        *(pytest.param(t, id=f"disease-{n}") for n, t in enumerate(DISEASE)),
        *(pytest.param(t, id=f"crime-{n}") for n, t in enumerate(CRIME)),
        *(pytest.param(t, id=f"culture-science-{n}") for n, t in enumerate(CULTURE_AND_SCIENCE)),
    ],
)
def test_non_political_news_yields_no_event(analyze, text):
    assert [(v.type, v.trigger.text) for v in analyze(text).events] == []


def _types(analyze, text: str) -> list[str]:
    return [v.type for v in analyze(text).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels captured the town after a week of fighting.", "ASSAULT"),
        ("Russian troops withdrew from Kherson on Friday.", "RETREAT"),
        ("The army captain accused the rebels of attacking the village.", "ACCUSE"),
        ("A court in Moscow sentenced the opposition leader to 19 years for extremism.", "SANCTION"),
        ("Japan sent aid to Turkey after the earthquake.", "AID"),
        ("Police imposed a curfew in Jos as an outbreak of violence spread.", "COERCE"),
        ("The ministry launched a probe into the deaths of the prisoners.", "ACCUSE"),
    ],
)
def test_the_same_verbs_between_political_actors_stay_events(analyze, text, expected):
    assert expected in _types(analyze, text)


def test_a_prize_captured_or_defended_is_no_assault_but_a_town_is(analyze):
    assert _types(analyze, "The Scots captured the title with a win over Wales.") == []
    assert "ASSAULT" in _types(analyze, "Rebels captured the town with a dawn raid.")


def test_an_athlete_known_by_nationality_is_no_state(analyze):
    assert _types(analyze, "The Russian skater withdrew from the competition after a failed drug test.") == []
    assert "RETREAT" in _types(analyze, "Russian troops withdrew from the town after a failed assault.")


def test_a_captain_in_a_sentence_about_sport_is_no_soldier(analyze):
    (accused,) = analyze("The army captain accused the rebels of attacking the village.").events
    assert accused.source.code.endswith("MIL")
    assert _types(analyze, "The England captain accused the umpire of bias after the second test.") == []


def test_a_charge_or_sentence_for_ordinary_crime_is_no_event_but_for_an_opponent_is(analyze):
    assert _types(analyze, "Prosecutors charged the nurse with poisoning four patients.") == []
    assert "ACCUSE" in _types(analyze, "Prosecutors charged the opposition leader with treason.")


def test_a_curb_at_home_against_a_hazard_is_relief_not_repression(analyze):
    assert _types(analyze, "Police imposed a curfew in Jos as the floods spread.") == []
    assert "COERCE" in _types(analyze, "Police imposed a curfew in Jos as an outbreak of violence spread.")


def test_a_probe_sent_to_a_planet_is_no_investigation(analyze):
    assert _types(analyze, "The European Space Agency launched a probe to Venus on Monday.") == []
    assert "ACCUSE" in _types(analyze, "The ministry launched a probe into the deaths of the prisoners.")


def test_a_family_or_birthday_party_is_no_political_party(analyze):
    def targets(text: str) -> list[str | None]:
        return [v.target.code if v.target else None for v in analyze(text).events]

    assert targets("Gunmen opened fire at a birthday party in the town, police said.") == [None]
    assert targets("Gunmen opened fire at a party meeting in the town, police said.") == ["PTY"]


def test_police_dealing_with_a_suspect_in_a_crime_story_is_no_event_but_arrests_of_protesters_are(analyze):
    story = (
        "A man was stabbed to death outside a bar in Leeds on Saturday night. "
        "Police arrested a 25-year-old man at the scene. He was charged with murder on Monday."
    )
    assert _types(analyze, story) == []
    unrest = (
        "Thousands marched in Minsk against the election result. A shop was looted and a man was "
        "stabbed near the square, and police blamed a robbery gang. "
        "Police arrested dozens of protesters near the square."
    )
    assert "COERCE" in _types(analyze, unrest)


def test_an_appeal_for_witnesses_to_a_crime_is_no_demand(analyze):
    assert _types(analyze, "Police appealed for witnesses to the robbery at the petrol station.") == []
    assert "REQUEST" in _types(analyze, "Police asked protesters to leave the square.")


def test_advice_to_seek_treatment_or_report_symptoms_is_no_demand(analyze):
    assert _types(analyze, "Health officials urged people to seek treatment if they develop a fever.") == []
    assert _types(analyze, "Officials urged residents to report any symptoms.") == []


def test_a_threat_to_sue_a_magazine_is_no_event_but_a_beaten_reporter_is(analyze):
    assert _types(analyze, "The singer threatened to sue the magazine over the photos.") == []
    assert "ASSAULT" in _types(analyze, "A reporter was beaten outside the courthouse in Nairobi.")


def test_launching_a_mission_of_science_is_no_promise_but_launching_an_offensive_is_a_threat(analyze):
    assert _types(analyze, "NASA plans to launch a rover to Mars in 2027.") == []
    mission = "The space agency is set to launch its mission to study the chemistry of Titan."
    assert _types(analyze, mission) == []
    assert "THREATEN" in _types(analyze, "The army plans to launch an offensive against the rebels.")


def test_relief_at_home_in_a_disaster_story_is_no_event_but_aid_from_abroad_is(analyze):
    story = (
        "The hurricane struck the coast on Tuesday, killing 12 people. The president declared a disaster "
        "area and sent federal aid. The army deployed 2,000 troops to help with rescue work. "
        "The governor said the storm had destroyed thousands of homes."
    )
    assert _types(analyze, story) == []
    abroad = "The earthquake destroyed homes in Turkey. Japan sent aid to Turkey after the quake."
    assert "AID" in _types(analyze, abroad)


def test_what_a_film_or_book_depicts_is_no_event_but_a_show_of_force_is_no_film(analyze):
    assert _types(analyze, "The documentary follows soldiers who fought in the battle of Stalingrad.") == []
    assert _types(analyze, "The novel tells the story of rebels who stormed the palace.") == []
    assert "ASSAULT" in _types(analyze, "A show of force by troops followed the attack on the base.")


def test_the_plot_of_a_novel_told_in_the_present_is_no_event_but_news_in_the_past_is(analyze):
    review = (
        "The novelist's new book is set in a future in which the great powers have gone to war. "
        "The plot owes much to the author's own time in the army, and his readers will recognise "
        "several characters from his first novel. In the novel, the hero, a former soldier, leads a "
        "raid on the invaders' base and frees the prisoners."
    )
    assert _types(analyze, review) == []
    news = review.rsplit(" In the novel", 1)[0] + " On Monday, Russian troops attacked a village near Kharkiv."
    assert "ASSAULT" in _types(analyze, news)


def test_curbs_against_smog_are_relief_but_curbs_against_protest_are_not(analyze):
    smog = (
        "A thick layer of toxic smog covered the Indian capital for a fifth day on Friday. "
        "The Delhi government closed all schools until Tuesday and banned construction work. "
        "Doctors said the pollution could cause lasting damage to children's lungs."
    )
    assert _types(analyze, smog) == []
    unrest = (
        "Thousands of protesters marched through the Indian capital on Friday. "
        "The Delhi government closed all schools until Tuesday and banned public gatherings."
    )
    assert "COERCE" in _types(analyze, unrest)


FEUDS = [
    "LOS ANGELES — Singer Maya Lorne accused her former record label, Blue Harbor Records, of "
    "blocking her from performing her old songs at an awards show next week. Blue Harbor denied the "
    "claim in a statement on Friday and said it had offered Lorne a new contract in August. Fans "
    "rallied behind Lorne online, and several artists criticised the label's owners. The dispute "
    "began when the label was sold to an investment group last year. Lorne's lawyers said they were "
    "studying the terms of the sale. Her new album, released in October, has sold more than a "
    "million copies.",
    "SAN FRANCISCO — Ana Vale, the founder of the app maker Brightloop, accused her former business "
    "partner of taking customer data when he left the firm. Marco Dunn denied the claim on Friday "
    "and said he had offered to return every file in March. Vale's lawyers urged Dunn to settle "
    "before the case reaches court. The two met in a cafe in Oakland last week but failed to agree. "
    "Brightloop, which makes a budgeting app, has about two million users and raised 30 million "
    "dollars last year. Dunn now runs a rival start-up that sells similar software to small shops.",
]


@pytest.mark.parametrize("text", FEUDS)
def test_a_feud_of_people_the_tables_do_not_know_in_a_story_of_no_politics_is_a_private_affair(analyze, text):
    events = analyze(text).events
    uncoded = [v.trigger.text for v in events if not any(a and a.code for a in (v.source, v.target))]
    assert uncoded == []


TOUR_DISPUTE = (
    "LOS ANGELES — Singer Maya Lorne accused her former record label, Blue Harbor Records, of "
    "blocking her from performing her old songs at an awards show next week. Blue Harbor denied the "
    "claim in a statement on Friday and said it had offered Lorne a new contract in August. Fans "
    "rallied behind Lorne online, and several artists criticised the label's owners. The dispute "
    "began when the label was sold to an investment group last year, and the new owners took control "
    "of the recordings she made between 2008 and 2016. Lorne's lawyers said they were studying the "
    "terms of the sale. The singer has said she will record new versions of her first four albums so "
    "that she owns them outright, and the first of them is due in the spring. Her new album, released "
    "in October, has sold more than a million copies and spent six weeks at the top of the charts. "
    "She is due to open her tour in Dallas in February, with 40 dates across North America and "
    "Europe. A spokeswoman for the awards show said the organisers hoped the two sides would settle "
    "before the broadcast, and that Lorne remained on the list of performers."
)


def test_a_story_that_hardly_names_politics_yields_no_event(analyze):
    assert [(v.type, v.trigger.text) for v in analyze(TOUR_DISPUTE).events] == []


def test_arrests_and_seizures_in_a_smog_story_are_no_relief(analyze):
    story = (
        "A thick layer of toxic smog covered the Indian capital for a fifth day on Friday. "
        "Doctors said the pollution could cause lasting damage to children's lungs. "
        "The state government banned the burning of crop stubble, arresting 35 farmers and seizing "
        "two tonnes of fireworks."
    )
    modes = {(e.type, e.mode) for e in analyze(story).events}
    assert ("COERCE", "arrest") in modes
    assert ("COERCE", "seize") in modes


DEALS_PAGE = (
    "Black Friday is still a week away, but some of the best Black Friday prices are already here. "
    "The wireless earbuds have dropped to $99 at the big retailers, the lowest price we have seen. "
    "A 55-inch television is $279, down from $449, and its Black Friday price is not expected to "
    "fall further. The smart speaker beats its rivals on sound and costs less than last year's model. "
    "The tablet is $120 off, and the Black Friday discount on the laptop brings it to $699. "
    "Shoppers who miss the Black Friday sale can expect similar prices on Cyber Monday. "
    "We update this list of deals every day until the end of the month, so check back often."
)


def _politics_named(pipeline, text: str) -> int:
    doc = pipeline.nlp(text)
    return politics_named(ActorCoder(doc, doc._.ng_references, doc._.ng_places or ()))


def test_black_friday_is_the_shopping_day_not_an_armed_group(pipeline):
    assert _politics_named(pipeline, DEALS_PAGE) == 0


def test_a_company_officer_names_no_army_but_army_officers_do(pipeline):
    hiring = (
        "The software maker named Dana Holt its new Chief Operating Officer on Monday. "
        "Holt was Chief Technology Officer at a payments firm for six years."
    )
    assert _politics_named(pipeline, hiring) == 0
    assert _politics_named(pipeline, "Army officers met the rebels in the capital on Monday.") >= 1


def test_what_endangers_lives_or_a_region_threatens_no_one_but_endangering_a_state_does(analyze):
    assert _types(analyze, "Iran's missile programme endangers the region, the Israeli prime minister said.") == []
    assert "THREATEN" in _types(analyze, "Iran's missile programme endangers Israel, the Israeli prime minister said.")
    assert "THREATEN" in _types(analyze, "The rebels said they would endanger the soldiers who guard the dam.")


GAME_REVIEW = (
    "Iron Frontier is the best shooter of the year, even if its story goes nowhere. You play Mara Voss, a"
    " rebel commander who leads a small band of fighters against the Dominion, an empire that has "
    "occupied her home planet. The campaign takes about fifteen hours, and most of it is spent sneaking "
    "through enemy bases and sabotaging fuel depots. The gameplay is where the game shines. Dominion "
    "soldiers ambush your squad in the canyons, and heavy troopers storm the camp if you linger. Between "
    "missions you upgrade your rifle and talk to the other characters. The writing is thin, and the "
    "villain, a general who executes prisoners to keep his troops in line, never becomes more than a "
    "cartoon. Still, the gunplay is superb, the levels are huge, and the multiplayer mode is a blast. The"
    " game is out now on PC and consoles for 60 dollars."
)


def test_the_play_of_a_video_game_told_in_the_present_is_no_event_but_news_in_the_past_is(analyze):
    assert _types(analyze, GAME_REVIEW) == []
    news = GAME_REVIEW + " On Monday, Russian troops attacked a village near Kharkiv."
    assert "ASSAULT" in _types(analyze, news)


def test_a_ball_club_or_a_rocket_that_shares_an_armed_group_s_name_names_no_politics(pipeline):
    sport = "The Tigers beat the Mavericks 4-2 on Sunday, and Zero, the club's mascot, led the parade."
    assert _politics_named(pipeline, sport) == 0
    assert _politics_named(pipeline, "The company will launch the satellite on a Falcon rocket in May.") == 0


CONSOLE_GAME_REVIEW = (
    "Shadow Legion borrows most of its ideas from other games, but it puts them together well enough to "
    "be worth your time. You play Kael, a young deserter who hunts the generals of the Imperial army. "
    "Later missions send you to raid an Imperial prison and free the rebel prisoners. The story ends with "
    "an assault on the emperor's palace. Combat is where the game stumbles: on the hardest difficulty the "
    "army of enemies can overwhelm you in seconds. Still, the level design is clever and the companion "
    "droid is the year's best new character. Shadow Legion is out now on PlayStation and Xbox."
)


def test_a_review_of_a_console_game_tells_play_not_news_even_by_purpose_or_can(analyze):
    assert _types(analyze, CONSOLE_GAME_REVIEW) == []
    news = CONSOLE_GAME_REVIEW + " On Monday, Russian troops attacked a village near Kharkiv."
    assert "ASSAULT" in _types(analyze, news)


def test_fighting_to_get_something_done_is_no_violence_unless_an_armed_side_fights(analyze):
    assert _types(analyze, "The state's senators said they would fight to restore the money.") == []
    assert "THREATEN" in _types(analyze, "Rebels said they would fight to take the capital.")
