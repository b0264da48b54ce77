"""Precision, round 21: an actor and the body the document affiliates it with are one side.

Every sentence here was written for these tests (none comes from a gold file); sentences with
different actors, wording and sentence shapes for the mechanism, plus guards for the nearby
constructions that must stay. Expectations are what a careful event coder writes down.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest

import actorgraph as ag

RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


def _events(rels: tuple[ag.Relation, ...]) -> set[tuple[str, str, str]]:
    return {(r.source_id, r.type, r.target_id) for r in rels if r.type != "AFFILIATION"}


@functools.cache
def _ties(text: str) -> set[tuple[str, str]]:
    """The affiliations actorgraph states in ``text`` (member, body)."""
    rels = ag.build([ag.Document(id="s", text=text)]).relations
    return {(r.source_id, r.target_id) for r in rels if r.type == "AFFILIATION"}


# --- a state sending its own officials, an official heading his own state's team, a commander and his
# own force: the document affiliates the two, and no aid, meeting or support joins them -----------------

ONE_SIDE = [
    (
        "Principal Secretary Korir Sing'oei will head the Kenyan delegation at the talks in Geneva.",
        ("P_KORIR_SING_OEI", "KEN"),
    ),
    (
        "Deputy Foreign Minister Ahmed Rashid will lead the Egyptian team in the negotiations next week.",
        ("P_AHMED_RASHID", "EGY"),
    ),
    (
        "Peru's government under Dina Boluarte sent Vice Ministers of Defence Jorge Chavez and Interior Ana "
        "Torres to the mining region.",
        ("P_JORGE_CHAVEZ", "PER"),
    ),
    (
        "Peru's government under Dina Boluarte sent Vice Ministers of Defence Jorge Chavez and Interior Ana "
        "Torres to the mining region.",
        ("P_ANA_TORRES", "PER"),
    ),
    (
        "The Philippine government sent Undersecretary Eduardo Ano to the island to oversee the rescue.",
        ("P_UNDERSECRETARY_EDUARDO_ANO", "PHL"),
    ),
    (
        "Ghana sent Deputy Interior Minister Naana Eyiah to the border town after the attack.",
        ("P_NAANA_EYIAH", "GHA"),
    ),
    (
        "Clashes erupted between troops aligned with General Abdel Fattah al-Burhan, who leads the army, and "
        "fighters aligned with Mohamed Hamdan Dagalo, who commands the Rapid Support Forces.",
        ("P_HEMEDTI", "RSF"),
    ),
]


@pytest.mark.parametrize(("text", "tie"), ONE_SIDE)
def test_an_affiliate_and_its_body_make_no_event(
    relations_of: RelationsOf, text: str, tie: tuple[str, str]
) -> None:
    member, body = tie
    assert tie in _ties(text), _ties(text)  # the affiliation itself stays
    joined = {e for e in _events(relations_of(text)) if {e[0], e[2]} == {member, body}}
    assert not joined, joined


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # what one's own side does to an official stays: an arrest, a charge
        (
            "Ghanaian police arrested Deputy Interior Minister Naana Eyiah on Monday.",
            ("GHA_COP", "COERCE", "P_NAANA_EYIAH"),
        ),
        (
            "The Philippine government accused Undersecretary Eduardo Ano of corruption.",
            ("PHL", "ACCUSE", "P_UNDERSECRETARY_EDUARDO_ANO"),
        ),
        # the official's acts across the border stay
        (
            "Ghana sent Deputy Interior Minister Naana Eyiah to Lome, where she met Togolese President Faure "
            "Gnassingbe.",
            ("P_NAANA_EYIAH", "CONSULT", "P_GNASSINGBE"),
        ),
        (
            "Principal Secretary Korir Sing'oei will head the Kenyan delegation at the talks with Uganda in "
            "Geneva.",
            ("P_KORIR_SING_OEI", "CONSULT", "UGA"),
        ),
        # a state's membership of an organisation is no such tie: the two stay sides
        ("NATO member Turkey signed a deal with NATO on air defence.", ("TUR", "AGREE", "NATO")),
        # nor is a polity's in its state: a federal member state deals with its federal government
        (
            "Jubaland signed a security deal with the federal government of Somalia.",
            ("JUBALAND", "AGREE", "SOM"),
        ),
    ],
)
def test_acts_on_and_beyond_ones_own_side_stay(
    relations_of: RelationsOf, text: str, want: tuple[str, str, str]
) -> None:
    """Guards: coercion and charges of one's own official, the official's acts towards another state,
    a member state's acts towards its organisation and a polity's towards its state."""
    events = _events(relations_of(text))
    assert want in events or (want[2], want[1], want[0]) in events, events


# --- a body of two words or more the tagger alone found, named once, of no state, no sector and no
# initials: a facility, a programme or a forum told in passing, no target of a relation ------------------

UNPLACED_TARGETS = [
    "Japan pledged to fund the Coastal Surveillance Training Institute in Manila.",
    "Canada will support the Regional Maritime Rescue Hub, Prime Minister Justin Trudeau said.",
    "Australia will finance the Pacific Policing Academy in Honiara.",
    "Sweden will back the Baltic Cyber Defence Centre in Tallinn, its defence minister said.",
    "South Korea will fund the Mekong Delta Climate Laboratory in Can Tho.",
]


@pytest.mark.parametrize("text", UNPLACED_TARGETS)
def test_a_body_nothing_places_is_no_target(relations_of: RelationsOf, text: str) -> None:
    sides = {e for e in _events(relations_of(text)) if e[2].startswith("ORG_")}
    assert not sides, sides


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a body the story names again is a party
        (
            "Sweden will back the Baltic Cyber Defence Centre, and Estonia welcomed the Baltic Cyber Defence "
            "Centre's new mandate.",
            ("SWE", "SUPPORT", "ORG_BALTIC_CYBER_DEFENCE_CENTRE"),
        ),
        # one the data knows, and one of a state, stay
        ("Japan sent aid to the World Food Programme in Sudan.", ("JPN", "AID", "WFP")),
        ("Kenya's Lake Basin Authority received aid from Japan.", ("JPN", "AID", "KEN")),
    ],
)
def test_placed_and_recurring_bodies_stay(
    relations_of: RelationsOf, text: str, want: tuple[str, str, str]
) -> None:
    """Guards: a body named twice, a body of the data, a body of a state."""
    assert want in _events(relations_of(text))


def test_an_unplaced_body_that_acts_stays(relations_of: RelationsOf) -> None:
    """Guard: only a target is dropped; such a body as the doer stays ("The Nordic Ocean Forum accused
    Norway")."""
    events = _events(relations_of("The Nordic Ocean Watch Council accused Norway of overfishing."))
    assert any(e[0].startswith("ORG_") and e[2] == "NOR" for e in events), events
