"""Event nouns (round 21, item "nominal"): a mediation that names only its mediator goes between the
sides of the dispute or the meeting of two the story told just before.

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "A and B held talks. C's mediation proved decisive": with no fight told, a bare mediation noun
# meets the two sides of the last dispute or two-sided meeting told a few sentences before ----------

TOLD_SIDES = [
    # a meeting of two, the mediator's possessive
    (
        "Peru and Ecuador met in Lima on Tuesday to discuss the border. Chile's mediation proved "
        "decisive, officials said.",
        ("CHL CONSULT PER", "CHL CONSULT ECU"),
    ),
    # a dispute (an accusation), the mediator's demonym
    (
        "Sudan accused South Sudan of backing the rebels. Ethiopian mediation has so far produced little.",
        ("ETH CONSULT SDN", "ETH CONSULT SSD"),
    ),
    # the noun under another noun, a second adjective
    (
        "Armenia and Azerbaijan held a new round of talks in Geneva. The meeting followed weeks of Swiss "
        "diplomatic mediation.",
        ("CHE CONSULT ARM", "CHE CONSULT AZE"),
    ),
    # accusations traded, the mediation a subject before a reporting clause
    (
        "Thailand and Cambodia traded accusations over the temple. Malaysia's mediation is welcome, the "
        "minister said.",
        ("MYS CONSULT THA", "MYS CONSULT KHM"),
    ),
    # talks with a venue, a sentence in between
    (
        "Bolivia and Chile held talks on sea access in La Paz. Both sides called the session useful. "
        "Spain's mediation continues.",
        ("ESP CONSULT BOL", "ESP CONSULT CHL"),
    ),
]


@pytest.mark.parametrize(("text", "want"), TOLD_SIDES)
def test_a_bare_mediation_goes_between_the_sides_the_story_told(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want)


TOLD_SIDES_GUARDS = [
    # no dispute nor meeting told: no one to mediate between
    ("Italy's mediation is important, the professor said.", (), ("ITA CONSULT ITA",)),
    # a visit is one side's, no two sides to mediate between
    (
        "Nigeria's president visited Ghana on Monday. Togo's mediation was praised.",
        (),
        ("TGO CONSULT NGA", "TGO CONSULT GHA"),
    ),
    # the mediator took part in the meeting itself: it mediates nothing between itself and the other
    (
        "Egypt and Israel held talks in Cairo. Egypt's mediation was praised.",
        (),
        ("EGY CONSULT EGY",),
    ),
    # a fight told goes first, as before
    (
        "Qatar and Egypt held talks on trade. Russian forces shelled Kharkiv in Ukraine. Turkey's "
        "mediation continues.",
        ("TUR CONSULT RUS", "TUR CONSULT UKR"),
        ("TUR CONSULT QAT", "TUR CONSULT EGY"),
    ),
    # a mediation between sides it names itself is unchanged
    (
        "Peru and Ecuador met in Lima. Chile offered its mediation between Colombia and Venezuela.",
        ("CHL CONSULT COL", "CHL CONSULT VEN"),
        ("CHL CONSULT PER", "CHL CONSULT ECU"),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), TOLD_SIDES_GUARDS)
def test_a_mediation_with_no_told_sides_or_sides_of_its_own_stays(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# --- "Under U.S. pressure, Mexico deployed troops": pressure named as the manner of a clause (under,
# amid, despite it, bowing to it) is its giver's on the clause's doers, whatever the clause's verb -----

PRESSED_CLAUSE = [
    # a compound giver, the fronted phrase
    ("Under U.S. pressure, Mexico deployed troops to its northern border.", ("USA COERCE MEX",)),
    # a "from" giver named by its capital
    (
        "Under pressure from Washington, Panama left the Belt and Road Initiative.",
        ("USA COERCE PAN",),
    ),
    # a demonym behind another adjective
    (
        "Under heavy Chinese pressure, the Solomon Islands switched recognition to Beijing.",
        ("CHN COERCE SLB",),
    ),
    # "amid", an organisation
    (
        "Amid mounting pressure from the European Union, Serbia agreed to the new border plan.",
        ("EU COERCE SRB",),
    ),
    # the phrase after the object
    ("Kenya raised fuel taxes under pressure from the IMF.", ("IMF COERCE KEN",)),
    # "despite"
    ("Despite pressure from Russia, Armenia joined the International Criminal Court.", ("RUS COERCE ARM",)),
    # a settlement brokered under it: the two sides of the fight told
    (
        "Thailand and Cambodia clashed along their border for five days. A ceasefire brokered under "
        "American pressure ended the fighting.",
        ("USA COERCE THA", "USA COERCE KHM"),
    ),
]


@pytest.mark.parametrize(("text", "want"), PRESSED_CLAUSE)
def test_pressure_a_clause_is_done_under_is_its_givers_on_the_clauses_doers(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want)


PRESSED_GUARDS = [
    # no giver named: no one presses
    ("Under pressure, Mexico deployed troops to its northern border.", (), ("MEX COERCE MEX",)),
    # a giver who is the clause's own subject presses no one
    ("Russia, under pressure of its own, raised taxes.", (), ("RUS COERCE RUS",)),
    # coming under pressure from armed forces stays as it was
    (
        "Ukrainian forces came under pressure from Russian troops near Pokrovsk.",
        ("RUS COERCE UKR",),
        (),
    ),
    # pressure on someone keeps its "on" target
    ("China stepped up pressure on Taiwan.", ("CHN COERCE TWN",), ()),
]


@pytest.mark.parametrize(("text", "want", "not_want"), PRESSED_GUARDS)
def test_pressure_with_no_giver_or_its_own_target_stays(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


def test_pressure_a_clause_is_done_under_is_made_whatever_the_clauses_mood(
    coded: Callable[[str], dict[str, set[str]]],
) -> None:
    found = coded(
        "Under pressure from the IMF, Ghana may raise taxes. Despite pressure from Russia, Armenia did "
        "not leave the alliance."
    )
    assert "IMF COERCE GHA" in found and not found["IMF COERCE GHA"], found
    assert "RUS COERCE ARM" in found and not found["RUS COERCE ARM"], found


# --- "Despite objections from Egypt, Ethiopia began filling the dam", "the deal met with opposition
# from Somalia": opposition named as the manner of a clause, or met or faced by its subject, is its
# giver's refusal of the clause's doers (a deal's parties) -------------------------------------------

OPPOSED_CLAUSE = [
    (
        "Despite objections from Egypt and Sudan, Ethiopia began filling the reservoir of the dam.",
        ("EGY REJECT ETH", "SDN REJECT ETH"),
    ),
    (
        "Ethiopia and Kenya signed a port agreement in March. The agreement has met with fierce "
        "opposition from Somalia.",
        ("SOM REJECT ETH", "SOM REJECT KEN"),
    ),
    (
        "Amid strong opposition from China, the Philippines held naval drills with Japan.",
        ("CHN REJECT PHL",),
    ),
    ("Serbia faced stiff opposition from Croatia over the new border crossing.", ("HRV REJECT SRB",)),
    (
        "In spite of resistance from Moscow, Moldova signed the association agreement with Brussels.",
        ("RUS REJECT MDA",),
    ),
]


@pytest.mark.parametrize(("text", "want"), OPPOSED_CLAUSE)
def test_opposition_a_clause_is_done_despite_is_its_givers_refusal_of_the_clauses_doers(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want)


OPPOSED_GUARDS = [
    # no giver named
    (
        "Despite strong opposition, Kenya sent police officers to Haiti.",
        ("KEN AID HTI",),
        ("KEN REJECT KEN",),
    ),
    # opposition voiced to something stays the stance verb's
    ("Hungary voiced opposition to the Ukrainian plan.", ("HUN ACCUSE UKR",), ("HUN REJECT UKR",)),
    # the political opposition is no refusal
    (
        "The Venezuelan opposition met with the US Secretary of State in Washington.",
        (),
        ("VEN REJECT USA", "USA REJECT VEN"),
    ),
    (
        "Blinken met with the Venezuelan opposition in Panama City.",
        (),
        ("VEN REJECT USA", "USA REJECT VEN"),
    ),
    ("Despite the Belarusian opposition, Lithuania closed the border crossing.", (), ("BLR REJECT LTU",)),
]


@pytest.mark.parametrize(("text", "want", "not_want"), OPPOSED_GUARDS)
def test_opposition_with_no_giver_or_its_own_object_stays(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)
