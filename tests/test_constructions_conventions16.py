"""The guidelines' conventions (``tests/data/voa/README.md``, "Guidelines"), round 16.

"Delaying or lifting a measure [is] CONCEDE": an exemption, waiver or reprieve from a measure that
one side grants, gives, offers or extends to another lifts the measure for it, so the grantor concedes
to the one exempted (PLOVER CONCEDE 081, "ease sanctions"), in the grant's mood. Sentences written for
these tests (none comes from a gold file); each failed before (the grant was read as COOPERATE or
nothing), and the guards keep a grant of something else as it was.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Washington granted Ottawa an exemption from the new steel tariffs.",
            ["USA CONCEDE CAN"],
            ["USA COOPERATE CAN"],
        ),
        ("The United States gave India a waiver to keep buying Iranian oil.", ["USA CONCEDE IND"], []),
        (
            "South Korea was granted a temporary exemption by the United States.",
            ["USA CONCEDE KOR"],
            ["USA COOPERATE KOR"],
        ),
        ("The European Union offered Britain a reprieve from the carbon levy.", ["EU CONCEDE GBR"], []),
        ("Brussels extended the waiver for Serbia by another six months.", ["EU CONCEDE SRB"], []),
        ("China granted exemptions to Australia on some of the wine duties.", ["CHN CONCEDE AUS"], []),
    ],
)
def test_exemption_granted_concedes(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, tuple(wanted), tuple(unwanted))


def test_exemption_refused_is_negated(coded: Coded) -> None:
    found = coded("Japan has not been granted an exemption by Washington.")
    assert "USA CONCEDE JPN" in found and "negated" in found["USA CONCEDE JPN"], found


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # guards: a grant of something else is not relief from a measure
        ("Japan granted Vietnam a loan for the new railway.", [], ["JPN CONCEDE VNM"]),
        ("Germany granted asylum to a Russian opposition activist.", [], ["DEU CONCEDE RUS"]),
        # relief asked for is a request, not the concession
        (
            "India asked the United States for a waiver from the sanctions.",
            [],
            ["IND CONCEDE USA", "USA CONCEDE IND"],
        ),
    ],
)
def test_other_grants_stay(expect: Expect, text: str, wanted: list[str], unwanted: list[str]) -> None:
    expect(text, tuple(wanted), tuple(unwanted))
