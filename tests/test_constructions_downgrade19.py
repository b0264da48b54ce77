"""Event nouns (round 19, item "nominal"): a downgrade of ties cuts them ("announced the downgrading
of ties with X", "the downgrade of relations between X and Y"): the reduce rule's sanction, as "the
severing of ties with X" is, never the ties' cooperation.

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be
found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- a downgrade of ties is a sanction ------------------------------------------------------------------

DOWNGRADES = [
    (
        "Thai Prime Minister Srettha Thavisin announced the downgrading of ties with Cambodia.",
        "THA SANCTION KHM",
    ),
    ("Lithuania's downgrading of diplomatic relations with China angered Beijing.", "LTU SANCTION CHN"),
    ("The downgrade of relations between Niger and France followed the coup.", "NER SANCTION FRA"),
    ("Egypt criticized the downgrading of relations between Chad and Israel.", "TCD SANCTION ISR"),
    ("Jordan approved a downgrade of its diplomatic ties with Iran.", "JOR SANCTION IRN"),
]


@pytest.mark.parametrize(("text", "wanted"), DOWNGRADES)
def test_a_downgrade_of_ties_is_a_sanction(expect: Expect, text: str, wanted: str) -> None:
    """A cooperative noun (ties, relations) in the "of" phrase of "downgrade"/"downgrading"
    (``reduce_nouns`` in grammar.json) is cut: the reduce rule's SANCTION, not COOPERATE."""
    src, _, tgt = wanted.split()
    expect(text, want=(wanted,), not_want=(f"{src} COOPERATE {tgt}",))


# --- guards ------------------------------------------------------------------------------------------

GUARDS = [
    # an upgrade is no cut
    ("Malaysia announced the upgrading of ties with Vietnam.", (), ("MYS SANCTION VNM",)),
    # the verb keeps its pattern
    ("Ghana decided to downgrade ties with Israel.", ("GHA SANCTION ISR",), ()),
    # ties with no cut stay cooperation
    ("The relations between Niger and France were close for decades.", ("NER COOPERATE FRA",), ()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_guards(expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]) -> None:
    expect(text, want=wanted, not_want=unwanted)
