"""Event nouns whose target is the whole of a quantity (round 14, item "nominal").

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "tariffs on $3 billion worth of Australian wine": the goods' state is the target -----------------

WORTH_OF = [
    ("Beijing imposed tariffs on $3 billion worth of Australian wine.", "CHN SANCTION AUS"),
    ("Mexico imposed new tariffs on $3 billion worth of U.S. exports.", "MEX SANCTION USA"),
    ("India slapped duties on nearly $1 billion worth of Chinese solar panels.", "IND SANCTION CHN"),
    ("Turkey raised tariffs on $270 million worth of American goods in retaliation.", "TUR SANCTION USA"),
    (
        "Washington announced tariffs on $18 billion worth of Chinese electric vehicles and batteries.",
        "USA SANCTION CHN",
    ),
    # "on" hung on the noun, read as before
    ("Ottawa announced retaliatory duties on about $30 billion worth of American steel.", "CAN SANCTION USA"),
]


@pytest.mark.parametrize(("text", "wanted"), WORTH_OF)
def test_a_measure_on_an_amount_worth_of_goods_targets_their_state(
    expect: Expect, text: str, wanted: str
) -> None:
    """ "$N worth of X goods" is a part of the goods ("worth" among ``partitive_words``): the measure
    falls on the state they come from, wherever the parser hung the "on" phrase."""
    expect(text, want=(wanted,))


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a purchase stays a purchase, of the goods' state
        ("Australia bought $2 billion worth of American rocket launchers.", ("AUS COOPERATE USA",), ()),
        # "worth" as an adjective has no whole
        (
            "The contract is worth $3 billion to the Turkish defence industry.",
            (),
            ("TUR SANCTION USA", "USA SANCTION TUR"),
        ),
    ],
)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want=wanted, not_want=unwanted)
