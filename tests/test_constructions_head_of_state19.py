"""A state's "head of state" or "head of government" named without a name is the one leader of that
state the story names, whatever his office ("President X ... the Bolivian head of state"), as the
annotators code it; a plural, a vaguer "leader", or a state with none or two leaders named stays the
state.

Every sentence here was written for these tests (none comes from a gold file); the construction has
five, with different actors and wording, and guards that nearby constructions stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


def _sides(rels: tuple[ag.Relation, ...]) -> set[tuple[str, str]]:
    return {(r.source_id, r.target_id) for r in rels if r.type != "AFFILIATION"}


def _pair(rels: tuple[ag.Relation, ...], a: str, b: str) -> bool:
    return any({r.source_id, r.target_id} == {a, b} and r.type != "AFFILIATION" for r in rels)


@pytest.mark.parametrize(
    ("text", "person", "partner", "state"),
    [
        (
            "President Luis Arce of Bolivia addressed parliament on Friday. The Bolivian head of state "
            "accused Chile of blocking the talks.",
            "P_ARCE",
            "CHL",
            "BOL",
        ),
        (
            "Kenyan President William Ruto spoke to reporters in Nairobi on Sunday. Later the Kenyan head "
            "of state criticized Ethiopia over the border closure.",
            "P_RUTO",
            "ETH",
            "KEN",
        ),
        (
            "Prime Minister Jonas Gahr Store of Norway flew to Warsaw on Thursday. There the Norwegian "
            "head of government praised Poland for its support to Ukraine.",
            "P_STORE",
            "POL",
            "NOR",
        ),
        (
            "Ghanaian President John Mahama opened the trade forum in Accra. Speaking afterwards, the "
            "Ghanaian head of state thanked Nigeria for its help.",
            "P_MAHAMA",
            "NGA",
            "GHA",
        ),
        (
            "Chilean President Gabriel Boric arrived in Lima for the summit. On Tuesday the Chilean head "
            "of state met Argentina's foreign minister.",
            "P_BORIC",
            "ARG",
            "CHL",
        ),
    ],
)
def test_a_head_of_state_is_the_leader_the_story_names(
    relations_of: RelationsOf, text: str, person: str, partner: str, state: str
) -> None:
    rels = relations_of(text)
    assert _pair(rels, person, partner), _sides(rels)
    assert not _pair(rels, state, partner), _sides(rels)


@pytest.mark.parametrize(
    ("text", "state", "partner"),
    [
        # the story names no leader of that state: the state
        (
            "Kenyan Foreign Minister Musalia Mudavadi spoke in Nairobi. The Kenyan head of state later "
            "criticized Ethiopia over the border closure.",
            "KEN",
            "ETH",
        ),
        # two leaders of that state named: which one is not said, the state
        (
            "President Emmanuel Macron and Prime Minister Francois Bayrou spoke on Monday. The French head "
            "of government later criticized Algeria over the expulsions.",
            "FRA",
            "DZA",
        ),
        # several leaders: the state's
        (
            "President William Ruto spoke in Nairobi on Sunday. Kenyan leaders later criticized Ethiopia "
            "over the border closure.",
            "KEN",
            "ETH",
        ),
        # "leader" names party, group and supreme leaders too: the state, as before
        (
            "President Luis Arce of Bolivia addressed parliament on Friday. The Bolivian leader accused "
            "Chile of blocking the talks.",
            "BOL",
            "CHL",
        ),
    ],
)
def test_a_head_of_state_not_told_apart_stays_the_state(
    relations_of: RelationsOf, text: str, state: str, partner: str
) -> None:
    rels = relations_of(text)
    assert _pair(rels, state, partner), _sides(rels)
