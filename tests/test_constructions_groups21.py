"""Groups of people from a counted group of states (round 21): "soldiers from both countries", "border
guards of the two neighbours" are of both states the counted group stands for, not only of the one
state the story gave the group, so that their clash, drills or meeting is between those two; and a
plural subject that convenes ("the foreign ministers of both nations will convene in Ankara") meets.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "soldiers from both countries clashed": the people of the pair -----------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Kyrgyzstan and Tajikistan have quarrelled over water for years. Soldiers from both countries"
            " clashed near the border on Tuesday.",
            ["KGZ ASSAULT TJK"],
        ),
        (
            "India and China have disputed the Himalayan frontier since 1962. Troops of the two nations"
            " clashed with clubs and stones in the Galwan valley.",
            ["IND ASSAULT CHN"],
        ),
        (
            "Peru and Ecuador went to war over the Cenepa valley in 1995. Border guards from the two"
            " neighbours clashed again on Friday.",
            ["PER ASSAULT ECU"],
        ),
        (
            "Greece and Turkey have argued over airspace for decades. The coast guards of both countries"
            " held joint drills in the Aegean on Monday.",
            ["GRC COOPERATE TUR"],
        ),
        (
            "Sudan and South Sudan have argued over Abyei for a decade. Police from the two states met in"
            " Juba to plan joint patrols.",
            ["SDN CONSULT SSD"],
        ),
        (
            "Georgia and Russia fought a brief war in 2008. Soldiers from both states attacked each other"
            " near Tskhinvali on Sunday.",
            ["GEO ASSAULT RUS"],
        ),
    ],
)
def test_people_from_a_counted_pair_are_of_both_states(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


# --- guards: named lists, officials, and a group of one state stay as they were -----------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a list named in the phrase: its states, as before
        ("Soldiers from Kyrgyzstan and Tajikistan clashed on Tuesday.", ["KGZ ASSAULT TJK"], []),
        # officials (not a group of the story's state): the pair, as before
        (
            "Kyrgyzstan and Tajikistan have quarrelled over water for years. Officials from both"
            " countries met on Tuesday.",
            ["KGZ CONSULT TJK"],
            [],
        ),
        # a group of one state with a place "from": no second state
        (
            "Kenya and Uganda signed a trade pact. Kenyan soldiers from the border town clashed with"
            " Somali militants on Monday.",
            ["KEN ASSAULT SOM"],
            ["UGA ASSAULT SOM", "KEN ASSAULT UGA"],
        ),
        # a counted group of three is not a pair: no clash between two of them
        (
            "Mali, Niger and Burkina Faso left ECOWAS in January. Soldiers from the three countries"
            " attacked jihadist camps on Monday.",
            [],
            ["MLI ASSAULT NER", "NER ASSAULT BFA", "MLI ASSAULT BFA"],
        ),
    ],
)
def test_groups_of_people_guards(expect: Expect, text: str, wanted: list[str], unwanted: list[str]) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))


# --- "the foreign ministers of A and B convened": a meeting of the subjects ---------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The foreign ministers of Chile and Peru convened in Lima on Tuesday.", ["CHL CONSULT PER"]),
        (
            "Tensions have risen between Ghana and Togo. The defence ministers of both countries will"
            " convene in Accra next week.",
            ["GHA CONSULT TGO"],
        ),
        (
            "Haiti and the Dominican Republic quarrel over a river. Officials from both nations convened"
            " on Wednesday in Santo Domingo.",
            ["HTI CONSULT DOM"],
        ),
        (
            "Japan and South Korea restored ties last year. Their trade ministers convened in Seoul on"
            " Friday.",
            ["JPN CONSULT KOR"],
        ),
        ("The presidents of Egypt and Sudan convened in Khartoum on Thursday.", ["EGY CONSULT SDN"]),
    ],
)
def test_a_plural_subject_that_convenes_meets(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # one body convening a session, a leader his cabinet: no one met
        ("The UN Security Council convened an emergency session on Monday.", ["UNSC CONSULT UNSC"]),
        ("The Ghanaian president convened his cabinet on Sunday.", ["GHA CONSULT GHA"]),
        # a host convening two sides meets each of them (gatherings), as before; not itself
        ("Turkey convened the foreign ministers of Somalia and Ethiopia in Ankara.", ["TUR CONSULT TUR"]),
    ],
)
def test_convening_guards(expect: Expect, text: str, unwanted: list[str]) -> None:
    found = expect(text, not_want=tuple(unwanted))
    if "Turkey" in text:
        assert {"TUR CONSULT SOM", "TUR CONSULT ETH"} <= set(found)
    else:
        assert not found
