"""Custody with no stated jailer: the state holds the person.

News about journalists, activists and dissidents rarely names who arrested them: "X was arrested",
"X remains in pretrial detention in Cairo", "X has been in custody since May". An arrest, detention
or jail term with no agent is the act of the state where it happens, and with no place, of the
person's own state. Sentences written for these tests (different people, states and wording); none
taken from the development or evaluation sets. Run through the packaged model.
"""

from __future__ import annotations

import pytest

import actorgraph as ag


def _relations(text: str) -> set[tuple[str, str, str]]:
    return {(r.source_name, r.type, r.target_name) for r in ag.extract(text) if r.type != "AFFILIATION"}


NO_PLACE = [
    ("Vietnamese dissident Tran Van Minh was arrested on Tuesday.", ("Vietnam", "Tran Van Minh")),
    ("Ugandan journalist Sarah Namata was detained after the rally.", ("Uganda", "Sarah Namata")),
    ("Iranian lawyer Nasrin Sotoudeh was sentenced to ten years.", ("Iran", "Nasrin Sotoudeh")),
    ("Belarusian activist Ihar Losik was jailed for four years in 2021.", ("Belarus", "Ihar Losik")),
    ("Cambodian reporter Mech Sokha was imprisoned last year over a post.", ("Cambodia", "Mech Sokha")),
]


@pytest.mark.parametrize(("text", "pair"), NO_PLACE)
def test_an_arrest_with_no_agent_and_no_place_is_the_persons_own_state(
    text: str, pair: tuple[str, str]
) -> None:
    assert (pair[0], "COERCE", pair[1]) in _relations(text)


HELD = [
    ("Egyptian blogger Omar Fathy remains in pretrial detention in Cairo.", ("Egypt", "Omar Fathy")),
    ("Saudi activist Salma Haddad has been in custody since May.", ("Saudi Arabia", "Salma Haddad")),
    ("Turkish novelist Ahmet Demir is still in detention, his lawyer said.", ("Turkey", "Ahmet Demir")),
    ("Russian chess coach Pavel Orlov has been held in custody for a year.", ("Russia", "Pavel Orlov")),
    ("Nicaraguan bishop Rolando Vega remains in custody in Managua.", ("Nicaragua", "Rolando Vega")),
]


@pytest.mark.parametrize(("text", "pair"), HELD)
def test_being_in_custody_is_held_by_the_state_never_the_reverse(text: str, pair: tuple[str, str]) -> None:
    found = _relations(text)
    assert (pair[0], "COERCE", pair[1]) in found
    assert (pair[1], "COERCE", pair[0]) not in found


def test_a_foreigner_held_abroad_is_held_by_the_state_where_it_happens() -> None:
    found = _relations("American journalist Evan Hale was detained in Russia on spying charges.")
    assert ("Russia", "COERCE", "Evan Hale") in found
    assert ("United States", "COERCE", "Evan Hale") not in found


def test_a_named_jailer_is_kept() -> None:
    found = _relations("Kenyan activist Boniface Mwangi was arrested by Tanzanian police in Dar es Salaam.")
    assert any(s.startswith("Tanzania") and t == "Boniface Mwangi" for s, ty, t in found if ty == "COERCE")
    assert ("Kenya", "COERCE", "Boniface Mwangi") not in found


# --- charges with no stated prosecutor: the state charges ----------------------------------------

CHARGED = [
    ("Zimbabwean journalist Tendai Moyo faces charges of incitement.", ("Zimbabwe", "Tendai Moyo")),
    (
        "Vietnamese blogger Pham Thi Lan was charged with spreading anti-state propaganda.",
        ("Vietnam", "Pham Thi Lan"),
    ),
    ("Cambodian reporter Mech Sokha was charged with incitement in Phnom Penh.", ("Cambodia", "Mech Sokha")),
    ("Egyptian researcher Ahmed Samir faces terrorism charges in Cairo.", ("Egypt", "Ahmed Samir")),
    ("Belarusian lawyer Maxim Znak was formally charged on Monday.", ("Belarus", "Maxim Znak")),
]


@pytest.mark.parametrize(("text", "pair"), CHARGED)
def test_charges_with_no_prosecutor_are_the_state_s(text: str, pair: tuple[str, str]) -> None:
    found = _relations(text)
    assert (pair[0], "ACCUSE", pair[1]) in found
    assert (pair[1], "ACCUSE", pair[0]) not in found


def test_charges_abroad_are_the_state_s_where_it_happens() -> None:
    found = _relations("American journalist Evan Hale was charged with espionage in Russia.")
    assert ("Russia", "ACCUSE", "Evan Hale") in found
    assert ("United States", "ACCUSE", "Evan Hale") not in found


def test_an_accusation_with_no_accuser_is_nobody_s() -> None:
    """Unlike a charge, a bare accusation is as often a rival's or a rights group's as the state's."""
    found = _relations("Kenyan general Daniel Otieno was accused of abuses last year.")
    assert ("Kenya", "ACCUSE", "Daniel Otieno") not in found


# --- a charged person's denial answers the state that charged them ---------------------------------

DENIED = [
    (
        "Zimbabwean journalist Tendai Moyo faces charges of incitement. Moyo denies the charges.",
        ("Tendai Moyo", "Zimbabwe"),
    ),
    (
        "Egyptian researcher Ahmed Samir faces terrorism charges in Cairo. Samir has denied the accusations.",
        ("Ahmed Samir", "Egypt"),
    ),
    (
        "Cambodian reporter Mech Sokha was charged with incitement in Phnom Penh. "
        "Mech Sokha denied the charge on Tuesday.",
        ("Mech Sokha", "Cambodia"),
    ),
    (
        "Belarusian lawyer Maxim Znak was formally charged on Monday. "
        "Znak denies all the charges against him.",
        ("Maxim Znak", "Belarus"),
    ),
    (
        "Vietnamese blogger Pham Thi Lan was charged with spreading propaganda. "
        "Pham Thi Lan denied the charges.",
        ("Pham Thi Lan", "Vietnam"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), DENIED)
def test_a_charged_person_denying_rejects_the_state_that_charged_them(
    text: str, pair: tuple[str, str]
) -> None:
    assert (pair[0], "REJECT", pair[1]) in _relations(text)


def test_an_official_denying_a_charge_against_the_state_still_answers_the_accuser() -> None:
    found = _relations(
        "Washington accused Tehran of arming the Houthis. "
        "Iranian Foreign Minister Abbas Araghchi denied the charge on Sunday."
    )
    assert ("Abbas Araghchi", "REJECT", "United States") in found
