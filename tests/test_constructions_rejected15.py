"""A passive answer to what was said (round 15): the giver in the passive subject's own phrase.

"Calls from Moscow were ignored by Vilnius" reads the subject's prepositions as "Vilnius ignored
calls from Moscow" reads the object's. Every sentence here was written for these tests (none comes
from a gold file), with guards for the neighbouring constructions.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

Expect = Callable[..., dict[str, set[str]]]
RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Calls from Moscow were ignored by Vilnius.", ["LTU REJECT RUS"]),
        ("Appeals from the African Union were disregarded by the junta in Niamey.", ["NER REJECT AU"]),
        ("Pleas from Kabul were ignored by Islamabad.", ["PAK REJECT AFG"]),
        ("An invitation from Tehran was ignored by Riyadh.", ["SAU REJECT IRN"]),
        ("Repeated requests from Baghdad were ignored by Ankara for months.", ["TUR REJECT IRQ"]),
    ],
)
def test_a_passive_subjects_phrase_names_the_target(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


def test_a_warning_of_no_one_stays_unanswered(expect: Expect) -> None:
    """Ignoring a warning is no lexicon pattern ("storm warnings from forecasters"): the passive
    finds no target where the active finds none."""
    expect("Storm warnings from Turkish forecasters were ignored by Iran.", not_want=("IRN REJECT TUR",))


def test_a_measure_lifted_in_the_passive_is_told_once(relations_of: RelationsOf) -> None:
    """The subject's phrase is read only for an answer to what was said: a lifted measure's own rule
    already names whom it was on, and a second reading would tell the act twice."""
    found = relations_of("Restrictions on Turkish imports were lifted by Russia last month.")
    lifted = [r for r in found if r.type == "CONCEDE" and r.target_id == "TUR"]
    assert len(lifted) == 1, [(r.source_id, r.type, r.target_id, r.predicate) for r in found]
