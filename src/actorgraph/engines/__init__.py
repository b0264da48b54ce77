"""Engines: where the pure document step runs (this process, a local pool, a Dask cluster).

Every engine has ``map(documents, config)``, which yields one
:class:`~actorgraph.model.DocResult` (or :class:`Failure`) per document in input order, reading
``documents`` lazily, and ``close()``. All run :func:`~actorgraph.engines.work.process_chunk`,
so all give identical results.

>>> engine = open_engine("local", workers=1)
>>> engine.workers
1
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import Literal, Protocol, Self

from actorgraph.engines.local import EngineError, LocalEngine
from actorgraph.engines.progress import Progress, count_documents, progress_bar
from actorgraph.engines.work import Failure, Item, data_version, process_chunk
from actorgraph.model import Document
from actorgraph.pipeline import PipelineConfig

__all__ = [
    "Engine",
    "EngineError",
    "EngineName",
    "Failure",
    "Item",
    "LocalEngine",
    "Progress",
    "count_documents",
    "data_version",
    "open_engine",
    "process_chunk",
    "progress_bar",
]

EngineName = Literal["local", "dask"]


class Engine(Protocol):
    """What ``Store.add`` needs of an engine."""

    def map(self, documents: Iterable[Document], config: PipelineConfig) -> Iterator[Item]:
        """One result per document, in input order."""

    def close(self) -> None:
        """Release workers."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


def open_engine(engine: EngineName = "local", *, workers: int = 1, scheduler: str | None = None) -> Engine:
    """Make the engine named ``engine``.

    Parameters
    ----------
    engine : {"local", "dask"}
        ``local``: this process (``workers=1``) or a pool of ``workers`` processes;
        ``dask``: a Dask cluster (a local one with ``workers`` processes unless ``scheduler``).
    workers : int
        Worker processes.
    scheduler : str, optional
        Address of a running Dask scheduler (``tcp://HOST:PORT``); only with ``engine="dask"``.

    Returns
    -------
    Engine
        Use it as a context manager, or call ``close()``.

    Raises
    ------
    EngineError
        For an unknown engine, a scheduler without ``engine="dask"``, or a missing dask.
    """
    if engine == "local":
        if scheduler is not None:
            raise EngineError(
                "a scheduler (scheduler=, --scheduler) needs the dask engine (engine='dask', --engine dask)"
            )
        return LocalEngine(workers)
    if engine == "dask":
        from actorgraph.engines.dask import DaskEngine, _import_distributed

        _import_distributed()
        return DaskEngine(scheduler, workers=workers if workers > 1 else None)
    raise EngineError(f"unknown engine {engine!r}; use 'local' or 'dask'")
