"""Linear models stored as JSON and applied in pure Python (no scikit-learn, no pickle at run time).

A model file holds named models, each a binary logistic model (``kind: "binary"``: one weight per
feature name, an intercept and a decision threshold) or a multinomial one (``kind: "multinomial"``:
per class a weight per feature and an intercept), and the provenance of the whole file (which sets
trained it, how many documents, the commit, the cross-validation figures). Features are sparse: a
mapping of feature name to value, absent names count as zero and names the model does not know are
ignored, so that a feature seen in no training document can never move a score.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actorgraph.errors import DataFileError

__all__ = ["FORMAT", "LinearModel", "SoftmaxModel", "load_models", "save_models"]

#: Version of the model file's layout.
FORMAT = 1


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _dot(weights: Mapping[str, float], features: Mapping[str, float]) -> float:
    # summed in the order of the features' sorted names: the same float whatever the dict order
    return math.fsum(weights.get(name, 0.0) * value for name, value in sorted(features.items()))


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A binary logistic model: ``score`` is the probability of the positive class.

    Examples
    --------
    >>> m = LinearModel({"verb": 2.0, "far": -1.0}, intercept=-1.0, threshold=0.5)
    >>> round(m.score({"verb": 1.0}), 3), m.accepts({"verb": 1.0}), m.accepts({"far": 1.0})
    (0.731, True, False)
    """

    weights: Mapping[str, float]
    intercept: float = 0.0
    threshold: float = 0.5
    meta: Mapping[str, Any] = field(default_factory=dict)

    def score(self, features: Mapping[str, float]) -> float:
        """The probability of the positive class for ``features`` (name -> value)."""
        return _sigmoid(self.intercept + _dot(self.weights, features))

    def accepts(self, features: Mapping[str, float]) -> bool:
        """Whether the score reaches the model's threshold."""
        return self.score(features) >= self.threshold

    def to_dict(self) -> dict[str, Any]:
        """The model as plain JSON values (weights sorted by name)."""
        return {
            "kind": "binary",
            "intercept": self.intercept,
            "threshold": self.threshold,
            "weights": dict(sorted(self.weights.items())),
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinearModel:
        """The model written by :meth:`to_dict`."""
        return cls(
            {str(k): float(v) for k, v in data["weights"].items()},
            float(data.get("intercept", 0.0)),
            float(data.get("threshold", 0.5)),
            dict(data.get("meta", {})),
        )

    @classmethod
    def load(cls, path: str | Path, name: str) -> LinearModel:
        """The binary model ``name`` of the model file at ``path``."""
        model = load_models(path).get(name)
        if not isinstance(model, LinearModel):
            raise DataFileError(f"{path}: no binary model named {name!r}")
        return model


@dataclass(frozen=True, slots=True)
class SoftmaxModel:
    """A multinomial logistic model over ``classes``.

    Examples
    --------
    >>> m = SoftmaxModel(("AGREE", "ASSAULT"), {"AGREE": {"sign": 1.5}, "ASSAULT": {"strike": 2.0}})
    >>> m.predict({"strike": 1.0})[0], round(sum(m.probabilities({"sign": 1.0}).values()), 6)
    ('ASSAULT', 1.0)
    """

    classes: tuple[str, ...]
    weights: Mapping[str, Mapping[str, float]]
    intercepts: Mapping[str, float] = field(default_factory=dict)
    meta: Mapping[str, Any] = field(default_factory=dict)

    def probabilities(self, features: Mapping[str, float]) -> dict[str, float]:
        """Each class's probability for ``features``."""
        z = {c: self.intercepts.get(c, 0.0) + _dot(self.weights.get(c, {}), features) for c in self.classes}
        top = max(z.values())
        e = {c: math.exp(v - top) for c, v in z.items()}
        total = math.fsum(e.values())
        return {c: v / total for c, v in e.items()}

    def predict(self, features: Mapping[str, float]) -> tuple[str, float]:
        """The most probable class and its probability (ties: the first class)."""
        probs = self.probabilities(features)
        best = max(self.classes, key=lambda c: (probs[c], -self.classes.index(c)))
        return best, probs[best]

    def to_dict(self) -> dict[str, Any]:
        """The model as plain JSON values."""
        return {
            "kind": "multinomial",
            "classes": list(self.classes),
            "intercepts": {c: self.intercepts.get(c, 0.0) for c in self.classes},
            "weights": {c: dict(sorted(self.weights.get(c, {}).items())) for c in self.classes},
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SoftmaxModel:
        """The model written by :meth:`to_dict`."""
        classes = tuple(str(c) for c in data["classes"])
        return cls(
            classes,
            {c: {str(k): float(v) for k, v in data["weights"].get(c, {}).items()} for c in classes},
            {c: float(data.get("intercepts", {}).get(c, 0.0)) for c in classes},
            dict(data.get("meta", {})),
        )


def load_models(path: str | Path) -> dict[str, LinearModel | SoftmaxModel]:
    """Every model of the JSON model file at ``path``, by name.

    Raises :class:`~actorgraph.errors.DataFileError` naming the file when it cannot be read or is
    not a model file of this format.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read the model file ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("models"), dict):
        raise DataFileError(f"{path}: not an actorgraph model file of format {FORMAT}")
    models: dict[str, LinearModel | SoftmaxModel] = {}
    try:
        for name, spec in data["models"].items():
            kind = spec.get("kind")
            if kind == "binary":
                models[name] = LinearModel.from_dict(spec)
            elif kind == "multinomial":
                models[name] = SoftmaxModel.from_dict(spec)
            else:
                raise DataFileError(f"{path}: model {name!r} has unknown kind {kind!r}")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataFileError(f"{path}: malformed model ({exc!r})") from None
    return models


def save_models(
    path: str | Path, models: Mapping[str, LinearModel | SoftmaxModel], provenance: Mapping[str, Any]
) -> None:
    """Write ``models`` and their ``provenance`` as one model file (stable, sorted JSON)."""
    data = {
        "format": FORMAT,
        "provenance": dict(provenance),
        "models": {name: m.to_dict() for name, m in sorted(models.items())},
    }
    Path(path).write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
