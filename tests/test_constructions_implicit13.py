"""Implicit parties (round 13): events whose party the sentence leaves to the side a phrase stands for.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
Expectations are state level (see the ``coded`` fixture in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "held discussions with X": a discussion is a meeting with its with/between party --------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Norway held discussions with Colombia on Monday.", ["NOR CONSULT COL"]),
        (
            "The Kenyan envoy said Nairobi had held discussions with Somalia over the border.",
            ["KEN CONSULT SOM"],
        ),
        ("Discussions between Serbia and Kosovo resumed in Brussels on Monday.", ["SRB CONSULT KSV"]),
        (
            "Portugal's prime minister had discussions with the Angolan president on debt relief.",
            ["PRT CONSULT AGO"],
        ),
        # unnamed people acting for a named side: the side they are from
        (
            "The African Union said that it had held discussions with representatives from Egypt.",
            ["AU CONSULT EGY"],
        ),
    ],
)
def test_discussion_with_is_a_meeting(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    "text",
    [
        # a discussion nobody else takes part in is no meeting
        "Lawmakers in Chile began discussions on a new constitution.",
        "The discussion in Brazil's senate lasted until midnight.",
    ],
)
def test_discussion_without_a_party_is_no_event(coded: Callable[[str], dict[str, set[str]]], text: str) -> None:
    assert not any(" CONSULT " in k for k in coded(text)), coded(text)

