"""Parties named in another sentence (round 20): whoever hosts, mediates or chairs "the talks" or "the
meeting" that an earlier sentence reported meets each of its participants.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

Expect = Callable[..., dict[str, set[str]]]


# --- "X hosted / mediated / chaired the talks": the talks just told -------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Kenyan and Ethiopian officials held talks in Nairobi on Monday over the disputed dam. Qatar"
            " hosted the talks.",
            ["QAT CONSULT KEN", "QAT CONSULT ETH"],
        ),
        (
            "The foreign ministers of Serbia and Kosovo met on Thursday. EU envoy Miroslav Lajcak, who"
            " mediated the meeting in Brussels, said little progress was made.",
            ["SVK CONSULT SRB", "SVK CONSULT KSV"],
        ),
        (
            "The presidents of Guyana and Venezuela met in Kingstown on Thursday. Prime Minister Ralph"
            " Gonsalves of Saint Vincent and the Grenadines chaired the meeting.",
            ["VCT CONSULT GUY", "VCT CONSULT VEN"],
        ),
        (
            "Pakistani and Afghan officials held a new round of talks in Istanbul. Turkey and Qatar"
            " brokered the talks, officials said.",
            ["TUR CONSULT PAK", "TUR CONSULT AFG", "QAT CONSULT PAK", "QAT CONSULT AFG"],
        ),
        (
            "Delegations from Sudan and South Sudan opened negotiations on oil transit fees in Juba. The"
            " negotiations were mediated by the African Union.",
            ["AU CONSULT SDN", "AU CONSULT SSD"],
        ),
    ],
)
def test_who_runs_the_meeting_just_told_meets_its_sides(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # another meeting, not the one told: no party of the first
        (
            "Kenya and Ethiopia held talks on Monday. Qatar hosted a summit of Gulf leaders in Doha.",
            [],
            ["QAT CONSULT KEN", "QAT CONSULT ETH"],
        ),
        # the talks name their own sides
        (
            "Kenya and Ethiopia held talks on Monday. Three days later, Qatar hosted the talks between"
            " Sudan and Chad.",
            ["QAT CONSULT SDN", "QAT CONSULT TCD"],
            ["QAT CONSULT KEN", "QAT CONSULT ETH"],
        ),
        # a host that is one of the sides meets the other only
        (
            "Kenya and Ethiopia held talks on Monday. The talks were hosted by Ethiopia.",
            ["ETH CONSULT KEN"],
            ["ETH CONSULT ETH"],
        ),
    ],
)
def test_running_another_meeting_stays_apart(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))


# --- delegation leaders: "A led the X delegation ... the Y delegation was led by B": A meets B ---------

Relations = Callable[[str], tuple[ag.Relation, ...]]


def _met(relations: tuple[ag.Relation, ...]) -> set[frozenset[str]]:
    """The pairs of names that meet (CONSULT), either way round."""
    return {frozenset((r.source_name, r.target_name)) for r in relations if r.type == "CONSULT"}


@pytest.mark.parametrize(
    ("text", "leaders"),
    [
        (
            "Uzbek and Afghan officials held talks in Termez on Saturday. The Uzbek delegation was led by"
            " Deputy Prime Minister Jamshid Khodjaev, while the Afghan delegation was led by acting Foreign"
            " Minister Amir Khan Muttaqi.",
            ("Jamshid Khodjaev", "Amir Khan Muttaqi"),
        ),
        (
            "Kenya and Somalia opened border talks in Nairobi on Monday. The Somali delegation, headed by"
            " Foreign Minister Ahmed Moallim Fiqi, arrived on Sunday. The Kenyan delegation was led by"
            " Foreign Minister Musalia Mudavadi.",
            ("Musalia Mudavadi", "Ahmed Moallim Fiqi"),
        ),
        (
            "Ghana and Togo held a joint commission meeting in Accra this week. Ghanaian Foreign Minister"
            " Shirley Ayorkor Botchwey led the Ghanaian delegation. The Togolese delegation was headed by"
            " Foreign Minister Robert Dussey.",
            ("Shirley Ayorkor Botchwey", "Robert Dussey"),
        ),
        (
            "Egypt and Sudan held talks on the Nile dam in Cairo. Egyptian Foreign Minister Sameh Shoukry,"
            " who led the Egyptian delegation, said the talks were useful. Sudanese Foreign Minister Ali"
            " al-Sadiq led the Sudanese delegation.",
            ("Sameh Shoukry", "Ali al-Sadiq"),
        ),
        (
            "Serbia and Hungary held energy talks in Budapest on Monday. The Hungarian delegation was headed"
            " by Foreign Minister Peter Szijjarto, and the Serbian delegation was led by Energy Minister"
            " Dubravka Djedovic.",
            ("Peter Szijjarto", "Dubravka Djedovic"),
        ),
    ],
)
def test_the_leaders_of_two_delegations_meet(
    relations_of: Relations, text: str, leaders: tuple[str, str]
) -> None:
    met = _met(relations_of(text))
    assert frozenset(leaders) in met, sorted(map(sorted, met))


def test_a_leader_whose_counterpart_is_unnamed_meets_the_other_state(expect: Expect) -> None:
    expect(
        "Kenya and Somalia held talks in Nairobi on Monday. The Kenyan delegation was led by Foreign"
        " Minister Musalia Mudavadi.",
        want=("KEN CONSULT SOM",),
        not_want=("KEN CONSULT KEN",),
    )


def test_leading_ones_own_delegation_meets_no_one_of_ones_own_state(expect: Expect) -> None:
    expect(
        "Ghana and Togo held a joint commission meeting in Accra this week. Ghanaian Foreign Minister"
        " Shirley Ayorkor Botchwey led the Ghanaian delegation.",
        want=("GHA CONSULT TGO",),
        not_want=("GHA CONSULT GHA",),
    )


# --- a delegation and its own leader are one side, no pair of their own ----------------------------


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (
            "Kenyan officials met Somali representatives on Monday. The Somali delegation, led by Foreign"
            " Minister Ahmed Moallim Fiqi, arrived for the talks in Nairobi on Sunday.",
            "SOM CONSULT SOM",
        ),
        (
            "A Ugandan delegation, headed by Foreign Minister Jeje Odongo, held talks in Kigali on Tuesday.",
            "UGA CONSULT UGA",
        ),
        (
            "The Nigerian delegation, led by Foreign Minister Yusuf Tuggar, signed an agreement in Accra on"
            " Friday.",
            "NGA AGREE NGA",
        ),
        (
            "A Malaysian delegation led by Foreign Minister Mohamad Hasan held consultations in Jakarta this"
            " week.",
            "MYS CONSULT MYS",
        ),
        (
            "The Chilean delegation, headed by Foreign Minister Alberto van Klaveren, took part in the"
            " negotiations in Lima.",
            "CHL CONSULT CHL",
        ),
    ],
)
def test_a_delegation_and_its_leader_make_no_pair(expect: Expect, text: str, unwanted: str) -> None:
    expect(text, not_want=(unwanted,))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a state's army and a rebel force of the same state still fight each other
        ("The Sudanese army and the Rapid Support Forces clashed in Khartoum on Monday.", "SDN ASSAULT SDN"),
        # the delegation and its leader still meet the other side
        (
            "A Ugandan delegation, headed by Foreign Minister Jeje Odongo, held talks with Rwandan officials"
            " in Kigali on Tuesday.",
            "UGA CONSULT RWA",
        ),
    ],
)
def test_sides_that_are_not_one_state_and_its_own_stay_paired(expect: Expect, text: str, wanted: str) -> None:
    expect(text, want=(wanted,))
