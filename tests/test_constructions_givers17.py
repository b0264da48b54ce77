"""Event nouns (round 17, item "nominal"): a giver's noun that describes an actor ("Norway, Somalia's
biggest donor", "China is Kenya's largest lender") names whom it gives to by its possessor or a
"to"/"of" phrase.

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be
found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "Norway, Somalia's biggest donor": the described actor gives to the possessor ------------------

GIVERS = [
    # in apposition, the beneficiary its possessor
    ("Norway, Somalia's biggest donor, pledged more money on Monday.", "NOR AID SOM"),
    ("Turkey, Azerbaijan's main backer, sent more drones.", "TUR SUPPORT AZE"),
    ("Iran, the Syrian government's closest backer, condemned the strikes.", "IRN SUPPORT SYR"),
    # after a copula
    ("China is Kenya's largest lender, the finance ministry said.", "CHN AID KEN"),
    ("Saudi Arabia remains Pakistan's main creditor.", "SAU AID PAK"),
    # the noun the subject of the copula
    ("The largest creditors of Laos are China and Thailand.", "CHN AID LAO"),
    ("The largest creditors of Laos are China and Thailand.", "THA AID LAO"),
    # one of the givers, among them
    ("The Netherlands is one of Ethiopia's largest donors.", "NLD AID ETH"),
    # a curly apostrophe after a final s: the parser hangs the apposition on the verb
    ("Protesters marched on the embassy of Russia, Belarus’ closest backer.", "RUS SUPPORT BLR"),
    ("The ministers flew to Beijing to meet officials of China, Laos’ largest creditor.", "CHN AID LAO"),
    ("Washington has grown closer to India, the Maldives’ biggest lender.", "IND AID MDV"),
    ("Critics later rounded on China, Laos’ main foreign backer.", "CHN SUPPORT LAO"),
    # a "to" phrase
    ("Germany, a major donor to Jordan, pledged more money.", "DEU AID JOR"),
]


@pytest.mark.parametrize(("text", "wanted"), GIVERS)
def test_a_givers_noun_names_whom_it_gives_to(expect: Expect, text: str, wanted: str) -> None:
    """A noun of ``giver_rule`` (donor, creditor, lender: AID; backer, supporter: SUPPORT) that
    describes an actor (in apposition, after a copula, as the copula's subject, "one of") is that
    actor's act on the noun's possessor or "to"/"of" object."""
    expect(text, want=(wanted,))


# --- guards ------------------------------------------------------------------------------------------

GUARDS = [
    # the noun describes no one: no giver
    ("Zambia's private creditors met in Paris on Tuesday.", (), ("ZMB AID ZMB",)),
    ("Donor countries pledged $2 billion for Yemen.", (), ("YEM AID YEM",)),
    # a fronted phrase before the comma: no apposition
    ("In Kenya, Somalia’s biggest donor pledged more money.", (), ("KEN AID SOM",)),
    # the beneficiary is no actor
    ("Canada is the largest donor to the fund.", (), ()),
    # an ally stays a partner, a backer "of" X stays SUPPORT
    ("Uganda, Rwanda's closest ally, sent troops.", ("UGA COOPERATE RWA",), ("UGA AID RWA",)),
    ("Turkey, a key backer of Azerbaijan, sent more drones.", ("TUR SUPPORT AZE",), ()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Givers that describe no actor, beneficiaries that are no actor, allies and backers "of" keep
    their readings."""
    found = expect(text, want=wanted, not_want=unwanted)
    if not wanted:
        assert not any(" AID " in k or " SUPPORT " in k for k in found), sorted(found)
