"""Event nouns (round 18, item "nominal"): negotiations that name no party of their own and that an
agreement came out of, or that are on an agreement, are held by the agreement's parties ("the pact
between A and B is the result of months of negotiations", "the A-B deal was concluded after years of
talks", "talks on the agreement had been under way since March").

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be
found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- the agreement's parties negotiated it ------------------------------------------------------------

NEGOTIATED = [
    # the result, fruit or product of negotiations: the copula's subject is the agreement
    (
        "The trade pact between Chile and Vietnam is the result of three years of negotiations.",
        "CHL CONSULT VNM",
    ),
    (
        "Ghana and Togo signed a border treaty on Monday. The treaty is the fruit of a decade of "
        "negotiation.",
        "GHA CONSULT TGO",
    ),
    # a passive clause on the agreement, the negotiations in an "after" phrase
    ("The EU-India trade deal was concluded after 18 years of negotiations.", "EU CONSULT IND"),
    (
        "Japan and Mongolia signed an investment accord. The signing was made possible after years of talks.",
        "JPN CONSULT MNG",
    ),
    # a verb of resulting: its "from" phrase or object
    (
        "Morocco and Mauritania signed a fishing deal. The agreement results from weeks of negotiations.",
        "MAR CONSULT MRT",
    ),
    ("The security pact between Fiji and Samoa follows two years of talks.", "FJI CONSULT WSM"),
    # talks on the agreement
    (
        "Norway has agreed to a fisheries deal with Iceland. Talks on the agreement had been under way "
        "since March.",
        "NOR CONSULT ISL",
    ),
    (
        "Negotiations over a free trade agreement between Canada and Ecuador resumed on Monday.",
        "CAN CONSULT ECU",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), NEGOTIATED)
def test_negotiations_an_agreement_came_of_are_its_parties(expect: Expect, text: str, wanted: str) -> None:
    """A meeting noun (talks, negotiations) that names no party of its own, in an "after" phrase or
    the "of" phrase of a result noun of a clause whose subject is an agreement (or its signing), or
    with an agreement as its topic, meets the agreement's parties: its "between" phrase or hyphenated
    modifiers, else, for a definite agreement, the last agreement the story told."""
    expect(text, want=(wanted,))


# --- guards ------------------------------------------------------------------------------------------

GUARDS = [
    # talks with a partner of their own keep it, and the agreement's parties do not meet each other
    (
        "The deal between Peru and Bolivia came after talks with Brazil.",
        ("PER CONSULT BRA",),
        ("PER CONSULT BOL",),
    ),
    # no negotiation: pressure is no meeting
    (
        "Kenya and Ethiopia signed a trade deal. The deal is the result of pressure from the United States.",
        (),
        ("KEN CONSULT ETH",),
    ),
    # negotiations a date away from the agreement are another event
    (
        "Ethiopia and Eritrea signed a declaration in Riyadh. The agreement comes weeks after direct "
        "negotiations in Washington.",
        ("ETH AGREE ERI",),
        ("ETH CONSULT ERI",),
    ),
    # an agreement with no party known: nobody meets
    ("The agreement is the result of months of negotiation.", (), ()),
    # talks between their own parties stay theirs alone
    (
        "The accord between Serbia and Kosovo came after talks between Belgrade and Brussels.",
        ("SRB CONSULT EU",),
        ("SRB CONSULT KOS",),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Talks that name their own parties, acts that are no meeting and agreements with no known
    parties keep their readings."""
    found = expect(text, want=wanted, not_want=unwanted)
    if not wanted:
        assert not any(" CONSULT " in k for k in found), sorted(found)
