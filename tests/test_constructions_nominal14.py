"""Event nouns (round 14, item "nominal"): a target that is the whole of a quantity, and a mediator
between two parties.

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "tariffs on $3 billion worth of Australian wine": the goods' state is the target -----------------

WORTH_OF = [
    ("Beijing imposed tariffs on $3 billion worth of Australian wine.", "CHN SANCTION AUS"),
    ("Mexico imposed new tariffs on $3 billion worth of U.S. exports.", "MEX SANCTION USA"),
    ("India slapped duties on nearly $1 billion worth of Chinese solar panels.", "IND SANCTION CHN"),
    ("Turkey raised tariffs on $270 million worth of American goods in retaliation.", "TUR SANCTION USA"),
    (
        "Washington announced tariffs on $18 billion worth of Chinese electric vehicles and batteries.",
        "USA SANCTION CHN",
    ),
    # "on" hung on the noun, read as before
    ("Ottawa announced retaliatory duties on about $30 billion worth of American steel.", "CAN SANCTION USA"),
]


@pytest.mark.parametrize(("text", "wanted"), WORTH_OF)
def test_a_measure_on_an_amount_worth_of_goods_targets_their_state(
    expect: Expect, text: str, wanted: str
) -> None:
    """ "$N worth of X goods" is a part of the goods ("worth" among ``partitive_words``): the measure
    falls on the state they come from, wherever the parser hung the "on" phrase."""
    expect(text, want=(wanted,))


# --- "acted as mediators between X and Y": the agent noun reads as "mediated between X and Y" --------

MEDIATOR_BETWEEN = [
    ("Norway has served as a mediator between Colombia and the ELN rebels.", ("NOR CONSULT COL",)),
    (
        "Oman has long acted as an intermediary between Iran and the United States.",
        ("OMN CONSULT IRN", "OMN CONSULT USA"),
    ),
    ("Kuwait is a mediator between Saudi Arabia and Qatar.", ("KWT CONSULT SAU", "KWT CONSULT QAT")),
    (
        "Turkey, a mediator between Russia and Ukraine, hosted the talks.",
        ("TUR CONSULT RUS", "TUR CONSULT UKR"),
    ),
    (
        "Ghana and Togo acted as mediators between Burkina Faso and Niger in the dispute.",
        ("GHA CONSULT BFA", "TGO CONSULT NER"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), MEDIATOR_BETWEEN)
def test_a_mediator_between_two_parties_meets_both(
    expect: Expect, text: str, wanted: tuple[str, ...]
) -> None:
    """ "mediator"/"intermediary" with a "between" phrase (``prep_bound_nouns``) is coded as the verb
    "mediate between": the one the noun describes meets each party."""
    expect(text, want=wanted)


# --- guards -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a purchase stays a purchase, of the goods' state
        ("Australia bought $2 billion worth of American rocket launchers.", ("AUS COOPERATE USA",), ()),
        # "worth" as an adjective has no whole
        (
            "The contract is worth $3 billion to the Turkish defence industry.",
            (),
            ("TUR SANCTION USA", "USA SANCTION TUR"),
        ),
        # a mediator's title names no meeting with its employer or the country of the conflict
        (
            "The African Union mediator for Sudan, Ramtane Lamamra, said the talks would resume.",
            (),
            ("AU CONSULT SDN",),
        ),
        (
            "The U.S. mediator, Amos Hochstein, shuttled between Beirut and Jerusalem.",
            (),
            ("USA CONSULT USA",),
        ),
        # the verb, read as before
        (
            "Egypt and Qatar have mediated between Israel and Hamas.",
            ("EGY CONSULT ISR", "QAT CONSULT ISR"),
            (),
        ),
    ],
)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want=wanted, not_want=unwanted)
