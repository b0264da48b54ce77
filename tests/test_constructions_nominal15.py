"""Event nouns (round 15, item "nominal"): the act one is involved in.

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "X's involvement in the attack on Y": the one involved does the act ---------------------------

INVOLVED_IN = [
    # the possessor of the involvement
    ("Iran's involvement in the attack on the Saudi oil facilities angered Riyadh.", "IRN ASSAULT SAU"),
    # the one a verb charges with it, whatever pronoun the involvement takes
    (
        "Seoul expelled a North Korean diplomat over his alleged role in the killing of a South Korean "
        "activist.",
        "PRK ASSAULT KOR",
    ),
    (
        "Armenia accused Azerbaijan of complicity in the shelling of Armenian border villages.",
        "AZE ASSAULT ARM",
    ),
    (
        "Kenya accused Somalia of involvement in the kidnapping of Kenyan aid workers.",
        "SOM ASSAULT KEN",
    ),
    # a gerund the involvement is in
    (
        "Ukraine imposed sanctions on Iran for its role in supplying attack drones to Russia.",
        "IRN AID RUS",
    ),
    ("Washington accused Pyongyang of complicity in supplying artillery shells to Moscow.", "PRK AID RUS"),
]


@pytest.mark.parametrize(("text", "wanted"), INVOLVED_IN)
def test_who_is_involved_in_an_act_does_it(expect: Expect, text: str, wanted: str) -> None:
    """An act in the "in" phrase of a noun of ``involvement_nouns`` ("involvement", "role",
    "complicity", "hand") that names no doer of its own is done by whoever is involved: the noun's
    possessor, else the one a verb charges with it ("accused X of complicity in ...", "expelled X over
    his role in ...")."""
    expect(text, want=(wanted,))


# --- "planes carrying aid from X landed in Y": aid that arrives goes where it arrives ---------------

ARRIVED = [
    ("Japanese aid arrived in Tonga on Tuesday.", "JPN AID TON"),
    ("Planes carrying aid from Qatar landed in Kabul on Sunday.", "QAT AID AFG"),
    ("Two planes carrying humanitarian aid from China arrived at Bole airport in Ethiopia.", "CHN AID ETH"),
    ("Ships loaded with aid from Greece arrived in Libya after a week at sea.", "GRC AID LBY"),
    ("A convoy carrying Saudi aid reached Yemen on Friday.", "SAU AID YEM"),
    ("Emergency supplies from India have landed in Myanmar.", "IND AID MMR"),
]


@pytest.mark.parametrize(("text", "wanted"), ARRIVED)
def test_aid_that_arrives_somewhere_goes_to_its_state(expect: Expect, text: str, wanted: str) -> None:
    """Aid that names its giver and no recipient, the subject of a verb of ``arrival_verbs`` or the
    cargo of a vehicle that is ("planes carrying aid from X", "ships loaded with aid"), is for the state
    where it arrives: the verb's place or object."""
    expect(text, want=(wanted,))


# --- "sent aid after the earthquake in X": aid goes where the need it answers is ---------------------

NEED_PLACED = [
    ("Japan sent aid after the tsunami in Tonga.", "JPN AID TON"),
    ("Qatar delivered relief supplies amid severe flooding in Pakistan.", "QAT AID PAK"),
    ("Azerbaijan sent rescuers and aid following the earthquake in Turkey.", "AZE AID TUR"),
    ("The EU flew in emergency assistance in response to the cyclone in Mozambique.", "EU AID MOZ"),
    ("India dispatched medical aid in the wake of the earthquake in Nepal.", "IND AID NPL"),
    ("Egypt sent aid for victims of the floods in Libya.", "EGY AID LBY"),
]


@pytest.mark.parametrize(("text", "wanted"), NEED_PLACED)
def test_aid_answering_a_placed_need_goes_to_its_state(expect: Expect, text: str, wanted: str) -> None:
    """Aid that names no recipient, in a clause that says what need it answers ("after the tsunami in
    X", "amid flooding in X", "in the wake of", "in response to", "for victims of"; a noun of
    ``relief_rule.need_nouns``), is for the state where that need is."""
    expect(text, want=(wanted,))


# --- "Japan's aid package for Ukraine": the owner of what an event noun qualifies does the act -------

PACKAGED = [
    ("Japan's aid package for Ukraine totals $4 billion.", "JPN AID UKR"),
    ("The EU's 14th sanctions package against Russia targets LNG.", "EU SANCTION RUS"),
    ("Germany's humanitarian aid programme for Syria was extended.", "DEU AID SYR"),
    ("Canada's sanctions regime against Iran was tightened last week.", "CAN SANCTION IRN"),
    ("Australia's military aid budget for Ukraine has doubled.", "AUS AID UKR"),
]


@pytest.mark.parametrize(("text", "wanted"), PACKAGED)
def test_the_owner_of_a_package_does_its_act(expect: Expect, text: str, wanted: str) -> None:
    """An event noun compounded on a noun of ``act_container_nouns`` that holds it ("aid package",
    "sanctions regime") is done by that noun's possessor or demonym, as by its own."""
    expect(text, want=(wanted,))


# --- "said at a news conference following talks with X": "following" as a preposition of the noun ----

FOLLOWING_TALKS = [
    (
        "Blinken said at a news conference following talks with his Turkish counterpart Hakan Fidan "
        "that ties were strong.",
        "USA CONSULT TUR",
    ),
    (
        '"We are ready," Armenian Foreign Minister Ararat Mirzoyan said at a press conference following '
        "talks with his Russian counterpart Sergey Lavrov.",
        "ARM CONSULT RUS",
    ),
    (
        "Wang Yi said at a press conference following talks with his Russian counterpart Sergei Lavrov "
        "that ties were strong.",
        "CHN CONSULT RUS",
    ),
    (
        "Sergei Lavrov said at a press conference following talks with his Turkish counterpart Hakan "
        "Fidan that grain would flow.",
        "RUS CONSULT TUR",
    ),
    (
        "Antony Blinken said at a press conference following talks with his Chinese counterpart Wang Yi "
        "that they had agreed to keep talking.",
        "USA CONSULT CHN",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), FOLLOWING_TALKS)
def test_talks_a_news_conference_follows_are_the_speakers(expect: Expect, text: str, wanted: str) -> None:
    """ "following talks with X" that the parser hangs on the news conference as a preposition belongs
    to the clause the conference is in: its subject held the talks (``occasions``)."""
    expect(text, want=(wanted,))


# --- "gave its support to X": the noun's doer is its own, its target hangs on the light verb ---------

LIGHT_VERB_TARGET = [
    ("Kenya gave its support to Ethiopia.", "KEN SUPPORT ETH"),
    ("Japan extended its aid to Laos after the floods.", "JPN AID LAO"),
    ("Ghana gave its full support to Togo on Friday.", "GHA SUPPORT TGO"),
    ("Qatar has given its full backing to Sudan's government.", "QAT SUPPORT SDN"),
    ("Germany has given its backing to Poland in the dispute over the border.", "DEU SUPPORT POL"),
]


LIGHT_VERB_TARGET += [
    # the phrase names an act: whoever its own phrase names (as "support for the truce declared by X")
    ("Kenya gave its backing to a ceasefire announced by Ethiopia.", "KEN SUPPORT ETH"),
    ("Qatar gave its full support to the truce brokered by Egypt.", "QAT SUPPORT EGY"),
    ("Norway has given its backing to the peace plan drawn up by Brazil.", "NOR SUPPORT BRA"),
    ("Spain gave its support to the proposal made by Morocco.", "ESP SUPPORT MAR"),
]


@pytest.mark.parametrize(("text", "wanted"), LIGHT_VERB_TARGET)
def test_a_possessed_noun_under_a_light_verb_takes_the_verbs_phrase(
    expect: Expect, text: str, wanted: str
) -> None:
    """An event noun whose owner is its doer ("its support") and that is the object of a light verb
    ("gave", "extended", "lent") takes its target from the verb's "to" phrase or its own prepositions
    hung on the verb, as the noun without an owner does ("gave support to X")."""
    expect(text, want=(wanted,))


# --- "X's refusal to V": the act refused or failed is negated ---------------------------------------

REFUSED = [
    ("Hungary's refusal to send weapons to Ukraine angered its allies.", "HUN AID UKR"),
    ("The EU's failure to impose sanctions on Iran angered Israel.", "EU SANCTION IRN"),
    ("Serbia's refusal to recognise Kosovo is no secret.", "SRB SUPPORT KSV"),
    ("Turkey's refusal to hold talks with Cyprus has frustrated the UN.", "TUR CONSULT CYP"),
    ("Venezuela's failure to release Colombian prisoners angered Bogota.", "VEN CONCEDE COL"),
]


@pytest.mark.parametrize(("text", "act"), REFUSED)
def test_an_act_refused_or_failed_is_negated(
    coded: Callable[[str], dict[str, set[str]]], text: str, act: str
) -> None:
    """The infinitive on a noun of ``negating_nouns`` ("refusal", "failure") did not happen, as under
    "refused to" or "failed to": it is found negated."""
    found = coded(text)
    assert "negated" in found.get(act, set()), found


# --- "X, a vocal critic of Y", "a staunch backer of Y": agent nouns of support and criticism ----------

AGENT_NOUNS = [
    ("Poland is a staunch backer of Ukraine.", "POL SUPPORT UKR"),
    ("Hungary has long been a vocal critic of the European Union.", "HUN ACCUSE EU"),
    ("Lithuania, a strong supporter of Taiwan, opened a trade office there.", "LTU SUPPORT TWN"),
    ("Erdogan, an outspoken critic of Israel, called for a ceasefire in Gaza.", "TUR ACCUSE ISR"),
    ("The Kremlin described Hungary as a critic of NATO.", "HUN ACCUSE NATO"),
]


@pytest.mark.parametrize(("text", "wanted"), AGENT_NOUNS)
def test_a_supporter_or_critic_of_an_actor_supports_or_criticises_it(
    expect: Expect, text: str, wanted: str
) -> None:
    """ "supporter", "backer" (SUPPORT) and "critic" (ACCUSE) with an "of" phrase are relational nouns
    (``relational_nouns``): whom the noun describes (apposition, copula, or the object an "as" phrase
    describes: "described X as a critic of Y") acts on the "of" object."""
    expect(text, want=(wanted,))


# --- guards -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # an act with a doer of its own keeps it; the accused is not made its doer
        (
            "Kyiv accused Minsk of complicity in Russia's invasion of Ukraine.",
            ("RUS ASSAULT UKR", "UKR ACCUSE BLR"),
            (),
        ),
        # a role in no act names none
        ("China's role in global security was discussed at the summit.", (), ("CHN ASSAULT CHN",)),
        # the accuser is no doer of the act, where the parser hangs the "in" phrase on the verb
        (
            "Washington accused Pyongyang of complicity in supplying artillery shells to Moscow.",
            ("PRK AID RUS",),
            ("USA AID RUS",),
        ),
        # aid with a recipient of its own keeps it; no aid without an aid noun
        ("Japanese aid to Fiji arrived in Tonga by mistake.", ("JPN AID FJI",), ("JPN AID TON",)),
        ("Planes carrying troops from Russia landed in Mali.", (), ("RUS AID MLI",)),
        # aid that does not arrive
        ("Aid from Japan was stuck in Tonga for a week.", (), ("JPN AID TON",)),
        # aid with a recipient keeps it; no need, no recipient
        ("Japan sent aid to Fiji after the tsunami in Tonga.", ("JPN AID FJI",), ("JPN AID TON",)),
        ("Japan sent aid after the meeting in Tonga.", (), ("JPN AID TON",)),
        ("Japan criticised China after the earthquake in Taiwan.", (), ("JPN AID TWN",)),
        # the owner of an event the noun qualifies does that event, not the qualifier's
        ("Ukraine's aid request to the EU reached Brussels.", (), ("UKR AID EU",)),
        ("Japan's trade war with China hurt exports.", (), ("JPN AID CHN",)),
        # an occasion that is no meeting
        ("Erdogan said at a rally following the vote that he had won.", (), ("TUR CONSULT TUR",)),
        # an agent noun with no "of" phrase names no act
        ("Critics in Kenya say the deal favours China.", (), ("KEN ACCUSE CHN",)),
        ("Supporters of the president rallied in Caracas.", (), ("VEN SUPPORT VEN",)),
        # a light verb's phrase, read as before
        ("Kenya gave support to Ethiopia.", ("KEN SUPPORT ETH",), ()),
        ("Israel intensified its strikes on Gaza.", ("ISR ASSAULT PSE",), ()),
        # an act decided is no act refused
        ("Japan's decision to send aid to Sri Lanka was welcomed.", ("JPN AID LKA",), ()),
        # a charge with no involvement noun, read as before
        ("Belarus accused Lithuania of attacking its border post.", ("LTU ASSAULT BLR",), ()),
    ],
)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    expect(text, want=wanted, not_want=unwanted)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Morocco denied any involvement in the attack on the Algerian convoy.", "MAR ASSAULT DZA"),
        (
            "Venezuela rejected claims of its complicity in the bombing of the Colombian pipeline.",
            "VEN ASSAULT COL",
        ),
    ],
)
def test_a_denied_involvement_is_no_act(
    coded: Callable[[str], dict[str, set[str]]], text: str, act: str
) -> None:
    """Involvement denied or rejected asserts no act: it is found negated or not at all."""
    found = coded(text)
    assert act not in found or "negated" in found[act], found
