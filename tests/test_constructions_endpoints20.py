"""Endpoints (round 20): a name right after an office "of" a state ("the Foreign Minister of Japan
Taro Kono", "the ambassador of Indonesia Budi Santoso").

The tagger often leaves the name after the state untagged (it reads "Japan Taro Kono" as one run of
proper nouns and keeps only the place), so the office's act went to the state of its "of" phrase: the
person the office names was lost and the pair fell to the state level on one side only. The name is
the holder of the office, a person of that state. A state's name followed by no name, or by a body's
name, stays as it was; so does an office of one state "for" another (not handled).

Every sentence here was written for these tests (none comes from a gold file), with different actors and
wording from the development stories.
"""

from __future__ import annotations

import pytest

import actorgraph as ag

OFFICES_OF_STATES = [
    # (text, the holder's name, his state, the other side of the act)
    (
        "The Foreign Minister of Japan Taro Kono met Sergey Lavrov in Tokyo.",
        "Taro Kono",
        "JPN",
        "Sergey Lavrov",
    ),
    (
        "Sergey Lavrov held talks with the Foreign Minister of Japan Taro Kono in Moscow on Tuesday.",
        "Taro Kono",
        "JPN",
        "Sergey Lavrov",
    ),
    (
        "The Deputy Foreign Minister of Vietnam Le Hoai Trung met Cambodian officials in Phnom Penh.",
        "Le Hoai Trung",
        "VNM",
        "Cambodia",
    ),
    (
        "Anil Kumar met the Ambassador of Indonesia Budi Santoso on Monday.",
        "Budi Santoso",
        "IDN",
        "Anil Kumar",
    ),
    (
        "The Trade Minister of Malaysia Tengku Zafrul signed an accord with Singapore.",
        "Tengku Zafrul",
        "MYS",
        "Singapore",
    ),
]

#: The same with the title in lower case.
LOWER_CASE_OFFICES = [
    (
        "The foreign minister of Japan Taro Kono met Sergey Lavrov in Tokyo.",
        "Taro Kono",
        "JPN",
        "Sergey Lavrov",
    ),
    (
        "Anil Kumar met the ambassador of Indonesia Budi Santoso on Monday.",
        "Budi Santoso",
        "IDN",
        "Anil Kumar",
    ),
    (
        "The trade minister of Malaysia Tengku Zafrul signed an accord with Singapore.",
        "Tengku Zafrul",
        "MYS",
        "Singapore",
    ),
]

#: Names the tagger finds itself after such an office: they keep their state and their act.
TAGGED_OFFICES_OF_STATES = [
    (
        "The Vice Minister of Ghana Kwame Mensah will join the talks with Burkina Faso from Accra.",
        "Kwame Mensah",
        "GHA",
        "Burkina Faso",
    ),
    (
        "The President of Tajikistan Rustam Nazarov signed a border deal with Kyrgyzstan on Friday.",
        "Rustam Nazarov",
        "TJK",
        "Kyrgyzstan",
    ),
    (
        "Peru recalled its ambassador after the Defence Minister of Chile Luis Navarro accused Lima of"
        " spying.",
        "Luis Navarro",
        "CHL",
        "Peru",
    ),
]


def _people(result: ag.Result) -> dict[str, ag.Actor]:
    return {a.name: a for a in result.actors if a.type == "person"}


def _names(result: ag.Result, relation: ag.Relation) -> set[str]:
    by_id = {a.id: a.name for a in result.actors}
    return {by_id[relation.source_id], by_id[relation.target_id]}


@pytest.mark.parametrize(
    ("text", "name", "state", "other"), OFFICES_OF_STATES + LOWER_CASE_OFFICES + TAGGED_OFFICES_OF_STATES
)
def test_the_name_after_an_office_of_a_state_holds_it(text: str, name: str, state: str, other: str) -> None:
    result = ag.build([ag.Document(id="s", text=text)], learned=False)
    people = _people(result)
    assert name in people, result.actors
    assert people[name].country == state, people[name]
    pairs = [_names(result, r) for r in result.relations if r.type != "AFFILIATION"]
    assert {name, other} in pairs, result.relations


NO_NAME_AFTER = [
    # (text, a relation that must stay)
    ("The Foreign Minister of Japan met Sergey Lavrov in Tokyo.", "JPN CONSULT"),
    ("The President of Kenya Airways met the Ugandan transport minister.", None),
    ("The Ambassador of Mexico Chamber of Commerce met Canadian officials in Ottawa.", None),
    ("The people of Japan Rise Up movement met the foreign minister of Peru in Lima.", None),
]


@pytest.mark.parametrize(("text", "kept"), NO_NAME_AFTER)
def test_no_name_after_the_state_makes_no_person(text: str, kept: str | None) -> None:
    result = ag.build([ag.Document(id="s", text=text)], learned=False)
    assert not [p for p in _people(result) if p not in {"Sergey Lavrov"}], result.actors
    if kept is not None:
        coded = {f"{r.source_id} {r.type}" for r in result.relations} | {
            f"{r.target_id} {r.type}" for r in result.relations
        }
        assert kept in coded, result.relations
