"""Implicit parties (round 19): a call for talks that names no one, and a side's act that names no one.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- a call for talks that names no one goes to both sides of the last fight or dispute ------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # "a return to" the talks
        (
            "Fighting between Eritrea and Ethiopia intensified last week. Kenya's foreign minister"
            " urged a return to dialogue.",
            ["KEN REQUEST ERI", "KEN REQUEST ETH"],
        ),
        # bare "negotiations" after an exchange of fire
        (
            "Armenian and Azerbaijani forces exchanged fire overnight. France called for negotiations"
            " on Tuesday.",
            ["FRA REQUEST ARM", "FRA REQUEST AZE"],
        ),
        # "a resumption of talks" after a threat
        (
            "Venezuela threatened to seize the disputed region from Guyana. The Brazilian government"
            " appealed for a resumption of talks.",
            ["BRA REQUEST VEN", "BRA REQUEST GUY"],
        ),
        # an armed group's fight, "pushing for"
        (
            "Houthi fighters attacked Saudi border posts at dawn. Oman is pushing for dialogue.",
            ["OMN REQUEST YEM", "OMN REQUEST SAU"],
        ),
        # "diplomacy" after an accusation
        (
            "Pakistan accused India of violating the border accord. Saudi Arabia urged diplomacy.",
            ["SAU REQUEST PAK", "SAU REQUEST IND"],
        ),
    ],
)
def test_a_call_for_talks_goes_to_the_last_fight(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # talks with a named partner ask that partner, not the fight's sides
        (
            "Russian forces struck Kharkiv overnight. Turkey called for talks with Moscow.",
            ["TUR REQUEST RUS"],
            ["TUR REQUEST UKR"],
        ),
        # a meeting is no dispute: no one is asked
        (
            "Peru and Chile held talks in Lima on Monday. Bolivia called for negotiations on the lithium"
            " deal.",
            [],
            ["BOL REQUEST PER", "BOL REQUEST CHL"],
        ),
    ],
)
def test_a_call_for_talks_with_a_partner_or_no_dispute(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))


# --- a side's act that names no one is done to the other side of the story -------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a demand
        (
            "Thailand and Cambodia have traded accusations over the border for weeks. Thai troops"
            " shelled Cambodian posts on Monday. On Tuesday, Bangkok demanded compensation.",
            ["THA REQUEST KHM"],
        ),
        # a rejection whose object names no one (a proposal nobody was told to make)
        (
            "Colombia and Venezuela have clashed over migrants for months. Caracas expelled Colombian"
            " diplomats in May and accused Bogota of plotting a coup. Venezuelan officials on Monday"
            " rejected the proposal.",
            ["VEN REJECT COL"],
        ),
        # a closure by a side that protested before
        (
            "Iran accused Azerbaijan of hosting Israeli spies and staged drills near the border. Baku"
            " protested to Tehran on Friday. Azerbaijan has since closed its embassy.",
            ["AZE SANCTION IRN"],
        ),
        # a threat by a minister whose state is a side
        (
            "Japan protested to China over the patrol boats. Beijing accused Tokyo of provocations and"
            " summoned the Japanese ambassador. China's defence minister warned of consequences.",
            ["CHN THREATEN JPN"],
        ),
        # a demand after a summons
        (
            "Lithuania accused Belarus of pushing migrants over the border. Vilnius summoned the"
            " Belarusian charge d'affaires. Lithuania demanded an immediate halt.",
            ["LTU REQUEST BLR"],
        ),
    ],
)
def test_a_sides_act_without_target_goes_to_the_other_side(
    expect: Expect, text: str, wanted: list[str]
) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a third party is no side of the story
        (
            "Serbia blamed Kosovo for the violence. Belgrade threatened Kosovo with a boycott. Hungary"
            " refused to comment.",
            ["HUN REJECT SRB", "HUN REJECT KSV"],
        ),
        # one act is no story yet
        (
            "Chile criticised Bolivia over the water dispute. Santiago demanded compensation.",
            ["CHL REQUEST BOL"],
        ),
        # two counterparts dealt with as often: no other side
        (
            "Egypt accused Ethiopia of breaking the dam deal. Cairo accused Sudan of stalling the talks."
            " Egypt later demanded guarantees.",
            ["EGY REQUEST ETH", "EGY REQUEST SDN"],
        ),
        # "recalled" with no object remembers: no envoy is withdrawn
        (
            "Spain and Morocco signed a fisheries deal. Madrid accused Rabat of delays and threatened"
            " to scrap it. Spain is Morocco's largest trading partner, the prime minister recalled.",
            ["ESP SANCTION MAR"],
        ),
        # a praise is no act against the other side
        (
            "Algeria accused Morocco of spying on its diplomats. Algiers also threatened Rabat with"
            " reprisals. Morocco praised its own diplomats.",
            ["MAR SUPPORT DZA"],
        ),
    ],
)
def test_no_story_side_no_target(expect: Expect, text: str, unwanted: list[str]) -> None:
    expect(text, not_want=tuple(unwanted))
