"""A fight that a fear names is dreaded, not done (round 17): "raising fears of a regional war with
X", "eased fears of a Turkish offensive against X", "the spectre of an invasion": the "of" object of a
fear (``feared_heads`` in grammar.json) is nobody's attack. Guards: a risk of one stays a
hypothetical attack, an attack that raises fears elsewhere stays an attack, and a fear of a measure
that is no fight ("fears of Chinese pressure on X") keeps the measure. Sentences of our own."""

from __future__ import annotations

import pytest

import actorgraph as ag


def _events(text: str) -> set[tuple[str, str, str, bool]]:
    res = ag.build(texts=[text], learned=False)
    return {
        (r.source_id, r.type, r.target_id, r.hypothetical) for r in res.relations if r.type != "AFFILIATION"
    }


FEARED_FIGHTS = [
    # (text, source, target)
    (
        "Egypt and Sudan moved warships into the Red Sea, sparking fears of a conflict with Ethiopia.",
        "EGY",
        "ETH",
    ),
    ("Iran sent advisers to Iraq, stoking fears of a proxy war with Saudi Arabia.", "IRN", "SAU"),
    ("Analysts voiced fears of a Chinese invasion of Taiwan after the drills.", "CHN", "TWN"),
    ("The talks eased fears of a Turkish offensive against Syria.", "TUR", "SYR"),
    ("The deployment heightened fears of Israeli airstrikes on Lebanon.", "ISR", "LBN"),
]


@pytest.mark.parametrize(("text", "source", "target"), FEARED_FIGHTS)
def test_a_feared_fight_is_no_attack(text: str, source: str, target: str) -> None:
    events = _events(text)
    assert not any(e[:3] == (source, "ASSAULT", target) for e in events), events


def test_a_risk_of_a_fight_stays_a_hypothetical_attack() -> None:
    text = "Egypt and Sudan moved warships into the Red Sea, raising the risk of a conflict with Ethiopia."
    assert ("EGY", "ASSAULT", "ETH", True) in _events(text)


def test_an_attack_that_raises_fears_stays_an_attack() -> None:
    assert ("SRB", "ASSAULT", "KSV", False) in _events("Serbia attacked Kosovo, raising fears in Albania.")


def test_a_feared_measure_that_is_no_fight_stays() -> None:
    events = _events("Japan voiced fears of Chinese pressure on the Philippines.")
    assert ("CHN", "COERCE", "PHL", False) in events
