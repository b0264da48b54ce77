"""Learned components on top of the rules: linear models stored as JSON, applied in pure Python.

``model`` holds the generic model classes (binary and multinomial logistic), ``features`` the
features of two actors named in one sentence, ``pairs`` the candidate pairs the rules did not relate
and the pair model that adds some of them. Training (scikit-learn) lives in ``scripts/``, never here.
"""

from actorgraph.relations.learned.model import LinearModel, SoftmaxModel, load_models, save_models

__all__ = ["LinearModel", "SoftmaxModel", "load_models", "save_models"]
