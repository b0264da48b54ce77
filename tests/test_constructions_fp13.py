"""Precision, round 13: rules that over-reached on every outlet (the false positives the rules alone
made on the studied sets, grouped by the mechanism that made them; ``/work/notes/r13-fp-relations.md``).

Every sentence here was written for this file (none comes from any annotated set), with different
actors and wording for each construction, and was failing before its fix; the guards show that the
constructions next to it keep their reading. Run through the packaged model (``expect``).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import permutations

import pytest

Expect = Callable[..., dict[str, set[str]]]


def pairs(kind: str, *sides: str) -> tuple[str, ...]:
    """Every ordered pair of ``sides`` as "A KIND B" (a mutual relation is coded both ways)."""
    return tuple(f"{a} {kind} {b}" for a, b in permutations(sides, 2))


# --- "A and B signed a deal with their neighbours": the partner is the unnamed party of the "with"
# phrase, so the subjects, who sign side by side, do not agree with each other ---------------------

PARTNER_ELSEWHERE = [
    "Norway and Denmark signed a fisheries agreement with their Baltic neighbours on Tuesday.",
    "Finland and Estonia are set to seal a new energy pact with several Gulf states.",
    "Chile and Peru signed a mining accord with the Asian superpower last year.",
    "Hungary and Slovakia concluded a gas deal with their eastern neighbours in March.",
    "Vietnam and Thailand reached a rice trade agreement with the West African bloc.",
]


def coded_as(found: dict[str, set[str]], *kinds: str) -> list[str]:
    """The relations of ``found`` ("SRC TYPE TGT") of one of ``kinds``."""
    return sorted(r for r in found if r.split()[1] in kinds)


@pytest.mark.parametrize("text", PARTNER_ELSEWHERE)
def test_co_signers_with_an_unnamed_partner_do_not_agree_with_each_other(expect: Expect, text: str) -> None:
    assert not coded_as(expect(text), "AGREE", "COOPERATE")


# (sentence, what it must state)
PARTNER_GUARDS = [
    ("Norway and Denmark signed a fisheries agreement on Tuesday.", pairs("AGREE", "NOR", "DNK")),
    ("Norway and Denmark signed a fisheries agreement with great fanfare.", pairs("AGREE", "NOR", "DNK")),
    ("Norway and Denmark signed a fisheries agreement with each other.", pairs("AGREE", "NOR", "DNK")),
    ("Norway signed a fisheries agreement with Denmark on Tuesday.", ("NOR AGREE DNK",)),
    # a meeting stays one meeting: the subjects meet each other as well as their hosts
    (
        "Officials from Kenya, Uganda and Rwanda met with regional partners in Geneva.",
        pairs("CONSULT", "KEN", "UGA"),
    ),
]


@pytest.mark.parametrize(("text", "want"), PARTNER_GUARDS)
def test_co_signers_without_another_partner_still_agree(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want)


# --- "the leaders of A, B and C spoke out": speaking out is a public statement, no talk among the
# speakers; "spoke out against X" criticises X ------------------------------------------------------

SPOKE_OUT = [
    "The leaders of Ghana, Senegal and Togo also spoke out, demanding an independent inquiry.",
    "Presidents of Chile, Bolivia and Paraguay spoke out against the decision.",
    "The foreign ministers of Jordan, Egypt and Iraq spoke up on Monday, urging calm.",
    "Austria and Switzerland spoke out in defence of the embattled court.",
    "Romania and Bulgaria spoke out after the vote in Brussels.",
]


@pytest.mark.parametrize("text", SPOKE_OUT)
def test_speaking_out_is_no_talk(expect: Expect, text: str) -> None:
    assert not coded_as(expect(text), "CONSULT")


# (sentence, what it must state)
SPOKE_GUARDS = [
    ("The presidents of Chile and Bolivia spoke by phone on Friday.", pairs("CONSULT", "CHL", "BOL")),
    (
        "Kenyan President William Ruto spoke with French President Emmanuel Macron on Friday.",
        ("KEN CONSULT FRA",),
    ),
    ("Poland spoke out against Hungary's veto of the aid package.", ("POL ACCUSE HUN",)),
]


@pytest.mark.parametrize(("text", "want"), SPOKE_GUARDS)
def test_talks_and_criticism_keep_their_reading(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


# --- "blocked a Philippine supply boat", "intimidated an aid convoy": an event noun that only
# qualifies a vehicle names its cargo; the clause acts on the vehicle, and the noun is no aid by the
# clause's doer, nor a cut in aid (what carries the aid may still be sent: "sent an aid convoy to X") --

# (sentence, what it must state, what it must not state)
CARGO = [
    (
        "Vietnamese patrol boats blocked a Chinese supply ship near the reef on Monday.",
        ("VNM COERCE CHN",),
        ("VNM SANCTION CHN",),
    ),
    (
        "The China Coast Guard has once again attempted to intimidate a Philippine supply convoy.",
        (),
        ("CHN AID PHL",),
    ),
    (
        "Indian border guards tried to block a Nepalese aid convoy at the crossing.",
        ("IND COERCE NPL",),
        ("IND SANCTION NPL",),
    ),
    ("Russian jets buzzed a Polish relief flight over the Baltic Sea.", (), ("RUS AID POL",)),
    (
        "Israeli commandos stopped a Turkish aid ship in international waters.",
        (),
        ("ISR SANCTION TUR", "ISR AID TUR"),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), CARGO)
def test_an_event_noun_on_a_vehicle_is_its_cargo(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# (sentence, what it must state)
CARGO_GUARDS = [
    ("Egypt sent an aid convoy to Sudan on Monday.", ("EGY AID SDN",)),
    ("Saudi Arabia dispatched relief trucks to Yemen.", ("SAU AID YEM",)),
    ("Serbia blocked food supplies to Kosovo.", ("SRB SANCTION KSV",)),
    ("Japan cut its aid to Myanmar after the coup.", ("JPN SANCTION MMR",)),
]


@pytest.mark.parametrize(("text", "want"), CARGO_GUARDS)
def test_aid_sent_or_cut_keeps_its_reading(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


# --- "a ceasefire between A and B", "A's truce with B": a ceasefire two sides hold is an agreement
# between them (AGREE), as the guidelines code it; one side declaring one ("announced a ceasefire")
# de-escalates (RETREAT) ----------------------------------------------------------------------------

# (sentence, what it must state)
CEASEFIRES = [
    ("The 2015 ceasefire between Ukraine and Russia collapsed within weeks.", pairs("AGREE", "UKR", "RUS")),
    ("A truce between Sudan and South Sudan took effect on Sunday.", pairs("AGREE", "SDN", "SSD")),
    ("Ethiopia's ceasefire with Eritrea has held for a year.", pairs("AGREE", "ETH", "ERI")),
    (
        "Mediators hope a ceasefire between Thailand and Cambodia can be reached this week.",
        pairs("AGREE", "THA", "KHM"),
    ),
    (
        "Both sides accused each other of violating the 1994 armistice between Armenia and Azerbaijan.",
        pairs("AGREE", "ARM", "AZE"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CEASEFIRES)
def test_a_ceasefire_between_two_sides_is_their_agreement(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    assert not coded_as(expect(text, want), "RETREAT")


# (sentence, what it must state, what it must not state)
CEASEFIRE_GUARDS = [
    (
        "Russia announced a unilateral ceasefire in Ukraine for Orthodox Christmas.",
        ("RUS RETREAT UKR",),
        ("RUS AGREE UKR",),
    ),
    ("The UN called for a ceasefire between Israel and Hamas.", ("UN REQUEST ISR",), ()),
]


@pytest.mark.parametrize(("text", "want", "not_want"), CEASEFIRE_GUARDS)
def test_declared_and_requested_ceasefires_keep_their_reading(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# --- "the warring parties", "the warring factions": the two sides of the fight the story told, not the
# last two states it named (the mediators, the neighbours); no fight told, no one ------------------

# (story, what it must state, what it must not state)
WARRING = [
    (
        "Armenian forces shelled Azerbaijani villages near the enclave. France and Russia urged restraint. "
        "The warring parties agreed to a truce on Friday.",
        ("ARM AGREE AZE",),
        ("FRA AGREE RUS",),
    ),
    (
        "Ethiopian troops shelled Eritrean positions along the border. Kenya and Djibouti called for calm. "
        "Talks between the warring sides are expected next week.",
        ("ETH CONSULT ERI",),
        ("KEN CONSULT DJI",),
    ),
    (
        "Sudan's army attacked South Sudanese forces near Abyei. Egypt and Chad offered to mediate. "
        "The warring factions signed a ceasefire in Cairo.",
        ("SDN AGREE SSD",),
        ("EGY AGREE TCD",),
    ),
    (
        "Indian troops exchanged fire with Pakistani soldiers in Kashmir. Britain and the United States "
        "expressed concern. Both warring parties have agreed to a truce.",
        ("IND AGREE PAK",),
        ("GBR AGREE USA",),
    ),
    (
        "Thailand and Cambodia clashed along their border on Monday. Malaysia and Indonesia offered to "
        "mediate. The warring parties met in Kuala Lumpur on Thursday.",
        ("THA CONSULT KHM",),
        ("MYS CONSULT IDN",),
    ),
    (
        "Norway and Sweden hosted a peace conference on Monday. "
        "The warring parties did not attend the talks.",
        (),
        ("NOR CONSULT SWE",),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), WARRING)
def test_the_warring_parties_are_the_sides_of_the_fight(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


def test_the_two_sides_are_still_the_last_pair_named(expect: Expect) -> None:
    expect(
        "Armenia and Azerbaijan held talks in Moscow. The two sides agreed to a truce.", ("ARM AGREE AZE",)
    )


# --- a state and its own officials, forces and organs are one side: the messenger of a message is
# not its addressee; a protest over the killing of one's soldiers is no attack on them (a state's
# coercion and charges of its own, and words addressed to it, stay) ---------------------------------

# (sentence, what it must state, what it must not state; organs and officials coded by their state)
OWN_SIDE = [
    (
        "The French, in their congratulatory message sent through Foreign Minister Jean-Noel Barrot, "
        "called on the Senegalese government to hold talks.",
        ("FRA REQUEST SEN",),
        ("FRA SUPPORT FRA",),
    ),
    (
        "Canada, in its congratulatory message sent through its Foreign Minister, Melanie Joly, called on "
        "Kenyan authorities to respect the vote.",
        ("CAN REQUEST KEN",),
        ("CAN SUPPORT CAN",),
    ),
    (
        "Ankara lodged a strong protest with Athens over the killing of a Turkish soldier, allegedly by "
        "Greek troops.",
        ("TUR ACCUSE GRC",),
        ("TUR ASSAULT TUR",),
    ),
    (
        "Kabul lodged a protest with Islamabad over the killing of three Afghan border guards, allegedly "
        "by Pakistani forces.",
        ("AFG ACCUSE PAK",),
        ("AFG ASSAULT AFG",),
    ),
    (
        "Seoul lodged a strong protest with Pyongyang over the killing of a South Korean soldier, "
        "allegedly by North Korean troops.",
        ("KOR ACCUSE PRK",),
        ("KOR ASSAULT KOR",),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), OWN_SIDE)
def test_a_state_and_its_own_officials_are_one_side(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# (sentence, what it must state)
OWN_SIDE_GUARDS = [
    ("Egypt jailed former President Mohamed Morsi in 2013.", ("EGY COERCE EGY",)),
    (
        "Prime Minister Anwar Ibrahim has declined to resign despite growing pressure from Malaysia's "
        "anti-corruption commission.",
        ("MYS REJECT MYS",),
    ),
    (
        "Russia's navy vessels regularly harass or tail Norwegian ships patrolling the Arctic, Oslo says.",
        ("NOR ACCUSE RUS",),
    ),
]


@pytest.mark.parametrize(("text", "want"), OWN_SIDE_GUARDS)
def test_a_state_still_coerces_its_officials_hears_their_words_and_accuses_others_forces(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want)
