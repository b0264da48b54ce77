"""Referents: an act aimed at an agreement the story named before with its parties targets them.

Round 12, the referents engineer's brief. Each construction has five or more sentences written for
these tests (different actors, wording and sentence shapes; none taken from the development or
evaluation sets), run through the packaged model. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "Z rejected the accord and Cairo's demands", "shared concerns about the pact and its risks to
# X": the agreement named before is one of two coordinated things; it is answered on its own, and its
# parties are the targets (each conjunct keeps its own reading) ---------------------------------------

COORDINATED = [
    (
        "Serbia and Hungary signed a military cooperation agreement in Belgrade. Croatia criticised the"
        " agreement and its risks to Bosnia.",
        ("HRV ACCUSE SRB", "HRV ACCUSE HUN"),
    ),
    (
        "Egypt and Sudan signed a water-sharing accord on Friday. Ethiopia rejected the accord and Cairo's"
        " demands.",
        ("ETH REJECT EGY", "ETH REJECT SDN"),
    ),
    (
        "India and Bhutan signed a hydropower deal in Thimphu. Bangladesh welcomed the deal and Nepal's"
        " decision to join it.",
        ("BGD SUPPORT IND", "BGD SUPPORT BTN", "BGD SUPPORT NPL"),
    ),
    (
        "Chile and Peru signed a fisheries treaty last year. Ecuador on Monday condemned the treaty and"
        " Bolivia's support for it.",
        ("ECU ACCUSE CHL", "ECU ACCUSE PER"),
    ),
    (
        "Kenya signed a security pact with Somalia. The United States and Japan shared concerns about the"
        " security pact and its risks to Ethiopia.",
        ("USA ACCUSE KEN", "USA ACCUSE SOM", "JPN ACCUSE KEN", "JPN ACCUSE SOM"),
    ),
    (
        "Japan and the Philippines signed a reciprocal access agreement in Manila. China denounced the"
        " agreement and the presence of American troops.",
        ("CHN ACCUSE JPN", "CHN ACCUSE PHL"),
    ),
]


@pytest.mark.parametrize(("text", "want"), COORDINATED)
def test_coordinated_agreement_targets_its_parties(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


# --- guards: no agreement told before, a party answering its own deal, a meeting (answered only by a
# verb of taking part), and the single object (unchanged) ---------------------------------------------

GUARDS = [
    # no pact was named before: only the named conjunct is answered
    ("Uganda criticised the pact and Rwanda's role in the talks.", ("UGA ACCUSE RWA",), ()),
    # a party to the deal defends its own deal: no answer to its partner
    (
        "Kenya signed a security pact with Somalia. Somalia defended the pact and its benefits for Ethiopia.",
        (),
        ("SOM SUPPORT KEN",),
    ),
    # talks are answered only by who takes part in them
    (
        "Kenya and Somalia met in Nairobi. Uganda criticised the talks and Rwanda's role.",
        ("UGA ACCUSE RWA",),
        ("UGA ACCUSE KEN", "UGA ACCUSE SOM"),
    ),
    # the single object keeps its reading
    (
        "Vietnam and Laos signed a border treaty in Vientiane. Cambodia rejected the treaty.",
        ("KHM REJECT VNM", "KHM REJECT LAO"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), GUARDS)
def test_coordination_guards(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


# --- "Croatia condemned the exercise": a joint exercise, drill or manoeuvre named before answers a
# verb like a deal does (its parties; one side's own drills, its doer) ------------------------------

EXERCISES = [
    (
        "Serbia and Hungary held a joint military exercise near the border. Croatia condemned the exercise.",
        ("HRV ACCUSE SRB", "HRV ACCUSE HUN"),
    ),
    (
        "Russia and Belarus staged joint military exercises near the Polish border. Warsaw condemned the"
        " exercises.",
        ("POL ACCUSE RUS", "POL ACCUSE BLR"),
    ),
    (
        "The United States and the Philippines held naval drills in the South China Sea on Tuesday. China"
        " criticised the drills.",
        ("CHN ACCUSE USA", "CHN ACCUSE PHL"),
    ),
    (
        "Greek and Egyptian forces conducted joint air manoeuvres over the Mediterranean. Turkey protested"
        " against the manoeuvres.",
        ("TUR ACCUSE GRC", "TUR ACCUSE EGY"),
    ),
    (
        "Japan and Australia conducted a joint naval exercise off Okinawa. Beijing said it opposed the"
        " exercise.",
        ("CHN REJECT JPN", "CHN REJECT AUS"),
    ),
]


@pytest.mark.parametrize(("text", "want"), EXERCISES)
def test_exercise_named_before_targets_its_parties(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


# --- a party to the deal answering its own deal answers nobody (its signing is AGREE already) --------

OWN_DEAL = [
    ("Vietnam and Laos signed a border treaty in Vientiane. Laos praised the treaty.", "LAO SUPPORT VNM"),
    ("Kenya signed a trade deal with Tanzania. Tanzania's president welcomed the deal.", "TZA SUPPORT KEN"),
    (
        "Brazil and Argentina signed a nuclear cooperation accord. Argentina defended the accord.",
        "ARG SUPPORT BRA",
    ),
]


@pytest.mark.parametrize(("text", "unwanted"), OWN_DEAL)
def test_party_to_a_deal_does_not_answer_it(expect: Expect, text: str, unwanted: str) -> None:
    expect(text, (), (unwanted,))


def test_exercise_with_nothing_before_targets_nobody(coded: Callable[[str], dict[str, set[str]]]) -> None:
    assert not coded("Uganda condemned the exercise.")


# --- "said the pact would undermine ...", "said the accord was reckless": a deal a statement judges
# badly accuses its parties, named by its own between-phrase (or a participle's) or told before -----

JUDGED = [
    (
        "Tokyo said the agreement between Moscow and Pyongyang would undermine regional security.",
        ("JPN ACCUSE RUS", "JPN ACCUSE PRK"),
    ),
    (
        "Kenya and Somalia signed a security pact. Uganda said the pact would undermine regional stability.",
        ("UGA ACCUSE KEN", "UGA ACCUSE SOM"),
    ),
    (
        "Brazil and Argentina signed a nuclear cooperation accord. Chile said the accord was reckless and"
        " would destabilise South America.",
        ("CHL ACCUSE BRA", "CHL ACCUSE ARG"),
    ),
    (
        "India and Bhutan signed a hydropower deal in Thimphu. China said on Tuesday that the deal threatens"
        " the region's fragile ecology.",
        ("CHN ACCUSE IND", "CHN ACCUSE BTN"),
    ),
    (
        "Rwanda said the security pact between Kenya and Somalia was dangerous.",
        ("RWA ACCUSE KEN", "RWA ACCUSE SOM"),
    ),
    (
        "Ethiopia said that the accord, signed last month between Cairo and Khartoum, would undermine"
        " regional water norms.",
        ("ETH ACCUSE EGY", "ETH ACCUSE SDN"),
    ),
]


@pytest.mark.parametrize(("text", "want"), JUDGED)
def test_deal_judged_badly_accuses_its_parties(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


JUDGED_GUARDS = [
    # a party defending its own deal
    ("Kenya and Somalia signed a security pact. Kenya said the pact was not dangerous.", ("KEN ACCUSE SOM",)),
    # praise is no accusation
    (
        "Kenya and Somalia signed a security pact. Uganda said the pact was a success.",
        ("UGA ACCUSE KEN", "UGA ACCUSE SOM"),
    ),
]


@pytest.mark.parametrize(("text", "not_want"), JUDGED_GUARDS)
def test_deal_judgement_guards(expect: Expect, text: str, not_want: tuple[str, ...]) -> None:
    expect(text, (), not_want)


def test_deal_judged_with_no_parties_accuses_nobody(coded: Callable[[str], dict[str, set[str]]]) -> None:
    assert not coded("Uganda said the pact was dangerous.")


# --- "India is suffering from US tariffs", "has long suffered under UN sanctions": whoever suffers
# from or under an act undergoes it, from the act's own doer (as "endured US tariffs") --------------

SUFFERED = [
    ("India is suffering from US tariffs.", "USA SANCTION IND"),
    ("Iran has suffered under US sanctions for decades.", "USA SANCTION IRN"),
    ("Russia's economy is suffering from EU sanctions.", "EU SANCTION RUS"),
    ("North Korea has long suffered under UN sanctions.", "UN SANCTION PRK"),
    ("Venezuela's hospitals are suffering from American sanctions.", "USA SANCTION VEN"),
    ("Syria has suffered from Turkish airstrikes for months.", "TUR ASSAULT SYR"),
]


@pytest.mark.parametrize(("text", "wanted"), SUFFERED)
def test_suffering_from_an_act_undergoes_it(expect: Expect, text: str, wanted: str) -> None:
    expect(text, (wanted,))


def test_suffering_from_no_act_is_no_relation(coded: Callable[[str], dict[str, set[str]]]) -> None:
    assert not coded("India is suffering from a heat wave. Pakistan suffered from floods in August.")
