"""Shared fixtures: the packaged model run once per session on real text."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from collections.abc import Callable
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


# --- construction tests: one sentence in, coded relations out ---------------------------------------


def _code(actor_id: str, actor_type: str, country: str | None) -> str:
    """A side as an event coder writes it: a state's code, or the state of a person or organ, or its id."""
    if actor_type == "country":
        return actor_id
    return country or actor_id


@functools.cache
def _relations_of(text: str) -> tuple[ag.Relation, ...]:
    return tuple(r for r in ag.build([ag.Document(id="s", text=text)]).relations if r.type != "AFFILIATION")


@pytest.fixture(scope="session")
def relations_of() -> Callable[[str], tuple[ag.Relation, ...]]:
    """The event relations (no affiliations) actorgraph finds in ``text``, cached per text."""
    return _relations_of


@pytest.fixture(scope="session")
def coded() -> Callable[[str], dict[str, set[str]]]:
    """``text`` -> {"SRC TYPE TGT": flags}: sides at state level (people and organs by their state,
    other actors by id), mutual relations both ways; flags among negated, hypothetical, reported."""

    def run(text: str) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for r in _relations_of(text):
            s = _code(r.source_id, r.source_type, r.source_country)
            t = _code(r.target_id, r.target_type, r.target_country)
            flags = {
                name
                for name, on in (
                    ("negated", r.negated),
                    ("hypothetical", r.hypothetical),
                    ("reported", r.attributed_to is not None),
                )
                if on
            }
            for a, b in ((s, t), (t, s)) if not r.directed else ((s, t),):
                out.setdefault(f"{a} {r.type} {b}", set()).update(flags)
        return out

    return run


@pytest.fixture(scope="session")
def expect(coded: Callable[[str], dict[str, set[str]]]) -> Callable[..., dict[str, set[str]]]:
    """Assert that ``text`` codes every relation in ``want`` and none in ``not_want`` ("SRC TYPE
    TGT", sides as :func:`coded` writes them; the message lists what was found); returns what it found."""

    def check(text: str, want: tuple[str, ...] = (), not_want: tuple[str, ...] = ()) -> dict[str, set[str]]:
        found = coded(text)
        missing = [w for w in want if w not in found]
        extra = [n for n in not_want if n in found]
        assert not missing and not extra, f"missing {missing}, unwanted {extra}; found {sorted(found)}"
        return found

    return check


@pytest.fixture(scope="session")
def sectored() -> Callable[[str], set[str]]:
    """``text`` -> {"SRC TYPE TGT"} with each side as its CAMEO-style code (country + sector:
    ``KENCOP``, ``SYRREB``, ``IRN``), mutual relations both ways."""

    def run(text: str) -> set[str]:
        out: set[str] = set()
        for r in _relations_of(text):
            s, t = r.source_code or r.source_id, r.target_code or r.target_id
            out.update(f"{a} {r.type} {b}" for a, b in ((s, t), (t, s) if not r.directed else (s, t)))
        return out

    return run


def _printed_under_seeds(code: str, seeds: tuple[str, ...]) -> list[str]:
    """What a Python snippet prints in a fresh interpreter under each ``PYTHONHASHSEED`` of ``seeds``."""
    return [
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in seeds
    ]


@pytest.fixture(scope="session")
def printed_under_seeds() -> Callable[[str, tuple[str, ...]], list[str]]:
    """``(code, seeds)`` -> what ``code`` prints under each hash seed: Python orders a set of strings
    by a per-process seed, so output that depends on such an order differs between the runs."""
    return _printed_under_seeds
