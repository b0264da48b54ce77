"""Releases (round 21, item "types"). A person or captive released, freed, returned or repatriated is a
concession, CONCEDE, as the annotation guidelines code it (RETREAT only as an alternative), not PLOVER's
RETREAT for CAMEO 0841; and a statement, report, letter, video or other document released is published,
no event at all (CAMEO's bare "release" would read the releaser's RETREAT towards whoever the sentence
names).

Each construction has five sentences or more written for these tests (different actors, wording and
sentence shapes; none taken from the development or evaluation sets), run through the packaged model,
and guards that nearby constructions stay as they are. ``want`` lists coded relations that must be
found ("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- people released are a concession ----------------------------------------------------------------

RELEASED_PEOPLE = [
    ("Venezuela released three Colombian prisoners on Friday.", "VEN CONCEDE COL"),
    ("Myanmar freed two Japanese journalists after a month in custody.", "MMR CONCEDE JPN"),
    ("Belarus has released a Lithuanian activist, the ministry said.", "BLR CONCEDE LTU"),
    ("Eritrea will release 40 Ethiopian detainees next week.", "ERI CONCEDE ETH"),
    ("Azerbaijan repatriated five Armenian prisoners on Thursday.", "AZE CONCEDE ARM"),
    ("Iran released two French citizens held since 2022.", "IRN CONCEDE FRA"),
]


@pytest.mark.parametrize(("text", "wanted"), RELEASED_PEOPLE)
def test_people_released_is_a_concession(expect: Expect, text: str, wanted: str) -> None:
    """CAMEO 0841 (return, release persons) is CONCEDE (``plover_of_code``), never RETREAT."""
    src, _, tgt = wanted.split()
    expect(text, want=(wanted,), not_want=(f"{src} RETREAT {tgt}",))


# --- a release answers nothing ---------------------------------------------------------------------

RELEASE_AFTER_AN_ACT = [
    (
        "Armed men abducted a bus in Nigeria. The Nigerian army opened fire. "
        "Following the assault, the group released the children.",
        "NGA",
    ),
    (
        "Rebels captured a village in Congo. Ugandan soldiers launched an offensive. "
        "After the offensive, the rebels released thirty hostages.",
        "UGA",
    ),
    (
        "Rebels took a town in Chad. Sudanese soldiers launched an offensive. "
        "After the offensive, the rebels released forty prisoners.",
        "SDN",
    ),
    (
        "Gunmen held forty villagers hostage in Burkina Faso. The Burkinabe army launched an offensive. "
        "After the offensive, the gunmen released the women.",
        "BFA",
    ),
]


@pytest.mark.parametrize(("text", "other"), RELEASE_AFTER_AN_ACT)
def test_a_release_answers_no_earlier_act(
    coded: Callable[[str], dict[str, set[str]]], text: str, other: str
) -> None:
    """A release (lexicon mode ``release``) frees whom it names; a phrase "after the offensive" makes it
    no answer to the offensive's doer (``Events.implicit_targets`` is not asked, as it was not for
    RETREAT)."""
    found = coded(text)
    assert not any(r.split()[1] == "CONCEDE" and r.split()[2] == other for r in found), sorted(found)


# --- where people are released is no target ----------------------------------------------------------

RELEASED_SOMEWHERE = [
    ("The Houthis released the crew in Oman on Sunday.", "YEM CONCEDE OMN"),
    ("Al-Shabab freed the hostages in Kenya after talks.", "SOM CONCEDE KEN"),
    ("Hamas released the captives in Egypt.", "PSE CONCEDE EGY"),
    ("Boko Haram freed the schoolgirls in Cameroon last week.", "NGA CONCEDE CMR"),
]


@pytest.mark.parametrize(("text", "unwanted"), RELEASED_SOMEWHERE)
def test_where_a_release_happens_is_no_target(expect: Expect, text: str, unwanted: str) -> None:
    """A release whose object is people and no forces takes no place target (``extract._moves_own``, as
    a retreat that moves no forces): the state it happens in is freed of nothing."""
    expect(text, not_want=(unwanted,))


# --- a document released is published: no event -----------------------------------------------------

RELEASED_DOCUMENTS = [
    ("Ukraine released photos of the Russian troops near the border.", "UKR RETREAT RUS"),
    ("Israel released images of Hezbollah fighters at the fence.", "ISR RETREAT LBN"),
    ("Taiwan released a list of Chinese warships seen near the island.", "TWN RETREAT CHN"),
    ("The Philippine coast guard released a recording of the Chinese vessels.", "PHL RETREAT CHN"),
    ("Seoul released a map of the North Korean missile sites.", "KOR RETREAT PRK"),
    ("Lithuania released a dossier of Belarusian agents on Tuesday.", "LTU RETREAT BLR"),
]


@pytest.mark.parametrize(("text", "unwanted"), RELEASED_DOCUMENTS)
def test_a_document_released_is_no_act(expect: Expect, text: str, unwanted: str) -> None:
    """``release * statement``, ``* report``, ``* letter``, ... are no-event patterns (plover ``-``): the
    document's release concedes, retreats and shares nothing with anyone the sentence names."""
    src, _, tgt = unwanted.split()
    expect(text, not_want=(unwanted, f"{src} CONCEDE {tgt}", f"{src} RETREAT {tgt}"))


# --- guards ------------------------------------------------------------------------------------------

RELEASE_GUARDS = [
    ("Niger withdrew its troops from Mali in March.", "NER RETREAT MLI"),
    ("The European Union released aid to Tunisia on Monday.", "EU AID TUN"),
    ("The World Bank released a $300 million loan to Zambia.", "WORLD_BANK AID ZMB"),
    ("Chile lifted its sanctions on Bolivia.", "CHL CONCEDE BOL"),
]


@pytest.mark.parametrize(("text", "wanted"), RELEASE_GUARDS)
def test_withdrawals_and_released_aid_stay(expect: Expect, text: str, wanted: str) -> None:
    """A withdrawal stays RETREAT, aid released stays AID (``release * aid``), a lifted measure CONCEDE."""
    expect(text, want=(wanted,))


# --- a visit ended by its visitor took place: no ties cut ---------------------------------------------

CONCLUDED_VISITS = [
    ("Modi ended his two-day visit to Nepal on Sunday.", "IND CONSULT NPL"),
    ("The Kenyan president ends his state visit to Ghana today.", "KEN CONSULT GHA"),
    ("Erdogan ended a three-day trip to Algeria with a news conference.", "TUR CONSULT DZA"),
    (
        "The Japanese foreign minister ended her visit to Peru after meeting President Dina Boluarte.",
        "JPN CONSULT PER",
    ),
    ("Brazilian President Lula ended his visit to Angola on Friday.", "BRA CONSULT AGO"),
]


@pytest.mark.parametrize(("text", "wanted"), CONCLUDED_VISITS)
def test_a_visit_ended_is_the_visit(expect: Expect, text: str, wanted: str) -> None:
    """A visit, trip, tour or stay "ended" or "concluded" (``concluded_rule``) took place: the visit
    (CONSULT), not the reduce rule's SANCTION that "end" gives ties or cooperation."""
    src, _, tgt = wanted.split()
    expect(text, want=(wanted,), not_want=(f"{src} SANCTION {tgt}",))


ENDED_TIES = [
    ("Ghana ended its military cooperation with Mali.", "GHA SANCTION MLI"),
    ("India ended talks with Pakistan after the attack.", "IND SANCTION PAK"),
    ("Chile cancelled its president's visit to Bolivia.", "CHL SANCTION BOL"),
]


@pytest.mark.parametrize(("text", "wanted"), ENDED_TIES)
def test_ties_talks_and_cancelled_visits_ended_stay_cut(expect: Expect, text: str, wanted: str) -> None:
    """Cooperation or talks ended and a visit cancelled stay the reduce rule's SANCTION."""
    expect(text, want=(wanted,))
