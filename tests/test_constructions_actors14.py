"""Wrong endpoints (round 14): the African Union's Peace and Security Council is not the UN's.

Every sentence here was written for these tests (none comes from a gold file), with different actors and
wording, and guards that the UN Security Council stays itself.
"""

from __future__ import annotations

import pytest

import actorgraph as ag


def _ids(text: str) -> set[str]:
    return {a.id for a in ag.build([text]).actors}


@pytest.mark.parametrize(
    "text",
    [
        "The African Union's Peace and Security Council suspended Guinea after the coup.",
        "Niger was suspended by the AU Peace and Security Council on Tuesday.",
        "The Peace and Security Council of the African Union called on Ethiopia to withdraw its troops.",
        "Sudan's envoy told the Peace and Security Council in Addis Ababa that Khartoum rejected it.",
        "The AU's Peace and Security Council urged Chad and Libya to hold talks.",
    ],
)
def test_the_au_peace_and_security_council_is_not_the_un_security_council(text: str) -> None:
    ids = _ids(text)
    assert "AU_PSC" in ids
    assert "UNSC" not in ids


@pytest.mark.parametrize(
    "text",
    [
        "The UN Security Council imposed an arms embargo on South Sudan.",
        "Russia vetoed a Security Council resolution on Syria.",
        "The United Nations Security Council met on Haiti on Monday.",
    ],
)
def test_the_un_security_council_stays_itself(text: str) -> None:
    ids = _ids(text)
    assert "UNSC" in ids
    assert "AU_PSC" not in ids
