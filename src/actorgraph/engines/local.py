"""The local engine: in this process, or in a pool of worker processes on this machine.

With ``workers=1`` documents are parsed here, in chunks, through ``nlp.pipe`` (batch size 32).
With ``workers=N`` chunks go to N worker processes, each of which loads the model once and
returns plain :class:`~actorgraph.model.DocResult` records; only a few chunks per worker are in
flight at once, so memory does not grow with the corpus. A worker that dies (out of memory) costs
only the document it was parsing: the chunks in flight are run again alone, then one by one.
Measured on 2 cores, this pool is faster than ``nlp.pipe(n_process=N)``, which sends every
parsed ``Doc`` back to the parent and leaves actor and relation extraction to the parent alone
(see ``benchmarks/throughput.py``).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Self

from actorgraph.engines.work import CHUNK_CHARS, Failure, Item, chunked, process_chunk, warm_up
from actorgraph.errors import EngineError
from actorgraph.model import Document
from actorgraph.pipeline import BATCH_CHARS, PipelineConfig, freeze_after_load

__all__ = ["EngineError", "LocalEngine"]

_KILLED = (
    "its worker process died while parsing it (out of memory?); the other documents of its chunk "
    "were extracted"
)


def _watch_parent(parent: int) -> None:
    """Exit this worker when its parent is gone (killed), instead of lingering as an orphan."""

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="actorgraph-parent-watch", daemon=True).start()


def _init_worker(parent: int, config: PipelineConfig) -> None:
    _watch_parent(parent)
    freeze_after_load()
    warm_up(config)


class LocalEngine:
    """Run the document step on this machine.

    Parameters
    ----------
    workers : int
        1 to parse in this process; N > 1 for a pool of N worker processes.
    chunk_size, chunk_chars : int
        Most documents, and about the most characters, sent to a worker at once (and parsed by
        one ``nlp.pipe`` call). By default :data:`~actorgraph.engines.work.CHUNK_CHARS` for a
        pool, which keeps every worker busy to the end, and a full batch
        (:data:`~actorgraph.pipeline.BATCH_CHARS`) in this process, where nothing waits on a
        chunk: a run then peaks in memory as one long document's piece does.

    Examples
    --------
    >>> from actorgraph.pipeline import PipelineConfig
    >>> with LocalEngine(workers=2) as engine:  # doctest: +SKIP
    ...     results = list(engine.map(documents, PipelineConfig()))
    """

    #: What runs on a chunk, wherever it runs (a module-level function, so that it pickles).
    task = staticmethod(process_chunk)

    def __init__(self, workers: int = 1, *, chunk_size: int = 32, chunk_chars: int | None = None) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.workers = workers
        self.chunk_size = chunk_size
        self.chunk_chars = chunk_chars or (CHUNK_CHARS if workers > 1 else BATCH_CHARS)
        self._pool: ProcessPoolExecutor | None = None
        self._config: PipelineConfig | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker processes, if any."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _get_pool(self, config: PipelineConfig) -> ProcessPoolExecutor:
        if self._pool is not None and self._config != config:
            self.close()
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context(),
                initializer=_init_worker,
                initargs=(os.getpid(), config),
            )
            self._config = config
        return self._pool

    def map(self, documents: Iterable[Document], config: PipelineConfig) -> Iterator[Item]:
        """Yield one :class:`DocResult` or :class:`Failure` per document, in input order.

        ``documents`` is read lazily: a few chunks per worker ahead of the results. When a worker
        process dies (killed for lack of memory, say), the chunks in flight with it are run again
        one at a time, and the documents of a chunk that kills its worker again one by one: only
        the document that kills a worker on its own is a :class:`Failure`.

        Raises
        ------
        EngineError
            If worker processes die even with no document to parse (they cannot start).
        """
        chunks = chunked(documents, self.chunk_size, self.chunk_chars)
        if self.workers == 1:
            for chunk in chunks:
                yield from self.task(chunk, config)
            return
        window: deque[tuple[list[Document], Future[list[Item]]]] = deque()
        try:
            for chunk in chunks:
                try:
                    future = self._get_pool(config).submit(self.task, chunk, config)
                except BrokenProcessPool:  # a worker died while the chunks in flight ran
                    yield from self._recover([c for c, _ in window], window, config)
                    future = self._get_pool(config).submit(self.task, chunk, config)
                window.append((chunk, future))
                if len(window) >= 2 * self.workers:
                    yield from self._next(window, config)
            while window:
                yield from self._next(window, config)
        finally:
            for _, future in window:
                future.cancel()

    def _next(
        self, window: deque[tuple[list[Document], Future[list[Item]]]], config: PipelineConfig
    ) -> Iterator[Item]:
        chunk, future = window.popleft()
        try:
            items = future.result()
        except BrokenProcessPool:
            yield from self._recover([chunk, *(c for c, _ in window)], window, config)
            return
        yield from items

    def _recover(
        self,
        suspects: list[list[Document]],
        window: deque[tuple[list[Document], Future[list[Item]]]],
        config: PipelineConfig,
    ) -> Iterator[Item]:
        """Every chunk in flight failed with the one that killed its worker: run each again alone."""
        window.clear()
        self._restart()
        for suspect in suspects:
            yield from self._alone(suspect, config)

    def _alone(self, chunk: list[Document], config: PipelineConfig) -> list[Item]:
        """``chunk`` run with nothing else in flight; split if it kills its worker."""
        try:
            return self._get_pool(config).submit(self.task, chunk, config).result()
        except BrokenProcessPool:
            self._restart()
        if len(chunk) > 1:
            return [item for d in chunk for item in self._alone([d], config)]
        if not self._healthy(config):
            raise EngineError(
                "worker processes die even without a document (out of memory while loading the "
                "model?); what was stored so far is kept: run the same command again with fewer "
                "workers (workers=, --workers)"
            )
        [d] = chunk
        return [Failure(d.id, d.origin or d.id, _KILLED)]

    def _healthy(self, config: PipelineConfig) -> bool:
        try:
            self._get_pool(config).submit(os.getpid).result()
        except BrokenProcessPool:
            self._restart()
            return False
        return True

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
