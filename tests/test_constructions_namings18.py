"""Naming someone's doing with a bad word accuses its doer (round 18): the naming verbs' small clause
that the parser makes a clause of its own ("deemed [the agreement illegal]"), "declare" as a naming
verb, "invalid" and "null and void" as bad words, and the parties of a thing named by a "between"
phrase ("called the accord between A and B a sham"). Guards: a good or neutral word accuses no one,
and "declared a state of emergency" names nothing. Sentences of our own."""

from __future__ import annotations

import pytest

import actorgraph as ag


def _events(text: str) -> set[tuple[str, str, str]]:
    res = ag.build(texts=[text], learned=False)
    return {(r.source_id, r.type, r.target_id) for r in res.relations if r.type != "AFFILIATION"}


NAMINGS = [
    # (text, source, targets)
    ("Somalia deemed the Ethiopian agreement illegal.", "SOM", ("ETH",)),
    ("Algeria deemed the Moroccan agreement illegal.", "DZA", ("MAR",)),
    ("Egypt declared the Ethiopian dam project unlawful.", "EGY", ("ETH",)),
    ("Serbia declared the Kosovar referendum null and void.", "SRB", ("KSV",)),
    ("Venezuela deemed the Guyanese oil auction invalid.", "VEN", ("GUY",)),
    ("Kyiv called the accord between Russia and Belarus a sham.", "UKR", ("RUS", "BLR")),
    ("Tokyo called the exercise between China and Russia dangerous.", "JPN", ("CHN", "RUS")),
]


@pytest.mark.parametrize(("text", "source", "targets"), NAMINGS)
def test_naming_a_doing_badly_accuses_its_doer(text: str, source: str, targets: tuple[str, ...]) -> None:
    events = _events(text)
    for target in targets:
        assert (source, "ACCUSE", target) in events


NEUTRAL = [
    ("Somalia deemed the Ethiopian agreement necessary.", "SOM"),
    ("Kenya deemed the Ugandan offer generous.", "KEN"),
    ("Vietnam called the agreement between Cambodia and Laos important.", "VNM"),
    ("Ghana declared the Togolese minister a guest of honour.", "GHA"),
    ("Egypt declared a state of emergency.", "EGY"),
]


@pytest.mark.parametrize(("text", "source"), NEUTRAL)
def test_a_good_or_neutral_naming_accuses_no_one(text: str, source: str) -> None:
    assert not {e for e in _events(text) if e[0] == source and e[1] == "ACCUSE"}
