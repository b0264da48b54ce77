"""Non-finite clauses (round 18, item "clauses").

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "X summoned Y's envoy, demanding an apology": the adjunct's demand or charge is made of Y ---------

ADJUNCT_TARGETS = [
    (
        "Beijing summoned the Japanese ambassador on Monday, demanding an apology.",
        ("CHN REQUEST JPN",),
        (),
    ),
    (
        "The United States imposed sanctions on Venezuelan officials, demanding free elections.",
        ("USA SANCTION VEN", "USA REQUEST VEN"),
        (),
    ),
    (
        "Algeria suspended gas deliveries to Spain last week, calling for talks over Western Sahara.",
        ("DZA REQUEST ESP",),
        (),
    ),
    (
        "Seoul condemned North Korea's latest missile launch, urging a return to dialogue.",
        ("KOR REQUEST PRK",),
        (),
    ),
    (
        "Lithuania expelled the Belarusian charge d'affaires on Friday, alleging that migrants were being "
        "pushed across the border.",
        ("LTU ACCUSE BLR",),
        (),
    ),
    # a warning or threat that goes with a hostile act
    (
        "China sanctioned three American defence firms on Friday, warning of further measures.",
        ("CHN SANCTION USA", "CHN THREATEN USA"),
        (),
    ),
    (
        "Russia expelled two Estonian diplomats, threatening a tougher response.",
        ("RUS THREATEN EST",),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ADJUNCT_TARGETS)
def test_a_participial_adjuncts_demand_or_charge_is_made_of_the_main_acts_target(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A participial adjunct of demand, accusation or threat that names no one ("..., demanding an
    apology", "..., alleging that ...", "..., warning of further measures") is addressed to whom the
    act it qualifies was done to: its object or that object's phrase ("summoned the Japanese
    ambassador", "sanctions on Venezuelan officials")."""
    expect(text, want=wanted, not_want=unwanted)


ADJUNCT_TARGET_GUARDS = [
    # the adjunct names its own target: that one only
    (
        "Russia expelled two Polish diplomats, accusing Germany of hostile acts.",
        ("RUS ACCUSE DEU",),
        ("RUS ACCUSE POL",),
    ),
    # where the act took place is no target
    (
        "The ministers of Ghana and Togo met in Nairobi, demanding a ceasefire.",
        (),
        ("GHA REQUEST KEN", "TGO REQUEST KEN"),
    ),
    # an adjunct with a subject of its own is its subject's
    (
        "Canada sanctioned Iranian officials, with Ottawa demanding the release of the prisoners.",
        (),
        ("CAN REQUEST IRN",),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ADJUNCT_TARGET_GUARDS)
def test_adjunct_target_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """An adjunct that names its own target, a meeting's venue and an absolute clause stay as they were."""
    expect(text, want=wanted, not_want=unwanted)


ADJUNCT_HOSTILE_ONLY = [
    # a demand that goes with a meeting asks the fight's sides, not the one met
    (
        "Kenya's President William Ruto met Ethiopian Prime Minister Abiy Ahmed on Monday, calling for an "
        "end to the war in Sudan.",
        ("KEN CONSULT ETH",),
        ("KEN REQUEST ETH",),
    ),
    # a verb that only a phrase makes an accusation ("escalating a quarrel") is no charge of its own
    (
        "Chile announced tariffs on Peruvian wine, escalating a long trade quarrel.",
        ("CHL SANCTION PER",),
        ("CHL ACCUSE PER",),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), ADJUNCT_HOSTILE_ONLY)
def test_only_a_hostile_act_lends_its_target(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """The adjunct takes the target of a hostile act only (a conflict quad class), and only as a verb of
    demand or accusation by itself."""
    expect(text, want=wanted, not_want=unwanted)
