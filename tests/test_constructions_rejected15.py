"""Warnings ignored (round 15): whoever ignores, dismisses or defies a warning rejects its giver.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
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
        ("Hanoi ignored China's warnings and continued drilling.", ["VNM REJECT CHN"]),
        ("Seoul brushed aside warnings from Pyongyang and went ahead with the drills.", ["KOR REJECT PRK"]),
        ("Taipei shrugged off repeated warnings from Beijing.", ["TWN REJECT CHN"]),
        ("Kyiv disregarded a warning from Minsk.", ["UKR REJECT BLR"]),
        ("Poland defied warnings from Berlin and sent the tanks.", ["POL REJECT DEU"]),
        # the passive: the giver in the subject's own phrase
        ("Warnings from Moscow were ignored by the Lithuanian government.", ["LTU REJECT RUS"]),
    ],
)
def test_a_warning_ignored_rejects_its_giver(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the passive subject's phrase names the target as the active object's does
        ("Calls from Moscow were ignored by Vilnius.", ["LTU REJECT RUS"]),
        ("Appeals from the African Union were disregarded by the junta in Niamey.", ["NER REJECT AU"]),
        ("Pleas from Kabul were ignored by Islamabad.", ["PAK REJECT AFG"]),
        ("An invitation from Tehran was ignored by Riyadh.", ["SAU REJECT IRN"]),
    ],
)
def test_a_passive_subjects_phrase_names_the_target(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a warning heeded is no rejection
        ("Ukraine heeded warnings from Washington.", ["UKR REJECT USA"]),
        # a warning given, not answered: the giver threatens, no one rejects
        ("Beijing issued a warning to Manila over the shoal.", ["PHL REJECT CHN", "CHN REJECT PHL"]),
    ],
)
def test_a_warning_not_ignored_is_no_rejection(expect: Expect, text: str, unwanted: list[str]) -> None:
    expect(text, not_want=tuple(unwanted))


def test_a_measure_lifted_in_the_passive_is_told_once(relations_of: RelationsOf) -> None:
    """The subject's phrase is read only for an answer to what was said: a lifted measure's own rule
    already names whom it was on, and a second reading would tell the act twice."""
    found = relations_of("Restrictions on Turkish imports were lifted by Russia last month.")
    lifted = [r for r in found if r.type == "CONCEDE" and r.target_id == "TUR"]
    assert len(lifted) == 1, [(r.source_id, r.type, r.target_id, r.predicate) for r in found]
