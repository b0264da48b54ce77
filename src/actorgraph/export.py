"""Tables in exchange formats, as symmetric write/read pairs.

``write_relations(relations, dest, format=...)`` / ``read_relations(src, format=...)``
and the same for actors. ``dest``/``src`` is a path or an open text file. JSONL
writes one object per line with exactly the record's fields; CSV writes a
header row, empty cells for ``None``, lists joined by ``|``.
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
from actorgraph.model import Actor, Relation

__all__ = ["TableFormat", "read_actors", "read_relations", "write_actors", "write_relations"]

TableFormat = Literal["jsonl", "csv"]
Dest = str | os.PathLike[str] | IO[str]


@contextmanager
def _open(dest: Dest, mode: str) -> Iterator[IO[str]]:
    if isinstance(dest, str | os.PathLike):
        try:
            with open(dest, mode, encoding="utf-8", newline="") as f:
                yield f
        except OSError as exc:
            raise RenderError(f"{os.fspath(dest)}: cannot open ({exc.strerror or exc})") from exc
    else:
        yield dest


def _csv_value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, list | tuple):
        return "|".join(str(x) for x in v)
    return v


def _write(rows: Iterable[dict[str, Any]], columns: list[str], dest: Dest, format: TableFormat) -> None:
    with _open(dest, "w") as f:
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
    _write((r.to_dict() for r in relations), [f.name for f in fields(Relation)], dest, format)


def write_actors(actors: Iterable[Actor], dest: Dest, *, format: TableFormat = "jsonl") -> None:
    """Write actors as JSONL or CSV (aliases and resolutions joined by ``|`` in CSV)."""
    _write((a.to_dict() for a in actors), [f.name for f in fields(Actor)], dest, format)


def _typed(cls: type, row: dict[str, Any]) -> dict[str, Any]:
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
    with _open(src, "r") as f:
        if format == "jsonl":
            for line in f:
                if line.strip():
                    yield json.loads(line)
        else:
            yield from csv.DictReader(f)


def read_relations(src: Dest, *, format: TableFormat = "jsonl") -> list[Relation]:
    """Read relations written by :func:`write_relations`."""
    return [Relation(**_typed(Relation, row)) for row in _read(src, format)]


def read_actors(src: Dest, *, format: TableFormat = "jsonl") -> list[Actor]:
    """Read actors written by :func:`write_actors`."""
    return [Actor(**_typed(Actor, row)) for row in _read(src, format)]
