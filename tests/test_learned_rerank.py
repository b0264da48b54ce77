"""The reranker of the rules' own edges (``relations.learned.rerank``), on sentences of our own.

The reranker is measured by ``benchmarks/rerank_cv.py`` and does not beat the rules on held-out
sets, so the pipeline does not run it and no model file ships: these tests hold what it is (its
features on real parses, its decisions given a model, that at threshold 0 it is the rules' output)
and the wrong-sense readings it was meant to remove, which the rules still make (strict xfail).
"""

from __future__ import annotations

from functools import cache

import pytest

import actorgraph as ag
from actorgraph.actors.gazetteer import load_gazetteer
from actorgraph.actors.resolve import DocActors, resolve_actors
from actorgraph.nlp import load_pipeline
from actorgraph.relations import load_lexicon
from actorgraph.relations.candidates import Candidate
from actorgraph.relations.extract import extract_candidates
from actorgraph.relations.learned.model import LinearModel, SoftmaxModel
from actorgraph.relations.learned.rerank import NO_TYPE, Reranker, rerank_features


@cache
def _tools() -> tuple[object, object, object]:
    return load_pipeline(), load_gazetteer(), load_lexicon()


def _candidates(text: str) -> tuple[list[Candidate], list[dict[str, float]]]:
    nlp, gazetteer, lexicon = _tools()
    actors: DocActors = resolve_actors(nlp(text), gazetteer)  # type: ignore[operator,arg-type]
    cands = extract_candidates(actors, lexicon)  # type: ignore[arg-type]
    return cands, rerank_features(cands, actors, lexicon)  # type: ignore[arg-type]


def _events(text: str) -> set[tuple[str, str, str]]:
    return {
        (r.source_name, r.type, r.target_name) for r in ag.build([text]).relations if r.type != "AFFILIATION"
    }


CLEAR = [
    ("Indonesia's president met Malaysia's prime minister in Jakarta on Tuesday.", "CONSULT"),
    ("Kenya accused Somalia of harbouring militants near the border.", "ACCUSE"),
    ("Norway imposed sanctions on Iran over its nuclear programme.", "SANCTION"),
    ("Vietnam condemned China's deployment of an oil rig in disputed waters.", "ACCUSE"),
    ("Poland sent military aid to Ukraine last week.", "AID"),
]


def test_features_describe_the_rule_edge_and_are_deterministic() -> None:
    text = "Kenya accused Somalia of harbouring militants near the border."
    cands, features = _candidates(text)
    again = _candidates(text)[1]
    assert [c.trigger.plover for c in cands] == ["ACCUSE"]
    assert features == again
    f = features[0]
    assert f["type=ACCUSE"] == 1.0 and f["trigger=accuse|ACCUSE"] == 1.0
    assert f["s_role=nsubj"] == 1.0 and f["t_role=dobj"] == 1.0
    assert f["types=country>country"] == 1.0 and f["pair_edges=<=1"] == 1.0
    assert all(v == 1.0 for v in f.values())
    # no actor's name is a feature: only types, roles, lemmas of triggers and anchors
    assert not any("Kenya" in name or "Somalia" in name for name in f)


def test_a_side_found_outside_the_sentence_is_marked_absent() -> None:
    text = "Ecuador recalled its ambassador on Friday. It also accused Peru of interfering in the election."
    cands, features = _candidates(text)
    accused = [f for c, f in zip(cands, features, strict=True) if (c.source, c.target) == ("ECU", "PER")]
    assert accused and all(f.get("s_absent") == 1.0 and "s_role=nsubj" not in f for f in accused)
    assert all("t_role=dobj" in f for f in accused)


@pytest.mark.parametrize(("text", "kind"), CLEAR)
def test_threshold_zero_keeps_the_rules_edges_unchanged(text: str, kind: str) -> None:
    cands, features = _candidates(text)
    assert kind in {c.trigger.plover for c in cands}
    assert Reranker(LinearModel({}, threshold=0.0)).rerank(cands, features) == cands


def test_the_pair_model_drops_the_edges_below_its_threshold() -> None:
    cands, features = _candidates(
        "Argentina agreed to take its grievance against Uruguay to the World Trade Organization."
    )
    assert {c.trigger.plover for c in cands} == {"AGREE"}
    # a model that judges every AGREE made by a control verb improbable drops them, nothing else
    model = LinearModel({"type=AGREE": -3.0}, intercept=1.0, threshold=0.5)
    assert Reranker(model).rerank(cands, features) == []
    clear, clear_features = _candidates(CLEAR[1][0])
    assert Reranker(model).rerank(clear, clear_features) == clear


def test_a_second_type_is_added_once_per_pair_and_never_the_no_type_class() -> None:
    cands, features = _candidates(CLEAR[1][0])
    keep = LinearModel({}, threshold=0.0)
    types = SoftmaxModel(
        (NO_TYPE, "COERCE", "ACCUSE"),
        {NO_TYPE: {"bias_edge": 5.0}, "COERCE": {"type=ACCUSE": 4.0}, "ACCUSE": {"type=ACCUSE": 4.5}},
    )
    # ACCUSE is the edge's own type and NONE is no type: COERCE (p ~ 0.19) is the only candidate
    out = Reranker(keep, types, second_type=0.15).rerank(cands, features)
    assert [c.trigger.plover for c in out] == ["ACCUSE", "COERCE"]
    assert (out[1].source, out[1].target, out[1].sentence) == (
        cands[0].source,
        cands[0].target,
        cands[0].sentence,
    )
    assert Reranker(keep, types, second_type=0.2).rerank(cands, features) == cands


@pytest.mark.parametrize(("text", "kind"), CLEAR)
def test_clear_edges_of_the_rules_stay(text: str, kind: str) -> None:
    assert any(t == kind for _, t, _ in _events(text))


WRONG_SENSE = [
    ("Argentina agreed to take its grievance against Uruguay to the World Trade Organization.", "Uruguay"),
    ("The Philippines pledged on Monday to raise its dispute with China at the United Nations.", "China"),
    ("Ethiopia vowed to take its quarrel with Egypt over the dam to the African Union.", "Egypt"),
    (
        "Colombia agreed to bring its complaint about Venezuela to the Organization of American States.",
        "Venezuela",
    ),
    ("Lithuania decided to take its trade dispute with China to the World Trade Organization.", "China"),
]


@pytest.mark.xfail(
    strict=True,
    reason="the rules read a commitment to pursue a grievance as an agreement or cooperation with its "
    "adversary; the learned reranker meant to drop such edges does not transfer to held-out sets "
    "(benchmarks/rerank_cv.py), so it is off",
)
@pytest.mark.parametrize(("text", "adversary"), WRONG_SENSE)
def test_pursuing_a_grievance_is_no_agreement_with_the_adversary(text: str, adversary: str) -> None:
    assert not {(s, t, o) for s, t, o in _events(text) if adversary in (s, o) and t in {"AGREE", "COOPERATE"}}
