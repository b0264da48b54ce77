"""The :class:`Store`: an incremental SQLite event store of documents, actors and relations."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, cast

from actorgraph.errors import InputError
from actorgraph.model import DocResult, Document
from actorgraph.store import rows
from actorgraph.store.read import StoreReader
from actorgraph.store.schema import StoreError, store_error, transaction

if TYPE_CHECKING:
    from actorgraph.engines import Engine, Item, Progress
    from actorgraph.engines.progress import ProgressOption
    from actorgraph.pipeline import PipelineConfig

__all__ = ["AddStats", "Store"]

Source = str | os.PathLike[str] | Document

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


class Store(StoreReader):
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

    def _stored(self, documents: Sequence[Document]) -> dict[int, bool]:
        """For each of ``documents`` already stored (by position): whether the stored text is the same.

        The texts are compared inside SQLite, so a re-add does not read the stored texts back.
        """
        found: dict[int, bool] = {}
        for i in range(0, len(documents), _CHECK):
            part = documents[i : i + _CHECK]
            given = ", ".join("(?, ?, ?)" for _ in part)
            found.update(
                (int(n), bool(same))
                for n, same in self._query(
                    f"WITH given(n, id, text) AS (VALUES {given}) "
                    "SELECT given.n, d.text = given.text FROM given JOIN documents d ON d.id = given.id",
                    [x for n, d in enumerate(part, i) for x in (n, d.id, d.text)],
                )
            )
        return found

    @staticmethod
    def _conflict(document: Document) -> InputError:
        return InputError(
            document.origin or document.id,
            f"id {document.id!r} is already stored with a different text (give each record "
            "its own id, or leave 'id' out to key documents by their content)",
        )

    def _report(self, failure: Any, on_error: Callable[[InputError], None] | None) -> None:
        """Raise or hand over an InputError, or an engine's Failure as one."""
        error = failure if isinstance(failure, InputError) else InputError(failure.origin, failure.reason)
        if on_error is None:
            raise error
        on_error(error)

    def _run(
        self,
        documents: Iterator[Document],
        config: Any,
        where: tuple[Any, int, str | None],
        tally: _Tally,
        pending: dict[str, str],
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
        pending: dict[str, str],
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
            written, conflicts = self._commit(batch, version, replace=replace) if batch else ([], [])
            words = sum(_words(r.document.text) for r in written)
            tally.relations += sum(len(r.relations) for r in written)
            tally.added += len(written)
            tally.skipped += len(batch) - len(written) - len(conflicts)  # another writer stored them
            tally.failed += len(conflicts)
            tally.words += words
            if progress is not None and (batch or failed):
                progress.update(len(batch) + failed, words)
            for r in batch:
                pending.pop(r.document.id, None)
            batch.clear()
            failed = 0
            last = time.perf_counter()
            for document in conflicts:
                self._report(self._conflict(document), on_error)

        for item in items:
            if isinstance(item, Failure):
                tally.failed += 1
                failed += 1
                pending.pop(item.doc_id, None)
                self._report(item, on_error)
                continue
            batch.append(item)
            if len(batch) >= batch_size or time.perf_counter() - last >= batch_seconds:
                commit()
        commit()

    def _commit(
        self, batch: list[DocResult], version: str, *, replace: bool
    ) -> tuple[list[DocResult], list[Document]]:
        """Write one batch in one transaction.

        Returns the results written and the documents refused because another writer stored a
        different text under their id meanwhile (the same text is simply not written again).
        """
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
                    rows.insert_results(conn, batch, added_at="", data_version=version, documents=False)
                    return batch, []
                # another writer may have stored some of them since we checked: skip those
                there: dict[str, str] = dict(
                    conn.execute(f"SELECT id, text FROM documents WHERE id IN ({marks})", ids).fetchall()
                )
                fresh = [r for r in batch if r.document.id not in there]
                rows.insert_results(conn, fresh, added_at=_now(), data_version=version)
        except sqlite3.Error as exc:
            raise store_error(self.path, exc, "write to the store") from exc
        conflicts = [
            r.document for r in batch if there.get(r.document.id, r.document.text) != r.document.text
        ]
        return fresh, conflicts

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
        progress: ProgressOption = None,
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
            Receives each :class:`InputError` (unreadable document, extraction failure, an id
            already stored with a different text), which is then skipped; by default the first
            one is raised.
        progress : bool, tqdm class or bar, or Progress, optional
            ``True`` for a ``tqdm.auto`` bar, ``tqdm``, a bar, or a Progress told of each
            committed batch; the contract of :mod:`actorgraph.engines.progress`.
        batch_size, batch_seconds : int, float
            A batch is committed after this many documents or seconds, whichever comes first.

        Returns
        -------
        AddStats
            A document already stored with the same text counts as ``skipped`` (also when
            another process stored it during this call); under the same id with another
            text it counts as ``failed``.

        Raises
        ------
        StoreError
            If the store cannot be written (read-only, disk full); batches committed before
            stay, and running the same call again goes on from there.
        InputError
            A bad input when ``on_error`` is not given.
        """
        if self.read_only:
            raise StoreError(self.path, "cannot add to the store: it was opened read-only")
        from actorgraph.engines.progress import count_documents, reporting

        with reporting(progress, total=lambda: count_documents(inputs), desc="adding") as bar:
            return self._add(
                inputs, config, workers, engine, scheduler, on_error, bar, batch_size, batch_seconds
            )

    def _add(
        self,
        inputs: Source | Iterable[Source],
        config: PipelineConfig | None,
        workers: int,
        engine: Literal["local", "dask"] | Engine,
        scheduler: str | None,
        on_error: Callable[[InputError], None] | None,
        progress: Progress | None,
        batch_size: int,
        batch_seconds: float,
    ) -> AddStats:
        from actorgraph.engines import data_version
        from actorgraph.ingest import iter_documents
        from actorgraph.pipeline import PipelineConfig

        config = config or PipelineConfig()
        version = data_version(config)
        tally = _Tally()
        pending: dict[str, str] = {}  # id -> text of the documents sent to the engine, not committed yet

        def unreadable(error: InputError) -> None:
            tally.failed += 1
            if progress is not None:
                progress.update(1, 0)
            if on_error is not None:
                on_error(error)

        def new_documents() -> Iterator[Document]:
            source = iter_documents(inputs, on_error=None if on_error is None else unreadable)
            for group in _groups(source, _CHECK):
                tally.read += len(group)
                stored = self._stored(group)
                skipped = 0
                for n, d in enumerate(group):
                    same = stored.get(n)
                    if same is None and d.id in pending:
                        same = pending[d.id] == d.text
                    if same:
                        skipped += 1
                        continue
                    if same is False:
                        tally.failed += 1
                        self._report(self._conflict(d), on_error)
                        if progress is not None:
                            progress.update(1, 0)
                        continue
                    pending[d.id] = d.text
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
        progress: ProgressOption = None,
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
        if self.read_only:
            raise StoreError(self.path, "cannot reprocess the store: it was opened read-only")
        from actorgraph.engines.progress import reporting

        with reporting(progress, total=lambda: len(self), desc="reprocessing") as bar:
            return self._reprocess(
                config, force, workers, engine, scheduler, on_error, bar, batch_size, batch_seconds
            )

    def _reprocess(
        self,
        config: PipelineConfig | None,
        force: bool,
        workers: int,
        engine: Literal["local", "dask"] | Engine,
        scheduler: str | None,
        on_error: Callable[[InputError], None] | None,
        progress: Progress | None,
        batch_size: int,
        batch_seconds: float,
    ) -> AddStats:
        from actorgraph.engines import data_version
        from actorgraph.pipeline import PipelineConfig

        config = config or PipelineConfig()
        version = data_version(config)
        tally = _Tally()
        pending: dict[str, str] = {}

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
