"""Readings that go wrong once a bloc is an actor (round 14): the origin of taxed goods is no doer of the
levy, a state aiming at the people and holdings sanctions list sanctions them, and states that clash
over an issue quarrel in words.

Every sentence here was written for this file (none comes from any annotated set), with different
actors and wording for each construction, and was failing before its fix; the guards show that the
constructions next to it keep their reading. Run through the packaged model (``expect``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]

# --- "tariffs on all U.S. imports from X": X is where the goods come from, who bears the levy; the
# importer the goods name levies it (the parser often hangs "from X" on the levy itself) ---------------

GOODS_ORIGIN = [
    (
        "Brussels is negotiating to avoid Washington's 20% reciprocal tariffs on all U.S. imports from the"
        " European Union.",
        ("USA SANCTION EU",),
        ("EU SANCTION USA",),
    ),
    (
        "Tokyo's main focus was a deal to avoid the 24% tariffs on all U.S. imports from Japan.",
        ("USA SANCTION JPN",),
        ("JPN SANCTION USA",),
    ),
    (
        "Vietnam's trade minister said Hanoi wanted to escape the 46 percent duties on American imports"
        " from Vietnam.",
        ("USA SANCTION VNM",),
        ("VNM SANCTION USA",),
    ),
    (
        "Seoul hopes to escape the 15% tariff on all U.S. imports from South Korea announced by Washington.",
        ("USA SANCTION KOR",),
        ("KOR SANCTION USA",),
    ),
    (
        "Canadian officials sought talks to avert the White House's 25 percent duties on all American"
        " imports from Canada.",
        ("USA SANCTION CAN",),
        ("CAN SANCTION USA",),
    ),
]
# guards: a levy whose doer the clause names, goods named by their origin alone, goods bound for a
# state, and a from-phrase of a noun that is no levy
GOODS_ORIGIN_GUARDS = [
    ("Canada slapped new duties on steel imports from China on Friday.", ("CAN SANCTION CHN",), ()),
    (
        "Mexico's economy minister said the goal was to avoid Washington's 30% tariffs on all imports from"
        " Mexico.",
        ("USA SANCTION MEX",),
        ("MEX SANCTION USA",),
    ),
    ("China imposed tariffs on U.S. soybeans.", ("CHN SANCTION USA",), ()),
    ("Peru criticized tariff hikes on Chinese steel imports to the U.S.", (), ("CHN SANCTION USA",)),
    ("Ukraine received military aid from Japan.", ("JPN AID UKR",), ()),
]


# --- "responded by targeting officials, oligarchs and banks": what sanctions list, aimed at by a state,
# is a sanction, not force ---------------------------------------------------------------------------

TARGETED_HOLDINGS = [
    (
        "Canada answered Moscow's annexation by targeting Russian lawmakers, oligarchs and banks.",
        ("CAN SANCTION RUS",),
        ("CAN ASSAULT RUS",),
    ),
    (
        "Japan reacted to the missile launch by targeting North Korean officials and entities.",
        ("JPN SANCTION PRK",),
        ("JPN ASSAULT PRK",),
    ),
    (
        "The United States is targeting Venezuelan officials and state companies over the disputed vote.",
        ("USA SANCTION VEN",),
        ("USA ASSAULT VEN",),
    ),
    (
        "New Zealand announced it was targeting Russian oligarchs and their companies.",
        ("NZL SANCTION RUS",),
        ("NZL ASSAULT RUS",),
    ),
    (
        "Britain is targeting Iranian officials and entities tied to the Revolutionary Guard.",
        ("GBR SANCTION IRN",),
        ("GBR ASSAULT IRN",),
    ),
]
# guards: weapons and gunmen aim force, at people or places; a measure named stays a sanction
TARGETED_HOLDINGS_GUARDS = [
    ("Russian drones targeted Ukrainian officials in Kharkiv.", ("RUS ASSAULT UKR",), ("RUS SANCTION UKR",)),
    ("Israeli jets targeted Hezbollah positions in Lebanon.", ("ISR ASSAULT LBN",), ("ISR SANCTION LBN",)),
    ("Russian missiles targeted Ukrainian power plants overnight.", ("RUS ASSAULT UKR",), ()),
    ("Ottawa responded by targeting senior Chinese officials with travel bans.", ("CAN SANCTION CHN",), ()),
]


# --- "clashed with the EU over migration": states that clash with each other over an issue quarrel in
# words (ACCUSE); armed forces and crowds clash bodily ---------------------------------------------

QUARRELS = [
    (
        "Hungary has often clashed with the European Union over migration.",
        ("HUN ACCUSE EU",),
        ("HUN ASSAULT EU",),
    ),
    ("Poland clashed with Brussels over judicial reforms.", ("POL ACCUSE EU",), ("POL ASSAULT EU",)),
    (
        "Greece and Turkey clashed over energy exploration rights at the summit.",
        ("GRC ACCUSE TUR",),
        ("GRC ASSAULT TUR",),
    ),
    ("Italy clashed with France over the migrant rescue ships.", ("ITA ACCUSE FRA",), ("ITA ASSAULT FRA",)),
    (
        "Mexico clashed with the United States over the new water treaty.",
        ("MEX ACCUSE USA",),
        ("MEX ASSAULT USA",),
    ),
]
# guards: troops, fighters, police and protesters clash bodily, whatever the clash is over
QUARREL_GUARDS = [
    ("Indian and Chinese troops clashed in the Galwan valley.", ("IND ASSAULT CHN",), ("IND ACCUSE CHN",)),
    (
        "Sudanese soldiers clashed with RSF fighters over the control of the airport.",
        ("SDN ASSAULT SDN",),
        ("SDN ACCUSE SDN",),
    ),
    ("Iraqi police clashed with Kurdish protesters over the referendum.", ("IRQ ASSAULT IRQ",), ()),
    ("Armenian and Azerbaijani forces clashed along the border.", ("ARM ASSAULT AZE",), ()),
]


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    GOODS_ORIGIN
    + GOODS_ORIGIN_GUARDS
    + TARGETED_HOLDINGS
    + TARGETED_HOLDINGS_GUARDS
    + QUARRELS
    + QUARREL_GUARDS,
)
def test_goods_origin_sanctioned_holdings_and_quarrels(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    """The origin of taxed goods bears the levy; aiming at what sanctions list sanctions it; states
    clashing over an issue quarrel in words."""
    expect(text, want=want, not_want=not_want)
