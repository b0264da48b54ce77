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


# --- round 7: the custodian state the sentence does not name ---------------------------------------
# One decision for every custody, charge, trial and release with no stated agent: the state of a
# place in the clause, else whoever the story last had hold or charge the person, else the person's
# own state, else the one state whose courts, prosecutors, police or prisons the story names. Never a
# guess: no state known, no edge. Sentences written for these tests.

HELD_WORDINGS = [
    (
        "Belarusian blogger Anton Drozd has been held in solitary confinement in Minsk since 2020.",
        ("Belarus", "COERCE", "Anton Drozd"),
    ),
    (
        "Iranian-born writer Reza Kamali is being held in Evin prison in Tehran.",
        ("Iran", "COERCE", "Reza Kamali"),
    ),
    ("Egyptian activist Karim Nabil has been behind bars since 2019.", ("Egypt", "COERCE", "Karim Nabil")),
    ("Turkish journalist Deniz Aksoy is on trial on espionage charges.", ("Turkey", "ACCUSE", "Deniz Aksoy")),
    ("Kenyan politician Joshua Kiprop stands trial for hate speech.", ("Kenya", "ACCUSE", "Joshua Kiprop")),
]


@pytest.mark.parametrize(("text", "edge"), HELD_WORDINGS)
def test_held_behind_bars_and_on_trial_are_the_state_s(text: str, edge: tuple[str, str, str]) -> None:
    found = _relations(text)
    assert edge in found
    assert (edge[2], edge[1], edge[0]) not in found


RELEASED = [
    ("Vietnamese blogger Nguyen Thi Hoa was released on bail on Friday.", ("Vietnam", "Nguyen Thi Hoa")),
    ("Azerbaijani reporter Elmar Guliyev was freed from prison on Tuesday.", ("Azerbaijan", "Elmar Guliyev")),
    ("Guatemalan editor Luis Ordonez was released from jail after two years.", ("Guatemala", "Luis Ordonez")),
    (
        "A court in Harare jailed Tendai Moyo, a reporter for a local weekly, in May. "
        "Moyo was released on Thursday.",
        ("Zimbabwean judiciary", "Tendai Moyo"),
    ),
    (
        "Police in Kampala arrested Joseph Kato, a youth organiser, on Friday. "
        "Kato was freed two days later.",
        ("Ugandan police", "Joseph Kato"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), RELEASED)
def test_a_release_with_no_agent_is_the_custodian_s(text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "CONCEDE", pair[1]) in _relations(text)  # a release: CONCEDE (round 21)


def test_a_released_report_is_no_release_of_anyone() -> None:
    found = _relations("Amnesty International released a report on Cambodia on Monday.")
    assert not any(ty in {"RETREAT", "CONCEDE"} for _, ty, _ in found)


SETTING = [
    (
        "A judge in Harare refused bail on Monday. "
        "Tendai Chikowore, a reporter for a local weekly, has been in custody since March.",
        ("Zimbabwe", "COERCE", "Tendai Chikowore"),
    ),
    (
        "Police in Kampala broke up the rally on Friday. Joseph Okello, a youth organiser, was detained.",
        ("Uganda", "COERCE", "Joseph Okello"),
    ),
    (
        "A court in Minsk opened the hearing on Tuesday. "
        "Maria Kolesova, a musician, faces charges of extremism.",
        ("Belarus", "ACCUSE", "Maria Kolesova"),
    ),
    (
        "Cambodian prosecutors dropped one case last month. "
        "Sok Rithy, an environmental campaigner, was charged with plotting on Monday.",
        ("Cambodia", "ACCUSE", "Sok Rithy"),
    ),
    (
        "Hong Kong police raided the newsroom in June. "
        "Its chief editor, Patrick Lam, has been held in custody ever since.",
        ("Hong Kong", "COERCE", "Patrick Lam"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), SETTING)
def test_a_person_of_no_known_state_is_held_by_the_one_state_whose_courts_or_police_the_story_names(
    text: str, edge: tuple[str, str, str]
) -> None:
    found = _relations(text)
    assert {s for s, ty, t in found if ty == edge[1] and t == edge[2]} & _state_names(edge[0]), found


def _state_names(state: str) -> set[str]:
    """A state and the organs our output may name it by (Zimbabwe, the Zimbabwean judiciary, ...)."""
    adjective = {
        "Zimbabwe": "Zimbabwean",
        "Uganda": "Ugandan",
        "Belarus": "Belarusian",
        "Cambodia": "Cambodian",
        "Turkey": "Turkish",
    }
    words = adjective.get(state, state)
    return {state, f"{words} judiciary", f"{words} police", f"{words} prosecutors"}


DENIAL = [
    (
        "Belarusian lawyer Pavel Hrytsuk was charged with extremism. Hrytsuk has pleaded not guilty.",
        ("Pavel Hrytsuk", "Belarus"),
    ),
    (
        "A court in Minsk opened the hearing on Tuesday. "
        "Maria Kolesova, a musician, faces charges of extremism. Kolesova denies the charges.",
        ("Maria Kolesova", "Belarus"),
    ),
    (
        "Turkish journalist Deniz Aksoy is on trial on espionage charges. He rejects the accusations.",
        ("Deniz Aksoy", "Turkey"),
    ),
    (
        "Police in Kampala broke up the rally on Friday. Joseph Okello, a youth organiser, was charged with "
        "unlawful assembly. Okello pleaded not guilty on Monday.",
        ("Joseph Okello", "Uganda"),
    ),
    (
        "Ethiopian reporter Dawit Kebede was charged with terrorism in Addis Ababa. "
        "He denied all the charges in court.",
        ("Dawit Kebede", "Ethiopia"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), DENIAL)
def test_the_charged_person_s_denial_rejects_the_state_that_charged_them(
    text: str, pair: tuple[str, str]
) -> None:
    found = _relations(text)
    assert {t for s, ty, t in found if s == pair[0] and ty == "REJECT"} & _state_names(pair[1]), found


NO_STATE = [
    "Tendai Chikowore, a reporter for a local weekly, has been in custody since March.",
    "Maria Kolesova, a musician, was charged with extremism on Monday.",
    "Joseph Okello, a youth organiser, was released on bail.",
    # two states' courts in the story: which one holds her is not said
    "A court in Minsk sentenced Ales Bely. Polish prosecutors charged Jan Nowicki. "
    "Maria Kolesova, a musician, remains in custody.",
    "Sok Rithy, an environmental campaigner, is on trial for plotting.",
]


@pytest.mark.parametrize("text", NO_STATE)
def test_a_person_of_no_known_state_with_no_place_and_no_setting_gives_nothing(text: str) -> None:
    found = _relations(text)
    assert not any(
        t in {"Tendai Chikowore", "Maria Kolesova", "Joseph Okello", "Sok Rithy"} for _, _, t in found
    )


def test_the_story_s_setting_never_overrides_a_known_nationality() -> None:
    found = _relations(
        "Russian police detained dozens of protesters in Moscow on Sunday. "
        "Egyptian blogger Omar Hamdy remains in detention."
    )
    assert ("Egypt", "COERCE", "Omar Hamdy") in found
    assert not any(t == "Omar Hamdy" and s.startswith("Russia") for s, _, t in found)


# --- going (back) to prison: the person is held, never the holder (review class 15) ---------------

TO_PRISON = [
    (
        "Belarusian activist Ales Bely returned to prison on Monday on the orders of a Minsk court.",
        ("Belarus", "Ales Bely"),
    ),
    ("Kenyan opposition figure Miguna Odhiambo returned to jail on Friday.", ("Kenya", "Miguna Odhiambo")),
    (
        "Turkish journalist Deniz Aksoy was sent back to prison by a court in Istanbul.",
        ("Turkey", "Deniz Aksoy"),
    ),
    ("Vietnamese blogger Pham Van Hai was returned to prison on Tuesday.", ("Vietnam", "Pham Van Hai")),
    (
        "Guatemalan editor Luis Ordonez went back to prison on the orders of Judge Carlos Mendez.",
        ("Carlos Mendez", "Luis Ordonez"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), TO_PRISON)
def test_going_back_to_prison_is_being_held_by_the_custodian(text: str, pair: tuple[str, str]) -> None:
    found = _relations(text)
    holders = {s for s, ty, t in found if ty == "COERCE" and t == pair[1]}
    assert holders & (_state_names(pair[0]) | {pair[0]}), found
    assert not any(s == pair[1] for s, _, _ in found), found
    assert not any(ty == "AID" for _, ty, _ in found), found


def test_returning_to_a_city_is_no_custody() -> None:
    found = _relations("Uzbek lawyer Bahrom Karimov returned to Tashkent on Monday.")
    assert not any(ty == "COERCE" for _, ty, _ in found)


# --- "stands accused of": a charge the person stands under, the custodian's -----------------------

STANDS_ACCUSED = [
    ("Russian physicist Ivan Petrov stands accused of treason.", ("Ivan Petrov", "ACCUSE", "Russia"), False),
    (
        "Filipino journalist Frenchie Cumpio was arrested in 2020. "
        "Cumpio stands accused of financing terrorism.",
        ("Frenchie Cumpio", "ACCUSE", "Philippines"),
        False,
    ),
    (
        "Iranian cleric Hossein Kazemi stands accused of spreading lies. He rejects the charges.",
        ("Hossein Kazemi", "REJECT", "Iran"),
        True,
    ),
    (
        "A court in Tbilisi heard the case on Monday. "
        "Giorgi Beridze, a newspaper director, stands accused of assaulting a police officer.",
        ("Giorgi Beridze", "ACCUSE", "Georgia"),
        False,
    ),
    (
        "Kenyan general Daniel Otieno stands accused by Amnesty International of abuses.",
        ("Daniel Otieno", "ACCUSE", "Amnesty International"),
        False,
    ),
]


@pytest.mark.parametrize(("text", "edge", "by_person"), STANDS_ACCUSED)
def test_standing_accused_is_charged_by_the_custodian_or_the_named_accuser(
    text: str, edge: tuple[str, str, str], by_person: bool
) -> None:
    found = _relations(text)
    person, kind, other = edge
    if by_person:
        assert (person, kind, other) in found, found
    else:
        assert (other, kind, person) in found, found
        assert (person, kind, other) not in found, found


def test_standing_accused_with_no_state_known_is_nobody_s() -> None:
    found = _relations("Sok Rithy, an environmental campaigner, stands accused of plotting.")
    assert not any(t == "Sok Rithy" for _, _, t in found), found


# --- a foreign state's official held where the story's courts are: the courts' state ---------------

ABROAD = [
    (
        "A court in Ankara extended the detention on Monday. "
        "Metin Aydin, a local U.S. consulate employee, remains in custody.",
        ("Turkey", "COERCE", "Metin Aydin", "United States"),
    ),
    (
        "Iranian prosecutors opened the case in May. "
        "Jonathan Reed, a British embassy official, was charged with espionage.",
        ("Iran", "ACCUSE", "Jonathan Reed", "United Kingdom"),
    ),
    (
        "Police in Moscow stopped the car on Friday. David Kerr, an American diplomat, was detained.",
        ("Russia", "COERCE", "David Kerr", "United States"),
    ),
    (
        "A court in Beijing sentenced two men last year. "
        "Michael Grant, a Canadian embassy employee, has been held in custody since March.",
        ("China", "COERCE", "Michael Grant", "Canada"),
    ),
    (
        "Prosecutors in Caracas filed the case. "
        "Carlos Mendes, a Colombian consular officer, faces charges of smuggling.",
        ("Venezuela", "ACCUSE", "Carlos Mendes", "Colombia"),
    ),
]


@pytest.mark.parametrize(("text", "edge"), ABROAD)
def test_a_foreign_official_is_held_by_the_state_whose_courts_the_story_names(
    text: str, edge: tuple[str, str, str, str]
) -> None:
    state, kind, person, own = edge
    found = _relations(text)
    assert any(
        s.startswith((state, *_state_names(state))) and t == person for s, ty, t in found if ty == kind
    )
    assert not any(s == own and t == person for s, _, t in found), found


def test_an_official_held_at_home_is_held_by_their_own_state() -> None:
    found = _relations(
        "A court in Nairobi heard the case on Monday. Kenyan minister Peter Otieno was charged with fraud."
    )
    assert any(
        s in {"Kenya", "Kenyan judiciary"} and t == "Peter Otieno" for s, ty, t in found if ty == "ACCUSE"
    )
