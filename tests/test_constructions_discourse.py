"""Discourse constructions: who *we*, *they* and "the four countries" are, and whom a reply answers.

Every sentence here was written for these tests (none comes from a gold file or ACCURACY.md); each
construction has five or more, with different actors, wording and sentence shapes. Expectations are
what a careful event coder writes down, at state level (see the ``coded`` fixture in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


# --- we / our / I inside a quotation: the attributed speaker ----------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # speaker after the quotation
        (
            "“We strongly condemn Azerbaijan's shelling of our villages,” Armenian Foreign Minister"
            " Ararat Mirzoyan said on Monday.",
            ["ARM ACCUSE AZE"],
        ),
        # speaker named by a title, "told reporters"
        (
            "“We have agreed to resume talks with Ethiopia,” Egypt's foreign minister told reporters.",
            ["EGY AGREE ETH"],
        ),
        # a continuation quotation in the next sentence
        (
            "Kosovo Prime Minister Albin Kurti spoke on Tuesday. “Serbia must withdraw its troops from the"
            " border,” Kurti said. “We have asked NATO to protect our people.”",
            ["KSV REQUEST NATO"],
        ),
        # "I"
        (
            "“I called on Tehran to release the detained sailors,” British"
            " Foreign Secretary David Lammy said.",
            ["GBR REQUEST IRN"],
        ),
        # straight quotes
        (
            '"We signed a defense agreement with Vietnam today," Australian Prime'
            " Minister Anthony Albanese said.",
            ["AUS AGREE VNM"],
        ),
        # "according to", speaker before the quotation
        (
            'According to the Colombian defense minister, "our soldiers captured five Venezuelan smugglers'
            ' near the border."',
            ["COL COERCE VEN"],
        ),
        # speaker before a colon, second sentence of the quotation
        (
            'Chilean President Gabriel Boric told reporters: "Peru has ignored our warnings. We have recalled'
            ' our ambassador from Lima."',
            ["CHL SANCTION PER"],
        ),
    ],
)
def test_we_inside_a_quotation_is_the_speaker(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, tuple(wanted))


def test_a_quotation_is_attributed_to_its_speaker(relations_of: Callable[[str], tuple]) -> None:  # type: ignore[type-arg]
    rels = relations_of(
        "Kosovo Prime Minister Albin Kurti spoke on Tuesday. “Serbia must withdraw its troops from the"
        " border,” Kurti said. “We have asked NATO to protect our people.”"
    )
    asked = [r for r in rels if r.target_id == "NATO"]
    assert asked and all(r.attributed_to == r.source_id for r in asked)


# --- they / them / their -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Niger and Mali held a joint summit on Friday. They later suspended"
            " military cooperation with France.",
            ["NER SANCTION FRA", "MLI SANCTION FRA"],
        ),
        (
            "Serbia and Hungary signed an energy deal on Monday. They also agreed"
            " to build a pipeline with Russia.",
            ["SRB AGREE RUS", "HUN AGREE RUS"],
        ),
        ("Indian officials said their navy had seized a Pakistani fishing boat.", ["IND COERCE PAK"]),
        (
            "Ethiopian troops entered the border town, and Eritrean forces attacked them on Sunday.",
            ["ERI ASSAULT ETH"],
        ),
        ("The Taliban said they had arrested two British aid workers.", ["AFG COERCE GBR"]),
        (
            "At their meeting in Hanoi on Friday, Vietnam and Laos signed a railway agreement with China.",
            ["VNM CONSULT LAO"],
        ),
    ],
)
def test_plural_pronouns_take_the_last_group(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, tuple(wanted))


def test_them_standing_for_things_names_nobody(coded: Coded) -> None:
    found = coded("Ukraine bought two patrol boats from Turkey, and Russian drones attacked them in port.")
    assert "RUS ASSAULT TUR" not in found


# --- "the four countries", "both leaders", "the two sides" -------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Ministers from Kenya, Uganda and Tanzania gathered in Arusha on Monday. The three countries"
            " accused Burundi of harboring rebels.",
            ["KEN ACCUSE BDI", "UGA ACCUSE BDI", "TZA ACCUSE BDI"],
        ),
        (
            "Chinese President Xi Jinping hosted French President Emmanuel Macron in Beijing. Both leaders"
            " criticized North Korea's missile tests.",
            ["CHN ACCUSE PRK", "FRA ACCUSE PRK"],
        ),
        (
            "Japan, India, Australia and the United States held naval drills in the Bay of Bengal. The four"
            " countries condemned China's militarization of the South China Sea.",
            ["JPN ACCUSE CHN", "IND ACCUSE CHN", "AUS ACCUSE CHN", "USA ACCUSE CHN"],
        ),
        (
            "Ukraine and Russia exchanged prisoners on Friday. The two sides agreed"
            " to hold further talks in Istanbul.",
            ["UKR AGREE RUS"],
        ),
        (
            "Peru recalled its envoy after Bolivia closed the border. Both nations later accepted mediation"
            " by Brazil.",
            ["PER AGREE BRA", "BOL AGREE BRA"],
        ),
        (
            "Norway hosted Denmark, Finland and Iceland for talks on Arctic security. Norway later urged the"
            " other three countries to raise defense spending.",
            ["NOR REQUEST DNK", "NOR REQUEST FIN", "NOR REQUEST ISL"],
        ),
    ],
)
def test_counted_groups_take_the_last_actors(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, tuple(wanted))


# --- a possessive that is not the doer's own -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Japan said Chinese coast guard ships had seized its fishing boats.", "CHN COERCE JPN"),
        (
            "The Philippines said Chinese vessels had attacked its supply boats near the shoal.",
            "CHN ASSAULT PHL",
        ),
        ("Lithuania said Belarusian guards had shelled its border posts overnight.", "BLR ASSAULT LTU"),
        ("Armenia said Azerbaijani troops had arrested its citizens near the border.", "AZE COERCE ARM"),
        ("Greece accused Turkish jets of attacking its patrol boats.", "TUR ASSAULT GRC"),
    ],
)
def test_its_in_a_reported_clause_is_the_reporter(expect: Expect, text: str, wanted: str) -> None:
    expect(text, (wanted,))


def test_own_troops_stay_the_doers(coded: Coded) -> None:
    found = coded("Iran said Russia had withdrawn its troops from the Syrian border.")
    assert not any(k.startswith("RUS RETREAT IRN") for k in found)


# --- implicit targets: whom a reply answers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Ukraine accused Belarus of helping Russia attack Kyiv. Minsk dismissed the charges on Tuesday.",
            "BLR REJECT UKR",
        ),
        (
            "Pakistani officials blamed India for the bombing, a charge New Delhi quickly rejected.",
            "IND REJECT PAK",
        ),
        (
            "Lebanon accused Israel of violating the ceasefire. Israeli officials denied the allegations.",
            "ISR REJECT LBN",
        ),
        (
            "Nigeria accused Niger of sheltering militants. Niamey rejected the accusation as baseless.",
            "NER REJECT NGA",
        ),
        (
            "Ecuador accused Mexico of interfering in its elections, but Mexican"
            " officials dismissed the claim.",
            "MEX REJECT ECU",
        ),
    ],
)
def test_rejecting_the_charges_answers_the_accuser(expect: Expect, text: str, wanted: str) -> None:
    expect(text, (wanted,))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Kenya asked Uganda to extradite the suspects. Kampala rejected the request on Friday.",
            "UGA REJECT KEN",
        ),
        (
            "Ukraine asked Germany for more air defense systems. Poland supported the request.",
            "POL SUPPORT UKR",
        ),
        ("Armenia called on Russia to send peacekeepers. France backed the call.", "FRA SUPPORT ARM"),
        ("Morocco offered to mediate between Mali and Algeria. Mali accepted the offer.", "MLI AGREE MAR"),
        (
            "Turkey demanded that Sweden extradite the activists. Stockholm turned down the demand.",
            "SWE REJECT TUR",
        ),
    ],
)
def test_answering_a_request_or_offer_answers_who_made_it(expect: Expect, text: str, wanted: str) -> None:
    expect(text, (wanted,))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Iran and Saudi Arabia held talks in Baghdad. Iraq also took part in the talks.",
            ["IRQ CONSULT IRN", "IRQ CONSULT SAU"],
        ),
        (
            "Delegations from Israel and Egypt met in Cairo. Qatar joined the meeting on Tuesday.",
            ["QAT CONSULT ISR", "QAT CONSULT EGY"],
        ),
        (
            "India and China held border talks on Monday. Russia attended the talks as an observer.",
            ["RUS CONSULT IND", "RUS CONSULT CHN"],
        ),
        (
            "Serbian and Kosovar negotiators met in Brussels. The European Union"
            " took part in the negotiations.",
            ["EU CONSULT SRB", "EU CONSULT KSV"],
        ),
        (
            "Sudan's army and the Rapid Support Forces held talks in Jeddah. Saudi Arabia and the United"
            " States participated in the talks.",
            ["SAU CONSULT SDN", "USA CONSULT SDN"],
        ),
    ],
)
def test_taking_part_in_the_talks_meets_the_participants(
    expect: Expect, text: str, wanted: list[str]
) -> None:
    expect(text, tuple(wanted))


def test_condemning_the_attack_accuses_the_attacker(expect: Expect) -> None:
    expect(
        "Russian missiles struck a hospital in Kharkiv. Germany condemned the attack.", ("DEU ACCUSE RUS",)
    )


# --- conventions: no kin-state for ethnic groups, a destination is not a target -------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Slovak police arrested three ethnic Hungarians in Slovakia on Monday.", "SVK COERCE HUN"),
        ("Romanian police detained dozens of ethnic Turks near the border.", "ROU COERCE TUR"),
        ("Kosovo police clashed with ethnic Serbs in the north of the country.", "KSV ASSAULT SRB"),
        ("Myanmar's army attacked ethnic Chinese villagers in Shan State.", "MMR ASSAULT CHN"),
        (
            "Up to 1,000 ethnic Turks began a hunger strike on Monday to protest against Sweden's decision to"
            " send them back to Bulgaria.",
            "SWE AID TUR",
        ),
    ],
)
def test_an_ethnic_group_is_not_its_kin_state(coded: Coded, text: str, wrong: str) -> None:
    assert wrong not in coded(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Pakistan deported hundreds of migrants to Afghanistan on Sunday.", "PAK COERCE AFG"),
        ("Denmark expelled the two activists to Sweden.", "DNK COERCE SWE"),
        ("Algeria deported them to Niger after a week in detention.", "DZA COERCE NER"),
        ("The United States deported 80 people to Guatemala on a military flight.", "USA COERCE GTM"),
        ("Israel deported the foreign activists to Jordan on Tuesday.", "ISR COERCE JOR"),
    ],
)
def test_a_destination_is_not_a_target(coded: Coded, text: str, wrong: str) -> None:
    assert wrong not in coded(text)


def test_deportees_keep_their_state(expect: Expect) -> None:
    expect("Turkey deported dozens of Syrian refugees to Syria last week.", ("TUR COERCE SYR",))


# --- definite descriptions: "the army", "the group", "the council" -------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The Myanmar military seized power in February. The army later arrested dozens of Chinese"
            " journalists.",
            "MMR COERCE CHN",
        ),
        (
            "Ecuador's government declared a state of emergency on Monday. The government also accused"
            " Colombia of harboring gang leaders.",
            "ECU ACCUSE COL",
        ),
        (
            "The Houthi movement fired missiles at Israel on Monday. The group also attacked a Greek tanker"
            " in the Red Sea.",
            "YEM ASSAULT GRC",
        ),
        (
            "The U.N. Security Council met on Tuesday. Russia urged the council to lift sanctions on Syria.",
            "RUS REQUEST UNSC",
        ),
        (
            "North Korea fired two missiles on Sunday. Japan condemned the regime's provocations.",
            "JPN ACCUSE PRK",
        ),
    ],
)
def test_a_definite_description_names_the_actor_it_shortens(expect: Expect, text: str, wanted: str) -> None:
    expect(text, (wanted,))


# --- what is proposed, demanded, offered or planned has not happened --------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The European Commission proposed new tariffs on Chinese steel.", "SANCTION CHN"),
        ("Washington demanded that Panama cut ties with Beijing.", "PAN SANCTION CHN"),
        ("The United States proposed a ceasefire between Israel and Hezbollah.", "ISR AGREE"),
        ("Armenia called for sanctions against Azerbaijan.", "ARM SANCTION AZE"),
        ("Poland suggested that NATO deploy more troops to Estonia.", "NATO MOBILIZE EST"),
    ],
)
def test_a_proposed_or_demanded_act_is_hypothetical(coded: Coded, text: str, act: str) -> None:
    found = {k: v for k, v in coded(text).items() if act in k}
    assert found, f"no {act} in {sorted(coded(text))}"
    assert all("hypothetical" in flags for flags in found.values()), found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "During the talks, Iran proposed to release two detainees, but the United States refused.",
            "USA REJECT IRN",
        ),
        ("Kenya offered to host the negotiations. Ethiopia declined.", "ETH REJECT KEN"),
        ("Qatar proposed to mediate the dispute, and Sudan accepted.", "SDN AGREE QAT"),
        ("Moscow asked Kazakhstan to extradite the journalist, but Astana refused.", "KAZ REJECT RUS"),
        (
            "The European Union asked Britain to share customs data. The British government agreed.",
            "GBR AGREE EU",
        ),
    ],
)
def test_a_bare_answer_answers_the_last_proposal_or_request(expect: Expect, text: str, wanted: str) -> None:
    expect(text, (wanted,))


# --- "demanded an end to the hostilities": a call to stop a fight is made to both of its sides -------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Armenian forces have been shelling Azerbaijani positions for a week. On Monday the Swiss"
            " foreign minister demanded an end to the hostilities.",
            ["CHE REQUEST ARM", "CHE REQUEST AZE"],
        ),
        (
            "The Ethiopian army has been fighting Eritrean troops along the border. Kenya's president"
            " called for an end to the fighting.",
            ["KEN REQUEST ETH", "KEN REQUEST ERI"],
        ),
        (
            "Pakistani troops clashed with Indian soldiers in Kashmir on Tuesday. Britain urged an"
            " immediate halt to the violence.",
            ["GBR REQUEST PAK", "GBR REQUEST IND"],
        ),
        (
            "Rwandan soldiers attacked Congolese villages near Goma. The Angolan president appealed"
            " for a ceasefire.",
            ["AGO REQUEST RWA", "AGO REQUEST COD"],
        ),
        (
            "Thai artillery struck Cambodian positions near the temple overnight. Malaysia's foreign"
            " ministry demanded a cessation of hostilities and new talks.",
            ["MYS REQUEST THA", "MYS REQUEST KHM"],
        ),
    ],
)
def test_a_call_to_end_the_fighting_is_made_to_both_sides(
    expect: Expect, text: str, wanted: list[str]
) -> None:
    expect(text, tuple(wanted))


def test_a_call_made_before_the_fight_is_told_waits_for_it(expect: Expect) -> None:
    """Stories often quote the call first and say who fights only further down."""
    expect(
        "Ireland's foreign minister demanded an end to the hostilities on Friday. Aid agencies say food"
        " is running out. Houthi rebels have been fighting Yemeni government forces since 2014.",
        ("IRL REQUEST YEM",),
    )


def test_a_call_to_end_a_named_fight_keeps_its_own_sides(coded: Coded) -> None:
    """The fight the call names ("between Canada and India") wins over the last one reported."""
    found = coded(
        "Armenian forces shelled Azerbaijani positions. Norway urged an end to the trade dispute"
        " between Canada and India."
    )
    assert "NOR REQUEST CAN" in found and "NOR REQUEST IND" in found, sorted(found)
    assert not any(k.startswith("NOR REQUEST A") for k in found), sorted(found)


# --- possessive "its" is the clause's own subject, not the nearest organisation before it -------------------


@pytest.mark.parametrize(
    ("text", "wanted", "wrong"),
    [
        (
            "Finland, alarmed by NATO warnings, closed its border with Russia.",
            "FIN SANCTION RUS",
            "FIN SANCTION NATO",
        ),
        (
            "Kenya, a close partner of the African Union, withdrew its ambassador from Somalia.",
            "KEN SANCTION SOM",
            "KEN SANCTION AU",
        ),
        (
            "Beijing, angered by the European Union's decision, suspended its imports of French brandy.",
            "CHN SANCTION FRA",
            "EU SANCTION FRA",
        ),
        (
            "Peru, in a statement read by a United Nations official, suspended its trade with Bolivia.",
            "PER SANCTION BOL",
            "PER SANCTION UN",
        ),
        (
            "Chile, urged on by the World Health Organization, lifted its ban on Argentine beef.",
            "CHL CONCEDE ARG",
            "WHO CONCEDE ARG",
        ),
    ],
)
def test_its_is_the_clause_subjects(coded: Coded, text: str, wanted: str, wrong: str) -> None:
    found = coded(text)
    assert wanted in found and wrong not in found, sorted(found)


# --- "the other side", "its counterpart": the other party of the current exchange (round 5) ----------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Indian and Pakistani commanders met at the border on Monday. The Indian side accused the other"
            " side of violating the ceasefire.",
            "IND ACCUSE PAK",
        ),
        (
            "Greece rejected a Turkish offer of talks and urged the other side to withdraw its survey ship.",
            "GRC REQUEST TUR",
        ),
        (
            "Vietnam and China held border talks. Hanoi urged its counterpart to respect the agreement.",
            "VNM REQUEST CHN",
        ),
        (
            "Kenya's foreign minister met Somalia's foreign minister in Nairobi and praised his counterpart"
            " for the new border deal.",
            "KEN SUPPORT SOM",
        ),
        (
            "Egypt and Ethiopia resumed talks on the dam, but Cairo accused the other party of stalling.",
            "EGY ACCUSE ETH",
        ),
    ],
)
def test_the_other_side_is_the_other_party_of_the_exchange(expect: Expect, text: str, wanted: str) -> None:
    expect(text, (wanted,))


def test_a_counterpart_with_a_nationality_is_that_state(coded: Coded) -> None:
    found = coded("Ukraine's foreign minister met his Polish counterpart in Kyiv.")
    assert "UKR CONSULT POL" in found, sorted(found)


# --- he / she: the person the text allows ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a narrator's "he" is not someone only named inside a quotation
        (
            "President William Ruto posted a statement on Monday. “Raila Odinga is ordered to end the"
            " protests,” he wrote. On Tuesday, he was criticized by Tanzania and Uganda for the arrests.",
            "P_ODINGA",
        ),
        # "he" inside X's quotation is not X (X says "I")
        (
            "Bobi Wine addressed supporters in Kampala on Sunday. “He has threatened Kenya and Rwanda"
            " for years,” Wine said.",
            "P_BOBI_WINE",
        ),
        (
            "Opposition leader Nelson Chamisa spoke in Harare. “We know he will never release the"
            " activists,” Chamisa told supporters.",
            "P_NELSON_CHAMISA",
        ),
        # "she" is not a man the text gives as one, nor a person of unknown sex when a woman is named
        (
            "Mrs. Jacinda Ardern hosted Scott Morrison in Wellington. Morrison praised the visit. Later"
            " she accused China of bullying Pacific states.",
            "P_MORRISON",
        ),
        (
            "Kaja Kallas said she would travel to Kyiv. Sergei Lavrov dismissed the trip as theatre."
            " She accused Russia of stalling the talks.",
            "P_LAVROV",
        ),
        (
            "Ms. Annalena Baerbock arrived in Kyiv on Monday. Volodymyr Zelenskyy thanked Germany for"
            " its support. She urged Russia to withdraw its troops.",
            "P_ZELENSKYY",
        ),
    ],
)
def test_a_person_pronoun_takes_no_antecedent_the_text_rules_out(
    relations_of: Callable[[str], tuple],  # type: ignore[type-arg]
    text: str,
    wrong: str,
) -> None:
    acts = [
        (r.source_id, r.type, r.target_id)
        for r in relations_of(text)
        if r.type in {"ACCUSE", "THREATEN", "RETREAT", "REQUEST"} and wrong in {r.source_id, r.target_id}
    ]
    assert not acts, acts


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Mrs. Jacinda Ardern hosted Scott Morrison in Wellington. Morrison praised the visit. Later"
            " she accused China of bullying Pacific states.",
            "NZL ACCUSE CHN",
        ),
        (
            "Ms. Annalena Baerbock arrived in Kyiv on Monday. Volodymyr Zelenskyy thanked Germany for"
            " its support. She urged Russia to withdraw its troops.",
            "DEU REQUEST RUS",
        ),
        # the nearest subject still wins when nothing tells them apart (guard)
        (
            "Emmanuel Macron met Olaf Scholz in Berlin. He later accused Russia of lying about the attack.",
            "FRA ACCUSE RUS",
        ),
    ],
)
def test_a_person_pronoun_takes_the_antecedent_the_text_allows(
    expect: Expect, text: str, wanted: str
) -> None:
    expect(text, (wanted,))


# --- "the spokesperson said": the one the story introduced so --------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "wrong"),
    [
        (
            "Ukrainian President Volodymyr Zelenskyy spoke in Warsaw on Monday. A Kremlin spokesperson"
            " rejected his remarks. “Poland must stop arming Kyiv,” the spokesperson said.",
            "RUS REQUEST POL",
            "UKR REQUEST POL",
        ),
        (
            "Brazilian President Lula da Silva arrived in Caracas on Tuesday. A U.S. State Department"
            " spokesperson criticized the trip. “Venezuela must release all political prisoners,” the"
            " spokesperson told reporters.",
            "USA REQUEST VEN",
            "BRA REQUEST VEN",
        ),
        (
            "Recep Tayyip Erdogan addressed the parliament in Ankara. An Iranian foreign ministry spokesman"
            " responded hours later. “Israel will pay a heavy price for its crimes,” the spokesman said.",
            "IRN THREATEN ISR",
            "TUR THREATEN ISR",
        ),
        (
            "German Chancellor Olaf Scholz met Emmanuel Macron in Paris. A Russian defense ministry"
            " spokesman spoke later that day. “NATO is provoking a new arms race,” the spokesman said.",
            "RUS ACCUSE NATO",
            "DEU ACCUSE NATO",
        ),
        (
            "Kenyan President William Ruto toured the border on Friday. A Sudanese army spokesperson issued"
            " a statement. “Chad must stop sending weapons to the rebels,” the spokesperson said.",
            "SDN REQUEST TCD",
            "KEN REQUEST TCD",
        ),
    ],
)
def test_the_spokesperson_is_the_one_the_story_introduced(
    coded: Coded, text: str, wanted: str, wrong: str
) -> None:
    # "A Kremlin spokesperson ... the spokesperson said": the Kremlin's, not the last person named
    found = coded(text)
    assert wanted in found and wrong not in found, sorted(found)


def test_a_bare_title_with_no_earlier_holder_is_still_the_last_person_named(expect: Expect) -> None:
    expect(
        "Foreign Minister Sergei Lavrov spoke in Moscow. “Washington must stop its provocations,” the"
        " minister said.",
        ("RUS REQUEST USA",),
    )


# --- "the reporter": the person the story introduced with that noun (round 7) -------------------------


def _named(relations_of: Callable[[str], tuple[ag.Relation, ...]], text: str) -> set[str]:
    return {f"{r.source_name} {r.type} {r.target_name}" for r in relations_of(text)}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a title before the name, the description as the subject
        (
            "Iranian lawyer Mohammad Moghimi spoke to reporters in Tehran on Sunday. The lawyer accused the"
            " United States of hypocrisy over its sanctions.",
            "Mohammad Moghimi ACCUSE United States",
        ),
        # an apposition after the name, the description as the object
        (
            "Li Wei, a Chinese diplomat based in Geneva, gave a speech on Monday. Swiss Foreign Minister"
            " Ignazio Cassis met the diplomat on Tuesday.",
            "Ignazio Cassis CONSULT Li Wei",
        ),
        # the description under a preposition
        (
            "Ukrainian negotiator Rustem Umerov spent Sunday in Riyadh. Saudi officials held talks with the"
            " negotiator the next day.",
            "Saudi Arabia CONSULT Rustem Umerov",
        ),
        # two sentences apart, an evaluation
        (
            "Libyan commander Khalifa Haftar gave an interview on Tuesday. His forces hold the east of the"
            " country. Russian Defense Minister Andrei Belousov praised the commander on Friday.",
            "Andrei Belousov SUPPORT Khalifa Haftar",
        ),
        # introduced by a copula
        (
            "Mohammed al-Ghamdi is a retired teacher from Mecca. Last month the teacher accused Iran of"
            " funding militants in Yemen.",
            "Mohammed al-Ghamdi ACCUSE Iran",
        ),
        # a noun the sector rules would read as the story's group ("the dissident": Russian opposition)
        (
            "A prominent Russian dissident, Ilya Yashin, was freed in a prisoner swap in August."
            " Germany later praised the dissident for his courage.",
            "Germany SUPPORT Ilya Yashin",
        ),
    ],
)
def test_a_role_noun_is_the_person_introduced_with_it(
    relations_of: Callable[[str], tuple[ag.Relation, ...]], text: str, wanted: str
) -> None:
    found = _named(relations_of, text)
    assert wanted in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # "X, 72, ...": the age in apposition, the description as the subject
        (
            "Former Pakistani Prime Minister Imran Khan, 72, remains in jail. The 72-year-old accused the"
            " United States of plotting his removal.",
            "Imran Khan ACCUSE United States",
        ),
        # the description as the object of an evaluation
        (
            "Belarusian activist Ales Bialiatski, 61, was freed on Friday. Lithuania praised the 61-year-old"
            " for his courage.",
            "Lithuania SUPPORT Ales Bialiatski",
        ),
        # "75-year-old X": the age before the name
        (
            "75-year-old opposition candidate Edmundo Gonzalez fled to Spain in September. Venezuela accused"
            " the 75-year-old of conspiracy.",
            "Venezuela ACCUSE Edmundo Gonzalez",
        ),
        # a person as the speaker of the praise
        (
            "Hong Kong publisher Jimmy Lai, 77, has been in custody since 2020. British Foreign Secretary"
            " David Lammy praised the 77-year-old on Monday.",
            "David Lammy SUPPORT Jimmy Lai",
        ),
        # a meeting
        (
            "Myanmar's ousted leader Aung San Suu Kyi, 79, remains in detention. Thailand's foreign minister"
            " met the 79-year-old in Naypyidaw.",
            "Thailand CONSULT Aung San Suu Kyi",
        ),
    ],
)
def test_the_n_year_old_is_the_person_introduced_with_that_age(
    relations_of: Callable[[str], tuple[ag.Relation, ...]], text: str, wanted: str
) -> None:
    found = _named(relations_of, text)
    assert wanted in found, sorted(found)


def test_an_age_nobody_was_given_names_nobody(coded: Coded) -> None:
    found = coded(
        "Former Pakistani Prime Minister Imran Khan, 72, remains in jail. The 45-year-old accused the"
        " United States of plotting his removal."
    )
    assert "PAK ACCUSE USA" not in found, sorted(found)


def test_a_role_noun_introduced_without_a_name_names_nobody(coded: Coded) -> None:
    # "a journalist" was never named: "the journalist" is nobody the story can code
    found = coded(
        "Kenyan police arrested a journalist in Nairobi on Monday. Ethiopian blogger Dawit Kebede spoke"
        " later. The journalist had accused Uganda of hiding rebels."
    )
    assert not any(k.endswith("ACCUSE UGA") for k in found), sorted(found)


def test_a_role_noun_skips_people_introduced_with_another_noun(coded: Coded) -> None:
    found = coded(
        "Egyptian blogger Alaa Abdel Fattah was freed in September. A court later heard that the"
        " Australian journalist Peter Greste had left Cairo. The blogger thanked Britain for its support."
    )
    assert "EGY SUPPORT GBR" in found and "AUS SUPPORT GBR" not in found, sorted(found)


# --- "The statement threatened ...": a document acts for whoever issued it (round 7) -----------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # issued, then the document as the subject of a threat
        (
            "The U.S. State Department issued a statement on Friday. The statement threatened sanctions"
            " against Somalia's leaders.",
            ["State Department THREATEN Somalia", "State Department SANCTION Somalia"],
        ),
        # two issuers of a joint declaration, an evaluation
        (
            "Japan and South Korea released a joint declaration after the summit. The declaration"
            " condemned North Korea's missile launches.",
            ["Japan ACCUSE North Korea", "South Korea ACCUSE North Korea"],
        ),
        # adopted, a demand in the present tense
        (
            "The Security Council adopted a resolution on Monday after a long debate. The resolution"
            " demands that Israel halt its offensive in Gaza.",
            ["UN Security Council REQUEST Israel"],
        ),
        # a passive introduction with a by-agent, a control verb
        (
            "A communique was issued by the African Union after the meeting. The communique urged Sudan"
            " to allow aid convoys into Darfur.",
            ["African Union REQUEST Sudan"],
        ),
        # the document as the object of a reply: the reply answers its issuer
        (
            "Egypt's foreign ministry issued a statement on Sunday about the dam. Ethiopia rejected the"
            " statement the next day.",
            ["Ethiopia REJECT Egypt"],
        ),
        # the body a resolution was brought in
        (
            "A resolution in the Lithuanian parliament last week described the famine in Ukraine as a"
            " genocide. Russia dismissed the resolution on Tuesday.",
            ["Russia REJECT Lithuanian legislature"],
        ),
    ],
)
def test_a_document_acts_for_its_issuer(
    relations_of: Callable[[str], tuple[ag.Relation, ...]], text: str, wanted: list[str]
) -> None:
    found = _named(relations_of, text)
    missing = [w for w in wanted if w not in found]
    assert not missing, f"missing {missing} in {sorted(found)}"


def test_a_document_nobody_is_said_to_have_issued_acts_for_nobody(coded: Coded) -> None:
    found = coded(
        "Malian officials met in Bamako on Sunday. A statement circulated on social media later that"
        " day. The statement accused France of meddling in Mali."
    )
    assert not any(k.endswith("ACCUSE FRA") for k in found), sorted(found)


# --- round 8: a threat that names no one answers whoever just struck the threatener (acc-discourse) -----


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The United States imposed new tariffs on Chinese steel. Beijing warned of countermeasures.",
            "CHN THREATEN USA",
        ),
        ("The EU sanctioned six Belarusian officials. Minsk threatened retaliation.", "BLR THREATEN EU"),
        (
            "Azerbaijani troops shelled Armenian positions overnight, the defense ministry in Yerevan said."
            " Armenia warned it would respond.",
            "ARM THREATEN AZE",
        ),
        (
            "Ukraine struck a refinery in the Russian city of Saratov. The Kremlin vowed to retaliate.",
            "RUS THREATEN UKR",
        ),
        (
            "Indian artillery shelled Pakistani border posts on Sunday. The Pakistani army said it reserved"
            " the right to respond and warned of serious consequences.",
            "PAK THREATEN IND",
        ),
    ],
)
def test_a_threat_naming_no_one_answers_who_just_struck_the_threatener(
    expect: Expect, text: str, wanted: str
) -> None:
    expect(text, (wanted,))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a partnership is no provocation
        (
            "Russia and China held joint drills near Alaska. Washington warned of a firm response.",
            "USA THREATEN RUS",
        ),
        # a threat with its own target keeps it
        (
            "Israel struck Hezbollah positions in Lebanon. Iran warned Israel of a crushing response.",
            "IRN THREATEN LBN",
        ),
    ],
)
def test_a_threat_answers_no_partner_nor_overrides_its_own_target(
    coded: Coded, text: str, wrong: str
) -> None:
    found = coded(text)
    assert wrong not in found, sorted(found)


# --- round 9: condemning the coup answers whoever seized power (acc-discourse) -------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Soldiers in Niger detained President Mohamed Bazoum on Wednesday. The African Union condemned"
            " the coup.",
            "AU ACCUSE NER",
        ),
        (
            "Gabon's army officers arrested President Ali Bongo on Wednesday. France denounced the takeover.",
            "FRA ACCUSE GAB",
        ),
        (
            "Myanmar's military detained Aung San Suu Kyi in a dawn raid. Japan criticised the putsch"
            " on Monday.",
            "JPN ACCUSE MMR",
        ),
        (
            "Sudan's generals arrested Prime Minister Abdalla Hamdok on Monday. The United States condemned"
            " the military takeover.",
            "USA ACCUSE SDN",
        ),
        (
            "Mutinous troops in Burkina Faso detained President Roch Kabore. ECOWAS strongly condemned the"
            " overthrow of the president.",
            "ECOWAS ACCUSE BFA",
        ),
    ],
)
def test_condemning_the_coup_answers_who_seized_power(expect: Expect, text: str, wanted: str) -> None:
    expect(text, (wanted,))


def test_condemning_the_coup_accuses_not_the_ousted(expect: Expect) -> None:
    found = expect(
        "Soldiers in Niger detained President Mohamed Bazoum on Wednesday. The African Union condemned"
        " the coup."
    )
    assert not any(" ACCUSE " in k and k.endswith("P_BAZOUM") for k in found), sorted(found)


def test_a_coup_nobody_was_said_to_make_accuses_nobody(expect: Expect) -> None:
    found = expect("The African Union condemned the coup in a statement on Friday.")
    assert not any(" ACCUSE " in k for k in found), sorted(found)


# --- round 9: "the two leaders" are the last two leaders named, not a minister in between (acc-discourse) -


@pytest.mark.parametrize(
    ("text", "leaders", "aide"),
    [
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday."
            " Kenya's foreign minister Musalia Mudavadi also attended. The two leaders signed a trade pact.",
            {"William Ruto", "Yoweri Museveni"},
            "Musalia Mudavadi",
        ),
        (
            "Prime Minister Narendra Modi hosted Bangladeshi Prime Minister Sheikh Hasina in New Delhi."
            " India's foreign secretary Vikram Misri briefed reporters. Both leaders agreed to expand rail"
            " links.",
            {"Narendra Modi", "Sheikh Hasina"},
            "Vikram Misri",
        ),
        (
            "President Emmanuel Macron received Chancellor Olaf Scholz in Paris. French Finance Minister"
            " Bruno Le Maire joined them later. The two leaders signed a defence pact.",
            {"Emmanuel Macron", "Olaf Scholz"},
            "Bruno Le Maire",
        ),
        (
            "King Abdullah met Egyptian President Abdel Fattah el-Sisi in Amman. Jordan's foreign minister"
            " Ayman Safadi said the talks were frank. The two leaders agreed to boost trade.",
            {"Abdullah", "Abdel Fattah el-Sisi"},
            "Ayman Safadi",
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva met Argentine President Javier Milei on Tuesday."
            " The Brazilian foreign minister, Mauro Vieira, described the meeting as cordial. The two leaders"
            " signed a deal on energy.",
            {"Luiz Inacio Lula da Silva", "Javier Milei"},
            "Mauro Vieira",
        ),
    ],
)
def test_the_two_leaders_are_the_leaders(
    relations_of: Callable[[str], tuple[ag.Relation, ...]], text: str, leaders: set[str], aide: str
) -> None:
    agreed = [r for r in relations_of(text) if r.type in {"AGREE", "COOPERATE"}]  # a pact may be either
    sides = {n for r in agreed for n in (r.source_name, r.target_name)}
    assert agreed and sides == leaders and aide not in sides, [
        (r.source_name, r.type, r.target_name) for r in agreed
    ]
