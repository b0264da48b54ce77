"""Implicit parties (round 20): the officials, organs or states of a pair named by a plural with no
name of their own ("The ministers agreed ...", "Both governments agreed ...") after a two-sided event.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "the ministers", "the delegations", "the countries" with no count: the pair just told ---------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Senegal's foreign minister hosted his Mauritanian counterpart in Dakar on Tuesday. The"
            " ministers signed a memorandum on joint patrols.",
            ["SEN AGREE MRT"],
        ),
        (
            "Kenya and Tanzania held talks in Nairobi over fishing rights in Lake Victoria. The foreign"
            " ministries agreed to set up a joint border committee.",
            ["KEN AGREE TZA"],
        ),
        (
            "Bolivian and Paraguayan negotiators met in Asuncion on Thursday. The delegations agreed to"
            " extend the river transit accord.",
            ["BOL AGREE PRY"],
        ),
        (
            "Argentina and Chile discussed water rights on Monday. The countries agreed to share data on"
            " melting glaciers.",
            ["ARG AGREE CHL"],
        ),
        (
            "Ghana's trade minister received a Togolese delegation in Accra. The governments signed a"
            " protocol to cut tariffs on cross-border trade.",
            ["GHA AGREE TGO"],
        ),
    ],
)
def test_an_uncounted_plural_is_the_pair_just_told(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


# --- "both governments", "the two governments": the pair, not the story's state -------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Senegal and Mauritania held talks in Dakar over fishing licences. Both governments agreed to"
            " reopen the border.",
            ["SEN AGREE MRT"],
        ),
        (
            "Vietnam's foreign minister met his Philippine counterpart in Hanoi on Monday. The two"
            " governments agreed to open a coast guard hotline.",
            ["VNM AGREE PHL"],
        ),
        (
            "Uruguay's president visited Brazil last week. Both governments signed a deal on a new"
            " bridge over the Jaguarao river.",
            ["URY AGREE BRA"],
        ),
        (
            "Indonesia and Malaysia resumed border talks in Kuching. The two governments reached an"
            " agreement on the maritime boundary.",
            ["IDN AGREE MYS"],
        ),
        (
            "Nepal's prime minister held talks with Indian officials in New Delhi. Both governments"
            " signed an accord on a new power line.",
            ["NPL AGREE IND"],
        ),
    ],
)
def test_counted_governments_are_the_pair(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


# --- guards --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # three sides: no pair
        (
            "Ministers of Peru, Ecuador and Colombia met in Quito. The ministers agreed to coordinate"
            " border patrols.",
            [],
            ["PER AGREE ECU", "ECU AGREE COL", "PER AGREE COL"],
        ),
        # "the opposition leaders" are others than the pair
        (
            "Kenya and Somalia held talks in Nairobi. The opposition leaders agreed to boycott the vote.",
            [],
            ["KEN AGREE SOM"],
        ),
        # a plural inside quotation marks is the speaker's to resolve
        (
            "Kenya and Somalia held talks in Nairobi. \u201cThe countries agreed nothing,\u201d an"
            " analyst said.",
            [],
            ["KEN AGREE SOM"],
        ),
        # ministers with a state of their own are that state's
        (
            "Kenya and Tanzania held talks in Nairobi. The ministers of Uganda criticised the deal.",
            [],
            ["KEN AGREE TZA", "KEN ACCUSE TZA"],
        ),
        # a bare plural object is no subject of the pair
        (
            "Kenya and Tanzania held talks in Nairobi. Ethiopia praised the ministers.",
            [],
            ["KEN AGREE TZA"],
        ),
    ],
)
def test_plural_groups_guards(expect: Expect, text: str, wanted: list[str], unwanted: list[str]) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))
