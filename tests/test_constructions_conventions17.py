"""Conventions of the guidelines (round 17).

The guidelines code brokering and mediation as CONSULT of the mediator with each party, and planned
meetings as hypothetical CONSULT; so a pledge or an agreement to mediate or broker between two sides
is the commitment (AGREE, as before) and the planned mediation, a hypothetical CONSULT of the mediator
with each side ("would mediate between X and Y" already was). An offer or a proposal to mediate or to
host others' talks is the planned meeting alone, a hypothetical CONSULT of the mediator or host with
each side and no AGREE (round 19: the studied gold codes both such offers so, fresh9 and fresh12; the
round 17 reading, an AGREE beside it and no meeting of a host, was changed to follow it).

Every sentence here was written for these tests (none comes from a gold file); five or more, with
different actors, verbs and sentence shapes, plus guards for the constructions next to it.
Expectations are what a careful event coder writes down, at state level (the ``coded`` fixture in
conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "mediator", "sides", "committed"),
    [
        # a pledge or an agreement to mediate: the commitment and the planned mediation
        (
            "Saudi Arabia pledged to mediate between Algeria and Morocco over the border.",
            "SAU",
            ("DZA", "MAR"),
            True,
        ),
        ("Ghana agreed to mediate the dispute between Togo and Benin.", "GHA", ("TGO", "BEN"), True),
        # an offer or a proposal to mediate or host: the planned meeting alone
        ("Turkey offered to mediate between Russia and Ukraine.", "TUR", ("RUS", "UKR"), False),
        ("Qatar has offered to broker talks between Lebanon and Israel.", "QAT", ("LBN", "ISR"), False),
        ("Kenya proposed on Monday to mediate between Ethiopia and Eritrea.", "KEN", ("ETH", "ERI"), False),
        ("Switzerland has offered to mediate between Armenia and Azerbaijan.", "CHE", ("ARM", "AZE"), False),
        ("Oman offered to host talks between Iran and the United States.", "OMN", ("IRN", "USA"), False),
        (
            "Indonesia has proposed to host a dialogue between Thailand and Cambodia.",
            "IDN",
            ("THA", "KHM"),
            False,
        ),
        ("Brazil has offered to mediate talks between Venezuela and Guyana.", "BRA", ("VEN", "GUY"), False),
    ],
)
def test_a_mediation_planned_is_a_hypothetical_meeting_with_each_side(
    coded: Coded, text: str, mediator: str, sides: tuple[str, str], committed: bool
) -> None:
    found = coded(text)
    for side in sides:
        meeting = f"{mediator} CONSULT {side}"
        assert meeting in found and "hypothetical" in found[meeting], sorted(found.items())
        assert (f"{mediator} AGREE {side}" in found) == committed, sorted(found)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # an offer to host others' talks: the sides' own talks are planned too
        ("Oman offered to host talks between Iran and the United States.", ["IRN CONSULT USA"], []),
        # an offer refused or never made plans nothing
        ("Egypt refused to mediate between Sudan and Chad.", [], ["EGY CONSULT SDN", "EGY CONSULT TCD"]),
        (
            "Nigeria did not offer to mediate between Niger and Benin.",
            [],
            ["NGA CONSULT NER", "NGA CONSULT BEN"],
        ),
        # an offer of another act stays the offer alone
        ("Japan offered to send aid to the Philippines.", [], ["JPN CONSULT PHL"]),
    ],
)
def test_offers_that_plan_no_mediation(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, tuple(wanted), tuple(unwanted))
