"""A second act on a pair already coded (round 20, item "typed-on-found-pairs"): the wrong a punishment
or threat cites is its doer's charge.

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "imposed tariffs on X, citing X's failure to ...": the act and the charge --------------------------

CITED_WRONGS = [
    # the wrong's possessor is accused
    (
        "Japan imposed tariffs on South Korea on Friday, citing Seoul's failure to curb steel exports.",
        ("JPN SANCTION KOR", "JPN ACCUSE KOR"),
        (),
    ),
    (
        "Washington expelled two Russian diplomats, citing Moscow's refusal to cooperate with the "
        "investigation.",
        ("USA SANCTION RUS", "USA ACCUSE RUS"),
        (),
    ),
    # a wrong that names no one of its own is the punished side's
    (
        "Kenya suspended flights to Tanzania, citing a breach of the aviation agreement.",
        ("KEN SANCTION TZA", "KEN ACCUSE TZA"),
        (),
    ),
    (
        "Ghana recalled its ambassador from Togo on Monday, citing interference in its elections.",
        ("GHA SANCTION TGO", "GHA ACCUSE TGO"),
        (),
    ),
    (
        "Canada imposed sanctions on Iran, citing the country's repeated violations of human rights.",
        ("CAN SANCTION IRN", "CAN ACCUSE IRN"),
        (),
    ),
    # a threat citing the doers' own grievance accuses the one threatened, not each other
    (
        "Fiji and Samoa threatened to leave the Pacific Islands Forum, citing their dissatisfaction with "
        "the selection of its new chief.",
        ("FJI ACCUSE PIF", "WSM ACCUSE PIF"),
        ("FJI ACCUSE WSM", "WSM ACCUSE FJI"),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CITED_WRONGS)
def test_a_cited_wrong_is_a_charge(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want=wanted, not_want=unwanted)


CITED_GUARDS = [
    # no wrong cited: figures, concerns of one's own
    (
        "Chile imposed tariffs on Peru, citing figures from the central bank.",
        ("CHL SANCTION PER",),
        ("CHL ACCUSE PER",),
    ),
    (
        "Turkey closed its border with Syria, citing security concerns.",
        ("TUR SANCTION SYR",),
        ("TUR ACCUSE SYR",),
    ),
    # no punishment: aid citing a failure charges no one
    (
        "Norway sent aid to Malawi, citing the country's failure to feed its people.",
        ("NOR AID MWI",),
        ("NOR ACCUSE MWI",),
    ),
    # the charge stays one where the wrong's owner is named (the speech rules code it too)
    (
        "Brazil recalled its ambassador from Israel, citing Israel's violations of international law.",
        ("BRA SANCTION ISR", "BRA ACCUSE ISR"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CITED_GUARDS)
def test_cited_wrong_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want=wanted, not_want=unwanted)
