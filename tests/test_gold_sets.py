"""The annotated sets shipped in ``tests/data`` are valid and do not overlap.

Each trains the learned models from a clone and are scored by ``benchmarks/accuracy.py``; a gold file
whose evidence is no longer in its story, or a story in two sets, would silently skew both.
"""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SETS = ("voa", "voa2", "voa3", "usgov", "voa4", "voa5", "voa6")


def _ids(name: str) -> list[str]:
    lines = (DATA / name / "stories.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["id"] for line in lines if line.strip()]


@pytest.mark.parametrize("name", SETS)
def test_gold_set_passes_the_reference_validator(name: str) -> None:
    folder = DATA / name
    corpus = str(folder / "stories.jsonl")
    done = subprocess.run(
        [sys.executable, str(DATA / "voa" / "check_gold.py"), str(folder / "gold"), "--corpus", corpus],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert done.stdout.rstrip().endswith(" 0 failing"), done.stdout[-500:]


@pytest.mark.parametrize("name", SETS)
def test_every_story_has_its_gold_file_and_no_other(name: str) -> None:
    gold = {p.name.removesuffix(".gold.json") for p in (DATA / name / "gold").glob("*.gold.json")}
    ids = _ids(name)
    assert len(ids) == len(set(ids))
    assert set(ids) == gold


def test_no_story_is_in_two_sets() -> None:
    sets = {name: set(_ids(name)) for name in SETS}
    assert all(sets.values())
    for a, b in combinations(SETS, 2):
        assert not sets[a] & sets[b], (a, b)


def test_no_story_is_annotated_twice() -> None:
    """Ids differ by set, so a story taken again shows by its page or its title."""
    seen: dict[str, str] = {}
    for name in SETS:
        for line in (DATA / name / "stories.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            story = json.loads(line)
            page = story["url"].split("://", 1)[-1].removeprefix("www.").rstrip("/")
            for key in (page, "title: " + story["title"].strip().lower()):
                assert key not in seen, (key, seen.get(key), story["id"])
                seen[key] = story["id"]
