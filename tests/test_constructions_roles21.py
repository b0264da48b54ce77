"""Roles, round 21: who is accused when a statement condemns an expulsion "of" someone.

Every sentence here was written for these tests (none comes from a gold file); sentences with
different actors, wording and sentence shapes for the mechanism, plus guards for the nearby
constructions that must stay. Expectations are what a careful event coder writes down, at state level.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "criticized the expulsion of X's diplomats (by Y)": the noun reads as "expel * diplomats" (no "of"
# target of its own), yet its "of" phrase names who is expelled, never who expels; the accused is the
# by-phrase's actor (the parser may hang it on the diplomats), else no one --------------------------------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Brazil criticized the expulsion of the Venezuelan ambassador by Argentina.",
            ("BRA ACCUSE ARG",),
            ("BRA ACCUSE VEN",),
        ),
        (
            "Seoul protested the expulsion of Japanese envoys by Beijing, calling it unjustified.",
            ("KOR ACCUSE CHN",),
            ("KOR ACCUSE JPN",),
        ),
        (
            "Canada condemned the expulsion of German diplomats by Iran last week.",
            ("CAN ACCUSE IRN",),
            ("CAN ACCUSE DEU",),
        ),
        (
            "Ghana rejected the expulsion of the Togolese envoy by Benin as a hostile act.",
            ("GHA REJECT BEN",),
            ("GHA REJECT TGO",),
        ),
        (
            "Qatar criticized the expulsion of the Egyptian ambassador.",
            (),
            ("QAT ACCUSE EGY",),
        ),
    ],
)
def test_expelled_diplomats_are_not_the_accused(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# --- guards: an act's owner, its by-phrase, and an act whose "of" names its doer stay as they were ---------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Egypt condemned Israel's expulsion of the Jordanian ambassador.",
            ("EGY ACCUSE ISR",),
            ("EGY ACCUSE JOR",),
        ),
        ("Lithuania denounced the deportation of Ukrainian children by Russia.", ("LTU ACCUSE RUS",), ()),
        (
            "The Estonian government condemned the expulsion of the Finnish consul by Moscow on Friday.",
            ("EST ACCUSE RUS",),
            ("EST ACCUSE FIN",),
        ),
        ("Kenya condemned the brutality of the Ugandan police.", ("KEN ACCUSE UGA",), ()),
    ],
)
def test_named_doers_stay(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)
