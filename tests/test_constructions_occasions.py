"""Meetings a clause happens at (round 14, item "nominal"; ``relations/occasions.py``).

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]
Coded = Callable[[str], dict[str, set[str]]]


# --- "said at a news conference following talks with Y": the clause's subject held the talks ---------

LOST_CLAUSE = [
    # "following" parsed as a participle on the news conference
    (
        "Japanese Prime Minister Fumio Kishida said at a joint press conference following talks with his"
        " Philippine counterpart that the two nations would hold drills.",
        "JPN CONSULT PHL",
    ),
    (
        "Greek Foreign Minister Giorgos Gerapetritis spoke at a press conference following talks with his"
        " Turkish counterpart Hakan Fidan.",
        "GRC CONSULT TUR",
    ),
    # "following" parsed as a complement of the verb
    (
        "Pakistan's foreign minister told journalists following a meeting with Chinese Foreign Minister"
        " Wang Yi that the corridor would be expanded.",
        "PAK CONSULT CHN",
    ),
    (
        "Belgian Prime Minister Alexander De Croo answered questions following talks with Dutch Prime"
        " Minister Mark Rutte in Brussels.",
        "BEL CONSULT NLD",
    ),
    (
        "The Vietnamese foreign minister held a briefing following talks with his Laotian counterpart in"
        " Vientiane.",
        "VNM CONSULT LAO",
    ),
    # the shape the clause keeps, read as before
    (
        "Moldovan President Maia Sandu addressed the nation following talks with Romanian President Klaus"
        " Iohannis in Bucharest.",
        "MDA CONSULT ROU",
    ),
    (
        "The Kenyan foreign minister briefed diplomats following a phone call with his Somali counterpart.",
        "KEN CONSULT SOM",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), LOST_CLAUSE)
def test_talks_after_which_the_clause_is_told_are_its_subjects(
    expect: Expect, text: str, wanted: str
) -> None:
    """The subject of the clause a "following talks with Y" phrase belongs to held the talks, wherever
    the parser hung "following"."""
    expect(text, want=(wanted,))


# --- "said during a meeting hosted by Y": a speaker at a gathering meets its host -------------------

HOSTED = [
    (
        "Indonesian Foreign Minister Retno Marsudi said during a meeting hosted by the Association of"
        " Southeast Asian Nations that the crisis must end.",
        "IDN CONSULT ASEAN",
    ),
    (
        "Nigerian President Bola Tinubu spoke at a summit hosted by the African Union in Addis Ababa.",
        "NGA CONSULT AU",
    ),
    (
        "The Ghanaian foreign minister said at a meeting convened by the Economic Community of West African"
        " States in Abuja that the coup leaders must step down.",
        "GHA CONSULT ECOWAS",
    ),
    (
        "Chilean Foreign Minister Alberto van Klaveren said during a meeting held Monday by the Organization"
        " of American States that elections must be free.",
        "CHL CONSULT OAS",
    ),
    (
        "Ukrainian President Volodymyr Zelenskyy said at a summit organized by the European Union that"
        " Russia must pay for the damage.",
        "UKR CONSULT EU",
    ),
    (
        "Mongolian President Ukhnaagiin Khurelsukh spoke during talks hosted by Japan in Tokyo.",
        "MNG CONSULT JPN",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), HOSTED)
def test_a_speaker_at_a_hosted_gathering_meets_its_host(expect: Expect, text: str, wanted: str) -> None:
    """A verb of speaking done at a meeting, summit or talks hosted, convened, organised or held by Y
    puts its subject there: the speaker meets Y."""
    expect(text, want=(wanted,))


def test_a_speech_to_come_at_a_hosted_summit_is_hypothetical(coded: Coded) -> None:
    """The clause's mood is the meeting's: one who will speak there has not met anyone yet."""
    found = coded("Kenya will speak at a summit hosted by the African Union next month.")
    assert "hypothetical" in found.get("KEN CONSULT AU", {"missing"})


# --- guards ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # an act done during talks puts its doer at no meeting
        ("Israel struck targets in Gaza during talks hosted by Egypt.", (), ("ISR CONSULT EGY",)),
        ("Russia launched missiles at Kyiv during a summit hosted by NATO.", (), ("RUS CONSULT NATO",)),
        # the meeting itself speaks: nobody attends it
        ("The summit hosted by the African Union said Kenya must withdraw.", (), ("KEN CONSULT AU",)),
        # talks that collapsed before the clause: no one of its subject's
        ("After the talks with Iran collapsed, Israel struck targets in Syria.", (), ("ISR CONSULT IRN",)),
        # the preposition the clause keeps, read as before
        (
            "Kenyan President William Ruto told reporters after talks with Ethiopian Prime Minister Abiy"
            " Ahmed that the border would reopen.",
            ("KEN CONSULT ETH",),
            (),
        ),
    ],
)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want=wanted, not_want=unwanted)
