"""Event nouns (round 16, item "nominal"): a mediation and the parties it goes between.

Each construction has five sentences written for these tests (different actors, wording and sentence
shapes; none taken from the development or evaluation sets), run through the packaged model, and
guards that nearby constructions stay as they are. ``want`` lists coded relations that must be found
("SRC TYPE TGT", sides at state level); ``not_want`` lists relations that must not be.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


# --- "X, a mediator in the war between A and B": the parties of what it mediates ---------------------

MEDIATOR_IN = [
    (
        "Turkey, a key mediator in the war between Russia and Ukraine, hosted the talks.",
        ("TUR CONSULT RUS", "TUR CONSULT UKR"),
        ("TUR ASSAULT UKR",),
    ),
    (
        "Oman has long been a mediator in the dispute between Iran and the United States.",
        ("OMN CONSULT IRN", "OMN CONSULT USA"),
        (),
    ),
    (
        "Kuwait's mediation in the rift between Qatar and Saudi Arabia won praise.",
        ("KWT CONSULT QAT", "KWT CONSULT SAU"),
        (),
    ),
    # the phrase hung on the verb: the mediator offers, the parties fight (not the mediator)
    (
        "Algeria offered its mediation in the border conflict between Ethiopia and Eritrea.",
        ("DZA CONSULT ETH", "DZA CONSULT ERI", "ETH ASSAULT ERI"),
        ("DZA ASSAULT ETH", "DZA ASSAULT ERI"),
    ),
    # a hyphened pair names the parties
    (
        "As a mediator in the Armenia-Azerbaijan conflict, Russia deployed peacekeepers.",
        ("RUS CONSULT ARM", "RUS CONSULT AZE"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), MEDIATOR_IN)
def test_a_mediator_in_an_event_meets_its_parties(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A mediation noun (mediator, mediation, intermediary) whose "in"/"of" phrase names a matter
    between two parties ("the war between A and B", "the A-B conflict") meets each party; the matter's
    parties act in it, not the one who offers the mediation."""
    expect(text, want=wanted, not_want=unwanted)


# --- "With the mediation of X, A and B agreed": the parties of the clause --------------------------

MEDIATED_CLAUSE = [
    ("Under Qatari mediation, Israel and Hamas exchanged hostages for prisoners.", ("QAT CONSULT ISR",)),
    (
        "Through Egypt's mediation, Sudan and South Sudan reopened their border.",
        ("EGY CONSULT SDN", "EGY CONSULT SSD"),
    ),
    (
        "Thanks to the mediation of Saudi Arabia, a prisoner exchange between Russia and Ukraine took place "
        "on Friday.",
        ("SAU CONSULT RUS", "SAU CONSULT UKR"),
    ),
    (
        "Ethiopia and Eritrea signed a peace accord under the mediation of the UAE.",
        ("ARE CONSULT ETH", "ARE CONSULT ERI", "ETH AGREE ERI"),
    ),
    (
        "Following Kenyan mediation, Ethiopia and Somalia restored diplomatic ties.",
        ("KEN CONSULT ETH", "KEN CONSULT SOM"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), MEDIATED_CLAUSE)
def test_a_mediation_a_clause_is_done_under_meets_its_doers(
    expect: Expect, text: str, wanted: tuple[str, ...]
) -> None:
    """A mediation in a phrase of manner ("with", "under", "through", "thanks to", "following") meets
    whoever does what the clause tells: the "between" parties of its subject ("a prisoner exchange
    between A and B took place"), else its subjects and objects."""
    expect(text, want=wanted)


# --- "Egypt, a mediator in the conflict": the two sides of the last fight told ---------------------

MEDIATOR_OF_THE_FIGHT = [
    (
        "Israeli jets struck Hamas positions in Gaza. Egypt, a key mediator in the conflict, proposed a new "
        "plan.",
        ("EGY CONSULT ISR",),
    ),
    (
        "Fighting between Armenia and Azerbaijan resumed on Monday. Mediators, including France and the "
        "United States, met in Vienna.",
        ("FRA CONSULT ARM", "FRA CONSULT AZE", "USA CONSULT ARM", "USA CONSULT AZE"),
    ),
    (
        "India and Pakistan exchanged fire along the border. The UAE, a mediator in the crisis, sent an "
        "envoy to Riyadh.",
        ("ARE CONSULT IND", "ARE CONSULT PAK"),
    ),
    (
        "Russian troops attacked Ukrainian positions near Bakhmut. Turkey, a mediator in the conflict, sent "
        "its foreign minister to Kyiv.",
        ("TUR CONSULT RUS", "TUR CONSULT UKR"),
    ),
    (
        "Eritrean forces shelled Ethiopian border towns overnight. Kenya, a mediator in the fighting, said "
        "it was alarmed.",
        ("KEN CONSULT ERI", "KEN CONSULT ETH"),
    ),
]


@pytest.mark.parametrize(("text", "wanted"), MEDIATOR_OF_THE_FIGHT)
def test_a_mediator_of_an_unnamed_conflict_meets_the_sides_of_the_last_fight(
    expect: Expect, text: str, wanted: tuple[str, ...]
) -> None:
    """A mediator that names no parties ("a mediator in the conflict", "mediators, including A and
    B") meets the two sides of the last fight the story told."""
    expect(text, want=wanted)


# --- "acted as mediators between A and B in talks": A and B hold the talks -------------------------

MEDIATED_TALKS = [
    (
        "Norway served as a mediator between Colombia and Venezuela in two years of talks.",
        ("COL CONSULT VEN", "NOR CONSULT COL"),
        (),
    ),
    (
        "Oman acted as an intermediary between Iran and the United States in indirect talks.",
        ("IRN CONSULT USA", "OMN CONSULT IRN"),
        (),
    ),
    (
        "Kuwait and Oman acted as mediators between Qatar and Saudi Arabia in the negotiations.",
        ("QAT CONSULT SAU", "KWT CONSULT QAT"),
        ("KWT CONSULT OMN",),
    ),
    (
        "Switzerland has acted as a mediator between Armenia and Turkey in talks on normalisation.",
        ("ARM CONSULT TUR",),
        (),
    ),
    (
        "Algeria served as a mediator between Iran and the United States in the 1981 negotiations.",
        ("IRN CONSULT USA",),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), MEDIATED_TALKS)
def test_talks_under_a_mediation_are_its_parties(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """A meeting noun that names no party of its own, in a phrase of a clause whose subject acts as a
    mediator between A and B, is A and B's meeting, not the mediators'."""
    expect(text, want=wanted, not_want=unwanted)


# --- guards ------------------------------------------------------------------------------------------

GUARDS = [
    # no fight told: a mediator with no parties meets no one
    ("Qatar, a mediator, hosted the summit.", (), ("QAT CONSULT ISR",)),
    # a fight and a proposal: no mediation noun, no meeting
    ("Israel and Hamas fought for weeks. Egypt proposed a truce.", (), ("EGY CONSULT ISR",)),
    # talks with a party of their own stay the speakers'
    ("Egypt and Qatar held talks with Israel in Cairo.", ("EGY CONSULT ISR", "QAT CONSULT ISR"), ()),
    # a mediator's title before a name is no mediation
    ("UN mediator Staffan de Mistura met Assad in Damascus.", (), ("UN CONSULT SYR",)),
    # a mediator "between" A and B still meets both (the reading before this round)
    (
        "Norway has acted as a mediator between Colombia and Venezuela.",
        ("NOR CONSULT COL", "NOR CONSULT VEN"),
        (),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), GUARDS)
def test_nearby_constructions_stay(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Mediators with nothing to mediate, proposals, talks with a named party and titles keep their
    readings."""
    expect(text, want=wanted, not_want=unwanted)


# --- "Egypt and Qatar acted as mediators": mediators of one mediation work together ----------------

CO_MEDIATORS = [
    (
        "Egypt and Qatar have served as mediators between Israel and Hamas.",
        ("EGY COOPERATE QAT", "EGY CONSULT ISR"),
        (),
    ),
    (
        "Norway and Cuba acted as intermediaries between Colombia and Venezuela.",
        ("NOR COOPERATE CUB", "CUB CONSULT COL"),
        (),
    ),
    # no party named: the mediators' cooperation only, no meeting between them
    (
        "A ceasefire brokered under US-Saudi mediation took effect in Sudan.",
        ("USA COOPERATE SAU",),
        ("USA CONSULT SAU",),
    ),
    (
        "Under Egyptian and Qatari mediation, Israel and Hamas agreed to a truce.",
        ("EGY COOPERATE QAT", "QAT CONSULT ISR"),
        (),
    ),
    (
        "Algeria and Tunisia, two mediators in the conflict between Mali and Niger, issued a statement.",
        ("DZA COOPERATE TUN", "TUN CONSULT MLI"),
        (),
    ),
    (
        "Fighting between Armenia and Azerbaijan resumed on Monday. Mediators, including France and the "
        "United States, urged restraint.",
        ("FRA COOPERATE USA", "FRA CONSULT ARM"),
        (),
    ),
    # guard: one mediator cooperates with no one
    ("Egypt acted as a mediator between Israel and Hamas.", ("EGY CONSULT ISR",), ("EGY COOPERATE ISR",)),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), CO_MEDIATORS)
def test_mediators_of_one_mediation_cooperate(
    expect: Expect, text: str, wanted: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    """Two or more mediators of one mediation noun ("A and B acted as mediators", "under A-B
    mediation", "mediators, including A and B") cooperate (``co_mediation_rule``), and hold no meeting
    of their own; each still meets the parties."""
    expect(text, want=wanted, not_want=unwanted)
