"""Conventions of round 19: a plural office over a list of three or more states ("the foreign ministers
of Jordan, Egypt and Iraq met") is the states, as the studied gold codes every such list (five of five,
in four sets), even where the story names each office holder; over two states it stays the two people
the story names in that office (the counterparts rule of round 16).

Every sentence here was written for these tests (none comes from a gold file), with guards for the
constructions next to it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


def _ids(rels: tuple[ag.Relation, ...]) -> set[str]:
    return {r.source_id for r in rels} | {r.target_id for r in rels}


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Kenyan President William Ruto, Ugandan President Yoweri Museveni and Tanzanian President Samia"
            " Suluhu Hassan arrived in Arusha on Sunday. The presidents of Kenya, Uganda and Tanzania then"
            " met Rwanda's foreign minister.",
            ("KEN", "UGA", "TZA"),
        ),
        (
            "Egyptian Foreign Minister Sameh Shoukry, Jordanian Foreign Minister Ayman Safadi and Iraqi"
            " Foreign Minister Fuad Hussein spoke on Monday. Later the foreign ministers of Egypt, Jordan and"
            " Iraq condemned Israel.",
            ("EGY", "JOR", "IRQ"),
        ),
        (
            "Polish Prime Minister Donald Tusk and Latvian Prime Minister Evika Silina joined Lithuanian"
            " Prime Minister Ingrida Simonyte in Vilnius. Sweden's foreign minister spoke with the prime"
            " ministers of Poland, Lithuania and Latvia.",
            ("POL", "LTU", "LVA"),
        ),
        (
            "Nigerian Foreign Minister Yusuf Tuggar met Ghanaian Foreign Minister Shirley Ayorkor Botchwey"
            " and Senegalese Foreign Minister Yassine Fall in Abuja. Mali accused the foreign ministers of"
            " Nigeria, Ghana and Senegal of interference.",
            ("NGA", "GHA", "SEN"),
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva, Argentine President Javier Milei, Uruguayan"
            " President Luis Lacalle Pou and Paraguayan President Santiago Pena attended. The presidents of"
            " Brazil, Argentina, Uruguay and Paraguay criticized Venezuela.",
            ("BRA", "ARG", "URY", "PRY"),
        ),
    ],
)
def test_a_plural_office_over_three_or_more_states_is_the_states(
    relations_of: RelationsOf, text: str, states: tuple[str, ...]
) -> None:
    rels = relations_of(text)
    ids = _ids(rels)
    assert all(s in ids for s in states), sorted(ids)


def test_a_plural_office_over_two_states_stays_the_people_named(relations_of: RelationsOf) -> None:
    rels = relations_of(
        "Indian Foreign Minister Subrahmanyam Jaishankar and Chinese Foreign Minister Wang Yi arrived in"
        " Moscow. The foreign ministers of India and China then met Russia's president."
    )
    ids = _ids(rels)
    assert "P_JAISHANKAR" in ids and "IND" not in ids, sorted(ids)
