"""Aims (round 19): an event the subject stresses or seeks is a call for it, made to the event's
partner, else to both sides of the story's fight or dispute, else to the story's other side.

Every sentence here was written for these tests (none comes from a gold file); the construction has
five or more, with different actors, verbs of emphasis or seeking and chains (the importance, the
need or the necessity of it; a noun, a gerund or an infinitive), plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # "the importance of" a truce, after a fight: both sides
        (
            "Serbian troops shelled Kosovo villages on Sunday, killing four. Hungary's prime minister"
            " stressed the importance of an immediate ceasefire.",
            ["HUN REQUEST SRB", "HUN REQUEST KSV"],
        ),
        # "insisted on the need to" return to talks
        (
            "Indian forces fired on Pakistani posts along the frontier overnight. The Saudi foreign"
            " minister insisted on the need to return to negotiations.",
            ["SAU REQUEST PAK", "SAU REQUEST IND"],
        ),
        # a gerund reaching a deal, in a dispute the speaker's side is in: the other side
        (
            "Chile accused Bolivia of blocking the river. Chile also rejected Bolivia's claim to the"
            " coast. Chilean President Gabriel Boric stressed the importance of reaching a binding"
            " agreement.",
            ["CHL REQUEST BOL"],
        ),
        # "sought to revive negotiations": the other side of the story
        (
            "Peru accused Ecuador of smuggling weapons across the border. Peru also threatened Ecuador"
            " with sanctions. Lima has repeatedly sought to revive negotiations over the boundary.",
            ["PER REQUEST ECU"],
        ),
        # "the necessity of reaching a truce": a need as the object stays with need_rule, whose
        # target is the nearest actor (relations/reprisals.py); the fight's sides are not read yet
        pytest.param(
            "Russian drones struck Ukrainian ports overnight. Turkey's foreign minister emphasised the"
            " necessity of reaching a truce.",
            ["TUR REQUEST RUS", "TUR REQUEST UKR"],
            marks=pytest.mark.xfail(strict=True, reason="a need's truce is need_rule's, not aimed"),
        ),
        # "the significance of" talks, after a fight: both sides
        (
            "Azerbaijani artillery hit Armenian positions on Friday. Georgia's president underscored the"
            " significance of talks.",
            ["GEO REQUEST AZE", "GEO REQUEST ARM"],
        ),
        # "the importance of a return to dialogue"
        (
            "Eritrean troops attacked Ethiopian border towns last week. Kenya's foreign minister on"
            " Tuesday underlined the importance of a return to dialogue.",
            ["KEN REQUEST ERI", "KEN REQUEST ETH"],
        ),
    ],
)
def test_an_event_stressed_or_sought_is_called_for(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a deal with its own partner is the noun's own business: no call to the partner
        (
            "Moldova's president stressed the importance of reaching a deal with Romania on energy.",
            [],
            ["MDA REQUEST ROU"],
        ),
        # no settling event: no call
        ("Ghana's president stressed the importance of education for Togo.", [], ["GHA REQUEST TGO"]),
        # ties stressed stay what they were (a relation, no call)
        (
            "Japan's premier stressed the importance of the alliance with Australia.",
            ["JPN COOPERATE AUS"],
            ["JPN REQUEST AUS"],
        ),
        # seeking a deal is the deal's business, no call
        (
            "Britain is seeking to finalize a deal with Mauritius on the islands.",
            [],
            ["GBR REQUEST MUS"],
        ),
        # no fight, no dispute, no partner: no one is asked
        (
            "Nepal's prime minister stressed the importance of dialogue at the summit in Kathmandu.",
            [],
            ["NPL REQUEST IND", "NPL REQUEST CHN"],
        ),
    ],
)
def test_aims_guards(expect: Expect, text: str, wanted: list[str], unwanted: list[str]) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))
