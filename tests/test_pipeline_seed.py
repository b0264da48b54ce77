"""The whole pipeline on the seed article (Al-Monitor, 16 Aug 2016), checked against its gold graph."""

from __future__ import annotations

import pytest

import actorgraph as ag

pytestmark = pytest.mark.seed


def _actor(result: ag.Result, name: str) -> ag.Actor:
    for a in result.actors:
        if a.name == name:
            return a
    for a in result.actors:
        if name in a.aliases:
            return a
    raise AssertionError(f"no actor named {name!r}; have {sorted(a.name for a in result.actors)}")


def _relations(
    result: ag.Result, a: str, b: str, types: set[str], *, directed: bool = False
) -> list[ag.Relation]:
    ids = {_actor(result, a).id}, {_actor(result, b).id}
    out = []
    for r in result.relations:
        if r.type not in types:
            continue
        forward = r.source_id in ids[0] and r.target_id in ids[1]
        backward = r.source_id in ids[1] and r.target_id in ids[0]
        if forward or (backward and not directed):
            out.append(r)
    return out


@pytest.mark.parametrize(
    ("name", "type_", "country"),
    [
        ("Iran", "country", "IRN"),
        ("Russia", "country", "RUS"),
        ("Syria", "country", "SYR"),
        ("Iraq", "country", "IRQ"),
        ("United Kingdom", "country", "GBR"),
        ("Hezbollah", "armed_group", None),
        ("Islamic State", "armed_group", None),
        ("al-Qaeda", "armed_group", None),
        ("Ali Shamkhani", "person", "IRN"),
        ("Vladimir Putin", "person", "RUS"),
        ("Bashar al-Assad", "person", "SYR"),
        ("Faleh Fayaz", "person", "IRQ"),
    ],
)
def test_seed_actor_is_found_with_type_and_state(
    seed_result: ag.Result, name: str, type_: str, country: str | None
) -> None:
    actor = _actor(seed_result, name)
    assert actor.type == type_
    if country:
        assert actor.country == country


def test_capitals_and_demonyms_merge_into_their_state(seed_result: ag.Result) -> None:
    iran, russia = _actor(seed_result, "Iran"), _actor(seed_result, "Russia")
    assert {"Tehran", "Iranian"} <= set(iran.aliases)
    assert {"Moscow", "Russian"} <= set(russia.aliases)
    names = {a.name for a in seed_result.actors}
    assert not names & {"Tehran", "Moscow", "Iranian", "Russian"}


def test_surname_mentions_join_the_full_name(seed_result: ag.Result) -> None:
    shamkhani = _actor(seed_result, "Ali Shamkhani")
    assert "Shamkhani" in shamkhani.aliases
    assert shamkhani.mentions >= 6
    assert not [a for a in seed_result.actors if a.name == "Shamkhani"]


@pytest.mark.parametrize(
    "chrome",
    ["Reuters", "REUTERS", "Handout", "AUTHENTICITY", "Al-Monitor", "PRO", "Q&A", "Briefing", "Member"],
)
def test_page_chrome_gives_no_actor(seed_result: ag.Result, chrome: str) -> None:
    offenders = [a.name for a in seed_result.actors if chrome in a.name or chrome in a.aliases]
    assert offenders == []


def test_iran_russia_cooperation_from_the_noun_phrase(seed_result: ag.Result) -> None:
    rels = _relations(seed_result, "Iran", "Russia", {"COOPERATE"})
    sentences = " ".join(r.sentence for r in rels)
    assert "Cooperation between Tehran and Moscow" in sentences
    assert all(not r.directed for r in rels)


@pytest.mark.parametrize(
    ("a", "b", "phrase"),
    [
        ("Ali Shamkhani", "Faleh Fayaz", "Shamkhani also met Aug. 16 with Faleh Fayaz"),
        ("Vladimir Putin", "Ali Khamenei", "met with Supreme Leader Ayatollah Ali Khamenei"),
    ],
)
def test_meetings_are_consult_relations_with_their_sentence(
    seed_result: ag.Result, a: str, b: str, phrase: str
) -> None:
    rels = _relations(seed_result, a, b, {"CONSULT"})
    assert rels, f"no CONSULT between {a} and {b}"
    assert any(phrase in r.sentence for r in rels)
    assert all(r.quad_class == 1 and r.cameo_root == "04" for r in rels)


def test_airstrikes_are_russian_assaults_on_the_syrian_opposition(seed_result: ag.Result) -> None:
    rels = _relations(seed_result, "Russia", "Syrian opposition", {"ASSAULT"}, directed=True)
    rels += _relations(seed_result, "Russia", "Islamic State", {"ASSAULT"}, directed=True)
    assert any("airstrikes against Syrian militants" in r.sentence for r in rels)
    assert all(r.quad_class == 4 for r in rels)


def test_the_arrest_is_iranian_coercion_or_accusation_of_britain(seed_result: ag.Result) -> None:
    rels = _relations(seed_result, "Iran", "United Kingdom", {"COERCE", "ACCUSE"}, directed=True)
    assert any(
        "arrested a dual citizen on spying charges for British intelligence" in r.sentence for r in rels
    )


def test_evidence_offsets_point_at_the_sentence(seed_result: ag.Result, seed_path) -> None:  # type: ignore[no-untyped-def]
    text = seed_path.read_text(encoding="utf-8")
    for r in seed_result.relations:
        assert text[r.char_start : r.char_end] == r.sentence
        assert r.predicate.split()[0] in r.sentence


def test_the_two_countries_would_expand_ties_is_hypothetical(seed_result: ag.Result) -> None:
    rels = _relations(seed_result, "Iran", "Russia", {"COOPERATE"})
    expand = [r for r in rels if "expand their military and economic ties" in r.sentence]
    assert expand and all(r.hypothetical for r in expand)


def test_reported_speech_is_attributed_to_the_speaker(seed_result: ag.Result) -> None:
    shamkhani = _actor(seed_result, "Ali Shamkhani")
    quoted = [r for r in seed_result.relations if "Cooperation between Tehran and Moscow" in r.sentence]
    assert quoted and all(r.attributed_to == shamkhani.id for r in quoted)


def test_affiliations_link_people_to_their_states(seed_result: ag.Result) -> None:
    pairs = {(r.source_id, r.target_id) for r in seed_result.relations if r.type == "AFFILIATION"}
    for person, state in [("Ali Shamkhani", "Iran"), ("Vladimir Putin", "Russia"), ("Faleh Fayaz", "Iraq")]:
        assert (_actor(seed_result, person).id, _actor(seed_result, state).id) in pairs


def test_the_saved_page_title_is_the_headline_not_the_page_chrome(seed_result: ag.Result) -> None:
    assert seed_result.documents[0].title == "Iran official: Moscow and Tehran are in 'strategic cooperation'"
