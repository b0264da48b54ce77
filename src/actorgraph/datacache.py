"""An on-disk cache of what a start parses from the data files, so that the next start reads it.

Parsing the lexicon, the gazetteer and the gazetteer's token patterns into records costs about a
third of a second of CPU at every start; reading the same values back from one file costs a tenth
of that. :func:`cached` keeps such plain values (tuples, dicts, strings, numbers: what ``marshal``
writes; it runs no code when it reads) in ``$ACTORGRAPH_CACHE_DIR``, else
``$XDG_CACHE_HOME/actorgraph``, else ``~/.cache/actorgraph``.

The cache is never a source of truth:

* an entry is keyed by a hash of everything it is made from (the data files' bytes, the source of
  the modules that parse them, the Python and actorgraph versions), so changed data or code gets a
  new entry, never a stale one;
* an entry holds a checksum of its content: a missing, unreadable, truncated or corrupt one is
  rebuilt silently;
* it is written atomically (a temporary file renamed into place), and a folder that cannot be
  written (a read-only home) only means that every start parses, as without a cache.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any, TypeVar

from actorgraph.errors import ActorGraphError
from actorgraph.files import atomic_write

__all__ = ["cache_dir", "cached", "source_of"]

logger = logging.getLogger(__name__)

_T = TypeVar("_T")
_FORMAT = b"actorgraph-cache 1"
_SUM = 32  # bytes of the SHA-256 checksum before the content
_KEEP = 8  # entries kept per name


def cache_dir() -> Path:
    """The cache folder (it may not exist yet).

    Examples
    --------
    >>> import os
    >>> os.environ["ACTORGRAPH_CACHE_DIR"] = "/tmp/ag-cache"
    >>> str(cache_dir())
    '/tmp/ag-cache'
    >>> del os.environ["ACTORGRAPH_CACHE_DIR"]
    """
    if folder := os.environ.get("ACTORGRAPH_CACHE_DIR"):
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "actorgraph"


def source_of(*modules: str) -> bytes:
    """The source bytes of the named modules (what a cache entry built by them depends on)."""
    parts = []
    for name in modules:
        path = getattr(sys.modules.get(name), "__file__", None)
        try:
            parts.append(Path(path).read_bytes() if path else name.encode())
        except OSError:
            parts.append(name.encode())
    return b"\0".join(parts)


def cached(
    name: str,
    inputs: Iterable[bytes],
    build: Callable[[], _T],
    dump: Callable[[_T], Any],
    load: Callable[[Any], _T],
) -> _T:
    """``build()``, or ``load`` of the plain values ``dump`` kept in the cache for the same ``inputs``.

    Parameters
    ----------
    name : str
        The kind of value (a file name prefix: ``lexicon``, ``gazetteer``).
    inputs : iterable of bytes
        Everything the value is made from; any change makes a new entry.
    build : callable
        Makes the value (when there is no usable entry).
    dump, load : callable
        The value as plain values that ``marshal`` writes (tuples, lists, dicts, sets, strings,
        numbers, booleans, None), and back.

    Returns
    -------
    object
        The value built, or loaded from the cache.

    Examples
    --------
    >>> import os, tempfile
    >>> os.environ["ACTORGRAPH_CACHE_DIR"] = tempfile.mkdtemp()
    >>> same = (lambda v: v), (lambda v: v)
    >>> cached("demo", [b"data v1"], lambda: {"Iran": ("IRN", 1)}, *same)
    {'Iran': ('IRN', 1)}
    >>> cached("demo", [b"data v1"], lambda: {}, *same)  # read back, not rebuilt
    {'Iran': ('IRN', 1)}
    >>> del os.environ["ACTORGRAPH_CACHE_DIR"]
    """
    from actorgraph import __version__

    h = hashlib.sha256(_FORMAT + b"\0" + sys.version.encode() + b"\0" + __version__.encode())
    for part in inputs:
        h.update(b"\0" + hashlib.sha256(part).digest())
    folder = cache_dir()
    path = folder / f"{name}-{h.hexdigest()[:24]}.marshal"
    try:
        blob = path.read_bytes()
        if hashlib.sha256(blob[_SUM:]).digest() == blob[:_SUM]:
            return load(marshal.loads(blob[_SUM:]))
        logger.debug("cache entry %s is corrupt: rebuilt", path)
    except (OSError, EOFError, ValueError, TypeError) as exc:
        logger.debug("no cache entry %s (%s)", path, exc)
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK):
            return value  # a read-only home: no cache, and no time spent making an entry
        content = marshal.dumps(dump(value))
        atomic_write(path, hashlib.sha256(content).digest() + content)
    except (OSError, ValueError, ActorGraphError) as exc:
        logger.debug("cannot write cache entry %s (%s)", path, exc)
        return value
    # Entries of other data (older versions, other installs) are kept, the most recent few only.
    with suppress(OSError):
        entries = sorted(folder.glob(f"{name}-*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[_KEEP:]:
            old.unlink()
    return value
