"""Counter-, restrictive and retaliatory measures are sanctions, as punitive measures already were:
"adopted restrictive measures against X", "announced countermeasures against X", "retaliatory
measures on X" made nothing (a measure alone names no act, so the word stays out). Sentences of our
own; guards beside."""

from __future__ import annotations

import pytest

import actorgraph as ag

SANCTIONS = [
    # (text, source, target)
    ("The European Union adopted restrictive measures against Belarus.", "EU", "BLR"),
    ("Canada announced countermeasures against the United States.", "CAN", "USA"),
    ("Beijing imposed retaliatory measures on Lithuania after the office opened.", "CHN", "LTU"),
    ("Norway said its countermeasures against Russia would take effect in May.", "NOR", "RUS"),
    ("Switzerland joined the restrictive measures of the EU against Iran.", "CHE", "IRN"),
]


def _events(text: str) -> set[tuple[str, str, str]]:
    res = ag.build(texts=[text], learned=False)
    return {(r.source_id, r.type, r.target_id) for r in res.relations if r.type != "AFFILIATION"}


@pytest.mark.parametrize(("text", "source", "target"), SANCTIONS)
def test_a_measure_of_reprisal_is_a_sanction(text: str, source: str, target: str) -> None:
    assert (source, "SANCTION", target) in _events(text)


GUARDS = [
    # (text, an event that must not be made)
    # a measure with no word of reprisal is no act
    ("Kenya announced new measures against the drought in Somalia.", ("KEN", "SANCTION", "SOM")),
    # a measure taken to protect someone is no sanction on them
    ("Japan took security measures for the visit of the Indian prime minister.", ("JPN", "SANCTION", "IND")),
]


@pytest.mark.parametrize(("text", "event"), GUARDS)
def test_guards(text: str, event: tuple[str, str, str]) -> None:
    assert event not in _events(text)
