"""A verb of stating shared by two feelings: "expressed support to X and concern over Y's ships".

Round 12, the nominal engineer's brief (analysis mechanism 1, a shared verb's second object noun).
Five sentences written for these tests (different actors, wording and parses; none taken from the
development or evaluation sets), run through the packaged model. ``want`` lists coded relations that
must be found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- the second feeling, of another kind, is the subject's act at its own phrase, wherever the parser
# hung the coordination (the first object, the verb, or the noun of the first object's phrase) ---------

SECOND_FEELING = [
    (
        "Canada and Japan expressed support to Ukraine and concern over Russia's drone strikes.",
        ("CAN SUPPORT UKR", "JPN SUPPORT UKR", "CAN ACCUSE RUS", "JPN ACCUSE RUS"),
    ),
    (
        "Germany voiced solidarity with Lithuania and anger at Belarus's border tactics.",
        ("DEU SUPPORT LTU", "DEU ACCUSE BLR"),
    ),
    (
        "The Philippine foreign ministry conveyed thanks to Japan and alarm over China's water cannon"
        " attacks.",
        ("PHL SUPPORT JPN", "PHL ACCUSE CHN"),
    ),
    (
        "Kenya expressed concern over Somalia's troop movements and appreciation to Ethiopia for its"
        " restraint.",
        ("KEN ACCUSE SOM", "KEN SUPPORT ETH"),
    ),
    (
        "Australia reiterated support for Fiji's new government and concern about China's policing deal"
        " with Kiribati.",
        ("AUS SUPPORT FJI", "AUS ACCUSE CHN"),
    ),
]


@pytest.mark.parametrize(("text", "want"), SECOND_FEELING)
def test_second_feeling_of_a_shared_verb(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


GUARDS = [
    # one feeling named twice: no second act
    ("Spain expressed support and solidarity with Morocco.", ("ESP SUPPORT MAR",), ("ESP ACCUSE MAR",)),
    # a second feeling whose phrase names no actor aims at nobody
    (
        "Sweden expressed support for Ukraine and concern for its civilians.",
        ("SWE SUPPORT UKR",),
        ("SWE ACCUSE UKR",),
    ),
    # the coordination the rules read before stays as it was
    (
        "Poland expressed sympathy with Ukraine and outrage at Russia's missile strikes on Kyiv.",
        ("POL SUPPORT UKR", "POL ACCUSE RUS"),
        ("POL ACCUSE UKR",),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), GUARDS)
def test_second_feeling_guards(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)
