"""Implicit parties (round 21): a state named by where it lies and what it is, not by its name ("the
Gulf kingdom", "the Central Asian republic", "the Pacific island state", "the Melanesian nation").

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "the Gulf kingdom", "the Central Asian republic": the last state named that lies there -------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "The European Union opened talks with Kyrgyzstan on Monday. Brussels praised the Central"
            " Asian republic for its reforms.",
            ["EU SUPPORT KGZ"],
        ),
        (
            "Morocco's king received Spain's prime minister in Rabat. Madrid later criticized the North"
            " African kingdom over a fishing dispute.",
            ["ESP ACCUSE MAR"],
        ),
        (
            "Papua New Guinea signed a security pact with Australia last month. China criticised the"
            " Pacific island state for the decision.",
            ["CHN ACCUSE PNG"],
        ),
        (
            "Iran's foreign minister flew to Doha on Sunday. Tehran urged the Gulf emirate to keep its"
            " airspace closed to foreign warplanes.",
            ["IRN REQUEST QAT"],
        ),
        (
            "India sent a trade delegation to Bhutan last week. New Delhi accused the Himalayan kingdom"
            " of delaying a hydropower project.",
            ["IND ACCUSE BTN"],
        ),
        (
            "Senegal's president visited Mauritania on Friday. Dakar praised the West African state"
            " for its help with gas exports.",
            ["SEN SUPPORT MRT"],
        ),
    ],
)
def test_a_region_and_a_kind_of_state_is_the_last_state_named_there(
    expect: Expect, text: str, wanted: list[str]
) -> None:
    expect(text, want=tuple(wanted))


# --- region words the list lacked: "Melanesian", "Caucasian", "Polynesian" ---------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Australia pledged new aid to Vanuatu on Tuesday. Canberra also criticized the Melanesian"
            " nation for its debts to Beijing.",
            ["AUS ACCUSE VUT"],
        ),
        (
            "Turkey's foreign minister met his Georgian counterpart in Ankara. Russia criticized the"
            " Caucasian country for hosting the talks.",
            ["RUS ACCUSE GEO"],
        ),
        (
            "New Zealand signed a fisheries deal with Tonga. China praised the Polynesian kingdom for"
            " its neutrality.",
            ["CHN SUPPORT TON"],
        ),
        (
            "Iran's president flew to Azerbaijan on Sunday. Tehran later accused the South Caucasus"
            " republic of hosting Israeli drones.",
            ["IRN ACCUSE AZE"],
        ),
        (
            "Indonesia hosted Fiji's prime minister in Jakarta. Jakarta praised the Melanesian country"
            " for its stance on climate finance.",
            ["IDN SUPPORT FJI"],
        ),
    ],
)
def test_more_region_words_name_where_the_state_lies(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


# --- guards: no region, another region, a name, a place -----------------------------------------


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        (  # a state of another region: no one
            "Egypt hosted talks with Kazakhstan on Monday. Cairo criticized the Gulf kingdom over"
            " oil prices.",
            ["EGY ACCUSE KAZ"],
        ),
        (  # a description that names no region: left as it was
            "Kenya signed a trade deal with Ethiopia. Nairobi criticized the landlocked state for"
            " closing its border.",
            ["KEN ACCUSE ETH"],
        ),
        (  # bare "the state": not a description of where a state lies
            "Nigeria's president met Ghana's leader in Abuja. Protesters criticized the state for"
            " failing to pay salaries.",
            ["NGA ACCUSE GHA"],
        ),
        (  # a demonym names its state itself
            "Pakistan and Afghanistan exchanged fire on the border. Kabul accused the Pakistani state"
            " of sheltering militants.",
            ["AFG ACCUSE AFG"],
        ),
    ],
)
def test_guards_for_described_states(expect: Expect, text: str, unwanted: list[str]) -> None:
    expect(text, not_want=tuple(unwanted))


def test_a_named_republic_is_its_name(expect: Expect) -> None:
    """ "the Central African Republic" is a name, not a description of a state already named."""
    expect(
        "Chad closed its border with Cameroon on Monday. France criticized the Central African"
        " Republic over the attacks.",
        want=("FRA ACCUSE CAF",),
        not_want=("FRA ACCUSE TCD", "FRA ACCUSE CMR"),
    )
