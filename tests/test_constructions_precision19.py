"""Precision, round 19: a title the parser cut off a name is no list item; a bloc of many pairs no one.

Every sentence here was written for these tests (none comes from a gold file); sentences with
different actors, wording and sentence shapes for the mechanism, plus guards for the nearby
constructions that must stay. Expectations are what a careful event coder writes down.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

Expect = Callable[..., dict[str, set[str]]]
RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


# --- "A and Thai acting Prime Minister B": the parser makes "Thai" (or "Argentine Foreign Minister") a
# conjunct of A and B another conjunct or an apposition of A; B is the item, the demonym's state is B's
# own and no side of its own (paired neither with B nor with A) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second", "state"),
    [
        (
            "Cambodian Foreign Minister Prak Sokhonn and Thai acting Foreign Minister Maris Sangiampongsa "
            "agreed to hold talks.",
            "Prak Sokhonn",
            "Maris Sangiampongsa",
            "THA",
        ),
        (
            "Chilean Foreign Minister Alberto van Klaveren and Argentine Foreign Minister Diana Mondino "
            "signed a fisheries agreement.",
            "Alberto van Klaveren",
            "Diana Mondino",
            "ARG",
        ),
        (
            "Malaysian Prime Minister Anwar Ibrahim and Thai acting Prime Minister Phumtham Wechayachai "
            "agreed to hold a ceasefire.",
            "Anwar Ibrahim",
            "Phumtham Wechayachai",
            "THA",
        ),
        (
            "Nepalese Prime Minister Sher Bahadur Deuba and Bhutanese acting Foreign Minister Tandi Dorji "
            "discussed refugees.",
            "Sher Bahadur Deuba",
            "Tandi Dorji",
            "BTN",
        ),
        (
            "Laotian Prime Minister Sonexay Siphandone and Thai acting Prime Minister Phumtham Wechayachai "
            "discussed the dam project.",
            "Sonexay Siphandone",
            "Phumtham Wechayachai",
            "THA",
        ),
        (
            "Libyan Prime Minister Abdul Hamid Dbeibah and Tunisian acting President Kais Saied agreed to "
            "reopen the border.",
            "Abdul Hamid Dbeibah",
            "Kais Saied",
            "TUN",
        ),
    ],
)
def test_a_split_title_is_no_list_item(
    relations_of: RelationsOf, text: str, first: str, second: str, state: str
) -> None:
    rels = relations_of(text)
    pairs = {frozenset((r.source_name, r.target_name)) for r in rels}
    assert frozenset((first, second)) in pairs, pairs
    assert not [r for r in rels if state in (r.source_id, r.target_id)], pairs  # the state is no side
    assert {r.target_country for r in rels if r.target_name == second} | {
        r.source_country for r in rels if r.source_name == second
    } == {state}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a pipeline deal.",
            ("KEN AGREE UGA",),
        ),
        (
            "Japan and South Korean President Yoon Suk Yeol agreed to restore military ties.",
            ("JPN AGREE KOR",),
        ),
        ("Egypt, Jordan and Iraq agreed to link their power grids.", ("EGY AGREE JOR", "JOR AGREE IRQ")),
    ],
)
def test_whole_list_items_stay(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    """Guards: lists whose items are each written whole keep every item, a state among them too."""
    expect(text, want)


# --- "the trade alliance between A, B, C and D", "balanced relations among A, B, C and D": a bloc, a
# market or a balance of many is no act of each pair in it; cooperation or talks among them still are ---

BLOCS = [
    (
        "The ministers praised the free trade zone between Kenya, Uganda, Tanzania and Rwanda.",
        ("KEN COOPERATE UGA", "TZA COOPERATE RWA"),
    ),
    (
        "Mongolia has long balanced its ties among China, Russia, Japan and the United States.",
        ("CHN COOPERATE RUS", "JPN COOPERATE USA"),
    ),
    (
        "Officials described the defence alliance among Poland, Lithuania, Latvia and Estonia as vital.",
        ("POL COOPERATE LTU", "LVA COOPERATE EST"),
    ),
    (
        "Trade relations among Vietnam, Laos, Cambodia and Thailand remain uneven.",
        ("VNM COOPERATE LAO", "KHM COOPERATE THA"),
    ),
    (
        "Exporters welcomed the free trade area between Chile, Peru, Colombia and Mexico.",
        ("CHL COOPERATE PER", "COL COOPERATE MEX"),
    ),
]


@pytest.mark.parametrize(("text", "not_want"), BLOCS)
def test_a_bloc_of_many_pairs_no_one(expect: Expect, text: str, not_want: tuple[str, ...]) -> None:
    expect(text, (), not_want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Cooperation between Russia, Iran, Syria and Hezbollah made the fight easier.",
            ("RUS COOPERATE IRN", "SYR COOPERATE LBN"),
        ),
        (
            "Talks among Egypt, Qatar, Israel and Hamas resumed in Cairo.",
            ("EGY CONSULT QAT", "ISR CONSULT PSE"),
        ),
        (
            "Relations between Egypt, Jordan and Iraq have improved.",
            ("EGY COOPERATE JOR", "JOR COOPERATE IRQ"),
        ),
        ("Cooperation between Kenya and Uganda has grown.", ("KEN COOPERATE UGA",)),
    ],
)
def test_acts_among_many_keep_their_pairs(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    """Guards: cooperation and talks among four, and relations between two or three, are each pair's."""
    expect(text, want)
