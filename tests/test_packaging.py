"""Dependencies: compatible ranges in pyproject.toml, their floors tested, the exact set locked."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(not (ROOT / "pyproject.toml").is_file(), reason="needs the source tree")


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    out = [Requirement(r) for r in project["dependencies"]]
    for name, extra in project["optional-dependencies"].items():
        if name not in ("test", "dev"):
            out += [Requirement(r) for r in extra]
    return out


def _pins(name: str) -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in (ROOT / "constraints" / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            req = Requirement(line)
            (spec,) = req.specifier
            assert spec.operator == "==", line
            pins[canonicalize_name(req.name)] = Version(spec.version)
    return pins


def test_runtime_dependencies_are_ranges_with_a_floor() -> None:
    """No exact pins: each dependency names a lowest version (and at most an upper bound)."""
    for req in _requirements():
        operators = {s.operator for s in req.specifier}
        assert ">=" in operators and "==" not in operators, str(req)


def test_the_floor_constraints_are_the_floors_of_pyproject() -> None:
    """constraints/floors.txt pins every dependency at exactly its declared lowest version."""
    floors = _pins("floors.txt")
    for req in _requirements():
        (floor,) = [Version(s.version) for s in req.specifier if s.operator == ">="]
        assert floors.get(canonicalize_name(req.name)) == floor, f"{req.name}: floors.txt is not {floor}"


def test_the_lock_pins_every_dependency_inside_its_range() -> None:
    """constraints/lock.txt (what demo.sh, test.sh and CI install) satisfies pyproject's ranges."""
    lock = _pins("lock.txt")
    for req in _requirements():
        version = lock.get(canonicalize_name(req.name))
        assert version is not None, f"{req.name} is not in constraints/lock.txt"
        assert req.specifier.contains(version), f"{req.name}=={version} is outside {req.specifier}"


def test_the_scripts_install_from_the_lock() -> None:
    """demo.sh and test.sh go through scripts/setup.sh, which installs with the lock as constraints."""
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "constraints/lock.txt" in setup and '-c "$CONSTRAINTS"' in setup
    for script in ("demo.sh", "test.sh"):
        assert "scripts/setup.sh" in (ROOT / script).read_text(encoding="utf-8"), script
    assert "scripts/test_floors.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
