"""Acts the next sentence continues.

* A passive with no agent that continues the act told just before ("The US imposed sanctions on
  Iran. Two Chinese firms were also sanctioned", "Israeli jets struck Lebanon. Two Syrian soldiers
  were also wounded"): the doer of that act (of the same type, in this sentence or the two before) did
  it to the passive's subject, when neither the place nor the custodian (``relations.custody``)
  names one (``Events.last_doers``).

Every sentence here was written for these tests (none comes from a gold file); each construction has
five, with different actors, wording and sentence shapes. Sides are at state level (the ``coded``
fixture of conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- an agentless passive that continues the act told before ------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "The United States imposed sanctions on Iran on Tuesday. Two Chinese firms were also sanctioned.",
            ["USA SANCTION CHN"],
            [],
        ),
        (
            "Israeli jets struck Hezbollah targets in Lebanon overnight. Two Syrian soldiers near the"
            " border were also wounded.",
            ["ISR ASSAULT SYR"],
            [],
        ),
        (
            "Niger expelled the French ambassador on Friday. A Belgian diplomat was also expelled.",
            ["NER SANCTION BEL"],
            [],
        ),
        (
            "The European Union sanctioned five Russian officials on Monday. Belarus's defence minister"
            " was also sanctioned.",
            ["EU SANCTION BLR"],
            [],
        ),
        (
            "Russian forces shelled the Ukrainian city of Kharkiv on Sunday, and two Moldovan aid workers"
            " were wounded.",
            ["RUS ASSAULT MDA"],
            [],
        ),
    ],
)
def test_an_agentless_passive_continues_the_act_told_before(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, tuple(wanted), tuple(unwanted))


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # nothing told before: no doer
        ("Two Chinese firms were sanctioned on Tuesday.", [], ["USA SANCTION CHN"]),
        # another kind of act told before: no doer
        (
            "US officials met Iranian diplomats in Oman on Tuesday. Two Chinese firms were sanctioned.",
            [],
            ["USA SANCTION CHN", "IRN SANCTION CHN"],
        ),
        # an agent of its own: that one
        (
            "The United States imposed sanctions on Iran on Tuesday. Two Chinese firms were also"
            " sanctioned by the European Union.",
            ["EU SANCTION CHN"],
            ["USA SANCTION CHN"],
        ),
        # told too long before: no doer
        (
            "The United States imposed sanctions on Iran on Tuesday. Oil prices rose. Markets in Asia"
            " fell. Traders were nervous. Two Chinese firms were sanctioned on Friday.",
            [],
            ["USA SANCTION CHN"],
        ),
    ],
)
def test_other_passives_stay_as_they_were(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, tuple(wanted), tuple(unwanted))
