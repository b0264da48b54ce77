"""Precision, round 20: a plural office over two states whose holders the story names for one state only.

Every sentence here was written for these tests (none comes from a gold file); sentences with
different actors, wording and sentence shapes for the mechanism, plus guards for the nearby
constructions that must stay. Expectations are what a careful event coder writes down.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


def _sides(rels: tuple[ag.Relation, ...], predicate: str) -> set[tuple[str, str, str]]:
    return {(r.source_id, r.type, r.target_id) for r in rels if r.predicate.startswith(predicate)}


# --- "X arrived in Lome. The foreign ministers of Ghana and Togo signed ...": the story names Ghana's
# minister and not Togo's; the phrase is one pair at one level, the two states (not Ghana's minister and
# Togo, a pair no coder writes down) ---------------------------------------------------------------------

HALF_NAMED = [
    (
        "Ghana's Foreign Minister Samuel Ablakwa arrived in Lome on Monday. The foreign ministers of Ghana "
        "and Togo signed a border accord.",
        "signed",
        ("GHA", "AGREE", "TGO"),
    ),
    (
        "Kenyan Foreign Minister Musalia Mudavadi flew to Kampala. The foreign ministers of Kenya and Uganda "
        "agreed to reopen the border.",
        "agreed",
        ("KEN", "AGREE", "UGA"),
    ),
    (
        "Chilean President Gabriel Boric visited La Paz. The presidents of Chile and Bolivia signed a water "
        "deal.",
        "signed",
        ("CHL", "AGREE", "BOL"),
    ),
    (
        "Brazilian President Luiz Inacio Lula da Silva travelled to Buenos Aires. The presidents of Brazil "
        "and Argentina discussed a common currency.",
        "discussed",
        ("BRA", "CONSULT", "ARG"),
    ),
    (
        "Vietnamese Prime Minister Pham Minh Chinh visited Vientiane on Friday. The prime ministers of "
        "Vietnam and Laos signed a railway agreement.",
        "signed",
        ("VNM", "AGREE", "LAO"),
    ),
    (
        "Colombian President Gustavo Petro arrived in Caracas. The presidents of Colombia and Venezuela "
        "agreed to reopen their embassies.",
        "agreed",
        ("COL", "AGREE", "VEN"),
    ),
    (
        "Polish Foreign Minister Radoslaw Sikorski flew to Vilnius. The foreign ministers of Poland and "
        "Lithuania signed a pact on the gas pipeline.",
        "signed",
        ("POL", "AGREE", "LTU"),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "want"), HALF_NAMED)
def test_a_half_named_plural_office_is_the_two_states(
    relations_of: RelationsOf, text: str, predicate: str, want: tuple[str, str, str]
) -> None:
    sides = _sides(relations_of(text), predicate)
    assert sides == {want} or sides == {(want[2], want[1], want[0])}, sides


@pytest.mark.parametrize(
    ("text", "predicate", "want"),
    [
        # both holders named: the two people, as before
        (
            "Ghana's Foreign Minister Samuel Ablakwa met Togo's Foreign Minister Robert Dussey in Accra. The "
            "foreign ministers of Ghana and Togo signed a border accord.",
            "signed",
            ("P_SAMUEL_ABLAKWA", "AGREE", "P_ROBERT_DUSSEY"),
        ),
        # names after the plural office say who holds it: the two people stay
        (
            "Ghana's Foreign Minister Samuel Ablakwa arrived in Lome on Monday. The foreign ministers of "
            "Ghana and Togo, Samuel Ablakwa and Robert Dussey, signed a border accord.",
            "signed",
            ("P_SAMUEL_ABLAKWA", "AGREE", "P_ROBERT_DUSSEY"),
        ),
        # one state's office alone: the person the story names in it
        (
            "Kenyan Foreign Minister Musalia Mudavadi arrived in Kampala. The Kenyan foreign minister signed "
            "a trade deal with Uganda.",
            "signed",
            ("P_MUSALIA_MUDAVADI", "AGREE", "UGA"),
        ),
    ],
)
def test_whole_offices_keep_their_people(
    relations_of: RelationsOf, text: str, predicate: str, want: tuple[str, str, str]
) -> None:
    """Guards: a plural office whose every holder the story names or whose holders' names follow it, and
    a singular office."""
    assert want in _sides(relations_of(text), predicate)
