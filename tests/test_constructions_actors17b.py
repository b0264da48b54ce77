"""Actors round 17, second pass: the state of an office holder placed "in" a state ("Prime Minister X in
Tonga"), and which namesake a bare family name names.

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


# --- namesakes: the one the story already called by the family name alone keeps it ----------------


def _last_bare(text: str, surname: str) -> str:
    result = ag.build([ag.Document(id="t", text=text)], learned=False)
    return max((m for m in result.mentions if m.text == surname), key=lambda m: m.start).actor_id


@pytest.mark.parametrize(
    ("text", "surname", "person"),
    [
        (
            "Businessman Karim Haddad was kidnapped near the border in 2022. Haddad was freed by the army a"
            " year later. His brother Nabil Haddad thanked Lebanon for the rescue. Haddad now lives in"
            " Paris.",
            "Haddad",
            "P_KARIM_HADDAD",
        ),
        (
            "Mehmet Demir was arrested in Ankara in 2021. Demir denies the charges. His son Ali Demir asked"
            " Germany for help. Demir is due in court next week.",
            "Demir",
            "P_MEHMET_DEMIR",
        ),
        (
            "Omar Saleh was sentenced to ten years by a court in Cairo. Saleh rejected the verdict. His"
            " daughter Laila Saleh called on France to press Egypt. Saleh has been held since 2020.",
            "Saleh",
            "P_OMAR_SALEH",
        ),
        (
            "Lucas Moreau was held by Mali's junta for six months. Moreau was released in a prisoner swap."
            " His mother Claire Moreau thanked Qatar for mediating. Moreau arrived home on Sunday.",
            "Moreau",
            "P_LUCAS_MOREAU",
        ),
        (
            "Rafael Duarte was detained in Venezuela in January. Duarte says he was beaten. His father Miguel"
            " Duarte asked Portugal for consular help. Duarte lost his appeal this week.",
            "Duarte",
            "P_RAFAEL_DUARTE",
        ),
    ],
)
def test_a_family_name_the_story_used_alone_stays_with_its_first_bearer(
    text: str, surname: str, person: str
) -> None:
    assert _last_bare(text, surname) == person


def test_a_family_name_first_used_alone_after_both_are_named_is_the_last_named() -> None:
    # guard: no bare name before the second namesake: the one named last before it, as before
    text = (
        "Maria Soto met Chilean officials on Monday. Her brother Diego Soto urged Peru to act. Soto said the"
        " talks would continue."
    )
    assert _last_bare(text, "Soto") == "P_DIEGO_SOTO"


def test_a_family_name_told_apart_by_generation_is_the_last_named() -> None:
    # guard: "the younger X" tells the namesakes apart: the one named last before it, as before
    text = (
        "Sami Mansour was jailed in Bahrain in 2019. Mansour has refused to sign a confession. His son Adel"
        ' Mansour spoke to reporters in London. "We will not stop," the younger Mansour said.'
    )
    assert _last_bare(text, "Mansour") == "P_ADEL_MANSOUR"
