"""He, she, his, her in a phrase fronted before its clause's subject (round 16): the person it names.

Every sentence here was written for these tests (none comes from a gold file); five sentences for the
construction, with different actors, wording and phrase shapes, plus guards for the nearby
constructions that must stay as they are. Expectations are at state level (the ``coded`` fixture
in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Hungarian Prime Minister Viktor Orban spoke on Monday. As she welcomed Zelenskyy in Rome,"
            " Italian Prime Minister Giorgia Meloni pledged more aid to Ukraine.",
            ["ITA CONSULT UKR"],
            ["HUN CONSULT UKR"],
        ),
        (
            "Antony Blinken spoke to reporters in Washington. In his talks with Egyptian leaders, Turkish"
            " President Recep Tayyip Erdogan accused Israel of war crimes.",
            ["TUR CONSULT EGY"],
            ["USA CONSULT EGY"],
        ),
        (
            "Kenyan President William Ruto spoke in Nairobi. Speaking after his meeting with French"
            " President Emmanuel Macron, Nigerian President Bola Tinubu praised the French economy.",
            ["NGA CONSULT FRA"],
            ["KEN CONSULT FRA"],
        ),
        (
            "Japanese Prime Minister Fumio Kishida addressed parliament. During his visit to Manila, South"
            " Korean President Yoon Suk Yeol signed a maritime accord with the Philippines.",
            ["KOR CONSULT PHL"],
            ["JPN CONSULT PHL"],
        ),
        (
            "Danish Prime Minister Mette Frederiksen spoke in Copenhagen. Shortly after he arrived in"
            " Ankara, Swedish Prime Minister Ulf Kristersson thanked Turkey for its support.",
            ["SWE CONSULT TUR"],
            ["DNK CONSULT TUR"],
        ),
    ],
)
def test_a_pronoun_fronted_before_its_clause_is_the_subject_after_it(
    expect: Expect, text: str, want: list[str], not_want: list[str]
) -> None:
    expect(text, tuple(want), tuple(not_want))


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # an object pronoun in the fronted phrase is someone else
        (
            "French President Emmanuel Macron hosted a summit in Paris. After meeting him there, Indian"
            " Prime Minister Narendra Modi praised the French economy.",
            ["IND CONSULT FRA"],
            ["IND CONSULT IND"],
        ),
        # a subject that names no person: the pronoun looks back
        (
            "Russian President Vladimir Putin left Pyongyang on Wednesday. During his visit to Hanoi,"
            " Vietnam signed an energy deal with Russia.",
            ["RUS CONSULT VNM"],
            [],
        ),
        # a reply to what the pronoun's person did looks back
        (
            "Kenyan President William Ruto visited Kampala on Monday. In response to his visit, Ugandan"
            " President Yoweri Museveni praised Kenya.",
            ["KEN CONSULT UGA", "UGA SUPPORT KEN"],
            [],
        ),
        # a pronoun after the subject is read as before
        (
            "Egyptian President Abdel Fattah el-Sisi spoke in Cairo. Nigerian President Bola Tinubu said"
            " he had met Ghana's president during his visit to Accra.",
            ["NGA CONSULT GHA"],
            ["EGY CONSULT GHA"],
        ),
    ],
)
def test_pronouns_the_fronting_rule_leaves_alone(
    expect: Expect, text: str, want: list[str], not_want: list[str]
) -> None:
    expect(text, tuple(want), tuple(not_want))
