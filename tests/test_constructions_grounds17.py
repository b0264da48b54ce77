"""Second acts a sentence states beside a coded one (round 17, types).

1. A punishment given for a wrong a gerund states: "sanctioned X for undermining Y", "expelled two
   diplomats for spying": beside the sanction, the punisher accuses the one punished (ACCUSE).
2. A fight a peace act between two sides is to end: "A and B signed a deal to end the fighting" -- the
   two sides fought (ASSAULT, mutual), beside their agreement.

Sentences written for these tests (different actors, wording and parses; none taken from the
development or evaluation sets), run through the packaged model. ``want`` lists coded relations that
must be found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


PUNISHED_FOR = [
    (
        "The United States sanctioned three Nicaraguan judges for undermining the country's democracy.",
        ("USA SANCTION NIC", "USA ACCUSE NIC"),
    ),
    (
        "Kenya expelled two Tanzanian diplomats on Monday for spying on government officials.",
        ("KEN SANCTION TZA", "KEN ACCUSE TZA"),
    ),
    (
        "Canada imposed fresh sanctions on Belarus for helping Russia evade export controls.",
        ("CAN SANCTION BLR", "CAN ACCUSE BLR"),
    ),
    ("Beijing barred a Lithuanian deputy minister from China for visiting Taiwan.", ("CHN ACCUSE LTU",)),
    (
        "Three Ugandan journalists were sanctioned by the European Union last year for allegedly spreading"
        " hate speech.",
        ("EU ACCUSE UGA",),
    ),
]


@pytest.mark.parametrize(("text", "want"), PUNISHED_FOR)
def test_punishment_for_a_wrong_accuses_the_one_punished(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want)


PUNISHED_GUARDS = [
    # a duration, a time or an amount is no ground
    ("Britain sanctioned Iran for the second time this year.", ("GBR ACCUSE IRN",)),
    ("Japan suspended its sanctions on Russia for six months.", ("JPN ACCUSE RUS",)),
    ("Washington imposed tariffs on over 300 Mexican goods.", ("USA ACCUSE MEX",)),
    # a cooperative act is no punishment, whatever it is for
    ("Norway gave aid to Sudan for feeding its refugees.", ("NOR ACCUSE SDN",)),
    # what a call asks for is no ground
    ("Poland called on the EU to sanction Belarus, calling for punishing its leaders.", ("POL ACCUSE BLR",)),
]


@pytest.mark.parametrize(("text", "not_want"), PUNISHED_GUARDS)
def test_no_ground_no_accusation(expect: Expect, text: str, not_want: tuple[str, ...]) -> None:
    expect(text, (), not_want)


def test_accusation_stands_whatever_the_punishment_mood(coded: Coded) -> None:
    """ "Canada will sanction X for Y-ing": the punishment is to come, the charge is made now."""
    found = coded("Canada will sanction Iran for supplying drones to Russia.")
    assert found.get("CAN ACCUSE IRN") == set(), found


FIGHT_ENDED = [
    (
        "Ethiopia and Eritrea signed a peace accord in Jeddah on Sunday to end a war that has killed tens of"
        " thousands.",
        ("ETH ASSAULT ERI", "ETH AGREE ERI"),
    ),
    (
        "Armenia and Azerbaijan agreed on Tuesday to a ceasefire to halt clashes along their border.",
        ("ARM ASSAULT AZE",),
    ),
    (
        "Israel and Hezbollah reached a truce on Wednesday, ending hostilities that began in October.",
        ("ISR ASSAULT LBN",),
    ),
    (
        "Rwanda and Congo signed an agreement in Luanda aimed at ending the fighting in the east.",
        ("RWA ASSAULT COD",),
    ),
    (
        "Thailand and Cambodia have signed a protocol to stop border skirmishes that killed dozens of"
        " soldiers.",
        ("THA ASSAULT KHM",),
    ),
]


@pytest.mark.parametrize(("text", "want"), FIGHT_ENDED)
def test_fight_a_peace_act_ends_is_between_its_sides(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want)


FIGHT_GUARDS = [
    # a mediator ends no fight of its own
    ("Qatar signed a deal with Chad to end the fighting in Sudan.", ("QAT ASSAULT TCD", "TCD ASSAULT QAT")),
    # one side alone names no fight between two
    ("Ukraine signed a decree to end the war.", ()),
    # a fight that names its own party is that party's, not the visitor's
    (
        "An African Union delegation arrived in Mali on Monday to present a plan for ending Mali's conflict.",
        ("AU ASSAULT MLI",),
    ),
    # an ending told in another clause than the talks
    (
        "Blinken will join the talks with Ukrainian officials in Riyadh as President Biden pushes to broker"
        " an end to the war.",
        ("USA ASSAULT UKR",),
    ),
]


@pytest.mark.parametrize(("text", "not_want"), FIGHT_GUARDS)
def test_fight_ended_needs_its_two_sides(expect: Expect, text: str, not_want: tuple[str, ...]) -> None:
    expect(text, (), not_want)


def test_fight_ended_shares_a_side_with_the_last_fight(expect: Expect) -> None:
    """A story's last fight with one of the sides ("Israeli strikes on Lebanon") does not make the
    sides' own fight someone else's; one with neither side does ("fighting between the army and the
    RSF")."""
    expect(
        "Israeli strikes on Lebanon killed dozens on Monday. Egypt mediated talks between Israel and Hamas"
        " that ended without a deal to end the fighting.",
        ("ISR ASSAULT PSE",),
    )
    expect(
        "Fighting between Sudan's army and the Rapid Support Forces raged on. The United States and Saudi"
        " Arabia signed a joint plan to end the war.",
        (),
        ("USA ASSAULT SAU",),
    )
