"""A state that recognises, lists, classifies, labels, brands or declares X as a terrorist group or a
state sponsor of terrorism designates it (round 17): SANCTION, as "designated X as a terrorist
organisation" was, not CAMEO's bare "recognise" (SUPPORT) nor "brand" (ACCUSE). Guard: recognising a
state as independent stays support. Sentences of our own."""

from __future__ import annotations

import pytest

import actorgraph as ag


def _events(text: str) -> set[tuple[str, str, str]]:
    res = ag.build(texts=[text], learned=False)
    return {(r.source_id, r.type, r.target_id) for r in res.relations if r.type != "AFFILIATION"}


DESIGNATIONS = [
    # (text, source, target)
    ("Lithuania recognized Russia as a state sponsor of terrorism.", "LTU", "RUS"),
    ("Kenya labelled al-Shabaab a terror group after the attack.", "KEN", "AL_SHABAB"),
    ("Paraguay formally classified Hezbollah as a terrorist organisation.", "PRY", "HEZBOLLAH"),
    ("Estonia recognised Iran as a state sponsor of terrorism.", "EST", "IRN"),
    ("Colombia branded the ELN a terrorist group.", "COL", "ELN"),
]


@pytest.mark.parametrize(("text", "source", "target"), DESIGNATIONS)
def test_a_terrorist_designation_is_a_sanction(text: str, source: str, target: str) -> None:
    events = _events(text)
    assert (source, "SANCTION", target) in events
    assert (source, "SUPPORT", target) not in events


def test_recognising_a_state_stays_support() -> None:
    assert ("DEU", "SUPPORT", "KSV") in _events("Germany recognised Kosovo as an independent state in 2008.")
