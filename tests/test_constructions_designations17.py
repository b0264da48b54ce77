"""A state that recognises, lists or classifies X as a terrorist group or a state sponsor of terrorism
designates it (round 17): SANCTION, as "designated X as a terrorist organisation" was, not CAMEO's bare
"recognise" (SUPPORT). One that only labels, brands, calls, describes, terms or dubs X a terrorist group
accuses it (round 18): a verbal label is no listing. Guards: recognising a state as independent stays
support; calling someone to a meeting stays a meeting. Sentences of our own."""

from __future__ import annotations

import pytest

import actorgraph as ag


def _events(text: str) -> set[tuple[str, str, str]]:
    res = ag.build(texts=[text], learned=False)
    return {(r.source_id, r.type, r.target_id) for r in res.relations if r.type != "AFFILIATION"}


DESIGNATIONS = [
    # (text, source, target)
    ("Lithuania recognized Russia as a state sponsor of terrorism.", "LTU", "RUS"),
    ("Canada listed the Houthis as a terrorist entity.", "CAN", "HOUTHIS"),
    ("Paraguay formally classified Hezbollah as a terrorist organisation.", "PRY", "HEZBOLLAH"),
    ("Estonia recognised Iran as a state sponsor of terrorism.", "EST", "IRN"),
    ("Chile classified the Tren de Aragua gang as a terrorist organization.", "CHL", None),
]


@pytest.mark.parametrize(("text", "source", "target"), DESIGNATIONS)
def test_a_terrorist_designation_is_a_sanction(text: str, source: str, target: str | None) -> None:
    events = _events(text)
    if target is None:  # a gang the data does not know: no event, and no support of anyone
        assert not {e for e in events if e[0] == source and e[1] == "SUPPORT"}
        return
    assert (source, "SANCTION", target) in events
    assert (source, "SUPPORT", target) not in events


LABELS = [
    # (text, source, target)
    ("Kenya labelled al-Shabaab a terror group after the attack.", "KEN", "AL_SHABAB"),
    ("Colombia branded the ELN a terrorist group.", "COL", "ELN"),
    ("Turkey described the PKK as a terrorist organization.", "TUR", "PKK"),
    ("Israel has long called Hezbollah a terror organisation.", "ISR", "HEZBOLLAH"),
    ("Pakistan dubbed the Baloch Liberation Army a terrorist group.", "PAK", "BLA"),
    ("Ethiopia termed the TPLF a terrorist organisation.", "ETH", "TPLF"),
]


@pytest.mark.parametrize(("text", "source", "target"), LABELS)
def test_a_terrorist_label_is_an_accusation(text: str, source: str, target: str) -> None:
    events = _events(text)
    assert (source, "ACCUSE", target) in events
    assert (source, "SANCTION", target) not in events


def test_calling_leaders_to_a_meeting_stays_a_meeting() -> None:
    assert ("ISR", "CONSULT", "HEZBOLLAH") in _events("Israel called Hezbollah leaders to a meeting.")


def test_recognising_a_state_stays_support() -> None:
    assert ("DEU", "SUPPORT", "KSV") in _events("Germany recognised Kosovo as an independent state in 2008.")
