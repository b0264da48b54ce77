"""Unresolved endpoints (round 15): people of a state acted upon by an armed group of that state.

The guidelines map unnamed people to their state ("civilians of a village → that state"). A foreign
actor's act on them was already their state's; an insurgent, militia or separatist group of the same
state is no part of that state's side either, so what it does to the state's civilians, workers or
fishermen is done to the state. Their own state's organs and people stay as they were (a state and
its own people are no international relation).

Every sentence here was written for these tests (none comes from a gold file), with different actors and
wording from the development stories.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag
from actorgraph.model import Relation

ARMED_ON_THEIR_PEOPLE = [
    # (text, the armed group, the state of the people it acts on)
    ("Al-Shabab fighters ambushed Somali villagers on the road to Baidoa.", "AL_SHABAB", "SOM"),
    ("The Baloch Liberation Army kidnapped Pakistani miners near Turbat.", "BLA", "PAK"),
    ("Houthi rebels shelled Yemeni fishermen off the coast of Hodeidah.", "HOUTHIS", "YEM"),
    ("Boko Haram attacked Nigerian farmers in a village in Borno.", "BOKO_HARAM", "NGA"),
    ("The Tehrik-i-Taliban Pakistan threatened Pakistani journalists in Peshawar.", "TTP", "PAK"),
]


@pytest.mark.parametrize(("text", "group", "state"), ARMED_ON_THEIR_PEOPLE)
def test_people_acted_upon_by_an_armed_group_of_their_state_are_the_state(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, group: str, state: str
) -> None:
    pairs = {(r.source_id, r.target_id) for r in relations_of(text)}
    assert (group, state) in pairs, pairs
    assert not any(t.startswith(f"{state}_") for s, t in pairs if s == group), pairs


OWN_SIDE_ON_ITS_PEOPLE = [
    # a state's own forces and officials acting on its people stay a domestic pair: the people stay
    # themselves (text, the state, the people's id)
    ("Nigerian police arrested Nigerian farmers in Kaduna on Friday.", "NGA", "NGA_AGR"),
    ("Somali police detained Somali journalists in Mogadishu on Sunday.", "SOM", "SOM_MED"),
    ("Pakistani troops evacuated Pakistani villagers from the flooded district.", "PAK", "PAK_CVL"),
]


@pytest.mark.parametrize(("text", "state", "people"), OWN_SIDE_ON_ITS_PEOPLE)
def test_a_states_own_side_acting_on_its_people_leaves_them_themselves(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, state: str, people: str
) -> None:
    targets = {r.target_id for r in relations_of(text)}
    assert people in targets, targets
    assert state not in targets, targets


PEOPLE_WHO_ACT_ON_AN_ARMED_GROUP = [
    # the people as doers stay the people, whoever the other side is
    ("Somali villagers accused al-Shabab of burning their crops.", "SOM_CVL", "AL_SHABAB"),
    ("Pakistani workers protested against the Baloch Liberation Army after the attack.", "PAK_LAB", "BLA"),
]


@pytest.mark.parametrize(("text", "people", "group"), PEOPLE_WHO_ACT_ON_AN_ARMED_GROUP)
def test_people_who_act_on_an_armed_group_stay_the_people(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, people: str, group: str
) -> None:
    pairs = {(r.source_id, r.target_id) for r in relations_of(text)}
    assert (people, group) in pairs, pairs


# --- a civil body named after its state: "the Japan Foundation", "Vietnam Airlines" ------------------

STATE_NAMED_BODIES = [
    # (text, the body's whole name, the state its name begins with): the body acts, not the state
    ("The Japan Foundation donated books to Cambodia.", "Japan Foundation", "JPN"),
    (
        "The Brazilian Football Confederation sued Argentina over the cancelled match.",
        "Brazilian Football Confederation",
        "BRA",
    ),
    (
        "The Indonesian Chamber of Commerce and Industry signed a trade pact with Vietnam.",
        "Indonesian Chamber of Commerce and Industry",
        "IDN",
    ),
    ("Vietnam Airlines suspended its flights to China last week.", "Vietnam Airlines", "VNM"),
    (
        "The Nigerian Medical Association criticised Ghana over the treatment of its doctors.",
        "Nigerian Medical Association",
        "NGA",
    ),
    (
        "The Russian Academy of Sciences signed a cooperation agreement with India.",
        "Russian Academy of Sciences",
        "RUS",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), STATE_NAMED_BODIES)
def test_a_civil_body_named_after_its_state_is_the_body(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, name: str, state: str
) -> None:
    rels = relations_of(text)
    assert {r.source_name for r in rels} == {name}, rels
    assert all(r.source_country == state and r.source_id != state for r in rels), rels


STATES_AND_THEIR_ORGANS = [
    # the state itself, or its organ, stays what it was: (text, the source's id)
    ("Japan donated books to Cambodia.", "JPN"),
    ("The Ukrainian Defence Ministry accused Russia of shelling the dam.", "UKR_DEFENCE_MINISTRY"),
    ("Indonesian officials signed a trade pact with Vietnam.", "IDN"),
    ("The Russian Foreign Ministry summoned the Indian ambassador.", "RUS_MFA"),
]


@pytest.mark.parametrize(("text", "source"), STATES_AND_THEIR_ORGANS)
def test_a_state_or_its_organ_before_no_body_word_stays_itself(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, source: str
) -> None:
    assert source in {r.source_id for r in relations_of(text)}, relations_of(text)


# --- "President-Elect Biden": the hyphened "Elect" is the title's, not the name's -----------------------

ELECT_TITLES = [
    # (text, the person the surname after the title names)
    ("Japan's prime minister congratulated President-Elect Biden on his victory.", "P_BIDEN"),
    ("Norway congratulated President-Elect Trump on Wednesday.", "P_TRUMP"),
    ("Chile praised President-Elect Milei for his pledge to cut spending.", "P_MILEI"),
    ("Spain's king telephoned President-Elect Macron after the vote.", "P_MACRON"),
    ("Indonesia congratulated Prime Minister-Designate Albanese on Sunday.", "P_ALBANESE"),
]


@pytest.mark.parametrize(("text", "person"), ELECT_TITLES)
def test_elect_after_a_hyphened_title_is_no_part_of_the_name(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, person: str
) -> None:
    targets = {r.target_id for r in relations_of(text)}
    assert person in targets, relations_of(text)
    assert not any(t.startswith(("P_ELECT", "P_DESIGNATE")) for t in targets), targets


def test_a_name_that_begins_with_elect_is_left_alone() -> None:
    """Only the word after a hyphened title is the title's: a name is not cut elsewhere."""
    result = ag.build(["Germany congratulated President-elect Joe Biden and Kamala Harris on Saturday."])
    assert {"P_BIDEN", "P_HARRIS"} <= {a.id for a in result.actors}


# --- "said von der Leyen": the particles of a name are no person of their own ---------------------------

PARTICLE_NAMES = [
    'Ursula von der Leyen visited Kyiv. "Ukraine will win," said von der Leyen.',
    "Ursula von der Leyen flew to Ankara on Monday, and von der Leyen then urged Turkey to respect the deal.",
    "Jacinda Ardern met Ursula von der Leyen in Brussels. Afterwards, von der Leyen thanked New Zealand.",
    "Ursula von der Leyen met Georgian leaders in Tbilisi. Later, von der Leyen criticised Russia.",
    '"We stand with Armenia," said von der Leyen, who met Nikol Pashinyan in Yerevan.',
]


@pytest.mark.parametrize("text", PARTICLE_NAMES)
def test_the_particles_of_a_name_are_no_person(text: str) -> None:
    result = ag.build([text])
    names = {a.name for a in result.actors if a.type == "person"}
    assert "P_VON_DER_LEYEN" in {a.id for a in result.actors}, names
    assert not any(set(n.lower().split()) <= {"von", "der", "van", "de", "la"} for n in names), names


# --- "the Ministry of Health of Ghana", "the Pentagon's X Agency": the state that owns an organ ----------

OWNED_ORGANS = [
    # (text, the source's state): the organ the tagger found is of the state its "of" phrase or its
    # possessor (a state's organ) names
    ("The Ministry of Interior of Iraq accused Turkey of violating its airspace.", "IRQ"),
    ("The Ministry of Agriculture of Kenya banned maize imports from Uganda.", "KEN"),
    ("The Ministry of Health of Ghana thanked China for the vaccines.", "GHA"),
    ("The Pentagon's Missile Defense Agency warned North Korea against more launches.", "USA"),
    ("The Ministry of Foreign Affairs of Vietnam protested to China over the survey ship.", "VNM"),
]


@pytest.mark.parametrize(("text", "state"), OWNED_ORGANS)
def test_an_organ_is_of_the_state_its_of_phrase_or_possessor_names(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, state: str
) -> None:
    rels = relations_of(text)
    assert rels, rels
    assert rels[0].source_country == state and rels[0].source_id.startswith(f"{state}_"), rels


def test_an_organ_of_no_named_state_stays_unowned(
    relations_of: Callable[[str], tuple[Relation, ...]],
) -> None:
    rels = relations_of("The Ministry of Foreign Affairs criticised ASEAN on Friday.")
    assert [r.source_country for r in rels] == [None], rels


# --- "the junta's Ministry of Foreign Affairs": an organ possessed by a state's own group ---------------

ORGANS_OF_GROUPS = [
    # (text, the state of the organ the second sentence's subject is)
    (
        "Myanmar's junta rejected the peace plan. The junta's Ministry of Foreign Affairs criticised ASEAN.",
        "MMR",
    ),
    (
        "Mali's military rulers expelled the envoy. The junta's Foreign Ministry accused France of "
        "espionage.",
        "MLI",
    ),
    (
        "Sudan's army took the airport on Monday. The army's Military Intelligence Directorate accused Chad "
        "of arming the rebels.",
        "SDN",
    ),
    (
        "Guinea's junta dissolved parliament. The junta's Ministry of Defence accused Senegal of "
        "sheltering plotters.",
        "GIN",
    ),
    (
        "Haiti's government declared an emergency. The government's Ministry of Justice asked the "
        "United States for help.",
        "HTI",
    ),
]


@pytest.mark.parametrize(("text", "state"), ORGANS_OF_GROUPS)
def test_an_organ_possessed_by_a_states_group_is_of_that_state(
    relations_of: Callable[[str], tuple[Relation, ...]], text: str, state: str
) -> None:
    sources = {
        (r.source_name, r.source_country)
        for r in relations_of(text)
        if "Ministry" in r.source_name or "Directorate" in r.source_name
    }
    assert sources and all(country == state for _, country in sources), relations_of(text)


def test_an_organ_possessed_by_an_armed_group_takes_no_state(
    relations_of: Callable[[str], tuple[Relation, ...]],
) -> None:
    """A rebel group's organ is not its state's."""
    rels = relations_of(
        "Syrian rebels seized the town. The rebels' Ministry of Defence accused Turkey of betrayal."
    )
    assert all(r.source_country != "SYR" for r in rels if "Ministry" in r.source_name), rels
