"""Precision of types, round 15 (wave 2): acts done without something, deepening ties.

Every sentence here was written for these tests (none comes from a gold file); each construction
has five sentences, with different actors, wording and sentence shapes, plus guards for the
constructions next to it. Expectations are what a careful event coder writes down, at state level
(see the ``coded`` fixture in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Coded = Callable[[str], dict[str, set[str]]]
Expect = Callable[..., dict[str, set[str]]]


# --- an agreement one ends, leaves or comes away without was not made ---------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Talks between Ethiopia and Egypt ended without a deal on Tuesday.", "ETH AGREE EGY"),
        ("Serbian and Kosovar negotiators left Brussels without an agreement.", "SRB AGREE KSV"),
        ("The meeting between Peru and Chile broke up without any accord on the border.", "PER AGREE CHL"),
        ("India and China concluded their 18th round of talks without a settlement.", "IND AGREE CHN"),
        ("Armenia and Azerbaijan wrapped up two days of negotiations without a peace deal.", "ARM AGREE AZE"),
    ],
)
def test_an_agreement_gone_without_is_negated(coded: Coded, text: str, pair: str) -> None:
    """An agreement under "without" did not happen: where it is read at all, it is negated, never
    asserted."""
    found = coded(text)
    assert pair not in found or "negated" in found[pair], sorted(found.items())


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an agreement reached, and one reached without someone, stays asserted
        ("Ethiopia and Egypt reached a deal on the dam on Tuesday.", "ETH AGREE EGY"),
        ("Serbia and Kosovo signed an agreement in Brussels without fanfare.", "SRB AGREE KSV"),
    ],
)
def test_an_agreement_reached_stays_asserted(coded: Coded, text: str, pair: str) -> None:
    """Only the act that "without" governs is negated: a deal reached stays an asserted agreement."""
    found = coded(text)
    assert pair in found and "negated" not in found[pair], sorted(found.items())


# --- ties deepened, strengthened or boosted: an intent to deepen ties (AGREE, as the guidelines code it) ----


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Indonesia pledged to deepen ties with Australia during a meeting in Jakarta.", "IDN AGREE AUS"),
        (
            "Morocco wants to strengthen its relations with Nigeria, the foreign minister said.",
            "MAR AGREE NGA",
        ),
        (
            "Kazakhstan and Uzbekistan agreed to boost bilateral relations in energy and transport.",
            "KAZ AGREE UZB",
        ),
        (
            "The Chilean president said Chile would enhance its relationship with New Zealand.",
            "CHL AGREE NZL",
        ),
        ("Tanzania is seeking to bolster ties with Mozambique after the border dispute.", "TZA AGREE MOZ"),
    ],
)
def test_ties_deepened_are_an_intent_to_deepen_them(coded: Coded, text: str, intent: str) -> None:
    """Deepening, strengthening, boosting, enhancing or bolstering ties, relations or a relationship is
    an expression of intent to deepen ties (AGREE, CAMEO 030), as repairing them is."""
    found = coded(text)
    assert intent in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "ties"),
    [
        # standing ties, and ties expanded, stay the cooperation they are
        ("Uzbekistan has close ties with Kazakhstan.", "UZB COOPERATE KAZ"),
        ("Peru and Bolivia would expand their ties in mining.", "PER COOPERATE BOL"),
    ],
)
def test_standing_ties_stay_cooperation(coded: Coded, text: str, ties: str) -> None:
    """Ties held or expanded are cooperation (COOPERATE), whatever is done to deepen others."""
    found = coded(text)
    assert ties in found, sorted(found)


# --- aid that arrives is aid, no visit of its donor ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Japanese aid arrived in Tonga on Thursday.", "JPN AID TON"),
        ("Chinese medical aid arrived in Pakistan on Friday.", "CHN AID PAK"),
        ("Australian aid arrived in Fiji after the storm.", "AUS AID FJI"),
        ("French humanitarian aid arrived in Lebanon by ship.", "FRA AID LBN"),
        ("Russian assistance arrived in Cuba last week.", "RUS AID CUB"),
        # guards: read as aid before, and still
        ("Turkish humanitarian assistance reached Syria by road this week.", "TUR AID SYR"),
        ("Emergency aid from Australia landed in Vanuatu after the cyclone.", "AUS AID VUT"),
        ("Planes carrying Qatari aid arrived in Afghanistan on Sunday.", "QAT AID AFG"),
    ],
)
def test_aid_that_arrives_is_no_visit(coded: Coded, text: str, aid: str) -> None:
    """Aid, or a vehicle carrying it, that arrives somewhere is the donor's aid to that state; its
    donor pays no visit there (no CONSULT)."""
    found = coded(text)
    assert aid in found, sorted(found)
    assert aid.replace("AID", "CONSULT") not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        # people who arrive, carrying aid or not, still visit
        ("A Japanese delegation arrived in Tonga on Thursday.", "JPN CONSULT TON"),
        ("Turkish Foreign Minister Hakan Fidan arrived in Syria with a pledge of aid.", "TUR CONSULT SYR"),
    ],
)
def test_people_who_arrive_visit(coded: Coded, text: str, visit: str) -> None:
    """An arrival of people is their visit (CONSULT), whatever they bring."""
    found = coded(text)
    assert visit in found, sorted(found)


# --- a visit or talks put off: still planned (hypothetical CONSULT), no sanction ----------------------


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Prime Minister Anthony Albanese's trip to China was postponed because of the storm.",
            "AUS CONSULT CHN",
        ),
        ("Kenya postponed its president's visit to Uganda until next month.", "KEN CONSULT UGA"),
        ("The Peruvian foreign minister delayed her trip to Bolivia by a week.", "PER CONSULT BOL"),
        ("Talks between Ghana and Togo on the border were postponed to March.", "GHA CONSULT TGO"),
        ("Chile and Argentina have rescheduled their talks on fishing rights.", "CHL CONSULT ARG"),
    ],
)
def test_a_visit_put_off_is_still_planned(coded: Coded, text: str, visit: str) -> None:
    """A visit or talks postponed, delayed or rescheduled are still to come (hypothetical CONSULT), not
    ties cut (SANCTION): only cancelling, suspending or halting them cuts them."""
    found = coded(text)
    assert visit.replace("CONSULT", "SANCTION") not in found, sorted(found)
    assert visit in found and "hypothetical" in found[visit], sorted(found.items())


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Algeria suspended talks with Morocco over the border incident.", "DZA SANCTION MAR"),
        ("Lithuania halted its trade talks with China after the dispute.", "LTU SANCTION CHN"),
    ],
)
def test_talks_halted_are_cut(coded: Coded, text: str, cut: str) -> None:
    """Talks suspended or halted are ties cut (SANCTION), as before."""
    found = coded(text)
    assert cut in found, sorted(found)


# --- an authorization endorses the authorized (SUPPORT), no concession -------------------------------


@pytest.mark.parametrize(
    ("text", "endorsed"),
    [
        ("The United Nations authorized Kenya to lead the security mission.", "UN SUPPORT KEN"),
        ("The Security Council authorised France to use force in Mali.", "UNSC SUPPORT FRA"),
        ("Kenya received authorization from the United Nations to deploy police officers.", "UN SUPPORT KEN"),
        ("Rwanda won authorisation from the African Union to send troops.", "AU SUPPORT RWA"),
        ("The African Union has authorized Ethiopia to keep its troops in Somalia.", "AU SUPPORT ETH"),
    ],
)
def test_an_authorization_endorses(coded: Coded, text: str, endorsed: str) -> None:
    """Authorizing an actor to act endorses it (SUPPORT, as the guidelines' gold codes an authorization
    received), not a concession to it (CONCEDE)."""
    found = coded(text)
    assert endorsed in found, sorted(found)
    assert endorsed.replace("SUPPORT", "CONCEDE") not in found, sorted(found)


# --- a sale or a delivery to a state: as the verbs (sell: COOPERATE, deliver: AID) ---------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Germany's sale of tanks to Qatar drew criticism.", "DEU COOPERATE QAT"),
        ("The Pentagon announced a $2 billion sale of missiles to Poland.", "USA COOPERATE POL"),
        ("Washington approved the sale of F-16 jets to Turkey.", "USA COOPERATE TUR"),
        ("Britain's delivery of weapons to Ukraine continued through the winter.", "GBR AID UKR"),
        ("The first Russian delivery of fuel to Cuba arrived on Friday.", "RUS AID CUB"),
    ],
)
def test_a_sale_or_delivery_is_its_verbs_act(coded: Coded, text: str, act: str) -> None:
    """A sale of goods or weapons to a state is the seller's cooperation with it (COOPERATE, as "sold
    jets to Turkey"); a delivery to a state the deliverer's aid (AID, as "delivered missiles to")."""
    found = coded(text)
    assert act in found, sorted(found)


def test_a_sale_blocked_is_cut(coded: Coded) -> None:
    """A sale blocked is ties cut (the reduce rule's SANCTION), no cooperation."""
    found = coded("The United States blocked the sale of drones to Saudi Arabia.")
    assert "USA SANCTION SAU" in found, sorted(found)
    assert "USA COOPERATE SAU" not in found, sorted(found)
