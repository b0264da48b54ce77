"""Event nouns (round 18, item "nominal"): a threat noun with the threatened act compounded to it
("tariff threats from Washington", "the sanctions threat by the EU") reads as "threats of tariffs from
Washington": the threat's doer threatens the target, and the act is coded as a hypothetical.

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be
found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "tariff threats from X": X threatens whom the clause names --------------------------------------

THREATS = [
    # the clause's subject answers the threat
    ("Canada rejected the tariff threats from Washington.", ("USA THREATEN CAN", "USA SANCTION CAN")),
    (
        "Seoul pressed ahead with the deal despite sanctions threats from the United States.",
        ("USA THREATEN KOR",),
    ),
    ("Brazil shrugged off tariff threats by President Donald Trump.", ("USA THREATEN BRA",)),
    ("India dismissed the sanctions threat from the European Union.", ("EU THREATEN IND", "EU SANCTION IND")),
    # the threat's own owner and target phrase
    ("Mexico's tariff threats against China worried exporters.", ("MEX THREATEN CHN", "MEX SANCTION CHN")),
]


@pytest.mark.parametrize(("text", "wanted"), THREATS)
def test_a_compounded_act_is_the_act_threatened(expect: Expect, text: str, wanted: tuple[str, ...]) -> None:
    """A threat noun whose compound modifier is an act noun the lexicon types is a threat of that act:
    made by the threat's owner or its "by"/"from" phrase, against its own target phrase, else the
    subject of the clause it is in; the act is coded too (hypothetical)."""
    expect(text, want=wanted)


# --- guards ------------------------------------------------------------------------------------------

GUARDS = [
    # no doer named: no threat of anyone's
    ("The tariff threat remains, analysts said.", (), ("USA THREATEN USA",)),
    ("Sweden weighed the threat of sanctions.", (), ()),
    # the "of" form keeps its reading
    ("Canada rejected the threats of tariffs from Washington.", ("USA THREATEN CAN",), ()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Threats that name no doer, and threats of an act in an "of" phrase, keep their readings."""
    found = expect(text, want=wanted, not_want=unwanted)
    if not wanted:
        assert not any(" THREATEN " in k for k in found), sorted(found)
