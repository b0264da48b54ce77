"""The guidelines' conventions (``tests/data/voa/README.md``, "Guidelines"), round 16.

"Delaying or lifting a measure [is] CONCEDE": an exemption, waiver or reprieve from a measure that
one side grants, gives, offers or extends to another lifts the measure for it, so the grantor concedes
to the one exempted (PLOVER CONCEDE 081, "ease sanctions"), in the grant's mood. Sentences written for
these tests (none comes from a gold file); each failed before (the grant was read as COOPERATE or
nothing), and the guards keep a grant of something else as it was.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Washington granted Ottawa an exemption from the new steel tariffs.",
            ["USA CONCEDE CAN"],
            ["USA COOPERATE CAN"],
        ),
        ("The United States gave India a waiver to keep buying Iranian oil.", ["USA CONCEDE IND"], []),
        (
            "South Korea was granted a temporary exemption by the United States.",
            ["USA CONCEDE KOR"],
            ["USA COOPERATE KOR"],
        ),
        ("The European Union offered Britain a reprieve from the carbon levy.", ["EU CONCEDE GBR"], []),
        ("Brussels extended the waiver for Serbia by another six months.", ["EU CONCEDE SRB"], []),
        ("China granted exemptions to Australia on some of the wine duties.", ["CHN CONCEDE AUS"], []),
    ],
)
def test_exemption_granted_concedes(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, tuple(wanted), tuple(unwanted))


def test_exemption_refused_is_negated(coded: Coded) -> None:
    found = coded("Japan has not been granted an exemption by Washington.")
    assert "USA CONCEDE JPN" in found and "negated" in found["USA CONCEDE JPN"], found


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # guards: a grant of something else is not relief from a measure
        ("Japan granted Vietnam a loan for the new railway.", [], ["JPN CONCEDE VNM"]),
        ("Germany granted asylum to a Russian opposition activist.", [], ["DEU CONCEDE RUS"]),
        # relief asked for is a request, not the concession
        (
            "India asked the United States for a waiver from the sanctions.",
            [],
            ["IND CONCEDE USA", "USA CONCEDE IND"],
        ),
    ],
)
def test_other_grants_stay(expect: Expect, text: str, wanted: list[str], unwanted: list[str]) -> None:
    expect(text, tuple(wanted), tuple(unwanted))


# --- "IGO membership ... AFFILIATION where the text states it" ---------------------------------------------
# A state said to be a member ("X is a founding member of Y", "A and B are members of Y"), and the states a
# noun of Y's members names ("five ASEAN countries, including A and B", "OPEC members such as A", "EU states
# A and B"). Each failed before but the apposed member, which the descriptions of a state already read; the
# guards (membership denied, hoped for, or an outsider's or candidate's) stay without the edge.


def _memberships(text: str) -> set[str]:
    result = ag.build([ag.Document(id="s", text=text)])
    return {f"{r.source_id} {r.target_id}" for r in result.relations if r.type == "AFFILIATION"}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Australia is a founding member of the Pacific Islands Forum.", ["AUS PIF"]),
        ("Chile and Peru are members of APEC.", ["CHL APEC", "PER APEC"]),
        ("Five ASEAN countries, including Myanmar and Laos, skipped the summit.", ["MMR ASEAN", "LAO ASEAN"]),
        ("OPEC members such as Nigeria and Algeria cut output.", ["NGA OPEC", "DZA OPEC"]),
        ("The largest African Union member, Nigeria, pledged troops.", ["NGA AU"]),
        ("G7 nations like Japan and Canada backed the plan.", ["JPN G7", "CAN G7"]),
        # a state chairing an organisation is a member of it; a prefix of a quality keeps the membership
        ("Indonesia, the incoming ASEAN chair, hosted the summit.", ["IDN ASEAN"]),
        ("Angola is the current chair of the African Union.", ["AGO AU"]),
        ("As chair of the Pacific Islands Forum, Tonga hosted the leaders.", ["TON PIF"]),
        ("Vietnam, as chair of ASEAN, pressed for a code of conduct.", ["VNM ASEAN"]),
        ("Ghana is a non-permanent member of the UN Security Council.", ["GHA UNSC"]),
    ],
)
def test_igo_membership_stated(text: str, wanted: list[str]) -> None:
    found = _memberships(text)
    assert set(wanted) <= found, found


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Ukraine is not a member of NATO.", "UKR NATO"),
        ("Georgia hopes to become a member of the European Union.", "GEO EU"),
        ("ASEAN partners such as Japan and Australia attended.", "JPN ASEAN"),
        ("Non-EU countries such as Norway joined the scheme.", "NOR EU"),
        ("EU candidate countries such as Serbia must align.", "SRB EU"),
        ("Kenya criticised the AU chair.", "KEN AU"),
        ("The chair of the African Union, Moussa Faki, met Kenya's president.", "KEN AU"),
    ],
)
def test_igo_membership_not_stated(text: str, unwanted: str) -> None:
    found = _memberships(text)
    assert unwanted not in found, found
