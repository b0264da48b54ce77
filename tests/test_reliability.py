"""Issue 12, as a user meets it: nothing lost, nothing spoofed, no traceback.

Each test runs the installed ``actorgraph`` command on a case that once crashed it, lost good
documents or produced wrong output without a word. A bad document is reported on its own line
(naming the file and the reason) and skipped; the others still come out; the exit status is 1.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
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


def test_same_id_with_another_text_is_reported_by_add_and_extract(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "x1", "text": GOOD},
        {"id": "x1", "text": "Iran and Russia signed a military agreement."},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    proc = run("add", str(feed), "--db", str(tmp_path / "s.db"))
    no_traceback(proc)
    assert proc.returncode == 1
    [error] = errors_of(proc)
    assert f"{feed}:2" in error and "'x1' is already stored with a different text" in error
    assert (
        "1 documents added" in proc.stderr and "0 already stored" in proc.stderr and "1 failed" in proc.stderr
    )
    proc = run("extract", str(feed))
    assert proc.returncode == 1
    [error] = errors_of(proc)
    assert f"{feed}:2" in error and "'x1'" in error and "different text" in error
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {r["source_id"] for r in rows} | {r["target_id"] for r in rows} == {"FRA", "DEU"}


def test_a_page_is_never_overwritten_by_an_export_of_the_same_name(tmp_path: Path) -> None:
    out = tmp_path / "graph.csv"
    proc = run("build", str(VOA), "-o", str(out), "--export", "csv,gexf")
    no_traceback(proc)
    assert proc.returncode != 0
    assert "--export csv" in proc.stderr and str(out) in proc.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("actors.json", "[1, 2, 3]\n", "unsupported actor file type '.json'"),
        ("actors.csv", "", "no actors found"),
        ("actors.csv", "id,name\n", "no actors found"),
        ("actors.csv", "id,name,alias\nX_FOO,Foo,Fu\n", "unknown column 'alias'"),
        ("actors.csv", "id,name,country\nX_FOO,Foo,Narnia\n", "'Narnia' is not an ISO 3166 alpha-3 code"),
        ("actors.jsonl", '{"id": "X", "name": "Foo", "aliases": 3}\n', "'aliases' must be"),
    ],
)
def test_a_garbage_actors_file_is_refused_in_one_line(
    tmp_path: Path, name: str, content: str, reason: str
) -> None:
    actors = tmp_path / name
    actors.write_text(content, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    proc = run("extract", str(good), "--actors", str(actors))
    no_traceback(proc)
    assert proc.returncode == 1
    assert proc.stdout == ""
    [line] = proc.stderr.splitlines()
    assert line.startswith(f"error: {actors}") and reason in line


@pytest.mark.parametrize("address", ["nonsense", "tcp://host:port", "tcp://"])
def test_a_malformed_scheduler_address_is_one_line(tmp_path: Path, address: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    proc = run("add", str(good), "--db", str(tmp_path / "s.db"), "--engine", "dask", "--scheduler", address)
    no_traceback(proc)
    assert proc.returncode == 1
    [line] = proc.stderr.splitlines()
    assert line.startswith("error: ") and address in line and "tcp://HOST:PORT" in line


def test_a_scheduler_address_where_nothing_listens_is_one_line_at_once(tmp_path: Path) -> None:
    """A closed port is refused at once: the command says so instead of retrying for 30 s."""
    import socket
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # free again once closed: nothing listens there
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    address = f"tcp://127.0.0.1:{port}"
    start = time.monotonic()
    proc = run("add", str(good), "--db", str(tmp_path / "s.db"), "--engine", "dask", "--scheduler", address)
    waited = time.monotonic() - start
    no_traceback(proc)
    assert proc.returncode == 1
    [line] = proc.stderr.splitlines()
    assert line.startswith(f"error: cannot reach the Dask scheduler {address}") and "refused" in line
    assert waited < 25  # (30 s of retries before, on top of the start-up)


@pytest.mark.parametrize("command", ["report", "add"])
def test_a_read_only_store_is_read_by_report_and_refused_by_add_in_plain_words(
    tmp_path: Path, command: str
) -> None:
    """A store on read-only storage (a folder and file nobody may write, root included)."""
    folder = tmp_path / "archive"
    db = folder / "s.db"
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert run("add", str(good), "--db", str(db)).returncode == 0
    with read_only(folder, db):
        if command == "report":
            proc = run("report", "--db", str(db), "-o", str(tmp_path / "r.html"))
            no_traceback(proc)
            assert proc.returncode == 0, proc.stderr
            assert "1 documents" in proc.stderr and (tmp_path / "r.html").stat().st_size > 10_000
        else:
            proc = run("add", str(VOA), "--db", str(db))
            no_traceback(proc)
            assert proc.returncode == 1
            [line] = proc.stderr.splitlines()
            assert str(db) in line and "read-only" in line and "check that its folder exists" not in line


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make ``paths`` unwritable: permissions for a user, the immutable attribute for root."""
    if os.geteuid() != 0:
        for p in reversed(paths):
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield
        finally:
            for p in paths:
                p.chmod(0o755 if p.is_dir() else 0o644)
        return
    subprocess.run(["chattr", "+i", *map(str, paths)], check=True)
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=True)


def test_verbose_counts_the_page_chrome_it_ignored(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        "Skip to main content\n\nGhana signed a trade agreement with Togo on Monday.\n\n"
        "Follow us on Twitter\n\nSign in\n",
        encoding="utf-8",
    )
    quiet = run("extract", str(page))
    assert quiet.returncode == 0 and quiet.stderr == ""
    proc = run("extract", str(page), "--verbose")
    assert proc.returncode == 0, proc.stderr
    assert f"info: {page}: 3 passages of page chrome ignored (47 characters)" in proc.stderr.splitlines()
    assert doc_ids(proc.stdout) == doc_ids(quiet.stdout) != set()


@pytest.mark.parametrize(
    "damage", ["UPDATE meta SET value = '-1' WHERE key = 'schema_version'", "DELETE FROM meta"]
)
def test_a_damaged_schema_version_is_one_line_for_add_and_report(tmp_path: Path, damage: str) -> None:
    import sqlite3

    db = tmp_path / "s.db"
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    assert run("add", str(good), "--db", str(db)).returncode == 0
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(damage)
    for args in (["add", str(good)], ["report", "-o", str(tmp_path / "r.html")]):
        proc = run(*args, "--db", str(db))
        no_traceback(proc)
        assert proc.returncode == 1
        [line] = proc.stderr.splitlines()
        assert line.startswith(f"error: {db}: ") and "meta table is damaged" in line
