"""Breaking an agreement in other words than "violate" is a misdeed the speaker charges its doer with:
"said X had breached the accord", "contravened the ruling", "infringed the truce" accuse X as "said X
violated the ceasefire" does (the statement's negative verbs). Sentences of our own; guards beside."""

from __future__ import annotations

import pytest

import actorgraph as ag

CHARGES = [
    # (text, speaker, accused)
    ("Kenya said Somalia had breached the border agreement.", "KEN", "SOM"),
    ("Chile insisted that Bolivia breached the 1904 treaty.", "CHL", "BOL"),
    ("The Philippines said China contravened the arbitration ruling.", "PHL", "CHN"),
    ("Armenia said Azerbaijan had infringed the truce several times.", "ARM", "AZE"),
    ("Japan's foreign ministry said Russia was breaching the fishing accord.", "JPN", "RUS"),
]


def _events(text: str) -> set[tuple[str, str, str]]:
    res = ag.build(texts=[text], learned=False)
    return {(r.source_id, r.type, r.target_id) for r in res.relations if r.type != "AFFILIATION"}


@pytest.mark.parametrize(("text", "speaker", "accused"), CHARGES)
def test_a_breach_stated_accuses_its_doer(text: str, speaker: str, accused: str) -> None:
    assert (speaker, "ACCUSE", accused) in _events(text)


def test_a_breach_denied_accuses_no_one() -> None:
    # the speaker's own forces, and a breach they will not commit
    assert not _events("Ghana said its troops would not breach the ceasefire with Togo.") & {
        ("GHA", "ACCUSE", "TGO"),
        ("GHA", "ACCUSE", "GHA"),
    }


def test_a_breach_of_security_is_no_charge_of_a_state() -> None:
    # the noun, not the verb: nothing new is read from "a security breach"
    assert ("KEN", "ACCUSE", "SOM") not in _events(
        "Kenya said a security breach at the airport delayed a flight to Somalia."
    )
