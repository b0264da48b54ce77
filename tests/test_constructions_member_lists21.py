"""A body's members listed, and the body meets (round 21, item "lists"): "A committee comprising
delegates from A, B and C convened", "the contact group, made up of A, B and C, met", "a meeting of the
X Commission, comprising A, B and C". The members the body's phrase lists ("comprising", "consisting
of", "composed of", "made up of", "which includes") met one another (CONSULT, every pair), as the
subjects of one meeting do; a body whose members do anything else ("a force comprising troops from A and
B attacked ...") makes no meeting of them. Two more places where a list loses its members: a list in
the subject's "of"/"from" phrase agrees among itself before a hostile complement, as a coordinated
subject does ("the governments of A, B and C agreed to ban ..."), and people met whose "from" phrase
the parser hung on the verb of meeting are of its states ("met officials from A and B").

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. Sides are at state level (the ``expect``
fixture).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- the body that lists its members is the subject of a meeting -------------------------------------

BODY_MEETS = [
    (
        "A committee comprising delegates from Sudan, Chad, Niger and Mali convened in Khartoum.",
        ("SDN CONSULT TCD", "NER CONSULT MLI"),
    ),
    (
        "The contact group, made up of Britain, Germany, Italy and Spain, met in Rome on Tuesday.",
        ("GBR CONSULT DEU", "ITA CONSULT ESP"),
    ),
    (
        "A panel consisting of envoys from Kenya, Ethiopia and Djibouti gathered in Nairobi.",
        ("KEN CONSULT ETH", "ETH CONSULT DJI"),
    ),
    (
        "The monitoring mechanism, composed of officers from Rwanda, Burundi and Uganda, held its first"
        " meeting in Kigali.",
        ("RWA CONSULT BDI", "BDI CONSULT UGA"),
    ),
    (
        "The Contact Group on Libya, comprising Britain, France and Italy, met in Rome.",
        ("GBR CONSULT FRA", "FRA CONSULT ITA"),
    ),
    (
        "The working group, which includes ministers from Peru, Chile and Ecuador, will meet in Lima next"
        " month.",
        ("PER CONSULT CHL", "CHL CONSULT ECU"),
    ),
]


@pytest.mark.parametrize(("text", "want"), BODY_MEETS)
def test_members_of_a_body_that_meets_meet_each_other(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want=want)


# --- a meeting "of" the body that lists its members --------------------------------------------------

MEETING_OF_BODY = [
    (
        "The talks came after a meeting of the Lake Chad Basin Commission, comprising Nigeria, Niger, Chad"
        " and Cameroon.",
        ("NGA CONSULT NER", "TCD CONSULT CMR"),
    ),
    (
        "Officials spoke after a session of the joint commission, made up of Ghana, Togo and Benin.",
        ("GHA CONSULT TGO", "TGO CONSULT BEN"),
    ),
    (
        "The statement followed a ministerial meeting of the regional platform, consisting of Georgia,"
        " Turkey and Iran.",
        ("GEO CONSULT TUR", "TUR CONSULT IRN"),
    ),
    (
        "Diplomats described a tense meeting of the border committee, which comprises Laos, Vietnam and"
        " Cambodia.",
        ("LAO CONSULT VNM", "VNM CONSULT KHM"),
    ),
    (
        "The plan was drafted at a meeting of a task force composed of officials from Oman, Yemen and"
        " Saudi Arabia.",
        ("OMN CONSULT YEM", "YEM CONSULT SAU"),
    ),
]


@pytest.mark.parametrize(("text", "want"), MEETING_OF_BODY)
def test_members_of_a_body_whose_meeting_is_told_meet_each_other(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want=want)


# --- guards -------------------------------------------------------------------------------------------


def test_members_of_a_body_that_fights_make_no_meeting(expect: Expect) -> None:
    expect(
        "A task force comprising troops from Kenya and Uganda attacked the rebels.",
        not_want=("KEN CONSULT UGA",),
    )


def test_members_of_a_body_that_is_praised_make_no_meeting(expect: Expect) -> None:
    expect(
        "Egypt praised the committee, comprising Sudan, Chad and Niger, for its report.",
        not_want=("SDN CONSULT TCD", "TCD CONSULT NER"),
    )


def test_a_meeting_that_brings_together_its_participants_is_read_as_before(expect: Expect) -> None:
    expect(
        "The forum, which brings together Brazil, Russia, India and China, met in Moscow.",
        want=("BRA CONSULT RUS", "IND CONSULT CHN"),
    )


# --- "the governments of A, B and C agreed to ban ...": the list in the subject's "of" phrase agrees ----

LISTED_OWNERS_AGREE = [
    (
        "The governments of Peru, Bolivia and Ecuador agreed on Tuesday to ban the export of mercury.",
        ("PER AGREE BOL", "BOL AGREE ECU"),
    ),
    (
        "The leaders of Kenya, Uganda and Rwanda agreed to prohibit the sale of ivory.",
        ("KEN AGREE UGA", "UGA AGREE RWA"),
    ),
    (
        "Ministers from Norway and Iceland agreed to ban bottom trawling in the Arctic.",
        ("NOR AGREE ISL",),
    ),
    (
        "The foreign ministers of Chile and Argentina agreed last week to prohibit fishing near the islands.",
        ("CHL AGREE ARG",),
    ),
    (
        "The presidents of Ghana, Togo and Benin agreed to ban the transit of used cars.",
        ("GHA AGREE TGO", "TGO AGREE BEN"),
    ),
]


@pytest.mark.parametrize(("text", "want"), LISTED_OWNERS_AGREE)
def test_a_list_in_the_subjects_of_phrase_agrees_among_itself(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want=want)


def test_an_agreement_to_sanction_by_one_owner_stays_the_sanction(expect: Expect) -> None:
    expect(
        "The government of Canada agreed to sanction Iran.",
        want=("CAN SANCTION IRN",),
        not_want=("CAN AGREE IRN",),
    )


# --- "met officials from A and B": the "from" list the parser hung on the verb of meeting --------------

MET_PEOPLE_FROM = [
    (
        "Erdogan met officials from Azerbaijan and Kazakhstan on Friday.",
        ("TUR CONSULT AZE", "TUR CONSULT KAZ"),
    ),
    (
        "Ruto received envoys from Uganda, Rwanda and Burundi in Nairobi.",
        ("KEN CONSULT UGA", "KEN CONSULT BDI"),
    ),
    (
        "Erdogan met his counterparts from Georgia and Armenia on Friday.",
        ("TUR CONSULT GEO", "TUR CONSULT ARM"),
    ),
    (
        "Macron met diplomats from Senegal and Mali at the Elysee.",
        ("FRA CONSULT SEN", "FRA CONSULT MLI"),
    ),
    (
        "Chinese President Xi Jinping met delegates from Laos, Cambodia and Myanmar on Tuesday.",
        ("CHN CONSULT LAO", "CHN CONSULT MMR"),
    ),
    ("The Thai prime minister met ministers from Laos and Vietnam in Bangkok.", ("THA CONSULT LAO",)),
    ("Scholz met his counterpart from Poland on Friday.", ("DEU CONSULT POL",)),
    ("Pashinyan met his counterpart from Georgia in Yerevan.", ("ARM CONSULT GEO",)),
]


@pytest.mark.parametrize(("text", "want"), MET_PEOPLE_FROM)
def test_people_met_are_of_the_states_of_the_from_phrase(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want=want)


def test_people_evacuated_from_a_state_stay_the_evacuation(expect: Expect) -> None:
    expect("Russia evacuated diplomats from Sudan.", want=("RUS AID SDN",), not_want=("RUS CONSULT SDN",))
