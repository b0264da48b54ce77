"""Type constructions of round 19: an offer or proposal to meet, host or mediate is the planned meeting
(a hypothetical CONSULT), no commitment beside it; ties downgraded or severed, named by a noun or a
participle, are a sanction, no cooperation; an offer of an act that a noun names ("offered recognition
of X") is that act, no aid.

Every sentence here was written for these tests (none comes from a gold file), with guards for the
constructions next to them: pledges and agreements to meet stay commitments, ties restored stay
agreements, strained ties stay no act, and money or goods offered stay aid.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


# --- an offer or proposal to meet, host or mediate: the planned meeting, no commitment --------------


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("Norway offered to host peace talks between Colombia and the ELN.", "NOR CONSULT COL"),
        ("Qatar offered to mediate between Sudan and Chad.", "QAT CONSULT SDN"),
        ("Turkey offered to meet Greek officials in Ankara next week.", "TUR CONSULT GRC"),
        ("Kenya proposed to hold talks with Somalia next month.", "KEN CONSULT SOM"),
        ("Switzerland has offered to host a meeting of Armenian and Azerbaijani envoys.", "CHE CONSULT ARM"),
    ],
)
def test_offer_to_meet_is_the_planned_meeting(coded: Coded, text: str, meeting: str) -> None:
    found = coded(text)
    assert "hypothetical" in found.get(meeting, set()), sorted(found)
    assert meeting.replace("CONSULT", "AGREE") not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a pledge or an agreement to meet stays a commitment, as the guidelines code intent to deepen ties
        ("Ghana pledged to hold talks with Togo.", ["GHA AGREE TGO"], []),
        ("India agreed to hold talks with Pakistan.", ["IND AGREE PAK"], []),
        # an offer of aid stays the aid offered
        ("Egypt offered to send troops to Somalia.", ["EGY AID SOM"], ["EGY CONSULT SOM"]),
    ],
)
def test_commitments_and_aid_offers_stay(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, tuple(wanted), tuple(unwanted))


# --- ties downgraded or severed, named by a noun or a participle: a sanction, no cooperation --------


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Jordan announced the downgrading of diplomatic ties with Israel.", "JOR SANCTION ISR"),
        (
            "The downgrading of relations between Chad and Sudan followed the border clash.",
            "TCD SANCTION SDN",
        ),
        ("Talks resumed after years of severed relations between Iran and Bahrain.", "IRN SANCTION BHR"),
        ("Suspended relations between Morocco and Algeria have hurt trade.", "MAR SANCTION DZA"),
        ("Peru marked a decade of broken ties with Chile.", "PER SANCTION CHL"),
    ],
)
def test_ties_cut_by_a_noun_or_participle(coded: Coded, text: str, cut: str) -> None:
    found = coded(text)
    assert cut in found and cut.replace("SANCTION", "COOPERATE") not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "The restoration of relations between Egypt and Turkey was welcomed.",
            ["EGY AGREE TUR"],
            ["EGY SANCTION TUR"],
        ),
        (
            "Close ties between Serbia and Hungary worry Brussels.",
            ["SRB COOPERATE HUN"],
            ["SRB SANCTION HUN"],
        ),
        (
            "Strained relations between Kenya and Uganda persisted.",
            [],
            ["KEN SANCTION UGA", "KEN COOPERATE UGA"],
        ),
        ("Bolivia severed diplomatic relations with Israel.", ["BOL SANCTION ISR"], ["BOL COOPERATE ISR"]),
    ],
)
def test_ties_kept_restored_or_strained_stay(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, tuple(wanted), tuple(unwanted))


# --- an offer of an act a noun names: that act, no aid ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Kenya offered diplomatic recognition to Kosovo.", "KEN SUPPORT KSV"),
        ("In return, Brazil offered recognition of Palestine.", "BRA SUPPORT PSE"),
        ("Chile offered an alliance to Peru.", "CHL COOPERATE PER"),
        # (the recipient a relative clause names as its object is not read yet: no row at all)
        ("Lima protested the backing that Mexico's president offered Bolivia.", None),
        ("Nigeria offered a partnership to Ghana in the energy sector.", "NGA COOPERATE GHA"),
    ],
)
def test_offered_act_is_no_aid(coded: Coded, text: str, act: str | None) -> None:
    found = coded(text)
    assert act is None or act in found, sorted(found)
    assert not any(" AID " in k for k in found), sorted(found)


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Japan offered $10 million to Haiti.", "JPN AID HTI"),
        ("Germany offered weapons to Ukraine.", "DEU AID UKR"),
        ("China offered humanitarian assistance to Myanmar.", "CHN AID MMR"),
    ],
)
def test_offered_goods_stay_aid(coded: Coded, text: str, aid: str) -> None:
    assert aid in coded(text), sorted(coded(text))
