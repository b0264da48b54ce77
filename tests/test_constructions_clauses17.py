"""Non-finite and passive clauses (round 17, item "clauses").

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "the accord reached between A and B": the participle's "between" phrase names the noun's parties --

PARTICIPLE_BETWEEN = [
    (
        "The accord reached between Armenia and Azerbaijan in August is still holding.",
        ("ARM AGREE AZE",),
        (),
    ),
    (
        "Officials praised the trade deal struck between Chile and Vietnam last year.",
        ("CHL AGREE VNM",),
        ("CHL ASSAULT VNM",),
    ),
    (
        "Talks held between Ethiopia and Egypt in Cairo ended without a breakthrough.",
        ("ETH CONSULT EGY",),
        (),
    ),
    (
        "Kenya says the memorandum signed between Nairobi and Addis Ababa covers water sharing.",
        ("KEN AGREE ETH",),
        (),
    ),
    (
        "The leaders reviewed the accord signed among Brazil, India and South Africa.",
        ("BRA AGREE IND", "BRA AGREE ZAF", "IND AGREE ZAF"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), PARTICIPLE_BETWEEN)
def test_a_participles_between_phrase_names_the_nouns_parties(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A mutual event noun (agreement, deal, talks) modified by a past participle that carries the
    "between"/"among" phrase ("signed between", "reached between", "held among"): the parser hangs the
    phrase on the participle, but it names the noun's parties, as "the agreement between A and B" does."""
    expect(text, want=wanted, not_want=unwanted)


PARTICIPLE_BETWEEN_GUARDS = [
    # the noun's own phrase: unchanged
    ("The agreement between Ghana and Togo signed in May covers trade.", ("GHA AGREE TGO",), ()),
    # a mediator's participle: the by-agent mediates, the parties agree
    (
        "The truce brokered by Qatar between Israel and Hamas collapsed.",
        ("QAT AGREE ISR",),
        (),
    ),
    # an event noun that is no mutual act: no pair of the "between" phrase
    (
        "Sanctions imposed by Canada on Iran remain in force.",
        ("CAN SANCTION IRN",),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), PARTICIPLE_BETWEEN_GUARDS)
def test_participle_between_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Nearby constructions stay as they were."""
    expect(text, want=wanted, not_want=unwanted)
