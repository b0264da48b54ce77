"""Person groups (round 21): "both leaders", "the two leaders" addressed by someone are none of the
addresser's own state (not the minister named just before him), a leader's "counterpart" is a
leader when "both leaders" look back for two, and "the two prime ministers" are leaders of that office
(not the foreign minister named between them); the story's pair read from far back is not the
mediators of a pair (the states that acted on both sides of it).

Every sentence here was written for these tests (none comes from a gold file); each construction has
five, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "X has also met both leaders": not X's own minister named before him ------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Tension between Peru and Bolivia rose over a river dam. Brazilian Foreign Minister Mauro"
            " Vieira said diplomats from both nations would gather in Brasilia. Brazilian President Luiz"
            " Inacio Lula da Silva has also met both leaders, urging restraint.",
            ["BRA CONSULT PER", "BRA CONSULT BOL"],
            ["BRA CONSULT BRA"],
        ),
        (
            "Mali and Niger disagree over a gold mine on their frontier. Algerian Foreign Minister Ahmed"
            " Attaf said the two states would send delegations to Algiers. Algerian President Abdelmadjid"
            " Tebboune has also phoned both leaders to urge a settlement.",
            ["DZA CONSULT MLI", "DZA CONSULT NER"],
            ["DZA CONSULT DZA"],
        ),
        (
            "Armenia and Azerbaijan are negotiating a peace treaty. French Foreign Minister Jean-Noel"
            " Barrot said envoys of the two countries would meet in Paris. Emmanuel Macron has since"
            " spoken with both leaders about the border.",
            ["FRA CONSULT ARM", "FRA CONSULT AZE"],
            ["FRA CONSULT FRA"],
        ),
        (
            "Eritrea and Ethiopia have traded threats over access to the Red Sea. Saudi Foreign Minister"
            " Faisal bin Farhan said negotiators from both countries were expected in Riyadh. Crown Prince"
            " Mohammed bin Salman has also received both leaders in recent months.",
            ["SAU CONSULT ERI", "SAU CONSULT ETH"],
            ["SAU CONSULT SAU"],
        ),
        (
            "Serbia and Kosovo failed to agree on licence plates. Hungarian Foreign Minister Peter"
            " Szijjarto said diplomats of both sides would be invited to Budapest. Viktor Orban has also"
            " met with both leaders this year.",
            ["HUN CONSULT SRB", "HUN CONSULT KSV"],
            ["HUN CONSULT HUN"],
        ),
    ],
)
def test_the_addresser_s_own_people_are_not_both_leaders(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))


# --- "X met his Y counterpart, Z. Both leaders ...": Z is a leader ----------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Nicolas Maduro was sworn in again in January. Later, Argentine President Javier Milei reached"
            " out to his Chilean counterpart, Gabriel Boric, to discuss trade. Both leaders agreed that the"
            " Andes corridor must be reopened.",
            ["ARG AGREE CHL"],
            ["ARG AGREE VEN"],
        ),
        (
            "Recep Tayyip Erdogan visited Baku last month. On Tuesday, French President Emmanuel Macron"
            " telephoned his German counterpart, Olaf Scholz, about the war in Ukraine. The two leaders"
            " agreed to coordinate new sanctions.",
            ["FRA AGREE DEU"],
            ["FRA AGREE TUR"],
        ),
        (
            "Vladimir Putin addressed the nation on Sunday. Japanese Prime Minister Shigeru Ishiba then met"
            " his Indian counterpart, Narendra Modi, in Tokyo. Both leaders signed a pact on semiconductors.",
            ["JPN AGREE IND"],
            ["JPN AGREE RUS"],
        ),
        (
            "Xi Jinping spoke at the summit in Beijing. Kenyan President William Ruto later hosted his"
            " Tanzanian counterpart, Samia Suluhu Hassan, in Nairobi. The two leaders signed a deal on a"
            " new railway.",
            ["KEN AGREE TZA"],
            ["KEN AGREE CHN"],
        ),
        (
            "Keir Starmer spoke in London on Monday. Brazilian President Luiz Inacio Lula da Silva then"
            " received his Colombian counterpart, Gustavo Petro, in Brasilia. Both leaders signed a pact"
            " on the Amazon.",
            ["BRA AGREE COL"],
            ["BRA AGREE GBR"],
        ),
    ],
)
def test_a_leader_s_counterpart_is_one_of_both_leaders(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))


# --- "the two prime ministers": leaders by that office, not a foreign minister named between ------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Prime Minister Christopher Luxon met Australian Prime Minister Anthony Albanese in Sydney on"
            " Monday. Chinese Foreign Minister Wang Yi toured the region last week. The two prime ministers"
            " signed a pact on critical minerals.",
            ["NZL AGREE AUS"],
            ["CHN AGREE AUS"],
        ),
        (
            "Indian Prime Minister Narendra Modi received Nepali Prime Minister KP Sharma Oli in Delhi."
            " Pakistani Foreign Minister Ishaq Dar was visiting Kabul at the time. Both prime ministers"
            " agreed to open a new rail link.",
            ["IND AGREE NPL"],
            ["PAK AGREE AFG"],
        ),
        (
            "Italian Prime Minister Giorgia Meloni welcomed Croatian Prime Minister Andrej Plenkovic to Rome."
            " German Foreign Minister Johann Wadephul was also in the city. The two Prime Ministers signed"
            " an agreement on ferry links.",
            ["ITA AGREE HRV"],
            ["DEU AGREE HRV"],
        ),
        (
            "Canadian Prime Minister Mark Carney met British Prime Minister Keir Starmer in Ottawa. Irish"
            " Foreign Minister Simon Harris joined a separate meeting. Both prime ministers agreed to expand"
            " defence cooperation.",
            ["CAN AGREE GBR"],
            ["IRL AGREE GBR"],
        ),
        (
            "Thai Prime Minister Paetongtarn Shinawatra called Malaysian Prime Minister Anwar Ibrahim on"
            " Friday. Cambodian Foreign Minister Prak Sokhonn later spoke to reporters. The two prime"
            " ministers agreed to hold talks on the border.",
            ["THA AGREE MYS"],
            ["KHM AGREE MYS"],
        ),
    ],
)
def test_the_two_prime_ministers_are_the_leaders_of_that_office(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))


# --- the story's pair, far back: not the mediators named last ------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Egypt and Qatar brokered a truce between Israel and Hamas on Sunday. An earlier truce collapsed"
            " before Egypt and Qatar stepped in. The fighting had killed hundreds. Aid convoys began moving"
            " at dawn. Hospitals reopened in the south. Both sides accused each other of breaking the truce"
            " within hours.",
            ["ISR ACCUSE PSE"],
            ["EGY ACCUSE QAT"],
        ),
        (
            "Norway and Switzerland mediated talks between Armenia and Azerbaijan in Geneva. A previous round"
            " failed before Norway and Switzerland intervened. The negotiators met for six days. The talks"
            " ended on Friday. Observers were hopeful. Both sides accused each other of violating the"
            " ceasefire.",
            ["ARM ACCUSE AZE"],
            ["NOR ACCUSE CHE"],
        ),
        (
            "Oman and Switzerland mediated a prisoner swap between Iran and the United States. A first"
            " attempt faltered before Oman and Switzerland revived it. Five prisoners were freed. They"
            " landed in Doha on Monday. Relatives welcomed them. Both countries accused each other of"
            " hostage diplomacy.",
            ["IRN ACCUSE USA"],
            ["OMN ACCUSE CHE"],
        ),
        (
            "Malaysia and Indonesia brokered a ceasefire between Thailand and Cambodia in July. The guns fell"
            " silent after Malaysia and Indonesia intervened. Refugees began returning. Schools reopened."
            " Farmers went back to the fields. Both nations signed a border protocol in August.",
            ["THA AGREE KHM"],
            ["MYS AGREE IDN"],
        ),
        (
            "Algeria and Mauritania mediated a dispute between Mali and Niger over their border. A first"
            " attempt failed before Algeria and Mauritania joined. Troops had clashed near the frontier in"
            " May. Villagers fled to nearby towns. Markets closed. Both nations later signed a pact to"
            " respect the border.",
            ["MLI AGREE NER"],
            ["DZA AGREE MRT"],
        ),
    ],
)
def test_the_mediators_are_not_the_story_s_pair(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))


# --- guards: groups that were right stay as they are ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            # two leaders named by office: unchanged
            "Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto in Addis Ababa. The two"
            " leaders agreed to build a new highway.",
            ["ETH AGREE KEN"],
            [],
        ),
        (
            # the addresser of another state than the pair's: the pair's states, as before
            "Kenya and Uganda have quarrelled over a border lake. Tanzanian President Samia Suluhu Hassan"
            " met both leaders in Arusha on Friday.",
            ["TZA CONSULT KEN", "TZA CONSULT UGA"],
            [],
        ),
        (
            # a minister's counterpart met by a minister: no leader, the pair told stays
            "Egyptian Foreign Minister Badr Abdelatty met his Jordanian counterpart, Ayman Safadi, in"
            " Cairo. The two ministers rejected the plan.",
            ["EGY CONSULT JOR"],
            [],
        ),
        (
            # "the two foreign ministers": the ministers, not the president named after them
            "Ghanaian Foreign Minister Samuel Ablakwa met his Togolese counterpart Robert Dussey in Lome."
            " Ghanaian President John Mahama arrived later. The two foreign ministers signed a border deal.",
            ["GHA AGREE TGO"],
            [],
        ),
        (
            # a pair with no third party: the story's pair, far back, as before
            "Kenya and Ethiopia signed a trade pact in Nairobi. Markets rose on the news. Investors welcomed"
            " the deal. Farmers hope to export more coffee. Both countries agreed to meet again in June.",
            ["KEN AGREE ETH"],
            [],
        ),
    ],
)
def test_person_groups_that_stay(expect: Expect, text: str, wanted: list[str], unwanted: list[str]) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))
