"""A settlement brokered by a third party (round 17, item "nominal"): the parties are the subjects of
a verb that makes, keeps or breaks it ("agreed to a Russia-brokered ceasefire", "violated a
Saudi-brokered truce") or the parties of the fight it ends ("a Qatar-brokered truce ended the fighting
between A and B"); the mediator meets each and is no party to what they do to the settlement.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


BROKERED = [
    # the subjects of a verb of making or keeping, the settlement its object or its preposition's
    (
        "Armenia and Azerbaijan agreed to a Russia-brokered ceasefire on Tuesday.",
        ("RUS CONSULT ARM", "RUS CONSULT AZE"),
    ),
    (
        "Ethiopia and Eritrea repeatedly breached a Kenya-brokered truce.",
        ("KEN CONSULT ETH", "KEN CONSULT ERI"),
    ),
    (
        "India and Pakistan have largely observed a UAE-brokered truce since May.",
        ("ARE CONSULT IND", "ARE CONSULT PAK"),
    ),
    ("Serbia and Kosovo committed to an EU-mediated deal in March.", ("EU CONSULT SRB", "EU CONSULT KSV")),
    ("Russia and Ukraine violated a Turkish-brokered grain deal.", ("TUR CONSULT RUS", "TUR CONSULT UKR")),
    # the parties of the fight the truce ends, who also agree it
    (
        "A Qatar-brokered truce ended seven weeks of fighting between Israel and Hamas.",
        ("QAT CONSULT ISR", "QAT CONSULT PSE", "ISR AGREE PSE"),
    ),
    (
        "A U.S.-brokered ceasefire halted the clashes between Thailand and Cambodia.",
        ("USA CONSULT THA", "USA CONSULT KHM", "THA AGREE KHM"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), BROKERED)
def test_the_mediator_meets_the_parties_the_clause_names(
    expect: Expect, text: str, wanted: tuple[str, ...]
) -> None:
    """The subjects of one of ``keeping_verbs`` or ``settling_verbs`` whose object (or whose
    preposition's) is a brokered settlement, or the between-parties of the fight a brokered truce
    ends (``ending_verbs``), are its parties: the mediator meets each, in the clause's mood."""
    found = expect(text, want=wanted)
    assert not any(found[w] & {"hypothetical", "negated"} for w in wanted), found


GUARDS = [
    # the mediator is no target of what the parties do to the settlement
    (
        "Ethiopia and Eritrea repeatedly breached a Kenya-brokered truce.",
        (),
        ("ETH ASSAULT KEN", "ERI ASSAULT KEN"),
    ),
    ("India and Pakistan have largely observed a UAE-brokered truce since May.", (), ("IND RETREAT ARE",)),
    # a truce one side extends: the mediator is no target of the extension
    (
        "Ethiopia and Eritrea clashed on the border. Ethiopia said it was extending a truce brokered under"
        " Kenyan mediation.",
        ("KEN CONSULT ETH",),
        ("ETH CONCEDE KEN",),
    ),
    # support for a truce supports its mediator's act, as before
    ("Qatar gave its full support to the truce brokered by Egypt.", ("QAT SUPPORT EGY",), ()),
    # a truce called for is not yet made
    (
        "Jordan called for a Qatar-brokered truce between Israel and Hamas.",
        (),
        ("JOR CONSULT QAT",),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """The mediator is no target of the parties' acts on the settlement; truces called for stay
    unmade."""
    expect(text, want=wanted, not_want=unwanted)
