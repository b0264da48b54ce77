"""Relation extraction on news sentences: direction, symmetry, places, modality, attribution.

Each sentence runs through the packaged spaCy model; the expectations are what a careful
event coder would write down.
"""

from __future__ import annotations

import pytest

import actorgraph as ag


def relations(text: str) -> list[ag.Relation]:
    return [r for r in ag.build([text]).relations if r.type != "AFFILIATION"]


def _state_side(actor_id: str, actor_type: str, country: str | None, sector: str | None) -> str:
    """A side at state level: state organs ("Russian Defence Ministry") and unnamed groups of a state
    ("Russian forces", id ``RUS_MIL``) count as their state, as event coders fold them."""
    if country and (actor_type == "organization" or (sector and actor_id == f"{country}_{sector}")):
        return country
    return actor_id


def _triple(r: ag.Relation) -> tuple[str, str, str]:
    return (
        _state_side(r.source_id, r.source_type, r.source_country, r.source_sector),
        r.type,
        _state_side(r.target_id, r.target_type, r.target_country, r.target_sector),
    )


def one(text: str, source: str, type_: str, target: str) -> ag.Relation:
    found = [r for r in relations(text) if _triple(r) == (source, type_, target)]
    assert found, f"no {source} {type_} {target} in {[_triple(r) for r in relations(text)]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "source", "type_", "target"),
    [
        ("Iranian forces were attacked by Iraqi militias on Sunday.", "IRQ", "ASSAULT", "IRN"),
        ("The United States urged China to release the detained journalists.", "USA", "REQUEST", "CHN"),
        ("Russia's strikes on Ukraine killed twelve civilians, officials said.", "RUS", "ASSAULT", "UKR"),
        ("Ukrainian positions came under fire from Russian forces near the border.", "RUS", "ASSAULT", "UKR"),
        ("North Korea threatened to attack South Korea.", "PRK", "THREATEN", "KOR"),
        ("Libya has offered to hand over to Great Britain two of its nationals.", "LBY", "AGREE", "GBR"),
        ("Japan said on Tuesday it had halted economic aid to Serbia.", "JPN", "SANCTION", "SRB"),
        ("Poland recalled its ambassador from Belarus.", "POL", "SANCTION", "BLR"),
        ("Russia withdrew its forces from Kherson.", "RUS", "RETREAT", "UKR"),
        ("Colombian police arrested two Venezuelan nationals near the border.", "COL", "COERCE", "VEN"),
        ("Kenya deployed police officers to Haiti.", "KEN", "AID", "HTI"),  # guidelines: peacekeeping is aid
        ("India banned imports of Malaysian palm oil.", "IND", "SANCTION", "MYS"),
        ("North Korea fired a ballistic missile toward Japan on Thursday.", "PRK", "ASSAULT", "JPN"),
    ],
)
def test_direction_and_type(text: str, source: str, type_: str, target: str) -> None:
    rel = one(text, source, type_, target)
    assert rel.directed


def test_a_place_is_the_target_state_of_an_attack() -> None:
    rels = relations("Russia attacked a power station in Kharkiv on Tuesday, Ukrainian officials said.")
    assert ("RUS", "ASSAULT", "UKR") in {(r.source_id, r.type, r.target_id) for r in rels}


def test_x_and_y_agreed_is_symmetric() -> None:
    rel = one("Israel and Egypt agreed on Monday to extend the truce.", "ISR", "AGREE", "EGY")
    assert not rel.directed
    # the truce extension is what was agreed: no separate event for it
    assert {r.type for r in relations("Israel and Egypt agreed on Monday to extend the truce.")} == {"AGREE"}


def test_a_summit_place_is_not_a_participant() -> None:
    rels = relations("Leaders of France and Germany attended a summit in Switzerland.")
    assert all("CHE" not in (r.source_id, r.target_id) for r in rels)


def test_denial_negates_the_denied_event() -> None:
    rel = one("Iran denied sending drones to Russia.", "IRN", "AID", "RUS")
    assert rel.negated


def test_not_negates() -> None:
    assert one("Pakistan did not accuse India of the attack.", "PAK", "ACCUSE", "IND").negated


@pytest.mark.parametrize(
    "text",
    [
        "Turkey plans to attack Kurdish militants in Syria.",
        "Turkey could attack Kurdish militants in Syria, analysts said.",
        "If talks fail, Turkey will attack Kurdish militants in Syria.",
    ],
)
def test_plans_and_conditions_are_hypothetical(text: str) -> None:
    rels = [r for r in relations(text) if r.type == "ASSAULT" and r.source_id == "TUR"]
    assert rels and all(r.hypothetical for r in rels)


def test_a_plain_past_event_is_neither_negated_nor_hypothetical() -> None:
    rel = one("Turkey attacked Kurdish militants in Syria on Friday.", "TUR", "ASSAULT", "SYR")
    assert not rel.negated and not rel.hypothetical and rel.attributed_to is None


def test_according_to_attributes_the_claim() -> None:
    rel = one("According to Russian media, Ukraine attacked a refinery in Belgorod.", "UKR", "ASSAULT", "RUS")
    assert rel.attributed_to == "RUS"


def test_said_that_must_is_a_demand() -> None:
    text = "The Bush administration declared Tuesday that China must drop barriers to U.S. exports."
    rels = [r for r in relations(text) if r.type == "REQUEST" and r.target_id == "CHN"]
    assert [r.source_country for r in rels] == ["USA"]


def test_the_two_countries_resolve_to_the_last_two_states() -> None:
    text = (
        "Russian President Vladimir Putin met Iranian President Hassan Rouhani in Tehran. "
        "The two countries agreed to expand military cooperation."
    )
    rels = relations(text)
    pairs = {frozenset((r.source_id, r.target_id)) for r in rels if r.type == "AGREE"}
    assert frozenset(("RUS", "IRN")) in pairs


def test_pronoun_subject_takes_the_speaker_state() -> None:
    rel = one(
        "Iran announced that it had arrested a British national on spying charges.", "IRN", "COERCE", "GBR"
    )
    assert rel.attributed_to == "IRN"


def test_offsets_and_predicate_are_verbatim() -> None:
    text = "Officials said on Monday.\n\nIndia and Mauritius signed an agreement on maritime security."
    for r in relations(text):
        assert text[r.char_start : r.char_end] == r.sentence
        assert r.predicate in r.sentence


def test_calling_something_a_name_is_not_a_phone_call() -> None:
    text = "Afghanistan's Ministry of Foreign Affairs called Pakistan's assertions baseless on Thursday."
    assert [r for r in relations(text) if r.type == "CONSULT"] == []


def test_a_phone_call_is_consultation() -> None:
    one(
        "Turkish President Recep Tayyip Erdogan called Russian President Vladimir Putin on Monday.",
        "P_ERDOGAN",
        "CONSULT",
        "P_PUTIN",
    )


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        ("November 2015", None, "2015-11"),
        ("November 2015", "2016-08-16", "2015-11"),
        ("Aug. 16", "2016-08-16", "2016-08-16"),
        ("Aug. 16", None, None),
        ("September 30, 2014", None, "2014-09-30"),
        ("March 14th, 2025", None, "2025-03-14"),
        ("in 2019", None, "2019"),
        ("Feb. 30", "2024-01-01", None),
    ],
)
def test_event_dates_read_as_iso(text: str, doc_date: str | None, expected: str | None) -> None:
    from actorgraph.relations.modality import parse_event_date

    assert parse_event_date(text, doc_date) == expected


def test_a_date_stated_for_the_event_wins_over_the_document_date() -> None:
    doc = ag.Document(
        id="d",
        date="2016-08-16",
        text="In November 2015, Russian President Vladimir Putin met Ayatollah Ali Khamenei.",
    )
    rels = [r for r in ag.build([doc]).relations if r.type == "CONSULT"]
    assert rels and all(r.date == "2015-11" for r in rels)


def test_accused_of_doing_makes_the_accused_the_doer_and_the_accuser_the_source_of_the_claim() -> None:
    text = "Ukraine accused Russia of shelling the Zaporizhzhia nuclear plant."
    one(text, "UKR", "ACCUSE", "RUS")
    shelling = one(text, "RUS", "ASSAULT", "UKR")
    assert shelling.attributed_to == "UKR"


def test_a_short_place_name_locates_an_attack() -> None:
    one(
        "Israeli airstrikes killed 20 people in Gaza, Palestinian health officials said.",
        "ISR",
        "ASSAULT",
        "PSE",
    )


def test_a_reciprocal_verb_makes_the_event_mutual() -> None:
    rel = one("Armenia and Azerbaijan exchanged fire along their border.", "ARM", "ASSAULT", "AZE")
    assert not rel.directed


def test_receiving_a_leader_is_hosting_a_visit() -> None:
    rels = relations("Chinese President Xi Jinping received Brazilian President Lula in Beijing.")
    assert [(r.source_country, r.type, r.target_country) for r in rels] == [("CHN", "CONSULT", "BRA")]


def test_parties_that_agree_are_not_paired_with_the_broker() -> None:
    rels = relations("Israel and Hezbollah agreed to a ceasefire brokered by the United States.")
    agree = {frozenset((r.source_id, r.target_id)) for r in rels if r.type == "AGREE"}
    assert agree == {frozenset(("ISR", "HEZBOLLAH"))}


def test_welcoming_a_release_by_a_state_targets_that_state() -> None:
    one(
        "The United Kingdom welcomed the release of the detained aid workers by Iran.",
        "GBR",
        "SUPPORT",
        "IRN",
    )


def test_exchanging_barbs_is_not_cooperation() -> None:
    text = "The Turkish and French leaders had been exchanging angry barbs for weeks."
    assert [r for r in relations(text) if r.type == "COOPERATE"] == []
