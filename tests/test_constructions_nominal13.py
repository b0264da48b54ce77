"""Event nouns whose doer is a demonym, a possessive or a by-phrase (round 13, item "nominal").

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Expect = Callable[..., dict[str, set[str]]]
Related = Callable[[str], tuple[Any, ...]]


def _ids(relations_of: Related, text: str) -> set[str]:
    """``text`` -> {"SOURCE_ID TYPE TARGET_ID"}: the sides as actor ids."""
    return {f"{r.source_id} {r.type} {r.target_id}" for r in relations_of(text)}


# --- "the downing of X by Y", "Z's abduction of ...": acts done to what the "of" phrase names -------

DONE_TO_OF_OBJECT = [
    (
        "The downing of a Syrian jet by the Israeli air force raised tensions in the region.",
        "ISR ASSAULT SYR",
    ),
    # the parser hangs the by-phrase on the "of" object: it is still the doer of the downing
    ("The downing of an Iranian drone by U.S. forces over the Gulf angered Tehran.", "USA_MIL ASSAULT IRN"),
    ("Moscow condemned Ukraine's downing of a Russian transport plane near Belgorod.", "UKR ASSAULT RUS"),
    ("The shootdown of a Ukrainian airliner by Iran killed 176 people.", "IRN ASSAULT UKR"),
    (
        "The kidnapping of two Italian nuns by al-Shabab militants in Kenya drew condemnation from Rome.",
        "AL_SHABAB ASSAULT ITA",
    ),
    (
        "Boko Haram's abduction of 300 schoolchildren from Kankara in Katsina State shocked the world.",
        "BOKO_HARAM ASSAULT NGA",
    ),
]


@pytest.mark.parametrize(("text", "want"), DONE_TO_OF_OBJECT)
def test_act_done_to_its_of_object(relations_of: Related, text: str, want: str) -> None:
    found = _ids(relations_of, text)
    assert want in found, sorted(found)


def test_owner_of_a_kidnapping_undergoes_it(expect: Expect) -> None:
    """ "X's kidnapping" (a person's) is X kidnapped, not X kidnapping anyone."""
    expect("Journalist James Foley's kidnapping in Syria shocked Americans.", not_want=("USA ASSAULT SYR",))


def test_by_phrase_of_a_participle_is_no_doer(expect: Expect) -> None:
    """ "a jet built by Airbus": the by-phrase of a participle on the object names the builder."""
    found = expect("The downing of a passenger jet built by Airbus over Iran shocked France.")
    assert not any(" ASSAULT " in k for k in found), sorted(found)


# --- "Because of Russian shelling, thousands fled ... in Kharkiv": the act hits where the harm is ---

CAUSED_HARM = [
    ("Because of Russian bombardment, 20,000 people have fled their homes in Kharkiv.", "RUS ASSAULT UKR"),
    ("As a result of Saudi airstrikes, hundreds of civilians have died in Yemen.", "SAU ASSAULT YEM"),
    ("Thousands were killed in Somalia because of Kenyan airstrikes.", "KEN ASSAULT SOM"),
    ("Due to Ethiopian airstrikes, 300,000 people have been displaced in Somalia.", "ETH ASSAULT SOM"),
    ("Owing to Turkish shelling, dozens of villagers were wounded in northern Syria.", "TUR ASSAULT SYR"),
]


@pytest.mark.parametrize(("text", "want"), CAUSED_HARM)
def test_act_causing_harm_hits_where_it_happens(expect: Expect, text: str, want: str) -> None:
    expect(text, (want,))


def test_where_people_flee_to_is_not_hit(expect: Expect) -> None:
    """ "fled to Poland": the refuge is no target of the attacks people flee."""
    expect("Because of Russian attacks, millions fled to Poland.", not_want=("RUS ASSAULT POL",))


def test_cause_of_no_harm_places_nothing(expect: Expect) -> None:
    """A clause that tells no harm ("exports fell") does not make its place a target."""
    found = expect("Due to Chinese tariffs, exports fell sharply in Australia.")
    assert not any(k.startswith("CHN ") for k in found), sorted(found)


# --- "Canada defended its tariffs on U.S. goods": a hostile act "its" gives to the clause's subject ---

OWNED_BY_SUBJECT = [
    ("Canada defended its retaliatory tariffs on U.S. goods.", "CAN SANCTION USA"),
    ("Israel defended its airstrikes on Gaza.", "ISR ASSAULT PSE"),
    ("The EU endorsed its new sanctions on Belarus at a summit in Brussels.", "EU SANCTION BLR"),
    ("Saudi Arabia praised its blockade of Qatar as a success.", "SAU COERCE QAT"),
    ("Washington hailed its tariffs on Chinese steel.", "USA SANCTION CHN"),
]


@pytest.mark.parametrize(("text", "want"), OWNED_BY_SUBJECT)
def test_hostile_act_owned_by_the_subject(expect: Expect, text: str, want: str) -> None:
    expect(text, (want,))


def test_no_one_condemns_their_own_act(coded: Callable[[str], dict[str, set[str]]]) -> None:
    """ "condemned its attacks": whoever "its" is, the condemner is not the attacker."""
    found = coded("Germany condemned its attacks on Ukraine.")
    assert "DEU ASSAULT UKR" not in found, sorted(found)


def test_support_backed_off_stays_unowned(coded: Callable[[str], dict[str, set[str]]]) -> None:
    """Support is no hostile act: "backed off its support" asserts no support."""
    found = coded("Moscow backed off its support for the rebels.")
    assert not any(" SUPPORT " in k for k in found), sorted(found)


# --- "lodged a protest over the killing of X": what a complaint is over is no act of the complainer --

GRIEVANCES = [
    (
        "Tehran filed a complaint over the killing of Iranian border guards, reportedly by Taliban fighters.",
        "IRN ASSAULT IRN",
    ),
    (
        "Kabul lodged a protest with Islamabad over the killing of three Afghan soldiers in Kunar province.",
        "AFG ASSAULT AFG",
    ),
    ("Seoul lodged a complaint with Tokyo over the seizure of a South Korean navy vessel.", "KOR COERCE KOR"),
    (
        "Beijing lodged stern protests with Manila over the detention of Chinese fishermen near the shoal.",
        "CHN COERCE CHN",
    ),
    (
        "Algiers filed a formal complaint over the detention of Algerian soldiers near the border.",
        "DZA COERCE DZA",
    ),
]


@pytest.mark.parametrize(("text", "not_want"), GRIEVANCES)
def test_grievance_is_no_act_of_the_complainer(expect: Expect, text: str, not_want: str) -> None:
    expect(text, not_want=(not_want,))


def test_grievance_doer_hung_on_the_verb(expect: Expect) -> None:
    """ "..., reportedly by Taliban fighters": a by-phrase the parser hung on the verb is the doer."""
    expect(
        "Tehran filed a complaint over the killing of Iranian border guards, reportedly by Taliban fighters.",
        ("AFG ASSAULT IRN",),
    )


def test_meeting_presided_over_stays(expect: Expect) -> None:
    """ "preside over talks": a meeting is no grievance; its hosts take part in it."""
    expect(
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni will preside over"
        " bilateral talks in Nairobi.",
        ("KEN CONSULT UGA",),
    )


# --- "the Chinese coast guard's use of water cannon against X": force short of an attack -------------

WATER_CANNON = [
    (
        "The Chinese coast guard's use of water cannon against a Philippine supply boat drew a protest from"
        " Manila.",
        "CHN COERCE PHL",
    ),
    (
        "Tokyo condemned the Chinese coast guard's use of a water cannon on Japanese fishing boats.",
        "CHN COERCE JPN",
    ),
    (
        "Seoul protested the use of water cannon by North Korean patrol boats against South Korean"
        " fishermen.",
        "PRK COERCE KOR",
    ),
    (
        "Chinese vessels used water cannon against Vietnamese fishing boats near the Paracel Islands.",
        "CHN COERCE VNM",
    ),
    ("Indonesian patrol ships used water cannon on Malaysian trawlers in the Natuna Sea.", "IDN COERCE MYS"),
]


@pytest.mark.parametrize(("text", "want"), WATER_CANNON)
def test_water_cannon_used_against(expect: Expect, text: str, want: str) -> None:
    expect(text, (want,))


def test_water_cannon_used_is_no_attack(expect: Expect) -> None:
    """ "used water cannon" is one act, coerced (the CAMEO pattern "use * cannon" is artillery)."""
    expect("Police used water cannon against protesters in Nairobi.", not_want=("KEN ASSAULT KEN",))


# --- "Pakistani troops' firing on Indian posts": the firing (a noun, or a gerund with a possessor) ----

FIRING_ON = [
    ("Pakistani troops' firing on Indian posts in Kashmir drew a protest from New Delhi.", "PAK ASSAULT IND"),
    ("Armenian forces' firing at Azerbaijani positions broke the truce.", "ARM ASSAULT AZE"),
    ("Israeli soldiers' firing into Lebanese territory angered Beirut.", "ISR ASSAULT LBN"),
    ("The Ethiopian army's firing on Eritrean positions ended the truce.", "ETH ASSAULT ERI"),
    ("Indian soldiers' firing on Pakistani positions was reported on Monday.", "IND ASSAULT PAK"),
]


@pytest.mark.parametrize(("text", "want"), FIRING_ON)
def test_firing_on_a_target(expect: Expect, text: str, want: str) -> None:
    expect(text, (want,))


@pytest.mark.parametrize(
    "text",
    [
        "Iran's firing of its foreign minister surprised analysts.",
        "The government's firing of the central bank governor angered investors.",
    ],
)
def test_firing_someone_is_no_attack(coded: Callable[[str], dict[str, set[str]]], text: str) -> None:
    """ "the firing of the minister" is a dismissal: no attack on anyone."""
    found = coded(text)
    assert not any(" ASSAULT " in k for k in found), sorted(found)


# --- "a Turkish strike on a PKK base in Iraqi territory": force used in another state's land --------

IN_ANOTHER_STATE = [
    ("A Turkish strike on a PKK base in Iraqi territory killed five militants.", "TUR ASSAULT IRQ"),
    ("An Israeli strike on a Hezbollah position in Syria killed two fighters.", "ISR ASSAULT SYR"),
    ("Iranian drone attacks on PKK camps in northern Iraq continued on Sunday.", "IRN ASSAULT IRQ"),
    ("A Ugandan offensive against ADF rebels inside Congo began in November.", "UGA ASSAULT COD"),
    ("A Colombian army attack on ELN guerrillas in Venezuelan territory angered Caracas.", "COL ASSAULT VEN"),
]


@pytest.mark.parametrize(("text", "want"), IN_ANOTHER_STATE)
def test_force_on_a_group_in_another_state(expect: Expect, text: str, want: str) -> None:
    expect(text, (want,))


def test_group_at_home_adds_no_state(relations_of: Related) -> None:
    """ "al-Shabab fighters in Somalia": the group's own state is no second target."""
    found = _ids(relations_of, "A U.S. drone strike on al-Shabab fighters in Somalia killed 13.")
    assert "USA ASSAULT SOM" not in found, sorted(found)


# --- "... in Gaza. Israeli strikes have killed 300 people": a harm placed where the story is --------

HARM_IN_THE_STORY = [
    (
        "Fighting spread across Tigray last week. Eritrean airstrikes have killed 30 people, aid workers"
        " said.",
        "ERI ASSAULT ETH",
    ),
    (
        "Rescue teams searched the rubble in Odesa. Russian drone attacks have injured 12 people, officials"
        " said.",
        "RUS ASSAULT UKR",
    ),
    (
        "Heavy fighting continued in Gaza on Monday. Israeli strikes have killed more than 300 people, the"
        " health ministry said.",
        "ISR ASSAULT PSE",
    ),
    (
        "Residents of Kharkiv spent another night in shelters. Russian missile strikes have killed 14 people"
        " since Friday.",
        "RUS ASSAULT UKR",
    ),
    (
        "Families fled Khan Younis overnight. Israeli tank fire has killed 25 people, medics said.",
        "ISR ASSAULT PSE",
    ),
]


@pytest.mark.parametrize(("text", "want"), HARM_IN_THE_STORY)
def test_harm_placed_where_the_story_is(expect: Expect, text: str, want: str) -> None:
    expect(text, (want,))


@pytest.mark.parametrize(
    ("text", "not_want"),
    [
        ("Talks were held in Istanbul. Russian strikes killed ten people.", "RUS ASSAULT TUR"),
        ("Leaders met in Doha and Cairo. Israeli strikes killed ten people.", "ISR ASSAULT QAT"),
    ],
)
def test_meeting_venue_is_no_place_of_harm(expect: Expect, text: str, not_want: str) -> None:
    expect(text, not_want=(not_want,))


def test_measure_undone_is_no_measure(coded: Callable[[str], dict[str, set[str]]]) -> None:
    """ "suspended its tariffs": its own measure undone concedes, it imposes nothing."""
    found = coded("Ottawa suspended its retaliatory tariffs on U.S. goods for 30 days.")
    assert "CAN SANCTION USA" not in found, sorted(found)
