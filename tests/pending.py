"""Test rows as parameters, with the ones a known gap still breaks marked as strict xfails.

A construction test file keeps its sentences in plain lists of tuples, and a ``PENDING`` table
{a phrase of the sentence: why it still fails}. A strict xfail turns into a failure as soon as the gap
is closed, so the table cannot go stale.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pytest


def marked(rows: Iterable[tuple[Any, ...]], pending: Mapping[str, str]) -> list[Any]:
    """Each row as a ``pytest.param``, strict xfail where its sentence (first item) holds a key of
    ``pending``, with that key's reason."""
    out: list[Any] = []
    for row in rows:
        reason = next((why for key, why in pending.items() if key in row[0]), None)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(*row, marks=marks))
    return out
