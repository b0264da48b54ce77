"""Lexicon families of round 19: a protocol or an arrangement between two states is their agreement; an
encounter or a session with someone is a meeting; engaging with someone is a meeting; contributing
personnel, police or troops to a mission in a state aids that state; leading a security mission is aid
to the state it goes to, no agreement.

Every sentence here was written for these tests (none comes from a gold file), with guards for the
constructions next to them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The protocol between Ghana and Togo covers customs checks at the border.", "GHA AGREE TGO"),
        ("Norway concluded a protocol with Iceland on fishing quotas.", "NOR AGREE ISL"),
        ("The protocol between Vietnam and Laos allows workers to cross freely.", "VNM AGREE LAO"),
        ("Peru renewed its fisheries protocol with Ecuador last year.", "PER AGREE ECU"),
        ("Norway concluded an arrangement with Iceland on fishing quotas.", "NOR AGREE ISL"),
        ("The arrangement between Vietnam and Laos allows workers to cross freely.", "VNM AGREE LAO"),
        ("A swap arrangement between Argentina and China props up the peso.", "ARG AGREE CHN"),
        ("Singapore's water arrangement with Malaysia expires in 2061.", "SGP AGREE MYS"),
        ("The security arrangement between Australia and Papua New Guinea covers policing.", "AUS AGREE PNG"),
        (
            "A temporary protocol between Serbia and Kosovo eased the dispute over licence plates.",
            "SRB AGREE KSV",
        ),
    ],
)
def test_protocol_and_arrangement_nouns_are_agreements(coded: Coded, text: str, wanted: str) -> None:
    found = coded(text)
    assert wanted in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Brazil's foreign minister had two encounters with Argentine diplomats last month.",
            "BRA CONSULT ARG",
        ),
        ("Nothing came of Sudan's encounter with South Sudan in Addis Ababa.", "SDN CONSULT SSD"),
        (
            "Kenyan President William Ruto held a session with Ugandan President Yoweri Museveni.",
            "KEN CONSULT UGA",
        ),
        ("Japan will engage with North Korea on the abductions issue, the minister said.", "JPN CONSULT PRK"),
        ("Senegal engaged with Mali on the border question throughout the year.", "SEN CONSULT MLI"),
    ],
)
def test_encounters_sessions_and_engaging_are_meetings(coded: Coded, text: str, wanted: str) -> None:
    found = coded(text)
    assert wanted in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Chile, Peru and Ecuador plan to contribute personnel to the contingent in Haiti.", "PER AID HTI"),
        pytest.param(
            "Peru will contribute personnel to the mission in Haiti.",
            "PER AID HTI",
            marks=pytest.mark.xfail(strict=True, reason="'the mission' is read as an unnamed organisation"),
        ),
        ("Jamaica will contribute police officers to the force in Haiti.", "JAM AID HTI"),
        # (the mission's organisation is the recipient here, as the parser hangs "in Somalia" on it)
        ("Rwanda contributed troops to the African Union mission in Somalia.", "RWA AID AU"),
        ("Kenya will lead a security mission to Haiti approved by the United Nations.", "KEN AID HTI"),
        ("Nigeria will lead a multinational mission in Guinea-Bissau.", "NGA AID GNB"),
    ],
)
def test_contributing_to_or_leading_a_security_mission_is_aid(coded: Coded, text: str, wanted: str) -> None:
    found = coded(text)
    assert wanted in found and wanted.replace("AID", "AGREE") not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a trade mission led to a state is no aid
        ("Canada's trade minister will lead a trade mission to India.", [], ["CAN AID IND"]),
        # the protocol of a conference is no agreement between its host and a guest
        ("Protocol officers from Egypt greeted the Saudi delegation.", [], ["EGY AGREE SAU"]),
        # an encounter between vessels at sea is no meeting
        (
            "Vietnamese and Chinese vessels collided on Monday in the latest encounter at sea"
            " between Hanoi and Beijing.",
            [],
            ["VNM CONSULT CHN"],
        ),
        # engaging in talks stays a meeting; engaging in fighting stays an attack
        ("Pakistan engaged in talks with Afghanistan.", ["PAK CONSULT AFG"], []),
        # contributing money stays aid through its own words
        ("Germany contributed funds to the relief effort in Sudan.", [], ["DEU AGREE SDN"]),
    ],
)
def test_nearby_constructions_stay(expect: Expect, text: str, wanted: list[str], unwanted: list[str]) -> None:
    expect(text, tuple(wanted), tuple(unwanted))
