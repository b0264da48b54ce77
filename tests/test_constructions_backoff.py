"""The generic back-off: an event wherever a clause joins two actors with a verb PETRARCH2 codes.

The lexicon already carries it: every CAMEO.2.0 verb with a bare-verb code that is neither curated
nor excluded (``scripts/data_extra/cameo_exclude.txt``) is a ``cameo-bare`` trigger, less sure than a
curated one (``Trigger.fallback``, confidence 0.15 lower in ``extract``), and the verb patterns of
CAMEO are consulted for any verb. These tests hold that back-off in the three clause shapes where it
fires (a transitive verb, a verb with a preposition, a passive with its by-agent), with verbs that are
not curated, and keep two actors that one clause joins with a verb of no event apart.

Each sentence was written for these tests (different actors, wording and sentence shapes; none taken
from the development or evaluation sets), run through the packaged model. Sides are written at state
level, mutual relations both ways.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


# --- a transitive verb that only CAMEO codes ---------------------------------------------------------

TRANSITIVE = [
    ("Sudan ostracized Chad after the border dispute.", "SDN COERCE TCD"),
    ("Japan reassured Mongolia about its investments.", "JPN SUPPORT MNG"),
    ("Myanmar appeased China with new mining concessions.", "MMR COOPERATE CHN"),
    ("Belgium honoured Luxembourg's prime minister at a ceremony in Brussels.", "BEL SUPPORT LUX"),
    ("Eritrea mistreated Ethiopian prisoners of war.", "ERI ASSAULT ETH"),
]


@pytest.mark.parametrize(("text", "want"), TRANSITIVE)
def test_transitive_cameo_verb(expect: Expect, text: str, want: str) -> None:
    expect(text, (want,))


# --- a verb whose preposition introduces the other side ----------------------------------------------

WITH_PREPOSITION = [
    ("Peru sided with Chile in the dispute.", "PER SUPPORT CHL"),
    ("Iceland huddled with Norway before the vote.", "ISL CONSULT NOR"),
    ("Ecuador battled with Peru for a decade.", "ECU ASSAULT PER"),
    ("Bolivian officials conferred with Peruvian diplomats in La Paz.", "BOL CONSULT PER"),
    ("Uganda's army skirmished with Congolese troops on the lake.", "UGA ASSAULT COD"),
]


@pytest.mark.parametrize(("text", "want"), WITH_PREPOSITION)
def test_verb_with_preposition(expect: Expect, text: str, want: str) -> None:
    expect(text, (want,))


# --- a passive whose by-agent is the doer --------------------------------------------------------------

PASSIVE = [
    ("Chad was ostracized by Sudan for a decade.", "SDN COERCE TCD"),
    ("Mongolia's herders were reassured by Chinese officials.", "CHN SUPPORT MNG"),
    # a visitor greeted is met by the host (relations/hosting.py)
    ("The Afghan delegation was greeted by Uzbek officials in Termez.", "UZB CONSULT AFG"),
    ("Cambodia was bankrolled by China for years.", "CHN COOPERATE KHM"),
    ("Bhutan's king was honoured by Nepal last week.", "NPL SUPPORT BTN"),
]


@pytest.mark.parametrize(("text", "want"), PASSIVE)
def test_passive_by_agent(expect: Expect, text: str, want: str) -> None:
    expect(text, (want,))


# --- two actors in one clause with a verb of no event: nothing between them ------------------------------

NO_EVENT = [
    "Chile borders Argentina along the Andes.",
    "Slovenia resembles Austria in its climate.",
    "Brazil is larger than all of its neighbours combined, including Argentina.",
    "Senegal and Gambia are neighbours with a long shared history.",
    "Indonesia overtook Malaysia in palm oil exports last year.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event_between_two_actors(coded: Coded, text: str) -> None:
    assert coded(text) == {}


def test_event_beside_a_no_event_verb(expect: Expect) -> None:
    """The act of the clause survives a relative clause of no event on its object."""
    found = expect("Vietnam attacked Cambodia, which borders Thailand.", ("VNM ASSAULT KHM",))
    assert not any("THA" in k for k in found), sorted(found)
