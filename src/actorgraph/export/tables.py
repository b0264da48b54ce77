"""Tables of relations and actors as JSONL or CSV, and the file handling every exporter shares.

``write_relations(relations, dest, format=...)`` / ``read_relations(src, format=...)`` and the
same for actors. ``dest``/``src`` is a path or an open text file. JSONL writes one object per
line with exactly the record's fields; CSV writes a header row, empty cells for ``None``, lists
joined by ``|``; a text cell that a spreadsheet would run as a formula is neutralised
(:func:`csv_text`, see :mod:`actorgraph.export`).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields
from typing import IO, Any, Literal

from actorgraph.errors import RenderError
from actorgraph.files import atomic_open
from actorgraph.model import ACTOR_FIELDS, RELATION_FIELDS, Actor, Relation

__all__ = [
    "FORMULA_STARTS",
    "BinaryDest",
    "Dest",
    "TableFormat",
    "csv_text",
    "csv_untext",
    "open_dest",
    "read_actors",
    "read_relations",
    "typed_fields",
    "write_actors",
    "write_relations",
]

TableFormat = Literal["jsonl", "csv"]
#: A path or an open text file.
Dest = str | os.PathLike[str] | IO[str]
#: A path or an open binary file.
BinaryDest = str | os.PathLike[str] | IO[bytes]


@contextmanager
def open_dest(dest: Dest | BinaryDest, mode: Literal["r", "w", "rb", "wb"]) -> Iterator[IO[Any]]:
    """``dest`` itself if it is an open file; else the path opened, and written atomically."""
    if not isinstance(dest, str | os.PathLike):
        yield dest
    elif mode in ("w", "wb"):
        with atomic_open(dest, "wb" if mode == "wb" else "w") as f:
            yield f
    else:
        try:
            with open(dest, "rb") if mode == "rb" else open(dest, encoding="utf-8", newline="") as f:
                yield f
        except OSError as exc:
            raise RenderError(f"{os.fspath(dest)}: cannot open ({exc.strerror or exc})") from exc


#: A text cell starting with one of these is read as a formula by spreadsheets (OWASP, CSV Injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: str) -> str:
    r"""Neutralise a CSV text cell as OWASP recommends: a leading ``'`` before a formula character.

    A cell that already starts with ``'`` gets one more, so that :func:`csv_untext` (which the
    readers apply) gives back the original text exactly. Numbers are not text cells: ``-3.0``
    in a numeric column stays a number.

    Examples
    --------
    >>> csv_text('=HYPERLINK("http://x")'), csv_text("Iran"), csv_text("'s")
    ('\'=HYPERLINK("http://x")', 'Iran', "''s")
    >>> csv_untext(csv_text("@SUM(A1)"))
    '@SUM(A1)'
    """
    return "'" + value if value.startswith((*FORMULA_STARTS, "'")) else value


def csv_untext(value: str) -> str:
    """Undo :func:`csv_text`."""
    return value[1:] if value.startswith("'") else value


def _csv_value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, list | tuple):
        v = "|".join(str(x) for x in v)
    return csv_text(v) if isinstance(v, str) else v


def _write(rows: Iterable[dict[str, Any]], columns: list[str], dest: Dest, format: TableFormat) -> None:
    with open_dest(dest, "w") as f:
        if format == "jsonl":
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _csv_value(v) for k, v in row.items()})


def write_relations(relations: Iterable[Relation], dest: Dest, *, format: TableFormat = "jsonl") -> None:
    """Write relations as JSONL (one object a line) or CSV."""
    _write((r.to_dict() for r in relations), list(RELATION_FIELDS), dest, format)


def write_actors(actors: Iterable[Actor], dest: Dest, *, format: TableFormat = "jsonl") -> None:
    """Write actors as JSONL or CSV (aliases and resolutions joined by ``|`` in CSV)."""
    _write((a.to_dict() for a in actors), list(ACTOR_FIELDS), dest, format)


def typed_fields(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(cls):
        v = row.get(f.name)
        t = str(f.type)
        if v == "" and "None" in t:
            v = None
        elif v is not None and isinstance(v, str):
            if t.startswith("tuple"):
                v = tuple(x for x in v.split("|") if x)
            elif t.startswith("bool"):
                v = v.lower() == "true"
            elif t.startswith("int"):
                v = int(v)
            elif t.startswith("float"):
                v = float(v)
        if isinstance(v, list):
            v = tuple(v)
        out[f.name] = v
    return out


def _read(src: Dest, format: TableFormat) -> Iterator[dict[str, Any]]:
    with open_dest(src, "r") as f:
        if format == "jsonl":
            for line in f:
                if line.strip():
                    yield json.loads(line)
        else:
            for row in csv.DictReader(f):
                yield {k: csv_untext(v) for k, v in row.items()}


def read_relations(src: Dest, *, format: TableFormat = "jsonl") -> list[Relation]:
    """Read relations written by :func:`write_relations`."""
    return [Relation(**typed_fields(Relation, row)) for row in _read(src, format)]


def read_actors(src: Dest, *, format: TableFormat = "jsonl") -> list[Actor]:
    """Read actors written by :func:`write_actors`."""
    return [Actor(**typed_fields(Actor, row)) for row in _read(src, format)]
