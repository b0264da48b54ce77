"""Implicit parties (round 21): a state named by where it lies and what it is, not by its name ("the
Gulf kingdom", "the Central Asian republic", "the Pacific island state", "the Melanesian nation").

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

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


# --- an office named without its holder's name, when the holder's honorific sits between office and name


def _ends(relations_of: Callable[[str], tuple[ag.Relation, ...]], text: str, predicate: str) -> set[str]:
    """The names of both ends of every row whose predicate holds ``predicate``."""
    return {
        name
        for r in relations_of(text)
        if predicate in r.predicate
        for name in (r.source_name, r.target_name)
    }


@pytest.mark.parametrize(
    ("text", "predicate", "person"),
    [
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan arrived in Tehran on Saturday. Saudi"
            " Arabia's foreign minister met Iranian President Ebrahim Raisi.",
            "met",
            "Faisal bin Farhan",
        ),
        (
            "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani flew to Cairo. Qatar's prime"
            " minister met Egyptian President Abdel Fattah el-Sisi.",
            "met",
            "Mohammed bin Abdulrahman Al Thani",
        ),
        (
            "South African Foreign Minister Dr. Naledi Pandor visited Nairobi on Tuesday. Kenyan"
            " President William Ruto received South Africa's foreign minister at State House.",
            "received",
            "Naledi Pandor",
        ),
        (
            "Bahrain's foreign minister met Israel's foreign minister in Manama. Bahraini Foreign"
            " Minister Dr. Abdullatif al-Zayani and Israeli Foreign Minister Eli Cohen signed a deal.",
            "met",
            "Abdullatif al-Zayani",
        ),
        (
            "Ethiopian Foreign Minister Dr. Gedion Timothewos flew to Port Sudan on Sunday. Sudanese"
            " army chief Abdel Fattah al-Burhan received Ethiopia's foreign minister the next day.",
            "received",
            "Gedion Timothewos",
        ),
    ],
)
def test_an_honorific_after_the_office_is_not_part_of_it(
    relations_of: Callable[[str], tuple[ag.Relation, ...]], text: str, predicate: str, person: str
) -> None:
    assert person in _ends(relations_of, text, predicate)


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        (
            "Bahraini Crown Prince Sheikh Salman bin Hamad met French President Emmanuel Macron.",
            "Salman bin Hamad",
            "Crown Prince",
        ),
        (
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Turkish President Recep Tayyip Erdogan.",
            "Tamim bin Hamad Al Thani",
            "Emir",
        ),
        (
            "Kenyan Health Minister Dr. Susan Nakhumicha met Ugandan officials in Kampala.",
            "Susan Nakhumicha",
            "Health Minister",
        ),
    ],
)
def test_the_office_is_the_words_before_the_honorific(text: str, name: str, office: str) -> None:
    """ "Crown Prince" keeps its "Prince"; "Emir Sheikh X" is the emir; "Minister Dr. X" the minister."""
    actors = {a.name: a for a in ag.build([ag.Document(id="s", text=text)]).actors}
    assert actors[name].office == office
