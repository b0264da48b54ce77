"""Roles, round 21: who is accused when a statement condemns an expulsion "of" someone.

Every sentence here was written for these tests (none comes from a gold file); sentences with
different actors, wording and sentence shapes for the mechanism, plus guards for the nearby
constructions that must stay. Expectations are what a careful event coder writes down, at state level.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "criticized the expulsion of X's diplomats (by Y)": the noun reads as "expel * diplomats" (no "of"
# target of its own), yet its "of" phrase names who is expelled, never who expels; the accused is the
# by-phrase's actor (the parser may hang it on the diplomats), else no one --------------------------------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Brazil criticized the expulsion of the Venezuelan ambassador by Argentina.",
            ("BRA ACCUSE ARG",),
            ("BRA ACCUSE VEN",),
        ),
        (
            "Seoul protested the expulsion of Japanese envoys by Beijing, calling it unjustified.",
            ("KOR ACCUSE CHN",),
            ("KOR ACCUSE JPN",),
        ),
        (
            "Canada condemned the expulsion of German diplomats by Iran last week.",
            ("CAN ACCUSE IRN",),
            ("CAN ACCUSE DEU",),
        ),
        (
            "Ghana rejected the expulsion of the Togolese envoy by Benin as a hostile act.",
            ("GHA REJECT BEN",),
            ("GHA REJECT TGO",),
        ),
        (
            "Qatar criticized the expulsion of the Egyptian ambassador.",
            (),
            ("QAT ACCUSE EGY",),
        ),
    ],
)
def test_expelled_diplomats_are_not_the_accused(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# --- guards: an act's owner, its by-phrase, and an act whose "of" names its doer stay as they were ---------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Egypt condemned Israel's expulsion of the Jordanian ambassador.",
            ("EGY ACCUSE ISR",),
            ("EGY ACCUSE JOR",),
        ),
        ("Lithuania denounced the deportation of Ukrainian children by Russia.", ("LTU ACCUSE RUS",), ()),
        (
            "The Estonian government condemned the expulsion of the Finnish consul by Moscow on Friday.",
            ("EST ACCUSE RUS",),
            ("EST ACCUSE FIN",),
        ),
        ("Kenya condemned the brutality of the Ugandan police.", ("KEN ACCUSE UGA",), ()),
    ],
)
def test_named_doers_stay(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# --- "expressed condemnation of the harassment of X's boats": a hostile act in a phrase of a noun of
# disapproval is a grievance, no act of the speaker (its doer is its own by-phrase, else no one) -----------


@pytest.mark.parametrize(
    ("text", "not_want"),
    [
        (
            "The Japanese ambassador to Manila expressed strong condemnation of the harassment of Philippine"
            " fishing boats.",
            "JPN COERCE PHL",
        ),
        (
            "Britain's envoy conveyed strong criticism of the expulsion of Afghan refugees last month.",
            "GBR COERCE AFG",
        ),
        (
            "The French embassy expressed condemnation of the kidnapping of Nigerian schoolgirls by"
            " Boko Haram.",
            "FRA ASSAULT NGA",
        ),
        (
            "On Tuesday the Swiss embassy issued a condemnation of the shelling of Lebanese border towns.",
            "CHE ASSAULT LBN",
        ),
        (
            "Brazil's president expressed his condemnation of the bombing of Sudanese hospitals.",
            "BRA ASSAULT SDN",
        ),
        (
            "The Irish government expressed condemnation of the deportation of Eritrean asylum seekers.",
            "IRL COERCE ERI",
        ),
    ],
)
def test_condemned_act_is_no_act_of_the_speaker(expect: Expect, text: str, not_want: str) -> None:
    found = expect(text, (), (not_want,))
    assert any(" ACCUSE " in k for k in found), found


# --- guards: a hostile act under a verb of complaint, or with its own doer, stays as it was ----------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Canadian ambassador also expressed strong condemnation against the harassment of Canadian"
            " fishing boats by French vessels.",
            ("FRA COERCE CAN", "CAN ACCUSE FRA"),
        ),
        (
            "Ghana voiced strong condemnation of the detention of Ghanaian traders in Nigeria.",
            ("NGA COERCE GHA",),
        ),
        ("Egypt expressed its support for the deployment of Somali troops.", ("EGY SUPPORT SOM",)),
        (
            "Mongolia lodged a protest with Russia over the killing of a Mongolian herder.",
            ("MNG ACCUSE RUS",),
        ),
    ],
)
def test_grievance_guards(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)
