"""A harm charged with no victim of its own (round 21, item "typedpairs"): "X accused Y of shelling
positions", "of armed aggression" codes Y's act against X besides X's charge, as the charged act is
coded on its pair.

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


CHARGED_HARMS = [
    (
        "Serbia accused Kosovo of shooting at Serbian police officers near the border.",
        ("SRB ACCUSE KSV", "KSV ASSAULT SRB"),
        (),
    ),
    (
        "Kenya accused Somalia of massing troops along the border.",
        ("KEN ACCUSE SOM", "SOM MOBILIZE KEN"),
        (),
    ),
    (
        "Azerbaijan accused Armenia of shelling positions in the Tovuz district overnight.",
        ("AZE ACCUSE ARM", "ARM ASSAULT AZE"),
        (),
    ),
    (
        "Chad accused Sudan of bombing villages near the frontier.",
        ("TCD ACCUSE SDN", "SDN ASSAULT TCD"),
        (),
    ),
    (
        "Japan accused China of threatening fishing vessels near the disputed islands.",
        ("JPN ACCUSE CHN", "CHN THREATEN JPN"),
        (),
    ),
    # the accuser of a passive accusation is its by-agent
    (
        "Ethiopia was accused by Eritrea of shelling border towns.",
        ("ERI ACCUSE ETH", "ETH ASSAULT ERI"),
        (),
    ),
]


# a noun charged: the accused's act, on its own target, else on the accuser
CHARGED_HARM_NOUNS = [
    ("Lebanon accused Israel of armed aggression.", ("LBN ACCUSE ISR", "ISR ASSAULT LBN"), ()),
    (
        "Kenya accused Somalia of an incursion into Kenyan territory.",
        ("KEN ACCUSE SOM", "SOM ASSAULT KEN"),
        (),
    ),
    ("Georgia accused Russia of an invasion of its territory.", ("GEO ACCUSE RUS", "RUS ASSAULT GEO"), ()),
    (
        "Armenia accused Azerbaijan of a fresh offensive near the border.",
        ("ARM ACCUSE AZE", "AZE ASSAULT ARM"),
        (),
    ),
    (
        "Ethiopia was accused by Eritrea of an incursion into Eritrean territory.",
        ("ERI ACCUSE ETH", "ETH ASSAULT ERI"),
        (),
    ),
    # a target of its own is kept
    (
        "Venezuela accused Guyana of aggression against Colombia.",
        ("VEN ACCUSE GUY", "GUY ASSAULT COL"),
        ("GUY ASSAULT VEN",),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CHARGED_HARMS + CHARGED_HARM_NOUNS)
def test_a_charged_harm_is_done_to_the_accuser(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want=wanted, not_want=unwanted)


CHARGED_HARM_GUARDS = [
    # a favour charged is no act toward the accuser
    ("Peru accused Bolivia of backing the protesters.", ("PER ACCUSE BOL",), ("BOL SUPPORT PER",)),
    # credit is no charge
    ("Qatar praised Egypt for mediating between the factions.", ("QAT SUPPORT EGY",), ("EGY MEDIATE QAT",)),
    # a victim named keeps the act
    (
        "Armenia accused Azerbaijan of attacking Iranian trucks.",
        ("ARM ACCUSE AZE", "AZE ASSAULT IRN"),
        ("AZE ASSAULT ARM",),
    ),
    # each accusing the other names no single accuser
    (
        "Thailand and Cambodia accuse each other of shelling border posts.",
        (),
        ("THA ASSAULT THA", "KHM ASSAULT KHM"),
    ),
    # an accusation denied charges nothing to anyone
    ("Ghana denied accusations that it had shelled villages.", (), ("GHA ASSAULT GHA",)),
    # a favour named by a noun neither
    ("Peru accused Chile of support for the rebels.", ("PER ACCUSE CHL",), ("CHL SUPPORT PER",)),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CHARGED_HARM_GUARDS)
def test_charged_harm_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want=wanted, not_want=unwanted)


@pytest.mark.parametrize(
    ("text", "source", "plover", "accuser"),
    [
        ("Cambodia accused Thailand of armed aggression along the border.", "THA", "ASSAULT", "KHM"),
        ("Kenya accused Somalia of an incursion into Kenyan territory.", "SOM", "ASSAULT", "KEN"),
        ("The Philippine coast guard accused China of harassment near the shoal.", "CHN", "COERCE", "PHL"),
        ("Guyana accused Venezuela of an armed incursion into its territory.", "VEN", "ASSAULT", "GUY"),
        ("Ukraine accused Belarus of a military buildup near the border.", "BLR", "MOBILIZE", "UKR"),
        (
            "Serbia accused Kosovo of shooting at Serbian police officers near the border.",
            "KSV",
            "ASSAULT",
            "SRB",
        ),
    ],
)
def test_the_charged_act_is_the_accusers_claim(text: str, source: str, plover: str, accuser: str) -> None:
    """The act an accusation charges, told by a gerund or a noun, is the accuser's claim
    (``attributed_to``), never stated as a fact in the writer's voice."""
    import actorgraph as ag

    g = ag.build([ag.Document(id="s", text=text)], learned=False)
    states = {a.id: (a.country or a.id) for a in g.actors}
    charged = [r for r in g.relations if r.type == plover and r.source_country == source]
    assert charged, [(r.source_id, r.type, r.target_id) for r in g.relations]
    assert all(r.attributed_to is not None and states.get(r.attributed_to) == accuser for r in charged)
