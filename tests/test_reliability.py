"""Issue 12, as a user meets it: nothing lost, nothing spoofed, no traceback.

Each test runs the installed ``actorgraph`` command on a case that once crashed it, lost good
documents or produced wrong output without a word. A bad document is reported on its own line
(naming the file and the reason) and skipped; the others still come out; the exit status is 1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
VOA = DATA / "voa_sample.jsonl"

GOOD = "France criticized Germany over the trade deal on Monday."


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "actorgraph", *args],
        capture_output=True,
        input=stdin,
        cwd=cwd,
        timeout=600,
        env={**os.environ, **(env or {})},
    )
    return subprocess.CompletedProcess(
        proc.args,
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr, proc.stderr


def errors_of(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return [
        line for line in proc.stderr.splitlines() if line.startswith("error: ") and "skipped, see" not in line
    ]


def doc_ids(jsonl: str) -> set[str]:
    return {json.loads(line)["doc_id"] for line in jsonl.splitlines() if line.strip()}


@pytest.fixture
def emoji_batch(tmp_path: Path) -> Path:
    """Three records; the second has half an emoji (a lone surrogate) in its title."""
    lines = [
        json.dumps({"id": "a", "text": GOOD}),
        '{"id": "b", "title": "Talks \\ud83d", "text": "Russia attacked Ukraine on Monday."}',
        json.dumps({"id": "c", "text": "Iran and Russia signed a military cooperation agreement."}),
    ]
    path = tmp_path / "emoji.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- losses and crashes ---------------------------------------------------------------------------


def test_a_lone_surrogate_record_is_skipped_by_extract(emoji_batch: Path) -> None:
    proc = run("extract", str(emoji_batch))
    no_traceback(proc)
    assert proc.returncode == 1
    [error] = errors_of(proc)
    assert f"{emoji_batch}:2" in error and "surrogate" in error
    assert doc_ids(proc.stdout) == {"a", "c"}


def test_a_lone_surrogate_record_does_not_empty_the_page(emoji_batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    proc = run("build", str(emoji_batch), "-o", str(out))
    no_traceback(proc)
    assert proc.returncode == 1
    assert "2 documents" in proc.stderr
    assert out.stat().st_size > 10_000


def test_a_lone_surrogate_record_does_not_stop_add_and_a_rerun_goes_past_it(
    emoji_batch: Path, tmp_path: Path
) -> None:
    db = tmp_path / "s.db"
    first = run("add", str(emoji_batch), "--db", str(db))
    no_traceback(first)
    assert first.returncode == 1
    assert "2 documents added" in first.stderr and "1 failed" in first.stderr
    again = run("add", str(emoji_batch), "--db", str(db))
    no_traceback(again)
    assert "0 documents added" in again.stderr and "2 already stored" in again.stderr


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_non_utf8_stdin_is_reported_and_the_good_files_still_come_out(tmp_path: Path, locale: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    stdin = "Le président a rencontré".encode("latin-1")
    proc = run("extract", str(good), "-", stdin=stdin, env={"LC_ALL": locale, "PYTHONUTF8": "0"})
    no_traceback(proc)
    assert proc.returncode == 1
    [error] = errors_of(proc)
    assert "<stdin>" in error and "byte 0xe9" in error
    assert len(doc_ids(proc.stdout)) == 1


def test_a_symlink_loop_does_not_stop_the_walk(tmp_path: Path) -> None:
    root = tmp_path / "news"
    (root / "a").mkdir(parents=True)
    (root / "z").mkdir()
    (root / "a" / "first.txt").write_text(GOOD, encoding="utf-8")
    (root / "z" / "last.txt").write_text("Iran and Russia signed a military agreement.", encoding="utf-8")
    (root / "b1").symlink_to(root / "b2")
    (root / "b2").symlink_to(root / "b1")
    proc = run("extract", str(root))
    no_traceback(proc)
    assert proc.returncode == 1
    assert len(errors_of(proc)) == 2
    assert len(doc_ids(proc.stdout)) == 2


# --- wrong output without a word ------------------------------------------------------------------


def test_a_missing_path_of_many_words_is_an_error_not_article_text(tmp_path: Path) -> None:
    proc = run("extract", "Russia attacked Ukraine on the border today", cwd=tmp_path)
    no_traceback(proc)
    assert proc.returncode == 1
    assert proc.stdout == ""
    [error] = errors_of(proc)
    assert error.startswith("error: Russia attacked Ukraine on the border today: no such file or directory")


def test_a_late_nul_byte_is_rejected_like_an_early_one(tmp_path: Path) -> None:
    late = tmp_path / "late.txt"
    late.write_bytes(((GOOD + " ") * 200).encode() + b"\x00 Mali accused Algeria.")
    proc = run("extract", str(late))
    no_traceback(proc)
    assert proc.returncode == 1
    [error] = errors_of(proc)
    assert error.startswith(f"error: {late}: binary file, not text")
