"""Type constructions, round 15: the act the guidelines code where a rule coded another.

Every sentence here was written for these tests (none comes from a gold file); each construction
has five or more, with different actors, wording and sentence shapes, plus guards for the
constructions next to it. Expectations are what a careful event coder writes down, at state level
(see the ``coded`` fixture in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


# --- a visitor welcomed, greeted or received: the host's meeting with the visitor (CONSULT) -----------


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        (
            "Foreign Minister Wang Yi was welcomed by Kenyan President William Ruto upon his arrival in"
            " Nairobi.",
            "KEN CONSULT CHN",
        ),
        (
            "Turkish President Recep Tayyip Erdogan welcomed Hungarian Prime Minister Viktor Orban at the"
            " presidential palace in Ankara.",
            "TUR CONSULT HUN",
        ),
        (
            "Indonesian President Joko Widodo greeted Australian Prime Minister Anthony Albanese at the"
            " Bogor palace.",
            "IDN CONSULT AUS",
        ),
        (
            "The Ghanaian delegation was greeted by Nigerian officials at the airport in Abuja.",
            "NGA CONSULT GHA",
        ),
        (
            "Egyptian President Abdel Fattah el-Sisi received the Jordanian foreign minister in Cairo on"
            " Sunday.",
            "EGY CONSULT JOR",
        ),
        (
            "Chile's foreign minister was received by Bolivian President Luis Arce in La Paz.",
            "BOL CONSULT CHL",
        ),
        (
            "Kenyan President William Ruto arrived in Addis Ababa on Sunday. He was greeted by Ethiopian"
            " Prime Minister Abiy Ahmed.",
            "ETH CONSULT KEN",
        ),
    ],
)
def test_a_welcomed_visitor_is_met(coded: Coded, text: str, meeting: str) -> None:
    """Welcoming, greeting or receiving a person or a delegation hosts their visit (CAMEO 043, PLOVER
    CONSULT: the guidelines' visit), not praise of them (SUPPORT)."""
    found = coded(text)
    assert meeting in found, sorted(found)
    assert meeting.replace("CONSULT", "SUPPORT") not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # what is welcomed is an act or a decision: approval
        (
            "Kenya welcomed the United Nations' decision to authorize the mission.",
            "KEN SUPPORT UN",
            "KEN CONSULT UN",
        ),
        ("Japan welcomed South Korea's proposal on forced labour.", "JPN SUPPORT KOR", "JPN CONSULT KOR"),
        ("The move was welcomed by Germany.", None, "DEU CONSULT DEU"),
        # a state welcomed into a body, or as a member, is no visitor
        ("NATO welcomed Finland as its 31st member.", None, "NATO CONSULT FIN"),
        ("The African Union welcomed Morocco back into the bloc.", None, "AU CONSULT MAR"),
        # a person received an award, a letter or a call: no visit
        ("Ukraine received a letter from the Polish president.", None, "UKR CONSULT POL"),
    ],
)
def test_welcoming_what_is_no_visitor(expect: Expect, text: str, wanted: str | None, unwanted: str) -> None:
    expect(text, (wanted,) if wanted else (), (unwanted,))


@pytest.mark.parametrize(
    ("text", "visit", "not_visit"),
    [
        (
            "Ghanaian President John Mahama was welcomed by Togolese President Faure Gnassingbe in Lome. The"
            " visit follows a trip to Benin last month.",
            "GHA CONSULT BEN",
            "TGO CONSULT BEN",
        ),
        (
            "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi. The visit"
            " follows a trip to Tanzania.",
            "UGA CONSULT TZA",
            "KEN CONSULT TZA",
        ),
        (
            "Polish President Andrzej Duda greeted Lithuanian President Gitanas Nauseda in Warsaw. The visit"
            " followed a trip to Latvia.",
            "LTU CONSULT LVA",
            "POL CONSULT LVA",
        ),
    ],
)
def test_a_visit_told_after_its_welcome_is_the_visitors(
    expect: Expect, text: str, visit: str, not_visit: str
) -> None:
    """A hosted visit is remembered as the visitor's: "the visit" told next names no visitor and is the
    guest's, not the host's."""
    expect(text, (visit,), (not_visit,))


# --- a promise of aid, backing or a complaint: the act promised, not an agreement (AGREE) -------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Japan pledged to provide $10 million in humanitarian aid to Sudan.", "JPN AID SDN"),
        ("Norway promised to deliver medical supplies to Lebanon.", "NOR AID LBN"),
        ("South Korea will send rescue teams to Turkey, the foreign ministry said.", "KOR AID TUR"),
        ("Germany said it would provide humanitarian aid to Yemen.", "DEU AID YEM"),
        ("Canada has offered to send humanitarian aid to Haiti.", "CAN AID HTI"),
        ("The European Union vowed to support Moldova.", "EU SUPPORT MDA"),
        ("Sweden vowed to back Finland in the dispute.", "SWE SUPPORT FIN"),
    ],
)
def test_a_promised_act_is_that_act(coded: Coded, text: str, act: str) -> None:
    """The guidelines code a pledge of aid as the aid (planned, as a planned meeting is a hypothetical
    CONSULT) and a vow of backing as the backing; an agreement
    (AGREE) is an intent to cooperate, repair or deepen ties."""
    found = coded(text)
    assert act in found, sorted(found)
    assert act.split()[0] + " AGREE " + act.split()[2] not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a promise to cooperate, meet or talk stays a commitment
        ("France pledged to work with Algeria on migration.", "FRA AGREE DZA", None),
        ("Thailand promised to hold talks with Cambodia on the disputed temple.", "THA AGREE KHM", None),
        ("South Korea confirmed it would resume joint drills with the United States.", "KOR AGREE USA", None),
        # a vow of force stays a threat
        ("Turkey vowed to retaliate against Syria.", "TUR THREATEN SYR", "TUR AGREE SYR"),
        # an agreement to help is the parties' agreement
        ("Brazil agreed to send food aid to Haiti.", "BRA AGREE HTI", None),
        # aid going on is no promise
        ("The minister said Qatar would continue to provide aid to Lebanon.", "QAT AID LBN", "QAT AGREE LBN"),
    ],
)
def test_promises_that_stay_commitments(expect: Expect, text: str, wanted: str, unwanted: str | None) -> None:
    expect(text, (wanted,), (unwanted,) if unwanted else ())


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Algeria vowed to denounce Morocco before the African Union.", "DZA ACCUSE MAR"),
        ("Chile promised to reject Bolivia's claim.", "CHL REJECT BOL"),
        ("Serbia vowed to veto Kosovo's membership.", "SRB REJECT KSV"),
    ],
)
def test_a_vow_to_condemn_or_reject_stays_that_act(coded: Coded, text: str, act: str) -> None:
    """A vow to condemn or to reject was read as that act, hypothetical, before promises were typed by
    their act; it stays so."""
    found = coded(text)
    assert "hypothetical" in found.get(act, set()), sorted(found.items())


# --- a commitment to a state's defence or cause: backing (SUPPORT) ------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The U.S. commitment to the defense of the Philippines remains ironclad.", "USA SUPPORT PHL"),
        ("Britain reaffirmed its commitment to Ukraine's sovereignty.", "GBR SUPPORT UKR"),
        ("Australia underscored its commitment to the security of Papua New Guinea.", "AUS SUPPORT PNG"),
        ("Tanzania reaffirmed its commitment to the East African Community.", "TZA SUPPORT EAC"),
        ("Ghana stressed its commitment to the stability of Burkina Faso.", "GHA SUPPORT BFA"),
        ("The EU's commitment to provide Jordan with aid was welcomed.", "EU AID JOR"),
    ],
)
def test_a_commitment_to_a_cause_backs_it(coded: Coded, text: str, act: str) -> None:
    """A commitment to a state's defence, security, sovereignty or stability, or to a body, backs it
    (SUPPORT); one to aid is the aid; neither is an agreement with them (AGREE)."""
    found = coded(text)
    assert act in found, sorted(found)
    assert act.split()[0] + " AGREE " + act.split()[2] not in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "India reiterated its commitment to strengthening cooperation with Brazil.",
        "Malaysia renewed its commitment to expanding trade with Thailand.",
    ],
)
def test_a_commitment_to_cooperate_stays_agree(expect: Expect, text: str) -> None:
    found = expect(text)
    assert any(" AGREE " in k for k in found), sorted(found)


# --- a border crossing, checkpoint or frontier closed with a neighbour: a sanction of it -------------


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("Finland closed its border crossings with Russia in November.", "FIN SANCTION RUS"),
        ("Pakistan shut the main crossing with Afghanistan after the clashes.", "PAK SANCTION AFG"),
        ("Hungary sealed its frontier with Serbia.", "HUN SANCTION SRB"),
        ("Lithuania decided to close two border crossings with Belarus.", "LTU SANCTION BLR"),
        ("Latvia closed the Silene crossing point with Belarus on Friday.", "LVA SANCTION BLR"),
        ("Turkey closed three checkpoints with Syria last week.", "TUR SANCTION SYR"),
    ],
)
def test_a_crossing_closed_with_a_neighbour_sanctions_it(coded: Coded, text: str, closed: str) -> None:
    """Closing, shutting or sealing the crossings, checkpoints or frontier one shares with a state
    restricts it, as closing the border with it does (the lexicon's "close * border": SANCTION, the
    guidelines' COERCE alt SANCTION)."""
    found = coded(text)
    assert closed in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Israel closed the Erez crossing on Sunday.",
        "Police closed the road to the airport in Nairobi.",
        "Egypt closed the deal with Saudi Arabia in March.",
    ],
)
def test_a_crossing_closed_with_no_neighbour_sanctions_no_one(coded: Coded, text: str) -> None:
    found = coded(text)
    assert not any(" SANCTION " in k for k in found), sorted(found)


# --- a deal an effort or a talk aims at: no agreement of those who seek it ---------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Qatar and Egypt are working with the United States in an effort to reach a ceasefire in Sudan.",
            ["QAT COOPERATE USA"],
            ["QAT AGREE EGY", "QAT AGREE USA"],
        ),
        (
            "Norway and Switzerland have intensified their mediation efforts to achieve a truce in Colombia.",
            [],
            ["NOR AGREE CHE"],
        ),
        (
            "Turkey and Russia held talks toward a deal on grain exports.",
            ["TUR CONSULT RUS"],
            ["TUR AGREE RUS"],
        ),
        (
            "Envoys from Kenya and Ethiopia met in Nairobi in a bid to reach an agreement on South Sudan.",
            ["KEN CONSULT ETH"],
            ["KEN AGREE ETH", "KEN AGREE SSD"],
        ),
        ("Egypt and Jordan stepped up their joint efforts to reach a truce in Yemen.", [], ["EGY AGREE JOR"]),
        (
            "Oman worked with Kuwait in an effort to secure a truce and a prisoner swap in Yemen.",
            ["OMN COOPERATE KWT"],
            ["OMN AGREE KWT"],
        ),
        (
            "Iran and Saudi Arabia resumed talks towards a new security pact.",
            ["IRN CONSULT SAU"],
            ["IRN COOPERATE SAU"],
        ),
    ],
)
def test_a_deal_sought_is_no_deal(expect: Expect, text: str, wanted: list[str], unwanted: list[str]) -> None:
    """A ceasefire or a deal that an effort, a bid or talks aim at is not reached: the effort or the
    talks are the event (COOPERATE, CONSULT), as the guidelines code "negotiations to reach a peace
    agreement" and mediators "working alongside X in an effort to reach a ceasefire"."""
    expect(text, tuple(wanted), tuple(unwanted))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a deal reached or agreed is one
        ("Ethiopia and Eritrea reached a peace deal in 2018.", "ETH AGREE ERI"),
        ("Armenia and Azerbaijan agreed to a ceasefire.", "ARM AGREE AZE"),
        # an effort to repair or deepen ties is the intent the guidelines code AGREE
        ("Turkey's efforts to improve ties with Egypt have borne fruit.", "TUR AGREE EGY"),
        # progress toward a deal with a partner is that planned deal
        ("Germany has made good progress toward an agreement with Italy on migrants.", "DEU AGREE ITA"),
    ],
)
def test_deals_reached_or_ties_mended_stay(expect: Expect, text: str, wanted: str) -> None:
    expect(text, (wanted,))
