"""A progress bar for long runs: documents/s, words/s and ETA on a terminal, nothing otherwise."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import IO, Any, Protocol

from actorgraph.model import Document

__all__ = ["Progress", "count_documents", "progress_bar"]

_RECORD_EXTENSIONS = frozenset({".jsonl", ".ndjson", ".csv", ".tsv"})
_DOCUMENT_EXTENSIONS = frozenset({".txt", ".md", ".text", ".html", ".htm"})


class Progress(Protocol):
    """What ``Store.add`` reports to: ``update`` after each batch, ``close`` by the caller."""

    def update(self, documents: int, words: int) -> None:
        """``documents`` more documents handled (stored, skipped or failed), ``words`` more words parsed."""

    def close(self) -> None:
        """Finish the display."""


def _count_lines(path: str) -> int:
    lines = 0
    last = b"\n"
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines + (last != b"\n")


def count_documents(
    inputs: Iterable[str | os.PathLike[str] | Document] | str | os.PathLike[str],
) -> int | None:
    """Estimate the number of documents in ``inputs`` cheaply (lines of record files, count of files).

    Returns ``None`` when it cannot be known (standard input). CSV rows with line breaks make it
    an overestimate, which only makes the ETA pessimistic.
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    total = 0
    for item in inputs:
        if isinstance(item, Document):
            total += 1
            continue
        path = os.fspath(item)
        if path == "-":
            return None
        paths = [path]
        if os.path.isdir(path):
            paths = [os.path.join(root, name) for root, _, names in os.walk(path) for name in names]
        for p in paths:
            ext = os.path.splitext(p)[1].lower()
            try:
                if ext in _RECORD_EXTENSIONS:
                    total += max(_count_lines(p) - (ext in {".csv", ".tsv"}), 0)
                elif ext in _DOCUMENT_EXTENSIONS or p == path:
                    total += 1
            except OSError:
                total += 1
    return total


class _TqdmProgress:
    def __init__(self, bar: Any) -> None:
        self.bar = bar
        self.words = 0

    def update(self, documents: int, words: int) -> None:
        self.words += words
        elapsed = self.bar.format_dict.get("elapsed") or 0.0
        if elapsed > 0:
            self.bar.set_postfix_str(f"{self.words / elapsed:,.0f} words/s", refresh=False)
        self.bar.update(documents)

    def close(self) -> None:
        self.bar.close()


def progress_bar(
    inputs: Iterable[str | os.PathLike[str] | Document] | str | os.PathLike[str] | None = None,
    *,
    total: int | None = None,
    file: IO[str] | None = None,
    desc: str = "adding",
) -> Progress | None:
    """A tqdm bar (documents/s, words/s, ETA) when ``file`` (stderr) is a terminal, else ``None``.

    Parameters
    ----------
    inputs : paths or Documents, optional
        Used to estimate the total (for the ETA) when ``total`` is not given.
    total : int, optional
        The number of documents expected.
    file : text stream, optional
        Where the bar goes; ``sys.stderr`` by default.
    desc : str
        The bar's label.

    Returns
    -------
    Progress or None
        ``None`` when output is not a terminal: pass it on as ``progress=`` all the same.

    Examples
    --------
    >>> import io
    >>> progress_bar(["corpus.jsonl"], file=io.StringIO()) is None
    True
    """
    stream = file if file is not None else sys.stderr
    isatty = getattr(stream, "isatty", None)
    if not (isatty and isatty()):
        return None
    from tqdm import tqdm

    if total is None and inputs is not None:
        total = count_documents(inputs)
    bar = tqdm(total=total, unit="doc", desc=desc, file=stream, dynamic_ncols=True, smoothing=0.05)
    return _TqdmProgress(bar)
