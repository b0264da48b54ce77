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
import csv
import email.utils
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date as date_cls
from datetime import datetime, timedelta
from typing import IO, Any, TextIO, TypeVar

import lxml.html
import trafilatura
from lxml import etree

from actorgraph.actors.chrome import is_chrome_line
from actorgraph.errors import InputError
from actorgraph.model import Document, stable_id

__all__ = ["document_from_text", "iter_documents", "read_documents"]

logger = logging.getLogger(__name__)

_T = TypeVar("_T")

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
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_DATE_FORMATS = ("%Y/%m/%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y")
#: Document fields read from a record, each with the other keys that may hold it.
_RECORD_FIELDS = (("id",), ("title", "headline"), ("date", "published"), ("url",), ("source",))
_DATE_HINT = "use ISO 8601 (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)"

# Elements that start and end a paragraph, in trafilatura's TEI-like output and in plain HTML.
_TEI_BLOCKS = frozenset({"body", "div", "p", "head", "list", "item", "quote", "code", "table", "row", "cell"})
_HTML_BLOCKS = frozenset(
    # a word list reads better than 34 quoted strings one per line
    "address article aside blockquote body caption dd details div dl dt fieldset figcaption figure "  # noqa: SIM905
    "form h1 h2 h3 h4 h5 h6 hr li main ol p pre section summary table td th tr ul".split()
)
_HTML_CHROME = ("script", "style", "nav", "header", "footer", "noscript", "template", "iframe", "svg")
_LINE_BREAKS = frozenset({"lb", "br"})


def document_from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    source: str | None = None,
    origin: str | None = None,
) -> Document:
    """Wrap a text in a :class:`Document`, checking it and normalising its date.

    Parameters
    ----------
    text : str
        The article text, kept exactly as given so that character offsets stay valid.
    id : str, optional
        The document id; by default the content hash ``stable_id(text)``.
    title, url, source : str, optional
        Metadata; empty strings become ``None``.
    date : str, optional
        A date or timestamp, normalised to ISO 8601: ``YYYY-MM-DD`` for a date,
        ``YYYY-MM-DDTHH:MM:SS`` (with ``Z`` or ``+HH:MM`` when a zone is given) for a time.
    origin : str, optional
        Where the text came from, for messages; ``"<text>"`` when not given.

    Returns
    -------
    Document

    Raises
    ------
    InputError
        If ``text`` is empty or only whitespace, or ``date`` cannot be read as a date.

    Examples
    --------
    >>> doc = document_from_text("Russia and Ukraine agreed to talks.", date="2025-03-14 16:35:50Z")
    >>> doc.date, doc.id == document_from_text("Russia and Ukraine agreed to talks.").id
    ('2025-03-14T16:35:50Z', True)
    """
    where = origin or "<text>"
    if not text.strip():
        raise InputError(where, "text is empty")
    return Document(
        id=id if id else stable_id(text),
        text=text,
        title=title or None,
        date=_normalise_date(date, where) if date and date.strip() else None,
        url=url or None,
        source=source or None,
        origin=origin,
    )


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


# --- dispatch -------------------------------------------------------------------------------------

Result = Document | InputError


def _read_input(item: object, stdin: TextIO | None, max_bytes: int) -> Iterator[Result]:
    if isinstance(item, Document):
        yield item
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
        yield InputError(path, _os_reason(exc))
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
        yield InputError(directory, f"cannot list directory: {_os_reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if os.path.realpath(entry.path) not in seen:
                yield from _walk(entry.path, seen)
        elif entry.is_file() and _extension(entry.name) in _EXTENSIONS:
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
        problem = _sniff(path)
        if problem:
            yield InputError(path, problem)
        elif ext in _JSONL_EXTENSIONS:
            yield from _read_jsonl(path, max_bytes)
        elif ext in _TABLE_DELIMITERS:
            yield from _read_table(path, _TABLE_DELIMITERS[ext], max_bytes)
        elif os.path.getsize(path) > max_bytes:
            yield InputError(path, f"file is larger than {_size(max_bytes)}")
        else:
            with open(path, "rb") as f:
                data = f.read()
            yield _single_document(path, data, html=ext in _HTML_EXTENSIONS, markdown=ext == ".md")
    except OSError as exc:
        yield InputError(path, _os_reason(exc))


def _sniff(path: str) -> str | None:
    """The reason the file is not UTF-8 text, judged on its first 8 KiB, or ``None``."""
    with open(path, "rb") as f:
        head = f.read(_SNIFF_BYTES)
    if not head:
        return "file is empty"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "file is UTF-16 encoded; re-save it as UTF-8"
    if b"\x00" in head:
        return "binary file, not text"
    try:
        # a multi-byte character may be cut at 8 KiB, unless that is the end of the file
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < _SNIFF_BYTES)
    except UnicodeDecodeError as exc:
        return _utf8_reason(exc, 0)
    return None


# --- single-document files ------------------------------------------------------------------------


def _single_document(path: str, data: bytes, *, html: bool, markdown: bool) -> Result:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(path, _utf8_reason(exc, 0))
    text = _crlf(text.removeprefix("\ufeff"))
    if not text.strip():
        return InputError(path, "file contains only whitespace")
    if html:
        return _html_document(path, text)
    return document_from_text(text, title=_detect_title(text, markdown=markdown), origin=path)


def _read_stdin(stream: TextIO, max_bytes: int) -> Result:
    try:
        text = stream.read(max_bytes + 1)
    except UnicodeDecodeError as exc:
        return InputError(_STDIN, _utf8_reason(exc, 0))
    if len(text) > max_bytes:
        return InputError(_STDIN, f"input is larger than {_size(max_bytes)}")
    text = _crlf(text.removeprefix("\ufeff"))
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


def _html_document(path: str, html: str) -> Result:
    html = _XML_DECLARATION.sub("", html, count=1)
    # extensive_search would guess a date from any year on the page, e.g. "Copyright 2025" -> 2025-01-01.
    dates = {"extensive_search": False, "original_date": True}
    extracted: Any = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        date_extraction_params=dates,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    text = _block_text(extracted.body, _TEI_BLOCKS) if extracted is not None else ""
    if not text:
        logger.info("%s: trafilatura found no article, using the text of <body>", path)
        text = _body_text(html)
    if not text:
        return InputError(path, "no article text found")
    meta: Any = extracted if extracted is not None else trafilatura.extract_metadata(html, date_config=dates)
    # htmldate only returns YYYY-MM-DD, which document_from_text accepts
    return document_from_text(text, title=meta.title, date=meta.date, url=meta.url, origin=path)


def _body_text(html: str) -> str:
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    body = root.find("body")
    if body is None:
        return ""
    for element in body.xpath(" | ".join(f".//{tag}" for tag in _HTML_CHROME)):
        element.drop_tree()
    return _block_text(body, _HTML_BLOCKS)


def _block_text(root: etree._Element | None, blocks: frozenset[str]) -> str:
    """The text under ``root``, one paragraph per block element, paragraphs joined by blank lines."""
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        paragraph = " ".join("".join(current).split())
        if paragraph:
            paragraphs.append(paragraph)
        current.clear()

    def walk(element: etree._Element) -> None:
        if isinstance(element.tag, str):  # not a comment or processing instruction
            block = element.tag in blocks
            if block:
                flush()
            if element.tag in _LINE_BREAKS:
                current.append(" ")
            current.append(element.text or "")
            for child in element:
                walk(child)
                current.append(child.tail or "")
            if block:
                flush()

    if root is not None:
        walk(root)
        flush()
    return "\n\n".join(paragraphs)


# --- record files ---------------------------------------------------------------------------------


class _BadBytes(Exception):
    def __init__(self, line: int, reason: str) -> None:
        self.line = line
        self.reason = reason


class _Lines:
    """Decoded lines of a binary file, each at most ``limit`` bytes, counting lines and bytes."""

    def __init__(self, f: IO[bytes], limit: int) -> None:
        self.f = f
        self.limit = limit
        self.line = 0  # number of the line last read, from 1
        self.start = 0  # byte offset of the line last read
        self.end = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def raw(self) -> bytes | None:
        """The next line as bytes; ``None`` at the end; raises ``_BadBytes`` if it is too long."""
        data = self.f.readline(self.limit + 1)
        if not data:
            return None
        self.line += 1
        self.start, self.end = self.end, self.end + len(data)
        if len(data) > self.limit and not data.endswith(b"\n"):
            while (rest := self.f.readline(1 << 20)) and not rest.endswith(b"\n"):
                self.end += len(rest)
            self.end += len(rest)
            raise _BadBytes(self.line, f"record is larger than {_size(self.limit)}")
        if self.line == 1 and data.startswith(codecs.BOM_UTF8):
            self.start = len(codecs.BOM_UTF8)
            return data[self.start :]
        return data

    def decode(self, data: bytes) -> str:
        """``data`` decoded; raises ``_BadBytes`` naming the file offset of a bad byte."""
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _BadBytes(self.line, _utf8_reason(exc, self.start)) from None

    def __next__(self) -> str:
        data = self.raw()
        if data is None:
            raise StopIteration
        return self.decode(data)


def _read_jsonl(path: str, max_bytes: int) -> Iterator[Result]:
    records = 0
    with open(path, "rb") as f:
        lines = _Lines(f, max_bytes)
        while True:
            try:
                data = lines.raw()
                if data is None:
                    break
                if not data.strip():
                    continue
                records += 1
                line = lines.decode(data)
            except _BadBytes as exc:
                records += 1
                yield InputError(f"{path}:{exc.line}", exc.reason)
                continue
            where = f"{path}:{lines.line}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(
                    where, f"not valid JSON: {exc.msg[:1].lower()}{exc.msg[1:]} (column {exc.colno})"
                )
                continue
            if not isinstance(record, dict):
                yield InputError(where, f"expected a JSON object, got {_json_type(record)}")
                continue
            yield _record_document(record, where)
    if not records:
        yield InputError(path, "no records found")


def _read_table(path: str, delimiter: str, max_bytes: int) -> Iterator[Result]:
    records = 0
    with open(path, "rb") as f:
        lines = _Lines(f, max_bytes)
        reader = csv.DictReader(lines, delimiter=delimiter)
        try:
            header = _csv_next(max_bytes, lambda: reader.fieldnames)
            if not header:
                yield InputError(path, "no header row")
                return
            columns = {name: name.strip().lower() for name in header if name}
            if "text" not in columns.values():
                yield InputError(path, f"no 'text' column; found: {', '.join(header)}")
                return
            while (row := _csv_next(max_bytes, lambda: next(reader, None))) is not None:
                records += 1
                # the row's first line: DictReader skips blank lines, so count back from its last
                first = lines.line - sum(v.count("\n") for v in row.values() if isinstance(v, str))
                record = {columns[k]: v for k, v in row.items() if k in columns and v is not None}
                yield _record_document(record, f"{path}:{first}")
        except _BadBytes as exc:
            yield InputError(f"{path}:{exc.line}", exc.reason)
            return
        except csv.Error as exc:
            too_big = "field limit" in str(exc)
            reason = f"record is larger than {_size(max_bytes)}" if too_big else f"malformed CSV: {exc}"
            yield InputError(f"{path}:{lines.line}", reason)
            return
    if not records:
        yield InputError(path, "no records found")


def _csv_next(max_bytes: int, step: Callable[[], _T]) -> _T:
    """Run ``step`` of a CSV reader with the (process-wide) field size limit raised to ``max_bytes``."""
    old = csv.field_size_limit(max(max_bytes, csv.field_size_limit()))
    try:
        return step()
    finally:
        csv.field_size_limit(old)


def _record_document(record: Mapping[str, object], where: str) -> Result:
    text = record.get("text")
    if text is None:
        return InputError(where, "record has no 'text'")
    if not isinstance(text, str):
        return InputError(where, f"'text' must be a string, not {_json_type(text)}")
    if not text.strip():
        return InputError(where, "record's 'text' is empty")
    fields: dict[str, str | None] = {}
    for name, *aliases in _RECORD_FIELDS:
        value = next((record[k] for k in (name, *aliases) if record.get(k) not in (None, "")), None)
        if isinstance(value, int) and not isinstance(value, bool) and name == "id":
            value = str(value)
        if value is not None and not isinstance(value, str):
            return InputError(where, f"'{name}' must be a string, not {_json_type(value)}")
        fields[name] = value.strip() if isinstance(value, str) else None
    try:
        return document_from_text(_crlf(text), origin=where, **fields)
    except InputError as exc:
        return exc


# --- helpers --------------------------------------------------------------------------------------


def _normalise_date(value: str, where: str) -> str:
    """``value`` as ISO 8601: ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM:SS`` plus ``Z``/``+HH:MM`` if zoned."""
    text = value.strip()
    try:
        return date_cls.fromisoformat(text).isoformat()
    except ValueError:
        pass
    moment: datetime | None = None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            for fmt in _DATE_FORMATS:
                try:
                    return datetime.strptime(text, fmt).date().isoformat()
                except ValueError:
                    continue
    if moment is None:
        raise InputError(where, f"unparseable date {value!r}; {_DATE_HINT}")
    stamp = moment.replace(microsecond=0).isoformat()
    if moment.utcoffset() == timedelta(0):
        stamp = stamp[:19] + "Z"
    return stamp


def _extension(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n")


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1000:
        return f"{n / 1000:g} kB"
    return f"{n} bytes"


def _utf8_reason(exc: UnicodeDecodeError, base: int) -> str:
    byte = exc.object[exc.start]
    return f"not valid UTF-8 text (byte 0x{byte:02x} at offset {base + exc.start}); re-save it as UTF-8"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")
