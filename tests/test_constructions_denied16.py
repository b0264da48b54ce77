"""An act whose object "no" denies did not happen ("reached no agreement", "imposed no sanctions").

Every sentence here was written for these tests (none comes from a gold file); each failed before the
rule: the act came out asserted. Expectations are at state level (see the ``coded`` fixture in
conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Armenia and Azerbaijan reached no agreement at the talks in Brussels.", "ARM AGREE AZE"),
        ("Washington has imposed no sanctions on Riyadh over the killing.", "USA SANCTION SAU"),
        ("Japan offered no concessions to South Korea on the wartime labour issue.", "JPN CONCEDE KOR"),
        ("Hungary gave no support to the Ukrainian army.", "HUN SUPPORT UKR"),
        ("Chile signed no trade deal with Bolivia during the visit.", "CHL AGREE BOL"),
    ],
)
def test_an_act_whose_object_no_denies_is_negated(coded: Coded, text: str, act: str) -> None:
    found = coded(text)
    assert "negated" in found.get(act, set()), sorted(found.items())


def test_the_meeting_where_no_deal_was_reached_still_took_place(coded: Coded) -> None:
    found = coded("Armenia and Azerbaijan reached no agreement at the talks in Brussels.")
    assert "negated" not in found["ARM CONSULT AZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan reached an agreement at the talks in Brussels.",
        "Washington imposed new sanctions on Riyadh over the killing.",
    ],
)
def test_an_act_with_its_object_stated_stays_asserted(coded: Coded, text: str) -> None:
    assert not any("negated" in flags for flags in coded(text).values())
