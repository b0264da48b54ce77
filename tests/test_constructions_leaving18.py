"""Event nouns (round 18, item "nominal"): a noun of leaving whose "from" object is an organisation's
name ("Qatar announced its exit from OPEC", "its departure from the Organization of American States")
is the guidelines' SANCTION of the body left, as the verb is ("Qatar quit OPEC": ``left_body_rule``).

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be
found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "its exit from OPEC": the body left -------------------------------------------------------------

LEAVING = [
    ("Qatar announced its exit from OPEC.", "QAT SANCTION OPEC"),
    ("Nicaragua confirmed its departure from the Organization of American States.", "NIC SANCTION OAS"),
    ("Britain's exit from the European Union took effect in 2020.", "GBR SANCTION EU"),
    (
        "Mali, Burkina Faso and Niger announced their departure from the Economic Community of West "
        "African States.",
        "NER SANCTION ECOWAS",
    ),
    ("Hungary's departure from the International Criminal Court angered rights groups.", "HUN SANCTION ICC"),
]


@pytest.mark.parametrize(("text", "wanted"), LEAVING)
def test_leaving_an_organisation_by_a_noun_sanctions_it(expect: Expect, text: str, wanted: str) -> None:
    """A noun of ``left_body_rule["nouns"]`` (exit, departure) whose "from" object is an organisation's
    name of two words or more or an initialism is a SANCTION of it by the noun's owner."""
    expect(text, want=(wanted,))


# --- guards ------------------------------------------------------------------------------------------

GUARDS = [
    # a place or a building left is a trip, no act
    ("The minister's departure from Beijing was delayed.", (), ("CHN SANCTION CHN",)),
    ("The envoy's departure from the White House was filmed.", (), ()),
    # a withdrawal keeps the lexicon's reading
    ("Russia's withdrawal from Kherson surprised Ukraine.", ("RUS RETREAT UKR",), ("RUS SANCTION UKR",)),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Places and buildings left, and a withdrawal, keep their readings."""
    found = expect(text, want=wanted, not_want=unwanted)
    if not wanted:
        assert not any(" SANCTION " in k for k in found), sorted(found)
