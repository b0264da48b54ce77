"""Parties named in another sentence (round 21): a welcome of "the decision", "the move", "the step"
or "the ruling" that names nobody answers whoever acted last, in this sentence or the one before.

Every sentence here was written for these tests (none comes from a gold file); the construction has
five, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Japan lifted its import ban on Chinese seafood last week. Beijing praised the move on Tuesday.",
            "CHN SUPPORT JPN",
        ),
        (
            "The International Criminal Court ordered Israel to allow aid into the territory. Egypt hailed"
            " the ruling.",
            "EGY SUPPORT ICC",
        ),
        (
            "Germany agreed to send air defence systems to Ukraine. Ukrainian President Volodymyr Zelensky"
            " welcomed the step.",
            "UKR SUPPORT DEU",
        ),
        (
            "Pakistan released 200 Afghan prisoners on Sunday. The Taliban government welcomed the"
            " decision, calling it overdue.",
            "AFG SUPPORT PAK",
        ),
        (
            "Kenya agreed to reopen its border with Tanzania on Monday. Tanzanian President Samia Suluhu"
            " Hassan welcomed the decision.",
            "TZA SUPPORT KEN",
        ),
    ],
)
def test_welcoming_the_decision_just_told_answers_its_maker(expect: Expect, text: str, wanted: str) -> None:
    expect(text, want=(wanted,))


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # nothing told before: no one answered
        ("Spain welcomed the decision on Friday.", [], ["ESP SUPPORT ESP"]),
        # one's own state's act: no answer to oneself, nor to the state it struck
        (
            "Canada raised its tariffs on Chinese steel. Ottawa's trade minister welcomed the move.",
            [],
            ["CAN SUPPORT CHN", "CAN SUPPORT CAN"],
        ),
        # one's own state's organ decided: no answer to one's own state
        (
            "Kenya's Supreme Court rejected the objection raised by Uganda. Kenyan President William Ruto"
            " welcomed the ruling.",
            [],
            ["KEN SUPPORT KEN"],
        ),
        # a decision that names its maker answers it, not the act before
        (
            "Peru recalled its ambassador from Mexico. Bolivia welcomed Colombia's decision to stay neutral.",
            ["BOL SUPPORT COL"],
            ["BOL SUPPORT PER"],
        ),
        # told too long before: out of reach
        (
            "Ghana cut its fuel prices. The talks went on for weeks. Many analysts met in Accra. Togo"
            " welcomed the decision.",
            [],
            ["TGO SUPPORT GHA"],
        ),
        # a condemnation still answers the last hostile act only
        (
            "Russia expelled two Estonian diplomats. Estonia condemned the decision.",
            ["EST ACCUSE RUS"],
            ["EST SUPPORT RUS"],
        ),
    ],
)
def test_welcomes_that_answer_no_one_else(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))
