"""Rows of the store <-> the frozen dataclasses of :mod:`actorgraph.model` (both ways, losslessly)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any

from actorgraph.model import Actor, DocResult, Document, Mention, Relation
from actorgraph.store.schema import RELATION_COLUMNS

__all__ = [
    "ACTOR_SQL",
    "DOCUMENT_SQL",
    "MENTION_SQL",
    "RELATION_SQL",
    "actor_from_row",
    "document_from_row",
    "insert_results",
    "mention_from_row",
    "relation_from_row",
]

_REL_NAMES = tuple(name for name, _ in RELATION_COLUMNS)
_BOOLS = frozenset({"directed", "negated", "hypothetical"})

#: SELECT lists, in the order the ``*_from_row`` functions read them.
DOCUMENT_SQL = "d.id, d.text, d.title, d.date, d.url, d.source, d.origin"
ACTOR_SQL = (
    "a.doc_id, a.id, a.name, a.type, a.country, a.aliases, a.mentions, a.resolved_by, a.office, "
    "a.sector, a.sector_by"
)
MENTION_SQL = 'm.doc_id, m.actor_id, m.text, m.start, m."end", m.resolved_by'
RELATION_SQL = "r.id, r.doc_id, " + ", ".join(f"r.{name}" for name in _REL_NAMES)

#: The stored fields of a Relation (``to_dict`` adds the derived codes, which are not stored).
_STORED = tuple(f.name for f in fields(Relation))
if set(_STORED) != {"id", "doc_id", *_REL_NAMES}:  # pragma: no cover - caught by the tests
    raise ImportError("actorgraph.store: the relations table does not match model.Relation; add a migration")


def document_from_row(row: Sequence[Any]) -> Document:
    """A :class:`Document` from a row selected with :data:`DOCUMENT_SQL`."""
    return Document(*row)


def actor_from_row(row: Sequence[Any]) -> tuple[str, Actor]:
    """``(doc_id, Actor)`` from a row selected with :data:`ACTOR_SQL`."""
    doc_id, id_, name, type_, country, aliases, mentions, resolved_by, office, sector, sector_by = row
    actor = Actor(
        id=id_,
        name=name,
        type=type_,
        country=country,
        aliases=tuple(json.loads(aliases)),
        mentions=mentions,
        resolved_by=tuple(json.loads(resolved_by)),
        office=office,
        sector=sector,
        sector_by=sector_by,
    )
    return doc_id, actor


def mention_from_row(row: Sequence[Any]) -> Mention:
    """A :class:`Mention` from a row selected with :data:`MENTION_SQL`."""
    return Mention(*row)


def relation_from_row(row: Sequence[Any]) -> Relation:
    """A :class:`Relation` from a row selected with :data:`RELATION_SQL`."""
    values = dict(zip(("id", "doc_id", *_REL_NAMES), row, strict=True))
    for name in _BOOLS:
        values[name] = bool(values[name])
    return Relation(**{name: values[name] for name in _STORED})


def _relation_row(rel: Relation, pos: int) -> tuple[Any, ...]:
    return (rel.id, rel.doc_id, pos, *(getattr(rel, name) for name in _REL_NAMES))


_INSERT_DOCUMENT = (
    "INSERT INTO documents (id, text, title, date, url, source, origin, added_at, data_version) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_ACTOR = (
    "INSERT OR REPLACE INTO actors "
    "(doc_id, pos, id, name, type, country, aliases, mentions, resolved_by, office, sector, sector_by) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_MENTION = (
    'INSERT OR REPLACE INTO mentions (doc_id, pos, actor_id, text, start, "end", resolved_by) '
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_RELATION = (
    f"INSERT OR IGNORE INTO relations (id, doc_id, pos, {', '.join(_REL_NAMES)}) "
    f"VALUES ({', '.join('?' * (3 + len(_REL_NAMES)))})"
)


def insert_results(
    conn: sqlite3.Connection,
    results: Iterable[DocResult],
    *,
    added_at: str,
    data_version: str,
    documents: bool = True,
) -> int:
    """Insert the documents (unless ``documents=False``), actors, mentions and relations of ``results``.

    Call inside a transaction. Returns the number of relation rows written.
    """
    doc_rows: list[tuple[Any, ...]] = []
    actor_rows: list[tuple[Any, ...]] = []
    mention_rows: list[tuple[Any, ...]] = []
    relation_rows: list[tuple[Any, ...]] = []
    for r in results:
        d = r.document
        doc_rows.append((d.id, d.text, d.title, d.date, d.url, d.source, d.origin, added_at, data_version))
        actor_rows.extend(
            (
                d.id,
                pos,
                a.id,
                a.name,
                a.type,
                a.country,
                json.dumps(list(a.aliases), ensure_ascii=False),
                a.mentions,
                json.dumps(list(a.resolved_by)),
                a.office,
                a.sector,
                a.sector_by,
            )
            for pos, a in enumerate(r.actors)
        )
        mention_rows.extend(
            (d.id, pos, m.actor_id, m.text, m.start, m.end, m.resolved_by) for pos, m in enumerate(r.mentions)
        )
        relation_rows.extend(_relation_row(rel, pos) for pos, rel in enumerate(r.relations))
    if documents:
        conn.executemany(_INSERT_DOCUMENT, doc_rows)
    conn.executemany(_INSERT_ACTOR, actor_rows)
    conn.executemany(_INSERT_MENTION, mention_rows)
    before = conn.total_changes
    conn.executemany(_INSERT_RELATION, relation_rows)
    return conn.total_changes - before
