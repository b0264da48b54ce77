"""The library API: ``build``, ``from_dataframe`` and ``extract``, and the :class:`Result` they return.

The package is split by concern: :mod:`~actorgraph.api.inputs` (what a string in ``inputs`` is),
:mod:`~actorgraph.api.result` (:class:`Result` and its views) and :mod:`~actorgraph.api.builders`
(``build``, ``from_dataframe``, ``extract``).
"""

from __future__ import annotations

from actorgraph.api.builders import build, extract, from_dataframe
from actorgraph.api.inputs import Input
from actorgraph.api.result import Result, merge_actors

__all__ = ["Input", "Result", "build", "extract", "from_dataframe", "merge_actors"]
