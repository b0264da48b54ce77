"""Actors round 18: a state's "armed forces" are its military; the data's names written with a
typographic apostrophe ("Côte d’Ivoire"); a name the tagger took for a person that ends in a word of
events or facilities.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five, with different actors and wording, and guards that nearby constructions stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


def _sides(rels: tuple[ag.Relation, ...]) -> set[tuple[str, str]]:
    return {(r.source_id, r.target_id) for r in rels}


def _actors(text: str) -> dict[str, ag.Actor]:
    result = ag.build([ag.Document(id="t", text=text)], learned=False)
    return {a.id: a for a in result.actors}


# --- "armed forces" name a state's military, not an armed group ---------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ASEAN urged the armed forces in Myanmar to de-escalate violence.", ("ASEAN", "MMR_MIL")),
        ("Colombia praised its cooperation with Ecuador's armed forces on Monday.", ("COL", "ECU_MIL")),
        ("France pledged to train Ukraine's armed forces in demining.", ("FRA", "UKR_MIL")),
        ("The Nigerien armed forces ordered French troops to leave the country.", ("NER_MIL", "FRA_MIL")),
        ("Poland agreed to supply the Moldovan armed forces with radars.", ("POL", "MDA_MIL")),
    ],
)
def test_armed_forces_are_a_state_military(
    relations_of: RelationsOf, text: str, pair: tuple[str, str]
) -> None:
    sides = _sides(relations_of(text))
    assert pair in sides, sides
    assert not any(side.endswith("_REB") for p in sides for side in p), sides


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Armed groups attacked a UN convoy in Congo.", ("COD_REB", "UN")),
        ("Armed men kidnapped two Chinese engineers in Nigeria.", ("NGA_REB", "CHN")),
    ],
)
def test_armed_groups_and_men_stay_rebels(
    relations_of: RelationsOf, text: str, pair: tuple[str, str]
) -> None:
    # guard: "armed" before another noun still names an armed group
    assert pair in _sides(relations_of(text))


# --- the data's names with a typographic apostrophe --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("China’s National People’s Congress passed a law against Taiwan independence.", "CHN_NPC"),
        ("Turkey struck positions of the Kurdistan Workers’ Party in northern Iraq.", "PKK"),
        ("The New People’s Army ambushed Philippine soldiers on Mindanao.", "NPA"),
        ("Sudan accused N’Djamena of arming the rebels.", "TCD"),
        ("The Lord’s Resistance Army attacked villages in Congo.", "LRA"),
        ("Ghana and Côte d’Ivoire signed a border agreement.", "CIV"),
    ],
)
def test_a_typographic_apostrophe_is_the_datas_apostrophe(text: str, actor: str) -> None:
    actors = _actors(text)
    assert actor in actors, sorted(actors)
    assert not any(a.startswith("ORG_") for a in actors), sorted(actors)


# --- a name ending in a word of events or facilities is no person --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The plan includes a Police Recruit and Cyber Training Centre in Honiara, supported by New Zealand.",
        ", Main Campus – Kenya is resuming talks with Somalia over the maritime border, an official said.",
        ", North Campus – Ghana is expediting talks with Togo over the border closure, a minister said.",
        "At the ASEAN Defence Ministers Meeting this week, Vietnam's minister said Hanoi would host talks.",
        "At the SADC Foreign Ministers Meeting on Friday, Zambia's envoy said Lusaka would host the summit.",
    ],
)
def test_an_occasion_or_a_site_is_no_person(text: str) -> None:
    people = [a.name for a in _actors(text).values() if a.type == "person"]
    assert people == [], people


def test_a_titled_name_beside_a_meeting_stays_a_person() -> None:
    # guard: the minister at the meeting is still a person of his state
    actors = _actors(
        "At the ministers meeting, Foreign Minister Penny Wong met Fijian Prime Minister Sitiveni Rabuka."
    )
    assert {"P_PENNY_WONG", "P_RABUKA"} <= set(actors), sorted(actors)
