"""Writing files atomically: a reader sees the old file or the complete new one, never a torn one.

Every page and export actorgraph writes goes through :func:`atomic_open` (a context manager
for writers that stream into a file) or :func:`atomic_write` (data already in memory). Both
write a temporary file beside the destination (``.NAME.RANDOM.tmp``, same folder, so the
rename stays on one file system), flush it to disk, and rename it over the destination. If
anything fails on the way (an exception in the writer, a full disk, a kill), the destination
keeps its previous content and the temporary file is removed (a kill can leave it behind,
but never in place of the destination).

A new file gets the usual permissions (``0o666`` less the umask); a replaced file keeps
its mode. A symbolic link stays a link: the file it points to is replaced. A destination
that is not a regular file (``/dev/stdout``, a named pipe) cannot be renamed over and is
written in place.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import IO, Any, Literal, overload

from actorgraph.errors import RenderError

__all__ = ["atomic_open", "atomic_write"]


def _cannot(path: str | os.PathLike[str], exc: OSError) -> RenderError:
    return RenderError(f"{os.fspath(path)}: cannot write ({exc.strerror or exc})")


def _temporary(target: str) -> tuple[str, int]:
    folder, name = os.path.split(target)
    while True:
        temp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            # 0o666 and the umask, as open() would give the destination; not mkstemp's 0o600
            return temp, os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
        except FileExistsError:  # pragma: no cover - 32 random bits collided
            continue


@overload
def atomic_open(
    path: str | os.PathLike[str], mode: Literal["w"] = "w", *, newline: str | None = ""
) -> AbstractContextManager[IO[str]]: ...


@overload
def atomic_open(
    path: str | os.PathLike[str], mode: Literal["wb"], *, newline: str | None = ""
) -> AbstractContextManager[IO[bytes]]: ...


def atomic_open(
    path: str | os.PathLike[str], mode: Literal["w", "wb"] = "w", *, newline: str | None = ""
) -> AbstractContextManager[IO[Any]]:
    """Open ``path`` for writing; the file appears (replacing the old one) only when the block succeeds.

    Parameters
    ----------
    path : str or os.PathLike
        The destination; its folder must exist.
    mode : {"w", "wb"}
        Text (UTF-8) or binary.
    newline : str or None, optional
        As for :func:`open` in text mode; ``""`` (the default) writes line endings untranslated.

    Yields
    ------
    file object
        The temporary file to write to.

    Raises
    ------
    RenderError
        If the file cannot be created, written or renamed (missing folder, no permission, full
        disk); the message names ``path``. Any other exception from the block propagates; in
        every failure the old file is left as it was.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_open(folder / "table.csv") as f:
    ...     _ = f.write("id,name\\nIRN,Iran\\n")
    >>> (folder / "table.csv").read_text()
    'id,name\\nIRN,Iran\\n'
    """
    return _atomic(path, mode, newline)


def _open(file: str | int, mode: str, newline: str | None) -> IO[Any]:
    if mode == "wb":
        return open(file, "wb")
    return open(file, "w", encoding="utf-8", newline=newline)


@contextmanager
def _atomic(path: str | os.PathLike[str], mode: str, newline: str | None) -> Iterator[IO[Any]]:
    target = os.path.realpath(path)
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _cannot(path, exc) from exc
    if info is not None and not stat.S_ISREG(info.st_mode):
        try:
            with _open(target, mode, newline) as f:
                yield f
        except OSError as exc:
            raise _cannot(path, exc) from exc
        return
    try:
        temp, fd = _temporary(target)
    except OSError as exc:
        raise _cannot(path, exc) from exc
    try:
        with _open(fd, mode, newline) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        if info is not None:
            os.chmod(temp, stat.S_IMODE(info.st_mode))
        os.replace(temp, target)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise _cannot(path, exc) from exc
        raise


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_open`) and return the path.

    Parameters
    ----------
    path : str or os.PathLike
        The destination; its folder must exist.
    data : str or bytes
        Text is written as UTF-8, without newline translation.

    Returns
    -------
    pathlib.Path
        ``path``.

    Raises
    ------
    RenderError
        If the file cannot be written; the old file, if any, is left as it was.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> page = pathlib.Path(tempfile.mkdtemp()) / "report.html"
    >>> atomic_write(page, "<p>Iran – Russia</p>").read_text(encoding="utf-8")
    '<p>Iran – Russia</p>'
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_open(path, "wb") as f:
        f.write(payload)
    return Path(path)
