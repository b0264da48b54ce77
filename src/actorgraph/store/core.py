"""The :class:`Store`: an incremental SQLite event store of documents, actors and relations."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, cast

import networkx as nx

from actorgraph.errors import InputError
from actorgraph.model import PLOVER_TYPES, DocResult, Document, Mention, Relation
from actorgraph.store import rows
from actorgraph.store.schema import StoreError, connect, store_error, transaction

if TYPE_CHECKING:
    from actorgraph.api import Result
    from actorgraph.engines import Engine, Item, Progress
    from actorgraph.pipeline import PipelineConfig

__all__ = ["AddStats", "Store"]

Source = str | os.PathLike[str] | Document

#: Relation types a filter accepts.
RELATION_TYPES: tuple[str, ...] = (*PLOVER_TYPES, "AFFILIATION")

_CHECK = 500  # documents whose ids are looked up in one query
_CHECK_CHARS = 4_000_000  # ... or fewer, so that a group of long documents stays small in memory


@dataclass(frozen=True, slots=True)
class AddStats:
    """What one :meth:`Store.add` or :meth:`Store.reprocess` did.

    ``read`` documents came in; ``added`` were extracted and stored (re-extracted for
    ``reprocess``); ``skipped`` were stored already (or repeated in the input); ``failed`` were
    reported through ``on_error`` and not stored; ``outdated`` stored documents were extracted
    with other data than ``config`` (``reprocess`` updates them).
    """

    read: int = 0
    added: int = 0
    skipped: int = 0
    failed: int = 0
    relations: int = 0
    words: int = 0
    seconds: float = 0.0
    outdated: int = 0

    @property
    def words_per_second(self) -> float:
        """Words of the extracted documents per second of the whole call."""
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def __str__(self) -> str:
        return (
            f"{self.added} documents added ({self.relations} relations), {self.skipped} already stored, "
            f"{self.failed} failed; {self.words:,} words in {self.seconds:.1f} s "
            f"({self.words_per_second:,.0f} words/s)"
        )


class _Tally:
    """Mutable counters of a run, frozen into :class:`AddStats` at the end."""

    def __init__(self) -> None:
        self.read = self.added = self.skipped = self.failed = self.relations = self.words = 0
        self.start = time.perf_counter()

    def freeze(self, outdated: int) -> AddStats:
        return AddStats(
            self.read,
            self.added,
            self.skipped,
            self.failed,
            self.relations,
            self.words,
            time.perf_counter() - self.start,
            outdated,
        )


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _words(text: str) -> int:
    return len(text.split())


def _day(value: str | date | None, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise InputError(f"--{name} {value!r}", "not a date; use YYYY-MM-DD") from None


def _types(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    wanted = (value,) if isinstance(value, str) else tuple(value)
    out = tuple(t.strip().upper() for t in wanted)
    bad = [t for t in out if t not in RELATION_TYPES]
    if bad:
        raise InputError(f"--type {bad[0]!r}", f"not a relation type; use one of {', '.join(RELATION_TYPES)}")
    return out


class Store:
    """An incremental event store in one SQLite file.

    Documents are keyed by id (the content hash unless the source gives one): adding a
    document already stored does not parse it again, so re-adding a corpus is a no-op. Each
    batch of documents is committed in one transaction, with its actors, mentions and
    relations, so a process killed at any moment leaves a consistent store, and running the
    same ``add`` again completes it. Readers keep working while a writer adds (WAL mode).

    Parameters
    ----------
    path : str or os.PathLike
        The database file; created (with its folder) when missing, unless ``read_only``.
    read_only : bool
        Open for reading only (the file must exist).

    Raises
    ------
    StoreError
        If the file cannot be opened or created, is not an actorgraph store, or was written
        by a newer actorgraph.

    Examples
    --------
    >>> import actorgraph as ag
    >>> with ag.Store("graphs/actorgraph.db") as store:  # doctest: +SKIP
    ...     stats = store.add(["news/"])
    ...     g = store.graph(since="2025-01-01", type="ASSAULT")
    """

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
    ) -> Iterator[Relation]:
        """The stored relations, filtered as in :meth:`graph`, in document then sentence order."""
        where, params = self._relation_filter(since, until, actor, type)
        sql = (
            f"SELECT {rows.RELATION_SQL} FROM relations r JOIN documents d ON d.id = r.doc_id "
            f"WHERE {where} ORDER BY d.rowid, r.pos"
        )
        for row in self._iter(sql, params):
            yield rows.relation_from_row(row)

    def _doc_filter(self, since: str | date | None, until: str | date | None) -> tuple[str, list[Any]]:
        clauses, params = ["1"], []
        for op, value, name in ((">=", since, "since"), ("<=", until, "until")):
            day = _day(value, name)
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
    ) -> tuple[str, list[Any]]:
        where, params = self._doc_filter(since, until)
        if actor is not None:
            where += " AND (r.source_id = ? OR r.target_id = ?)"
            params += [actor, actor]
        types = _types(type)
        if types:
            where += f" AND r.type IN ({', '.join('?' * len(types))})"
            params += list(types)
        return where, params

    def doc_results(
        self,
        *,
        since: str | date | None = None,
        until: str | date | None = None,
        actor: str | None = None,
        type: str | Iterable[str] | None = None,
    ) -> list[DocResult]:
        """The stored per-document results, as the pipeline returned them, filtered as in :meth:`graph`."""
        types = _types(type)
        if actor is None and not types:
            where, params = self._doc_filter(since, until)
            scope = f"SELECT d.id FROM documents d WHERE {where}"
            keep_rel: Callable[[Relation], bool] = lambda r: True  # noqa: E731
        else:
            where, params = self._relation_filter(since, until, actor, types)
            scope = (
                f"SELECT DISTINCT r.doc_id FROM relations r JOIN documents d ON d.id = r.doc_id WHERE {where}"
            )

            def keep_rel(r: Relation) -> bool:
                return (actor is None or actor in (r.source_id, r.target_id)) and (
                    not types or r.type in types
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
        filtered = actor is not None or bool(types)
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
        title: str | None = None,
    ) -> Result:
        """The stored documents, actors and relations as a :class:`~actorgraph.api.Result` (page, tables).

        Unfiltered, it equals ``ag.build`` of the same documents. Filters as in :meth:`graph`.
        """
        from actorgraph.api import Result

        results = self.doc_results(since=since, until=until, actor=actor, type=type)
        return Result.from_doc_results(results, title=title or os.path.basename(self.path))

    def graph(
        self,
        *,
        since: str | date | None = None,
        until: str | date | None = None,
        actor: str | None = None,
        type: str | Iterable[str] | None = None,
    ) -> nx.MultiDiGraph:
        """The actor graph of the store, or of a slice of it.

        Parameters
        ----------
        since, until : str or datetime.date, optional
            Keep documents published on or after ``since`` and on or before ``until``
            (``YYYY-MM-DD``, inclusive); undated documents are left out when either is given.
        actor : str, optional
            Keep relations with this actor id as source or target (an ego network).
        type : str or iterable of str, optional
            Keep relations of these PLOVER types (or ``AFFILIATION``).

        Returns
        -------
        networkx.MultiDiGraph
            As :func:`actorgraph.graph.build_graph`: one edge per relation.

        Raises
        ------
        InputError
            For a malformed date or an unknown relation type.
        StoreError
            If the store cannot be read.
        """
        return self.result(since=since, until=until, actor=actor, type=type).graph

    # --- writing ----------------------------------------------------------------------------

    def _stored(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(ids), _CHECK):
            part = ids[i : i + _CHECK]
            found.update(
                row[0]
                for row in self._query(
                    f"SELECT id FROM documents WHERE id IN ({', '.join('?' * len(part))})", part
                )
            )
        return found

    def _report(self, failure: Any, on_error: Callable[[InputError], None] | None) -> None:
        error = InputError(failure.origin, failure.reason)
        if on_error is None:
            raise error
        on_error(error)

    def _run(
        self,
        documents: Iterator[Document],
        config: Any,
        where: tuple[Any, int, str | None],
        tally: _Tally,
        pending: set[str],
        version: str,
        *,
        replace: bool,
        on_error: Callable[[InputError], None] | None,
        progress: Progress | None,
        batch: tuple[int, float],
    ) -> None:
        """Run ``documents`` through the engine ``where`` = (engine, workers, scheduler) into the store."""
        from actorgraph.engines import open_engine

        engine, workers, scheduler = where
        runner = (
            open_engine(cast(Any, engine), workers=workers, scheduler=scheduler)
            if isinstance(engine, str)
            else engine
        )
        with runner:
            self._write(
                runner.map(documents, config),
                tally,
                pending,
                version,
                replace=replace,
                on_error=on_error,
                progress=progress,
                batch_size=batch[0],
                batch_seconds=batch[1],
            )

    def _write(
        self,
        items: Iterable[Item],
        tally: _Tally,
        pending: set[str],
        version: str,
        *,
        replace: bool,
        on_error: Callable[[InputError], None] | None,
        progress: Progress | None,
        batch_size: int,
        batch_seconds: float,
    ) -> None:
        from actorgraph.engines import Failure

        batch: list[DocResult] = []
        failed = 0
        last = time.perf_counter()

        def commit() -> None:
            nonlocal failed, last
            words = sum(_words(r.document.text) for r in batch)
            if batch:
                tally.relations += self._commit(batch, version, replace=replace)
            tally.added += len(batch)
            tally.words += words
            if progress is not None and (batch or failed):
                progress.update(len(batch) + failed, words)
            pending.difference_update(r.document.id for r in batch)
            batch.clear()
            failed = 0
            last = time.perf_counter()

        for item in items:
            if isinstance(item, Failure):
                tally.failed += 1
                failed += 1
                pending.discard(item.doc_id)
                self._report(item, on_error)
                continue
            batch.append(item)
            if len(batch) >= batch_size or time.perf_counter() - last >= batch_seconds:
                commit()
        commit()

    def _commit(self, batch: list[DocResult], version: str, *, replace: bool) -> int:
        """Write one batch in one transaction; returns the number of relations written."""
        conn = self.conn
        ids = [r.document.id for r in batch]
        marks = ", ".join("?" * len(ids))
        try:
            with transaction(conn):
                if replace:
                    for table in ("actors", "mentions", "relations"):
                        conn.execute(f"DELETE FROM {table} WHERE doc_id IN ({marks})", ids)
                    conn.execute(
                        f"UPDATE documents SET data_version = ? WHERE id IN ({marks})", [version, *ids]
                    )
                    return rows.insert_results(
                        conn, batch, added_at="", data_version=version, documents=False
                    )
                # another writer may have stored some of them since we checked: skip those
                there = {
                    row[0] for row in conn.execute(f"SELECT id FROM documents WHERE id IN ({marks})", ids)
                }
                fresh = [r for r in batch if r.document.id not in there]
                return rows.insert_results(conn, fresh, added_at=_now(), data_version=version)
        except sqlite3.Error as exc:
            raise store_error(self.path, exc, "write to the store") from exc

    def _set_version(self, version: str) -> None:
        try:
            with transaction(self.conn) as conn:
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('data_version', ?)", (version,)
                )
        except sqlite3.Error as exc:
            raise store_error(self.path, exc, "write to the store") from exc

    def outdated(self, config: PipelineConfig | None = None) -> int:
        """Number of stored documents extracted with other data than ``config`` (see :meth:`reprocess`)."""
        from actorgraph.engines import data_version
        from actorgraph.pipeline import PipelineConfig

        return self._outdated(data_version(config or PipelineConfig()))

    def _outdated(self, version: str) -> int:
        return int(self._query("SELECT count(*) FROM documents WHERE data_version != ?", (version,))[0][0])

    def add(
        self,
        inputs: Source | Iterable[Source],
        *,
        config: PipelineConfig | None = None,
        workers: int = 1,
        engine: Literal["local", "dask"] | Engine = "local",
        scheduler: str | None = None,
        on_error: Callable[[InputError], None] | None = None,
        progress: Progress | None = None,
        batch_size: int = 64,
        batch_seconds: float = 10.0,
    ) -> AddStats:
        """Extract and store the documents of ``inputs`` that are not stored yet.

        Parameters
        ----------
        inputs : path, Document, or an iterable of them
            Files (``.txt``, ``.md``, ``.html``, ``.jsonl``, ``.csv``), directories, ``"-"``
            for standard input, or :class:`Document` objects. Record files are streamed.
        config : PipelineConfig, optional
            Model, user actors and lexicon.
        workers : int
            Worker processes (``1``: parse in this process).
        engine : {"local", "dask"} or Engine
            Where documents are parsed; ``"dask"`` needs the ``dask`` extra.
        scheduler : str, optional
            A Dask scheduler address (``tcp://HOST:PORT``) for ``engine="dask"``.
        on_error : callable, optional
            Receives each :class:`InputError` (unreadable or oversized document, extraction
            failure), which is then skipped; by default the first one is raised.
        progress : Progress, optional
            Told of each committed batch; see :func:`actorgraph.engines.progress_bar`.
        batch_size, batch_seconds : int, float
            A batch is committed after this many documents or seconds, whichever comes first.

        Returns
        -------
        AddStats

        Raises
        ------
        StoreError
            If the store cannot be written (read-only, disk full); batches committed before
            stay, and running the same call again goes on from there.
        InputError
            A bad input when ``on_error`` is not given.
        """
        from actorgraph.engines import data_version
        from actorgraph.engines.work import oversized
        from actorgraph.ingest import iter_documents
        from actorgraph.pipeline import PipelineConfig

        if self.read_only:
            raise StoreError(self.path, "cannot add to the store: it was opened read-only")
        config = config or PipelineConfig()
        version = data_version(config)
        tally = _Tally()
        pending: set[str] = set()  # sent to the engine, not committed yet

        def new_documents() -> Iterator[Document]:
            source = iter_documents(inputs, on_error=on_error)
            for group in _groups(source, _CHECK):
                tally.read += len(group)
                stored = self._stored([d.id for d in group])
                skipped = 0
                for d in group:
                    if d.id in stored or d.id in pending:
                        skipped += 1
                        continue
                    failure = oversized(d)
                    if failure is not None:
                        tally.failed += 1
                        self._report(failure, on_error)
                        if progress is not None:
                            progress.update(1, 0)
                        continue
                    pending.add(d.id)
                    yield d
                tally.skipped += skipped
                if progress is not None and skipped:
                    progress.update(skipped, 0)

        self._run(
            new_documents(),
            config,
            (engine, workers, scheduler),
            tally,
            pending,
            version,
            replace=False,
            on_error=on_error,
            progress=progress,
            batch=(batch_size, batch_seconds),
        )
        if tally.added:
            self._set_version(version)
        return tally.freeze(self._outdated(version))

    def reprocess(
        self,
        config: PipelineConfig | None = None,
        *,
        force: bool = False,
        workers: int = 1,
        engine: Literal["local", "dask"] | Engine = "local",
        scheduler: str | None = None,
        on_error: Callable[[InputError], None] | None = None,
        progress: Progress | None = None,
        batch_size: int = 64,
        batch_seconds: float = 10.0,
    ) -> AddStats:
        """Extract the stored documents again from their stored text (sources are not read).

        Only documents extracted with other data than ``config`` (another model, actor or
        lexicon file, or actorgraph version) are redone, unless ``force``; so an interrupted
        ``reprocess`` goes on where it stopped. Each batch replaces its documents' actors,
        mentions and relations in one transaction. Other parameters as in :meth:`add`.

        Returns
        -------
        AddStats
            ``added`` counts the re-extracted documents.
        """
        from actorgraph.engines import data_version
        from actorgraph.pipeline import PipelineConfig

        if self.read_only:
            raise StoreError(self.path, "cannot reprocess the store: it was opened read-only")
        config = config or PipelineConfig()
        version = data_version(config)
        tally = _Tally()
        pending: set[str] = set()

        def stale_documents() -> Iterator[Document]:
            last = 0
            while True:
                page = self._query(
                    f"SELECT d.rowid, {rows.DOCUMENT_SQL} FROM documents d WHERE d.rowid > ? "
                    f"{'' if force else 'AND d.data_version != ?'} ORDER BY d.rowid LIMIT {_CHECK}",
                    (last,) if force else (last, version),
                )
                if not page:
                    return
                last = page[-1][0]
                for row in page:
                    tally.read += 1
                    yield rows.document_from_row(row[1:])

        self._run(
            stale_documents(),
            config,
            (engine, workers, scheduler),
            tally,
            pending,
            version,
            replace=True,
            on_error=on_error,
            progress=progress,
            batch=(batch_size, batch_seconds),
        )
        self._set_version(version)
        return tally.freeze(self._outdated(version))


def _groups(items: Iterable[Document], size: int, chars: int = _CHECK_CHARS) -> Iterator[list[Document]]:
    """Consecutive groups of at most ``size`` documents or about ``chars`` characters of text."""
    group: list[Document] = []
    total = 0
    for item in items:
        group.append(item)
        total += len(item.text)
        if len(group) >= size or total >= chars:
            yield group
            group = []
            total = 0
    if group:
        yield group
