"""Affiliations, round 20: the leader or member of a delegation serves the delegation's state.

Every sentence here was written for these tests (none comes from a gold file); sentences with
different actors, wording and sentence shapes for the mechanism, plus guards for the nearby
constructions that must stay. Expectations are what a careful event coder writes down.
"""

from __future__ import annotations

import pytest

import actorgraph as ag


def _affiliations(text: str) -> dict[str, str]:
    """Each person's affiliation target, by the person's name."""
    result = ag.build([text], learned=False)
    people = {a.id for a in result.actors if a.type == "person"}
    return {
        r.source_name: r.target_id
        for r in result.relations
        if r.type == "AFFILIATION" and r.source_id in people
    }


# --- "The Ghanaian delegation was led by X", "X led the Togolese delegation": whoever leads or makes up a
# delegation of one state serves that state, with or without a title -----------------------------------

LED = [
    (
        "Talks between Ghana and Togo resumed in Lome on Monday. The Ghanaian delegation was led by Kwame "
        "Asante, while Koffi Dogbe led the Togolese delegation.",
        {"Kwame Asante": "GHA", "Koffi Dogbe": "TGO"},
    ),
    (
        "Nepal and Bhutan held border talks in Thimphu. The Nepalese delegation was led by Deputy Prime "
        "Minister Ramesh Adhikari.",
        {"Ramesh Adhikari": "NPL"},
    ),
    (
        "Officials of Laos and Vietnam met on Tuesday. Bounmy Keola will lead the Laotian delegation at the "
        "meeting scheduled for next week.",
        {"Bounmy Keola": "LAO"},
    ),
    (
        "Senegal and Mauritania signed a fishing deal in Dakar. Aminata Diallo, who headed the Senegalese "
        "delegation, praised the talks.",
        {"Aminata Diallo": "SEN"},
    ),
    (
        "Estonia and Finland discussed energy links in Tallinn. The Finnish delegation consisted of Mikko "
        "Virtanen and Liisa Korhonen.",
        {"Mikko Virtanen": "FIN", "Liisa Korhonen": "FIN"},
    ),
    (
        "Paraguay and Uruguay met in Asuncion to settle a river dispute. Uruguay's delegation was headed by "
        "Martina Pereyra, a senior diplomat.",
        {"Martina Pereyra": "URY"},
    ),
]


@pytest.mark.parametrize(("text", "want"), LED)
def test_a_delegations_leader_or_member_serves_its_state(text: str, want: dict[str, str]) -> None:
    found = _affiliations(text)
    for name, state in want.items():
        assert found.get(name) == state, (name, found)


GUARDS = [
    # a delegation of no one state: the person stays without one
    (
        "A joint delegation led by Tomas Berger visited Kabul on Monday to discuss aid with the Taliban.",
        {"Tomas Berger": None},
    ),
    # the title's own state wins over the delegation's
    (
        "The Kenyan delegation was led by Ugandan Foreign Minister Jeje Odongo, who chaired the talks.",
        {"Jeje Odongo": "UGA"},
    ),
    # a host who receives a delegation does not lead it
    (
        "Chile and Argentina held talks in Santiago. Pablo Rojas received the Argentine delegation at the "
        "palace.",
        {"Pablo Rojas": "not ARG"},
    ),
]


@pytest.mark.parametrize(("text", "want"), GUARDS)
def test_people_beside_a_delegation_keep_their_state(text: str, want: dict[str, str | None]) -> None:
    found = _affiliations(text)
    for name, state in want.items():
        if state is None:
            assert name not in found, found
        elif state.startswith("not "):
            assert found.get(name) != state[4:], found
        else:
            assert found.get(name) == state, found


# --- "Chile's government sent Undersecretary of the Interior X to ...", "Minister Y delegated Deputy
# Minister X to represent ...": an official a state (or its official of known state) sends serves it ----

SENT = [
    (
        "Chile's government sent Undersecretary of the Interior Manuel Monsalve to Bolivia to discuss the "
        "border.",
        {"Manuel Monsalve": "CHL"},
    ),
    (
        "The Indonesian government dispatched Coordinating Minister Airlangga Hartarto to Tokyo for talks "
        "with Japan.",
        {"Airlangga Hartarto": "IDN"},
    ),
    (
        "Brazilian President Luiz Inacio Lula da Silva delegated Deputy Minister Tatiana Rosito to represent "
        "Brazil at the meeting in Geneva.",
        {"Tatiana Rosito": "BRA"},
    ),
    (
        "Kenya sent Defence Secretary Soipan Tuya and Trade Secretary Rebecca Miano to Addis Ababa to meet "
        "Ethiopian officials.",
        {"Soipan Tuya": "KEN", "Rebecca Miano": "KEN"},
    ),
    (
        "Norway's foreign ministry dispatched special envoy Tore Hattrem to Khartoum after the fighting "
        "began.",
        {"Tore Hattrem": "NOR"},
    ),
]


@pytest.mark.parametrize(("text", "want"), SENT)
def test_an_official_a_state_sends_serves_it(text: str, want: dict[str, str]) -> None:
    found = _affiliations(text)
    for name, state in want.items():
        assert found.get(name) == state, (name, found)


SENT_GUARDS = [
    # the official's own state, named in the title, wins over the sender's
    (
        "France sent Nigerien Foreign Minister Bakary Sangare a letter of protest on Monday.",
        {"Bakary Sangare": "not FRA"},
    ),
    # a person sent to prison by a state is no official of it
    (
        "A court in Moscow sent American journalist Paul Dunbar to prison for six years.",
        {"Paul Dunbar": "not RUS"},
    ),
]


@pytest.mark.parametrize(("text", "want"), SENT_GUARDS)
def test_people_a_state_sends_elsewhere_keep_their_state(text: str, want: dict[str, str | None]) -> None:
    test_people_beside_a_delegation_keep_their_state(text, want)
