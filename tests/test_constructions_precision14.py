"""Precision, round 14: wrong readings found on several development documents, fixed as mechanisms.

Every sentence here was written for this file (none comes from any annotated set), with different
actors and wording for each construction, and was failing before its fix; the guards show that the
constructions next to it keep their reading. Run through the packaged model (``expect``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]

# --- "A, B and their allies such as C and D": the owners of a plural relational noun are one side and
# the examples it names the other; the owners are not each other's partners, nor the examples -------

OWNED_PARTNERS = [
    (
        "Canada, Britain and their allies such as Norway and Denmark condemned Russia.",
        ("CAN COOPERATE NOR", "GBR COOPERATE DNK"),
        ("CAN COOPERATE GBR", "NOR COOPERATE DNK"),
    ),
    (
        "The United States and Germany joined their allies including Poland and Lithuania in condemning "
        "Belarus.",
        ("USA COOPERATE POL", "DEU COOPERATE LTU"),
        ("USA COOPERATE DEU", "POL COOPERATE LTU"),
    ),
    (
        "France and its partners, including Senegal and Ghana, pledged funds for the mission.",
        ("FRA COOPERATE SEN", "FRA COOPERATE GHA"),
        ("SEN COOPERATE GHA",),
    ),
    (
        "Russia and its allies such as Belarus and Syria voted against the resolution.",
        ("RUS COOPERATE BLR", "RUS COOPERATE SYR"),
        ("BLR COOPERATE SYR",),
    ),
    (
        "Brazil and its regional partners, including Chile and Uruguay, backed the plan.",
        ("BRA COOPERATE CHL", "BRA COOPERATE URY"),
        ("CHL COOPERATE URY",),
    ),
]
# guards: owners that name no partner pair no one; a relational noun that describes its subject or an
# apposed name, and one with an "of" object
OWNED_PARTNERS_GUARDS = [
    ("Peru and Ecuador consulted their allies before the vote.", (), ("PER COOPERATE ECU",)),
    ("Egypt and Jordan are close allies.", ("EGY COOPERATE JOR",), ()),
    ("Kenya, a close ally of Uganda, hosted the summit.", ("KEN COOPERATE UGA",), ()),
    ("Pakistan's ally, China, sent engineers to the dam.", ("PAK COOPERATE CHN",), ()),
    ("Armenia is a partner of Russia in the bloc.", ("ARM COOPERATE RUS",), ()),
]


@pytest.mark.parametrize(("text", "want", "not_want"), OWNED_PARTNERS + OWNED_PARTNERS_GUARDS)
def test_owned_partners_are_the_other_side(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# --- a people named by its plural demonym alone travels privately: "Afghans traveled to Iran" is no
# state visit (as "migrants arrived in X"); a delegation, an official and "the Americans" still visit -

PEOPLE_TRAVEL = [
    ("Thousands of Syrians arrived in Turkey last year.", (), ("SYR CONSULT TUR",)),
    ("Afghans traveled to Iran in large numbers.", (), ("AFG CONSULT IRN",)),
    ("Russians visited Turkey in record numbers this summer.", (), ("RUS CONSULT TUR",)),
    ("Hundreds of Haitians arrived in Chile by bus.", (), ("HTI CONSULT CHL",)),
    ("Ukrainians arrived in Poland in their thousands.", (), ("UKR CONSULT POL",)),
    ("Many Nigerians travelled to Ghana over the holidays.", (), ("NGA CONSULT GHA",)),
]
PEOPLE_TRAVEL_GUARDS = [
    ("Ethiopian officials arrived in Nairobi for talks.", ("ETH CONSULT KEN",), ()),
    ("Egyptian President Sisi arrived in Riyadh on Monday.", ("EGY CONSULT SAU",), ()),
    ("A Moroccan delegation visited Mauritania in May.", ("MAR CONSULT MRT",), ()),
]


@pytest.mark.parametrize(("text", "want", "not_want"), PEOPLE_TRAVEL + PEOPLE_TRAVEL_GUARDS)
def test_a_people_travelling_visits_no_one(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# --- a relation the text calls bad is no cooperation: the adjectives and verbs of a stormy or declining
# relationship join those of a strained one (``bad_relation_rule``) ------------------------------------

BAD_RELATIONS = [
    ("Ecuador has had a turbulent relationship with Colombia for years.", (), ("ECU COOPERATE COL",)),
    ("Relations between Armenia and Turkey have frayed further.", (), ("ARM COOPERATE TUR",)),
    ("Hungary has an acrimonious relationship with Ukraine.", (), ("HUN COOPERATE UKR",)),
    ("Ties between Japan and South Korea declined sharply in 2019.", (), ("JPN COOPERATE KOR",)),
    ("Ethiopia has had a thorny relationship with Eritrea.", (), ("ETH COOPERATE ERI",)),
    ("Venezuela has had a stormy relationship with Guyana.", (), ("VEN COOPERATE GUY",)),
]
BAD_RELATIONS_GUARDS = [
    ("Nepal has a close relationship with India.", ("NPL COOPERATE IND",), ()),
    ("Ties between Oman and Iran remain cordial.", ("OMN COOPERATE IRN",), ()),
    ("Relations between Egypt and Qatar have improved.", ("EGY COOPERATE QAT",), ()),
]


@pytest.mark.parametrize(("text", "want", "not_want"), BAD_RELATIONS + BAD_RELATIONS_GUARDS)
def test_a_bad_relation_is_no_cooperation(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)
