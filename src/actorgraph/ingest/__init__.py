"""Read articles from files, directories and standard input as :class:`~actorgraph.model.Document` records.

Every input is a path, the string ``"-"`` (standard input) or a ready :class:`Document`:

==========================  ==========================================================
``.txt`` ``.md`` ``.text``  one document; the whole file is the text (only ``\\r\\n``
                            becomes ``\\n``), a short first line set off by a blank
                            line is also the title
``.html`` ``.htm``          one document; the main text extracted with trafilatura,
                            paragraphs separated by blank lines
``.jsonl`` ``.ndjson``      one document per line, streamed
``.csv`` ``.tsv``           one document per row, streamed
directory                   every file above, recursively, in sorted order
==========================  ==========================================================

A problem with an input is an :class:`~actorgraph.errors.InputError`. With ``on_error`` each
one is handed over and reading goes on with the next file or record; without it the first
one is raised.
"""

from __future__ import annotations

import codecs
import logging
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from actorgraph.actors.chrome import is_chrome_line
from actorgraph.errors import InputError
from actorgraph.ingest.documents import (
    Result,
    check_document,
    crlf,
    document_from_text,
    human_size,
    os_reason,
    unicode_reason,
    utf8_reason,
)
from actorgraph.ingest.html import html_document
from actorgraph.ingest.records import read_jsonl, read_table
from actorgraph.model import Document

__all__ = ["document_from_text", "iter_documents", "read_documents"]

logger = logging.getLogger(__name__)

Input = str | os.PathLike[str] | Document

_TEXT_EXTENSIONS = frozenset({".txt", ".md", ".text"})
_HTML_EXTENSIONS = frozenset({".html", ".htm"})
_JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
_TABLE_DELIMITERS = {".csv": ",", ".tsv": "\t"}
_EXTENSIONS = _TEXT_EXTENSIONS | _HTML_EXTENSIONS | _JSONL_EXTENSIONS | frozenset(_TABLE_DELIMITERS)
_USE = ".txt, .md, .html, .jsonl or .csv"
_SNIFF_BYTES = 8192
_STDIN = "<stdin>"
_MAX_TITLE = 200

_MD_HEADING = re.compile(r"#{1,6}\s+(.*?)(?:\s+#+)?\s*$")


def iter_documents(
    inputs: Iterable[Input] | Input,
    *,
    on_error: Callable[[InputError], None] | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = 50_000_000,
) -> Iterator[Document]:
    """Yield the documents found in ``inputs``, lazily and in order.

    Parameters
    ----------
    inputs : iterable of str, os.PathLike or Document
        Paths of files or directories, ``"-"`` for standard input, or documents (passed
        through). A single path is accepted too.
    on_error : callable, optional
        Called with each :class:`InputError`; reading then goes on with the next file or
        record. When ``None`` the first error is raised.
    stdin : text stream, optional
        What ``"-"`` reads; ``sys.stdin`` by default.
    max_bytes : int, optional
        The largest single-document file and the largest record accepted (50 MB).

    Yields
    ------
    Document
        ``origin`` is the path as given, ``path:LINE`` for a record, or ``<stdin>``.

    Raises
    ------
    InputError
        For a missing, empty, binary, non-UTF-8 or unsupported file, a bad record, or a
        directory without usable files, unless ``on_error`` is given.
    TypeError
        If an input is not a path, ``"-"`` or a Document.

    Examples
    --------
    >>> import io
    >>> [doc] = iter_documents(["-"], stdin=io.StringIO("G7 urges Russia\\n\\nThe ministers met."))
    >>> doc.title, doc.origin
    ('G7 urges Russia', '<stdin>')
    """
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, not {max_bytes}")
    if isinstance(inputs, str | os.PathLike | Document):
        inputs = [inputs]
    for item in inputs:
        for result in _read_input(item, stdin, max_bytes):
            if isinstance(result, Document):
                yield result
            elif on_error is None:
                raise result
            else:
                on_error(result)


def read_documents(
    inputs: Iterable[Input] | Input,
    *,
    on_error: Callable[[InputError], None] | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = 50_000_000,
) -> list[Document]:
    """Return all documents of ``inputs`` as a list; see :func:`iter_documents`.

    Examples
    --------
    >>> import io
    >>> len(read_documents(["-"], stdin=io.StringIO("China protested.")))
    1
    """
    return list(iter_documents(inputs, on_error=on_error, stdin=stdin, max_bytes=max_bytes))


def _read_input(item: object, stdin: TextIO | None, max_bytes: int) -> Iterator[Result]:
    if isinstance(item, Document):
        yield check_document(item)
    elif item == "-":
        yield _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
    elif isinstance(item, str | os.PathLike):
        path = os.fspath(item)
        if not isinstance(path, str):
            raise TypeError(f"byte paths are not supported: {path!r}")
        yield from _read_path(path, max_bytes)
    else:
        raise TypeError(f"an input must be a path, '-' or a Document, not {type(item).__name__}")


def _read_path(path: str, max_bytes: int) -> Iterator[Result]:
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        yield InputError(path, "no such file or directory")
        return
    except OSError as exc:
        yield InputError(path, os_reason(exc))
        return
    if not stat.S_ISDIR(mode):
        yield from _read_file(path, max_bytes)
        return
    found = errors = 0
    for entry in _walk(path, set()):
        if isinstance(entry, InputError):
            errors += 1
            yield entry
        else:
            found += 1
            yield from _read_file(entry, max_bytes)
    if not found and not errors:
        yield InputError(path, "no .txt/.md/.html/.jsonl/.csv files found")


def _walk(directory: str, seen: set[str]) -> Iterator[str | InputError]:
    """Files with a supported extension under ``directory``, depth first, sorted by name."""
    seen.add(os.path.realpath(directory))
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield InputError(directory, f"cannot list directory: {os_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
            broken = not is_dir and not is_file and entry.is_symlink() and not os.path.exists(entry.path)
        except OSError as exc:  # a symbolic link loop, a vanished entry
            yield InputError(entry.path, os_reason(exc))
            continue
        if broken:  # a moved file or an unmounted folder: never skipped without a word
            yield InputError(entry.path, "broken symbolic link: its target does not exist")
            continue
        if is_dir:
            if os.path.realpath(entry.path) not in seen:
                yield from _walk(entry.path, seen)
        elif is_file and _extension(entry.name) in _EXTENSIONS:
            yield entry.path
        else:
            logger.debug("skipping %s: not a supported file", entry.path)


def _read_file(path: str, max_bytes: int) -> Iterator[Result]:
    ext = _extension(path)
    if ext not in _EXTENSIONS:
        shown = f"'{ext}'" if ext else "(no extension)"
        yield InputError(path, f"unsupported file type {shown}; use {_USE}")
        return
    if not os.path.isfile(path):
        yield InputError(path, "not a regular file")
        return
    try:
        table = ext in _TABLE_DELIMITERS
        problem = _sniff(path, records=table or ext in _JSONL_EXTENSIONS, header=table)
        if problem:
            yield InputError(path, problem)
        elif ext in _JSONL_EXTENSIONS:
            yield from read_jsonl(path, max_bytes)
        elif ext in _TABLE_DELIMITERS:
            yield from read_table(path, _TABLE_DELIMITERS[ext], max_bytes)
        elif os.path.getsize(path) > max_bytes:
            yield InputError(path, f"file is larger than {human_size(max_bytes)}")
        else:
            with open(path, "rb") as f:
                data = f.read()
            yield _single_document(path, data, html=ext in _HTML_EXTENSIONS, markdown=ext == ".md")
    except OSError as exc:
        yield InputError(path, os_reason(exc))


def _sniff(path: str, *, records: bool = False, header: bool = False) -> str | None:
    """The reason the file is not UTF-8 text, judged on its first 8 KiB, or ``None``.

    A record file (JSONL, CSV, TSV) is judged line by line: it is text unless most records in its
    head (the lines after the ``header``) are not, so that one bad record among good ones is
    reported on its own when it is read.
    """
    with open(path, "rb") as f:
        head = f.read(_SNIFF_BYTES)
    if not head:
        return "file is empty"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "file is UTF-16 encoded; re-save it as UTF-8"
    # a multi-byte character may be cut at 8 KiB, unless that is the end of the file
    final = len(head) < _SNIFF_BYTES
    if not records:
        return _not_text(head, 0, final)
    lines = head.splitlines(keepends=True)
    problems: list[str] = []
    counted = offset = 0
    for i, line in enumerate(lines):
        if line.strip() and not (header and i == 0):
            counted += 1
            problem = _not_text(line, offset, final or i < len(lines) - 1)
            if problem:
                problems.append(problem)
        offset += len(line)
    return problems[0] if 2 * len(problems) > counted else None


def _not_text(data: bytes, offset: int, final: bool) -> str | None:
    """Why ``data`` (at byte ``offset`` of its file) is not UTF-8 text, or ``None``."""
    if b"\x00" in data:
        return "binary file, not text"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=final)
    except UnicodeDecodeError as exc:
        return utf8_reason(exc, offset)
    return None


def _single_document(path: str, data: bytes, *, html: bool, markdown: bool) -> Result:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(path, utf8_reason(exc, 0))
    if "\x00" in text:  # the sniff only saw the first 8 KiB
        return InputError(path, "binary file, not text")
    text = crlf(text.removeprefix("\ufeff"))
    if not text.strip():
        return InputError(path, "file contains only whitespace")
    if html:
        return html_document(path, text)
    return document_from_text(text, title=_detect_title(text, markdown=markdown), origin=path)


def _read_stdin(stream: TextIO, max_bytes: int) -> Result:
    """Standard input, decoded as strict UTF-8 whatever the locale says."""
    raw = getattr(stream, "buffer", None)
    try:
        if raw is not None:
            # the bytes, not the locale's text: a C.UTF-8 locale would turn bad bytes into surrogates
            data = raw.read(max_bytes + 1)
            size = len(data)
            text = data.decode("utf-8")
        else:
            text = stream.read(max_bytes + 1)
            size = len(text)
    except UnicodeDecodeError as exc:
        return InputError(_STDIN, utf8_reason(exc, 0))
    if size > max_bytes:
        return InputError(_STDIN, f"input is larger than {human_size(max_bytes)}")
    if problem := unicode_reason(text, "text"):
        return InputError(_STDIN, problem)
    if "\x00" in text:
        return InputError(_STDIN, "binary data, not text")
    text = crlf(text.removeprefix("\ufeff"))
    if not text.strip():
        return InputError(_STDIN, "standard input is empty")
    return document_from_text(text, title=_detect_title(text, markdown=False), origin=_STDIN)


def _detect_title(text: str, *, markdown: bool) -> str | None:
    """The first non-empty line if it is short, has no final period and a blank line follows.

    Page chrome before it ("Skip to main content" on a saved web page) is passed over.
    """
    lines = text.split("\n")
    i = next((n for n, line in enumerate(lines) if line.strip() and not is_chrome_line(line)), len(lines))
    if i + 1 >= len(lines) or lines[i + 1].strip():
        return None
    title = lines[i].strip()
    if markdown and (heading := _MD_HEADING.fullmatch(title)):
        title = heading.group(1)
    if not title or len(title) > _MAX_TITLE or title.endswith("."):
        return None
    return title


def _extension(path: str) -> str:
    return os.path.splitext(path)[1].lower()
