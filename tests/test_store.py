"""Tests of actorgraph.store: an incremental, crash-safe SQLite store of documents and relations."""

from __future__ import annotations

import ast
import json
import sqlite3
import tracemalloc
from collections.abc import Iterable, Iterator
from dataclasses import fields, replace
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

import actorgraph as ag
from actorgraph import engines
from actorgraph.engines import work
from actorgraph.errors import ActorGraphError, InputError
from actorgraph.ingest import read_documents
from actorgraph.model import RELATION_FIELDS, Document, Relation
from actorgraph.pipeline import PipelineConfig, run
from actorgraph.store import MIGRATIONS, SCHEMA_VERSION, AddStats, Store, StoreError, core, schema
from actorgraph.store.schema import RELATION_COLUMNS

DATA = Path(__file__).parent / "data"
VOA = DATA / "voa_sample.jsonl"
SRC = Path(__file__).resolve().parents[1] / "src" / "actorgraph" / "store"


@pytest.fixture(scope="module")
def voa_docs() -> list[Document]:
    return read_documents([VOA])


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, AddStats]]:
    """A store holding the three VOA stories (parsed once for the module)."""
    store = Store(tmp_path_factory.mktemp("store") / "voa.db")
    stats = store.add([VOA])
    yield store, stats
    store.close()


class Recorder:
    """An engine that records what it is asked to parse, and parses it with the local engine."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def close(self) -> None:
        return None

    def map(self, documents: Iterable[Document], config: PipelineConfig) -> Iterator[engines.Item]:
        def record() -> Iterator[Document]:
            for d in documents:
                self.seen.append(d.id)
                yield d

        yield from engines.LocalEngine(1).map(record(), config)


class Copier:
    """An engine that copies stored-ahead results instead of parsing (fast, for write-path tests)."""

    def __init__(self, results: dict[str, ag.model.DocResult]) -> None:
        self.results = results

    def __enter__(self) -> Copier:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    def close(self) -> None:
        return None

    def map(self, documents: Iterable[Document], config: PipelineConfig) -> Iterator[engines.Item]:
        for d in documents:
            base = self.results[d.text]
            yield replace(
                base,
                document=d,
                relations=tuple(replace(r, doc_id=d.id, id=f"{r.id}-{d.id}") for r in base.relations),
                mentions=tuple(replace(m, doc_id=d.id) for m in base.mentions),
            )


@pytest.fixture(scope="module")
def copier(filled: tuple[Store, AddStats]) -> Copier:
    store, _ = filled
    return Copier({r.document.text: r for r in store.doc_results()})


def many(voa_docs: list[Document], n: int) -> list[Document]:
    """``n`` documents with distinct ids, cycling through the VOA texts."""
    return [replace(voa_docs[i % len(voa_docs)], id=f"doc{i:04d}") for i in range(n)]


# --- adding and reading back --------------------------------------------------------------------


def test_add_stores_exactly_what_build_returns(filled: tuple[Store, AddStats], voa_result: ag.Result) -> None:
    """Documents, actors, mentions and relations read back from the store equal ag.build's."""
    store, stats = filled
    assert (stats.read, stats.added, stats.skipped, stats.failed) == (3, 3, 0, 0)
    assert stats.relations == len(voa_result.relations) > 0
    result = store.result()
    assert result.documents == voa_result.documents
    assert result.relations == voa_result.relations
    assert result.actors == voa_result.actors
    assert result.mentions == voa_result.mentions
    assert store.counts()["relations"] == len(voa_result.relations)


def test_re_adding_parses_nothing(filled: tuple[Store, AddStats]) -> None:
    """Documents already stored (same id) are skipped before parsing: re-adding is a no-op."""
    store, _ = filled
    before = store.counts()
    recorder = Recorder()
    stats = store.add([VOA], engine=recorder)
    assert recorder.seen == []
    assert (stats.read, stats.added, stats.skipped, stats.relations) == (3, 0, 3, 0)
    assert store.counts() == before


def test_repeated_documents_in_one_input_are_stored_once(tmp_path: Path, voa_docs: list[Document]) -> None:
    """A document given twice in one run is parsed and stored once."""
    store = Store(tmp_path / "s.db")
    recorder = Recorder()
    stats = store.add([voa_docs[0], voa_docs[0], voa_docs[1]], engine=recorder)
    assert recorder.seen == [voa_docs[0].id, voa_docs[1].id]
    assert (stats.added, stats.skipped) == (2, 1)
    assert [d.id for d in store.documents()] == [voa_docs[0].id, voa_docs[1].id]


def test_graph_and_relation_filters(filled: tuple[Store, AddStats], voa_result: ag.Result) -> None:
    """Filters by relation type, actor and publication date select the matching relations."""
    store, _ = filled
    assert store.graph().number_of_edges() == len(voa_result.relations)
    rel = next(r for r in voa_result.relations if r.type != "AFFILIATION")
    typed = list(store.relations(type=rel.type.lower()))
    assert typed == [r for r in voa_result.relations if r.type == rel.type]
    ego = store.graph(actor=rel.source_id)
    assert ego.number_of_edges() == sum(
        rel.source_id in (r.source_id, r.target_id) for r in voa_result.relations
    )
    assert all(rel.source_id in (u, v) for u, v in ego.edges())
    sliced = store.result(actor=rel.source_id, type=rel.type)
    assert {a.id for a in sliced.actors} == {i for r in sliced.relations for i in (r.source_id, r.target_id)}
    day = rel.date[:10] if rel.date else "2025-03-14"
    on_day = {d.id for d in store.documents(since=day, until=day)}
    assert on_day == {d.id for d in voa_result.documents if (d.date or "")[:10] == day}
    assert list(store.relations(since="2999-01-01")) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"since": "yesterday"}, "YYYY-MM-DD"), ({"type": "HUG"}, "ASSAULT")],
)
def test_bad_filters_are_input_errors(
    filled: tuple[Store, AddStats], kwargs: dict[str, Any], message: str
) -> None:
    store, _ = filled
    with pytest.raises(InputError, match=message):
        store.graph(**kwargs)


def test_readers_see_committed_batches_while_a_writer_adds(
    tmp_path: Path, voa_docs: list[Document], copier: Copier
) -> None:
    """WAL mode: another connection reads committed batches during a long add."""
    path = tmp_path / "s.db"
    seen: list[int] = []

    class Peek:
        def update(self, documents: int, words: int) -> None:
            with Store(path, read_only=True) as reader:
                seen.append(len(reader))

        def close(self) -> None:
            return None

    with Store(path) as store:
        store.add(many(voa_docs, 12), engine=copier, batch_size=4, progress=Peek())
    assert seen == [4, 8, 12]


# --- bad input ------------------------------------------------------------------------------------


def test_bad_documents_are_reported_and_skipped(
    tmp_path: Path, voa_docs: list[Document], copier: Copier
) -> None:
    """An undecodable record is reported; the rest is stored; without on_error it is raised."""
    lines = [json.dumps({"id": d.id, "text": d.text}).encode() + b"\n" for d in voa_docs[:2]]
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b"".join(lines) + b" " * 8192 + b'\n{"id": "x", "text": "caf\xe9"}\n')
    errors: list[InputError] = []
    store = Store(tmp_path / "s.db")
    stats = store.add([corpus], engine=copier, on_error=errors.append)
    [bad_bytes] = errors
    assert "UTF-8" in bad_bytes.reason and bad_bytes.origin == f"{corpus}:4"
    assert stats.added == 2 and stats.failed == 1
    with pytest.raises(InputError):
        store.add([corpus], engine=copier)


def test_a_document_that_breaks_extraction_is_skipped(
    tmp_path: Path, voa_docs: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception in the document step costs that document only; the next run retries it."""
    real = run
    bad = voa_docs[1].id

    def flaky(documents: list[Document], config: PipelineConfig) -> Iterator[Any]:
        if any(d.id == bad for d in documents):
            raise RuntimeError("boom")
        return real(documents, config)

    monkeypatch.setattr(work, "run", flaky)
    errors: list[InputError] = []
    store = Store(tmp_path / "s.db")
    stats = store.add(voa_docs, on_error=errors.append)
    assert (stats.added, stats.failed) == (2, 1)
    assert len(errors) == 1 and "boom" in errors[0].reason
    assert bad not in store


# --- reprocessing ---------------------------------------------------------------------------------


def test_reprocess_redoes_documents_of_other_data(
    tmp_path: Path, voa_docs: list[Document], voa_result: ag.Result, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a data change, reprocess re-extracts stored documents from their stored text only."""
    store = Store(tmp_path / "s.db")
    monkeypatch.setattr(engines, "data_version", lambda config: "old")
    store.add(voa_docs)
    assert store.reprocess().added == 0  # same data: nothing to do
    monkeypatch.setattr(engines, "data_version", lambda config: "new")
    assert store.add(voa_docs[:1]).outdated == 3
    stats = store.reprocess()
    assert (stats.read, stats.added, stats.outdated) == (3, 3, 0)
    assert store.result().relations == voa_result.relations
    assert store.meta()["data_version"] == "new"
    assert store.reprocess().read == 0


# --- schema, migration, errors --------------------------------------------------------------------


def test_schema_holds_every_relation_field() -> None:
    """The relations table has a column for every stored Relation field (a new field needs a migration);
    the derived codes of ``RELATION_FIELDS`` are not stored."""
    stored = {f.name for f in fields(Relation)}
    assert {"id", "doc_id", *(name for name, _ in RELATION_COLUMNS)} == stored
    assert set(RELATION_FIELDS) == stored | {"source_code", "target_code"}


def test_store_modules_do_not_import_spacy() -> None:
    """The store depends on the model only; engines, pipeline and api are imported lazily, in calls."""
    allowed = {"actorgraph.model", "actorgraph.errors", "actorgraph.graph"}
    for path in SRC.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # module level only
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith("spacy"), path
                if name.startswith("actorgraph"):
                    assert name in allowed or name.startswith("actorgraph.store"), (path, name)


def test_new_store_records_schema_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "new.db"
    with Store(path) as store:
        assert store.meta()["schema_version"] == str(SCHEMA_VERSION)
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert path.is_file()


def test_older_store_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a store of an older schema applies the migrations up to the current version."""
    path = tmp_path / "s.db"
    Store(path).close()

    def v2(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE documents ADD COLUMN language TEXT")

    monkeypatch.setitem(MIGRATIONS, SCHEMA_VERSION + 1, v2)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store(path) as store:
        assert store.meta()["schema_version"] == str(SCHEMA_VERSION + 1)
        columns = [row[1] for row in store.conn.execute("PRAGMA table_info(documents)")]
        assert "language" in columns


def _set_schema(path: Path, version: int) -> None:
    with Store(path) as store:
        store.conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.write_bytes(b"id,text\n1,hello\n" * 100), "not an actorgraph database"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)").connection.commit(), "not an actorgraph"),
        (
            lambda p: Store(p).conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'"),
            "newer",
        ),
    ],
    ids=["csv-file", "other-sqlite", "newer-schema"],
)
def test_files_that_are_not_our_store_are_refused(tmp_path: Path, setup: Any, message: str) -> None:
    path = tmp_path / "x.db"
    setup(path)
    with pytest.raises(StoreError, match=message):
        Store(path)


def test_read_only_store_gives_a_clear_error(tmp_path: Path, filled: tuple[Store, AddStats]) -> None:
    """Writing to a read-only store raises StoreError naming the cause and the fix."""
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "missing.db", read_only=True)
    store, _ = filled
    with Store(store.path, read_only=True) as reader:
        assert len(reader) == 3
        with pytest.raises(StoreError, match="read-only"):
            reader.add([VOA])
    assert issubclass(StoreError, ActorGraphError)


def test_unwritable_database_gives_a_clear_error(
    tmp_path: Path, voa_docs: list[Document], copier: Copier
) -> None:
    """SQLite refusing a write (SQLITE_READONLY) becomes a one-line StoreError with the fix.

    File permissions cannot make a file read-only for root (CI runs as root), so SQLite's own
    query_only switch produces the same SQLITE_READONLY refusal on every machine.
    """
    path = tmp_path / "s.db"
    store = Store(path)
    store.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(StoreError, match="read-only"):
        store.add(voa_docs, engine=copier)
    store.conn.execute("PRAGMA query_only = OFF")
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_full_disk_keeps_committed_batches_and_resumes(
    tmp_path: Path, voa_docs: list[Document], copier: Copier
) -> None:
    """A full disk stops the add with a StoreError; committed batches stay intact; re-running completes."""
    path = tmp_path / "s.db"
    docs = many(voa_docs, 30)
    store = Store(path)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 40}")  # room for a few batches only
    with pytest.raises(StoreError, match="disk is full"):
        store.add(docs, engine=copier, batch_size=3)
    kept = len(store)
    assert 0 < kept < 30 and kept % 3 == 0
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
    with Store(path) as store:
        stats = store.add(docs, engine=copier, batch_size=3)
        assert (stats.skipped, stats.added) == (kept, 30 - kept)
        per_doc = store.conn.execute("SELECT count(DISTINCT doc_id) FROM relations").fetchone()[0]
        assert per_doc == sum(bool(copier.results[d.text].relations) for d in docs)


def test_memory_stays_flat_in_corpus_size(
    tmp_path: Path, voa_docs: list[Document], copier: Copier, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record file is streamed: adding 4x more documents does not take more memory."""
    monkeypatch.setattr(core, "_CHECK", 50)  # documents read ahead (500 by default): keeps the test short
    peaks = []
    for n in (150, 600):
        corpus = tmp_path / f"c{n}.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for d in many(voa_docs, n):
                f.write(json.dumps({"id": d.id, "text": d.text}) + "\n")
        with Store(tmp_path / f"s{n}.db") as store:
            tracemalloc.start()
            stats = store.add([corpus], engine=copier)
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
        assert stats.added == n
    assert peaks[1] < 1.3 * peaks[0] + 1_000_000, peaks


# --- issue 12: counts and refusals that say what happened -----------------------------------------


def test_same_id_with_another_text_is_reported_not_called_already_stored(
    tmp_path: Path, voa_docs: list[Document], copier: Copier
) -> None:
    """Two texts under one id: the second is an error (failed), never silently 'already stored'."""
    first, other = voa_docs[0], voa_docs[1]
    twin = replace(other, id=first.id, origin="feed.jsonl:7")
    errors: list[InputError] = []
    with Store(tmp_path / "s.db") as store:
        stats = store.add([first, twin], engine=copier, on_error=errors.append)
        assert (stats.added, stats.skipped, stats.failed) == (1, 0, 1)
        stats = store.add([twin, first], engine=copier, on_error=errors.append)  # a later run
        assert (stats.added, stats.skipped, stats.failed) == (0, 1, 1)
        assert {d.id: d.text for d in store.documents()} == {first.id: first.text}
    assert [e.origin for e in errors] == ["feed.jsonl:7", "feed.jsonl:7"]
    assert all(f"id {first.id!r} is already stored with a different text" in e.reason for e in errors)


def test_concurrent_adds_of_one_input_count_each_document_once(
    tmp_path: Path, voa_docs: list[Document], copier: Copier
) -> None:
    """Two writers race on the same documents: one stores them, the other says they were stored."""
    path = tmp_path / "s.db"

    class Racer(Copier):
        def map(self, documents: Iterable[Document], config: PipelineConfig) -> Iterator[engines.Item]:
            todo = list(documents)
            with Store(path) as other:  # the other writer commits first
                assert other.add(todo, engine=copier).added == len(todo)
            yield from super().map(todo, config)

    with Store(path) as store:
        stats = store.add(voa_docs, engine=Racer(copier.results))
        assert (stats.added, stats.skipped, stats.relations) == (0, 3, 0)
        assert len(store) == 3


def test_a_foreign_sqlite_file_is_refused_without_being_changed(tmp_path: Path) -> None:
    """Another application's database is not switched to WAL (or touched at all) before the refusal."""
    path = tmp_path / "app.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not an actorgraph store"):
        Store(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize("value", ["one", "", "1.5"])
@pytest.mark.parametrize("read_only", [False, True])
def test_a_malformed_schema_version_is_a_store_error(tmp_path: Path, value: str, read_only: bool) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (value,))
    with pytest.raises(StoreError, match=f"schema_version {value!r} is not a number"):
        Store(path, read_only=read_only)


@pytest.mark.parametrize("read_only", [False, True])
def test_a_negative_schema_version_is_a_store_error(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '-1' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema_version '-1' is not a schema version"):
        Store(path, read_only=read_only)


@pytest.mark.parametrize("read_only", [False, True])
def test_a_store_that_lost_its_schema_version_is_a_store_error(tmp_path: Path, read_only: bool) -> None:
    """Not an empty database to create the schema in ('table documents already exists')."""
    path = tmp_path / "s.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM meta WHERE key = 'schema_version'")
    with pytest.raises(
        StoreError, match="has tables but no schema_version: the store's meta table is damaged"
    ):
        Store(path, read_only=read_only)
