"""Parties named in another sentence (round 20): whoever hosts, mediates or chairs "the talks" or "the
meeting" that an earlier sentence reported meets each of its participants.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

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
