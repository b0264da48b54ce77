"""The Dask engine: coarse chunks of documents to the workers of a ``dask.distributed`` cluster.

Each worker process loads the spaCy pipeline once (the per-process caches of
``load_pipeline``) and returns plain :class:`~actorgraph.model.DocResult` records, which the
caller merges into the store. Without a scheduler address a ``LocalCluster`` is started on this
machine (one single-threaded worker process per core); ``scheduler="tcp://HOST:PORT"`` uses a
running cluster, and a ``distributed.Client`` can be passed as is.

A worker that dies mid-run is replaced by the scheduler and its chunks run again elsewhere;
results are keyed by document, so nothing is lost or doubled.

Requires the ``dask`` extra: ``pip install "actorgraph[dask]"``.
"""

from __future__ import annotations

import os
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Any, Self

from actorgraph.engines.local import EngineError
from actorgraph.engines.work import Item, chunked, process_chunk, warm_up
from actorgraph.model import Document
from actorgraph.pipeline import PipelineConfig

#: distributed is untyped: its client, cluster and futures are ``Any`` here.
Client = Any
__all__ = ["DASK_HINT", "DaskEngine"]

DASK_HINT = 'the dask engine needs dask.distributed: install it with `pip install "actorgraph[dask]"`'


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise EngineError(DASK_HINT) from exc
    return distributed


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
    chunk_size : int
        Documents per task: coarse, so that scheduling costs little next to parsing.
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
        window: int | None = None,
    ) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.chunk_size = chunk_size
        self.window = window
        self._client: Client | None = None
        self._cluster: Any = None
        self._own_client = False

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

        Raises
        ------
        EngineError
            If a chunk failed for good (e.g. it killed workers repeatedly). Results already
            yielded stay valid: run again to go on.
        """
        client = self.client()
        client.run(warm_up, config)
        window: deque[Any] = deque()
        size = self._window(client)
        run_id = uuid.uuid4().hex[:12]
        try:
            for i, chunk in enumerate(chunked(documents, self.chunk_size)):
                window.append(client.submit(process_chunk, chunk, config, key=f"actorgraph-{run_id}-{i}"))
                if len(window) >= size:
                    yield from self._result(window.popleft())
            while window:
                yield from self._result(window.popleft())
        finally:
            for future in window:
                future.cancel()

    @staticmethod
    def _result(future: Any) -> list[Item]:
        try:
            items: list[Item] = future.result()
        except Exception as exc:
            distributed = _import_distributed()
            if isinstance(exc, distributed.KilledWorker):
                raise EngineError(
                    "a chunk of documents killed Dask workers repeatedly (out of memory?); what was "
                    "stored so far is kept: run the same command again to go on"
                ) from exc
            raise
        finally:
            future.release()
        return items
