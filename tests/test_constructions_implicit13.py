"""Implicit parties (round 13): events whose party the sentence leaves to the side a phrase stands for.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
Expectations are state level (see the ``coded`` fixture in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]
Coded = Callable[[str], dict[str, set[str]]]


# --- "held discussions with X": a discussion is a meeting with its with/between party --------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Norway held discussions with Colombia on Monday.", ["NOR CONSULT COL"]),
        (
            "The Kenyan envoy said Nairobi had held discussions with Somalia over the border.",
            ["KEN CONSULT SOM"],
        ),
        ("Discussions between Serbia and Kosovo resumed in Brussels on Monday.", ["SRB CONSULT KSV"]),
        (
            "Portugal's prime minister had discussions with the Angolan president on debt relief.",
            ["PRT CONSULT AGO"],
        ),
        # unnamed people acting for a named side: the side they are from
        (
            "The African Union said that it had held discussions with representatives from Egypt.",
            ["AU CONSULT EGY"],
        ),
    ],
)
def test_discussion_with_is_a_meeting(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    "text",
    [
        # a discussion nobody else takes part in is no meeting
        "Lawmakers in Chile began discussions on a new constitution.",
        "The discussion in Brazil's senate lasted until midnight.",
    ],
)
def test_discussion_without_a_party_is_no_event(coded: Coded, text: str) -> None:
    assert not any(" CONSULT " in k for k in coded(text)), coded(text)


# --- "the country", "the nation": the state last named ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Peruvian President Dina Boluarte said the country will not recognize Maduro's government.",
            ["PER REJECT VEN"],
        ),
        (
            "Ghana's president said the country will send troops to help Mali.",
            ["GHA AID MLI"],
        ),
        (
            "Japan imposed new export curbs on Monday. The country also accused China of dumping steel.",
            ["JPN ACCUSE CHN"],
        ),
        (
            "Kazakhstan's president said on Monday that the nation would deepen cooperation with China.",
            ["KAZ COOPERATE CHN"],
        ),
        (
            "Chile's foreign minister spoke in Santiago on Monday. He said the nation would expel"
            " Russia's ambassador.",
            ["CHL SANCTION RUS"],
        ),
        # a state that speaks of "the country" speaks of another: the last other state named
        (
            "Sweden applied to join NATO in May. Turkey said the country must stop supporting Kurdish"
            " militants.",
            ["TUR REQUEST SWE"],
        ),
    ],
)
def test_the_country_is_the_state_last_named(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a place, no party
        ("Protests spread across the country after Kenya raised fuel taxes.", ["KEN PROTEST KEN"]),
        # a description names a state the last one named often is not
        (
            "Modi will travel to Mauritius, which won independence from Britain. He will discuss"
            " defense ties with the island nation.",
            ["IND CONSULT GBR", "IND COOPERATE GBR"],
        ),
        # "the country's" mostly is the own state of whoever the clause is about
        (
            "Since the war ended, France and other European nations have called for a government in"
            " Lebanon that protects the country's religious minorities.",
            ["LBN AID FRA", "FRA AID FRA"],
        ),
        # the clause's own subject is not "the country" it acts on
        (
            "Iraq's prime minister flew to Tehran on Sunday. He praised the country for its help against"
            " the Islamic State.",
            ["IRQ AGREE IRQ", "IRQ SUPPORT IRQ"],
        ),
    ],
)
def test_the_country_guards(expect: Expect, text: str, unwanted: list[str]) -> None:
    expect(text, not_want=tuple(unwanted))


def test_the_countries_is_no_one_state(expect: Expect) -> None:
    # the plural is a group (counted groups and lists are read elsewhere), never the last state alone
    expect(
        "Japan imposed new export curbs on Monday. The countries also accused China of dumping steel.",
        not_want=("JPN ACCUSE CHN",),
    )
