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


# --- two organs or officials of one state are one side: their cooperation is no relation ---------------


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {(r.source_id, r.type, r.target_id) for r in ag.build([text]).relations if r.type != "AFFILIATION"}


@pytest.mark.parametrize(
    "text",
    [
        "The US Department of Homeland Security will keep working with the Justice Department on the cases.",
        "The Pentagon is working closely with the CIA on the evacuation from Kabul.",
        "The Russian Defence Ministry is cooperating with the FSB to secure the border.",
        "The Israeli military worked with the Mossad to locate the hostages.",
        "China's Ministry of Commerce cooperated with the People's Liberation Army on the export rules.",
        "Britain's Foreign Office and the UK Ministry of Defence have cooperated on the plan for months.",
    ],
)
def test_one_states_organs_working_together_make_no_relation(text: str) -> None:
    assert not _pairs(text), _pairs(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The US State Department will work with Mexico's foreign ministry on the border.", "COOPERATE"),
        ("Pakistan's army arrested Imran Khan, the former prime minister.", "COERCE"),
    ],
)
def test_organs_of_two_states_or_coercion_within_one_stay(text: str, kept: str) -> None:
    assert kept in {t for _, t, _ in _pairs(text)}, _pairs(text)
