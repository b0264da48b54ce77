"""A person the data spells with spaces where the news writes hyphens, or the other way round
("Abdel Fattah al-Burhan" / "Abdel-Fattah al-Burhan"), or without the accents the news writes
("Santiago Pena" / "Santiago Peña"), is the data's person, with its state.

Every sentence here was written for these tests (none comes from a gold file).
"""

from __future__ import annotations

import pytest

import actorgraph as ag


def _people(text: str) -> dict[str, str | None]:
    result = ag.build([ag.Document(id="s", text=text)], learned=False)
    return {a.id: a.country for a in result.actors if a.type == "person"}


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("Abdel-Fattah al-Burhan arrived in Cairo on Monday for talks.", "P_BURHAN", "SDN"),
        ("Jean Yves Le Drian flew to Beirut on Thursday.", "P_LE_DRIAN", "FRA"),
        ("On Sunday Hossein Amir Abdollahian spoke to reporters in Doha.", "P_AMIR_ABDOLLAHIAN", "IRN"),
        ("Kim Yong-nam attended the ceremony in Jakarta.", "P_KIM_YONG_NAM", "PRK"),
        ("Ali-Akbar Ahmadian travelled to Moscow last week.", "P_AHMADIAN", "IRN"),
    ],
)
def test_a_name_spelled_with_other_hyphens_is_the_data_person(text: str, person: str, state: str) -> None:
    people = _people(text)
    assert people.get(person) == state, people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the data's own spellings stay as they were
        ("Kim Jong-Un inspected a factory in Pyongyang.", "P_KIM_JONG_UN"),
        ("Abdel Fattah al-Burhan arrived in Cairo on Monday for talks.", "P_BURHAN"),
    ],
)
def test_the_data_spellings_still_name_the_person(text: str, person: str) -> None:
    assert person in _people(text)


@pytest.mark.parametrize(
    ("text", "person", "state"),
    [
        ("President Santiago Peña arrived in Brasilia on Tuesday for a summit.", "P_PENA", "PRY"),
        (
            "Commissioner Cecilia Malmström told reporters in Stockholm that the deal was close.",
            "P_MALMSTROM",
            "SWE",
        ),
        ("On Friday José Raul Mulino visited the canal locks.", "P_MULINO", "PAN"),
        ("Sebastian Piñera spoke at a forum in Madrid last year.", "P_PINERA", "CHL"),
        ("Mevlüt Cavusoglu landed in Baku on Wednesday.", "P_CAVUSOGLU", "TUR"),
    ],
)
def test_a_name_with_accents_the_data_leaves_out_is_the_data_person(
    text: str, person: str, state: str
) -> None:
    people = _people(text)
    assert people.get(person) == state, people
