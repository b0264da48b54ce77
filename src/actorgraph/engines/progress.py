"""Progress of long runs: one contract for ``build``, ``Store.add``, ``Store.reprocess`` and pages.

Each takes ``progress=``: ``True`` for a ``tqdm.auto`` bar (a widget in Jupyter, text on a
terminal) whose total is the number of documents expected; ``tqdm`` itself, or any callable
taking ``total``, ``unit`` and ``desc`` that returns a bar; a tqdm bar already made; or any
object with ``update(documents, words)`` and ``close()`` (:class:`Progress`). ``None`` or
``False``: no progress. :func:`as_progress` turns each into a :class:`Progress`. Building a
report page (``render_report``, ``Result.to_html``) reports its steps the same way, with
``update(1, 0)`` per step (layout, country view, communities, centrality, data, HTML).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any, Protocol, TypeAlias

from actorgraph.model import Document

__all__ = ["Progress", "ProgressOption", "as_progress", "count_documents", "progress_bar", "reporting"]

_RECORD_EXTENSIONS = frozenset({".jsonl", ".ndjson", ".csv", ".tsv"})
_DOCUMENT_EXTENSIONS = frozenset({".txt", ".md", ".text", ".html", ".htm"})


class Progress(Protocol):
    """What ``Store.add`` reports to: ``update`` after each batch, ``close`` by the caller."""

    def update(self, documents: int, words: int) -> None:
        """``documents`` more documents handled (stored, skipped or failed), ``words`` more words parsed."""

    def close(self) -> None:
        """Finish the display."""


#: What ``progress=`` accepts (see the module docstring).
ProgressOption: TypeAlias = "bool | Progress | Callable[..., Any] | None"


def _count_lines(path: str) -> int:
    lines = 0
    last = b"\n"
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines + (last != b"\n")


def count_documents(
    inputs: Iterable[str | os.PathLike[str] | Document] | str | os.PathLike[str] | Document,
) -> int | None:
    """Estimate the number of documents in ``inputs`` cheaply (lines of record files, count of files).

    Returns ``None`` when it cannot be known (standard input). CSV rows with line breaks make it
    an overestimate, which only makes the ETA pessimistic.
    """
    if isinstance(inputs, str | os.PathLike | Document):
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
        if elapsed > 0 and self.words:  # (rendering counts steps, no words)
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
    """A tqdm bar (documents/s, words/s, ETA) when ``file`` (stderr) is a terminal or the code runs in
    a Jupyter kernel (a ``tqdm.auto`` widget there), else ``None``.

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
    bar_class: Any
    if file is None and "ipykernel" in sys.modules:  # Jupyter: no terminal; a widget if it can
        bar_class = _auto_tqdm()
    elif isatty and isatty():
        import tqdm

        bar_class = tqdm.tqdm
    else:
        return None
    if total is None and inputs is not None:
        total = count_documents(inputs)
    bar = bar_class(total=total, unit="doc", desc=desc, file=stream, dynamic_ncols=True, smoothing=0.05)
    return _TqdmProgress(bar)


def _auto_tqdm() -> Any:
    """``tqdm.auto.tqdm`` (a widget in Jupyter) where ipywidgets is installed; the text bar otherwise,
    without tqdm's warning that the widget is missing."""
    import importlib.util

    if importlib.util.find_spec("ipywidgets") is not None:
        from tqdm.auto import tqdm

        return tqdm
    from tqdm.std import tqdm as text_tqdm

    return text_tqdm


def as_progress(
    progress: ProgressOption, *, total: int | Callable[[], int | None] | None, desc: str, unit: str = "doc"
) -> tuple[Progress | None, bool]:
    """``(progress, owned)``: a :class:`Progress` for any accepted ``progress=`` value, and whether
    it was made here (then the caller closes it when done).

    Parameters
    ----------
    progress : bool, tqdm class, callable, tqdm bar or Progress, optional
        See the module docstring.
    total : int or callable, optional
        The number of documents expected, or a function that counts them (called only when
        a bar is made here).
    desc : str
        The bar's label.
    unit : str
        What the bar counts: documents, or the steps of building a page (``"step"``).

    Examples
    --------
    >>> import io
    >>> from tqdm import tqdm
    >>> bar, owned = as_progress(tqdm, total=3, desc="adding")  # doctest: +SKIP
    >>> as_progress(None, total=3, desc="adding")
    (None, False)
    """
    if progress is None or progress is False:
        return None, False
    given: Any = progress
    if hasattr(given, "format_dict") and not isinstance(given, type):  # a tqdm bar made by the caller
        if getattr(given, "total", None) is None:
            given.total = total() if callable(total) else total
        return _TqdmProgress(given), False
    if given is not True and hasattr(given, "update") and not isinstance(given, type):
        return given, False  # a Progress of the caller's own
    count = total() if callable(total) else total
    if progress is True:
        return _TqdmProgress(_auto_tqdm()(total=count, unit=unit, desc=desc, smoothing=0.05)), True
    if callable(progress):  # tqdm, tqdm.auto.tqdm, or a factory such as functools.partial(tqdm, ...)
        return _TqdmProgress(progress(total=count, unit=unit, desc=desc)), True
    raise TypeError(
        f"progress={progress!r}: pass True, a tqdm class or bar, or an object with update(documents, words)"
    )


@contextmanager
def reporting(
    progress: ProgressOption, *, total: int | Callable[[], int | None] | None, desc: str, unit: str = "doc"
) -> Iterator[Progress | None]:
    """:func:`as_progress` for the length of a ``with`` block: a bar made here is closed at its end."""
    bar, owned = as_progress(progress, total=total, desc=desc, unit=unit)
    try:
        yield bar
    finally:
        if bar is not None and owned:
            bar.close()
