"""Vocabulary, round 14: families of trigger words the lexicon lacked, one sentence in, coded relations out.

Every sentence here was written for this file before the words were added (none comes from a
development or evaluation set), with different actors and wording per family; the guards keep the
nearby constructions as they were.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pending import marked

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


#: Sentences whose construction is not handled yet (each becomes a strict xfail).
PENDING: dict[str, str] = {
    "with Malaysian investigators": "a group of a state's investigators as the partner names no actor "
    "('cooperated closely with Malaysian investigators' alike)",
}


# --- working with a partner is cooperation ------------------------------------------------------------

WORK_WITH = [
    ("Kenya is working with Uganda to stop cattle raids along their border.", "KEN COOPERATE UGA"),
    (
        "Norway and Iceland have been working together on fisheries enforcement in the Arctic.",
        "NOR COOPERATE ISL",
    ),
    (
        "Indonesian police worked closely with Malaysian investigators to break up the ring.",
        "IDN COOPERATE MYS",
    ),
    (
        "Morocco is working alongside Spain to curb migration across the Strait of Gibraltar.",
        "MAR COOPERATE ESP",
    ),
    ("Ghana worked jointly with Benin last year to secure the coastline.", "GHA COOPERATE BEN"),
    ("Officials from Laos are working with Thai customs officers on the new bridge.", "LAO COOPERATE THA"),
]


@pytest.mark.parametrize(("text", "want"), marked(WORK_WITH, PENDING))
def test_working_with_a_partner_is_cooperation(expect: Expect, text: str, want: str) -> None:
    """ "worked with X", "working alongside X", "A and B are working together": COOPERATE (CAMEO 06)."""
    expect(text, (want,))


WORK_ELSEWHERE = [
    ("Kenyan doctors work in Uganda.", "KEN COOPERATE UGA"),
    ("The Chinese firm worked on the Ethiopian railway for three years.", "CHN COOPERATE ETH"),
    ("Thousands of Nepalis work in Qatar.", "NPL COOPERATE QAT"),
    ("Bolivia worked hard to meet its debt payments to Brazil.", "BOL COOPERATE BRA"),
    # a partner the story named before is no partner of work that names none
    (
        "Spain and Morocco held talks on Monday. Spanish diplomats worked hard to prepare the visit.",
        "ESP COOPERATE MAR",
    ),
    ("Chinese engineers work as a bridge between Beijing and Laos.", "CHN COOPERATE LAO"),
]


@pytest.mark.parametrize(("text", "wrong"), WORK_ELSEWHERE)
def test_working_somewhere_or_on_something_names_no_partner(coded: Coded, text: str, wrong: str) -> None:
    """Where one works, and on what, is no partner: only "with", "alongside" and "together" are."""
    assert wrong not in coded(text)


# --- looking forward to a cooperative act is an intent to deepen ties ------------------------------------

LOOK_FORWARD = [
    ("Chile said it looks forward to working with Peru on water sharing.", "CHL AGREE PER"),
    (
        "The Japanese prime minister said he looked forward to closer cooperation with Vietnam.",
        "JPN AGREE VNM",
    ),
    ("Ecuador looks forward to deepening its partnership with Colombia.", "ECU AGREE COL"),
    ('"We look forward to stronger ties with Kazakhstan," the Uzbek president said.', "UZB AGREE KAZ"),
    ("Algeria is looking forward to resuming gas talks with Spain.", "DZA AGREE ESP"),
    (
        "Spanish Prime Minister Pedro Sanchez said he looked forward to working closely with Portugal.",
        "ESP AGREE PRT",
    ),
]


@pytest.mark.parametrize(("text", "want"), marked(LOOK_FORWARD, PENDING))
def test_looking_forward_to_cooperation_is_an_intent(expect: Expect, text: str, want: str) -> None:
    """ "looks forward to working with X", "to closer ties with X": AGREE (CAMEO 030), the guidelines'
    expression of intent to deepen ties."""
    expect(text, (want,))


def test_the_work_looked_forward_to_is_the_intent(coded: Coded) -> None:
    """ "looks forward to working with X" is one intent (AGREE), no cooperation of its own."""
    found = coded("Kenya said it looks forward to working with Tanzania on the new railway.")
    assert "KEN AGREE TZA" in found
    assert "KEN COOPERATE TZA" not in found


def test_looking_forward_to_sanctions_agrees_nothing_with_the_target(coded: Coded) -> None:
    """A hostile act one looks forward to is no agreement with its target (``agreed_hostile_types``)."""
    assert "POL AGREE RUS" not in coded("Poland looks forward to new sanctions against Russia.")


def test_looking_forward_in_time_is_no_intent(coded: Coded) -> None:
    """ "looking further forward" or a forward position is no intent toward anyone."""
    found = coded("Looking forward, Thailand expects tourists from China to return.")
    assert "THA AGREE CHN" not in found


def test_work_as_a_bridge_names_no_partner(coded: Coded) -> None:
    """Work that names no partner ("work as a bridge joining the two") takes none from the sentence's
    pair either: the one cooperation stated is the relations the deputies foster (asserted)."""
    found = coded(
        "Macron received a group of German deputies fostering closer relations between Paris and Berlin "
        "and lauded their efforts to work as a bridge joining the two countries."
    )
    assert "hypothetical" not in found.get("DEU COOPERATE FRA", set())


# --- adjectives of dismay -------------------------------------------------------------------------------

DISMAY = [
    ("Indonesia is deeply disappointed by Australia's decision to cut aid.", "IDN ACCUSE AUS"),
    ("Ghana said it was dismayed at Nigeria's border closure.", "GHA ACCUSE NGA"),
    ("Canada is alarmed by China's detention of two of its citizens.", "CAN ACCUSE CHN"),
    ("The Irish government was appalled by Israel's strike on the school.", "IRL ACCUSE ISR"),
    ("Norway is troubled by Russia's military activity near Svalbard.", "NOR ACCUSE RUS"),
    ("Mexico was incensed over the U.S. decision to build the wall.", "MEX ACCUSE USA"),
]


@pytest.mark.parametrize(("text", "want"), DISMAY)
def test_dismay_at_an_act_accuses_its_doer(expect: Expect, text: str, want: str) -> None:
    """ "disappointed by", "dismayed at", "alarmed by", "appalled by", "troubled by", "incensed over":
    ACCUSE (CAMEO 111), as "concerned about", "angry at" and "upset with" already were."""
    expect(text, (want,))


def test_a_troubled_border_accuses_no_one(coded: Coded) -> None:
    """An adjective of dismay on a thing ("their troubled border") states no one's feeling."""
    found = coded("Armenia and Azerbaijan clashed again along their troubled border.")
    assert not [k for k in found if " ACCUSE " in k]
