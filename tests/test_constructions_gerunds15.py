"""A gerund that is a clause's subject names an event, as its noun would: "Fighting between Armenia and
Azerbaijan has killed dozens" is the fighting between them, as "Heavy fighting between ..." already
was (the tagger makes a capitalised gerund opening a sentence a verb with no subject of its own;
``nlp`` reads such a subject as a noun).

Every sentence here was written for these tests (none comes from a gold file); the five failed
before the change. Sides are at state level where the actor is a state's organ.
"""

from __future__ import annotations

import pytest

import actorgraph as ag


def _pairs(text: str) -> set[tuple[str, str, str]]:
    result = ag.build([text], learned=False)
    return {
        (*sorted((r.source_id, r.target_id)), r.type) for r in result.relations if r.type != "AFFILIATION"
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Fighting between Armenia and Azerbaijan has killed dozens of soldiers.", ("ARM", "AZE", "ASSAULT")),
        (
            "Fighting between the Sudanese army and the Rapid Support Forces has killed thousands.",
            ("RSF", "SDN_SAF", "ASSAULT"),
        ),
        (
            "Fighting between Kyrgyzstan and Tajikistan broke out along the disputed border.",
            ("KGZ", "TJK", "ASSAULT"),
        ),
        (
            "Fighting between Ethiopia and Eritrea erupted again near the border town of Badme.",
            ("ERI", "ETH", "ASSAULT"),
        ),
        (
            "Fighting between Israel and Hamas has displaced most of Gaza's population.",
            ("HAMAS", "ISR", "ASSAULT"),
        ),
    ],
)
def test_a_gerund_subject_names_its_event(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _pairs(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a gerund with an object of its own stays a verb: the clause's act is its own
        ("Turkey kept attacking Syrian positions near the border.", ("SYR", "TUR", "ASSAULT")),
        ("Attacking Syrian positions, Turkey widened its offensive.", ("SYR", "TUR", "ASSAULT")),
    ],
)
def test_a_gerund_with_its_own_object_stays_a_verb(text: str, pair: tuple[str, str, str]) -> None:
    assert pair in _pairs(text)
