"""The SQLite schema of the store, its migrations, and how a connection is opened.

Tables (schema version 2)::

    meta        key -> value: schema_version, data_version, created_at, actorgraph_version
    documents   one row per document: id (content hash or given id), text, metadata,
                added_at, and the data_version its extraction was made with
    actors      one row per (document, actor): the per-document actor record
    mentions    one row per mention: (doc_id, pos) -> actor, text, offsets
    relations   one row per relation: every :class:`~actorgraph.model.Relation` field

Version 2 adds the sectors: ``actors.sector``, ``actors.sector_by``, ``relations.source_sector`` and
``relations.target_sector``. Codes (``SYRREB``) are derived from country and sector when read, never
stored.

A database made by an older actorgraph is brought up to date by :data:`MIGRATIONS`, a table of
functions keyed by the version each one produces, applied in order, each in its own transaction.

Nothing here imports spaCy.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from actorgraph.errors import StoreError

__all__ = [
    "MIGRATIONS",
    "RELATION_COLUMNS",
    "SCHEMA_VERSION",
    "StoreError",
    "connect",
    "schema_version",
    "store_error",
    "transaction",
]

#: The schema version this actorgraph writes.
SCHEMA_VERSION = 2

#: Relation columns of schema version 1 (``MIGRATIONS[1]`` creates exactly these).
_V1_RELATION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source_id", "TEXT NOT NULL"),
    ("source_name", "TEXT NOT NULL"),
    ("source_type", "TEXT NOT NULL"),
    ("source_country", "TEXT"),
    ("target_id", "TEXT NOT NULL"),
    ("target_name", "TEXT NOT NULL"),
    ("target_type", "TEXT NOT NULL"),
    ("target_country", "TEXT"),
    ("type", "TEXT NOT NULL"),
    ("cameo_root", "TEXT"),
    ("quad_class", "INTEGER"),
    ("goldstein", "REAL"),
    ("predicate", "TEXT NOT NULL"),
    ("directed", "INTEGER NOT NULL"),
    ("negated", "INTEGER NOT NULL"),
    ("hypothetical", "INTEGER NOT NULL"),
    ("attributed_to", "TEXT"),
    ("sentence", "TEXT NOT NULL"),
    ("char_start", "INTEGER NOT NULL"),
    ("char_end", "INTEGER NOT NULL"),
    ("date", "TEXT"),
    ("confidence", "REAL NOT NULL"),
)
#: Columns added by version 2 (sectors), per table.
_V2_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "actors": (("sector", "TEXT"), ("sector_by", "TEXT")),
    "relations": (("source_sector", "TEXT"), ("target_sector", "TEXT")),
}

#: Relation columns besides ``id`` and ``doc_id``, with their SQL types, in Relation field order.
RELATION_COLUMNS: tuple[tuple[str, str], ...] = (*_V1_RELATION_COLUMNS, *_V2_COLUMNS["relations"])


def _v1(conn: sqlite3.Connection) -> None:
    relation_columns = ",\n  ".join(f"{name} {sqltype}" for name, sqltype in _V1_RELATION_COLUMNS)
    _script(
        conn,
        f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  title TEXT,
  date TEXT,
  url TEXT,
  source TEXT,
  origin TEXT,
  added_at TEXT NOT NULL,
  data_version TEXT NOT NULL
);
CREATE INDEX documents_date ON documents (date);
CREATE INDEX documents_version ON documents (data_version);
CREATE TABLE actors (
  doc_id TEXT NOT NULL REFERENCES documents (id),
  pos INTEGER NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  aliases TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  resolved_by TEXT NOT NULL,
  office TEXT,
  PRIMARY KEY (doc_id, pos)
);
CREATE INDEX actors_id ON actors (id);
CREATE TABLE mentions (
  doc_id TEXT NOT NULL REFERENCES documents (id),
  pos INTEGER NOT NULL,
  actor_id TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  resolved_by TEXT NOT NULL,
  PRIMARY KEY (doc_id, pos)
);
CREATE INDEX mentions_actor ON mentions (actor_id);
CREATE TABLE relations (
  id TEXT PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents (id),
  pos INTEGER NOT NULL,
  {relation_columns}
);
CREATE INDEX relations_doc ON relations (doc_id, pos);
CREATE INDEX relations_source ON relations (source_id);
CREATE INDEX relations_target ON relations (target_id);
CREATE INDEX relations_type ON relations (type);
""",
    )


def _v2(conn: sqlite3.Connection) -> None:
    for table, columns in _V2_COLUMNS.items():
        for name, sqltype in columns:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {sqltype}")


def _script(conn: sqlite3.Connection, sql: str) -> None:
    """Run ``;``-separated statements inside the current transaction (``executescript`` would commit)."""
    for statement in sql.split(";"):
        if statement.strip():
            conn.execute(statement)


#: Migration functions keyed by the schema version they produce; ``MIGRATIONS[1]`` creates the schema.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1, 2: _v2}


def store_error(path: str | os.PathLike[str], exc: BaseException, doing: str) -> StoreError:
    """Translate an SQLite or OS error into a :class:`StoreError` that names the cause and the fix."""
    where = os.fspath(path)
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if "readonly" in text or "read-only" in text or code == sqlite3.SQLITE_READONLY:
        return StoreError(
            where,
            f"cannot {doing}: the database is read-only; "
            "pass a writable path (Store(path), --db) or fix its permissions",
        )
    if "disk is full" in text or code == sqlite3.SQLITE_FULL or getattr(exc, "errno", None) == errno.ENOSPC:
        return StoreError(
            where,
            f"cannot {doing}: the disk is full (nothing of the failed batch was kept); "
            "free some space and run the same command again to go on",
        )
    if "not a database" in text or code == sqlite3.SQLITE_NOTADB:
        return StoreError(
            where, "is not an actorgraph database (not SQLite); pass a new path (Store(path), --db)"
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            where,
            f"cannot {doing}: the database stayed locked by another process; retry when it has finished",
        )
    if "unable to open" in text or isinstance(exc, OSError):
        return StoreError(where, f"cannot {doing}: {_unopenable(Path(where))}")
    return StoreError(where, f"cannot {doing}: {exc}")


def _unopenable(path: Path) -> str:
    """Why SQLite could not open ``path``, as far as the file system tells."""
    folder = path.parent
    if not folder.is_dir():
        return "its folder does not exist; create it or pass another path (Store(path), --db)"
    if path.exists() and not os.access(path, os.R_OK):
        return "permission denied; fix its permissions or pass another path (Store(path), --db)"
    if (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
        return (
            "the database is read-only (the file or its folder cannot be written); "
            "pass a writable path (Store(path), --db) or fix its permissions"
        )
    return "unable to open the file"


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def connect(path: str | os.PathLike[str], *, read_only: bool = False) -> sqlite3.Connection:
    """Open (and create or migrate, unless ``read_only``) the store at ``path``.

    The connection is in autocommit mode: writers use :func:`transaction`. The database is in
    WAL mode, so readers keep working while a writer adds.

    Raises
    ------
    StoreError
        If the file is not an actorgraph database, was made by a newer actorgraph, is
        missing (``read_only``) or cannot be created.
    """
    where = os.fspath(path)
    file = Path(where)
    if read_only and not file.is_file():
        raise StoreError(
            where, "no such store; create it with Store(path).add(...) or `actorgraph add INPUT... --db FILE`"
        )
    mode = "rwc"
    if read_only:
        # WAL readers need to create FILE-shm next to it; on read-only storage (a folder nobody may
        # write) and with no write in progress (no FILE-wal), read the file as the immutable one it is
        frozen = not os.access(file.parent, os.W_OK) and not Path(f"{where}-wal").exists()
        mode = "ro&immutable=1" if frozen else "ro"
    try:
        if not read_only:
            file.parent.mkdir(parents=True, exist_ok=True)
        uri = f"{file.resolve().as_uri()}?mode={mode}"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30.0, check_same_thread=False)
    except (sqlite3.Error, OSError) as exc:
        raise store_error(where, exc, "open the store") from exc
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        _check_ours(conn, where)  # before anything is written: another application's file stays as it was
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        _check_and_migrate(conn, where, read_only)
    except sqlite3.Error as exc:
        conn.close()
        raise store_error(where, exc, "open the store") from exc
    except StoreError:
        conn.close()
        raise
    return conn


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in ``meta`` (0 for an empty database).

    Raises
    ------
    ValueError
        If the recorded value is not an integer.
    """
    if "meta" not in _tables(conn):
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _check_ours(conn: sqlite3.Connection, where: str) -> None:
    """Refuse an SQLite file that holds tables but is not an actorgraph store."""
    tables = _tables(conn)
    if tables and "meta" not in tables:
        raise StoreError(
            where, "is an SQLite database but not an actorgraph store; pass a new path (Store(path), --db)"
        )


def _check_and_migrate(conn: sqlite3.Connection, where: str, read_only: bool) -> None:
    try:
        version = schema_version(conn)
    except ValueError:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        raise StoreError(
            where,
            f"schema_version {row[0]!r} is not a number: the store's meta table is damaged; "
            "pass another path (Store(path), --db)",
        ) from None
    if version < 0:
        raise StoreError(
            where,
            f"schema_version '{version}' is not a schema version: the store's meta table is damaged; "
            "pass another path (Store(path), --db)",
        )
    if version == 0 and _tables(conn) - {"meta"}:
        raise StoreError(
            where,
            "has tables but no schema_version: the store's meta table is damaged; "
            "pass another path (Store(path), --db)",
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            where,
            f"was written by a newer actorgraph (schema {version}, this one reads up to {SCHEMA_VERSION}); "
            "upgrade actorgraph",
        )
    if version == SCHEMA_VERSION:
        return
    if read_only:
        raise StoreError(
            where, f"has schema {version}; open it once for writing to upgrade it to {SCHEMA_VERSION}"
        )
    for target in range(version + 1, SCHEMA_VERSION + 1):
        with transaction(conn):
            # another process may have migrated it meanwhile
            if schema_version(conn) >= target:
                continue
            MIGRATIONS[target](conn)
            if target == 1:
                conn.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    [("created_at", _now()), ("data_version", "")],
                )
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (str(target),)
            )


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``), rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
