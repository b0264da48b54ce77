"""Lists of actors, round 14: a region listed with actors that act together, and a list item the parser
hung elsewhere after an apposition.

Round 14, the lists helper's brief. Each construction has five sentences written for these tests
(different actors, wording and sentence shapes; none taken from the development or evaluation sets),
run through the packaged model; each failed before its mechanism. ``want`` lists coded relations that
must be found ("SRC TYPE TGT", sides at state level, mutual relations both ways); ``not_want`` lists
relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "The US and Europe imposed sanctions on Russia": a region that acts is the organisation that acts
# for it ("Europe retaliated" is the EU) also where it is listed with other actors of the clause --------

ACTING_REGION_LISTED = [
    ("The United States and Europe imposed new sanctions on Iran.", ("EU SANCTION IRN", "USA SANCTION IRN")),
    ("Japan and Europe criticized China over its export ban.", ("EU ACCUSE CHN", "JPN ACCUSE CHN")),
    ("Canada, Australia and Europe condemned the coup in Niger.", ("EU ACCUSE NER", "CAN ACCUSE NER")),
    ("Washington and Europe have pledged more military aid to Ukraine.", ("EU AGREE UKR",)),
    ("New sanctions were imposed on Belarus by Britain and Europe.", ("EU SANCTION BLR", "GBR SANCTION BLR")),
    ("Talks between China and Europe on tariffs ended without a deal.", ("CHN CONSULT EU",)),
]


@pytest.mark.parametrize(("text", "want"), ACTING_REGION_LISTED)
def test_listed_region_that_acts_is_its_organisation(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_listed_region_that_is_a_place_is_no_actor(expect: Expect) -> None:
    """ "exports to India and Europe": a place a list names with a state, no actor (unchanged)."""
    expect("China exports cheap steel to India and Europe.", ("CHN COOPERATE IND",), ("CHN COOPERATE EU",))


def test_two_regions_listed_name_no_actor(expect: Expect) -> None:
    """ "Europe and Africa": two regions, neither an actor (unchanged)."""
    expect("Europe and Africa condemned the attack by Russia.", not_want=("EU ACCUSE RUS",))
