"""The generic linear models of ``relations.learned.model``: JSON round trip, determinism, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from actorgraph.errors import DataFileError
from actorgraph.relations.learned.model import LinearModel, SoftmaxModel, load_models, save_models


def test_binary_model_scores_a_logistic_of_the_known_features() -> None:
    m = LinearModel({"a": 1.0, "b": -2.0}, intercept=0.5, threshold=0.6)
    assert m.score({}) == pytest.approx(0.6224593)
    assert m.score({"a": 1.0, "unknown": 5.0}) == pytest.approx(0.8175745)
    assert m.accepts({"a": 1.0}) and not m.accepts({"b": 1.0})


def test_softmax_probabilities_sum_to_one_and_pick_the_heaviest_class() -> None:
    m = SoftmaxModel(("ACCUSE", "CONSULT"), {"ACCUSE": {"blame": 2.0}, "CONSULT": {"meet": 2.0}})
    assert m.predict({"meet": 1.0})[0] == "CONSULT"
    assert sum(m.probabilities({"blame": 1.0}).values()) == pytest.approx(1.0)
    assert m.predict({})[0] == "ACCUSE"  # a tie goes to the first class


def test_models_round_trip_through_json_unchanged(tmp_path: Path) -> None:
    pair = LinearModel({"x": 0.25, "y": -1.5}, -0.75, 0.4, {"note": "t"})
    types = SoftmaxModel(("AGREE", "ASSAULT"), {"AGREE": {"x": 1.0}, "ASSAULT": {}}, {"AGREE": 0.1})
    path = tmp_path / "m.json"
    save_models(path, {"pair": pair, "type": types}, {"trained_on": {"t": 1}})
    loaded = load_models(path)
    assert loaded["pair"] == pair
    assert loaded["type"] == SoftmaxModel(types.classes, types.weights, {"AGREE": 0.1, "ASSAULT": 0.0})
    assert LinearModel.load(path, "pair").score({"x": 1.0}) == pair.score({"x": 1.0})
    assert json.loads(path.read_text(encoding="utf-8"))["provenance"] == {"trained_on": {"t": 1}}


def test_scores_do_not_depend_on_the_order_of_the_features() -> None:
    weights = {f"f{i}": (-1) ** i * 0.1 * i for i in range(50)}
    m = LinearModel(weights, 0.3)
    forward = {f"f{i}": 1.0 for i in range(50)}
    backward = dict(reversed(list(forward.items())))
    assert m.score(forward) == m.score(backward)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("not json", "cannot read"),
        ('{"format": 99, "models": {}}', "not an actorgraph model file"),
        ('{"format": 1, "models": {"p": {"kind": "tree"}}}', "unknown kind"),
        ('{"format": 1, "models": {"p": {"kind": "binary"}}}', "malformed"),
    ],
)
def test_a_bad_model_file_is_one_error_naming_it(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=reason) as info:
        load_models(path)
    assert str(path) in str(info.value)


def test_a_missing_named_model_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    save_models(path, {"type": SoftmaxModel(("A",), {"A": {}})}, {})
    with pytest.raises(DataFileError, match="no binary model named 'pair'"):
        LinearModel.load(path, "pair")
