"""Actors round 17: sub-national polities that act on their own.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five, with different actors and wording, and guards that nearby constructions stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


def _sides(rels: tuple[ag.Relation, ...]) -> set[tuple[str, str]]:
    return {(r.source_id, r.target_id) for r in rels}


# --- a federal member state or an entity with a government of its own acts: an org of its state ------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Puntland suspended its cooperation with the federal government of Somalia.", ("PUNTLAND", "SOM")),
        ("Kenya signed a security pact with Jubaland last week.", ("KEN", "JUBALAND")),
        ("Republika Srpska accused Bosnia of violating the peace accord.", ("REPUBLIKA_SRPSKA", "BIH")),
        ("Galmudug accused the Somali government of arming rival clan militias.", ("GALMUDUG", "SOM")),
        ("Ethiopia pledged military support to Hirshabelle.", ("ETH", "HIRSHABELLE")),
    ],
)
def test_a_sub_national_polity_is_an_actor_of_its_own(
    relations_of: RelationsOf, text: str, pair: tuple[str, str]
) -> None:
    sides = _sides(relations_of(text))
    assert pair in sides, sides


@pytest.mark.parametrize(
    ("text", "actor", "state"),
    [
        ("Puntland rejected the election timetable.", "PUNTLAND", "SOM"),
        ("Leaders of Republika Srpska boycotted the vote.", "REPUBLIKA_SRPSKA", "BIH"),
    ],
)
def test_a_sub_national_polity_belongs_to_its_state(text: str, actor: str, state: str) -> None:
    result = ag.build([ag.Document(id="t", text=text)], learned=False)
    assert next(a for a in result.actors if a.id == actor).country == state


def test_a_place_in_a_polity_still_locates_an_attack(relations_of: RelationsOf) -> None:
    # guard: the polity is where the attack happened, no target of it
    sides = _sides(relations_of("Al-Shabab fighters attacked a Somali army base in Puntland on Monday."))
    assert not any("PUNTLAND" in pair for pair in sides), sides
