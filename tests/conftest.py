"""Shared fixtures: the packaged model run once per session on real text."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import actorgraph as ag

DATA = Path(__file__).parent / "data"
SHARED = Path(os.environ.get("ACTORGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SEED = SHARED / "seed" / "al-monitor-2016-08-16-iran-russia.txt"
SEED_GOLD = SHARED / "dev" / "seed.gold.json"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The copyrighted seed article, which only lives in ../shared (CI has it)."""
    if not SEED.exists():
        pytest.skip(f"seed article absent: {SEED} (it is not redistributed; set ACTORGRAPH_SHARED)")
    return SEED


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    if not SEED_GOLD.exists():
        pytest.skip(f"seed gold graph absent: {SEED_GOLD}")
    data: dict[str, Any] = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def seed_result(seed_path: Path) -> ag.Result:
    return ag.build([seed_path])


@pytest.fixture(scope="session")
def plover_records() -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for line in (DATA / "plover_dev.jsonl").read_text(encoding="utf-8").splitlines()
        if line
    ]


@pytest.fixture(scope="session")
def voa_result() -> ag.Result:
    return ag.build([DATA / "voa_sample.jsonl"])
