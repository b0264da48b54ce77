"""A visit whose visitor the sentence leaves to the story (round 14): "Ruto visited Uganda. The visit
followed a state visit to Tanzania": the visitor of the story's last visit made the earlier one too.

Every sentence here was written for these tests (none comes from a gold file), with different actors,
wording and sentence shapes, plus guards for its neighbours. Expectations are state level (see the
``coded`` fixture in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Kenyan President William Ruto visited Uganda on Monday. The visit followed a state visit to"
            " Tanzania in May.",
            ["KEN CONSULT TZA"],
        ),
        (
            "Indonesia's president arrived in Tokyo on Sunday for talks. The trip comes after an official"
            " visit to South Korea last year.",
            ["IDN CONSULT KOR"],
        ),
        (
            "Chancellor Olaf Scholz visited Beijing on Thursday. Earlier this year, a visit to India had"
            " focused on trade.",
            ["DEU CONSULT IND"],
        ),
        (
            "Brazil's foreign minister visited Angola on Tuesday, and a working visit to Mozambique"
            " followed on Thursday.",
            ["BRA CONSULT MOZ"],
        ),
        (
            "Qatar's emir arrived in Paris on Monday. The emir had last travelled abroad for a state"
            " visit to Britain in 2022.",
            ["QAT CONSULT GBR"],
        ),
    ],
)
def test_visit_without_visitor_is_the_last_visitors(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a visit that names its visitor keeps it
        (
            "President Lula visited Argentina on Monday. A visit to Brazil by Javier Milei is expected"
            " next month.",
            ["BRA CONSULT BRA"],
        ),
        # no visit told before: no visitor
        (
            "Finland's foreign ministry said on Monday that a visit to Moscow was not planned.",
            ["FIN CONSULT RUS"],
        ),
        # the last visitor does not visit their own state
        (
            "Egypt's president visited Kenya on Monday. A visit to Egypt is planned for June.",
            ["EGY CONSULT EGY"],
        ),
    ],
)
def test_visit_memory_guards(expect: Expect, text: str, unwanted: list[str]) -> None:
    expect(text, not_want=tuple(unwanted))
