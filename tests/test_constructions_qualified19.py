"""Event nouns (round 19, item "nominal"): an agreement or tie noun qualified by an "of" phrase whose
noun the parser hangs the parties on ("the memorandum of understanding between A and B", "a
memorandum of intent between A and B", "the treaty of friendship between A and B"): the phrase names
the qualified noun's parties, as "the accord between A and B" does.

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be
found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- the qualified noun's parties ---------------------------------------------------------------------

QUALIFIED = [
    ("The memorandum of understanding between Ghana and Nigeria covers fisheries.", "GHA AGREE NGA"),
    (
        "Somalia protested against the memorandum of understanding between Kenya and Ethiopia.",
        "KEN AGREE ETH",
    ),
    ("A memorandum of intent between Poland and Lithuania was published on Friday.", "POL AGREE LTU"),
    ("The treaty of friendship between Mongolia and Kazakhstan dates from 1993.", "MNG AGREE KAZ"),
    ("The pact of friendship between Fiji and Tonga was renewed on Monday.", "FJI AGREE TON"),
    ("The accord of principles between Bhutan and Nepal remains secret.", "BTN AGREE NPL"),
    (
        "Egypt welcomed the memorandum of understanding between Jordan and Iraq on water.",
        "JOR AGREE IRQ",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), QUALIFIED)
def test_a_qualified_agreement_has_the_parties_of_its_qualifier(
    expect: Expect, text: str, wanted: str
) -> None:
    """A symmetric event noun with no "between" phrase of its own whose "of" phrase is a plain noun
    (no actor, no event noun) carrying a "between" phrase: the phrase names the event's parties."""
    expect(text, want=(wanted,))


# --- guards ------------------------------------------------------------------------------------------

GUARDS = [
    # the noun's own "between" phrase stays its own
    ("The accord between Armenia and Georgia covers trade.", ("ARM AGREE GEO",), ()),
    # an "of" phrase naming an actor is no qualifier
    (
        "The agreement of Brazil with the border dispute between Peru and Ecuador surprised many.",
        (),
        ("PER AGREE ECU",),
    ),
    # an event noun in the "of" phrase reads itself, not as the agreement's parties
    (
        "The memorandum of cooperation between Vietnam and Cambodia will be renewed next year.",
        ("VNM COOPERATE KHM",),
        ("VNM AGREE KHM",),
    ),
    # an event noun in the "of" phrase reads itself: the war's sides fight, they agree nothing
    (
        "The cost of the war between Ethiopia and Eritrea was enormous.",
        (),
        ("ETH AGREE ERI", "ETH COOPERATE ERI"),
    ),
    # no symmetric noun: the violation of a truce is no agreement of its parties
    (
        "The violation of the border between Sudan and Chad angered officials.",
        (),
        ("SDN AGREE TCD",),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_guards(expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]) -> None:
    expect(text, want=wanted, not_want=unwanted)
