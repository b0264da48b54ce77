"""Aid or talks put on hold are cut (round 18): "put a hold on [funding] to X" (the parser hangs "on" on
the verb, also after a sum: "a hold on $20 million in [aid]") and "put [aid] to X on hold" are a cut of
the cooperative noun, SANCTION, as "a freeze on aid" was, never the aid itself. Guards: an agreement on
the cessation of hostilities stays an agreement, a freeze stays a cut, a sum of aid given stays aid.
Sentences of our own."""

from __future__ import annotations

import pytest

import actorgraph as ag


def _events(text: str) -> set[tuple[str, str, str]]:
    res = ag.build(texts=[text], learned=False)
    return {(r.source_id, r.type, r.target_id) for r in res.relations if r.type != "AFFILIATION"}


HOLDS = [
    # (text, source, target)
    ("Chad put a hold on funding to the Sudanese army.", "TCD", "SDN_SAF"),
    ("Britain put aid to Rwanda on hold.", "GBR", "RWA"),
    ("Denmark put a hold on development aid to Tanzania.", "DNK", "TZA"),
    ("The United States put military assistance to Egypt on hold.", "USA", "EGY"),
    ("Canada put its talks with India on hold.", "CAN", "IND"),
    ("Norway put a hold on $20 million in aid to Uganda.", "NOR", "UGA"),
]


@pytest.mark.parametrize(("text", "source", "target"), HOLDS)
def test_put_on_hold_is_a_cut(text: str, source: str, target: str) -> None:
    events = _events(text)
    assert (source, "SANCTION", target) in events
    assert (source, "AID", target) not in events


def test_an_agreement_on_the_cessation_of_hostilities_stays_an_agreement() -> None:
    events = _events("Sudan and South Sudan signed an agreement on the cessation of hostilities.")
    assert ("SDN", "AGREE", "SSD") in events
    assert not {e for e in events if e[1] == "SANCTION"}


def test_a_freeze_on_aid_stays_a_cut() -> None:
    assert ("USA", "SANCTION", "EGY") in _events("Washington placed a freeze on military aid to Egypt.")


def test_a_sum_of_aid_given_stays_aid() -> None:
    assert ("JPN", "AID", "LAO") in _events("Japan gave $50 million in aid to Laos.")
