"""The local engine: in this process, or in a pool of worker processes on this machine.

With ``workers=1`` documents are parsed here, in chunks, through ``nlp.pipe`` (batch size 32).
With ``workers=N`` chunks go to N worker processes, each of which loads the model once and
returns plain :class:`~actorgraph.model.DocResult` records; only a few chunks per worker are in
flight at once, so memory does not grow with the corpus. Measured on 2 cores, this pool is
faster than ``nlp.pipe(n_process=N)``, which sends every parsed ``Doc`` back to the parent and
leaves actor and relation extraction to the parent alone (see ``benchmarks/throughput.py``).
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

from actorgraph.engines.work import Item, chunked, process_chunk, warm_up
from actorgraph.errors import EngineError
from actorgraph.model import Document
from actorgraph.pipeline import PipelineConfig

__all__ = ["EngineError", "LocalEngine"]


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
    warm_up(config)


class LocalEngine:
    """Run the document step on this machine.

    Parameters
    ----------
    workers : int
        1 to parse in this process; N > 1 for a pool of N worker processes.
    chunk_size : int
        Documents sent to a worker at once (and parsed by one ``nlp.pipe`` call).

    Examples
    --------
    >>> from actorgraph.pipeline import PipelineConfig
    >>> with LocalEngine(workers=2) as engine:  # doctest: +SKIP
    ...     results = list(engine.map(documents, PipelineConfig()))
    """

    def __init__(self, workers: int = 1, *, chunk_size: int = 32) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.workers = workers
        self.chunk_size = chunk_size
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

        ``documents`` is read lazily: a few chunks per worker ahead of the results.

        Raises
        ------
        EngineError
            If a worker process died (e.g. killed for lack of memory). Results already
            yielded stay valid.
        """
        chunks = chunked(documents, self.chunk_size)
        if self.workers == 1:
            for chunk in chunks:
                yield from process_chunk(chunk, config)
            return
        pool = self._get_pool(config)
        window: deque[Future[list[Item]]] = deque()
        try:
            for chunk in chunks:
                window.append(pool.submit(process_chunk, chunk, config))
                if len(window) >= 2 * self.workers:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
        except BrokenProcessPool as exc:
            self._pool = None
            raise EngineError(
                "a worker process died (out of memory?); what was stored so far is kept: "
                "run the same command again to go on, with fewer workers (workers=, --workers) "
                "if memory is short"
            ) from exc
        finally:
            for future in window:
                future.cancel()
