"""Trade disputes, reprisals and stated needs (round 12, wave 2): the verb's object decides the act.

Every sentence here was written for this file (none comes from any annotated set), with different
actors and wording for each construction, and was failing before its fix; the guards show that the
constructions next to it keep their reading. Run through the packaged model (``expect``).
A case the rules do not handle yet is an ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pending import marked

Expect = Callable[..., dict[str, set[str]]]

#: Sentences whose construction is not handled yet (each becomes a strict xfail).
PENDING: dict[str, str] = {
    "need for Ethiopia to": "whoever is to act is the subject of the need's clause: no request reads it yet",
}


# --- a dispute, case or challenge taken to a forum asks the forum to rule -----------------------------

# (sentence, what it states, what it must not state)
DISPUTES = [
    (
        "Brazil said it would launch a dispute against Argentina at the World Trade Organization over "
        "its import licences.",
        ("BRA REQUEST WTO",),
        (),
    ),
    ("Canada launched a dispute with the WTO over Chinese duties on its canola.", ("CAN REQUEST WTO",), ()),
    (
        "Australia filed a WTO case against China over the barley tariffs.",
        ("AUS REQUEST WTO",),
        ("AUS ACCUSE WTO",),
    ),
    (
        "Japan is launching a World Trade Organization challenge against South Korea's export curbs.",
        ("JPN REQUEST WTO",),
        ("JPN ACCUSE WTO",),
    ),
    (
        "The Philippines lodged a case against China with the Permanent Court of Arbitration.",
        ("PHL REQUEST PCA",),
        (),
    ),
    # guards: taking or bringing someone (or a complaint) to the forum still accuses them
    ("Mexico brought a complaint against the United States to the WTO.", ("MEX ACCUSE USA",), ()),
    ("Indonesia dragged the European Union to the World Trade Organization.", ("IDN ACCUSE EU",), ()),
    ("Norway filed a case with the police over the theft.", (), ("NOR REQUEST WTO",)),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), marked(DISPUTES, PENDING))
def test_a_dispute_taken_to_a_forum_asks_the_forum(
    expect: Expect, text: str, want: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want, unwanted)


# --- a reprisal readied or held in reserve threatens ---------------------------------------------------

REPRISALS = [
    ("Canada readied a response against the United States.", ("CAN THREATEN USA",), ()),
    ("The EU is holding further sanctions in reserve against Russia.", ("EU THREATEN RUS",), ()),
    (
        "India froze new trade with Turkey while retaining its right to take further action.",
        ("IND THREATEN TUR", "IND SANCTION TUR"),
        (),
    ),
    ("Tokyo has prepared countermeasures against South Korea.", ("JPN THREATEN KOR",), ()),
    ("Beijing drew up retaliatory tariffs on Australian wine.", ("CHN THREATEN AUS",), ()),
    # guards: what is prepared or held is no reprisal
    ("Germany prepared humanitarian aid for Ukraine.", ("DEU AID UKR",), ("DEU THREATEN UKR",)),
    ("The EU is holding talks with Russia.", ("EU CONSULT RUS",), ("EU THREATEN RUS",)),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), marked(REPRISALS, PENDING))
def test_a_reprisal_held_in_hand_threatens(
    expect: Expect, text: str, want: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want, unwanted)


# --- a reprisal paused or suspended yields ---------------------------------------------------------------

SUSPENDED = [
    ("Turkey suspended countermeasures against Greece after the talks.", ("TUR CONCEDE GRC",), ()),
    ("Mexico postponed its retaliatory duties on American pork.", ("MEX CONCEDE USA",), ()),
    ("China shelved its retaliatory tariffs on Australian barley.", ("CHN CONCEDE AUS",), ()),
    ("Canada paused its countermeasures against the United States.", ("CAN CONCEDE USA",), ()),
    (
        "Vietnam suspended the countermeasures against Cambodia a week later.",
        ("VNM CONCEDE KHM",),
        ("VNM SANCTION KHM",),
    ),
    # guard: suspending ties is no concession
    ("Morocco suspended contacts with the German embassy.", (), ("MAR CONCEDE DEU",)),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), marked(SUSPENDED, PENDING))
def test_a_reprisal_suspended_concedes(
    expect: Expect, text: str, want: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want, unwanted)


# --- the need for an act, stressed, asks for it ------------------------------------------------------------

NEEDS = [
    (
        "Egyptian Foreign Minister Sameh Shoukry stressed the need to end the fighting in Libya.",
        ("EGY REQUEST LBY",),
        (),
    ),
    ("France stressed the need to protect civilians in Sudan.", ("FRA REQUEST SDN",), ()),
    (
        "The Arab League underscored the need for an end to the fighting in Yemen.",
        ("ARAB_LEAGUE REQUEST YEM",),
        (),
    ),
    ("Turkey reiterated the need for a political solution in Syria.", ("TUR REQUEST SYR",), ()),
    ("Kenya stressed the need for a withdrawal of Ethiopian troops.", ("KEN REQUEST ETH",), ()),
    ("Kenya stressed the need for Ethiopia to withdraw its troops.", ("KEN REQUEST ETH",), ()),
    # guard: a need stressed is no act of the needed thing's type
    ("Qatar emphasized the need for an immediate ceasefire in Gaza.", (), ("QAT RETREAT PSE",)),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), marked(NEEDS, PENDING))
def test_a_need_stressed_asks_for_it(
    expect: Expect, text: str, want: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want, unwanted)


# --- doubt cast, raised or voiced about someone's act is disapproval -----------------------------------

DOUBTS = [
    ("Sweden cast doubt on Russia's account of the crash.", ("SWE ACCUSE RUS",), ()),
    ("Italy raised doubts about the Egyptian investigation.", ("ITA ACCUSE EGY",), ()),
    ("Poland has doubts about Hungary's commitment to the sanctions.", ("POL ACCUSE HUN",), ()),
    ("Germany voiced doubts over China's peace plan.", ("DEU ACCUSE CHN",), ()),
    ("Brazil cast doubt on Venezuela's election results.", ("BRA ACCUSE VEN",), ()),
    # guards: a doubt about nobody's act accuses no one; a stated concern keeps its reading
    ("Canada cast doubt on the poll.", (), ("CAN ACCUSE USA",)),
    ("Norway voiced deep concern about Israel's settlement plans.", ("NOR ACCUSE ISR",), ()),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), marked(DOUBTS, PENDING))
def test_doubt_about_an_act_accuses_its_doer(
    expect: Expect, text: str, want: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want, unwanted)


# --- a sanction or reprisal vowed, pledged or promised threatens -----------------------------------------

VOWED = [
    ("Canada vowed swift duties on American steel.", ("CAN THREATEN USA",), ()),
    (
        "Russia pledged retaliatory sanctions against the European Union.",
        ("RUS THREATEN EU",),
        ("RUS AGREE EU",),
    ),
    ("Beijing promised punitive tariffs on Australian wine.", ("CHN THREATEN AUS",), ()),
    ("Ankara vowed an embargo on Cypriot goods.", ("TUR THREATEN CYP",), ()),
    ("Seoul vowed a boycott of Japanese goods.", ("KOR THREATEN JPN",), ()),
    # guards: a promise of help stays help; a vowed reprisal the curated patterns read stays a threat
    ("Japan vowed new aid to the Philippines.", ("JPN AID PHL",), ("JPN THREATEN PHL",)),
    ("Mexico pledged countermeasures against the United States.", ("MEX THREATEN USA",), ()),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), marked(VOWED, PENDING))
def test_a_vowed_sanction_threatens(
    expect: Expect, text: str, want: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want, unwanted)


# --- a courtesy call on someone is a visit, no call on them to act ---------------------------------------

COURTESY = [
    (
        "Ghana's foreign minister paid a courtesy call on the President of Togo.",
        ("GHA CONSULT TGO",),
        ("GHA REQUEST TGO",),
    ),
    (
        "The Indian envoy paid a courtesy call on Nepal's prime minister on Monday.",
        ("IND CONSULT NPL",),
        ("IND REQUEST NPL",),
    ),
    (
        "Kenya's defence chief paid a courtesy call on the Ugandan army commander.",
        ("KEN CONSULT UGA",),
        ("KEN REQUEST UGA",),
    ),
    (
        "The Thai foreign minister paid a courtesy call on Cambodian Prime Minister Hun Manet.",
        ("THA CONSULT KHM",),
        ("THA REQUEST KHM",),
    ),
    (
        "Qatar's emir paid a courtesy call on the Saudi crown prince.",
        ("QAT CONSULT SAU",),
        ("QAT REQUEST SAU",),
    ),
    # guard: a call on someone to act is still a request
    ("Germany renewed its call on Iran to free the detainees.", ("DEU REQUEST IRN",), ()),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), marked(COURTESY, PENDING))
def test_a_courtesy_call_is_a_visit(
    expect: Expect, text: str, want: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want, unwanted)


# --- "lauds" read as a plural noun by the parser still praises -------------------------------------------

LAUDS = [
    ("The United Kingdom lauds Kenyan voters for their participation.", ("GBR SUPPORT KEN",), ()),
    ("Spain lauds Portugal for its handling of the fires.", ("ESP SUPPORT PRT",), ()),
    ("Canada lauds Chile's leadership on climate.", ("CAN SUPPORT CHL",), ()),
    ("Germany lauds Polish efforts to house refugees.", ("DEU SUPPORT POL",), ()),
    ("The United Kingdom lauds Zambian election officials.", ("GBR SUPPORT ZMB",), ()),
    ("Norway lauds Colombia's peace efforts.", ("NOR SUPPORT COL",), ()),
    # guards: the verb the parser reads keeps its reading; the noun alone praises no one
    ("The European Union lauds Ghana for the peaceful vote.", ("EU SUPPORT GHA",), ()),
    ("The lauds of the crowd in Madrid were loud.", (), ("ESP SUPPORT ESP",)),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), marked(LAUDS, PENDING))
def test_lauds_praises(expect: Expect, text: str, want: tuple[str, ...], unwanted: tuple[str, ...]) -> None:
    expect(text, want, unwanted)


# --- fighting, hitting or striking back against a policy or a measure opposes it in words ----------------

FOUGHT_BACK = [
    (
        "Brazil is fighting back against Argentina's trade policies.",
        ("BRA ACCUSE ARG",),
        ("BRA ASSAULT ARG",),
    ),
    (
        "Mexico joined Canada in fighting back against President Trump's steel tariffs.",
        ("MEX ACCUSE USA", "CAN ACCUSE USA"),
        (),
    ),
    (
        "South Africa fought back against the European Union's new rules on citrus imports.",
        ("ZAF ACCUSE EU",),
        (),
    ),
    ("Vietnam is hitting back against China's fishing ban.", ("VNM ACCUSE CHN",), ("VNM ASSAULT CHN",)),
    (
        "Indonesia struck back against the EU's palm oil restrictions.",
        ("IDN ACCUSE EU",),
        ("IDN ASSAULT EU",),
    ),
    # guards: armed doers fighting back fight; an offensive is no policy
    ("Ukrainian troops fought back against Russian forces near Bakhmut.", (), ("UKR ACCUSE RUS",)),
    ("The Kurdish fighters fought back against Turkey's offensive.", (), ("KURDS ACCUSE TUR",)),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), marked(FOUGHT_BACK, PENDING))
def test_fighting_back_against_a_policy_accuses_its_owner(
    expect: Expect, text: str, want: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want, unwanted)


# --- an official protest lodged over or about someone's act accuses its doer -----------------------------

PROTESTS = [
    (
        "Vietnam issued a strongly worded protest on Friday over the Chinese navy's seizure of its fishing "
        "boats.",
        ("VNM ACCUSE CHN",),
        (),
    ),
    ("Japan lodged a protest over Russia's military drills on the islands.", ("JPN ACCUSE RUS",), ()),
    ("Greece filed a formal protest about Turkey's survey ship.", ("GRC ACCUSE TUR",), ()),
    (
        "India registered a strong protest over Pakistan's shelling of border villages.",
        ("IND ACCUSE PAK",),
        (),
    ),
    ("Seoul sent a protest over North Korea's missile launch.", ("KOR ACCUSE PRK",), ()),
    (
        "Manila delivered a protest over the Chinese coast guard's use of water cannon.",
        ("PHL ACCUSE CHN",),
        (),
    ),
    # guards: the one protested to keeps the protest; a time phrase is no target
    ("Japan lodged a protest with China over the weekend.", ("JPN ACCUSE CHN",), ()),
    ("Poland lodged a protest over the weekend.", (), ("POL ACCUSE POL",)),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), marked(PROTESTS, PENDING))
def test_a_protest_over_an_act_accuses_its_doer(
    expect: Expect, text: str, want: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want, unwanted)
