"""Implicit parties (round 19): a call for talks that names no one.

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
