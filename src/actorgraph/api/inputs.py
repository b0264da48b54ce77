"""What :func:`actorgraph.build` reads: paths, Documents and texts, and the rule for strings."""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Literal

from actorgraph.errors import InputError
from actorgraph.model import Document

__all__ = ["Input", "input_documents", "input_items", "report_error", "string_input", "warn_if_path_like"]

#: What ``build`` reads: paths (files, directories, ``"-"`` for stdin) or Documents.
Input = str | os.PathLike[str] | Document

#: Extensions of the files ``build`` reads.
_SUFFIXES = r"\.(?:txt|md|markdown|text|html?|jsonl|ndjson|json|csv|tsv)"
#: One line ending like a file name: a path, whatever else it holds.
_FILE_NAME = re.compile(rf"^[^\n]*{_SUFFIXES}\s*$", re.IGNORECASE)
#: Signs of a path in one line: a separator (either kind), a leading ``~`` or ``.``, a file suffix.
_PATH_SIGNS = re.compile(rf"[/\\]|^\s*[~.]|{_SUFFIXES}\b", re.IGNORECASE)


def string_input(item: str) -> Literal["path", "text", "sentence"]:
    """What a string in ``inputs`` is, by the rule :func:`build` documents.

    ``"-"`` and existing files and folders are paths. A string that names nothing is text when
    it plainly is an article (several lines, or more than four words) and does not end like a
    file name; a "sentence" (an error that points to ``texts=``) when it has a space and no sign
    of a path; otherwise a path, which ingest reports as missing.

    >>> string_input("Iran and Russia signed an agreement."), string_input("Iran protested.")
    ('text', 'sentence')
    >>> string_input("news/my old article.txt"), string_input("missing.txt")
    ('path', 'path')
    """
    if item == "-" or os.path.exists(item):
        return "path"
    if ("\n" in item or len(item.split()) > 4) and not _FILE_NAME.match(item):
        return "text"
    return "sentence" if " " in item.strip() and not _PATH_SIGNS.search(item) else "path"


def warn_if_path_like(item: str, where: str) -> None:
    """Warn when a one-line string taken as text has the signs of a path: it may be a mistyped one."""
    sign = None if "\n" in item.strip() else _PATH_SIGNS.search(item)
    if sign is not None:
        shown = item if len(item) <= 60 else item[:57] + "..."
        warnings.warn(
            f"{where} {shown!r} names no file and was parsed as text, but it looks like a path "
            f"({sign.group().strip()!r} in it): pass articles as texts=[...] and paths as "
            "pathlib.Path to say which",
            UserWarning,
            stacklevel=4,  # warn_if_path_like, _inputs, build: the caller of build
        )


def input_items(
    inputs: Input | Iterable[Input] | None, on_error: Callable[[InputError], None] | None
) -> list[Input]:
    """``inputs`` as a list of paths and Documents, its strings sorted out by :func:`string_input`.

    Read at once (before any parsing), so that a string parsed as text that looks like a path
    warns at the caller of :func:`build`, and the progress bar can count the inputs without
    using up an iterator.
    """
    from actorgraph.ingest import document_from_text

    if inputs is None:
        return []
    if isinstance(inputs, str | os.PathLike | Document):
        inputs = [inputs]
    items: list[Input] = []
    for i, item in enumerate(inputs):
        kind = string_input(item) if isinstance(item, str) else "path"
        if kind == "text":
            warn_if_path_like(str(item), f"inputs[{i}]")
            items.append(document_from_text(str(item), origin="<text>"))
        elif kind == "sentence":
            report_error(
                InputError(str(item), "no such file or directory; to parse this text, pass texts=[...]"),
                on_error,
            )
        else:
            items.append(item)  # ingest reads it, or says that there is no such file
    return items


def report_error(error: InputError, on_error: Callable[[InputError], None] | None) -> None:
    if on_error is None:
        raise error
    on_error(error)


def input_documents(
    items: list[Input], texts: str | Iterable[str] | None, on_error: Callable[[InputError], None] | None
) -> Iterator[Document]:
    """The documents of ``texts`` (each string an article), then of ``items`` (from :func:`_inputs`)."""
    from actorgraph.ingest import document_from_text, iter_documents

    if isinstance(texts, str):
        texts = [texts]
    for i, text in enumerate(texts or ()):
        if not isinstance(text, str):
            report_error(InputError(f"texts[{i}]", f"not a string but {type(text).__name__}"), on_error)
            continue
        try:
            yield document_from_text(text, origin=f"texts[{i}]")
        except InputError as exc:
            report_error(exc, on_error)
    yield from iter_documents(items, on_error=on_error)
