"""A wire service's dateline credit ("MANILA (AFP) - ...") is no actor in the story it opens.

Construction tests: five sentences of our own, written before the fix, plus guards that an agency
the story itself tells of keeps its relations.
"""

from __future__ import annotations

import pytest

import actorgraph as ag


def _build(text: str) -> ag.Result:
    return ag.build([ag.Document(id="s", text=text)])


DATELINES = [
    ("MANILA (AFP) - The Philippines and Vietnam signed a coast guard cooperation pact on Friday.", "AFP"),
    ("KYIV, Ukraine (AP) — Ukraine accused Russia of shelling a power plant overnight.", "AP"),
    ("BRUSSELS (Reuters) - The European Union imposed new sanctions on Belarus on Monday.", "Reuters"),
    ("ADDIS ABABA, Feb 3 (Reuters) - Ethiopia and Kenya agreed to reopen their shared border.", "Reuters"),
    (
        "Talks resume\nCAIRO (AP) -- Egypt hosted Israeli and Hamas negotiators for a new round of talks.",
        "AP",
    ),
]


@pytest.mark.parametrize(("text", "agency"), DATELINES)
def test_a_dateline_credit_is_no_actor(text: str, agency: str) -> None:
    result = _build(text)
    assert not [a.name for a in result.actors if a.type == "media"], agency
    assert not [r for r in result.relations if "media" in (r.source_type, r.target_type)]
    assert [r for r in result.relations if r.type != "AFFILIATION"]  # the story's own relation stays


@pytest.mark.parametrize(
    "text",
    [
        "Russia banned the BBC last year.",
        "In a statement to Reuters, Iran's foreign ministry denied the report.",
    ],
)
def test_an_agency_the_story_tells_of_is_an_actor(text: str) -> None:
    assert [a.name for a in _build(text).actors if a.type == "media"]
