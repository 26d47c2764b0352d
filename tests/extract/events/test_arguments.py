"""Arguments of events whose trigger is a noun: the subject of a verb of breaking out, of a passive light
verb, or the object of a verb (of judging, of causing)."""


def test_fighting_that_broke_out_between_two_sides_runs_from_the_first_to_the_second(analyze):
    text = "Fighting broke out on Monday between the Sudanese army and RSF fighters in Omdurman."
    events = analyze(text).events
    fighting = [v for v in events if v.trigger.text == "Fighting"]
    assert fighting and fighting[0].type == "ASSAULT"
    assert fighting[0].source.text == "the Sudanese army" and fighting[0].target.text == "RSF fighters"


def test_clashes_that_erupted_between_two_groups_name_both(analyze):
    events = analyze("Clashes erupted between Fulani herders and Dogon militiamen in central Mali.").events
    assert [(v.source.text, v.target.text) for v in events if v.trigger.text == "Clashes"] == [
        ("Fulani herders", "Dogon militiamen")
    ]


def test_a_pair_named_by_two_coordinated_nationalities_is_the_source_and_the_target(analyze):
    events = analyze("Clashes between Indian and Pakistani troops erupted along the border on Sunday.").events
    assert [(v.source.code, v.target.code) for v in events if v.trigger.text == "Clashes"] == [("IND", "PAK")]
    events = analyze("Talks between Israeli and Palestinian negotiators resumed in Cairo.").events
    assert [(v.source.code, v.target.code) for v in events if v.trigger.text == "Talks"] == [("ISR", "PSE")]


def test_an_attack_noun_carried_out_in_the_passive_takes_the_agent_as_its_source(analyze):
    events = analyze("Air strikes were launched by Russian jets on rebel positions near Idlib.").events
    strikes = [v for v in events if v.trigger.text == "strikes"]
    assert strikes and (strikes[0].source.text, strikes[0].target.text) == ("Russian jets", "rebel positions")
    events = analyze("The raid on the camp was carried out by Israeli special forces.").events
    raid = [v for v in events if v.trigger.text == "raid"]
    assert raid and raid[0].source.code == "ISRMIL"


def test_a_deed_noun_that_a_verb_condemns_or_praises_is_not_the_subjects_own_deed(analyze):
    events = analyze("The White House condemned the attack on the Israeli embassy in Ankara.").events
    attack = [v for v in events if v.trigger.text == "attack"]
    assert all(v.source is None or v.source.code != "USAGOV" for v in attack)
    events = analyze("Kenya praised the raid on the militant camp.").events
    praised = [v for v in events if v.trigger.text == "raid"]
    assert all(v.source is None or v.source.code != "KEN" for v in praised)
    events = analyze("Israel launched air strikes on Gaza.").events
    strikes = [v for v in events if v.trigger.text == "strikes"]
    assert strikes and strikes[0].source.code == "ISR"  # a light verb's subject does its noun's deed


def test_what_sparked_a_protest_is_not_who_staged_it(analyze):
    events = analyze("The arrest of an opposition leader sparked protests in Kampala.").events
    protests = [v for v in events if v.trigger.text == "protests"]
    assert protests and protests[0].source is None


def _roles(events, trigger):
    return [
        (v.source.text if v.source else None, v.target.text if v.target else None)
        for v in events
        if v.trigger.text == trigger
    ]


def test_who_faces_charges_or_sanctions_is_their_target_and_the_giver_their_source(analyze):
    events = analyze("Iran faces fresh sanctions from the European Union.").events
    assert _roles(events, "sanctions") == [("the European Union", "Iran")]
    events = analyze("The activist faces 12 criminal charges in the US.").events
    assert _roles(events, "charges") == [("the US", "The activist")]


def test_who_is_under_fire_or_pressure_is_the_target_of_whoever_it_comes_from(analyze):
    events = analyze("The prime minister is under fire from opposition lawmakers over the budget.").events
    assert [(v.type, *r) for v, r in zip(events, _roles(events, "fire"))] == [
        ("ACCUSE", "opposition lawmakers", "The prime minister")
    ]
    events = analyze("The government cut spending under pressure from the International Monetary Fund.")
    events = events.events
    assert _roles(events, "pressure") == [("the International Monetary Fund", "The government")]


def test_under_fire_with_no_critic_named_has_only_a_target(analyze):
    events = analyze("The health minister, who has been under fire for months, resigned on Friday.").events
    assert _roles(events, "fire") == [(None, "The health minister")]


def test_who_puts_someone_under_a_deed_does_it(analyze):
    events = analyze("Police put the protest leaders under arrest.").events
    assert _roles(events, "arrest") == [("Police", "the protest leaders")]
    events = analyze("The mayor was placed under investigation by anti-graft prosecutors.").events
    assert _roles(events, "investigation") == [("anti-graft prosecutors", "The mayor")]


def test_the_agent_of_a_participle_after_a_deed_noun_does_the_deed(analyze):
    events = analyze("China wants relief from the tariffs imposed by the United States on its exports.")
    events = events.events
    assert [r[0] for r in _roles(events, "tariffs")] == ["the United States"]
    events = analyze("The strikes carried out by Israeli jets killed four militants in Gaza.").events
    assert [r[0] for r in _roles(events, "killed")] == ["Israeli jets"]


def test_whose_attempt_or_decision_it_is_to_act_does_the_act(analyze):
    text = "Trump's attempt to pressure Ukraine into investigating a rival was wrong, most voters said."
    assert _roles(analyze(text).events, "pressure") == [("Trump", "Ukraine")]


def test_a_craft_shot_down_in_a_shortened_passive_is_the_target(analyze):
    events = analyze("A Russian military helicopter shot down over Idlib province, rebels said.").events
    assert _roles(events, "shot") == [(None, "A Russian military helicopter")]
    events = analyze("Syrian rebels shot down a Russian helicopter over Idlib province.").events
    assert _roles(events, "shot") == [("Syrian rebels", "a Russian helicopter")]


def test_a_place_that_falls_to_armed_forces_is_taken_by_them_and_a_seat_that_falls_to_a_party_is_not(analyze):
    events = analyze("The eastern city of Goma fell to M23 rebels on Tuesday after days of fighting.").events
    fell = [v for v in events if v.trigger.text == "fell"]
    assert fell and fell[0].type == "ASSAULT"
    assert (fell[0].source.text, fell[0].target.code) == ("M23 rebels", "COD")
    events = analyze("The seat fell to the Liberal Democrats in the by-election.").events
    assert not [v for v in events if v.trigger.text == "fell"]


def test_condemning_an_arrest_targets_who_made_it_not_who_was_arrested(analyze):
    events = analyze("Britain condemned the arrest of two opposition activists by Zimbabwean police.").events
    assert [v.target.code for v in events if v.trigger.text == "condemned"] == ["ZWECOP"]


def test_whom_a_verb_of_asking_urges_to_act_does_the_act_asked_for(analyze):
    events = analyze("The United Nations called on Israel to halt its offensive in Gaza.").events
    assert [v.source.code for v in events if v.trigger.text == "halt"] == ["ISR"]
    # A broad deed asked for is folded into the request, whose target is the one asked.
    events = analyze("European leaders encouraged Serbia to hold talks with Kosovo.").events
    assert _roles(events, "encouraged") == [("European leaders", "Serbia")]
    # CAMEO codes what one is ordered to do as the deed of whoever ordered it.
    events = analyze("The court ordered the government to release the opposition leader.").events
    assert _roles(events, "release") == [("The court", "the opposition leader")]


def test_we_and_us_in_a_direct_quote_are_its_speaker(analyze):
    text = '"Washington has threatened us with sanctions," the Venezuelan foreign minister told reporters.'
    events = analyze(text).events
    roles = [(v.source.code, v.target.code) for v in events if v.trigger.text == "threatened"]
    assert roles == [("USA", "VENGOV")]
    events = analyze('Iran\'s foreign minister said on Monday: "The Americans have betrayed us again."').events
    assert [v.target.code for v in events if v.trigger.text == "betrayed"] == ["IRNGOV"]


def test_they_in_a_direct_quote_is_not_the_speaker_outside_it(analyze):
    events = analyze('"They attacked our positions overnight," a Ukrainian army spokesman said.').events
    attacked = [v for v in events if v.trigger.text == "attacked"]
    assert attacked and attacked[0].source is None and attacked[0].target.code.startswith("UKR")


def test_an_object_pronoun_is_not_its_own_verbs_subject(analyze):
    text = "The Iraqi prime minister said Washington had pressured him to expel the Iranian envoy."
    events = analyze(text).events
    roles = [(v.source.code, v.target.code) for v in events if v.trigger.text == "pressured"]
    assert roles == [("USA", "IRQGOV")]


def test_people_counted_by_a_word_of_number_are_the_target_not_a_place_after_them(analyze):
    events = analyze("Egyptian police arrested dozens of protesters in Cairo.").events
    assert _roles(events, "arrested") == [("Egyptian police", "protesters")]
    events = analyze("Iranian police arrested a group of students in Tehran.").events
    assert [v.target.code for v in events if v.trigger.text == "arrested"] == ["IRNEDU"]


def test_an_attack_by_forces_with_no_other_target_targets_the_country_it_happened_in(analyze):
    events = analyze("US forces carried out air strikes in Syria on Thursday.").events
    roles = [(v.source.code, v.target.code) for v in events if v.trigger.text == "strikes"]
    assert roles == [("USAMIL", "SYR")]
    events = analyze("The Saudi-led coalition bombed rebel positions in Yemen on Tuesday.").events
    assert [v.target.text for v in events if v.trigger.text == "bombed"] == ["rebel"]  # an actor first


def test_a_private_attack_on_no_one_named_is_not_aimed_at_the_place_it_happened_in(analyze):
    events = analyze("A local businessman attacked a rival in Nairobi on Sunday.").events
    assert all(v.target is None for v in events)


def test_the_of_phrase_of_a_person_acted_on_says_whose_they_are_not_whom_it_targets(analyze):
    events = analyze("Gunmen threatened the governor of Kano state on Monday.").events
    assert [v.target.code for v in events if v.trigger.text == "threatened"] == ["NGAGOV"]
    assert [v.target.text for v in events if v.trigger.text == "threatened"] == ["the governor of Kano state"]


def test_a_relative_clause_on_the_object_does_not_name_the_target(analyze):
    events = analyze("Police arrested the men, who had threatened the governor of Kano.").events
    assert [v.target for v in events if v.trigger.text == "arrested"] == [None]


def test_a_city_that_owns_a_deed_did_it(analyze):
    events = analyze("Moscow's attacks on Ukrainian power plants continued overnight.").events
    assert [(v.source.code, v.target.code) for v in events if v.trigger.text == "attacks"] == [("RUS", "UKR")]
    events = analyze("The Madrid talks ended without a deal.").events
    assert all(v.source is None for v in events if v.trigger.text == "talks")


def test_whom_a_noun_of_criticism_is_of_is_its_target(analyze):
    events = analyze("Washington's criticism of Beijing drew an angry response.").events
    roles = [(v.source.code, v.target.code) for v in events if v.trigger.text == "criticism"]
    assert roles == [("USA", "CHN")]
    events = analyze("The condemnation of Hungary by EU lawmakers was unanimous.").events
    assert [v.target.code for v in events if v.trigger.text == "condemnation"] == ["HUN"]


def test_a_noun_of_condemnation_of_a_deed_targets_whoever_did_it(analyze):
    events = analyze("Iran's condemnation of the US strikes was swift.").events
    roles = [(v.source.code, v.target.code) for v in events if v.trigger.text == "condemnation"]
    assert roles == [("IRN", "USA")]
    events = analyze("Kenya's criticism of Uganda's crackdown on the opposition angered Kampala.").events
    assert [v.target.code for v in events if v.trigger.text == "criticism"] == ["UGA"]


def test_who_draws_criticism_is_its_target_whether_or_not_the_critic_is_named(analyze):
    events = analyze("Egypt's arrest of three journalists drew international criticism.").events
    assert [(v.source, v.target.code) for v in events if v.trigger.text == "criticism"] == [(None, "EGY")]
    events = analyze("Brazil's president attracted condemnation for his remarks.").events
    assert [(v.source, v.target.code) for v in events if v.trigger.text == "condemnation"] == [(None, "BRAGOV")]
    events = analyze("Israel's plan drew sharp criticism from Washington.").events
    roles = [(v.source.code, v.target.code) for v in events if v.trigger.text == "criticism"]
    assert roles == [("USA", "ISR")]


def test_a_demand_that_someone_meets_or_yields_to_was_made_of_them(analyze):
    text = "The talks could collapse unless Seoul agrees to Washington's demands to pay more for US troops."
    events = analyze(text).events
    assert [(v.source.code, v.target.code) for v in events if v.trigger.text == "demands"] == [("USA", "KOR")]
    events = analyze("If Belgrade agrees to Pristina's demands, the deal could be signed next month.").events
    assert [v.target.code for v in events if v.trigger.text == "demands"] == ["SRB"]


def test_a_deed_ended_in_a_passive_with_no_agent_was_ended_by_its_owner(analyze):
    events = analyze("US sanctions on Iran were lifted in January.").events
    assert [(v.source.code, v.target.code) for v in events if v.trigger.text == "lifted"] == [("USA", "IRN")]
    events = analyze("The Swedish investigation into the journalist was dropped in 2019.").events
    assert [(v.source.code, v.target.text) for v in events if v.trigger.text == "dropped"] == [
        ("SWE", "the journalist")
    ]


def test_who_launches_an_operation_to_act_does_the_act(analyze):
    events = analyze("Iraqi forces launched an offensive to retake Mosul from Islamic State.").events
    assert [v.source.code for v in events if v.trigger.text == "retake"] == ["IRQMIL"]
    events = analyze("Rights groups condemned the decision to expel the Kenyan envoy.").events
    assert [v.source for v in events if v.trigger.text == "expel"] == [None]  # the critics do not expel


def test_the_content_clause_of_a_denied_accusation_names_no_target_of_the_denial(analyze):
    events = analyze("Iran denied accusations that it had supplied drones to Russia.").events
    assert [(v.source.code, v.target) for v in events if v.trigger.text == "denied"] == [("IRN", None)]
    events = analyze("Beijing rejected accusations by Washington that it was supplying weapons to Russia.").events
    assert [v.target.code for v in events if v.trigger.text == "rejected"] == ["USA"]


def test_two_coordinated_verbs_share_the_object_after_the_second(analyze):
    events = analyze("Iraqi police arrested and charged 12 protesters in Basra.").events
    assert [v.target.text for v in events if v.trigger.text == "arrested"] == ["12 protesters"]
    events = analyze("Police stormed the building and arrested six opposition leaders.").events
    assert [v.target for v in events if v.trigger.text == "stormed"] == [None]


def test_the_agent_of_a_passive_hung_on_what_it_struck_with_did_it(analyze):
    events = analyze("Russian banks were hit with sanctions by the United States on Friday.").events
    assert [(v.source.code, v.target.code) for v in events if v.trigger.text == "hit"] == [("USA", "RUS")]


def test_a_passive_participle_joined_to_a_passive_verb_is_done_to_its_subject(analyze):
    events = analyze("The opposition leader was detained in March and charged with treason.").events
    assert _roles(events, "charged") == [(None, "The opposition leader")]
    events = analyze("Two Kenyan activists were arrested in Nairobi and charged with incitement.").events
    assert _roles(events, "charged") == [(None, "Two Kenyan activists")]


def test_a_verb_joined_to_a_passive_with_an_object_of_its_own_is_not_done_to_its_subject(analyze):
    events = analyze("The general was arrested in Kinshasa and accused the army of torture.").events
    assert _roles(events, "accused") == [(None, "the army")]


def test_who_claims_responsibility_for_a_deed_did_it_and_only_claims_it(analyze):
    events = analyze("The Islamic State group claimed responsibility for the bombing in Kabul.").events
    bombing = [v for v in events if v.trigger.text == "bombing"]
    assert bombing and bombing[0].source.text == "The Islamic State group"
    assert bombing[0].status == "claimed"
    events = analyze("Al-Shabaab took credit for shooting down the Ethiopian army helicopter.").events
    shooting = [v for v in events if v.trigger.text == "shooting"]
    assert shooting and shooting[0].source.code.startswith("SOM") and shooting[0].status == "claimed"


def test_a_reported_clause_that_goes_on_from_another_shares_its_subject(analyze):
    text = (
        "The Kenyan president said he pressed his negotiators to triple the figure, then trimmed it and asked"
        " for 50 billion dollars in purchases from China."
    )
    events = analyze(text).events
    asked = [(v.source.code, v.target.code) for v in events if v.trigger.text == "asked"]
    assert asked == [("KENGOV", "CHN")]


def test_a_clause_reported_alone_is_not_the_reporters_deed(analyze):
    events = analyze("The Kenyan president said two soldiers were killed near the border.").events
    assert _roles(events, "killed") == [(None, "two soldiers")]


def test_who_has_someones_endorsement_or_support_is_its_target_and_the_giver_its_source(analyze):
    text = "“Governor Smith has my complete endorsement,” President Trump wrote on Twitter."
    events = analyze(text).events
    assert _roles(events, "endorsement") == [("President Trump", "Governor Smith")]
    events = analyze("The opposition leader has the support of the Kenyan government.").events
    assert _roles(events, "support") == [("the Kenyan government", "The opposition leader")]


def test_talks_that_a_side_has_are_its_own(analyze):
    events = analyze("Iran had talks with the European Union in Vienna.").events
    assert _roles(events, "talks") == [("Iran", "the European Union")]
def test_a_relative_pronoun_acted_on_stands_for_the_phrase_it_hangs_on(analyze):
    events = analyze("The senator, who was accused by prosecutors of taking bribes, resigned.").events
    assert _roles(events, "accused") == [("prosecutors", "The senator")]
    events = analyze("The ambassador, who was expelled by Moscow last year, returned to Warsaw.").events
    assert _roles(events, "expelled") == [("Moscow", "The ambassador")]


def test_whom_an_inquiry_looks_into_is_its_target(analyze):
    events = analyze("Brazilian prosecutors opened an investigation into the state oil company.").events
    assert _roles(events, "investigation") == [("Brazilian prosecutors", "the state oil company")]
    events = analyze("Kenyan lawmakers launched an inquiry concerning the police commissioner.").events
    assert _roles(events, "inquiry") == [("Kenyan lawmakers", "the police commissioner")]


def test_an_object_pronoun_of_a_second_verb_stands_for_the_first_verbs_object(analyze):
    events = analyze("Bolivian police detained the striking workers and beat them.").events
    assert [v.target.text for v in events if v.trigger.text == "beat"] == ["the striking workers"]
    events = analyze("Soldiers seized the opposition leader and beat him.").events
    assert [v.target.text for v in events if v.trigger.text == "beat"] == ["the opposition leader"]


def test_an_object_pronoun_whose_number_differs_from_the_first_object_is_not_it(analyze):
    events = analyze("The ministers met the envoy and thanked them for the aid.").events
    assert all(v.target is None or v.target.text != "the envoy" for v in events if v.trigger.text == "thanked")


def test_who_accuses_in_words_is_the_source_though_the_tables_code_them_not(analyze):
    events = analyze("Critics accused the Kenyan president of ignoring the drought.").events
    assert [(v.source.text, v.source.code) for v in events if v.trigger.text == "accused"] == [("Critics", None)]
    events = analyze("The Ghanaian finance minister was criticized by economists for the tax plan.").events
    assert _roles(events, "criticized") == [("economists", "The Ghanaian finance minister")]


def test_a_text_that_accuses_is_not_named_as_an_uncoded_source(analyze):
    events = analyze("The letter accused Ethiopian troops of looting.").events
    assert [v.source for v in events if v.trigger.text == "accused"] == [None]


def test_ending_an_inquiry_targets_whom_the_inquiry_looked_into(analyze):
    events = analyze("Swiss prosecutors closed their investigation into the Brazilian oil company.").events
    assert _roles(events, "closed") == [("Swiss prosecutors", "the Brazilian oil company")]
    events = analyze("Italian prosecutors dropped the inquiry concerning the former prime minister.").events
    assert [v.target.text for v in events if v.trigger.text == "dropped"] == ["the former prime minister"]


def test_the_people_a_deed_is_done_to_come_before_where_it_was_done(analyze):
    events = analyze("A gunman shot two worshippers at a church in Lagos on Sunday.").events
    assert [v.target.text for v in events if v.trigger.text == "shot"] == ["two worshippers"]
    events = analyze("Soldiers detained 30 students inside the university in Khartoum.").events
    assert [v.target.text for v in events if v.trigger.text == "detained"] == ["30 students"]


def test_coordinated_passives_share_their_subject_and_their_agent(analyze):
    events = analyze("The reporter was beaten and detained by police in Lusaka.").events
    assert _roles(events, "beaten") == [("police", "The reporter")]
    assert _roles(events, "detained") == [("police", "The reporter")]

def test_the_country_named_before_an_attack_noun_is_the_attacker_of_those_killed_in_it(analyze):
    events = analyze("Five fighters were killed in a US drone strike in Somalia.").events
    assert [(v.source.code[:3], v.target.code) for v in events if v.trigger.text == "killed"] == [
        ("USA", "SOMREB")
    ]


def test_an_attack_by_no_one_named_on_no_one_named_hits_the_country_it_happened_in(analyze):
    events = analyze("A car bomb exploded near a market in Baghdad.").events
    assert [(v.source.code, v.target.code) for v in events if v.trigger.text == "bomb"] == [("IRQUAF", "IRQ")]
    events = analyze("A suicide bomber blew himself up at a checkpoint in Kandahar.").events
    assert [v.target.code for v in events if v.trigger.text == "bomber"] == ["AFG"]


def test_whom_a_border_is_shared_with_is_the_target_of_a_deed_done_along_it(analyze):
    events = analyze("India deployed additional troops along its border with China.").events
    assert [v.target.code for v in events if v.trigger.text == "deployed"] == ["CHN"]
    events = analyze("Ethiopia agreed to reopen its border with Eritrea.").events
    assert [v.target.code for v in events if v.trigger.text == "agreed"] == ["ERI"]


def test_forces_deployed_or_alerted_by_no_one_named_are_the_side_that_mobilises(analyze):
    events = analyze("Russian soldiers were put on alert in Crimea after the explosions.").events
    assert [(v.source.code, v.target.code) for v in events if v.type == "MOBILIZE"] == [("RUSMIL", "UKR")]
    events = analyze("The deployment of Russian troops in Belarus alarmed Poland.").events
    assert [(v.source.code, v.target.code) for v in events if v.trigger.text == "deployment"] == [
        ("RUSMIL", "BLR")
    ]


def test_a_phrase_holding_the_passive_agent_is_not_whom_the_deed_was_done_to(analyze):
    events = analyze("A former minister has been charged with corruption by Kenyan prosecutors.").events
    assert [(v.source.text, v.target.text) for v in events if v.trigger.text == "charged"] == [
        ("Kenyan prosecutors", "A former minister")
    ]


def test_a_curfew_or_martial_law_with_no_one_named_targets_the_place_it_is_laid_on(analyze):
    events = analyze("Thai authorities imposed a curfew after riots broke out in Yala.").events
    assert [v.target.code for v in events if v.trigger.text == "imposed"] == ["THA"]
    text = "The Iraqi government said it was ready to impose martial law as clashes spread across Basra."
    assert [(v.mode, v.target.code) for v in analyze(text).events if v.trigger.text == "ready"] == [
        ("martial-law", "IRQ")
    ]


def test_forces_put_on_alert_with_no_one_named_face_the_place_they_are_in(analyze):
    text = "Turkish soldiers stayed on alert in northern Syria on Monday to guard against fresh attacks."
    events = analyze(text).events
    roles = [(v.source.code, v.target.code) for v in events if v.trigger.text == "alert"]
    assert roles == [("TURMIL", "SYR")]


def test_an_object_coded_as_the_sources_own_targets_another_country_it_names(analyze):
    text = "The United Nations agreed to a six-month renewal of its MONUSCO mission in Congo."
    assert [v.target.code for v in analyze(text).events if v.trigger.text == "agreed"] == ["COD"]
    text = "Denmark accepted a plan for settling its fishing row with its European Union partners."
    assert [v.target.code for v in analyze(text).events if v.trigger.text == "accepted"] == ["IGO"]


def test_who_did_the_attack_a_when_clause_tells_of_did_an_agentless_killing(analyze):
    text = "Two Ukrainian soldiers were killed when Russian forces shelled their positions near Bakhmut."
    events = analyze(text).events
    roles = [(v.source.code, v.target.code) for v in events if v.trigger.text == "killed"]
    assert roles == [("RUSMIL", "UKRMIL")]
    events = analyze("Two Ukrainian soldiers were killed when their truck overturned near Bakhmut.").events
    assert all(v.source is None for v in events if v.trigger.text == "killed")


def test_forces_withdrawn_or_disarmed_by_no_one_named_stand_down_themselves(analyze):
    text = "Some 2,000 rebel fighters have been disarmed in eastern Congo since the peace deal."
    events = analyze(text).events
    roles = [(v.source.code, v.target.code) for v in events if v.trigger.text == "disarmed"]
    assert roles == [("CODREB", "COD")]
    events = analyze("About 500 US troops were withdrawn from Iraq last month.").events
    roles = [(v.source.code, v.target.code) for v in events if v.trigger.text == "withdrawn"]
    assert roles == [("USAMIL", "IRQ")]
    events = analyze("Twelve captured Ukrainian soldiers were released on Friday.").events
    assert [(v.source, v.target.code) for v in events if v.trigger.text == "released"] == [(None, "UKRMIL")]


def test_a_noun_left_verbless_by_a_misread_participle_is_the_subject_of_the_verbs_after_it(analyze):
    events = analyze("Doctors from a French charity collected and delivered medicine to Gaza.").events
    roles = [(v.source.code[:3], v.target.code) for v in events if v.trigger.text == "delivered"]
    assert roles == [("FRA", "PSE")]


def test_the_partner_of_a_deal_or_swap_a_verb_names_is_the_target(analyze):
    events = analyze("Ukraine agreed on a prisoner swap with Russia.").events
    assert [v.target.code for v in events if v.trigger.text == "agreed"] == ["RUS"]
    events = analyze("Iran threatened to pull out of its nuclear deal with the European Union.").events
    assert [v.target.code for v in events if v.trigger.text == "threatened"] == ["IGO"]


def test_a_request_to_the_subjects_own_government_targets_that_government(analyze):
    events = analyze("Kenyan lawmakers urged their government to help secure the release of the hostages.").events
    urged = [v for v in events if v.trigger.text == "urged"]
    assert urged and urged[0].type == "REQUEST"
    assert urged[0].target is not None and urged[0].target.code == "KENGOV"


def test_a_body_named_by_a_common_noun_before_a_deed_noun_is_its_source(analyze):
    events = analyze("The army's offensive on the rebel-held town began at dawn.").events
    offensive = [v for v in events if v.trigger.text == "offensive"]
    assert offensive and offensive[0].source.text == "The army" and offensive[0].source.code.endswith("MIL")
    events = analyze("The prime minister's criticism of the central bank rattled markets.").events
    criticism = [v for v in events if v.trigger.text == "criticism"]
    assert criticism and criticism[0].type == "ACCUSE" and criticism[0].source.code.endswith("GOV")


def _countries(events, trigger):
    return [
        (v.source.code[:3] if v.source else None, v.target.code[:3] if v.target else None)
        for v in events
        if v.trigger.text == trigger
    ]


def test_sides_coordinated_as_the_subject_of_a_clash_are_each_others_target(analyze):
    events = analyze("Chadian and Sudanese troops exchanged mortar fire near the border town of Adre.").events
    assert _countries(events, "exchanged") == [("TCD", "SDN")]
    events = analyze("Georgia and Russia exchanged fire along the boundary of South Ossetia on Friday.").events
    assert _countries(events, "exchanged") == [("GEO", "RUS")]
    events = analyze("Greek Cypriot police and Turkish soldiers clashed in the buffer zone near Nicosia.").events
    assert [c[1] for c in _countries(events, "clashed")] == ["TUR"]


def test_the_two_sides_exchanging_fire_are_the_pair_an_earlier_sentence_names(analyze):
    text = "Kyrgyzstan and Tajikistan signed a truce last month. The two sides exchanged fire again on Friday."
    assert _countries(analyze(text).events, "exchanged") == [("KGZ", "TJK")]


def test_one_side_of_a_joint_attack_is_not_the_others_target(analyze):
    events = analyze("Russian jets and helicopters attacked rebel positions outside Aleppo.").events
    assert all(target != "RUS" for _, target in _countries(events, "attacked"))


def test_the_owner_of_a_doing_with_an_of_object_is_whom_a_condemnation_targets(analyze):
    events = analyze("Human Rights Watch criticised Libya's treatment of Nigerien migrants.").events
    assert _countries(events, "criticised") == [("NGO", "LBY")]
    events = analyze("Seoul condemned Tokyo's handling of the Korean wartime labourers.").events
    assert [c[1] for c in _countries(events, "condemned")] == ["JPN"]


def test_a_country_word_before_a_deed_is_its_doer_before_the_deeds_of_object(analyze):
    events = analyze("Beijing denounced the American arming of Taiwanese forces.").events
    assert _countries(events, "denounced") == [("CHN", "USA")]
    events = analyze("Ankara condemned the French backing of Kurdish militias in Syria.").events
    assert _countries(events, "condemned") == [("TUR", "FRA")]


def test_an_own_phrase_that_an_apposition_names_is_the_target(analyze):
    events = analyze("Pakistan accused its western neighbour, Afghanistan, of sheltering militants.").events
    assert _countries(events, "accused") == [("PAK", "AFG")]
    events = analyze("Sudan's army shelled its own former region, South Sudan, on Monday.").events
    assert [c[1] for c in _countries(events, "shelled")] == ["SSD"]


def test_an_attack_on_no_one_named_hits_the_place_it_struck_beside(analyze):
    events = analyze("American drones hit a compound near the Yemeni town of Marib on Sunday.").events
    assert _countries(events, "hit") == [("USA", "YEM")]
    events = analyze("Turkish howitzers shelled the hills outside the Iraqi town of Zakho.").events
    assert [c[1] for c in _countries(events, "shelled")] == ["IRQ"]


def test_a_side_of_a_frontier_an_attack_struck_near_is_not_its_target(analyze):
    events = analyze("Syrian gunners shelled farmland near the Turkish border.").events
    assert all(target != "TUR" for _, target in _countries(events, "shelled"))


def test_whoever_owns_the_stance_or_words_judged_is_the_target_not_whom_they_are_about(analyze):
    events = analyze("The senator praised Merkel's stance on Ukraine.").events
    assert _roles(events, "praised") == [("The senator", "Merkel")]
    events = analyze("The opposition condemned Erdogan's comments on Greece.").events
    assert [target for _, target in _roles(events, "condemned")] == ["Erdogan"]


def test_what_a_request_asks_for_is_not_whom_it_asks(analyze):
    events = analyze("Sweden is seeking Ahmed's extradition from Norway.").events
    assert [target for _, target in _roles(events, "seeking")] in ([], ["Norway"])


def test_whoever_made_the_offer_accepted_is_the_target_not_where_it_is_to_happen(analyze):
    events = analyze("Kenya accepted Ethiopia's invitation to a summit in Geneva.").events
    assert _countries(events, "accepted") == [("KEN", "ETH")]


def test_a_country_word_on_the_object_beats_a_place_of_no_known_country(analyze):
    events = analyze("Iraqi jets bombed Iranian oil terminals on Kharg Island at dawn.").events
    assert _countries(events, "bombed") == [("IRQ", "IRN")]
