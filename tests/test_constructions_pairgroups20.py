"""Pair groups (round 20): "both sides", "the two countries", "the parties" are the two sides of the
story, not a pair of one side and a third party (the caller or speaker who addresses them), and "the
two ministers" are no heads of state or government named beside them.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

Expect = Callable[..., dict[str, set[str]]]
Relations = Callable[[str], tuple[ag.Relation, ...]]


# --- "X said it would hold talks with both countries": never a pair X is one of ---------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Armenia and Azerbaijan clashed on the border on Monday. France and Germany called for calm."
            " Paris said it would hold talks with both countries next week.",
            ["FRA CONSULT ARM", "FRA CONSULT AZE"],
            ["FRA CONSULT DEU"],
        ),
        (
            "Sudan and South Sudan traded accusations over the oil pipeline. Kenya and Uganda offered to"
            " mediate. Uganda said it would cut fuel trade with the two countries.",
            ["UGA SANCTION SDN", "UGA SANCTION SSD"],
            ["UGA SANCTION KEN"],
        ),
        (
            "Peru and Ecuador recalled their ambassadors last week. Brazil and Chile said they were"
            " worried. Brazil said it would cooperate with both countries to ease tensions.",
            ["BRA COOPERATE PER", "BRA COOPERATE ECU"],
            ["BRA COOPERATE CHL"],
        ),
        (
            "Serbia and Kosovo resumed talks in Brussels. Italy and Austria will send observers. Rome"
            " warned it would suspend aid agreements with the two countries if the talks failed.",
            ["ITA SANCTION SRB", "ITA SANCTION KSV"],
            ["ITA SANCTION AUT"],
        ),
        (
            "Guyana and Venezuela have argued over the Essequibo region for decades. The two neighbours"
            " accused each other of provocations this week. Brazil's foreign minister telephoned his"
            " Venezuelan counterpart on Friday. He asked both countries to avoid any military move.",
            ["BRA REQUEST GUY", "BRA REQUEST VEN"],
            [],
        ),
        (
            "Ethiopia and Somalia have been at odds over a port deal. The two countries recalled their"
            " envoys in January. Turkey's president met Somalia's president in Ankara on Monday. He urged"
            " both sides to resume talks.",
            ["TUR REQUEST ETH", "TUR REQUEST SOM"],
            [],
        ),
        (
            "Kosovo and Serbia blamed each other for the latest violence. Both governments refused to"
            " attend a meeting in Brussels. Italy's foreign minister visited Belgrade on Wednesday. He"
            " urged both sides to return to the dialogue.",
            ["ITA REQUEST KSV", "ITA REQUEST SRB"],
            [],
        ),
        (
            "Rwanda and Burundi closed their common border. The two countries accused each other of"
            " backing rebels. Tanzania's president received Burundi's foreign minister in Dodoma. She"
            " called on both parties to reopen the border.",
            ["TZA REQUEST RWA", "TZA REQUEST BDI"],
            [],
        ),
    ],
)
def test_whoever_addresses_both_sides_is_not_one_of_them(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))


# --- guards: the subject's own pair, a pair that changes, a caller urging both sides ------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Ethiopia's army clashed with Eritrean troops on Sunday. Kenya and Uganda urged both sides to"
            " stop the fighting.",
            ["KEN REQUEST ETH", "UGA REQUEST ERI"],
            ["KEN REQUEST UGA"],
        ),
        (
            "Chile and Peru agreed on Monday to boost trade between the two countries.",
            ["CHL AGREE PER"],
            [],
        ),
        (
            "Kenya and Uganda held talks on a railway in May. Kenya and Tanzania held talks in Arusha on"
            " Monday. The two countries agreed to open a new border post.",
            ["KEN AGREE TZA"],
            ["KEN AGREE UGA"],
        ),
        (
            "Thailand and Cambodia traded artillery fire along the border. Both countries blamed each"
            " other for the deaths. Japan's prime minister called the Thai prime minister on Sunday. He"
            " urged both sides to hold talks.",
            ["JPN REQUEST THA", "JPN REQUEST KHM"],
            [],
        ),
        (
            "India and China clashed in the Galwan valley. Moscow signed an arms deal with both countries"
            " on Tuesday.",
            ["RUS AGREE IND", "RUS AGREE CHN"],
            [],
        ),
    ],
)
def test_pairs_that_stay(expect: Expect, text: str, wanted: list[str], unwanted: list[str]) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))


# --- "the two ministers": no one whose office is a leader's or no minister's --------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Japanese Foreign Minister Yoko Kamikawa and South Korean Foreign Minister Cho Tae-yul met in"
            " Tokyo on Sunday. Prime Minister Fumio Kishida later joined them. The two ministers agreed to"
            " resume defence talks.",
            ["P_CHO_TAE_YUL AGREE P_KAMIKAWA"],
            ["P_KISHIDA AGREE P_CHO_TAE_YUL"],
        ),
        (
            "Indonesian Foreign Minister Retno Marsudi held talks with Australian Foreign Minister Penny"
            " Wong in Jakarta. President Joko Widodo also received Wong. The two ministers signed a"
            " maritime cooperation plan.",
            ["P_PENNY_WONG AGREE P_RETNO"],
            ["P_PENNY_WONG AGREE P_JOKOWI"],
        ),
        (
            "Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart Ayman Safadi in Amman,"
            " after King Abdullah welcomed him. The two ministers agreed to coordinate aid for Gaza.",
            ["P_SHOUKRY AGREE P_SAFADI"],
            ["P_ABDULLAH AGREE P_SAFADI"],
        ),
        (
            "Kenyan Foreign Minister Musalia Mudavadi met Somali Foreign Minister Ahmed Moallim Fiqi in"
            " Nairobi, where President William Ruto joined them. The two ministers signed a security pact.",
            ["P_AHMED_MOALLIM_FIQI AGREE P_MUSALIA_MUDAVADI"],
            ["P_RUTO AGREE P_AHMED_MOALLIM_FIQI"],
        ),
        (
            "Chilean Foreign Minister Alberto van Klaveren received his Argentine counterpart Diana"
            " Mondino in Santiago. President Gabriel Boric greeted the guests. The two ministers signed an"
            " agreement on Antarctic research.",
            [],
            ["P_BORIC AGREE P_DIANA_MONDINO"],
        ),
        (
            "The accord between Peru and Bolivia was brokered by Pope Francis at a meeting attended by Joe"
            " Biden. The two ministers signed it in Lima.",
            [],
            ["P_BIDEN AGREE P_POPE_FRANCIS"],
        ),
    ],
)
def test_the_two_ministers_are_no_leaders(
    relations_of: Relations, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check_ids(relations_of, text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Antony Blinken in Geneva."
            " The two ministers agreed to keep talking.",
            ["P_LAVROV AGREE P_BLINKEN"],
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala. The two"
            " leaders agreed to build a new railway link.",
            ["P_RUTO AGREE P_MUSEVENI"],
        ),
    ],
)
def test_ministers_and_leaders_that_stay(relations_of: Relations, text: str, wanted: list[str]) -> None:
    _check_ids(relations_of, text, wanted, [])


def _check_ids(relations_of: Relations, text: str, wanted: list[str], unwanted: list[str]) -> None:
    """Assert that ``text`` codes every "SRC TYPE TGT" (actor ids, either way round) in ``wanted`` and
    none in ``unwanted``."""
    found = {
        f"{a} {r.type} {b}"
        for r in relations_of(text)
        for a, b in ((r.source_id, r.target_id), (r.target_id, r.source_id))
    }
    missing = [w for w in wanted if w not in found]
    extra = [u for u in unwanted if u in found]
    assert not missing and not extra, f"missing {missing}, unwanted {extra}; found {sorted(found)}"


# --- "the three European leaders", "China and the five Central Asian countries": in the region named --


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Italian Prime Minister Giorgia Meloni and Dutch Prime Minister Mark Rutte flew to Tunis,"
            " where they met President Kais Saied. The two European leaders offered Tunisia 100 million"
            " euros in aid.",
            ["P_MELONI AID TUN", "P_RUTTE AID TUN"],
            [],
        ),
        (
            "French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni met Egyptian"
            " President Abdel Fattah al-Sisi in Cairo. The two European leaders promised Egypt help with"
            " migration.",
            ["P_MACRON AID EGY", "P_MELONI AID EGY"],
            [],
        ),
        (
            "Spanish Prime Minister Pedro Sanchez and Portuguese Prime Minister Antonio Costa visited"
            " Rabat, where King Mohammed VI received them. The two European leaders praised Morocco's"
            " reforms.",
            ["P_PEDRO_SANCHEZ SUPPORT MAR", "P_ANTONIO_COSTA SUPPORT MAR"],
            [],
        ),
        (
            "Beijing welcomed the leaders of Kazakhstan, Uzbekistan and Turkmenistan last week. China and"
            " the three Central Asian countries signed a pipeline accord.",
            ["CHN AGREE KAZ", "UZB AGREE KAZ"],
            [],
        ),
        (
            "Washington hosted the foreign ministers of Vietnam, Thailand and the Philippines. The United"
            " States and the three Southeast Asian countries agreed to hold naval drills.",
            ["USA AGREE VNM", "THA AGREE VNM"],
            [],
        ),
    ],
)
def test_a_region_named_keeps_its_outsiders_out(
    relations_of: Relations, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    _check_ids(relations_of, text, wanted, unwanted)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Kenyan President William Ruto hosted French President Emmanuel Macron and German Chancellor"
            " Olaf Scholz in Nairobi. The two European leaders criticised Russia over the grain deal.",
            ["P_MACRON ACCUSE RUS", "P_SCHOLZ ACCUSE RUS"],
        ),
        (
            "Japan's prime minister met the presidents of Kenya and Ghana in Tokyo. The two African"
            " leaders condemned the coup in Niger.",
            ["KEN ACCUSE NER", "GHA ACCUSE NER"],
        ),
        (
            "Brazil's president Lula received the presidents of Chile and Peru. Spain's king also"
            " attended. The two South American leaders signed a pact on the Amazon.",
            ["CHL AGREE PER"],
        ),
    ],
)
def test_regions_that_stay(relations_of: Relations, text: str, wanted: list[str]) -> None:
    _check_ids(relations_of, text, wanted, [])
