"""Record files: JSON Lines and CSV/TSV, streamed one record at a time."""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import IO, TypeVar

from actorgraph.errors import InputError
from actorgraph.ingest.documents import (
    Result,
    crlf,
    document_from_text,
    human_size,
    json_type,
    utf8_reason,
)

__all__ = ["BadBytes", "read_jsonl", "read_table"]

_T = TypeVar("_T")

#: Document fields read from a record, each with the other keys that may hold it.
_RECORD_FIELDS = (("id",), ("title", "headline"), ("date", "published"), ("url",), ("source",))


class BadBytes(Exception):
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
        """The next line as bytes; ``None`` at the end; raises ``BadBytes`` if it is too long."""
        data = self.f.readline(self.limit + 1)
        if not data:
            return None
        self.line += 1
        self.start, self.end = self.end, self.end + len(data)
        if len(data) > self.limit and not data.endswith(b"\n"):
            while (rest := self.f.readline(1 << 20)) and not rest.endswith(b"\n"):
                self.end += len(rest)
            self.end += len(rest)
            raise BadBytes(self.line, f"record is larger than {human_size(self.limit)}")
        if self.line == 1 and data.startswith(codecs.BOM_UTF8):
            self.start = len(codecs.BOM_UTF8)
            return data[self.start :]
        return data

    def decode(self, data: bytes) -> str:
        """``data`` decoded; raises ``BadBytes`` naming the file offset of a bad byte, or a NUL byte."""
        if b"\x00" in data:  # the sniff only saw the first 8 KiB
            raise BadBytes(self.line, "binary data: a NUL byte")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadBytes(self.line, utf8_reason(exc, self.start)) from None

    def __next__(self) -> str:
        data = self.raw()
        if data is None:
            raise StopIteration
        return self.decode(data)


def read_jsonl(path: str, max_bytes: int) -> Iterator[Result]:
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
            except BadBytes as exc:
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
                yield InputError(where, f"expected a JSON object, got {json_type(record)}")
                continue
            yield _record_document(record, where)
    if not records:
        yield InputError(path, "no records found")


def read_table(path: str, delimiter: str, max_bytes: int) -> Iterator[Result]:
    """CSV (RFC 4180 quoting) or TSV (one record a line, no quoting: IANA text/tab-separated-values).

    A TSV cell that a spreadsheet or pandas wrapped in quotes because it holds a quote
    (``"Iran said ""no"" again"``) is unwrapped. A row with more or fewer fields than the header is reported.
    """
    records = 0
    tsv = delimiter == "\t"
    with open(path, "rb") as f:
        lines = _Lines(f, max_bytes)
        # strict: a quote never closed is an error at the end of the file, not the rest of it read as
        # one cell; text after a closing quote is an error for that row, and reading goes on
        reader = csv.DictReader(
            lines, delimiter=delimiter, quoting=csv.QUOTE_NONE if tsv else csv.QUOTE_MINIMAL, strict=True
        )
        try:
            header = _csv_next(max_bytes, lambda: reader.fieldnames)
        except BadBytes as exc:
            yield InputError(f"{path}:{exc.line}", exc.reason)
            return
        if not header:
            yield InputError(path, "no header row")
            return
        columns = {name: name.strip().lower() for name in header if name}
        if "text" not in columns.values():
            yield InputError(path, f"no 'text' column; found: {', '.join(header)}")
            return
        while True:
            first = lines.line + 1
            try:
                row = _csv_next(max_bytes, lambda: next(reader, None))
            except BadBytes as exc:  # that line is lost; the reader goes on with the next one
                records += 1
                yield InputError(f"{path}:{exc.line}", exc.reason)
                continue
            except csv.Error as exc:
                records += 1
                if "field limit" in str(exc):
                    yield InputError(f"{path}:{lines.line}", f"record is larger than {human_size(max_bytes)}")
                    return
                if "unexpected end of data" in str(exc):
                    yield InputError(
                        f"{path}:{first}",
                        f"malformed CSV: a quote opened in this record is never closed, so lines {first}"
                        f"-{lines.line} (the end of the file) were skipped; close or double the quote",
                    )
                    return
                yield InputError(f"{path}:{first}", f"malformed CSV: {exc}")
                continue
            if row is None:
                break
            records += 1
            extra = row.pop(None, None)
            values = [v for v in row.values() if isinstance(v, str)]
            # the row's first line: DictReader skips blank lines, so count back from its last
            where = f"{path}:{lines.line - sum(v.count(chr(10)) for v in values)}"
            width = len(values) + len(extra or ())
            if width != len(header):
                yield InputError(where, f"row has {width} fields, the header {len(header)}")
                continue
            record = {columns[k]: _unquote(v) if tsv else v for k, v in row.items() if k in columns}
            yield _record_document(record, where)
    if not records:
        yield InputError(path, "no records found")


_QUOTED = re.compile(r'"((?:[^"]|"")*""(?:[^"]|"")*)"')


def _unquote(cell: str) -> str:
    """A TSV cell quoted because it holds quotes (doubled inside) without its quoting; others as they are."""
    quoted = _QUOTED.fullmatch(cell)
    return quoted.group(1).replace('""', '"') if quoted else cell


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
        return InputError(where, f"'text' must be a string, not {json_type(text)}")
    if not text.strip():
        return InputError(where, "record's 'text' is empty")
    fields: dict[str, str | None] = {}
    for name, *aliases in _RECORD_FIELDS:
        value = next((record[k] for k in (name, *aliases) if record.get(k) not in (None, "")), None)
        if isinstance(value, int) and not isinstance(value, bool) and name == "id":
            value = str(value)
        if value is not None and not isinstance(value, str):
            return InputError(where, f"'{name}' must be a string, not {json_type(value)}")
        fields[name] = value.strip() if isinstance(value, str) else None
    try:
        return document_from_text(crlf(text), origin=where, **fields)
    except InputError as exc:
        return exc
