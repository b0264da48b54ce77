"""Lists of actors, round 17: the first of two titled names the parser hung on the second, and a written
list broken up by the parser around its last item.

Round 17, the lists helper's brief. Each construction has five sentences written for these tests
(different actors, wording and sentence shapes; none taken from the development or evaluation sets),
run through the packaged model; each failed before its mechanism. ``want`` lists coded relations that
must be found ("SRC TYPE TGT", sides at state level, mutual relations both ways); ``not_want`` lists
relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

Expect = Callable[..., dict[str, set[str]]]


def _sources(text: str, target: str) -> set[str]:
    """The people (by id) who act on ``target`` in ``text``."""
    graph = ag.build([ag.Document(id="s", text=text)])
    return {r.source_id for r in graph.relations if r.type != "AFFILIATION" and target in r.target_id}


# --- "Foreign Minister A and Defence Minister B held talks with X": the parser hangs the first name on
# the second as a modifier, with "and" and the second title its own dependents; both act ---------------

TITLED_PAIR = [
    (
        "Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu held talks with Syrian officials.",
        "SYR",
    ),
    (
        "Secretary of State Antony Blinken and Defense Secretary Lloyd Austin criticized China on Monday.",
        "CHN",
    ),
    ("Foreign Minister Penny Wong and Trade Minister Don Farrell visited Beijing last week.", "CHN"),
    (
        "Foreign Secretary David Lammy and Defence Secretary John Healey met Ukrainian officials in Kyiv.",
        "UKR",
    ),
    ("Prime Minister Keir Starmer and Foreign Secretary David Lammy condemned Iran on Sunday.", "IRN"),
    ("Foreign Minister Annalena Baerbock and Defence Minister Boris Pistorius visited Lithuania.", "LTU"),
]


@pytest.mark.parametrize(("text", "target"), TITLED_PAIR)
def test_first_of_two_titled_names_acts_too(text: str, target: str) -> None:
    assert len(_sources(text, target)) == 2, text


def test_one_titled_name_stays_one() -> None:
    # guard: a lone titled name is one side, and a name's own given name adds no one
    assert len(_sources("Foreign Minister Sergei Lavrov met Syrian officials in Damascus.", "SYR")) == 1


# --- "Burkina Faso, Mali, and Niger condemned France": a list of three or more the parser broke up (the
# first item made the root, the verb its conjunct, the last item the verb's only subject) ----------------

BROKEN_LIST = [
    (
        "Burkina Faso, Mali, and Chad announced on Friday their support for Russia.",
        ("BFA SUPPORT RUS", "MLI SUPPORT RUS", "TCD SUPPORT RUS"),
    ),
    (
        "Costa Rica, Burkina Faso, and Mali condemned Iran.",
        ("CRI ACCUSE IRN", "BFA ACCUSE IRN", "MLI ACCUSE IRN"),
    ),
    (
        "Papua New Guinea, Costa Rica, and Ghana announced their support for Israel.",
        ("PNG SUPPORT ISR", "CRI SUPPORT ISR", "GHA SUPPORT ISR"),
    ),
    (
        "Sri Lanka, Costa Rica, and Chile signed a trade pact.",
        ("LKA AGREE CRI", "CRI AGREE CHL", "LKA AGREE CHL"),
    ),
    (
        "Saudi Arabia, Costa Rica, and Niger announced on Friday their recognition of Kosovo.",
        ("SAU SUPPORT KSV", "CRI SUPPORT KSV", "NER SUPPORT KSV"),
    ),
]


@pytest.mark.parametrize(("text", "want"), BROKEN_LIST)
def test_broken_list_keeps_every_item(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_two_clauses_joined_by_and_are_no_list(expect: Expect) -> None:
    # guard: ", and" joining two clauses: the first clause's objects do not join the second's subject
    expect(
        "Chad expelled the envoys of Sudan and Libya, and Niger condemned France.",
        ("NER ACCUSE FRA",),
        ("LBY ACCUSE FRA", "SDN ACCUSE FRA"),
    )
