"""Groups across sentences (round 18): "both", "the two sides" after two people met are those two
people; a counted group of people nobody named, after a meeting, talks or deal, is its parties.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five, with different actors, wording and sentence shapes, plus guards for the nearby constructions
that must stay as they are. Expectations are at state level (the ``coded`` fixture in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

Expect = Callable[..., dict[str, set[str]]]


# --- "X met Y. Both agreed ...": a pair not counted in states is the two people who met ---------------


def _agree_names(relations_of: Callable[[str], tuple[ag.Relation, ...]], text: str) -> set[frozenset[str]]:
    return {frozenset((r.source_name, r.target_name)) for r in relations_of(text) if r.type == "AGREE"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Serbian President Aleksandar Vucic met Kosovo Prime Minister Albin Kurti in Brussels on"
            " Thursday. Both agreed that the talks should continue next week.",
            ("Aleksandar Vucic", "Albin Kurti"),
        ),
        (
            "Russian Foreign Minister Sergey Lavrov spoke with U.S. Secretary of State Marco Rubio by phone."
            " The two sides agreed to meet in Riyadh.",
            ("Sergey Lavrov", "Marco Rubio"),
        ),
        (
            "Japanese Prime Minister Shigeru Ishiba held talks with Chinese Premier Li Qiang in Vientiane."
            " Both agreed to keep talking about the seafood ban.",
            ("Shigeru Ishiba", "Li Qiang"),
        ),
        (
            "Turkish Foreign Minister Hakan Fidan hosted Greek Foreign Minister Giorgos Gerapetritis in"
            " Ankara. Both sides agreed to resume talks on maritime zones.",
            ("Hakan Fidan", "Giorgos Gerapetritis"),
        ),
        (
            "Peruvian President Dina Boluarte met Ecuadorian President Daniel Noboa at the border on"
            " Friday. The two sides agreed to share intelligence on drug gangs.",
            ("Dina Boluarte", "Daniel Noboa"),
        ),
        # a mediator talked with the two: the two listed
        (
            "“There is no deal yet,” EU foreign policy chief Kaja Kallas said after talks with Serbian"
            " President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti in Brussels. Both agreed that"
            " the talks should go on.",
            ("Aleksandar Vucic", "Albin Kurti"),
        ),
        (
            "U.S. Secretary of State Marco Rubio spoke separately with Thai Prime Minister Anutin"
            " Charnvirakul and Cambodian Prime Minister Hun Manet. Both agreed to an immediate truce.",
            ("Anutin Charnvirakul", "Hun Manet"),
        ),
        (
            "The African Union mediator met Ethiopian Prime Minister Abiy Ahmed and Eritrean President"
            " Isaias Afwerki in Addis Ababa. Both sides agreed to withdraw troops from Badme.",
            ("Abiy Ahmed", "Isaias Afwerki"),
        ),
        (
            "Turkish President Recep Tayyip Erdogan held a call with Russian President Vladimir Putin and"
            " Ukrainian President Volodymyr Zelenskyy on Sunday. Both agreed to send delegations to"
            " Istanbul.",
            ("Vladimir Putin", "Volodymyr Zelenskyy"),
        ),
        (
            "Norway's foreign minister hosted talks with Colombian President Gustavo Petro and Venezuelan"
            " President Nicolas Maduro in Oslo. The two sides agreed to reopen their consulates.",
            ("Gustavo Petro", "Nicolas Maduro"),
        ),
    ],
)
def test_both_after_two_people_met_is_the_two_people(
    relations_of: Callable[[str], tuple[ag.Relation, ...]], text: str, people: tuple[str, str]
) -> None:
    found = _agree_names(relations_of, text)
    assert frozenset(people) in found, found


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (  # states named: the states
            "Armenia and Azerbaijan held talks in Washington. Both sides agreed to open the border.",
            ("Armenia", "Azerbaijan"),
        ),
        (  # an army chief speaks for his state
            "Egyptian President Abdel Fattah el-Sisi received Sudanese army chief Abdel Fattah al-Burhan in"
            " Cairo. Both sides agreed to reopen the Argeen crossing.",
            ("Egypt", "Sudan"),
        ),
        (  # "the two countries" counts states, not the people who met
            "Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud in Nairobi. The two"
            " countries agreed to reopen the border.",
            ("Kenya", "Somalia"),
        ),
    ],
)
def test_both_counting_states_stays_states(
    relations_of: Callable[[str], tuple[ag.Relation, ...]], text: str, states: tuple[str, str]
) -> None:
    assert _agree_names(relations_of, text) == {frozenset(states)}


# --- "X met his Y counterpart. The two ministers agreed ...": counted people nobody named ---------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Senegal's foreign minister met her Gambian counterpart in Dakar. The two ministers agreed to"
            " reopen the Trans-Gambia bridge talks.",
            ["SEN AGREE GMB"],
        ),
        (
            "Mongolia's prime minister received the Kazakh foreign minister in Ulaanbaatar. The two"
            " officials agreed to expand rail freight.",
            ["MNG AGREE KAZ"],
        ),
        (
            "Canada's trade envoy held talks with Mexico's economy secretary in Ottawa. The two envoys"
            " agreed to coordinate their response to U.S. tariffs.",
            ["CAN AGREE MEX"],
        ),
        (
            "Chile's interior minister met the Bolivian foreign minister in La Paz. The two ministers"
            " signed a migration accord.",
            ["CHL AGREE BOL"],
        ),
        (
            "Tunisia's foreign minister hosted his Libyan counterpart in Tunis on Thursday. The two"
            " counterparts agreed to reopen the Ras Jedir crossing.",
            ["TUN AGREE LBY"],
        ),
    ],
)
def test_counted_people_after_a_meeting_are_its_parties(expect: Expect, text: str, want: list[str]) -> None:
    expect(text, tuple(want))


# --- guards: a group the phrase names, an indefinite group ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (  # the phrase names its own group
            "Bolivia's foreign minister met his Chilean counterpart in Santiago. The two ministers from Peru"
            " later criticized Argentina.",
            ["BOL CONSULT CHL"],
            ["BOL ACCUSE ARG", "CHL ACCUSE ARG"],
        ),
        (  # an indefinite group is new to the story
            "The Iraqi prime minister met the Turkish foreign minister in Baghdad. Two ministers later"
            " condemned Syria over the shelling.",
            ["IRQ CONSULT TUR"],
            ["IRQ ACCUSE SYR", "TUR ACCUSE SYR"],
        ),
    ],
)
def test_groups_guards(expect: Expect, text: str, want: list[str], not_want: list[str]) -> None:
    expect(text, tuple(want), tuple(not_want))
