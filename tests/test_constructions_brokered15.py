"""A settlement brokered by a third party (round 15): the mediator meets its parties.

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
        # the mediator hyphened to the participle, the parties the last fight's two sides
        (
            "Armenia and Azerbaijan have clashed repeatedly along their border. A Russia-brokered"
            " ceasefire took effect on Sunday.",
            ["RUS CONSULT ARM", "RUS CONSULT AZE", "ARM AGREE AZE"],
        ),
        # a demonym hyphened to "mediated"
        (
            "Kyrgyzstan and Tajikistan traded fire across their disputed frontier last week. A"
            " Turkish-mediated ceasefire was agreed on Friday.",
            ["TUR CONSULT KGZ", "TUR CONSULT TJK", "KGZ AGREE TJK"],
        ),
        # a by-agent in a participle set off by commas
        (
            "India and Pakistan exchanged artillery fire in Kashmir. The ceasefire, brokered by"
            " Washington, held overnight.",
            ["USA CONSULT IND", "USA CONSULT PAK"],
        ),
        # "under X mediation"
        (
            "Sudan's army clashed with South Sudan's army near Abyei. A truce brokered under Ethiopian"
            " mediation held for a week.",
            ["ETH CONSULT SDN", "ETH CONSULT SSD"],
        ),
        # the parties sign what the mediator brokered
        (
            "Rwanda and Congo signed a peace agreement brokered by Angola on Tuesday.",
            ["AGO CONSULT RWA", "AGO CONSULT COD"],
        ),
        # the mediator as the subject of an active "brokered a truce" that names no party
        (
            "Israel's army and Hezbollah exchanged fire across the border for weeks. Washington brokered"
            " a truce in November.",
            ["USA CONSULT ISR"],
        ),
        # the settlement's own between-parties
        (
            "The Qatar-brokered deal between Washington and the Taliban was signed in Doha.",
            ["QAT CONSULT USA"],
        ),
    ],
)
def test_a_mediator_meets_the_parties_of_what_it_brokered(
    expect: Expect, text: str, wanted: list[str]
) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # no fight told: a truce of no one the story names, whoever the sentence names besides
        (
            "A truce brokered by Norway in 2002 had long since collapsed, Sri Lanka's army said.",
            ["NOR CONSULT LKA", "LKA CONSULT NOR"],
        ),
        # a deal that is no truce takes no parties from the fight before it
        (
            "India and Pakistan exchanged artillery fire in Kashmir. A US-brokered trade deal was also"
            " discussed.",
            ["USA CONSULT IND", "USA CONSULT PAK"],
        ),
    ],
)
def test_no_parties_no_mediation(expect: Expect, text: str, unwanted: list[str]) -> None:
    expect(text, not_want=tuple(unwanted))


def test_a_truce_called_for_is_not_yet_brokered(coded: Callable[[str], dict[str, set[str]]]) -> None:
    found = coded(
        "Armenia and Azerbaijan have clashed repeatedly along their border. France called for a"
        " Russia-brokered ceasefire."
    )
    assert "hypothetical" in found.get("RUS CONSULT ARM", set()), sorted(found)


def test_a_truce_between_named_sides_keeps_the_lexicons_reading(expect: Expect) -> None:
    expect(
        "Russia brokered a ceasefire between Armenia and Azerbaijan in 2020.",
        want=("RUS CONSULT ARM", "RUS CONSULT AZE", "ARM AGREE AZE"),
    )
