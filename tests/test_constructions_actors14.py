"""Wrong endpoints (round 14): the African Union's Peace and Security Council is not the UN's.

Every sentence here was written for these tests (none comes from a gold file), with different actors and
wording, and guards that the UN Security Council stays itself.
"""

from __future__ import annotations

import pytest

import actorgraph as ag


def _ids(text: str) -> set[str]:
    return {a.id for a in ag.build([text]).actors}


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(r.source_id, r.type, r.target_id) for r in ag.build([text]).relations if r.type != "AFFILIATION"}


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


# --- "look forward to": an intent toward the partner the looked-for act names, no one else ---------------


@pytest.mark.parametrize(
    ("text", "not_paired"),
    [
        ("The United States looks forward to the Kenyan-led mission deploying to Haiti.", ("USA", "KEN")),
        ("Germany looks forward to the Ukrainian elections next year.", ("DEU", "UKR")),
        ("France looks forward to the Senegalese presidency of the African Union.", ("FRA", "SEN")),
        ("Canada looks forward to India's decision on the extradition case.", ("CAN", "IND")),
        ("Britain looks forward to a Nigerian-led peace conference on Sudan.", ("GBR", "NGA")),
    ],
)
def test_looking_forward_to_what_another_does_is_no_agreement_with_it(
    text: str, not_paired: tuple[str, str]
) -> None:
    assert (not_paired[0], "AGREE", not_paired[1]) not in _pairs(text), _pairs(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Pakistan looks forward to an early resumption of the dialogue process with India.", ("PAK", "IND")),
        ("Brazil looks forward to deepening cooperation between Brazil and China.", ("BRA", "CHN")),
        ("Chile looks forward to working closely with Argentina on the border.", ("CHL", "ARG")),
    ],
)
def test_looking_forward_to_ties_with_a_partner_is_an_agreement(text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "AGREE", pair[1]) in _pairs(text), _pairs(text)
