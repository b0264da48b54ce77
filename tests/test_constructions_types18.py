"""Type constructions of round 18: helping teams that come to a state, and multinational or
stabilisation forces sent to one, are the aid sent (AID), neither a visit (CONSULT) nor a show of
force (MOBILIZE).

Every sentence here was written for these tests (none comes from a gold file), with guards for the
constructions next to them: officials still visit, soldiers still mobilise.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


# --- helping teams that arrive in or travel to a state (aid, not a visit), and multinational or
# --- stabilisation forces sent to one (aid, as peacekeepers, not a mobilisation)


@pytest.mark.parametrize(
    ("text", "aid", "instead"),
    [
        ("Egyptian rescue teams arrived in Libya after the floods.", "EGY AID LBY", "CONSULT"),
        ("Turkish firefighters arrived in Greece to fight the wildfires.", "TUR AID GRC", "CONSULT"),
        ("Rwandan police officers arrived in Mozambique on Friday.", "RWA AID MOZ", "CONSULT"),
        ("Cuban doctors travelled to Italy in March to treat patients.", "CUB AID ITA", "CONSULT"),
        ("Indian medical teams have arrived in Turkey after the earthquake.", "IND AID TUR", "CONSULT"),
        ("Jamaica will deploy a multinational security force to Haiti.", "JAM AID HTI", "MOBILIZE"),
        ("Chad deployed a multinational force to Niger to fight Boko Haram.", "TCD AID NER", "MOBILIZE"),
        ("Burundi deployed stabilisation troops to Somalia last year.", "BDI AID SOM", "MOBILIZE"),
        ("Senegal deployed a multinational force in Gambia after the election.", "SEN AID GMB", "MOBILIZE"),
        ("Kenya mobilised a multinational stabilization force to Haiti.", "KEN AID HTI", "MOBILIZE"),
    ],
)
def test_helping_teams_and_forces_are_aid(coded: Coded, text: str, aid: str, instead: str) -> None:
    found = coded(text)
    assert aid in found and aid.replace("AID", instead) not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # officials and delegations still visit
        ("Egypt's foreign minister arrived in Libya on Monday.", ["EGY CONSULT LBY"], ["EGY AID LBY"]),
        ("A Chinese delegation travelled to Nepal for talks.", ["CHN CONSULT NPL"], ["CHN AID NPL"]),
        # soldiers still mobilise, and riot police sent are no aid
        ("Russia deployed troops to Belarus.", ["RUS MOBILIZE BLR"], ["RUS AID BLR"]),
        ("Belarusian riot police arrived in Russia.", [], ["BLR AID RUS"]),
    ],
)
def test_visits_and_mobilisations_stay(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, tuple(wanted), tuple(unwanted))
