"""Delegations and who leads them: the leader named in a reduced relative ("a delegation, led by X,
met Y") or in the next sentence ("The X delegation was led by Y", "is composed of A and B") takes
part in the delegation's meeting, and serves the delegation's state.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five, with different actors, wording and sentence shapes. A side is written as the person's family
name when the test is about the person, else as the coder's state code.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


def _side(name: str, actor_type: str, country: str | None, actor_id: str) -> set[str]:
    """Every way a test may name a side: its last word (a person's family name), its id, its state."""
    return {name.split()[-1], actor_id, *([country] if country else [])}


def _found(relations: tuple[ag.Relation, ...]) -> set[str]:
    out: set[str] = set()
    for r in relations:
        sources = _side(r.source_name, r.source_type, r.source_country, r.source_id)
        targets = _side(r.target_name, r.target_type, r.target_country, r.target_id)
        pairs = [(s, t) for s in sources for t in targets]
        if not r.directed:
            pairs += [(t, s) for s, t in pairs]
        out.update(f"{s} {r.type} {t}" for s, t in pairs)
    return out


# --- a delegation "led by" / "headed by" its leader, in the same sentence ---------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "A Ugandan delegation, led by Foreign Minister Jeje Odongo, met Kenyan President William Ruto"
            " in Nairobi on Tuesday.",
            ["Odongo CONSULT Ruto"],
        ),
        (
            "The Chilean delegation, headed by Foreign Minister Alberto van Klaveren, held talks with"
            " Argentina on trade.",
            ["Klaveren CONSULT ARG"],
        ),
        (
            "A Taliban delegation headed by Amir Khan Muttaqi arrived in Beijing to meet Chinese officials.",
            ["Muttaqi CONSULT CHN"],
        ),
        (
            "Seoul received a North Korean delegation led by Foreign Minister Choe Son Hui on Friday.",
            ["KOR CONSULT Hui"],
        ),
        (
            "The Sudanese army's delegation, led by General Shams al-Din Kabbashi, signed a ceasefire with"
            " the RSF in Jeddah.",
            ["Kabbashi AGREE RSF"],
        ),
    ],
)
def test_the_leader_named_in_a_reduced_relative_takes_part(
    relations_of: RelationsOf, text: str, wanted: list[str]
) -> None:
    found = _found(relations_of(text))
    assert set(wanted) <= found, f"missing {set(wanted) - found}; found {sorted(found)}"


# --- the delegation's make-up told in the next sentence --------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "state"),
    [
        (
            "Ethiopia and Eritrea held talks in Asmara on Monday. The Ethiopian delegation was led by"
            " Foreign Minister Taye Atske Selassie.",
            ["Selassie CONSULT ERI"],
            ("Selassie", "ETH"),
        ),
        (
            "Serbian and Kosovo officials met in Brussels on Thursday. The Serbian delegation was headed"
            " by Foreign Minister Marko Djuric.",
            ["Djuric CONSULT KSV"],
            ("Djuric", "SRB"),
        ),
        (
            "Peru and Bolivia opened border talks in La Paz. The Peruvian delegation is composed of"
            " Foreign Minister Javier Gonzalez-Olaechea and Defense Minister Walter Astudillo.",
            ["Gonzalez-Olaechea CONSULT BOL", "Astudillo CONSULT BOL"],
            ("Gonzalez-Olaechea", "PER"),
        ),
        (
            "Thailand and Cambodia held talks in Bangkok. The Cambodian delegation is made up of Defense"
            " Minister Tea Seiha and Foreign Minister Sok Chenda Sophea.",
            ["Seiha CONSULT THA", "Sophea CONSULT THA"],
            ("Sophea", "KHM"),
        ),
        (
            "Azerbaijan and Armenia resumed peace talks in Washington. Armenia's delegation was led by"
            " Foreign Minister Ararat Mirzoyan.",
            ["Mirzoyan CONSULT AZE"],
            ("Mirzoyan", "ARM"),
        ),
    ],
)
def test_the_delegation_made_up_in_the_next_sentence_meets_the_other_side(
    relations_of: RelationsOf, text: str, wanted: list[str], state: tuple[str, str]
) -> None:
    relations = relations_of(text)
    found = _found(relations)
    assert set(wanted) <= found, f"missing {set(wanted) - found}; found {sorted(found)}"
    # the members serve the delegation's state, not the other side's
    person, country = state
    assert {r.source_country for r in relations if r.source_name.endswith(person)} == {country}
    # being led is no commitment of the leader to his own state
    assert not [r for r in relations if r.type == "AGREE" and r.source_name.endswith(person)]


# --- guards: what stays as it was -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a delegation with no leader named is its state, as before
        (
            "A Ugandan delegation met Kenyan President William Ruto in Nairobi on Tuesday.",
            ["UGA CONSULT Ruto"],
            [],
        ),
        # talks led by a mediator are no delegation: the mediator stays where it was
        (
            "The talks between Armenia and Azerbaijan were led by Kazakhstan.",
            ["ARM CONSULT AZE"],
            ["KAZ CONSULT AZE", "KAZ CONSULT ARM"],
        ),
        # a delegation that makes a proposal is not made up of what the proposal is of
        (
            "Serbia and Kosovo met in Brussels. The Serbian delegation made a proposal of autonomy for the"
            " north.",
            ["SRB CONSULT KSV"],
            ["SRB CONSULT SRB"],
        ),
        # a delegation led to a place by someone is not led by him
        (
            "The Chinese delegation was led to the venue by Nepalese police officers before the talks.",
            [],
            ["NPL CONSULT CHN", "CHN CONSULT NPL"],
        ),
    ],
)
def test_other_leadings_and_makeups_stay_as_they_were(
    relations_of: RelationsOf, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    found = _found(relations_of(text))
    assert set(wanted) <= found, f"missing {set(wanted) - found}; found {sorted(found)}"
    assert not set(unwanted) & found, f"unwanted {set(unwanted) & found}; found {sorted(found)}"
