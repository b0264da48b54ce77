"""Training a state's soldiers, police or officers is military aid to it (round 18, CAMEO 072 as
"train * forces"): the trainer's AID to the trainees' state or force. Guards: a force training its own
recruits, trainees training abroad and a joint training exercise are no aid. Sentences of our own."""

from __future__ import annotations

import pytest

import actorgraph as ag


def _events(text: str) -> set[tuple[str, str, str]]:
    res = ag.build(texts=[text], learned=False)
    return {(r.source_id, r.type, r.target_id) for r in res.relations if r.type != "AFFILIATION"}


TRAINING = [
    # (text, source, target)
    ("France trained Malian soldiers for years.", "FRA", "MLI_MIL"),
    ("Britain trained Ukrainian troops in 2023.", "GBR", "UKR_MIL"),
    ("Turkey trains Somali police officers at a base in Mogadishu.", "TUR", "SOM_COP"),
    ("The United States is training Philippine coast guard personnel.", "USA", "PHL_MIL"),
    ("Rwanda trained Central African soldiers.", "RWA", "CAF_MIL"),
]


@pytest.mark.parametrize(("text", "source", "target"), TRAINING)
def test_training_a_states_forces_is_aid(text: str, source: str, target: str) -> None:
    assert (source, "AID", target) in _events(text)


NO_AID = [
    "The Nigerian army trained its own recruits.",
    "Kenyan officers trained in Israel last year.",
    "Ukrainian pilots completed their training in Denmark.",
]


@pytest.mark.parametrize("text", NO_AID)
def test_own_or_received_training_is_no_aid(text: str) -> None:
    assert not {e for e in _events(text) if e[1] == "AID"}


def test_a_joint_training_exercise_stays_cooperation() -> None:
    assert ("RUS", "COOPERATE", "BLR") in _events("Russia held a training exercise with Belarus.")
