"""Implicit parties (round 16): "the two sides" and "both parties" as the story's pair.

Every sentence here was written for these tests (none comes from a gold file); each construction has
five or more, with different actors, wording and sentence shapes, plus guards for its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import actorgraph as ag

Expect = Callable[..., dict[str, set[str]]]
RelationsOf = Callable[[str], tuple[ag.Relation, ...]]


# --- "the two sides" with no pair within reach: the story's pair ----------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # the pair an earlier "the two countries" stood for, a third state named between
        (
            "Kenya's president met his Tanzanian counterpart in Arusha on Monday. The two countries'"
            " leaders later flew to Kampala, where they met Uganda's president. The two sides also"
            " agreed to build a new rail link.",
            ["KEN AGREE TZA"],
            ["TZA AGREE UGA"],
        ),
        # a list of three named in between, and the pair's "between" list further back
        (
            "Talks between Ethiopia and Egypt on the Nile dam resumed in Cairo on Tuesday. Sudan's"
            " irrigation minister attended the first session. Officials from Sudan, Ethiopia and Egypt"
            " then toured the site. Both sides later agreed to meet again in March.",
            ["ETH AGREE EGY"],
            ["SDN AGREE EGY"],
        ),
        # "they" who urge "both parties" are not the parties
        (
            "Indirect talks between Israel and Hamas opened in Cairo last week. Fighting continued in"
            " the north. Hundreds of people have fled. Egypt and Qatar, which are hosting the talks,"
            " said they urge both parties to respect a ceasefire.",
            ["EGY REQUEST ISR", "QAT REQUEST PSE"],
            ["EGY REQUEST QAT"],
        ),
        # the pair's own list three sentences back
        (
            "The foreign ministers of Vietnam and the Philippines met in Hanoi on Friday. They discussed"
            " fishing rights. Officials from Malaysia, Brunei and Indonesia joined them. Both sides"
            " agreed to hold a second round in Manila.",
            ["VNM AGREE PHL"],
            ["MYS AGREE PHL"],
        ),
        # a host and its guests in between
        (
            "Serbia and Kosovo resumed talks in Brussels. The European Union hosted the meeting with"
            " Germany, France and Italy. Both sides agreed to form a joint committee.",
            ["SRB AGREE KSV"],
            ["DEU AGREE KSV"],
        ),
        # "the two countries" as an object, three others named in between
        (
            "Colombia and Venezuela reopened their border in 2022. Brazil, Peru and Ecuador welcomed"
            " the step. Last week Spain praised the two countries for their cooperation.",
            ["ESP SUPPORT COL", "ESP SUPPORT VEN"],
            ["ESP SUPPORT BRA"],
        ),
    ],
)
def test_the_two_sides_are_the_storys_pair(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a pair within reach still wins over the story's earlier one
        (
            "Chile and Argentina held talks in January. In March, Peru's president met Bolivia's"
            " president in La Paz. The two sides agreed to build a railway.",
            ["PER AGREE BOL"],
            ["CHL AGREE ARG"],
        ),
        # the subject that urges both sides is not one of them
        (
            "Talks between Ethiopia and Egypt resumed in Cairo on Tuesday. Officials from Sudan, Kenya"
            " and Uganda toured the dam site. Kenya and Uganda urged both sides to compromise.",
            ["KEN REQUEST ETH", "UGA REQUEST EGY"],
            ["KEN REQUEST UGA"],
        ),
        # "two countries" with no article is not the story's pair
        (
            "Talks between Ethiopia and Egypt resumed in Cairo on Tuesday. Officials from Sudan, Kenya"
            " and Uganda toured the dam site. Later, envoys from two countries met Kenya's foreign"
            " minister.",
            [],
            ["ETH CONSULT KEN", "EGY CONSULT KEN"],
        ),
    ],
)
def test_the_storys_pair_leaves_nearer_and_uncounted_phrases_alone(
    expect: Expect, text: str, wanted: list[str], unwanted: list[str]
) -> None:
    expect(text, want=tuple(wanted), not_want=tuple(unwanted))


# --- a quotation's "you": whom the speaker last met or congratulated -------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Japanese Prime Minister Shigeru Ishiba congratulated Donald Trump on his election victory."
            ' "I look forward to working with you," Ishiba wrote.',
            ["JPN AGREE USA"],
        ),
        (
            "Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday."
            ' "Kenya will always support you," Ruto said.',
            ["KEN SUPPORT GHA"],
        ),
        (
            "French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelenskyy in Paris on"
            ' Sunday. "We will stand with you as long as it takes," Macron said.',
            ["FRA SUPPORT UKR"],
        ),
        (
            "Indian Prime Minister Narendra Modi spoke by phone with Brazilian President Luiz Inacio Lula"
            ' da Silva on Tuesday. "India is ready to cooperate with you on climate finance," Modi said.',
            ["IND AGREE BRA"],
        ),
        # two congratulated: both are spoken to
        (
            "Canadian Prime Minister Mark Carney congratulated German Chancellor Friedrich Merz and French"
            ' President Emmanuel Macron on their joint plan. "We look forward to working with you,"'
            " Carney wrote.",
            ["CAN AGREE DEU", "CAN AGREE FRA"],
        ),
    ],
)
def test_a_quotations_you_is_whom_the_speaker_addressed(expect: Expect, text: str, wanted: list[str]) -> None:
    expect(text, want=tuple(wanted))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a generic "you" as a subject names no one
        (
            "French President Emmanuel Macron hosted Ukrainian President Volodymyr Zelenskyy in Paris on"
            ' Sunday. "You cannot trust a regime like that, and you must resist it," Macron said.',
            ["FRA ACCUSE UKR", "FRA REJECT UKR"],
        ),
        # a speaker whose last act toward someone is told more than three sentences before
        (
            "Nigeria's president met Ghana's president in Abuja in May. Heavy rains flooded farms in"
            " the north. Food prices rose. Exports of cocoa fell. In a speech in Lagos, a Nigerian"
            ' minister said: "We will always support you."',
            ["NGA SUPPORT GHA"],
        ),
    ],
)
def test_a_quotations_you_without_an_addressee_names_no_one(
    expect: Expect, text: str, unwanted: list[str]
) -> None:
    expect(text, not_want=tuple(unwanted))


def test_a_quotations_you_is_the_leader_not_also_his_state(relations_of: RelationsOf) -> None:
    """ "congratulated President X and the people of Ghana": *you* is X, not X and his state again."""
    found = {
        (r.source_name, r.type, r.target_id)
        for r in relations_of(
            "Kenyan President William Ruto congratulated Ghanaian President John Mahama and the people"
            ' of Ghana on the peaceful election. "I look forward to working with you," Ruto wrote.'
        )
    }
    agreed = {t for s, k, t in found if k == "AGREE"}
    assert agreed and "GHA" not in agreed, sorted(found)
