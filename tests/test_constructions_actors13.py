"""Wrong endpoints (round 13): a capital that only names where a document was signed or a meeting held.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors and wording, and guards that nearby constructions stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "the Vienna Convention", "the Minsk process": the capital is no party ----------------------------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Russian diplomats violated the Vienna Convention, the Czech foreign ministry said.",
            ("CZE ACCUSE RUS",),
            ("RUS REJECT AUT",),
        ),
        (
            "The Minsk process must be revived, the German chancellor told reporters.",
            (),
            ("DEU REQUEST BLR",),
        ),
        (
            "Ukraine accused Russia of breaching the Minsk agreements.",
            ("UKR ACCUSE RUS",),
            ("RUS REJECT BLR",),
        ),
        (
            "India and China vowed to defend the Paris Agreement at a meeting in Beijing.",
            (),
            ("IND AGREE FRA", "CHN AGREE FRA"),
        ),
        (
            "Sudan and South Sudan pledged to honour the Addis Ababa accord, Kenya said.",
            (),
            ("SDN AGREE ETH", "SSD AGREE ETH"),
        ),
        (
            "The Taliban demanded that Washington respect the Doha agreement.",
            ("AFG REQUEST USA",),
            ("USA SUPPORT QAT",),
        ),
    ],
)
def test_a_capital_naming_a_document_or_process_is_no_party(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vienna summoned the Russian ambassador.", ("AUT ACCUSE RUS",)),  # the capital acts
        ("Moscow's peace plan was rejected by Kyiv.", ("UKR REJECT RUS",)),  # a possessive owns it
        ("Serbia and Kosovo signed the Washington agreement at the White House.", ("SRB AGREE KSV",)),
    ],
)
def test_a_capital_that_acts_or_owns_stays_its_state(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want)
