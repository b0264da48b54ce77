"""Actors round 17, second pass: the state of an office holder placed "in" a state ("Prime Minister X in
Tonga").

Every sentence here was written for these tests (none comes from a gold file); each construction has
five, with different actors and wording, and guards that nearby constructions stay as they are.
"""

from __future__ import annotations

import pytest

import actorgraph as ag


def _country(text: str, person: str) -> str | None:
    result = ag.build([ag.Document(id="t", text=text)], learned=False)
    return next(a for a in result.actors if a.id == person).country


# --- "Prime Minister X in Tonga": the state named, not the story's ----------------------------------


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        (
            "China pledged new loans to Pacific nations on Monday. Prime Minister Mateo Kaitu in Vanuatu"
            " welcomed the offer.",
            "P_MATEO_KAITU",
            "VUT",
        ),
        (
            "Russia expanded its naval drills near the coast. Defense Minister Anton Kessler in Estonia"
            " condemned the move.",
            "P_ANTON_KESSLER",
            "EST",
        ),
        (
            "India sent grain to the region last week. Health Minister Rosa Almeida in Mozambique thanked"
            " the donors on Friday.",
            "P_ROSA_ALMEIDA",
            "MOZ",
        ),
        (
            "The United States held talks with Gulf states. Prime Minister Karim Haddad in Lebanon called"
            " for calm.",
            "P_KARIM_HADDAD",
            "LBN",
        ),
        (
            "Japan signed a fisheries deal on Tuesday. Its envoy later met Foreign Minister Tomas Reyes in"
            " Peru to discuss the catch limits.",
            "P_TOMAS_REYES",
            "PER",
        ),
    ],
)
def test_an_office_holder_in_a_named_state_is_of_it(text: str, person: str, state: str) -> None:
    assert _country(text, person) == state


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        # a city is where the person speaks, no state of the office: the story's state stays
        (
            "Floods hit Bangladesh this week. Relief Minister Enamur Rahman in Dhaka said aid was coming.",
            "P_ENAMUR_RAHMAN",
            "BGD",
        ),
        # a demonym on the title wins over the place the person visits
        (
            "Brazil hosted the talks. Kenyan Foreign Minister Musa Otieno in Brazil praised the deal.",
            "P_MUSA_OTIENO",
            "KEN",
        ),
        # no "in" phrase: the story's state, as before
        (
            "Floods hit Pakistan this week. Relief Minister Asad Qaiser said aid was coming.",
            "P_ASAD_QAISER",
            "PAK",
        ),
    ],
)
def test_an_office_holder_without_a_named_state_keeps_the_story_s(text: str, person: str, state: str) -> None:
    assert _country(text, person) == state
