"""Missing triggers (round 21, item "lexicon"): bafflement or surprise at another's act ("Chile was
perplexed by Argentina's decision") disapproves of its doer (ACCUSE 111), as "disappointed by" does;
reservations expressed, voiced, aired or raised about another's act are the same disapproval, and
"aired" is news prose's verb for concerns as well; reaching out to someone opens contact with them
(CONSULT 040), as a call does.

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and guards
that nearby constructions stay as they are. ``want`` lists coded relations that must be found ("SRC
TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


BAFFLED = [
    ("Chile was perplexed by Argentina's decision to close the border.", "CHL ACCUSE ARG"),
    ("The Kenyan government said it was puzzled by Uganda's new tariffs on sugar.", "KEN ACCUSE UGA"),
    ("Vietnam said it was baffled by China's latest maritime claims.", "VNM ACCUSE CHN"),
    ("Norway is surprised by Denmark's withdrawal from the fisheries talks.", "NOR ACCUSE DNK"),
    ("Officials in Seoul said South Korea was bewildered by Japan's export restrictions.", "KOR ACCUSE JPN"),
]


@pytest.mark.parametrize(("text", "wanted"), BAFFLED)
def test_bafflement_at_an_act_disapproves_of_its_doer(expect: Expect, text: str, wanted: str) -> None:
    """``perplexed``, ``puzzled``, ``baffled``, ``bewildered`` and ``surprised`` (by/at) are adjectives of
    disapproval in the lexicon, as ``disappointed`` and ``dismayed``."""
    expect(text, want=(wanted,))


RESERVATIONS = [
    ("Brazil expressed reservations about Paraguay's plan to build a dam.", "BRA ACCUSE PRY"),
    ("Egypt voiced reservations over Ethiopia's filling of the reservoir.", "EGY ACCUSE ETH"),
    ("Poland raised reservations about Germany's energy deal with Russia.", "POL ACCUSE DEU"),
    ("Fiji aired reservations on Tuesday about New Zealand's fishing policy.", "FJI ACCUSE NZL"),
    ("Ghana aired concerns about Nigeria's new visa rules.", "GHA ACCUSE NGA"),
]


@pytest.mark.parametrize(("text", "wanted"), RESERVATIONS)
def test_reservations_about_an_act_disapprove_of_its_doer(expect: Expect, text: str, wanted: str) -> None:
    """``{express,voice,air,raise} * reservations`` and ``air * concerns`` are curated patterns of
    disapproval."""
    expect(text, want=(wanted,))


REACHED_OUT = [
    ("The Philippines reached out to Japan to discuss maritime security.", "PHL CONSULT JPN"),
    (
        "French President Emmanuel Macron reached out to German Chancellor Olaf Scholz after the vote.",
        "FRA CONSULT DEU",
    ),
    ("Turkey has reached out to Armenia in an effort to normalize ties.", "TUR CONSULT ARM"),
    ("Pakistan's prime minister reached out to Saudi Arabia for financial help.", "PAK CONSULT SAU"),
    ("Kenya is reaching out to Ethiopia over the dam dispute.", "KEN CONSULT ETH"),
]


@pytest.mark.parametrize(("text", "wanted"), REACHED_OUT)
def test_reaching_out_to_someone_consults_them(expect: Expect, text: str, wanted: str) -> None:
    """The phrasal verb ``reach out`` (particle ``out``) with a ``to`` phrase is CONSULT 040."""
    expect(text, want=(wanted,))


GUARDS = [
    ("Germany reached an agreement with France on Tuesday.", ("DEU AGREE FRA",), ("DEU CONSULT FRA",)),
    ("Rescue teams from Italy reached the coast of Tunisia on Sunday.", (), ("ITA CONSULT TUN",)),
    ("Chile was pleasantly surprised by Argentina's offer of help.", (), ("CHL ACCUSE ARG",)),
    ("Mexico was surprised by the size of the crowd at the summit in Peru.", (), ("MEX ACCUSE PER",)),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Guards: "reach" with an object keeps CAMEO's own patterns (an agreement) or is no event (a place);
    surprise at a thing, or a pleasant one, names no one it disapproves of."""
    expect(text, want=wanted, not_want=unwanted)
