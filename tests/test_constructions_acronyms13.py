"""An acronym the text defines in brackets after a state's organ stands for that organ, as the phrase
does: "the Philippine Coast Guard (PCG) ... The PCG accused China" is the Philippines' act, as "the
Nigerian Air Force (NAF) bombed ... The NAF said" is Nigeria's. The acronym was a body of its own
("ORG_PCG"), apart from the state the phrase names, or nothing. Sentences of our own; guards beside."""

from __future__ import annotations

import pytest

import actorgraph as ag

DEFINED = [
    # (text, the actor of the acronym's later mention and of the phrase)
    (
        "The Philippine Coast Guard (PCG) said Chinese vessels blocked its boats. "
        "The PCG accused China of harassment.",
        "PHL",
    ),
    (
        "The Nigerian Air Force (NAF) bombed a camp of Boko Haram. "
        "The NAF said it had killed dozens of fighters.",
        "NGA",
    ),
    (
        "The Malaysian Maritime Enforcement Agency (MMEA) detained a Vietnamese trawler. "
        "The MMEA said Vietnam must control its fleet.",
        "MYS",
    ),
    (
        "The Ghanaian Immigration Service (GIS) deported six Togolese traders on Friday. "
        "The GIS accused Togo of ignoring its warnings.",
        "GHA",
    ),
    (
        "The Peruvian National Police (PNP) arrested two Bolivian smugglers. The PNP blamed Bolivia for lax "
        "border controls.",
        "PER",
    ),
]


def _build(text: str) -> ag.Result:
    return ag.build([ag.Document(id="s", text=text)])


@pytest.mark.parametrize(("text", "state"), DEFINED)
def test_a_bracketed_acronym_is_the_organ_it_spells(text: str, state: str) -> None:
    result = _build(text)
    second = text.index(". ") + 2
    acts = [r for r in result.relations if r.type != "AFFILIATION" and r.char_start >= second]
    assert acts, result.relations
    # the acronym's state does each act, or undergoes the harm it charges ("The PCG accused China of
    # harassment": China's act on the Philippines, typedpairs21)
    rows = [(r.source_id, r.type, r.target_id) for r in acts]
    assert all(state in (r.source_country, r.target_country) for r in acts), rows
    assert any(r.source_country == state for r in acts), rows
    # no body of the acronym's own
    acronym = text[text.index("(") + 1 : text.index(")")]
    assert not [a for a in result.actors if a.name == acronym], result.actors


def test_an_acronym_that_spells_no_phrase_is_left_alone() -> None:
    # "(AFP)" credits a wire service; its letters are not the phrase's
    result = _build("Kenyan police (AFP) arrested two men. AFP reported that Uganda protested.")
    assert not [r for r in result.relations if r.source_country == "KEN" and r.target_id == "UGA"]


def test_an_acronym_of_a_named_body_stays_that_body() -> None:
    result = _build(
        "The Syrian Democratic Forces (SDF) clashed with Turkish troops. The SDF accused Turkey of shelling."
    )
    assert {a.name for a in result.actors} >= {"Syrian Democratic Forces"}
