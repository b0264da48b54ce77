"""Hostile acts whose clause says what provoked them, and that name no one themselves.

* A clause an act causes: "X did A, prompting Y to recall its ambassador", "X's raid led Y to sever
  ties": Y's act answers the doers of the causing clause or noun.
* A phrase of reply: "Y recalled its envoy in response to X's remarks", "in retaliation for X's
  criticism", a bare "In response, Y ..." after X's act on Y: Y's act answers X.

(``relations.provoked``; only where the act names no target of its own.) Every sentence here was
written for these tests (none comes from a gold file); each construction has five or more, with
different actors, wording and sentence shapes. Sides are at state level (the ``coded`` fixture of
conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "..., prompting Y to [act]", "X's act led Y to [act]" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Turkey shot down a Russian jet, prompting Moscow to cut trade ties.", ["RUS SANCTION TUR"]),
        (
            "Algerian troops crossed the border on Monday, prompting Morocco to recall its ambassador.",
            ["MAR SANCTION DZA"],
        ),
        ("Ecuador's raid on the embassy led Mexico to sever diplomatic relations.", ["MEX SANCTION ECU"]),
        (
            "North Korea fired a ballistic missile over Japan on Tuesday, forcing Tokyo to lodge a formal"
            " protest.",
            ["JPN ACCUSE PRK"],
        ),
        (
            "Niger's junta expelled the French ambassador, leading Paris to suspend all development aid.",
            ["FRA SANCTION NER"],
        ),
        (
            "Ethiopia signed a port deal with Somaliland, prompting Somalia to recall its ambassador.",
            ["SOM SANCTION ETH"],
        ),
        ("The Serbian police raid in the north prompted Pristina to lodge a complaint.", ["KSV ACCUSE SRB"]),
        # the act a relative clause is on
        (
            "Russia's annexation of Crimea, which prompted the EU to impose sanctions, was condemned at the"
            " UN.",
            ["EU SANCTION RUS"],
        ),
        # a hostile act that names no doer: the last one told on the reactor
        (
            "Houthi rebels fired missiles at American warships on Sunday. The attacks prompted Washington to"
            " lodge a formal protest.",
            ["USA ACCUSE YEM"],
        ),
        (
            "Iranian forces seized a Greek tanker in the Gulf. The seizure led Athens to summon the Iranian"
            " ambassador.",
            ["GRC ACCUSE IRN"],
        ),
    ],
)
def test_an_act_a_clause_prompts_answers_its_doers(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, tuple(wanted))


# --- "in response to X's act", "in retaliation for", "In response, ..." ------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Nigeria recalled its ambassador in response to Ghana's expulsion of Nigerian traders.",
            ["NGA SANCTION GHA"],
        ),
        (
            "Ghana expelled three Nigerian traders on Monday. In response, Nigeria recalled its ambassador.",
            ["NGA SANCTION GHA"],
        ),
        (
            "Mali cut diplomatic ties in retaliation for Algeria's criticism of its junta.",
            ["MLI SANCTION DZA"],
        ),
        ("Egypt recalled its envoy in response to the Turkish president's remarks.", ["EGY SANCTION TUR"]),
        (
            "Moscow lodged a formal protest in response to Finnish military drills near the border.",
            ["RUS ACCUSE FIN"],
        ),
        (
            "The Philippine foreign ministry filed a diplomatic protest in response to the Chinese coast"
            " guard's use of water cannon.",
            ["PHL ACCUSE CHN"],
        ),
    ],
)
def test_an_act_in_reply_answers_whom_it_replies_to(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, tuple(wanted))


# --- what stays as it was -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # an actor that makes another act asks it; it provokes nothing
        ("Washington pushed Tokyo to impose new sanctions.", [], ["JPN SANCTION USA"]),
        # the act names its own target: that one, not the provoker
        (
            "China's pressure led Honduras to cut ties with Taiwan.",
            ["HND SANCTION TWN"],
            ["HND SANCTION CHN"],
        ),
        # the causing act names only the reactor's own people: no one else
        ("The killing of two Kenyan soldiers prompted Kenya to close the border.", [], ["KEN SANCTION KEN"]),
        # what no one did provokes no one
        ("Floods hit Pakistan in August. The disaster prompted Islamabad to close its schools.", [], []),
        # a reply to a question is no reprisal
        ("In response to a question about the tariffs, the Chinese spokesman declined to comment.", [], []),
        # a second, vaguer reading of the verb stays without a target
        (
            "Russia imposed an embargo on Turkey in response to the downing of a Russian warplane by the"
            " Turkish air force.",
            ["RUS SANCTION TUR"],
            ["RUS COERCE TUR"],
        ),
    ],
)
def test_other_reactions_stay_as_they_were(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, tuple(wanted), tuple(unwanted))
