"""Non-finite clauses (round 19, item "clauses"): a meeting hosted, organised or convened by a third party.

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "A and B reached a deal during talks hosted by X": the host meets each side ------------------------

HOSTED_MEETINGS = [
    (
        "The leaders of Kenya and Uganda reached a deal on the border during talks in Arusha hosted by "
        "Tanzanian President Samia Suluhu Hassan.",
        ("TZA CONSULT KEN", "TZA CONSULT UGA"),
        (),
    ),
    (
        "Peru and Chile signed the fisheries accord at a summit organized by the European Union.",
        ("EU CONSULT PER", "EU CONSULT CHL"),
        (),
    ),
    (
        "Japan's foreign minister met his South Korean counterpart at a conference hosted by Singapore.",
        ("SGP CONSULT JPN", "SGP CONSULT KOR"),
        (),
    ),
    (
        "Delegations from Ghana and Togo agreed on a trade pact at talks convened by ECOWAS in Abuja.",
        ("ECOWAS CONSULT GHA", "ECOWAS CONSULT TGO"),
        (),
    ),
    (
        "A meeting between Bolivia and Paraguay, organised by Brazil, ended without a statement.",
        ("BRA CONSULT BOL", "BRA CONSULT PRY"),
        (),
    ),
    # the meeting's own parties: its possessor and its "with" party
    (
        "Kenyan President William Ruto said his talks with Ugandan President Yoweri Museveni, organized by "
        "the East African Community, had eased tensions.",
        ("EAC CONSULT KEN", "EAC CONSULT UGA"),
        (),
    ),
    (
        "Pakistan's talks with India, organized by the United Nations, collapsed on Friday.",
        ("UN CONSULT PAK", "UN CONSULT IND"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), HOSTED_MEETINGS)
def test_the_host_of_a_meeting_meets_each_of_its_sides(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A participle of hosting with a by-agent on a meeting noun ("talks hosted by X", "a summit
    organized by X", "talks convened by X") makes the host meet each side of the meeting: the noun's
    between-parties, else the doers of the clause of meeting or agreeing it hangs under."""
    expect(text, want=wanted, not_want=unwanted)


HOSTED_MEETING_GUARDS = [
    # a clause of force or charge during a hosted meeting says nothing of who attended it
    (
        "Israel struck targets in Gaza during talks hosted by Egypt.",
        (),
        ("EGY CONSULT ISR",),
    ),
    (
        "Pakistan accused India of backing militants while a summit organized by China was under way.",
        (),
        ("CHN CONSULT PAK", "CHN CONSULT IND"),
    ),
    # the host's own reading stays
    (
        "The talks between Sudan and South Sudan, hosted by Ethiopia, ended without agreement.",
        ("ETH CONSULT SDN", "ETH CONSULT SSD", "SDN CONSULT SSD"),
        (),
    ),
    # a mediator stays a mediator
    (
        "Armenia and Azerbaijan held talks on Monday mediated by the United States.",
        ("USA CONSULT ARM", "USA CONSULT AZE"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), HOSTED_MEETING_GUARDS)
def test_hosted_meeting_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A hostile clause under a hosted meeting pairs no one with the host; a host with between-parties
    and a mediator read as before."""
    expect(text, want=wanted, not_want=unwanted)


# --- "X was suspended from the African Union": the body excludes its member ------------------------------

EXCLUDED_MEMBERS = [
    (
        "Guinea was suspended from the African Union after the coup.",
        ("AU SANCTION GIN",),
        (),
    ),
    (
        "Mali, Niger and Burkina Faso were suspended from ECOWAS following the coups.",
        ("ECOWAS SANCTION MLI", "ECOWAS SANCTION NER", "ECOWAS SANCTION BFA"),
        (),
    ),
    (
        "Russia was expelled from the Council of Europe in March 2022.",
        ("COUNCIL_OF_EUROPE COERCE RUS",),
        (),
    ),
    (
        "Zimbabwe had been suspended from the Commonwealth for years before it quit.",
        ("COMMONWEALTH SANCTION ZWE",),
        (),
    ),
    (
        "Myanmar's generals have been barred from ASEAN summits since the coup.",
        ("ASEAN COERCE MMR",),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), EXCLUDED_MEMBERS)
def test_a_member_excluded_from_a_body_is_excluded_by_it(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A passive of suspension, expulsion or exclusion with no by-agent whose "from" phrase names an
    international organisation ("was suspended from the African Union", "barred from ASEAN summits")
    is that organisation's act on its subject, of the verb's own type (a suspension a sanction, an
    expulsion or a bar coercion)."""
    expect(text, want=wanted, not_want=unwanted)


EXCLUDED_MEMBER_GUARDS = [
    # a by-agent stays the doer
    (
        "Sudan was suspended from the African Union by its Peace and Security Council.",
        ("AU_PSC SANCTION SDN",),
        (),
    ),
    # a state's place or a non-member body is no excluder: "from" a country stays the located reading
    (
        "Two Dutch journalists were expelled from Venezuela on Monday.",
        ("VEN COERCE NLD",),
        ("NLD COERCE VEN",),
    ),
    # a body the subject leaves of its own will does nothing to it
    (
        "Burkina Faso withdrew from ECOWAS last year.",
        (),
        ("ECOWAS SANCTION BFA",),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), EXCLUDED_MEMBER_GUARDS)
def test_excluded_member_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A by-agent, an expulsion from a country and a withdrawal read as before."""
    expect(text, want=wanted, not_want=unwanted)


HOSTED_MEETING_MOODS = [
    # a reduced relative states a fact whatever the clause around it
    (
        "During their earlier talks, hosted by the Qatari emir in Doha on May 3, the Sudanese and Chadian "
        "foreign ministers had pledged to reopen the border.",
        "QAT CONSULT TCD",
        False,
    ),
    (
        "Armenia and Azerbaijan agreed to meet again after two rounds of talks organized by Russia.",
        "RUS CONSULT ARM",
        False,
    ),
    # a meeting still to come is not held yet
    (
        "Armenia and Azerbaijan will sign the deal at upcoming talks hosted by France.",
        "FRA CONSULT ARM",
        True,
    ),
]


@pytest.mark.parametrize(("text", "relation", "to_come"), HOSTED_MEETING_MOODS)
def test_a_hosted_meeting_keeps_its_own_mood(expect: Expect, text: str, relation: str, to_come: bool) -> None:
    """The host's meeting is held unless the meeting noun says it is still to come ("upcoming talks"),
    whatever the mood of the clause it hangs under ("had pledged to ...", "agreed to meet again")."""
    found = expect(text, want=(relation,))
    assert ("hypothetical" in found[relation]) is to_come, found
