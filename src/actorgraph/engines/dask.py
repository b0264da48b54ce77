"""The Dask engine: coarse chunks of documents to the workers of a ``dask.distributed`` cluster.

Each worker process loads the spaCy pipeline once (the per-process caches of
``load_pipeline``) and returns plain :class:`~actorgraph.model.DocResult` records, which the
caller merges into the store. Without a scheduler address a ``LocalCluster`` is started on this
machine (one single-threaded worker process per core); ``scheduler="tcp://HOST:PORT"`` uses a
running cluster, and a ``distributed.Client`` can be passed as is.

A worker that dies mid-run is replaced by the scheduler and its chunks run again elsewhere;
results are keyed by document, so nothing is lost or doubled. A chunk that keeps killing workers
is split, so only the document that does it is reported (a :class:`Failure`).

Requires the ``dask`` extra: ``pip install "actorgraph[dask]"``.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any, Self

from actorgraph.engines.local import EngineError
from actorgraph.engines.work import CHUNK_CHARS, Failure, Item, chunked, process_chunk, warm_up
from actorgraph.model import Document
from actorgraph.pipeline import PipelineConfig

#: distributed is untyped: its client, cluster and futures are ``Any`` here.
Client = Any
__all__ = ["DASK_HINT", "DaskEngine"]

DASK_HINT = 'the dask engine needs dask.distributed: install it with `pip install "actorgraph[dask]"`'

_KILLED = (
    "it killed the Dask workers that parsed it, again and again (out of memory?); the other "
    "documents of its chunk were extracted"
)


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise EngineError(DASK_HINT) from exc
    return distributed


def _reachable(address: str) -> None:
    """Fail at once, in one line, when nothing listens at a ``tcp://HOST:PORT`` address.

    ``distributed.Client`` retries a refused connection until its timeout (30 s); a closed port
    is refused at once, so it is told at once. Other addresses are left to ``distributed``.
    """
    host, _, port = address.removeprefix("tcp://").rpartition(":")
    if not address.startswith("tcp://") or not host or not port.isdigit():
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=10).close()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise EngineError(
            f"cannot reach the Dask scheduler {address}: {reason}; check the address "
            "(tcp://HOST:PORT) and that the scheduler is running"
        ) from exc


class DaskEngine:
    """Run the document step on a Dask cluster.

    Parameters
    ----------
    scheduler : str or distributed.Client, optional
        A scheduler address (``tcp://HOST:PORT``) or a connected client. By default a
        ``LocalCluster`` with ``workers`` single-threaded worker processes is started, and
        stopped by :meth:`close`.
    workers : int, optional
        Worker processes of the local cluster (default: the number of cores). Ignored with
        a ``scheduler``.
    chunk_size, chunk_chars : int
        Most documents, and about the most characters (:data:`~actorgraph.engines.work.CHUNK_CHARS`
        by default), per task: coarse, so that scheduling costs little next to parsing, and small
        enough that every worker has work to the end.
    window : int, optional
        Tasks in flight at once (default: 2 per worker thread, at least 4): bounds the memory
        the driver and the cluster hold, whatever the corpus size.

    Examples
    --------
    >>> with DaskEngine(scheduler="tcp://10.0.0.5:8786") as engine:  # doctest: +SKIP
    ...     results = list(engine.map(documents, PipelineConfig()))
    """

    def __init__(
        self,
        scheduler: str | Client | None = None,
        *,
        workers: int | None = None,
        chunk_size: int = 32,
        chunk_chars: int = CHUNK_CHARS,
        window: int | None = None,
    ) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.chunk_size = chunk_size
        self.chunk_chars = chunk_chars
        self.window = window
        self._client: Client | None = None
        self._cluster: Any = None
        self._own_client = False

    #: What runs on a chunk, wherever it runs (a module-level function, so that it pickles).
    task = staticmethod(process_chunk)

    def __enter__(self) -> Self:
        self.client()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def client(self) -> Client:
        """The connected client, starting a local cluster or connecting on first use."""
        if self._client is not None:
            return self._client
        distributed = _import_distributed()
        if isinstance(self.scheduler, distributed.Client):
            self._client = self.scheduler
            return self._client
        try:
            if self.scheduler is None:
                self._cluster = distributed.LocalCluster(
                    n_workers=self.workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
                self._client = distributed.Client(self._cluster)
            else:
                _reachable(self.scheduler)
                self._client = distributed.Client(self.scheduler, timeout="30s")
        except (ValueError, TypeError) as exc:
            self.close()
            raise EngineError(
                f"{self.scheduler!r} is not a Dask scheduler address ({exc}); use tcp://HOST:PORT"
            ) from exc
        except (OSError, TimeoutError) as exc:
            self.close()
            raise EngineError(
                f"cannot reach the Dask scheduler {self.scheduler or '(local cluster)'}: {exc}; "
                "check the address (tcp://HOST:PORT) and that the scheduler is running"
            ) from exc
        self._own_client = True
        return self._client

    def close(self) -> None:
        """Close the client and the local cluster this engine started (a given client is left open)."""
        if self._client is not None and self._own_client:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None
        self._own_client = False

    def _window(self, client: Client) -> int:
        if self.window:
            return self.window
        threads = sum(client.nthreads().values()) or 1
        return max(4, 2 * threads)

    def map(self, documents: Iterable[Document], config: PipelineConfig) -> Iterator[Item]:
        """Yield one :class:`DocResult` or :class:`Failure` per document, in input order.

        A chunk that kills workers until the scheduler gives up on it (``KilledWorker``) is
        split: its documents are sent one by one, and only a document that kills workers on its
        own is a :class:`Failure`; the others are extracted.
        """
        client = self.client()
        client.run(warm_up, config)
        window: deque[tuple[list[Document], Any]] = deque()
        size = self._window(client)
        run_id = uuid.uuid4().hex[:12]
        try:
            for i, chunk in enumerate(chunked(documents, self.chunk_size, self.chunk_chars)):
                window.append(
                    (chunk, client.submit(self.task, chunk, config, key=f"actorgraph-{run_id}-{i}"))
                )
                if len(window) >= size:
                    yield from self._result(client, *window.popleft(), config)
            while window:
                yield from self._result(client, *window.popleft(), config)
        finally:
            for _, future in window:
                future.cancel()

    def _result(
        self, client: Client, chunk: list[Document], future: Any, config: PipelineConfig
    ) -> list[Item]:
        """The items of ``chunk``; if its task killed workers for good, its documents one by one."""
        if not self._killed(future):
            try:
                items: list[Item] = future.result()
            finally:
                future.release()
            return items
        out: list[Item] = []
        for n, d in enumerate(chunk):
            # one at a time, and twice: a task queued on a worker that another task kills is
            # counted against it too, so only a document that kills workers again is given up
            for attempt in range(2):
                single = client.submit(self.task, [d], config, key=f"{future.key}-{n}-{attempt}")
                if not self._killed(single):
                    try:
                        out.extend(single.result())
                    finally:
                        single.release()
                    break
            else:
                out.append(Failure(d.id, d.origin or d.id, _KILLED))
        return out

    @staticmethod
    def _killed(future: Any) -> bool:
        """Wait for ``future``; whether the scheduler gave up on it because workers died running it."""
        distributed = _import_distributed()
        try:
            future.result()
        except distributed.KilledWorker:
            future.release()
            return True
        except Exception:  # the task's own error: the caller's future.result() raises it
            return False
        return False
