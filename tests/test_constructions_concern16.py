"""A feeling of disapproval about a matter that names no actor is about whoever the matter belongs to:
the doer its "of" phrase names ("concerned about the actions of Russia"), or the state it lies in
("concern over the situation in Myanmar", "doubts about the fairness of the vote in Belarus"). The
stance was read only where the phrase named the actor itself ("concern about Russia's actions"), so
these made nothing. Sentences of our own; guards beside."""

from __future__ import annotations

import pytest

import actorgraph as ag

MATTERS = [
    # (text, source, target)
    ("Norway expressed concern about the recent conduct of Serbia.", "NOR", "SRB"),
    ("Kenya is deeply concerned about the military moves of Eritrea.", "KEN", "ERI"),
    ("Ghana voiced concern over the deteriorating situation in Mali.", "GHA", "MLI"),
    (
        "Sweden and Finland have expressed dismay and concern over recent developments in Georgia.",
        "SWE",
        "GEO",
    ),
    (
        "Peru says it has serious doubts about the fairness of the presidential election in Nicaragua.",
        "PER",
        "NIC",
    ),
]


def _events(text: str) -> set[tuple[str, str, str]]:
    res = ag.build(texts=[text], learned=False)
    return {(r.source_id, r.type, r.target_id) for r in res.relations if r.type != "AFFILIATION"}


@pytest.mark.parametrize(("text", "source", "target"), MATTERS)
def test_disapproval_of_a_matter_targets_its_owner_or_state(text: str, source: str, target: str) -> None:
    assert (source, "ACCUSE", target) in _events(text)


GUARDS = [
    # (text, an event that must not be made)
    # a place inside a state is not the state: the matter there may be anyone's doing
    ("Ireland expressed concern over the humanitarian situation in Gaza.", ("IRL", "ACCUSE", "PSE")),
    # the speaker's own state is no target
    ("Chile expressed concern about the situation in Chile.", ("CHL", "ACCUSE", "CHL")),
    # a feeling of approval is not disapproval
    ("Japan expressed appreciation for the reforms in Vietnam.", ("JPN", "ACCUSE", "VNM")),
]


@pytest.mark.parametrize(("text", "event"), GUARDS)
def test_guards(text: str, event: tuple[str, str, str]) -> None:
    assert event not in _events(text)


def test_the_named_actor_still_wins() -> None:
    # "concern about Russia's actions": the owner named on the phrase, as before
    assert ("CAN", "ACCUSE", "RUS") in _events("Canada expressed concern about Russia's actions in Syria.")
    assert ("CAN", "ACCUSE", "SYR") not in _events(
        "Canada expressed concern about Russia's actions in Syria."
    )
