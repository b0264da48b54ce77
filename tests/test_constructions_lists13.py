"""Lists of actors, round 13: examples after "like" and under a nested group noun, "A and B are among
the countries that ...", and "the other" as a reciprocal of a distributive subject.

Round 13, the lists helper's brief. Each construction has five sentences written for these tests
(different actors, wording and sentence shapes; none taken from the development or evaluation sets),
run through the packaged model; each failed before its mechanism. ``want`` lists coded relations that
must be found ("SRC TYPE TGT", sides at state level, mutual relations both ways); ``not_want`` lists
relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "Gulf states like Oman and Bahrain criticized Iran": "like" names examples of a plural group noun,
# as "such as" and "including" do; each example acts (or is acted on) -----------------------------------

LIKE = [
    (
        "Gulf states like Oman and Bahrain criticized Iran for the seizure of the tanker.",
        ("OMN ACCUSE IRN", "BHR ACCUSE IRN"),
    ),
    (
        "Western governments, like Britain and Canada, have sanctioned Iranian officials.",
        ("GBR SANCTION IRN", "CAN SANCTION IRN"),
    ),
    (
        "Pakistan accused countries like India and Afghanistan of sheltering militants.",
        ("PAK ACCUSE IND", "PAK ACCUSE AFG"),
    ),
    (
        "European powers like France and Italy held talks with Libya on Tuesday.",
        ("FRA CONSULT LBY", "ITA CONSULT LBY"),
    ),
    (
        "Sahel nations like Mali and Burkina Faso praised Russia for its support.",
        ("MLI SUPPORT RUS", "BFA SUPPORT RUS"),
    ),
]


@pytest.mark.parametrize(("text", "want"), LIKE)
def test_like_names_examples_of_a_group(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_like_after_a_name_compares_and_lists_nothing(expect: Expect) -> None:
    """ "Canada, like Britain, ...": a comparison on a name, not examples of a group (unchanged)."""
    expect("Canada, like Britain before it, condemned Iran.", ("CAN ACCUSE IRN",), ("CAN ACCUSE GBR",))


def test_like_under_a_thing_names_no_actor(expect: Expect) -> None:
    """ "weapons like drones": examples of a thing are no actors."""
    expect(
        "Russia bought weapons like drones and missiles from Iran.",
        not_want=("RUS COOPERATE RUS",),
    )


# --- "leaders, mostly from countries with leftist governments, such as A and B, praised X": the
# examples of a group of states that describes the states the people are from --------------------------

NESTED = [
    (
        "Several ministers, mainly from countries with large oil economies, such as Kuwait and Algeria,"
        " criticized the United States.",
        ("KWT ACCUSE USA", "DZA ACCUSE USA"),
    ),
    (
        "Leaders of countries with military governments, such as Mali and Niger, praised Russia.",
        ("MLI SUPPORT RUS", "NER SUPPORT RUS"),
    ),
    (
        "Diplomats from states with conservative governments, like Hungary and Slovakia, criticized the"
        " European Union.",
        ("HUN ACCUSE EU", "SVK ACCUSE EU"),
    ),
    (
        "Five presidents, mostly from nations with leftist governments, such as Bolivia and Cuba,"
        " congratulated Venezuela.",
        ("BOL SUPPORT VEN", "CUB SUPPORT VEN"),
    ),
    (
        "Some officials, largely from states with nationalist governments, including Poland and Hungary,"
        " praised Washington.",
        ("POL SUPPORT USA", "HUN SUPPORT USA"),
    ),
]


@pytest.mark.parametrize(("text", "want"), NESTED)
def test_examples_of_a_nested_group_of_states(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_examples_of_what_a_group_has_are_not_the_group(expect: Expect) -> None:
    """ "countries with ties to groups such as Hezbollah": examples of groups that are no states do
    not stand for the countries."""
    expect(
        "The United States sanctioned countries with ties to armed groups such as Hezbollah.",
        not_want=("USA SANCTION HEZBOLLAH",),
    )


# --- "A and B are among the countries that ...": the relative clause on the group is done by the
# copula's subjects ------------------------------------------------------------------------------------

AMONG = [
    (
        "Canada and Norway are among countries that have sanctioned Iranian officials.",
        ("CAN SANCTION IRN", "NOR SANCTION IRN"),
    ),
    (
        "Japan and Australia are among the nations that have sent aid to Tonga.",
        ("JPN AID TON", "AUS AID TON"),
    ),
    ("Ghana was among the states that condemned Mali.", ("GHA ACCUSE MLI",)),
    (
        "Brazil and Mexico were among the governments that criticized Nicaragua over the arrests.",
        ("BRA ACCUSE NIC", "MEX ACCUSE NIC"),
    ),
    (
        "Kenya and Chad are among the few countries that have sent troops to Haiti.",
        ("KEN AID HTI", "TCD AID HTI"),
    ),
]


@pytest.mark.parametrize(("text", "want"), AMONG)
def test_among_the_countries_that(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


# --- "Both A and B blame the other", "A and B each accuse the other", "Each (side) accuses the other":
# "the other" after a distributive subject is a reciprocal, both ways ------------------------------------

RECIPROCAL = [
    (
        "Both Kenya and Somalia blame the other for the border incident.",
        ("KEN ACCUSE SOM", "SOM ACCUSE KEN"),
    ),
    (
        "India and China each accuse the other of violating the border agreement.",
        ("IND ACCUSE CHN", "CHN ACCUSE IND"),
    ),
    (
        "Armenia and Azerbaijan clashed again on Monday. Each accuses the other of starting the fighting.",
        ("ARM ACCUSE AZE", "AZE ACCUSE ARM"),
    ),
    (
        "Talks between Ethiopia and Sudan collapsed. Each side blamed the other for the failure.",
        ("ETH ACCUSE SDN", "SDN ACCUSE ETH"),
    ),
    (
        "Russia and Georgia have each accused the other of provocations.",
        ("RUS ACCUSE GEO", "GEO ACCUSE RUS"),
    ),
]


@pytest.mark.parametrize(("text", "want"), RECIPROCAL)
def test_the_other_after_each_or_both(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_the_other_without_a_distributive_subject_is_no_reciprocal(expect: Expect) -> None:
    """ "Kenya and Uganda blamed the other side": without "each" or "both", "the other" is a third
    party, not the subjects each other."""
    expect(
        "Kenya and Uganda blamed the other side for the delay.",
        not_want=("KEN ACCUSE UGA", "UGA ACCUSE KEN"),
    )


# --- "the two countries are partners who support each other": a relative pronoun on the predicate of a
# counted group ("the two countries", "both countries") stands for the group's members ------------------

GROUP_DESCRIBED = [
    (
        "Chile hosted Peru's president on Monday. Officials said the two countries are neighbours who help"
        " each other.",
        ("CHL AID PER", "PER AID CHL"),
    ),
    (
        "Talks between Vietnam and Laos ended on Friday. The two countries are partners who support each"
        " other.",
        ("VNM SUPPORT LAO", "LAO SUPPORT VNM"),
    ),
    (
        "Kenya and Uganda signed a trade pact. The two nations are friends who support each other.",
        ("KEN SUPPORT UGA", "UGA SUPPORT KEN"),
    ),
    (
        "Kenya and Uganda signed a trade pact. The two nations are friends who support Somalia.",
        ("KEN SUPPORT SOM", "UGA SUPPORT SOM"),
    ),
    (
        "Egypt and Sudan met in Cairo. The two countries are neighbours that often criticize each other.",
        ("EGY ACCUSE SDN", "SDN ACCUSE EGY"),
    ),
]


@pytest.mark.parametrize(("text", "want"), GROUP_DESCRIBED)
def test_relative_clause_on_what_a_counted_group_is(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_a_group_noun_that_refers_to_no_one_describes_no_one(expect: Expect) -> None:
    """ "Countries are partners who ...": an uncounted, unnamed group stands for nobody."""
    expect(
        "Kenya and Uganda signed a trade pact. Many countries are partners who support Somalia.",
        not_want=("KEN SUPPORT SOM", "UGA SUPPORT SOM"),
    )


# --- "Each accuses the other" a few sentences after the pair: a reciprocal names a pair, so "each" looks
# four sentences back for it; "the other" is no third party nor its "of" phrase's owner --------------------

EACH_FAR = [
    (
        "Ethiopia and Eritrea fought a border war two decades ago. Villagers near the frontier said they"
        " heard gunfire on Sunday. Several homes were damaged. Local officials counted four dead. Each"
        " accuses the other of starting the shooting.",
        ("ETH ACCUSE ERI", "ERI ACCUSE ETH"),
        (),
    ),
    (
        "Tajikistan and Kyrgyzstan traded fire along their disputed border on Friday. Dozens of homes"
        " burned. Residents fled to nearby towns. Each side blames the other for the violence.",
        ("TJK ACCUSE KGZ", "KGZ ACCUSE TJK"),
        (),
    ),
    (
        "Cambodia and Thailand have long disputed the temple grounds. Troops exchanged fire there in 2011."
        " Tourists stayed away for years. Each accuses the other of moving troops closer to the site.",
        ("KHM ACCUSE THA", "THA ACCUSE KHM"),
        ("KHM ACCUSE KHM",),
    ),
    (
        "Sudan and South Sudan met in Juba. The talks ended without a deal. Both left the city on Monday."
        " Each blamed the other for the failure.",
        ("SDN ACCUSE SSD", "SSD ACCUSE SDN"),
        (),
    ),
    (
        "The fighting between Israel and Hamas resumed on Tuesday. Hospitals were overwhelmed. Aid trucks"
        " waited at the crossing. Each side accused the other of breaking the truce.",
        ("ISR ACCUSE PSE", "PSE ACCUSE ISR"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), EACH_FAR)
def test_each_finds_the_pair_sentences_back(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


def test_each_after_a_list_of_three_is_no_pair(expect: Expect) -> None:
    """ "Ghana, Togo and Benin met. ... Each accused the other": three named last, no pair (and not the
    pair named before them)."""
    expect(
        "Kenya and Uganda traded goods. Ghana, Togo and Benin met on Monday. The talks were long. Each"
        " accused the other of delays.",
        not_want=("KEN ACCUSE UGA", "UGA ACCUSE KEN", "GHA ACCUSE TGO"),
    )


# --- "Several countries condemned X, including A and B": the examples of a plural group subject that
# names nobody, written at the end of the clause (the parser hangs them on the verb, its object or the
# last name), are its members; an object's own examples stay the object's ------------------------------

EXTRAPOSED = [
    (
        "Several countries condemned Niger's junta, including Ghana and Senegal.",
        ("GHA ACCUSE NER", "SEN ACCUSE NER"),
    ),
    (
        "Western governments have imposed sanctions on Iran, including Britain and Canada.",
        ("GBR SANCTION IRN", "CAN SANCTION IRN"),
    ),
    ("Many nations have sent aid to Tonga, such as Japan and Australia.", ("JPN AID TON", "AUS AID TON")),
    (
        "Several leaders congratulated Mexico's president-elect, including Brazil's president and Colombia's"
        " president.",
        ("BRA SUPPORT MEX", "COL SUPPORT MEX"),
    ),
    (
        "Several Asian governments criticized North Korea's missile test, including Japan and South Korea.",
        ("JPN ACCUSE PRK", "KOR ACCUSE PRK"),
    ),
]


@pytest.mark.parametrize(("text", "want"), EXTRAPOSED)
def test_examples_at_the_end_of_the_clause(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_examples_of_a_group_object_stay_the_object(expect: Expect) -> None:
    """ "Russia threatened several neighbours, including Georgia": the object's examples, not doers."""
    expect(
        "Russia has threatened several neighbours, including Georgia and Moldova.",
        ("RUS THREATEN GEO", "RUS THREATEN MDA"),
        ("GEO THREATEN MDA", "MDA THREATEN GEO"),
    )


def test_examples_after_a_named_subject_are_no_doers(expect: Expect) -> None:
    """A subject that names its actor keeps it: "France criticized the deals, including X's" adds no doer."""
    expect(
        "France criticized several arms deals on Monday, including Russia and Iran.",
        not_want=("RUS ACCUSE IRN", "IRN ACCUSE RUS"),
    )


# --- "Russia faces sanctions imposed by A, B and C": a participle on what a receiving verb's subject
# faces, endures or receives names the doers, and that subject is the target ----------------------------

RECEIVED_FROM_PARTICIPLE = [
    (
        "Russia faces sanctions imposed by Britain, Canada and Japan.",
        ("GBR SANCTION RUS", "CAN SANCTION RUS", "JPN SANCTION RUS"),
    ),
    ("Cuba has endured an embargo imposed by Washington for decades.", ("USA SANCTION CUB",)),
    (
        "Syria has suffered airstrikes carried out by Israel and Turkey.",
        ("ISR ASSAULT SYR", "TUR ASSAULT SYR"),
    ),
    ("Ukraine received aid sent by Poland and Lithuania.", ("POL AID UKR", "LTU AID UKR")),
    (
        "Iran faces new tariffs announced by the European Union and Britain.",
        ("EU SANCTION IRN", "GBR SANCTION IRN"),
    ),
]


@pytest.mark.parametrize(("text", "want"), RECEIVED_FROM_PARTICIPLE)
def test_receiver_of_an_act_its_participle_names_doers_of(
    expect: Expect, text: str, want: tuple[str, ...]
) -> None:
    expect(text, want)


def test_a_participle_naming_no_doer_makes_no_receiver_target(expect: Expect) -> None:
    """ "Japan faces tariffs imposed on its cars": no doer named, no relation (not Japan on itself)."""
    expect("Japan faces tariffs imposed on its cars.", not_want=("JPN SANCTION JPN",))


# --- "Iran has been hit by sanctions imposed by A and B": the passive subject of a verb of aiming or
# harm whose by-agent is an act naming its own doers is that act's target --------------------------------

HIT_BY_AN_ACT = [
    (
        "Iran has been hit by sanctions imposed by the United States and the European Union.",
        ("USA SANCTION IRN", "EU SANCTION IRN"),
    ),
    ("Russia was hit by new sanctions from Britain and Japan.", ("GBR SANCTION RUS", "JPN SANCTION RUS")),
    ("Twenty Syrian soldiers were killed by airstrikes carried out by Turkey.", ("TUR ASSAULT SYR",)),
    (
        "Iranian banks were targeted by sanctions imposed by Washington and London.",
        ("USA SANCTION IRN", "GBR SANCTION IRN"),
    ),
    (
        "Chinese steel makers have been affected by tariffs announced by Canada and Mexico.",
        ("CAN SANCTION CHN", "MEX SANCTION CHN"),
    ),
]


@pytest.mark.parametrize(("text", "want"), HIT_BY_AN_ACT)
def test_passive_subject_of_an_act_with_doers(expect: Expect, text: str, want: tuple[str, ...]) -> None:
    expect(text, want)


def test_hit_by_an_act_without_a_doer_names_no_one(expect: Expect) -> None:
    """ "Kenya was hit by floods", "Gaza was struck by airstrikes": no doer, no relation."""
    assert not expect("Gaza was struck by airstrikes on Monday. Kenya was hit by floods.")
