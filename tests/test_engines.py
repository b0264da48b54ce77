"""Tests of actorgraph.engines: every engine gives the results of the pipeline itself, in order."""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from actorgraph import engines
from actorgraph.engines import (
    EngineError,
    Failure,
    LocalEngine,
    count_documents,
    open_engine,
    progress_bar,
    work,
)
from actorgraph.ingest import read_documents
from actorgraph.model import DocResult, Document
from actorgraph.pipeline import PipelineConfig, run
from actorgraph.store import Store

DATA = Path(__file__).parent / "data"
VOA = DATA / "voa_sample.jsonl"


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    """Six documents: the three VOA stories twice, under distinct ids."""
    base = read_documents([VOA])
    return base + [replace(d, id=f"{d.id}-copy") for d in base]


@pytest.fixture(scope="module")
def expected(docs: list[Document]) -> list[DocResult]:
    return list(run(docs, PipelineConfig()))


def test_local_engine_in_process_equals_the_pipeline(docs: list[Document], expected: list[DocResult]) -> None:
    with LocalEngine(1, chunk_size=4) as engine:
        assert list(engine.map(docs, PipelineConfig())) == expected


def test_local_pool_of_two_workers_equals_the_pipeline(
    docs: list[Document], expected: list[DocResult]
) -> None:
    """Two worker processes, one document per chunk: same results, in input order."""
    with LocalEngine(2, chunk_size=1) as engine:
        assert list(engine.map(iter(docs), PipelineConfig())) == expected


def test_default_chunks_keep_two_workers_busy_to_the_end(docs: list[Document]) -> None:
    """Chunks are bounded by characters too, so a corpus of a few long stories is spread out."""
    stories = [replace(d, id=f"{d.id}-{n}") for n in range(8) for d in docs]
    sizes = [len(c) for c in work.chunked(stories, 32, work.CHUNK_CHARS)]
    assert sum(sizes) == len(stories)
    assert len(sizes) >= 4  # 48 stories made 2 chunks of 32 documents: one worker idle half the time
    chars = [sum(len(d.text) for d in c) for c in work.chunked(stories, 32, work.CHUNK_CHARS)]
    assert all(n < work.CHUNK_CHARS + max(len(d.text) for d in stories) for n in chars)


def test_the_pipeline_and_the_engines_import_no_spacy() -> None:
    """The command line's options, the store and the engines load without spaCy (start-up)."""
    import subprocess

    modules = "actorgraph.pipeline, actorgraph.engines, actorgraph.store"
    code = f"import sys, {modules}; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def poisoned(documents: Sequence[Document], config: PipelineConfig) -> list[engines.Item]:
    """The document step, except that a document with id ``poison`` kills its worker process.

    That is what the kernel's OOM killer does to a worker parsing a document too big for it.
    """
    if any(d.id == "poison" for d in documents):
        os.kill(os.getpid(), signal.SIGKILL)
    return work.process_chunk(documents, config)


class PoisonedPool(LocalEngine):
    task = staticmethod(poisoned)


@pytest.mark.parametrize(("chunk_size", "at"), [(2, 3), (1, 0)])
def test_a_document_that_kills_its_worker_fails_alone_in_the_local_pool(
    docs: list[Document], expected: list[DocResult], chunk_size: int, at: int
) -> None:
    """The other documents of its chunk, and of the chunks in flight with it, are still extracted
    (first in line, the pool usually breaks while chunks are still being sent)."""
    poison = Document(id="poison", text="Chad thanked Niger.", origin="feed.jsonl:4")
    given = [*docs[:at], poison, *docs[at:]]
    with PoisonedPool(2, chunk_size=chunk_size) as engine:
        items = list(engine.map(iter(given), PipelineConfig()))
    assert [i.doc_id if isinstance(i, Failure) else i.document.id for i in items] == [d.id for d in given]
    [failure] = [i for i in items if isinstance(i, Failure)]
    assert failure.origin == "feed.jsonl:4" and "worker process" in failure.reason
    assert [i for i in items if not isinstance(i, Failure)] == expected


def test_data_version_follows_the_users_data(tmp_path: Path) -> None:
    """The data fingerprint changes with a user lexicon's content, and only then."""
    lexicon = tmp_path / "lex.csv"
    lexicon.write_text("trigger,plover\nhug,SUPPORT\n", encoding="utf-8")
    config = PipelineConfig(lexicon=str(lexicon))
    first = engines.data_version(config)
    assert first == engines.data_version(config) != engines.data_version(PipelineConfig())
    lexicon.write_text("trigger,plover\nhug,AID\n", encoding="utf-8")
    assert engines.data_version(config) != first


def test_progress_bar_only_on_a_terminal() -> None:
    """No bar when output is not a terminal; on a terminal it shows documents/s and words/s."""
    assert progress_bar(["x.jsonl"], file=io.StringIO()) is None

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    bar = progress_bar(total=10, file=stream)
    assert bar is not None
    time.sleep(0.01)
    bar.update(5, 4000)
    bar.close()
    out = stream.getvalue()
    assert "5/10" in out and "words/s" in out and "doc/s" in out


def test_count_documents(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n{"text": "c"}', encoding="utf-8")
    (tmp_path / "b.csv").write_text("text\nx\ny\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("hello", encoding="utf-8")
    assert count_documents([tmp_path]) == 6
    assert count_documents(["-"]) is None


def test_engine_choices_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EngineError, match="--engine dask"):
        open_engine("local", scheduler="tcp://127.0.0.1:8786")
    with pytest.raises(EngineError, match="unknown engine"):
        open_engine("spark")  # type: ignore[arg-type]
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(EngineError, match=r"pip install \"actorgraph\[dask\]\""):
        open_engine("dask")


# --- Dask -------------------------------------------------------------------------------------------

distributed = pytest.importorskip("distributed")
import dask  # noqa: E402 - only where dask is installed

from actorgraph.engines.dask import DaskEngine  # noqa: E402 - only where dask is installed

#: distributed's own timing-dependent noise on a loaded machine (slow scratch directories, sockets
#: collected after a worker is killed), not about actorgraph: seen once in ~10 runs on 2 busy cores
dask_noise = pytest.mark.filterwarnings(
    "ignore::pytest.PytestUnraisableExceptionWarning", "ignore::UserWarning:distributed"
)


@contextlib.contextmanager
def local_cluster(**config: object) -> Iterator[Any]:
    """A client of a LocalCluster of 2 single-threaded worker processes, both up."""
    with (
        dask.config.set(config),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.wait_for_workers(2, timeout=300)
        yield client


@contextlib.contextmanager
def deadline(seconds: int = 600) -> Iterator[None]:
    """Fail instead of hanging the suite: on a loaded machine a nanny whose worker restart times
    out leaves the cluster without workers, and a future then waits forever."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"no result after {seconds} s: has the cluster lost its workers?")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """One cluster for the module (each worker loads the model once); each test waits for both."""
    with local_cluster() as client:
        yield client


@dask_noise
def test_dask_engine_equals_the_local_engine(
    cluster: object, docs: list[Document], expected: list[DocResult], tmp_path: Path
) -> None:
    """Same relation ids and fields, through the store too."""
    cluster.wait_for_workers(2, timeout=300)  # type: ignore[attr-defined]
    with deadline(), DaskEngine(cluster, chunk_size=1) as engine:
        assert list(engine.map(docs, PipelineConfig())) == expected
    with Store(tmp_path / "dask.db") as store:
        engine = DaskEngine(cluster, chunk_size=2)
        stats = store.add(docs, engine=engine)
        assert stats.added == len(docs)
        assert list(store.relations()) == [r for e in expected for r in e.relations]


class PoisonedDask(DaskEngine):
    task = staticmethod(poisoned)


@dask_noise
def test_a_document_that_kills_dask_workers_fails_alone(
    docs: list[Document], expected: list[DocResult]
) -> None:
    """A chunk the scheduler gives up on is split; only the document that kills workers fails.

    A cluster of its own, where a task is given up at the first worker it kills (three kills in
    all, not ten): each restart of a worker is slow on a loaded machine.
    """
    cloudpickle = pytest.importorskip("cloudpickle")
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this file
    try:
        poison = Document(id="poison", text="Chad thanked Niger.", origin="feed.jsonl:4")
        given = [*docs[:3], poison, *docs[3:]]
        with (
            local_cluster(**{"distributed.scheduler.allowed-failures": 0}) as client,
            deadline(),
            PoisonedDask(client, chunk_size=3) as engine,
        ):
            items = list(engine.map(given, PipelineConfig()))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert [i.doc_id if isinstance(i, Failure) else i.document.id for i in items] == [d.id for d in given]
    [failure] = [i for i in items if isinstance(i, Failure)]
    assert failure.origin == "feed.jsonl:4" and "worker" in failure.reason
    assert [i for i in items if not isinstance(i, Failure)] == expected


@dask_noise
def test_a_worker_killed_mid_run_loses_and_doubles_nothing(
    cluster: Any, docs: list[Document], expected: list[DocResult], tmp_path: Path
) -> None:
    """SIGKILL one worker while chunks run: its chunks run again elsewhere; every document once."""
    cluster.wait_for_workers(2, timeout=300)
    pids = cluster.run(os.getpid)
    killed = threading.Event()

    class KillSoon:
        def update(self, documents: int, words: int) -> None:
            if not killed.is_set():
                killed.set()
                os.kill(next(iter(pids.values())), signal.SIGKILL)

        def close(self) -> None:
            return None

    many = [replace(d, id=f"{d.id}-{i}") for i in range(3) for d in docs]
    want = {replace(d, id=f"{d.id}-{i}").id for i in range(3) for d in docs}
    with Store(tmp_path / "kill.db") as store, deadline():
        engine = DaskEngine(cluster, chunk_size=1)
        stats = store.add(many, engine=engine, batch_size=1, progress=KillSoon())
        assert killed.is_set()
        assert stats.added == len(many)
        assert sorted(d.id for d in store.documents()) == sorted(want)
        by_doc = {r.document.id: len(r.relations) for r in store.doc_results()}
        assert by_doc == {f"{e.document.id}-{i}": len(e.relations) for i in range(3) for e in expected}
        assert store.counts()["relations"] == 3 * sum(len(e.relations) for e in expected)
