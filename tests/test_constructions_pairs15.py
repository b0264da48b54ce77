"""The pair left implicit (round 15): "both" and "the leaders" after a two-sided event.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a subject "both" standing alone
        (
            "Kenya and Uganda held talks in Nairobi on Monday. Both agreed to reopen the border.",
            ["KEN AGREE UGA"],
        ),
        (
            "Vietnam and Laos held talks in Hanoi this week. Both agreed to expand rail links.",
            ["VNM AGREE LAO"],
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi. Both agreed to"
            " reopen the border.",
            ["KEN AGREE UGA"],
        ),
        # "the two leaders" where neither leader is named: the pair's states
        (
            "Kenya's president met his Ugandan counterpart in Nairobi on Monday. The two leaders agreed to"
            " reopen the border.",
            ["KEN AGREE UGA"],
        ),
        # "the leaders" with no count after a two-sided meeting
        (
            "Chile's president received the Argentine president at La Moneda. The leaders agreed to build a"
            " new tunnel.",
            ["CHL AGREE ARG"],
        ),
        (
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi. The leaders"
            " agreed to reopen the border.",
            ["KEN AGREE UGA"],
        ),
    ],
)
def test_both_and_the_leaders_are_the_pair_just_told(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # three sides: "both" and "the leaders" name no pair
        (
            "France, Germany and Italy held talks in Rome. Both agreed to coordinate aid.",
            ["FRA AGREE DEU", "DEU AGREE ITA", "FRA AGREE ITA"],
        ),
        (
            "Leaders of France, Germany and Italy met in Rome. The leaders agreed to coordinate aid.",
            ["FRA AGREE DEU", "DEU AGREE ITA", "FRA AGREE ITA"],
        ),
        # "all the political leaders" are others than the pair
        (
            "Kenya and Uganda held talks in Nairobi. All the political leaders agreed to attend the"
            " ceremony.",
            ["KEN AGREE UGA"],
        ),
    ],
)
def test_no_pair_no_both(expect: Expect, text: str, unwanted: list[str]) -> None:
    expect(text, not_want=tuple(unwanted))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Ethiopia's army clashed with Eritrean troops near Badme. Kenya urged both parties to respect the"
            " truce.",
            ["KEN REQUEST ETH", "KEN REQUEST ERI"],
        ),
        (
            "Ethiopia's army clashed with Eritrean troops near Badme. The United States and Kenya urged both"
            " sides to respect the truce.",
            ["USA REQUEST ETH", "KEN REQUEST ERI"],
        ),
        (
            "Indian troops exchanged fire with Chinese soldiers in Ladakh. Russia called on both sides"
            " to pull back.",
            ["RUS REQUEST IND", "RUS REQUEST CHN"],
        ),
        (
            "Thai soldiers fought Cambodian troops near the temple on Friday. Indonesia urged the two"
            " sides to hold talks.",
            ["IDN REQUEST THA", "IDN REQUEST KHM"],
        ),
        (
            "Armenian forces shelled Azerbaijani army positions overnight. France asked both parties"
            " to stop.",
            ["FRA REQUEST ARM", "FRA REQUEST AZE"],
        ),
    ],
)
def test_a_states_forces_in_the_pair_stand_for_their_state(
    expect: Expect, text: str, wanted: list[str]
) -> None:
    expect(text, want=tuple(wanted))


def test_a_third_organ_still_breaks_the_pair(expect: Expect) -> None:
    expect(
        "Ethiopia's army clashed with Eritrean troops and Sudanese police near the border. Kenya urged"
        " both parties to stop.",
        not_want=("KEN REQUEST ETH", "KEN REQUEST ERI"),
    )
