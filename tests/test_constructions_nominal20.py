"""Event nouns (round 20, item "nominal"): the occasion noun of a fronted phrase, and a dated "call".

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "During a call with X, Y stressed ...": the parser hangs the clause's subject on the "with" object
# (as its apposition or conjunct); the subject is still the verb's, and takes part in the meeting -----

SWALLOWED_SUBJECT = [
    # the subject made the apposition of the "with" object
    (
        "During a meeting with Kenyan President William Ruto, Tanzanian President Samia Suluhu Hassan "
        "stressed the need for open borders.",
        ("TZA CONSULT KEN",),
    ),
    (
        "During the meeting with Japanese Foreign Minister Yoko Kamikawa, South Korean Foreign Minister "
        "Cho Tae-yul proposed a new hotline.",
        ("KOR CONSULT JPN",),
    ),
    (
        "In a phone call with Egyptian Foreign Minister Sameh Shoukry, Jordanian Foreign Minister Ayman "
        "Safadi condemned the strikes.",
        ("JOR CONSULT EGY",),
    ),
    # (whose title is none of the apposed name's: Ruto stays Kenyan)
    (
        "During a telephone conversation with his Kenyan counterpart William Ruto, Tanzanian President "
        "Samia Suluhu Hassan stressed the need for open borders.",
        ("TZA CONSULT KEN",),
    ),
    # ... or its conjunct
    (
        "In talks with his Peruvian counterpart Javier Gonzalez-Olaechea, Bolivian Foreign Minister "
        "Celinda Sosa welcomed the new border agreement.",
        ("BOL CONSULT PER",),
    ),
    (
        "During talks with Brazilian President Luiz Inacio Lula da Silva, Colombian President Gustavo "
        "Petro called for an Amazon summit.",
        ("COL CONSULT BRA",),
    ),
    # ... before a quoted verb and its adverb
    (
        "In a conversation with Erdogan, Aliyev allegedly “joked” that the border talks would take decades.",
        ("AZE CONSULT TUR",),
    ),
]


@pytest.mark.parametrize(("text", "want"), SWALLOWED_SUBJECT)
def test_a_fronted_meeting_is_held_by_the_clause_subject_the_parser_hung_on_it(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    """A fronted phrase whose last name, after a comma, the parser made the apposition or conjunct of the
    phrase's object, right before a verb with no subject, is that verb's subject ("During a call with A,
    B said"), and not one of those the meeting is with."""
    found = expect(text, want)
    # the swallowed subject is not one of the people the meeting is with
    source = want[0].split()[0]
    assert f"{source} CONSULT {source}" not in found


SWALLOWED_GUARDS = [
    # the subject in its place, after a name or an apposition: nothing changes
    (
        "In a phone call with Turkish President Recep Tayyip Erdogan, German Chancellor Olaf Scholz "
        "reportedly “warned” that the pipeline deal could collapse.",
        ("DEU CONSULT TUR",),
        ("DEU CONSULT DEU",),
    ),
    (
        "In a meeting with French President Emmanuel Macron, Nigerian President Bola Tinubu praised the new "
        "trade partnership.",
        ("NGA CONSULT FRA",),
        ("NGA CONSULT NGA",),
    ),
    # a real list in the "with" phrase, the subject named after it
    (
        "In talks with France, Germany and Italy, Spain pressed for a deal on migration.",
        ("ESP CONSULT FRA", "ESP CONSULT ITA"),
        (),
    ),
    # no phrase fronted: the apposition describes the name
    (
        "Kenya's president met Ethiopian Prime Minister Abiy Ahmed, the winner of the 2019 Nobel Peace "
        "Prize, in Nairobi.",
        ("KEN CONSULT ETH",),
        (),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), SWALLOWED_GUARDS)
def test_fronted_meetings_with_a_subject_in_place_stay(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# --- "had a phone call on Monday with X": a "call" dated by its "on" phrase is a call with X, no call
# on someone to act ------------------------------------------------------------------------------------

DATED_CALL = [
    (
        "Polish Foreign Minister Radoslaw Sikorski had a phone call on Monday with Lithuania about the "
        "Belarus border.",
        ("POL CONSULT LTU",),
        ("POL REQUEST LTU",),
    ),
    (
        "Nepal's foreign minister had a phone call on Sunday with his Indian counterpart.",
        ("NPL CONSULT IND",),
        ("NPL REQUEST IND",),
    ),
    (
        "Morocco's king had a long telephone call on Saturday with the Spanish prime minister.",
        ("MAR CONSULT ESP",),
        ("MAR REQUEST ESP",),
    ),
    (
        "Vietnam's prime minister had a telephone call on 4 March with Laos.",
        ("VNM CONSULT LAO",),
        ("VNM REQUEST LAO",),
    ),
    (
        "The Estonian leader had a video call on Thursday evening with the Finnish president.",
        ("EST CONSULT FIN",),
        ("EST REQUEST FIN",),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), DATED_CALL)
def test_a_call_dated_by_its_on_phrase_is_a_call_with_someone(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    """A "call" whose "on" object is a date or a time is the meeting noun "call", with its "with" phrase,
    not the noun "call on" (REQUEST) that asks someone to act."""
    expect(text, want, not_want)


DATED_CALL_GUARDS = [
    ("Germany renewed its call on Iran to release the detained journalists.", ("DEU REQUEST IRN",)),
    ("The call on Monday by Japan on China to halt the drills went unanswered.", ("JPN REQUEST CHN",)),
]


@pytest.mark.parametrize(("text", "want"), DATED_CALL_GUARDS)
def test_a_call_on_someone_stays_a_request(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


# --- "AU-sponsored talks between A and B": the one hyphened before a participle of hosting or
# mediating on a meeting noun meets each side (CONSULT), as "talks sponsored by the AU" does -----------

SPONSORED_MEETING = [
    (
        "The AU-sponsored talks between Egypt and Ethiopia resumed in Kinshasa.",
        ("AU CONSULT EGY", "AU CONSULT ETH"),
        ("AU COOPERATE EGY",),
    ),
    (
        "A Swiss-sponsored meeting between Cyprus and Turkey ended without progress.",
        ("CHE CONSULT CYP", "CHE CONSULT TUR"),
        ("CHE COOPERATE CYP",),
    ),
    (
        "The Qatar-facilitated consultations between Chad and Sudan broke down in June.",
        ("QAT CONSULT TCD", "QAT CONSULT SDN"),
        ("QAT COOPERATE TCD",),
    ),
    (
        "The Norway-facilitated negotiations between Colombia and Venezuela stalled over the border.",
        ("NOR CONSULT COL", "NOR CONSULT VEN"),
        ("NOR COOPERATE COL",),
    ),
    (
        "Russia and Japan held Mongolia-sponsored consultations on the fishing dispute.",
        ("MNG CONSULT RUS", "MNG CONSULT JPN"),
        ("MNG COOPERATE RUS",),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), SPONSORED_MEETING)
def test_the_sponsor_hyphened_before_a_meeting_meets_its_sides(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    """A participle of hosting or mediating (``hosting_participles``, ``mediating_verbs``) on a meeting
    noun, with an actor hyphened before it, makes that actor meet each side of the meeting: the noun's
    between-parties, else the doers of its clause."""
    expect(text, want, not_want)


SPONSORED_GUARDS = [
    # a settlement so brokered stays the broker's meeting with its parties
    (
        "The Egypt-brokered truce between Israel and Hamas held through the weekend.",
        ("EGY CONSULT ISR", "EGY CONSULT PSE"),
        (),
    ),
    # a hosted summit stays the host's
    ("A Turkey-hosted summit between Russia and Ukraine was cancelled.", ("TUR CONSULT RUS",), ()),
    # a participle by-agent stays as it was
    (
        "The talks between Egypt and Sudan, sponsored by the AU, resumed.",
        ("AU CONSULT EGY", "AU CONSULT SDN"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), SPONSORED_GUARDS)
def test_brokered_and_hosted_meetings_stay(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)
