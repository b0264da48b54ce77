"""Event nouns (round 19, item "nominal"): a giver's noun with the actor it describes in apposition
after it ("Zambia's largest creditor, China, agreed ...", "Armenia's main backer, Russia, ...") reads
as "China, Zambia's largest creditor": the described actor gives to the noun's possessor.

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be
found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "Zambia's largest creditor, China": the appositive gives to the possessor --------------------------

GIVERS_FIRST = [
    ("Zambia's largest creditor, China, agreed to restructure the debt.", "CHN AID ZMB"),
    ("Armenia's main backer, Russia, refused to intervene in the fighting.", "RUS SUPPORT ARM"),
    ("Sri Lanka's biggest bilateral lender, Japan, signed the restructuring deal.", "JPN AID LKA"),
    (
        "On Monday, Belarus's closest backer, Russian President Vladimir Putin, praised the vote.",
        "RUS SUPPORT BLR",
    ),
    ("Analysts said that Jordan's largest donor, the United States, would cut funding.", "USA AID JOR"),
    ("The talks were attended by Laos's main creditor, China.", "CHN AID LAO"),
]


@pytest.mark.parametrize(("text", "wanted"), GIVERS_FIRST)
def test_a_givers_noun_before_its_apposition_names_whom_it_gives_to(
    expect: Expect, text: str, wanted: str
) -> None:
    """A noun of ``giver_rule`` with a possessor and a named actor in apposition after it: the
    apposition gives (the noun's type) to the possessor."""
    expect(text, want=(wanted,))


# --- guards ------------------------------------------------------------------------------------------

GUARDS = [
    # the apposition before the noun stays as it was
    ("Norway, Somalia's biggest donor, pledged more money on Monday.", ("NOR AID SOM",), ("SOM AID NOR",)),
    # no possessor: a giver of no one named
    ("The largest creditor, China, agreed to talks.", (), ("CHN AID CHN",)),
    # an apposition that is no actor names no giver
    ("Zambia's largest creditor, a state bank, agreed to restructure the debt.", (), ("ZMB AID ZMB",)),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_guards(expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]) -> None:
    expect(text, want=wanted, not_want=unwanted)
