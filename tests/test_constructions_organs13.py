"""One state's organ is not another's: a ministry the NER finds, named with its state ("Russia's Defence
Ministry", "Kosovo's Interior Ministry"), is that state's organ, and two states' organs of one name are
two actors. They were one actor, with the first state's country, so the second state's ministry acted
for the first, and accused or rejected its own state. Sentences of our own; guards beside them."""

from __future__ import annotations

import pytest

import actorgraph as ag

TWO_STATES = [
    (
        "Russia's Defence Ministry accused Ukraine of shelling the plant, while Ukraine's Defence Ministry "
        "accused Russia of staging the attack.",
        {"RUS", "UKR"},
    ),
    (
        "Armenia's Foreign Ministry condemned the remarks, and Azerbaijan's Foreign Ministry rejected the "
        "criticism from Armenia.",
        {"AZE"},
    ),
    (
        "Serbia's Interior Ministry expelled two officials from Kosovo on Monday; Kosovo's Interior Ministry "
        "called the expulsion illegal.",
        {"SRB", "KSV"},
    ),
    (
        "Lebanon's Health Ministry accused Israel of killing civilians, but Israel's Health Ministry did not "
        "respond.",
        {"LBN"},
    ),
    (
        "Peru's Energy Ministry blamed Ecuador for the blackout, and Ecuador's Energy Ministry blamed Peru.",
        {"PER", "ECU"},
    ),
]


def _organs(text: str) -> tuple[dict[str, str | None], list[tuple[str | None, str, str]]]:
    result = ag.build([ag.Document(id="s", text=text)])
    organs = {a.id: a.country for a in result.actors if a.type == "organization"}
    events = [(r.source_country, r.type, r.target_id) for r in result.relations if r.type != "AFFILIATION"]
    return organs, events


@pytest.mark.parametrize(("text", "states"), TWO_STATES)
def test_each_states_organ_is_its_own_actor(text: str, states: set[str]) -> None:
    organs, events = _organs(text)
    # every organ found is one state's, and each state named with it has its own
    assert states <= {c for c in organs.values() if c}, organs
    assert len(organs) == len(set(organs.values())), organs
    # no organ acts against its own state
    assert not [e for e in events if e[0] is not None and e[0] == e[2]], events


def test_a_bare_mention_is_the_one_organ_of_that_name() -> None:
    organs, events = _organs(
        "Japan's Foreign Ministry summoned the Chinese ambassador. The Foreign Ministry said the incursion "
        "was unacceptable."
    )
    assert organs == {"JPN_FOREIGN_MINISTRY": "JPN"}
    assert ("JPN", "ACCUSE", "CHN") in events


def test_a_name_of_no_state_keeps_its_own_id() -> None:
    organs, _ = _organs("The Defence Ministry said on Friday that it had intercepted two drones.")
    assert all(not k.startswith(("JPN_", "RUS_")) for k in organs)
