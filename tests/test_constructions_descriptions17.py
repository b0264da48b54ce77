"""Bodies and states referred back to by a description (round 17): "the trade body", "its neighbour".

A definite description that names a kind of body ("the Abuja-based organization", "the Geneva-based
trade body", "the regional body", "the 194-member body") is the last intergovernmental body named
before it whatever its name, not the subject of the verb it is the object of; only with descriptions
of such bodies before the head ("regional", "Geneva-based", "15-member"), and no one when another kind
of body came last ("Amnesty ... the organization"). A state's neighbour ("its neighbour", "the
neighbouring country") is "the country": the last other state named in this sentence or the two before.

Every sentence here was written for this file (none comes from any annotated set), with different
actors and wording for each construction, and was failing before its fix; the guards show that the
constructions next to it keep their reading. Run through the packaged model (``expect``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]

# --- "the Geneva-based trade body": the last intergovernmental body named, whatever its name --------

KIND_OF_BODY = [
    (
        "ECOWAS held a summit in Abuja on Sunday. The Abuja-based organization lifted sanctions on Niger.",
        ("ECOWAS CONCEDE NER",),
        ("NGA CONCEDE NER",),
    ),
    (
        "The WTO ruled against Indonesia's export ban last year. The EU asked the Geneva-based trade body to"
        " set up a panel.",
        ("EU REQUEST WTO",),
        ("EU REQUEST CHE",),
    ),
    (
        "The African Union suspended Gabon after the coup. Gabon's junta accused the continental body of"
        " interference.",
        ("GAB ACCUSE AU",),
        (),
    ),
    (
        "SADC leaders met in Harare in June. Mozambique asked the regional body to send troops to Cabo"
        " Delgado.",
        ("MOZ REQUEST SADC",),
        (),
    ),
    (
        "The IAEA inspected the Zaporizhzhia plant last week. Russia accused the Vienna-based organization"
        " of bias.",
        ("RUS ACCUSE IAEA",),
        ("RUS ACCUSE AUT",),
    ),
    (
        "The World Health Organization declared an emergency on Friday. Tanzania criticized the 194-member"
        " body for its travel advice.",
        ("TZA ACCUSE WHO",),
        (),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), KIND_OF_BODY)
def test_a_kind_of_body_is_the_last_body_named(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


def test_a_kind_of_body_is_not_the_subject_of_its_verb(expect: Expect) -> None:
    """ "The EU criticized the trade body": the body named before the EU, not the EU itself."""
    expect(
        "The WTO ruled against Indonesia last year. The EU criticized the trade body.",
        ("EU ACCUSE WTO",),
    )


def test_a_body_of_another_description_is_no_one(expect: Expect) -> None:
    """ "Kenya's electoral body" is no intergovernmental body named before it."""
    found = expect("The UN sent observers to Kenya. Kenya's electoral body accused Uganda of meddling.")
    assert "UN ACCUSE UGA" not in found, found


def test_the_organization_after_a_charity_is_not_an_earlier_body(expect: Expect) -> None:
    """ "the organization" after Amnesty International is not the UN named before it."""
    found = expect(
        "The UN criticized Egypt. Amnesty International also issued a report. The organization accused"
        " Cairo of torture."
    )
    assert "UN ACCUSE EGY" in found and len([k for k in found if k.startswith("UN ACCUSE")]) == 1, found


def test_the_body_alone_stays_no_one(expect: Expect) -> None:
    """ "the body" with no description is a corpse as often as the world body: no actor."""
    found = expect(
        "The African Union sent observers to Sudan. Sudanese police handed the body over to Chad on Monday."
    )
    assert "AU CONCEDE TCD" not in found and "AU AID TCD" not in found, found


# --- "its neighbour", "the neighbouring country": the last other state named ------------------------

NEIGHBOUR = [
    (
        "Kazakhstan exports wheat to Afghanistan. Astana also delivers fuel to the neighboring country.",
        ("KAZ AID AFG",),
        (),
    ),
    (
        "Thailand recalled its ambassador from Cambodia on Monday. The Thai government condemned its"
        " neighbour for laying landmines.",
        ("THA ACCUSE KHM",),
        (),
    ),
    (
        "Venezuela deported a thousand Colombians last month. Colombia accused the neighbouring nation of"
        " abusing migrants.",
        ("COL ACCUSE VEN",),
        (),
    ),
    (
        "Rwanda closed its border with Burundi in January. Burundi accused its neighbor of backing rebels.",
        ("BDI ACCUSE RWA",),
        ("BDI ACCUSE BDI",),
    ),
    (
        "Egypt and Sudan discussed the dam on Monday. Cairo pledged to support the neighbouring country.",
        ("EGY SUPPORT SDN",),
        (),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), NEIGHBOUR)
def test_a_states_neighbour_is_the_last_other_state(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


def test_a_persons_neighbour_is_no_state(expect: Expect) -> None:
    """ "his neighbour" is a person's, no state."""
    found = expect("Ghana hosted talks with Togo on Monday. The farmer accused his neighbour of theft.")
    assert "GHA ACCUSE TGO" not in found and "TGO ACCUSE GHA" not in found, found


def test_a_neighbour_in_a_region_is_the_last_state_there(expect: Expect) -> None:
    """ "its North African neighbour": the last state of that region named, not the speaker's own."""
    expect(
        "Egypt closed its border with Libya on Sunday. Cairo accused its North African neighbour of"
        " harbouring militants.",
        ("EGY ACCUSE LBY",),
        ("EGY ACCUSE EGY",),
    )
