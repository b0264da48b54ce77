"""Person names (round 20): a name the tagger took for a place or a body before an apposed office.

"X Y, Poland's deputy defence minister, accused ...", "X Y, the director of Portugal's border agency,
said ...": the office noun the parser hangs on the name opens its own noun phrase with an article, an
owner state or modifiers, not right after the comma. Where the tagger read the name as a place or an
organisation, the name was lost (the state spoke instead) or became a body; it is the person the
office describes, as it was where the office came first after the comma ("X Y, director of ...").
So is a name in apposition after an office whose phrase ends at the comma before it ("Ukraine's
deputy prime minister, X Y, thanked ...").

Every sentence here was written for these tests (none comes from a gold file), with different actors and
wording from the development stories.
"""

from __future__ import annotations

import pytest

import actorgraph as ag

APPOSED_OFFICES = [
    # (text, the person, his state, the relation he is the source of)
    (
        "Tomasz Wrobel, Poland's deputy defence minister, accused Belarus of provoking incidents"
        " at the border.",
        "Tomasz Wrobel",
        "POL",
        "ACCUSE BLR",
    ),
    (
        "Oleksandr Kravets, Ukraine's deputy prime minister, thanked Japan for its aid.",
        "Oleksandr Kravets",
        "UKR",
        "SUPPORT JPN",
    ),
    (
        "Marek Žilinský, Slovakia's interior minister, accused Hungary of ignoring the court ruling.",
        "Marek Žilinský",
        "SVK",
        "ACCUSE HUN",
    ),
    (
        "Nuno Vilela Santos, the director of Portugal's border agency, said Morocco had agreed to take back"
        " the migrants.",
        "Nuno Vilela Santos",
        "PRT",
        None,
    ),
    (
        "Dorel Vasilescu, the Romanian ambassador to Hungary, protested against the new school law.",
        "Dorel Vasilescu",
        "ROU",
        None,
    ),
]


OFFICES_BEFORE = [
    (
        "Ukraine's deputy prime minister, Oleksandr Kravets, thanked Japan for its aid.",
        "Oleksandr Kravets",
        "UKR",
        "SUPPORT JPN",
    ),
    (
        "The director of Portugal's border agency, Nuno Vilela Santos, said Morocco had agreed to take back"
        " the migrants.",
        "Nuno Vilela Santos",
        "PRT",
        None,
    ),
    (
        "The head of Lithuania's border guard service, Rugilė Stankutė, said Belarus had pushed"
        " migrants across.",
        "Rugilė Stankutė",
        "LTU",
        None,
    ),
    (
        "Romania's energy minister, Sorin Grindeanu Vlad, signed a gas deal with Azerbaijan.",
        "Sorin Grindeanu Vlad",
        "ROU",
        "AGREE AZE",
    ),
    (
        "Portugal's defence minister, Helena Carreira Gomes, thanked Spain for the firefighting planes.",
        "Helena Carreira Gomes",
        "PRT",
        "SUPPORT ESP",
    ),
]


def _people(result: ag.Result) -> dict[str, ag.Actor]:
    return {a.name: a for a in result.actors if a.type == "person"}


@pytest.mark.parametrize(("text", "name", "state", "relation"), APPOSED_OFFICES + OFFICES_BEFORE)
def test_a_name_before_an_apposed_office_phrase_is_a_person(
    text: str, name: str, state: str, relation: str | None
) -> None:
    result = ag.build([ag.Document(id="s", text=text)], learned=False)
    people = _people(result)
    assert name in people, result.actors
    person = people[name]
    assert person.country == state, person
    assert not [a for a in result.actors if a.type == "organization" and a.name == name], result.actors
    if relation is not None:
        coded = {f"{r.type} {r.target_id}" for r in result.relations if r.source_id == person.id}
        assert relation in coded, result.relations


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        # the tagger's own people, and an office right after the comma, stay as they were
        (
            "Radu Popescu, Romania's interior minister, accused Moldova of harbouring smugglers.",
            "Radu Popescu",
            "ROU",
        ),
        (
            "Lucia Beatriz Moreno, Uruguay's foreign minister, said Uruguay would recall its ambassador.",
            "Lucia Beatriz Moreno",
            "URY",
        ),
        (
            "Jaroslav Dvorak, the Czech ambassador to Slovakia, criticised Hungary for blocking"
            " the sanctions.",
            "Jaroslav Dvorak",
            "CZE",
        ),
    ],
)
def test_people_the_tagger_found_keep_their_office(text: str, name: str, state: str) -> None:
    people = _people(ag.build([ag.Document(id="s", text=text)], learned=False))
    assert name in people and people[name].country == state, people


@pytest.mark.parametrize(
    "text",
    [
        # a body described by a noun that is no office stays no person
        "Banco Sol Nacional, Bolivia's largest lender, said it would stop lending to Peru.",
        "Costa Verde Shipping, the Portuguese ferry operator, suspended its service to Morocco.",
        "Bolivia's largest lender, Banco Sol Nacional, said it would stop lending to Peru.",
        "The owner of the ferries, Costa Verde Shipping, suspended its service to Morocco.",
    ],
)
def test_a_body_before_an_apposed_description_is_no_person(text: str) -> None:
    result = ag.build([ag.Document(id="s", text=text)], learned=False)
    assert not _people(result), result.actors


# "civilian leaders", "civilian officials": a state's government that is no military one, whom a coup
# ousts, not a group of the state's civilians (the society sector the word "civilian" names elsewhere)
CIVILIAN_LEADERS = [
    "The army seized power from civilian leaders in Guinea in 2021.",
    "The junta arrested several civilian officials in Niamey, Niger's capital.",
    "Soldiers in Mali detained the country's civilian leaders on Monday.",
    "The military in Sudan ousted civilian leaders and dissolved the cabinet.",
    "The coup leaders in Chad promised to hand power back to civilian leaders within two years.",
]


@pytest.mark.parametrize("text", CIVILIAN_LEADERS)
def test_civilian_leaders_are_no_group_of_civilians(text: str) -> None:
    result = ag.build([ag.Document(id="s", text=text)], learned=False)
    assert not [a for a in result.actors if a.sector == "CVL"], result.actors


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # civilians, and civilian workers, stay the state's people whom the attack strikes
        ("Soldiers in Mali killed dozens of civilians near Mopti.", "MLI_MIL ASSAULT MLI_CVL"),
        ("Gunmen killed civilian workers in Mali's Mopti region.", "MLI_REB ASSAULT MLI"),
    ],
)
def test_civilians_stay_civilians(text: str, wanted: str) -> None:
    result = ag.build([ag.Document(id="s", text=text)], learned=False)
    assert wanted in {f"{r.source_id} {r.type} {r.target_id}" for r in result.relations}, result.relations


# honorifics before a name are no part of it: "the Hon X", "Tan Sri X", "Datuk Seri X", "Dato' Sri X"
# (Malaysian and Bruneian honours, the Pacific's and Ghana's "Hon."); "Sri" and "Tan" still begin names
HONORIFICS = [
    (
        "Malaysian Prime Minister Tan Sri Anuar Musa met Indonesian President Prabowo Subianto in Jakarta.",
        "Anuar Musa",
    ),
    (
        "Malaysian Foreign Minister Datuk Seri Rahman Hashim met Thai Foreign Minister Sihasak"
        " Phuangketkeow.",
        "Rahman Hashim",
    ),
    ("Dato' Sri Azmin Latif, Malaysia's trade minister, signed an agreement with Vietnam.", "Azmin Latif"),
    (
        "Singapore's Prime Minister Lawrence Wong met Malaysian Defence Minister Dato’ Seri Khaled Nordin"
        " in Johor.",
        "Khaled Nordin",
    ),
    ("Prime Minister the Hon Sitiveni Talakai met his Fijian counterpart in Suva.", "Sitiveni Talakai"),
    (
        "Datuk Mohamad Hasan, Malaysia's foreign minister, criticised Israel over the strikes.",
        "Mohamad Hasan",
    ),
    ("Brunei's Foreign Minister Dato Erywan Yusof met Chinese Foreign Minister Wang Yi.", "Erywan Yusof"),
]


@pytest.mark.parametrize(("text", "name"), HONORIFICS)
def test_an_honorific_is_no_part_of_the_name(text: str, name: str) -> None:
    people = _people(ag.build([ag.Document(id="s", text=text)], learned=False))
    assert name in people, people
    assert not [p for p in people if p != name and p.endswith(name)], people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Indonesian Finance Minister Sri Mulyani Indrawati met Japanese officials in Tokyo.",
            "Sri Mulyani Indrawati",
        ),
        ("Singapore's former president Tan Keng Yam met Malaysian officials.", "Tan Keng Yam"),
        ("The Hon. Penny Wong met Fijian Prime Minister Sitiveni Rabuka in Suva.", "Penny Wong"),
    ],
)
def test_names_that_begin_like_an_honorific_stay_whole(text: str, name: str) -> None:
    assert name in _people(ag.build([ag.Document(id="s", text=text)], learned=False))
