"""Organs of a state (round 21): a bare organ's name whose state the document writes where the tagger
found no name, or whose state is the one the story is filed from.

"The Peruvian Defense Ministry accused ... Defense Ministry spokesman X said ...": the tagger often
takes no organisation in a demonym's phrase ("Peruvian Defense Ministry"), so the bare name that follows
was an organ of no state and its spokesman had none. The organ is the state's that the document writes
right before the same words (a demonym, a state, its possessive), when exactly one state does; not when
two do, and not a name that is no organ's ("Agriculture [Minister X]"). Failing that, a bare organ in a
story whose dateline names one state ("Baku – 12 May 2025: Foreign Ministry spokesman X ...", "ANKARA (AA)
- ...") is that state's.

Every sentence here was written for these tests (none comes from a gold file), with different actors and
wording from the development stories.
"""

from __future__ import annotations

import pytest

import actorgraph as ag

WRITTEN_OWNERS = [
    # (text, the spokesperson, the state the organ is written with)
    (
        "The Georgian Interior Ministry detained two Russian citizens on Friday. Interior Ministry"
        " spokesman Levan Abashidze said they had crossed the border illegally.",
        "Levan Abashidze",
        "GEO",
    ),
    (
        "The Nigerian Foreign Ministry summoned the Ghanaian envoy on Wednesday. Foreign Ministry"
        " spokeswoman Amaka Obi said the remarks were unacceptable.",
        "Amaka Obi",
        "NGA",
    ),
    (
        'The Bolivian Foreign Ministry rejected the Chilean claims. "We will go to the court," Foreign'
        " Ministry spokesman Hugo Mamani told reporters.",
        "Hugo Mamani",
        "BOL",
    ),
    (
        "The Kazakh Defense Ministry announced joint drills with China. Defense Ministry spokesman Nurlan"
        " Sadykov said the exercises would last a week.",
        "Nurlan Sadykov",
        "KAZ",
    ),
    (
        "The Thai foreign ministry lodged a protest with Cambodia on Monday. The statement by foreign"
        " ministry spokesman Somchai Rattanakorn came after two soldiers were hurt.",
        "Somchai Rattanakorn",
        "THA",
    ),
    (
        "The Serbian Interior Ministry expelled a Croatian journalist. Interior Ministry spokeswoman"
        " Jelena Markovic said he had no permit.",
        "Jelena Markovic",
        "SRB",
    ),
]


def _person(text: str, name: str) -> ag.Actor:
    result = ag.build([ag.Document(id="d", text=text)], learned=False)
    return next(a for a in result.actors if a.type == "person" and a.name == name)


WRITTEN_OTHERWISE = [
    # the organ written with its state one way, bare the other way
    (
        "The Chilean Ministry of Foreign Affairs rejected the claim. Foreign Ministry spokesman Jorge Rojas"
        " said Santiago would go to court.",
        "Jorge Rojas",
        "CHL",
    ),
    (
        "The Uruguayan Foreign Ministry recalled its ambassador from Caracas. A spokeswoman for the Ministry"
        " of Foreign Affairs, Lucia Pereira, said the decision was final.",
        "Lucia Pereira",
        "URY",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), WRITTEN_OWNERS + WRITTEN_OTHERWISE)
def test_a_bare_organ_is_the_organ_of_the_state_written_with_it(text: str, name: str, state: str) -> None:
    assert _person(text, name).country == state


def test_an_organ_written_with_a_possessive_state_keeps_it() -> None:
    text = (
        "Vietnam's Foreign Ministry protested to China over the patrols. Foreign Ministry spokeswoman"
        " Pham Thu Hang said Hanoi had sovereignty over the islands."
    )
    assert _person(text, "Pham Thu Hang").country == "VNM"


def test_an_organ_two_states_write_stays_of_no_state() -> None:
    text = (
        "The Peruvian Foreign Ministry and the Chilean Foreign Ministry traded statements on Monday."
        " Foreign Ministry spokesman Carlos Huaman said the talks would resume."
    )
    assert _person(text, "Carlos Huaman").country is None


def test_a_portfolio_before_a_title_is_no_organ_of_the_state_written_with_it() -> None:
    text = (
        "The Polish Agriculture Ministry opposed the trade deal. Italy has voiced similar concerns, with"
        " Agriculture Minister Marco Bellini demanding stricter checks on imports."
    )
    result = ag.build([ag.Document(id="d", text=text)], learned=False)
    bellini = next((a for a in result.actors if a.name == "Marco Bellini"), None)
    assert bellini is None or bellini.country != "POL"


DATELINES = [
    # (text, the spokesperson, the state the story is filed from)
    (
        "ANKARA (AA) - Defense Ministry spokesman Zeki Akturk said Turkish troops had killed five militants"
        " in Iraq.",
        "Zeki Akturk",
        "TUR",
    ),
    (
        "Baku – 12 May 2025: Foreign Ministry spokesman Elnur Mammadli accused Armenia of shelling border"
        " villages.",
        "Elnur Mammadli",
        "AZE",
    ),
    (
        "LIMA, Peru, June 3 – Foreign Ministry spokeswoman Rosa Quispe accused Bolivia of meddling.",
        "Rosa Quispe",
        "PER",
    ),
    (
        "Nairobi – 4 March 2025: Interior Ministry spokesman Peter Otieno accused Somalia of harbouring"
        " militants.",
        "Peter Otieno",
        "KEN",
    ),
    (
        "Abuja – 2 April 2025: Defence Ministry spokesman Musa Danladi said Niger had closed the border.",
        "Musa Danladi",
        "NGA",
    ),
    (
        "YEREVAN (ARKA) – Foreign Ministry spokeswoman Lilit Hakobyan accused Azerbaijan of blocking the"
        " road.",
        "Lilit Hakobyan",
        "ARM",
    ),
]


@pytest.mark.parametrize(("text", "name", "state"), DATELINES)
def test_a_bare_organ_is_the_organ_of_the_dateline_state(text: str, name: str, state: str) -> None:
    assert _person(text, name).country == state


@pytest.mark.parametrize(
    "text",
    [
        # two states file the story
        "WASHINGTON/BEIJING (Reuters) - Foreign Ministry spokesman Li Wen accused Japan of provoking"
        " tensions.",
        # no dateline
        "Foreign Ministry spokesman Li Wen accused Japan of provoking tensions.",
        # a dash in a sentence is no dateline
        "Officials said on Monday – a day after the clash – that Foreign Ministry spokesman Li Wen would"
        " travel to Beijing.",
    ],
)
def test_no_dateline_state_without_one_filing_state(text: str) -> None:
    assert _person(text, "Li Wen").country is None
