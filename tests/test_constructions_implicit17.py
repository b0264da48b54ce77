"""Implicit parties (round 17): "condemned the move" answers the last hostile act of another.

A condemnation or rejection whose object names no act of its own ("the move", "the decision", "the
step") answers the last hostile act (sanction, coercion, mobilization, rejection, withdrawal) of
someone other than the condemner; "welcomed the move" does not (it is as often an offer or a talk).

Every sentence here was written for these tests (none comes from a gold file), with different actors
and wording, and was failing before the fix; the guards keep the constructions next to it as they were.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]

CONDEMNED = [
    ("Russia expelled two Estonian diplomats on Tuesday. Estonia condemned the move.", ("EST ACCUSE RUS",)),
    ("Algeria recalled its ambassador from Paris. France criticized the decision.", ("FRA ACCUSE DZA",)),
    (
        "India banned Chinese apps last week. Beijing condemned the move as discriminatory.",
        ("CHN ACCUSE IND",),
    ),
    ("Serbia closed its border with Kosovo. The EU criticized the step.", ("EU ACCUSE SRB",)),
    ("Uganda deported three Kenyan activists. Nairobi protested the decision.", ("KEN ACCUSE UGA",)),
]


@pytest.mark.parametrize(("text", "want"), CONDEMNED)
def test_a_condemned_move_is_the_last_hostile_act(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_a_welcomed_move_answers_no_hostile_act(expect: Expect) -> None:
    """ "welcomed the move" after a seizure and an offer: not a welcome of the seizure."""
    found = expect(
        "Rebels seized the town of Uvira. Angola offered to mediate. The rebels welcomed the move."
    )
    assert not [k for k in found if k.endswith("SUPPORT") or " SUPPORT " in k], found
