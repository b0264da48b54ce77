"""Parties a text leaves implicit (round 18).

The press a speaker addresses ("told reporters", "briefed journalists", "said to the media", "spoke
with reporters") is whom the words are for: never the *they* of the quotation that follows, which is
the group named before ("X phoned the ministers of A and B ... told reporters. “They asked me ...”").

Every sentence here was written for this file (none comes from any annotated set), with different
actors and wording for each construction, and was failing before its fix; the guards show that the
constructions next to it keep their reading. Run through the packaged model (``expect``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Expect = Callable[..., dict[str, set[str]]]

# --- "told reporters. “They ...”": the press addressed is not *they* ----------------------------------

PRESS_AUDIENCE = [
    (
        "“I phoned the foreign ministers of Ghana and Togo on Friday,” Nigerian Foreign Minister Yusuf"
        " Tuggar told reporters. “They have asked me to broker a deal,” he said.",
        ("GHA REQUEST NGA", "TGO REQUEST NGA"),
        ("NGA REQUEST NGA",),
    ),
    (
        "Vietnam's prime minister met the leaders of Laos and Cambodia in Hanoi. He later briefed"
        " journalists. “They asked Vietnam to build the railway,” he said.",
        ("LAO REQUEST VNM", "KHM REQUEST VNM"),
        (),
    ),
    (
        "Serbia and Kosovo held talks in Brussels on Tuesday. EU envoy Miroslav Lajcak told the media after"
        " the meeting: “They asked the EU to keep mediating.”",
        ("SRB REQUEST EU", "KSV REQUEST EU"),
        (),
    ),
    (
        "Indonesian Foreign Minister Retno Marsudi held talks with Malaysia and Singapore. She told"
        " journalists in Jakarta: “They agreed to cut tariffs on palm oil.”",
        ("MYS AGREE SGP",),
        (),
    ),
    (
        "Armenia and Azerbaijan resumed talks in Washington. Secretary of State Antony Blinken said to"
        " reporters: “They have asked the United States to host the next round.”",
        ("ARM REQUEST USA", "AZE REQUEST USA"),
        ("USA REQUEST USA",),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), PRESS_AUDIENCE)
def test_the_press_addressed_is_not_they(
    expect: Expect, text: str, want: tuple[str, ...], not_want: tuple[str, ...]
) -> None:
    expect(text, want, not_want)


def test_journalists_who_undergo_an_act_stay_they(expect: Expect) -> None:
    """ "Iran arrested two French journalists ... accused them": journalists held, not addressed,
    are still the group a pronoun can stand for."""
    found = expect(
        "Iran arrested two French journalists in Tehran on Monday. Iranian officials accused them of spying."
    )
    assert any(k.startswith("IRN ACCUSE FRA") for k in found), found


def test_they_after_the_press_still_finds_the_subject_group(expect: Expect) -> None:
    """ "The ministers of A and B told reporters that they had asked C ...": the subject group."""
    expect(
        "The foreign ministers of Mali and Niger told reporters in Bamako that they had asked Algeria to"
        " extradite the rebel leaders.",
        ("MLI REQUEST DZA", "NER REQUEST DZA"),
    )
