"""Reading the event store: documents, relations, per-document results, graphs, filters."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from actorgraph.model import PLOVER_TYPES, Actor, DocResult, Document, Mention, Relation
from actorgraph.store import rows
from actorgraph.store.schema import StoreError, connect, store_error

if TYPE_CHECKING:
    import networkx as nx

    from actorgraph.api import Result

__all__ = ["RELATION_TYPES", "StoreReader"]

#: Relation types a filter accepts.
RELATION_TYPES: tuple[str, ...] = (*PLOVER_TYPES, "AFFILIATION")


def _filters() -> Any:
    """The checks ``Result.filter`` uses, so that errors name the Python parameter (imported when used)."""
    from actorgraph import filters

    return filters


class StoreReader:
    """The read side of :class:`~actorgraph.store.Store` (a store opened ``read_only`` uses only this)."""

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = os.fspath(path)
        self.read_only = read_only
        self._conn: sqlite3.Connection | None = connect(self.path, read_only=read_only)

    # --- life cycle -------------------------------------------------------------------------

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection (the store's file stays consistent at any time)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @property
    def conn(self) -> sqlite3.Connection:
        """The open SQLite connection (autocommit mode)."""
        if self._conn is None:
            raise StoreError(self.path, "the store is closed")
        return self._conn

    def __repr__(self) -> str:
        if self._conn is None:
            return f"<Store {self.path!r} (closed)>"
        c = self.counts()
        return f"<Store {self.path!r}: {c['documents']} documents, {c['relations']} relations>"

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise store_error(self.path, exc, "read the store") from exc

    def _iter(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Any]:
        try:
            yield from self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise store_error(self.path, exc, "read the store") from exc

    # --- reading ----------------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        """The ``meta`` table: schema_version, data_version, created_at, ..."""
        return dict(self._query("SELECT key, value FROM meta"))

    def counts(self) -> dict[str, int]:
        """Number of rows of each table: documents, actors (distinct), mentions, relations."""
        (docs,), (actors,), (mentions,), (relations,) = (
            self._query("SELECT count(*) FROM documents")[0],
            self._query("SELECT count(DISTINCT id) FROM actors")[0],
            self._query("SELECT count(*) FROM mentions")[0],
            self._query("SELECT count(*) FROM relations")[0],
        )
        return {"documents": docs, "actors": actors, "mentions": mentions, "relations": relations}

    def __len__(self) -> int:
        return int(self._query("SELECT count(*) FROM documents")[0][0])

    def __contains__(self, doc_id: object) -> bool:
        return bool(self._query("SELECT 1 FROM documents WHERE id = ?", (doc_id,)))

    def documents(
        self, *, since: str | date | None = None, until: str | date | None = None
    ) -> Iterator[Document]:
        """The stored documents (published in ``[since, until]`` if given), in the order they were added."""
        where, params = self._doc_filter(since, until)
        sql = f"SELECT {rows.DOCUMENT_SQL} FROM documents d WHERE {where} ORDER BY d.rowid"
        for row in self._iter(sql, params):
            yield rows.document_from_row(row)

    def relations(
        self,
        *,
        since: str | date | None = None,
        until: str | date | None = None,
        actor: str | None = None,
        type: str | Iterable[str] | None = None,
        statuses: str | Iterable[str] | None = None,
    ) -> Iterator[Relation]:
        """The stored relations, filtered as in :meth:`graph`, in document then sentence order."""
        where, params = self._relation_filter(since, until, actor, type, statuses)
        sql = (
            f"SELECT {rows.RELATION_SQL} FROM relations r JOIN documents d ON d.id = r.doc_id "
            f"WHERE {where} ORDER BY d.rowid, r.pos"
        )
        for row in self._iter(sql, params):
            yield rows.relation_from_row(row)

    def _doc_filter(self, since: str | date | None, until: str | date | None) -> tuple[str, list[Any]]:
        clauses, params = ["1"], []
        for op, value, name in ((">=", since, "since"), ("<=", until, "until")):
            day = _filters().parse_day(value, name)
            if day is not None:
                clauses.append(f"substr(d.date, 1, 10) {op} ?")
                params.append(day)
        return " AND ".join(clauses), params

    def _relation_filter(
        self,
        since: str | date | None,
        until: str | date | None,
        actor: str | None,
        type: str | Iterable[str] | None,
        statuses: str | Iterable[str] | None = None,
    ) -> tuple[str, list[Any]]:
        where, params = self._doc_filter(since, until)
        actor = self._actor_id(actor)
        if actor is not None:
            where += " AND (r.source_id = ? OR r.target_id = ?)"
            params += [actor, actor]
        types = _filters().parse_types(type, "type")
        if types:
            where += f" AND r.type IN ({', '.join('?' * len(types))})"
            params += list(types)
        wanted = sorted(_filters().parse_statuses(statuses))
        if wanted:
            where += f" AND ({_filters().status_sql('r')}) IN ({', '.join('?' * len(wanted))})"
            params += wanted
        return where, params

    def _actor_id(self, key: str | None) -> str | None:
        """The id of the stored actor whose id, name or alias is ``key``, as ``Result.filter`` finds it.

        An id is looked up in the index; a name or an alias reads each stored actor once (per
        document); an unknown actor raises ``InputError`` naming the closest ids.
        """
        if key is None or self._query(
            "SELECT 1 FROM actors WHERE id = ? UNION ALL "
            "SELECT 1 FROM relations WHERE source_id = ? OR target_id = ? LIMIT 1",
            (key, key, key),
        ):
            return key
        merged: dict[str, Actor] = {}
        for id_, name, aliases in self._iter("SELECT id, name, aliases FROM actors ORDER BY rowid"):
            old = merged.get(id_)
            names = tuple(json.loads(aliases))
            merged[id_] = Actor(id_, name, "other", aliases=(*old.aliases, *names) if old else names)
        found: str = _filters().find_actor(key, list(merged.values()), name="actor")
        return found

    def doc_results(
        self,
        *,
        since: str | date | None = None,
        until: str | date | None = None,
        actor: str | None = None,
        type: str | Iterable[str] | None = None,
        statuses: str | Iterable[str] | None = None,
    ) -> list[DocResult]:
        """The stored per-document results, as the pipeline returned them, filtered as in :meth:`graph`."""
        types = _filters().parse_types(type, "type")
        wanted = _filters().parse_statuses(statuses)
        actor = self._actor_id(actor)
        if actor is None and not types and not wanted:
            where, params = self._doc_filter(since, until)
            scope = f"SELECT d.id FROM documents d WHERE {where}"
            keep_rel: Callable[[Relation], bool] = lambda r: True  # noqa: E731
        else:
            where, params = self._relation_filter(since, until, actor, types, wanted)
            scope = (
                f"SELECT DISTINCT r.doc_id FROM relations r JOIN documents d ON d.id = r.doc_id WHERE {where}"
            )

            def keep_rel(r: Relation) -> bool:
                return (
                    (actor is None or actor in (r.source_id, r.target_id))
                    and (not types or r.type in types)
                    and (not wanted or _filters().status_of(r) in wanted)
                )

        docs = [
            rows.document_from_row(row)
            for row in self._query(
                f"SELECT {rows.DOCUMENT_SQL} FROM documents d WHERE d.id IN ({scope}) ORDER BY d.rowid",
                params,
            )
        ]
        relations: dict[str, list[Relation]] = {}
        for row in self._iter(
            f"SELECT {rows.RELATION_SQL} FROM relations r "
            f"WHERE r.doc_id IN ({scope}) ORDER BY r.doc_id, r.pos",
            params,
        ):
            rel = rows.relation_from_row(row)
            if keep_rel(rel):
                relations.setdefault(rel.doc_id, []).append(rel)
        filtered = actor is not None or bool(types) or bool(wanted)
        involved = {i for rels in relations.values() for r in rels for i in (r.source_id, r.target_id)}
        actors: dict[str, list[Any]] = {}
        for row in self._iter(
            f"SELECT {rows.ACTOR_SQL} FROM actors a WHERE a.doc_id IN ({scope}) ORDER BY a.doc_id, a.pos",
            params,
        ):
            doc_id, a = rows.actor_from_row(row)
            if not filtered or a.id in involved:
                actors.setdefault(doc_id, []).append(a)
        mentions: dict[str, list[Mention]] = {}
        for row in self._iter(
            f"SELECT {rows.MENTION_SQL} FROM mentions m WHERE m.doc_id IN ({scope}) ORDER BY m.doc_id, m.pos",
            params,
        ):
            m = rows.mention_from_row(row)
            if not filtered or m.actor_id in involved:
                mentions.setdefault(m.doc_id, []).append(m)
        return [
            DocResult(
                d, tuple(actors.get(d.id, ())), tuple(mentions.get(d.id, ())), tuple(relations.get(d.id, ()))
            )
            for d in docs
        ]

    def result(
        self,
        *,
        since: str | date | None = None,
        until: str | date | None = None,
        actor: str | None = None,
        type: str | Iterable[str] | None = None,
        statuses: str | Iterable[str] | None = None,
        title: str | None = None,
    ) -> Result:
        """The stored documents, actors and relations as a :class:`~actorgraph.api.Result` (page, tables).

        Unfiltered, it equals ``ag.build`` of the same documents. Filters as in :meth:`graph`.
        """
        from actorgraph.api import Result

        results = self.doc_results(since=since, until=until, actor=actor, type=type, statuses=statuses)
        return Result.from_doc_results(results, title=title or os.path.basename(self.path))

    def graph(
        self,
        *,
        since: str | date | None = None,
        until: str | date | None = None,
        actor: str | None = None,
        type: str | Iterable[str] | None = None,
        statuses: str | Iterable[str] | None = None,
    ) -> nx.MultiDiGraph:
        """The actor graph of the store, or of a slice of it.

        Parameters
        ----------
        since, until : str or datetime.date, optional
            Keep documents published on or after ``since`` and on or before ``until``
            (``YYYY-MM-DD``, inclusive); undated documents are left out when either is given.
        actor : str, optional
            Keep relations with this actor as source or target (an ego network): its id, name
            or an alias in any case (``"IRN"``, ``"Iran"``, ``"tehran"``), as
            :meth:`actorgraph.Result.filter` takes them.
        type : str or iterable of str, optional
            Keep relations of these PLOVER types (or ``AFFILIATION``).
        statuses : str or iterable of str, optional
            Keep relations of these statuses (``asserted``, ``reported``, ``hypothetical``,
            ``negated``), one per relation as :func:`actorgraph.filters.status_of` gives it,
            the same as ``Result.filter`` and the report page.

        Returns
        -------
        networkx.MultiDiGraph
            As :func:`actorgraph.graph.build_graph`: one edge per relation.

        Raises
        ------
        InputError
            For a malformed date, an unknown relation type, or an unknown actor (naming the
            closest: ``actor='Iram': no actor 'Iram'; did you mean IRN (Iran)?``).
        StoreError
            If the store cannot be read.
        """
        return self.result(since=since, until=until, actor=actor, type=type, statuses=statuses).graph

    # --- writing ----------------------------------------------------------------------------
