"""Precision, round 12: constructions that made false positives on unseen text.

Every sentence here was written for this file (none comes from any annotated set), with different
actors and wording for each construction, and was failing before its fix; the guards show that the
constructions next to it keep their reading. Run through the packaged model (``expect``, ``coded``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pending import marked

Expect = Callable[..., dict[str, set[str]]]

# --- a diplomat summoned or called in is a protest by the state that summons, never a meeting -------

# (sentence, what it states, what it must not state)
SUMMONS = [
    (
        "Venezuela's envoy was summoned to the Colombian foreign ministry over the border shooting.",
        ("COL ACCUSE VEN",),
        ("COL CONSULT VEN",),
    ),
    (
        "Hungary's ambassador to Ukraine was summoned to the foreign ministry in Kyiv.",
        ("UKR ACCUSE HUN",),
        ("UKR CONSULT HUN",),
    ),
    (
        "The Chinese ambassador was summoned to the Foreign Office in London on Monday.",
        ("GBR ACCUSE CHN",),
        ("GBR CONSULT CHN",),
    ),
    ("Israel's envoy to Spain was summoned on Friday.", ("ESP ACCUSE ISR",), ("ESP CONSULT ISR",)),
    (
        "Ethiopia called in the Egyptian ambassador over the dam remarks.",
        ("ETH ACCUSE EGY",),
        ("ETH CONSULT EGY",),
    ),
    (
        "Algeria's envoy to France was called in by the French foreign ministry.",
        ("FRA ACCUSE DZA",),
        ("FRA CONSULT DZA", "DZA CONSULT FRA"),
    ),
    (
        "Lithuania and Latvia called in Russian diplomats on Tuesday.",
        ("LTU ACCUSE RUS", "LVA ACCUSE RUS"),
        ("LTU CONSULT LVA",),
    ),
    (
        "Peru's ambassador was called to the Chilean foreign ministry to explain the remarks.",
        ("CHL ACCUSE PER",),
        ("CHL CONSULT PER", "PER CONSULT CHL"),
    ),
    (
        "Britain's summoning of the Iranian ambassador followed the arrest of a British aid worker.",
        ("GBR ACCUSE IRN",),
        ("GBR CONSULT IRN",),
    ),
    (
        "The summoning of the Iranian ambassador by Britain followed the arrest of a British aid worker.",
        ("GBR ACCUSE IRN",),
        ("GBR CONSULT IRN",),
    ),
]
#: Sentences whose construction is not handled yet (each a strict xfail, with the reason).
PENDING = {
    "Caracas home for consultations": "the recall fires (triggers), but no relation comes out once 'for "
    "consultations' follows 'home' (without it, 'called its ambassador in Lima home', it does): not found "
    "in the time box",
    "called back its envoy": "'back' makes the verb's 'to Paris' a destination "
    "(discourse.destination_preps), so the posting names no target",
}


# a state's own envoy summoned or called home is recalled: a sanction of the host (the guidelines:
# "withdrawing ambassadors SANCTION (alt RETREAT)")
RECALLS = [
    ("Peru summoned its ambassador to Mexico for consultations.", ("PER SANCTION MEX",), ("PER ACCUSE MEX",)),
    ("Colombia called its ambassador in Caracas home for consultations.", ("COL SANCTION VEN",), ()),
    ("Ecuador called its ambassador in Lima home.", ("ECU SANCTION PER",), ("ECU CONSULT PER",)),
    ("Algeria called back its envoy to Paris on Saturday.", ("DZA SANCTION FRA",), ("DZA CONSULT FRA",)),
    ("The Netherlands summoned home its ambassador to Turkey.", ("NLD SANCTION TUR",), ("NLD ACCUSE TUR",)),
    (
        "Kenya summoned its ambassador to Uganda for talks in Nairobi.",
        ("KEN SANCTION UGA",),
        ("KEN ACCUSE UGA",),
    ),
    # a named diplomat and a chargé d'affaires summoned to a ministry: the summons, as above
    (
        "Russian ambassador Sergey Andreev was summoned to the foreign ministry in Warsaw.",
        ("POL ACCUSE RUS",),
        (),
    ),
    (
        "The Iranian charge d'affaires was summoned to the German foreign ministry in Berlin.",
        ("DEU ACCUSE IRN",),
        (),
    ),
]
# guards: a call to a diplomat is still a call, a meeting still a meeting, a summons to court a court's
SUMMONS_GUARDS = [
    ("Kenya's president called the U.S. envoy on Monday.", ("KEN CONSULT USA",), ("KEN ACCUSE USA",)),
    (
        "The Iranian ambassador met Britain's foreign secretary in London.",
        ("IRN CONSULT GBR",),
        ("GBR ACCUSE IRN",),
    ),
    ("Seoul summoned Japan's ambassador to protest the textbook revisions.", ("KOR ACCUSE JPN",), ()),
    (
        "France recalled its ambassador to Italy for consultations.",
        ("FRA SANCTION ITA",),
        ("ITA ACCUSE FRA",),
    ),
    ("Mexico called in the army to restore order in Sinaloa.", (), ("MEX ACCUSE MEX",)),
]


@pytest.mark.parametrize(("text", "want", "not_want"), marked(SUMMONS + RECALLS + SUMMONS_GUARDS, PENDING))
def test_a_summoned_diplomat_is_a_protest_of_the_summoning_state(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    """Summoning another state's diplomat, in any wording ("summoned to the foreign ministry in Kyiv",
    "called in the ambassador", "was called to the foreign ministry", "the summoning of"), is an
    official protest (ACCUSE) by the state that summons: the by-agent, else the state whose ministry
    the diplomat is summoned to, else the state the envoy is accredited to; never a meeting or call."""
    expect(text, want, not_want)


@pytest.mark.parametrize(
    "text",
    [
        "Poland called in Belarus's charge d'affaires after the airspace violation.",
        "Sweden summoned Iran's charge d'affaires on Thursday.",
    ],
)
def test_a_summons_is_asserted(coded: Callable[[str], dict[str, set[str]]], text: str) -> None:
    """A chargé d'affaires is an office, no criminal charge: the summons is stated, not hypothetical."""
    found = {k: v for k, v in coded(text).items() if " ACCUSE " in k}
    assert found and not any(found.values()), found


# --- the meeting a summons calls a diplomat to is the summons, no CONSULT ------------------------------

SUMMONS_MEETINGS = [
    (
        "The Algerian foreign ministry summoned French ambassador Stephane Romatet for a meeting with "
        "Secretary General Lounes Magramane.",
        ("DZA ACCUSE FRA",),
        ("DZA CONSULT FRA",),
    ),
    (
        "The Indonesian foreign ministry called the Australian ambassador to a meeting over the spying "
        "claims.",
        ("IDN ACCUSE AUS",),
        ("IDN CONSULT AUS",),
    ),
    (
        "Russia's deputy foreign minister, Alexander Grushko, met the German ambassador after summoning him "
        "over the asset seizure.",
        ("RUS ACCUSE DEU",),
        ("RUS CONSULT DEU",),
    ),
    (
        "Ghana's foreign minister received the Nigerian high commissioner after summoning him over the shop "
        "closures.",
        ("GHA ACCUSE NGA",),
        ("GHA CONSULT NGA",),
    ),
    (
        "Seoul called the Japanese charge d'affaires to the foreign ministry on Monday.",
        ("KOR ACCUSE JPN",),
        ("KOR CONSULT JPN",),
    ),
    # guards: a summons for talks already was one; calls and meetings with no summons stay meetings
    (
        "Bangladesh summoned the Myanmar envoy for talks with Foreign Secretary Masud Bin Momen.",
        ("BGD ACCUSE MMR",),
        ("BGD CONSULT MMR",),
    ),
    ("Macron called Scholz to discuss the budget.", ("FRA CONSULT DEU",), ("FRA ACCUSE DEU",)),
    (
        "The Chinese ambassador met Kenyan President William Ruto for talks on the railway.",
        ("CHN CONSULT KEN",),
        ("KEN ACCUSE CHN",),
    ),
    ("Egypt invited the Sudanese envoy to a meeting in Cairo.", (), ("EGY ACCUSE SDN",)),
    ("Kenyan President William Ruto summoned his cabinet for an emergency meeting.", (), ("KEN ACCUSE KEN",)),
]


@pytest.mark.parametrize(("text", "want", "not_want"), marked(SUMMONS_MEETINGS, PENDING))
def test_the_meeting_of_a_summons_is_the_summons(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    """A meeting a diplomat is summoned or called to ("summoned X for a meeting with Y", "called the
    ambassador to a meeting"), or that a summons in its clause leads to ("met the ambassador after
    summoning him"), is the summons (ACCUSE by the summoning state), not a meeting of the two states."""
    expect(text, want, not_want)


# --- domestic advocacy: a society or opposition actor whose only relation is with its own government ---

# (text, relations it must not state, relations it must keep)
DOMESTIC = [
    (
        "Kenyan human rights activists on Monday called on the government to release detained protesters.",
        ("KEN REQUEST KEN",),
        (),
    ),
    (
        "Members of Zambia's opposition praised President Hakainde Hichilema for lifting the curfew. "
        "Hichilema met Chinese President Xi Jinping in Beijing.",
        ("ZMB SUPPORT ZMB",),
        ("ZMB CONSULT CHN",),
    ),
    (
        "Ghanaian cocoa farmers urged the government to raise the price it pays for their beans.",
        ("GHA REQUEST GHA",),
        (),
    ),
    (
        "Ugandan opposition leader Kizza Besigye accused the government of rigging the vote.",
        ("UGA ACCUSE UGA",),
        (),
    ),
    ("Peruvian teachers' unions demanded that the government raise salaries.", ("PER REQUEST PER",), ()),
]
# guards: an advocacy group that also addresses a foreign actor stays, with its domestic relation; what
# the state does to its opposition, and armed rebels, stay
DOMESTIC_GUARDS = [
    (
        "Kenyan human rights activists called on the government to release detained protesters and urged "
        "Britain to press Nairobi.",
        (),
        ("KEN REQUEST GBR", "KEN REQUEST KEN"),
    ),
    ("Ugandan police arrested Ugandan opposition leader Kizza Besigye in Kampala.", (), ("UGA COERCE UGA",)),
    ("Syrian rebels attacked Syrian army positions near Aleppo.", (), ("SYR ASSAULT SYR",)),
    ("Zimbabwean police beat opposition supporters in Harare.", (), ("ZWE ASSAULT ZWE",)),
    # a people, not an advocacy group: PLOVER codes its demands on its state
    (
        "Ethnic Hungarians in southern Slovakia are demanding autonomy from the Slovak government.",
        (),
        ("SVK REQUEST SVK",),
    ),
]


@pytest.mark.parametrize(("text", "not_want", "want"), marked(DOMESTIC + DOMESTIC_GUARDS, PENDING))
def test_domestic_advocacy_toward_its_own_government_is_left_out(
    expect: Expect, text: str, not_want: tuple[str, ...], want: tuple[str, ...]
) -> None:
    """The guidelines leave out domestic advocacy groups and opposition politicians whose only relation
    is with their own government: what such an actor (a society or political sector: activists,
    farmers, unions, the opposition) does toward its own state's side is no relation when the document
    gives it none with another state. Armed groups, and what the state does to them, stay."""
    expect(text, want, not_want)


# --- a word of a person's name is no trigger ------------------------------------------------------------

# (sentence, relations it states, relations a name read as a word would make)
NAME_WORDS = [
    (
        "Colombia's foreign minister will meet UN Secretary-General Ban Ki-moon on Wednesday.",
        (),
        ("UN SANCTION P_BAN_KI_MOON",),
    ),
    (
        "Venezuela's foreign minister told UN chief Ban Ki-moon about the border crisis.",
        (),
        ("VEN SANCTION UN",),
    ),
    (
        "Indian Foreign Secretary Vijay Gokhale received Nepal's envoy Shanker Raid in New Delhi.",
        ("IND CONSULT NPL",),
        ("NPL COERCE IND",),
    ),
    (
        "Mexico's foreign minister received Guatemalan envoy Luis Raid in Mexico City.",
        ("MEX CONSULT GTM",),
        ("GTM COERCE MEX",),
    ),
    ("Egypt's foreign minister briefed Jordanian envoy Omar Summit on the talks.", (), ("JOR CONSULT JOR",)),
    (
        "Sudan's army chief met Chadian envoy Mahamat Deal in Khartoum.",
        ("SDN CONSULT TCD",),
        ("TCD AGREE TCD",),
    ),
    # guards: the words themselves keep their sense
    ("Kenya imposed a ban on Ugandan sugar.", ("KEN SANCTION UGA",), ()),
    ("Russia launched a missile strike on Kyiv.", ("RUS ASSAULT UKR",), ()),
    ("Israeli forces carried out a raid in Jenin.", ("ISR COERCE PSE",), ()),
    ("The EU and Japan signed a trade deal.", ("EU AGREE JPN",), ()),
]


@pytest.mark.parametrize(("text", "want", "not_want"), marked(NAME_WORDS, PENDING))
def test_a_word_of_a_persons_name_is_no_trigger(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    """A proper noun inside a person's name ("Ban Ki-moon", "envoy Luis Raid") is no event noun (no
    ban, raid or summit); the common nouns keep their sense."""
    expect(text, want, not_want)


# --- the trade a measure falls on is no trade event -------------------------------------------------------

MEASURED_GOODS = [
    ("Washington imposed 25 percent tariffs on imports from Mexico.", (), ("USA COOPERATE MEX",)),
    ("Canada raised tariffs on steel imports from China.", (), ("CAN COOPERATE CHN",)),
    ("The EU set quotas on steel imports from Turkey.", (), ("EU COOPERATE TUR",)),
    ("Mexico lifted tariffs on imports from Canada.", (), ("MEX COOPERATE CAN",)),
    ("Russia imposed a ban on exports to Lithuania.", ("RUS SANCTION LTU",), ("RUS COOPERATE LTU",)),
    # the measure's target through the goods' origin
    ("Washington imposed tariffs on imports from Mexico.", ("USA SANCTION MEX",), ()),
    # guards: trade stated as such stays trade; a measure on goods that are no trade noun keeps its target
    ("Brazil imposed duties on shipments from Argentina.", ("BRA SANCTION ARG",), ("BRA COOPERATE ARG",)),
    ("Kenya imports most of its wheat from Russia.", ("KEN COOPERATE RUS",), ()),
    ("Turkey's purchase of Russian missiles angered Washington.", ("TUR COOPERATE RUS",), ()),
]


@pytest.mark.parametrize(("text", "want", "not_want"), marked(MEASURED_GOODS, PENDING))
def test_the_goods_a_measure_falls_on_are_no_trade(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    """Imports or exports that a tariff, quota or ban falls on ("imposed tariffs on imports from
    Mexico") are the measure's object: no COOPERATE (trade) of the measure's author with the exporter."""
    expect(text, want, not_want)


# --- asked about a topic: a question put to the subject, no request ---------------------------------------

ASKED_ABOUT = [
    (
        "Austria's chancellor told reporters, when asked about negotiations with Italy, that a deal was "
        "near.",
        (),
        ("AUT REQUEST ITA",),
    ),
    (
        "Asked about China's military drills, Japan's defense minister said Tokyo was watching closely.",
        (),
        ("JPN REQUEST CHN",),
    ),
    (
        "When asked about sanctions on Iran, the French foreign minister declined to comment.",
        (),
        ("FRA REQUEST IRN",),
    ),
    (
        "Asked about Russia's troop buildup, Blinken said Washington was ready for talks.",
        (),
        ("USA REQUEST RUS",),
    ),
    (
        "Asked about the trade talks with Britain, India's commerce minister said progress was slow.",
        (),
        ("IND REQUEST GBR",),
    ),
    # guards: asking a state to act stays a request
    ("Kenya asked Uganda to reopen the border.", ("KEN REQUEST UGA",), ()),
    ("Egypt asked Turkey to hand over the suspects.", ("EGY REQUEST TUR",), ()),
    ("Chad was asked by Sudan to close its border.", ("SDN REQUEST TCD",), ()),
]


@pytest.mark.parametrize(("text", "want", "not_want"), marked(ASKED_ABOUT, PENDING))
def test_asked_about_a_topic_is_no_request(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    """A participle "(when) asked about X" puts a question to the clause's subject: the subject asks
    nothing of anyone, and X is what the question is about."""
    expect(text, want, not_want)


# --- a diplomat told to leave is expelled -----------------------------------------------------------------

# the guidelines and the annotated sets: an envoy declared unwelcome or given hours to leave is a SANCTION
EXPELLED_ENVOYS = [
    ("Cairo asked the Turkish ambassador to leave the country.", ("EGY SANCTION TUR",), ("EGY REQUEST TUR",)),
    (
        "Niger ordered the French ambassador to leave within 48 hours.",
        ("NER SANCTION FRA",),
        ("NER REQUEST FRA",),
    ),
    ("Mali told the French envoy to leave the country within 72 hours.", ("MLI SANCTION FRA",), ()),
    (
        # (speech/pledges.py still reads the week given as a deadline, a REQUEST, beside the expulsion)
        "Russia gave the Estonian ambassador a week to leave the country.",
        ("RUS SANCTION EST",),
        (),
    ),
    (
        "Ethiopia asked the Kenyan ambassador to leave Addis Ababa.",
        ("ETH SANCTION KEN",),
        ("ETH REQUEST KEN",),
    ),
    (
        "Burkina Faso instructed the French charge d'affaires to depart.",
        ("BFA SANCTION FRA",),
        ("BFA ACCUSE FRA",),
    ),
    # guards: a state asked to act is asked; one's own envoy asked home is no expulsion
    ("Kenya asked Uganda to reopen the border.", ("KEN REQUEST UGA",), ("KEN SANCTION UGA",)),
    ("Japan asked its ambassador to return to Tokyo.", (), ("JPN SANCTION JPN",)),
]


@pytest.mark.parametrize(("text", "want", "not_want"), marked(EXPELLED_ENVOYS, PENDING))
def test_a_diplomat_told_to_leave_is_expelled(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    """Asking, ordering or telling another state's diplomat to leave, or giving him hours to, expels
    him: a SANCTION of his state (as "expelled the ambassador"), no request."""
    expect(text, want, not_want)


# --- concerns or criticism dismissed: whose they are, not what they are about ---------------------------

DISMISSED_CONCERNS = [
    ("Beijing dismissed concerns about its military buildup near Taiwan.", (), ("CHN REJECT TWN",)),
    ("Moscow dismissed concerns about its troop deployments in Belarus.", (), ("RUS REJECT BLR",)),
    ("Ankara dismissed criticism of its purchase of Russian missiles.", (), ("TUR REJECT RUS",)),
    ("India rejected concerns over its oil purchases from Russia.", (), ("IND REJECT RUS",)),
    (
        "The U.S. Treasury secretary dismissed concerns about Trump's threat to impose tariffs on Canada.",
        (),
        ("USA REJECT USA", "USA REJECT CAN"),
    ),
    # guards: the holder named stays the target, and what is rejected keeps its owner
    ("China dismissed Japan's concerns about the survey ship.", ("CHN REJECT JPN",), ()),
    ("Hungary dismissed criticism from the European Commission.", ("HUN REJECT EUROPEAN_COMMISSION",), ()),
    ("Iran rejected the U.S. proposal for new talks.", ("IRN REJECT USA",), ()),
]


@pytest.mark.parametrize(("text", "want", "not_want"), marked(DISMISSED_CONCERNS, PENDING))
def test_dismissed_concerns_reject_their_holder_not_their_topic(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    """Dismissing or rejecting concerns, criticism or worries rejects whoever holds them (a possessor,
    a "from" or "by" phrase); what they are about ("about its buildup near Taiwan", "of its purchase of
    Russian missiles") is their topic, no target."""
    expect(text, want, not_want)
