"""Lists of actors, round 14: a region listed with actors that act together, and a list item the parser
hung elsewhere after an apposition.

Round 14, the lists helper's brief. Each construction has five sentences written for these tests
(different actors, wording and sentence shapes; none taken from the development or evaluation sets),
run through the packaged model; each failed before its mechanism. ``want`` lists coded relations that
must be found ("SRC TYPE TGT", sides at state level, mutual relations both ways); ``not_want`` lists
relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "The US and Europe imposed sanctions on Russia": a region that acts is the organisation that acts
# for it ("Europe retaliated" is the EU) also where it is listed with other actors of the clause --------

ACTING_REGION_LISTED = [
    ("The United States and Europe imposed new sanctions on Iran.", ("EU SANCTION IRN", "USA SANCTION IRN")),
    ("Japan and Europe criticized China over its export ban.", ("EU ACCUSE CHN", "JPN ACCUSE CHN")),
    ("Canada, Australia and Europe condemned the coup in Niger.", ("EU ACCUSE NER", "CAN ACCUSE NER")),
    ("Washington and Europe have pledged more military aid to Ukraine.", ("EU AID UKR",)),
    ("New sanctions were imposed on Belarus by Britain and Europe.", ("EU SANCTION BLR", "GBR SANCTION BLR")),
    ("Talks between China and Europe on tariffs ended without a deal.", ("CHN CONSULT EU",)),
]


@pytest.mark.parametrize(("text", "want"), ACTING_REGION_LISTED)
def test_listed_region_that_acts_is_its_organisation(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want)


def test_listed_region_that_is_a_place_is_no_actor(expect: Expect) -> None:
    """ "exports to India and Europe": a place a list names with a state, no actor (unchanged)."""
    expect("China exports cheap steel to India and Europe.", ("CHN COOPERATE IND",), ("CHN COOPERATE EU",))


def test_two_regions_listed_name_no_actor(expect: Expect) -> None:
    """ "Europe and Africa": two regions, neither an actor (unchanged)."""
    expect("Europe and Africa condemned the attack by Russia.", not_want=("EU ACCUSE RUS",))


# --- "talks with his Tanzanian counterpart, X, and President of Uganda Y": after an apposition the parser
# hangs the list's next item on the verb, the event noun or the apposed name; it is still an item ---------

AFTER_APPOSITION = [
    (
        "Ruto held talks with his Tanzanian counterpart, Samia Suluhu Hassan, and President of Uganda Yoweri"
        " Museveni.",
        ("KEN CONSULT UGA", "KEN CONSULT TZA"),
    ),
    (
        "Macron paid a courtesy call on the President of Senegal, Bassirou Diomaye Faye, and the Prime"
        " Minister of Mauritania, Mokhtar Ould Djay.",
        ("FRA CONSULT MRT", "FRA CONSULT SEN"),
    ),
    (
        "Erdogan hosted his Azerbaijani counterpart, Ilham Aliyev, and Hungarian Prime Minister Viktor Orban"
        " in Ankara.",
        ("TUR CONSULT HUN", "TUR CONSULT AZE"),
    ),
    (
        "Ramaphosa met the President of Zimbabwe, Emmerson Mnangagwa, and Mozambique's president, Daniel"
        " Chapo, in Pretoria.",
        ("ZAF CONSULT MOZ", "ZAF CONSULT ZWE"),
    ),
    (
        "Rubio thanked the Prime Minister of Qatar, Mohammed bin Abdulrahman Al Thani, and Egypt's Foreign"
        " Minister Badr Abdelatty for their mediation.",
        ("USA SUPPORT EGY", "USA SUPPORT QAT"),
    ),
]


@pytest.mark.parametrize(("text", "want"), AFTER_APPOSITION)
def test_item_after_an_apposition_is_listed(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            # a clause of its own after the apposition: its subject is no object of "met"
            "Ruto met his Tanzanian counterpart, Samia Suluhu Hassan, and the two leaders signed a trade"
            " deal.",
            ("KEN CONSULT TZA",),
            (),
        ),
        (
            # a state that is the subject of its own clause after the apposition is no one called
            "Macron called the President of Senegal, Bassirou Diomaye Faye, and Mali's junta accused France"
            " of meddling.",
            ("FRA CONSULT SEN", "MLI ACCUSE FRA"),
            ("FRA CONSULT MLI",),
        ),
        (
            # a second verb after the apposition: its object is no one criticized
            "Blinken criticized China's ambassador, Xie Feng, and then met Japanese officials.",
            ("USA ACCUSE CHN", "USA CONSULT JPN"),
            ("USA ACCUSE JPN",),
        ),
    ],
)
def test_clause_after_an_apposition_lists_nothing(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# --- "Pedro Sanchez and Emmanuel Macron said that Israel had ...": every person of a list that speaks says
# it, not only the first one the subject phrase names ----------------------------------------------------

LISTED_SPEAKERS = [
    ("Pedro Sanchez and Emmanuel Macron said that Israel had violated the law.", ("FRA ACCUSE ISR",)),
    ("Olaf Scholz and Giorgia Meloni said that Russia had attacked civilians.", ("ITA ACCUSE RUS",)),
    ("Vucic and Orban said that the European Union had betrayed them.", ("HUN ACCUSE EU",)),
    ("Macron and Scholz said that Russia had violated the ceasefire.", ("DEU ACCUSE RUS", "FRA ACCUSE RUS")),
    (
        "Luiz Inacio Lula da Silva and Gustavo Petro said that the United States had violated Venezuela's"
        " sovereignty.",
        ("COL ACCUSE USA", "BRA ACCUSE USA"),
    ),
]


@pytest.mark.parametrize(("text", "want"), LISTED_SPEAKERS)
def test_every_listed_person_speaks(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_one_titled_speaker_speaks_alone(expect: Expect) -> None:
    """ "Kenya's foreign minister, X, said": one person, not the office's state as a second speaker
    (unchanged)."""
    found = expect(
        "Kenya's foreign minister, Musalia Mudavadi, said that Ethiopia had violated the agreement.",
        ("KEN ACCUSE ETH",),
    )
    assert len(found) == 1, found
