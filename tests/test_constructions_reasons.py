"""An act done "in protest over X's Y": the official doer complains of X (ACCUSE).

Round 12, the nominal engineer's brief (analysis mechanism 1, "in protest over X's backing"). Five
sentences written for these tests (different actors, wording and parses; none taken from the
development or evaluation sets), run through the packaged model. ``want`` lists coded relations that
must be found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


IN_PROTEST = [
    (
        "Egypt expelled Turkey's ambassador in protest over Prime Minister Erdogan's backing of the Muslim"
        " Brotherhood.",
        ("EGY ACCUSE TUR", "EGY SANCTION TUR"),
    ),
    ("Ghana recalled its envoy from Togo in protest at Lome's border closure.", ("GHA ACCUSE TGO",)),
    (
        "Lithuania suspended talks with Belarus in protest over Minsk's treatment of migrants.",
        ("LTU ACCUSE BLR",),
    ),
    (
        "Sweden withdrew from the cultural festival in protest at China's detention of a Swedish publisher.",
        ("SWE ACCUSE CHN",),
    ),
    (
        "Morocco boycotted the summit in protest over Algeria's support for the Polisario Front.",
        ("MAR ACCUSE DZA",),
    ),
]


@pytest.mark.parametrize(("text", "want"), IN_PROTEST)
def test_official_act_in_protest_accuses(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


GUARDS = [
    # people in the street demonstrate; they make no official complaint
    ("Kenyan traders closed their shops in protest against Uganda's new import duties.", ("KEN ACCUSE UGA",)),
    ("Students in Dhaka burned flags in protest at India's border killings.", ("BGD ACCUSE IND",)),
]


@pytest.mark.parametrize(("text", "not_want"), GUARDS)
def test_people_in_protest_make_no_complaint(expect: Expect, text: str, not_want: tuple[str, ...]) -> None:
    expect(text, (), not_want)


def test_protest_made_in_the_mood_of_its_maker(coded: Coded) -> None:
    """ "Egypt decided to expel X in protest over Y": the protest is made (asserted), whatever the
    expulsion's mood."""
    found = coded(
        "Egypt decided to expel Turkey's ambassador in protest over Ankara's backing of the rebels."
    )
    assert found.get("EGY ACCUSE TUR") == set(), found
