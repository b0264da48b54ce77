"""*it* after a saying verb whose subject is an actor's organ or arm: the actor.

"The EU's executive arm said it would impose tariffs", "Russia's foreign ministry said it would expel
two diplomats": the one who says is the possessor's organ, so *it* is the possessor, not a thing named
as subject (round 12 made a singular subject noun a thing that blocks *it*, and these lost their doer).
Sentences written for these tests, five with different actors and wording, plus guards.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The European Union's executive arm said it would impose tariffs on U.S. goods.", "EU SANCTION USA"),
        (
            "Russia's foreign ministry said on Friday that it would expel two Polish diplomats.",
            "RUS SANCTION POL",
        ),
        (
            "Japan's trade ministry announced that it would impose export curbs on South Korea.",
            "JPN SANCTION KOR",
        ),
        (
            "Nigeria's presidency said it had recalled its ambassador to Ghana for consultations.",
            "NGA SANCTION GHA",
        ),
        (
            "Turkey's defense ministry said it had struck Kurdish militant targets in northern Iraq.",
            "TUR ASSAULT IRQ",
        ),
    ],
)
def test_it_after_an_organ_that_says_is_the_organs_actor(expect: Expect, text: str, want: str) -> None:
    expect(text, (want,))


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # a thing as subject still blocks *it*: the ship, not Iran, made the stop
        (
            "Iran seized a tanker in the Gulf. The Panamanian-flagged ship said it had been boarded by"
            " Iranian forces.",
            (),
            ("PAN ACCUSE IRN",),
        ),
        # an organ that does not say: *it* is not made its owner's by possession alone
        (
            "Germany's parliament debated the bill, and it was criticized by Poland.",
            (),
            ("DEU ACCUSE POL",),
        ),
    ],
)
def test_guards(expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]) -> None:
    expect(text, want, not_want)


@pytest.mark.xfail(
    strict=True, reason="restricting exports of goods to a state is not read as a measure on it"
)
def test_restricting_exports_to_a_state_is_a_sanction(expect: Expect) -> None:
    expect(
        "Japan's trade ministry announced it would restrict exports of chemicals to South Korea.",
        ("JPN SANCTION KOR",),
    )
