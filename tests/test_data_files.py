"""The packaged JSON data read as its authors wrote it: no key given twice.

``json`` keeps the last of two equal keys without a word, so a list appended under a name that
already existed silently replaced the first (round 9: a second ``leader_offices`` in
``grammar.json`` hid the newer list of offices).
"""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest


def _duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    twice = sorted(k for k, n in Counter(k for k, _ in pairs).items() if n > 1)
    assert not twice, f"keys given twice: {twice}"
    return dict(pairs)


@pytest.mark.parametrize("name", ["grammar.json", "gazetteer_tokens.json"])
def test_packaged_json_gives_no_key_twice(name: str) -> None:
    text = resources.files("actorgraph").joinpath("data", name).read_text(encoding="utf-8")
    json.loads(text, object_pairs_hook=_duplicates)
