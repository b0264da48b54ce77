"""Event nouns (round 16, item "nominal"): the agreement a meeting ends with, or without.

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level) with the flags they must carry; ``not_want`` lists relations
that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "the talks ended without an agreement": the meeting's parties agree, or fail to -----------------

OUTCOMES = [
    # the parties of the meeting the story told before ("the meeting", "the talks")
    (
        "Aliyev and Pashinyan met in Brussels on Sunday. The meeting concluded with a general agreement to "
        "continue the talks.",
        "AZE AGREE ARM",
        set(),
    ),
    (
        "Putin hosted Erdogan in Sochi. The talks ended without a deal on grain exports.",
        "TUR AGREE RUS",
        {"negated"},
    ),
    # the meeting's own parties
    ("The summit between China and India yielded an agreement on border patrols.", "CHN AGREE IND", set()),
    ("Negotiations between Ethiopia and Egypt over the dam produced no deal.", "ETH AGREE EGY", {"negated"}),
    # through a relative pronoun, the doers of the clause the meeting hangs under
    (
        "Israel and Hamas held months of talks that broke down in August without an agreement to end "
        "fighting.",
        "ISR AGREE PSE",
        {"negated"},
    ),
    (
        "Iran and Saudi Arabia held two rounds of talks that ended with an agreement to reopen embassies.",
        "IRN AGREE SAU",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "wanted_flags"), OUTCOMES)
def test_the_agreement_a_meeting_ends_with_is_its_parties(
    coded: Callable[[str], dict[str, set[str]]], text: str, wanted: str, wanted_flags: set[str]
) -> None:
    """A noun of AGREE that names no party, under a verb of ``outcome_rule`` ("ended", "concluded",
    "yielded", "broke down") whose subject is a meeting, is the agreement of the meeting's parties (its
    between-parties, the doers of the clause it hangs under, or the last meeting told); "without" and
    "no" negate it."""
    found = coded(text)
    assert wanted in found, sorted(found)
    assert found[wanted] & {"negated"} == wanted_flags, found[wanted]


# --- guards ------------------------------------------------------------------------------------------

GUARDS = [
    # a meeting that ends with no agreement noun
    ("Sudan and South Sudan held talks in Juba. The summit ended on Friday.", (), ("SDN AGREE SSD",)),
    # the deal names its parties: its own reading
    ("The talks ended with a deal between Sudan and South Sudan on oil.", ("SDN AGREE SSD",), ()),
    # a meeting with a party of its own stays negated where it ended without a deal
    ("Talks between Serbia and Kosovo ended without an agreement on Monday.", ("SRB AGREE KSV",), ()),
    # no meeting told: "the meeting" agrees nothing
    ("The meeting ended with a call for calm.", (), ()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Meetings with no agreement noun, deals that name their parties and the negated agreement of
    talks with parties keep their readings."""
    expect(text, want=wanted, not_want=unwanted)
