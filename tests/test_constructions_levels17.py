"""A leader the data spells with a generational "Jr." is the one the news names without it (round 17).

"President Ferdinand Marcos said Manila had summoned China's envoy" made a new person of no state:
the data knows "Ferdinand Marcos Jr." alone, so the president's own act had no state, his
paraphrase of his state's act was the state's only, and a person with no state took no level.
The bare spelling is the record's where no other record of the data is spelled so ("Ferdinand E.
Marcos", his father, keeps his own spelling).

Every sentence here was written for these tests (none comes from a gold file).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag
from actorgraph.actors.gazetteer import load_gazetteer

Relations = Callable[[str], tuple[ag.Relation, ...]]


def _rows(relations_of: Relations, text: str) -> set[str]:
    """Events as "SOURCE_ID TYPE TARGET_ID"."""
    return {f"{r.source_id} {r.type} {r.target_id}" for r in relations_of(text)}


# --- the president's own act, at both levels where he voices his state's --------------------------

BARE = [
    (
        "President Ferdinand Marcos said the Philippines had summoned Beijing's ambassador on Tuesday.",
        "P_MARCOS ACCUSE CHN",
    ),
    (
        "On Friday, President Ferdinand Marcos announced that Manila would file a new diplomatic protest"
        " against China.",
        "P_MARCOS ACCUSE CHN",
    ),
    (
        "President Ferdinand Marcos met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.",
        "P_MARCOS CONSULT P_KISHIDA",
    ),
    (
        "Ferdinand Marcos, the Philippine president, praised Vietnam for its help after the typhoon.",
        "P_MARCOS SUPPORT VNM",
    ),
    (
        "Philippine President Ferdinand Marcos accused Chinese vessels of harassing fishermen near the"
        " shoal.",
        "P_MARCOS ACCUSE CHN",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE)
def test_bare_name_is_the_junior(relations_of: Relations, text: str, expected: str) -> None:
    assert expected in _rows(relations_of, text)


def test_no_person_of_no_state(relations_of: Relations) -> None:
    rows = relations_of(BARE[0][0])
    assert any(r.source_type == "person" for r in rows)
    assert all(r.source_country == "PHL" for r in rows if r.source_type == "person")


def test_father_keeps_his_spelling() -> None:
    gaz = load_gazetteer()
    bare, father = gaz.lookup("Ferdinand Marcos"), gaz.lookup("Ferdinand E. Marcos")
    assert bare is not None and bare.actor_id == "P_MARCOS"
    assert father is not None and father.actor_id == "P_FERDINAND_E_MARCOS"
