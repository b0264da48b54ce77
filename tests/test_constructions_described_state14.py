"""A state named by a description of where it lies (round 14): "the North African country", "the
Southeast Asian nation", "the Pacific island nation" is the state last named that lies there.

Every sentence here was written for these tests (none comes from a gold file), with different actors,
wording and sentence shapes, plus guards for its neighbours. Expectations are state level (see the
``coded`` fixture in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Morocco hosted the talks last week, and Portugal sent a delegation. Spain later pledged"
            " $50 million in aid to the North African country.",
            ["ESP AID MAR"],
            ["ESP AID PRT"],
        ),
        (
            "Vietnam's trade minister arrived in Tokyo on Monday. Japan held talks with the Southeast"
            " Asian nation on rare earths.",
            ["JPN CONSULT VNM"],
            [],
        ),
        (
            "Ghana held elections on Saturday, and France followed the vote closely. The United States"
            " praised the West African country for a peaceful vote.",
            ["USA SUPPORT GHA"],
            ["USA SUPPORT FRA"],
        ),
        (
            "Uzbekistan's president met Vladimir Putin in Moscow on Friday. China later pledged new"
            " loans to the Central Asian nation.",
            ["CHN AID UZB"],
            ["CHN AID RUS"],
        ),
        (
            "Fiji's prime minister thanked New Zealand for its help after the storm. Australia"
            " signed a security pact with the Pacific island nation.",
            ["AUS COOPERATE FJI"],
            ["AUS COOPERATE NZL"],
        ),
        (
            "Haiti's interim leader appealed for help, and Mexico offered shelter to migrants. Canada"
            " will deliver food aid to the Caribbean nation.",
            ["CAN AID HTI"],
            ["CAN AID MEX"],
        ),
    ],
)
def test_described_state_is_the_last_state_that_lies_there(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # no state named lies where the description says: no one
        (
            "Brazil and Argentina met in Buenos Aires on Monday. Spain then accused the African nation"
            " of blocking the deal.",
            ["ESP ACCUSE ARG", "ESP ACCUSE BRA"],
        ),
        # a description that says nothing of where the state lies stays unread
        (
            "Turkey was hit by a strong earthquake, and Greece offered help. Israel sent rescue teams to"
            " the ravaged country.",
            ["ISR AID GRC", "ISR MOBILIZE GRC"],
        ),
        # a place, no party
        (
            "Kenya raised fuel taxes on Monday. Protests spread across the East African country.",
            ["KEN PROTEST KEN"],
        ),
        # the clause's own subject is not the state it acts on
        (
            "Egypt's foreign minister met his Sudanese counterpart. The North African country urged"
            " an end to the fighting.",
            ["EGY REQUEST EGY"],
        ),
    ],
)
def test_described_state_guards(expect: Expect, text: str, unwanted: list[str]) -> None:
    expect(text, not_want=tuple(unwanted))
