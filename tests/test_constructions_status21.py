"""A settlement made states itself (round 21): "to try to save a truce between A and B brokered by X",
"sought to revive the accord between A and B signed in 2015": a past participle of making a
settlement, hung on the event noun after it ("brokered by", "signed in", "agreed on", "inked in":
``made`` in grammar.json's ``event_mood_rule``), reports the settlement as made, whatever the mood of
the clause the noun stands in; the mediator's meeting with its parties and the settlement itself are
facts. Guards: a participle of plan ("proposed by X") and a settlement of no participle under a verb of
intent ("hope to reach a truce between A and B") stay hypothetical, and so does an attributive
participle ("called for a Qatar-brokered truce"). Sentences of our own."""

from __future__ import annotations

import pytest

import actorgraph as ag


def _events(text: str) -> set[tuple[str, str, str, bool]]:
    res = ag.build(texts=[text], learned=False)
    return {
        (r.source_id, r.type, r.target_id, r.hypothetical) for r in res.relations if r.type != "AFFILIATION"
    }


def _flags(text: str, source: str, target: str, plover: str | None = None) -> set[bool]:
    """The hypothetical flags of the rows between ``source`` and ``target`` (of type ``plover``)."""
    rows = _events(text)
    return {hyp for src, typ, tgt, hyp in rows if {src, tgt} == {source, target} and plover in (None, typ)}


MADE = [
    # (text, source, target): one party of the settlement, and the other or its mediator
    (
        "Envoys gathered in Geneva on Friday to try to save a ceasefire between Armenia and Azerbaijan "
        "brokered by Russia in 2020.",
        "RUS",
        "ARM",
    ),
    (
        "Diplomats are seeking to revive the truce between Ethiopia and Eritrea brokered by Algeria.",
        "ETH",
        "ERI",
    ),
    (
        "Washington wants to restore the nuclear accord between Iran and Germany signed in Vienna in 2015.",
        "IRN",
        "DEU",
    ),
    (
        "The ministers hope to salvage the peace deal between Sudan and Chad brokered by Qatar last year.",
        "QAT",
        "TCD",
    ),
    (
        "Lawmakers urged the government to publish the security pact between Fiji and China signed in "
        "Suva in March.",
        "FJI",
        "CHN",
    ),
]


@pytest.mark.parametrize(("text", "source", "target"), MADE)
def test_a_settlement_made_is_stated(text: str, source: str, target: str) -> None:
    assert _flags(text, source, target) == {False}, _events(text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The ministers hope to reach a truce between Sudan and Chad.", "SDN", "TCD"),
        ("Envoys hope to accept a truce between Armenia and Azerbaijan proposed by Russia.", "ARM", "AZE"),
        ("Diplomats called for a Qatar-brokered truce between Ethiopia and Eritrea.", "ETH", "ERI"),
    ],
)
def test_a_settlement_not_made_stays_a_plan(text: str, source: str, target: str) -> None:
    assert _flags(text, source, target) == {True}, _events(text)


# An event to come by its own words ("upcoming", "planned", "forthcoming") stays to come when its doer is
# named in its phrase (round 21): "could overshadow Lula's upcoming visit to X" is no measure in force,
# which "cope with U.S. tariffs" is (modality._in_force). Guard: the measure in force stays stated.
UPCOMING = [
    # (text, target)
    ("The dispute could overshadow Lula's upcoming visit to China.", "CHN"),
    ("The row may complicate Modi's planned trip to Japan.", "JPN"),
    ("Heavy rain could spoil Erdogan's forthcoming trip to Egypt.", "EGY"),
    ("The scandal overshadowed Albanese's upcoming visit to Indonesia.", "IDN"),
    ("Protests overshadowed Scholz's upcoming visit to Poland.", "POL"),
]


@pytest.mark.parametrize(("text", "target"), UPCOMING)
def test_an_upcoming_visit_of_a_named_doer_is_to_come(text: str, target: str) -> None:
    events = _events(text)
    assert {e[3] for e in events if e[2] == target and e[1] == "CONSULT"} == {True}, events


def test_a_measure_in_force_stays_stated() -> None:
    assert _flags("Farmers struggle to cope with U.S. tariffs on Mexico.", "USA", "MEX") == {False}
