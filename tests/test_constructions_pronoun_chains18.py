"""He and she along a chain of subject pronouns (round 18): the person the chain is about.

A story names a person once, then keeps them the subject with *he* or *she* for several sentences;
another person named in between as an object, a possessor or an aside ("alongside her counterpart
X", "after a call with Y") does not take the next pronoun over. Every sentence here was written
for these tests (none comes from a gold file); five texts for the construction, with different
actors, wording and shapes, plus guards for the nearby constructions that must stay as they are.
Expectations are at state level (the ``coded`` fixture in conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Speaking at a news conference, US President Joe Biden said the alliance was strong. He said"
            " the sanctions would stay. He spoke after a call with French President Emmanuel Macron on"
            " Tuesday. He then accused Russia of war crimes.",
            ["USA ACCUSE RUS"],
            ["FRA ACCUSE RUS"],
        ),
        (
            "According to Foreign Minister Penny Wong, the talks covered trade and fishing. She said the two"
            " sides had agreed on a plan. She was speaking alongside her Fijian counterpart Sitiveni Rabuka"
            " ahead of Indian Prime Minister Narendra Modi's visit. “We condemn Myanmar's air strikes on"
            " villages,” she said.",
            ["AUS ACCUSE MMR"],
            ["IND ACCUSE MMR"],
        ),
        (
            "In a speech on Monday, Brazilian President Luiz Inacio Lula da Silva defended his trade policy."
            " He said the economy was growing. He gave the speech a day after meeting Argentine President"
            " Javier Milei in Brasilia. He also criticized Israel over the war in Gaza.",
            ["BRA ACCUSE ISR"],
            ["ARG ACCUSE ISR"],
        ),
        (
            "South African President Cyril Ramaphosa addressed parliament in Cape Town. He told lawmakers"
            " that growth would pick up. He made the remarks after a meeting with Nigerian President Bola"
            " Tinubu. He later praised Kenya for its peacekeeping work.",
            ["ZAF SUPPORT KEN"],
            ["NGA SUPPORT KEN"],
        ),
        (
            "Last week, German Foreign Minister Annalena Baerbock toured the Middle East. She said the"
            " region needed calm. She held a press conference in Amman with Jordanian Foreign Minister"
            " Ayman Safadi and British Foreign Secretary David Lammy. She later urged Iran to release the"
            " detained journalists.",
            ["DEU REQUEST IRN"],
            ["GBR REQUEST IRN"],
        ),
    ],
)
def test_a_chain_of_subject_pronouns_keeps_its_person(
    expect: Expect, text: str, want: list[str], not_want: list[str]
) -> None:
    expect(text, tuple(want), tuple(not_want))


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        # a person named as the subject since the chain takes the pronoun over
        (
            "Indian Prime Minister Narendra Modi spoke in Delhi. He said ties were strong. Japanese Prime"
            " Minister Shigeru Ishiba arrived later. He accused China of coercion.",
            ["JPN ACCUSE CHN"],
            ["IND ACCUSE CHN"],
        ),
        # a narrator's pronoun chain still stands for no one named only inside a quotation
        (
            "Turkish President Recep Tayyip Erdogan spoke in Ankara. “Vladimir Putin is a friend,” he said."
            " He also criticized Greece over the islands.",
            ["TUR ACCUSE GRC"],
            ["RUS ACCUSE GRC"],
        ),
    ],
)
def test_pronoun_guards(expect: Expect, text: str, want: list[str], not_want: list[str]) -> None:
    expect(text, tuple(want), tuple(not_want))
