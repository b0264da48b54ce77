"""Event nouns (round 19, item "nominal"): people expelled "from" or "in" a state ("the expulsion of
hundreds of Haitians from the Dominican Republic", "the deportation of Afghans in Iran"). The parser
hangs the phrase on the people, where it would name their origin ("migrants from Haiti"); under an
expelling noun with no doer of its own it names the state that expels them.

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be
found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- the state in the people's "from" phrase expels them ------------------------------------------------

EXPELLED = [
    ("The expulsion of hundreds of Haitians from the Dominican Republic drew criticism.", "DOM COERCE HTI"),
    ("Talks followed the expulsion of dozens of Ghanaians from Nigeria.", "NGA COERCE GHA"),
    ("The deportation of dozens of Cubans from Nicaragua drew protests.", "NIC COERCE CUB"),
    ("The mass expulsion of hundreds of Burkinabe from Ivory Coast worried the UN.", "CIV COERCE BFA"),
    ("Ethiopia condemned the expulsion of dozens of Ethiopians from Yemen.", "YEM COERCE ETH"),
    ("The deportation of scores of Salvadorans from Guatemala began on Monday.", "GTM COERCE SLV"),
]


@pytest.mark.parametrize(("text", "wanted"), EXPELLED)
def test_the_state_people_are_expelled_from_expels_them(expect: Expect, text: str, wanted: str) -> None:
    """An expelling noun (``expelled_rule``) with no possessor nor "by" phrase, whose people (through a
    quantity) carry a "from"/"in" phrase naming a state: that state's act on the people's state, never
    the state's act on itself."""
    src = wanted.split()[0]
    expect(text, want=(wanted,), not_want=(f"{src} COERCE {src}",))


# --- guards ------------------------------------------------------------------------------------------

GUARDS = [
    # the noun's own doer stays
    ("Algeria's expulsion of Malian migrants angered Bamako.", ("DZA COERCE MLI",), ()),
    ("The deportation of Haitian migrants by the Dominican Republic continued.", ("DOM COERCE HTI",), ()),
    # the phrase on the noun itself, as before
    ("The deportation of Guatemalans from Mexico continued.", ("MEX COERCE GTM",), ()),
    # diplomats expelled stay the pattern's sanction
    ("Poland announced the expulsion of Russian diplomats from Warsaw.", (), ("POL COERCE RUS",)),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_guards(expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]) -> None:
    expect(text, want=wanted, not_want=unwanted)
