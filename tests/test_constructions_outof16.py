"""A phrasal verb's "out of" is its "from": "pulled out of X" withdraws from X as "withdrew from X"
does. The parser makes "out" a preposition with "of" under it, so the "pull out" row (RETREAT, from)
found its verb and no target: "pulled out of ECOWAS", "pulled its troops out of Somalia" made nothing.
Sentences of our own; guards beside."""

from __future__ import annotations

import pytest

import actorgraph as ag

WITHDRAWALS = [
    # (text, source, target)
    ("Mali pulled out of ECOWAS in January.", "MLI", "ECOWAS"),
    ("The United States pulled out of Afghanistan in 2021.", "USA", "AFG"),
    ("Burundi pulled its troops out of Somalia.", "BDI", "SOM"),
    ("Chad is pulling its soldiers out of Niger this month.", "TCD", "NER"),
    ("Rwanda said it had pulled out of the Democratic Republic of Congo.", "RWA", "COD"),
]


def _events(text: str) -> set[tuple[str, str, str]]:
    res = ag.build(texts=[text], learned=False)
    return {(r.source_id, r.type, r.target_id) for r in res.relations if r.type != "AFFILIATION"}


@pytest.mark.parametrize(("text", "source", "target"), WITHDRAWALS)
def test_pulling_out_of_withdraws_from(text: str, source: str, target: str) -> None:
    assert (source, "RETREAT", target) in _events(text)


def test_out_of_a_meeting_place_is_no_withdrawal_from_its_state() -> None:
    # a phrase of time or a trip is untouched: only the verb's own particle reads "of"
    assert ("JPN", "RETREAT", "KOR") not in _events("Japan's delegation flew out of Seoul after the talks.")
