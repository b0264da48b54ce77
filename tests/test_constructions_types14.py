"""Type constructions: a second act the guidelines code beside the one a rule already finds.

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


# --- "agreed to meet Y": the agreement, and the planned meeting as a hypothetical CONSULT -------------


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("Ethiopia and Egypt agreed on Tuesday to hold talks on the dam next month.", "ETH CONSULT EGY"),
        ("Peru agreed to meet with Chile in Lima to settle the fishing dispute.", "PER CONSULT CHL"),
        ("Pakistan agreed to hold a meeting with Iran on border security.", "PAK CONSULT IRN"),
        ("Kenya and Somalia have agreed to resume talks over their maritime border.", "KEN CONSULT SOM"),
        ("Thailand promised to hold talks with Cambodia on the disputed temple.", "THA CONSULT KHM"),
        ("Morocco and Algeria agreed to meet again after the summit.", "MAR CONSULT DZA"),
    ],
)
def test_an_agreed_meeting_is_a_planned_consultation(coded: Coded, text: str, meeting: str) -> None:
    found = coded(text)
    agreement = meeting.replace("CONSULT", "AGREE")
    assert agreement in found, sorted(found)
    assert meeting in found and "hypothetical" in found[meeting], sorted(found.items())


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # an agreed act that is no meeting stays the agreement alone
        ("Brazil agreed to send food aid to Haiti.", ["BRA AGREE HTI"], ["BRA AID HTI"]),
        # an agreement not made plans no meeting
        ("Chile did not agree to meet with Bolivia.", [], ["CHL CONSULT BOL"]),
        # a refusal to meet is a refusal
        ("Hungary refused to meet with Ukraine.", ["HUN REJECT UKR"], ["HUN CONSULT UKR"]),
        # an offer to host others' talks plans their talks, and the host's meeting with each side, no
        # agreement (round 19: the studied gold codes offers to host or mediate so)
        (
            "Indonesia offered to host talks between Myanmar and Thailand.",
            ["MMR CONSULT THA", "IDN CONSULT MMR", "IDN CONSULT THA"],
            ["IDN AGREE MMR", "IDN AGREE THA"],
        ),
    ],
)
def test_agreements_that_plan_no_meeting(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, tuple(wanted), tuple(unwanted))


# --- police, rescue and medical teams sent to another state: aid, not a show of force ----------------


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Rwanda deployed police officers to the Central African Republic.", "RWA AID CAF"),
        ("Greece mobilized firefighters to Albania to battle the wildfires.", "GRC AID ALB"),
        ("The police deployment by Ghana to Liberia ended in June.", "GHA AID LBR"),
        ("Spain deployed search and rescue teams to Morocco after the earthquake.", "ESP AID MAR"),
        ("Italy's deployment of medical teams to Libya began after the floods.", "ITA AID LBY"),
        ("Jordan has mobilized emergency relief teams to Lebanon.", "JOR AID LBN"),
    ],
)
def test_helping_forces_sent_abroad_are_aid(coded: Coded, text: str, aid: str) -> None:
    found = coded(text)
    assert aid in found and aid.replace("AID", "MOBILIZE") not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # soldiers and militias stay a mobilisation
        ("Nigeria deployed soldiers to Gambia after the election.", ["NGA MOBILIZE GMB"], ["NGA AID GMB"]),
        ("Iran mobilized its militias against Israel.", ["IRN MOBILIZE ISR"], ["IRN AID ISR"]),
        # peacekeepers were aid already
        ("Bangladesh deployed peacekeeping troops to South Sudan.", ["BGD AID SSD"], ["BGD MOBILIZE SSD"]),
    ],
)
def test_forces_that_do_not_help_stay_mobilised(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, tuple(wanted), tuple(unwanted))


# --- flying to a state is a visit (CONSULT, as "travel to"), not an intent to meet (AGREE) ------------


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        ("Brazil's president will fly to Angola next week.", "BRA CONSULT AGO"),
        ("Indian Prime Minister Narendra Modi flew to Kuwait on Saturday for talks.", "IND CONSULT KWT"),
        ("The Polish foreign minister flew to Kyiv on Tuesday.", "POL CONSULT UKR"),
        ("Kenyan President William Ruto is flying to Beijing this week.", "KEN CONSULT CHN"),
        ("The Turkish delegation flew to Cairo to meet Egyptian officials.", "TUR CONSULT EGY"),
        ("Qatar's emir flew to Tehran on Wednesday.", "QAT CONSULT IRN"),
    ],
)
def test_flying_to_a_state_is_a_visit(coded: Coded, text: str, visit: str) -> None:
    found = coded(text)
    assert visit in found and visit.replace("CONSULT", "AGREE") not in found, sorted(found)


# --- a message counted out ("a set of proposals") is still a message: sending it is no aid ------------


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("Egypt sent Hamas a set of new proposals for a truce.", "EGY AID HAMAS"),
        ("The EU sent Serbia a package of proposals on the border.", "EU AID SRB"),
        ("Norway delivered a series of letters to Russia about the fishing zone.", "NOR AID RUS"),
        ("Japan sent China a number of demands over the detained businessman.", "JPN AID CHN"),
        ("France sent Algeria a list of requests on migration.", "FRA AID DZA"),
    ],
)
def test_a_counted_message_is_no_aid(coded: Coded, text: str, sent: str) -> None:
    assert sent not in coded(text), sorted(coded(text))


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Japan sent a set of medical supplies to Turkey.", "JPN AID TUR"),
        ("Germany sent a package of military aid to Ukraine.", "DEU AID UKR"),
    ],
)
def test_counted_goods_are_still_aid(coded: Coded, text: str, aid: str) -> None:
    assert aid in coded(text), sorted(coded(text))
