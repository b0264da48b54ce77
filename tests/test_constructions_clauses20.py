"""Non-finite and passive clauses (round 20, item "clauses"): a settlement brokered by a third party.

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "The agreement, brokered by X, ...": the deal's parties are those the story told -------------------

BROKERED_TOLD_DEALS = [
    (
        "Ethiopia and Eritrea signed a peace agreement in Algiers last year. The agreement, brokered by "
        "Algeria, ended two decades of hostility.",
        ("DZA CONSULT ETH", "DZA CONSULT ERI"),
        (),
    ),
    (
        "Serbia and Kosovo reached a deal on licence plates on Sunday. Officials said the deal, sponsored "
        "by the European Union, would take effect next month.",
        ("EU CONSULT SRB", "EU CONSULT KSV"),
        (),
    ),
    (
        "Sudan and South Sudan agreed to share oil revenues last week. Khartoum welcomed the accord, "
        "mediated by the African Union.",
        ("AU CONSULT SDN", "AU CONSULT SSD"),
        (),
    ),
    (
        "Colombia and Venezuela signed an agreement on border crossings on Friday. The accord, sponsored "
        "by Cuba and Norway, reopens four bridges.",
        ("CUB CONSULT COL", "CUB CONSULT VEN", "NOR CONSULT COL", "NOR CONSULT VEN"),
        ("CUB AGREE NOR",),
    ),
    # the passive main clause: "the pact was facilitated by X"
    (
        "Peru and Ecuador signed a border pact in March. The pact was facilitated by Brazil, officials said.",
        ("BRA CONSULT PER", "BRA CONSULT ECU"),
        (),
    ),
    (
        "Israel and Hamas agreed on a prisoner exchange deal on Tuesday. The deal was brokered by Qatar "
        "and Egypt.",
        ("QAT CONSULT ISR", "EGY CONSULT ISR"),
        (),
    ),
    # a sponsor of a deal between two parties is its mediator
    (
        "A deal between Rwanda and Congo sponsored by the United States was signed in Washington.",
        ("USA CONSULT RWA", "USA CONSULT COD", "RWA AGREE COD"),
        ("USA COOPERATE RWA",),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), BROKERED_TOLD_DEALS)
def test_the_broker_of_a_deal_told_before_meets_its_parties(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A settlement brokered, mediated, facilitated or sponsored by X that names no party of its own
    in its sentence is the deal the story told before: X meets each of its parties (CONSULT)."""
    expect(text, want=wanted, not_want=unwanted)


BROKERED_TOLD_DEAL_GUARDS = [
    # a deal judged, not brokered: no meeting with the judge
    (
        "Ghana and Togo signed a trade deal. The agreement, welcomed by Nigeria, cuts tariffs.",
        ("GHA AGREE TGO",),
        ("NGA CONSULT GHA", "NGA CONSULT TGO"),
    ),
    # a deal brokered with no deal told before it meets no one
    (
        "Iran struck targets in Iraq on Monday. The accord, brokered by Oman, was not mentioned.",
        (),
        ("OMN CONSULT IRN", "OMN CONSULT IRQ"),
    ),
    # the parties a settling clause names stay the parties
    (
        "Armenia and Azerbaijan signed a deal brokered by the United States.",
        ("USA CONSULT ARM", "USA CONSULT AZE"),
        (),
    ),
    # a passive of another verb on a deal is no mediation
    (
        "Japan and India signed a currency swap deal. The deal was criticised by China.",
        ("JPN AGREE IND",),
        ("CHN CONSULT JPN", "CHN CONSULT IND"),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), BROKERED_TOLD_DEAL_GUARDS)
def test_brokered_told_deal_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A judged deal, a deal with no deal told before it and one whose parties the clause names read
    as before."""
    expect(text, want=wanted, not_want=unwanted)


# --- "Kenyan police were deployed to assist X": the forces sent do what they are sent for ---------------

DEPLOYED_FOR = [
    (
        "Kenyan police officers were deployed last year to assist the Haitian police.",
        ("KEN AID HTI",),
        (),
    ),
    (
        "Rwandan soldiers were sent in 2020 to help the Central African army.",
        ("RWA AID CAF",),
        (),
    ),
    (
        "Hundreds of Chadian troops have been dispatched to support the Malian army against jihadists.",
        ("TCD SUPPORT MLI",),
        (),
    ),
    # a reduced relative on the forces
    (
        "Ankara will withdraw the Turkish troops deployed last year to assist the Somali army.",
        ("TUR AID SOM",),
        (),
    ),
    (
        "Burundian soldiers, stationed near the border to help the Congolese army, were ambushed on Friday.",
        ("BDI AID COD",),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), DEPLOYED_FOR)
def test_forces_deployed_to_help_help(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A purpose infinitive under a deployment in the passive or in a reduced relative ("were deployed
    to assist X", "troops stationed in Y to help X") is done by the forces deployed, as an active
    sender's is by the sender."""
    expect(text, want=wanted, not_want=unwanted)


DEPLOYED_FOR_GUARDS = [
    # the purpose of another passive is its unnamed doer's, not the passive subject's
    (
        "Nigerian diplomats were expelled last week to pressure the junta in Niger.",
        (),
        ("NGA COERCE NER", "NGA REQUEST NER"),
    ),
    # an active sender and a destination read as before
    (
        "Chad sent 500 soldiers to assist the Malian army.",
        ("TCD AID MLI",),
        (),
    ),
    (
        "Kenyan police were deployed to Haiti last year.",
        ("KEN AID HTI",),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), DEPLOYED_FOR_GUARDS)
def test_deployed_for_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Another passive's purpose pairs no one with its subject; an active sender and a destination read
    as before."""
    expect(text, want=wanted, not_want=unwanted)


# --- "troops stationed in Somalia to assist in the fight": help for the state the forces are sent to ------

DEPLOYED_TO_HELP_THERE = [
    (
        "Ethiopian troops stationed in Somalia to assist in the fight against al-Shabab will stay.",
        ("ETH AID SOM",),
        (),
    ),
    (
        "Chadian soldiers were based in Niger last year to assist with counter-terrorism operations.",
        ("TCD AID NER",),
        (),
    ),
    (
        "Ugandan troops were posted to South Sudan to help restore order.",
        ("UGA AID SSD",),
        (),
    ),
    (
        "Malian officials said Russian instructors were posted to Mali to assist with training.",
        ("RUS AID MLI",),
        (),
    ),
    (
        "Senegalese soldiers were sent into Gambia in 2017 to help with the transition.",
        ("SEN AID GMB",),
        (),
    ),
    # every state of the list
    (
        "Jordanian medical teams will be dispatched to Sudan and Chad to assist in caring for refugees.",
        ("JOR AID SDN", "JOR AID TCD"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), DEPLOYED_TO_HELP_THERE)
def test_forces_sent_to_help_help_where_they_are_sent(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A purpose infinitive of help that names no one, under a deployment ("stationed in Somalia to
    assist in the fight", "posted to South Sudan to help restore order"), helps the state the forces
    are sent to or kept in."""
    expect(text, want=wanted, not_want=unwanted)


DEPLOYED_TO_HELP_THERE_GUARDS = [
    # the helped named: the state of the place is no target
    (
        "Rwandan soldiers were stationed in Mozambique to assist the Malawian army.",
        ("RWA AID MWI",),
        ("RWA AID MOZ",),
    ),
    # help that is no purpose of a deployment
    (
        "Egyptian engineers working in Sudan volunteered to help with the harvest.",
        (),
        ("EGY AID SDN",),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), DEPLOYED_TO_HELP_THERE_GUARDS)
def test_deployed_to_help_there_guards(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Help that names whom it helps, and help that is no deployment's purpose, read as before."""
    expect(text, want=wanted, not_want=unwanted)
