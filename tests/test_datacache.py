"""Tests of actorgraph.datacache: what a start parses from the data files is kept on disk, safely."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph import datacache
from actorgraph.actors import gazetteer
from actorgraph.datacache import cached
from actorgraph.relations import lexicon

SAME = (lambda v: v), (lambda v: v)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ACTORGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


class Builds:
    """A build function that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_an_entry_is_read_back_instead_of_built(folder: Path) -> None:
    build = Builds({("expel", "verb"): ("expel", "verb", "SANCTION", 1.5, ("dobj",), False)})
    first = cached("demo", [b"lexicon v1"], build, *SAME)
    again = cached("demo", [b"lexicon v1"], build, *SAME)
    assert first == again == build.value
    assert build.calls == 1
    assert len(list(folder.glob("demo-*.marshal"))) == 1


def test_changed_inputs_are_never_served_stale(folder: Path) -> None:
    cached("demo", [b"lexicon v1"], Builds({"expel": "SANCTION"}), *SAME)
    assert cached("demo", [b"lexicon v2"], Builds({"expel": "COERCE"}), *SAME) == {"expel": "COERCE"}
    assert cached("demo", [b"lexicon v1"], Builds({}), *SAME) == {"expel": "SANCTION"}


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_corrupt_entry_is_rebuilt_silently(folder: Path, damage: str) -> None:
    cached("demo", [b"v1"], Builds({"Chad": ("TCD", "GPE")}), *SAME)
    [entry] = folder.glob("demo-*.marshal")
    blob = entry.read_bytes()
    entry.write_bytes(
        {
            "truncate": blob[: len(blob) // 2],
            "flip": blob[:-3] + bytes([blob[-3] ^ 0x40]) + blob[-2:],
            "garbage": b"\x00not marshal at all",
            "empty": b"",
        }[damage]
    )
    build = Builds({"Chad": ("TCD", "GPE")})
    assert cached("demo", [b"v1"], build, *SAME) == {"Chad": ("TCD", "GPE")}
    assert build.calls == 1
    assert cached("demo", [b"v1"], Builds(None), *SAME) == {"Chad": ("TCD", "GPE")}  # rewritten whole


def test_a_folder_that_cannot_be_written_only_means_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ACTORGRAPH_CACHE_DIR", str(blocker / "cache"))
    build = Builds({"Niger": "NER"})
    assert cached("demo", [b"v1"], build, *SAME) == {"Niger": "NER"}
    assert cached("demo", [b"v1"], build, *SAME) == {"Niger": "NER"}
    assert build.calls == 2


def test_the_folder_follows_xdg_then_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ACTORGRAPH_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert datacache.cache_dir() == tmp_path / "xdg" / "actorgraph"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert datacache.cache_dir() == tmp_path / ".cache" / "actorgraph"


def test_the_lexicon_and_gazetteer_read_back_equal_what_was_parsed(folder: Path) -> None:
    built = lexicon._builtin()
    assert lexicon._load(datacache.marshal.loads(datacache.marshal.dumps(lexicon._dump(built)))) == built
    gaz = gazetteer._builtin()
    back = gazetteer._load(datacache.marshal.loads(datacache.marshal.dumps(gazetteer._dump(gaz))))
    assert back.actors == gaz.actors and back._forms == gaz._forms and back.surnames == gaz.surnames
    assert back.lookup("Kenyan") == gaz.lookup("Kenyan") is not None


START = """
import json, sys
from actorgraph.model import Document
from actorgraph.pipeline import run
text = "Kenya accused the UN of ignoring Somalia. Chad thanked N.A.T.O. on Monday."
[r] = run([Document(id="a", text=text)])
print(json.dumps(sorted((x.source_id, x.type, x.target_id) for x in r.relations)))
"""


def _start(env: dict[str, str], cwd: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", START], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_a_cold_a_warm_and_an_unwritable_cache_give_the_same_results(tmp_path: Path) -> None:
    """Three starts: the first writes the cache, the second reads it, and one with an unwritable
    home (``/proc/self`` takes no folder, even for root) parses as before; nothing else is written."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"ACTORGRAPH_CACHE_DIR", "XDG_CACHE_HOME"}}
    cold = _start({**env, "HOME": str(home)}, tmp_path)
    entries = sorted(p.name.split("-")[0] for p in (home / ".cache" / "actorgraph").iterdir())
    assert entries == ["gazetteer", "lexicon", "matcher"]
    warm = _start({**env, "HOME": str(home)}, tmp_path)
    unwritable = _start({**env, "HOME": "/proc/self"}, tmp_path)
    assert cold == warm == unwritable
    assert ["KEN", "ACCUSE", "UN"] in json.loads(cold)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]
    assert [p.name for p in home.iterdir()] == [".cache"]
