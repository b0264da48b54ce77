"""Heads of state and government, monarchs and foreign ministers of 2018-2025 are people of their state.

The PETRARCH2 leader lists stop around 2015, so "President X" of a later term was a person of no
state and none of the person/state conventions applied to him. ``persons_curated.tsv`` now lists the
heads of state and government of every UN member state in office at any time from 2018 through 2025
(and foreign ministers the developers were certain of). No sentence names the person's state: the
person alone must give it."""

from __future__ import annotations

import pytest

import actorgraph as ag

PRESIDENTS = [
    (
        "President Mohamed Muizzu told reporters on Sunday that his government would seek new loans.",
        "Mohamed Muizzu",
        "MDV",
    ),
    ("President Sadyr Japarov signed a decree on Monday dissolving the cabinet.", "Sadyr Japarov", "KGZ"),
    (
        "President Netumbo Nandi-Ndaitwah appointed a new finance minister on Wednesday.",
        "Netumbo Nandi-Ndaitwah",
        "NAM",
    ),
    ("President Duma Boko announced an audit of the diamond sector.", "Duma Boko", "BWA"),
    ("President Rodrigo Paz pledged to restore fuel supplies within weeks.", "Rodrigo Paz", "BOL"),
    ("President Jose Raul Mulino vowed to keep the canal neutral.", "Jose Raul Mulino", "PAN"),
]

PRIME_MINISTERS = [
    (
        "Prime Minister James Marape said he would travel to Canberra next month to sign a pact.",
        "James Marape",
        "PNG",
    ),
    (
        "Prime Minister Feleti Teo asked Wellington for help after the storm damaged the airport.",
        "Feleti Teo",
        "TUV",
    ),
    (
        "Prime Minister Kristen Michal said the government would raise defence spending.",
        "Kristen Michal",
        "EST",
    ),
    (
        "Prime Minister Hristijan Mickoski criticized Sofia over the language dispute.",
        "Hristijan Mickoski",
        "MKD",
    ),
    ("Prime Minister Robert Golob called for early elections.", "Robert Golob", "SVN"),
]

MONARCHS = [
    ("King Felipe VI called on lawmakers to settle their differences.", "King Felipe VI", "ESP"),
    ("King Willem-Alexander paid tribute to the victims of the flood.", "King Willem-Alexander", "NLD"),
    ("King Maha Vajiralongkorn endorsed the new cabinet on Friday.", "King Maha Vajiralongkorn", "THA"),
    ("King Tupou VI dissolved parliament on Thursday.", "King Tupou VI", "TON"),
    # a monarch with a regnal number is named with his title, as the annotators name him
    ("King Abdullah II swore in the new government on Sunday.", "King Abdullah II", "JOR"),
    ("King Mohammed VI pardoned hundreds of prisoners before the holiday.", "King Mohammed VI", "MAR"),
    ("Sultan Haitham bin Tariq received a message from the Iranian president.", "Haitham bin Tariq", "OMN"),
    (
        "Emir Mishal Al-Ahmad Al-Jaber Al-Sabah suspended parliament for up to four years.",
        "Mishal Al-Ahmad Al-Jaber Al-Sabah",
        "KWT",
    ),
]

FOREIGN_MINISTERS = [
    ("Foreign Minister Ararat Mirzoyan accused Baku of violating the ceasefire.", "Ararat Mirzoyan", "ARM"),
    (
        "Foreign Minister Jeyhun Bayramov held talks with his Georgian counterpart in Tbilisi.",
        "Jeyhun Bayramov",
        "AZE",
    ),
    ("Foreign Minister Ahmed Attaf received the Malian envoy on Tuesday.", "Ahmed Attaf", "DZA"),
    (
        "Foreign Minister Badr Albusaidi travelled to Tehran on Sunday to deliver a message.",
        "Badr Albusaidi",
        "OMN",
    ),
    (
        "Foreign Minister Marcelo Ebrard complained to Washington about the new tariffs.",
        "Marcelo Ebrard",
        "MEX",
    ),
    (
        "Foreign Minister Alexander Schallenberg summoned the Russian ambassador on Monday.",
        "Alexander Schallenberg",
        "AUT",
    ),
]


def _person(text: str) -> tuple[str, str | None]:
    people = [a for a in ag.build(text).actors if a.type == "person"]
    assert len(people) == 1, people
    return people[0].name, people[0].country


@pytest.mark.parametrize(
    ("text", "name", "state"), PRESIDENTS + PRIME_MINISTERS + MONARCHS + FOREIGN_MINISTERS
)
def test_a_leader_of_2018_2025_is_a_person_of_his_state(text: str, name: str, state: str) -> None:
    assert _person(text) == (name, state)


def test_the_leaders_act_is_his_states_person_act() -> None:
    """The act keeps the person as its source; the person's state is the one the data gives."""
    graph = ag.build("Foreign Minister Ararat Mirzoyan accused Baku of violating the ceasefire.")
    people = {a.id: a.country for a in graph.actors if a.type == "person"}
    accuse = [r for r in graph.relations if r.type == "ACCUSE"]
    assert [(people.get(r.source_id), r.target_id) for r in accuse] == [("ARM", "AZE")]


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        # a replaced PETRARCH2 row keeps its spellings and now has the right state
        ("President Jose Mario Vaz dissolved the government on Tuesday.", "Jose Mario Vaz", "GNB"),
        (
            "Former President Mohamed Ould Abdel Aziz was sentenced on Monday.",
            "Mohamed Ould Abdel Aziz",
            "MRT",
        ),
        (
            "President Faustin Archange Touadera met rebel leaders on Friday.",
            "Faustin Archange Touadera",
            "CAF",
        ),
    ],
)
def test_a_replaced_source_person_keeps_his_spelling_and_gets_his_state(
    text: str, name: str, state: str
) -> None:
    assert _person(text) == (name, state)


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        # people curated before this round keep their rows: an international office has no state
        ("NATO Secretary General Mark Rutte warned Moscow on Monday.", "Mark Rutte", None),
        ("King Abdullah II received the visiting delegation in Amman.", "King Abdullah II", "JOR"),
        ("Chinese Premier Li Qiang met business leaders on Thursday.", "Li Qiang", "CHN"),
    ],
)
def test_people_curated_before_keep_their_state(text: str, name: str, state: str | None) -> None:
    assert _person(text) == (name, state)


def test_a_later_bare_surname_is_the_leader_named_in_full() -> None:
    text = "President Sadyr Japarov met the cabinet on Monday. Japarov told ministers to cut spending."
    people = [a for a in ag.build(text).actors if a.type == "person"]
    assert [(a.name, a.country, a.mentions) for a in people] == [("Sadyr Japarov", "KGZ", 2)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a leader added here shares no family name with a better-known leader of the data, whose
        # surname alone stays his ("Guterres", not Timor-Leste's Francisco Guterres)
        ("Guterres urged Israel and Hamas to return to the talks.", "P_GUTERRES"),
        ("Orban blocked Ukraine's bid to join the bloc.", "P_ORBAN"),
    ],
)
def test_a_better_known_leaders_surname_alone_is_still_his(text: str, person: str) -> None:
    assert [a.id for a in ag.build(text).actors if a.type == "person"] == [person]


def test_a_bare_surname_is_the_leader_in_a_story_of_his_state() -> None:
    text = "Tuvalu asked Australia for more climate funding on Monday. Teo said the islands could not wait."
    people = [(a.name, a.country) for a in ag.build(text).actors if a.type == "person"]
    assert people == [("Feleti Teo", "TUV")]
