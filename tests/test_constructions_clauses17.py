"""Non-finite and passive clauses (round 17, item "clauses").

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "the accord reached between A and B": the participle's "between" phrase names the noun's parties --

PARTICIPLE_BETWEEN = [
    (
        "The accord reached between Armenia and Azerbaijan in August is still holding.",
        ("ARM AGREE AZE",),
        (),
    ),
    (
        "Officials praised the trade deal struck between Chile and Vietnam last year.",
        ("CHL AGREE VNM",),
        ("CHL ASSAULT VNM",),
    ),
    (
        "Talks held between Ethiopia and Egypt in Cairo ended without a breakthrough.",
        ("ETH CONSULT EGY",),
        (),
    ),
    (
        "Kenya says the memorandum signed between Nairobi and Addis Ababa covers water sharing.",
        ("KEN AGREE ETH",),
        (),
    ),
    (
        "The leaders reviewed the accord signed among Brazil, India and South Africa.",
        ("BRA AGREE IND", "BRA AGREE ZAF", "IND AGREE ZAF"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), PARTICIPLE_BETWEEN)
def test_a_participles_between_phrase_names_the_nouns_parties(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A mutual event noun (agreement, deal, talks) modified by a past participle that carries the
    "between"/"among" phrase ("signed between", "reached between", "held among"): the parser hangs the
    phrase on the participle, but it names the noun's parties, as "the agreement between A and B" does."""
    expect(text, want=wanted, not_want=unwanted)


PARTICIPLE_BETWEEN_GUARDS = [
    # the noun's own phrase: unchanged
    ("The agreement between Ghana and Togo signed in May covers trade.", ("GHA AGREE TGO",), ()),
    # a mediator's participle: the by-agent mediates and is no party to the truce
    (
        "The truce brokered by Qatar between Israel and Hamas collapsed.",
        (),
        ("QAT AGREE ISR", "QAT AGREE HAM"),
    ),
    # an event noun that is no mutual act: no pair of the "between" phrase
    (
        "Sanctions imposed by Canada on Iran remain in force.",
        ("CAN SANCTION IRN",),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), PARTICIPLE_BETWEEN_GUARDS)
def test_participle_between_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Nearby constructions stay as they were."""
    expect(text, want=wanted, not_want=unwanted)


# --- "Putin ordered his army to invade Ukraine": a command to one's own forces is the commander's act --

OWN_COMMAND = [
    ("Putin ordered his army to invade Ukraine.", ("RUS ASSAULT UKR",), ()),
    # a bare "the army" is the commander's, whoever the resolver took it for; no request of Ukraine
    ("Putin ordered the army to invade Ukraine.", ("RUS ASSAULT UKR",), ("RUS REQUEST UKR",)),
    # an organ of the commander's state: the aid is sent, no support of the Pentagon
    ("Biden authorized the Pentagon to send weapons to Ukraine.", ("USA AID UKR",), ("USA SUPPORT USA",)),
    (
        "Kim Jong Un ordered the military to prepare strikes on South Korea.",
        ("PRK ASSAULT KOR",),
        ("PRK REQUEST KOR",),
    ),
    # the commander's own troops named by their nationality: they act, no request of them
    (
        "Erdogan ordered Turkish troops to attack Kurdish fighters in Syria.",
        ("TUR ASSAULT SYR",),
        ("TUR REQUEST TUR",),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), OWN_COMMAND)
def test_a_command_to_ones_own_forces_is_the_commanders_act(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A state, or a person or organ of one, ordering, directing, instructing or authorising its own
    forces or officials (`own_command_rule`: "his army", "the military", "the Pentagon", "Turkish
    troops") to act: the act is the commander's, and the command asks no one."""
    expect(text, want=wanted, not_want=unwanted)


OWN_COMMAND_GUARDS = [
    # another state's diplomat ordered to leave: expelled
    ("Somalia ordered Ethiopia's ambassador to leave the country.", ("SOM SANCTION ETH",), ()),
    # a state ordered by a court or a council: asked, not commanded
    ("The UN Security Council ordered Israel to halt its offensive.", ("UNSC REQUEST ISR",), ()),
    (
        "The International Court of Justice ordered Venezuela to refrain from any action.",
        ("ICJ REQUEST VEN",),
        (),
    ),
    # an international body's order to a government: no command of its own forces
    (
        "The African Union ordered the government of Mali to hold elections.",
        ("AU REQUEST MLI",),
        (),
    ),
    # already read: a minister directed to act
    (
        "Mexico's president directed his foreign minister to suspend diplomatic relations with Ecuador.",
        ("MEX SANCTION ECU",),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), OWN_COMMAND_GUARDS)
def test_own_command_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Orders to another state, its envoy or by an international body stay what they were."""
    expect(text, want=wanted, not_want=unwanted)
