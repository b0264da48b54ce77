"""Precision, round 18: one who leads his state's delegation makes no act towards that state.

Every sentence here was written for these tests (none comes from a gold file); five sentences with
different actors, wording and sentence shapes for the mechanism, plus guards for the nearby
constructions that must stay. Expectations are what a careful event coder writes down.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]


# --- the state a led delegation carries is its leader's own side ----------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Foreign Minister Ahmed Attaf led the Algerian delegation to the conference in Geneva.", "DZA"),
        ("The Peruvian delegation was led by Deputy Foreign Minister Ana Cecilia Gervasi.", "PER"),
        (
            "The talks in Nairobi were attended by officials from both countries, including Fatima Diallo,"
            " who led the Senegalese delegation.",
            "SEN",
        ),
        ("Retired general Ahmed Gaid led the Tunisian delegation.", "TUN"),
        ("Deputy Foreign Minister Kim Son Gyong led the North Korean delegation, state media said.", "PRK"),
    ],
)
def test_leading_ones_own_delegation_is_no_act(coded: Coded, text: str, state: str) -> None:
    """ "X led the Kenyan delegation": the delegation is Kenya's and X leads it, an office he holds
    (actors/descriptions.py reads "who leads the X delegation" so); he agrees nothing with Kenya."""
    found = coded(text)
    sides = [(key.split()[0], key.split()[2]) for key in found]
    towards = [
        pair for pair in sides if state in pair and all(s == state or s.startswith("P_") for s in pair)
    ]
    assert not towards, sorted(found.items())


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the place the delegation goes to is still the party CAMEO's pattern names
        ("Australian Foreign Minister Penny Wong led a delegation to China.", "AGREE CHN"),
        # a delegation led to a meeting with another state still meets it
        ("Sergei Lavrov led the Russian delegation at the talks with Turkey in Antalya.", "CONSULT TUR"),
        # leading an attack on another state is no office
        (
            "Nigerian commander Ibrahim Bello led an assault on Chadian positions near the border.",
            "ASSAULT TCD",
        ),
    ],
)
def test_leading_other_acts_stays(coded: Coded, text: str, kept: str) -> None:
    """Only the delegation's own state leaves; its destination and other led acts stay."""
    found = coded(text)
    assert any(key.endswith(f" {kept}") for key in found), sorted(found.items())
