"""Atomic writes: a file is either its old self or completely the new one, never a torn or empty file."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from actorgraph.errors import RenderError
from actorgraph.files import atomic_open, atomic_write


def test_atomic_write_writes_text_as_utf8_and_bytes_as_they_are(tmp_path: Path) -> None:
    """Text is encoded as UTF-8 with no newline translation; bytes are written unchanged."""
    text = tmp_path / "page.html"
    assert atomic_write(text, "Tehran – Moscow\r\nبغداد\n") == text
    assert text.read_bytes() == "Tehran – Moscow\r\nبغداد\n".encode()
    binary = tmp_path / "g.gexf"
    atomic_write(binary, b"\x00\xffbytes")
    assert binary.read_bytes() == b"\x00\xffbytes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.gexf", "page.html"]


def test_a_new_file_gets_the_umask_permissions_and_a_replaced_file_keeps_its_own(tmp_path: Path) -> None:
    """Not the 0600 of a temporary file: a new file is 0666 less the umask, an old file keeps its mode."""
    old_umask = os.umask(0o022)
    try:
        fresh = atomic_write(tmp_path / "fresh.csv", "a,b\n")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    kept = tmp_path / "kept.csv"
    kept.write_text("old")
    kept.chmod(0o640)
    atomic_write(kept, "new")
    assert kept.read_text() == "new" and stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_an_error_while_writing_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    """The body of ``atomic_open`` raises half-way: the old content stays, nothing else appears."""
    path = tmp_path / "relations.csv"
    path.write_text("old content\n")
    with pytest.raises(ValueError, match="half-way"), atomic_open(path, "w") as f:
        f.write("new content, part 1\n")
        raise ValueError("half-way")
    assert path.read_text() == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["relations.csv"]


def test_a_full_disk_keeps_the_old_file(tmp_path: Path) -> None:
    """A write that fails for lack of space (here: a file-size limit, EFBIG) raises our error naming
    the file, and the previous version is still there in full."""
    path = tmp_path / "report.html"
    path.write_text("<p>the previous report</p>")
    code = textwrap.dedent(
        f"""
        import resource, signal, sys
        from actorgraph.errors import RenderError
        from actorgraph.files import atomic_write
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        try:
            atomic_write({str(path)!r}, "x" * 100_000)
        except RenderError as exc:
            print(exc)
            sys.exit(3)
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3, proc.stderr
    assert str(path) in proc.stdout and "cannot write" in proc.stdout
    assert path.read_text() == "<p>the previous report</p>"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_a_missing_folder_is_our_error_naming_the_path(tmp_path: Path) -> None:
    """Folders are the caller's business: a missing one is a RenderError with the path in it."""
    with pytest.raises(RenderError, match="missing"):
        atomic_write(tmp_path / "missing" / "page.html", "x")


def test_a_symlink_stays_a_link_to_the_new_content(tmp_path: Path) -> None:
    """Writing through a symlink replaces the file it points to, not the link."""
    target = tmp_path / "real.html"
    target.write_text("old")
    link = tmp_path / "link.html"
    link.symlink_to(target)
    atomic_write(link, "new")
    assert link.is_symlink() and target.read_text() == "new"


def test_a_device_is_written_in_place() -> None:
    """A path that is not a regular file (``/dev/null``, a pipe) cannot be renamed over: it is opened."""
    assert atomic_write("/dev/null", "discarded") == Path("/dev/null")
    assert Path("/dev/null").is_char_device()
