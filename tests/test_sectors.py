"""Sectors: actors as country + sector (``SYRREB``, ``KENCOP``), in every output."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from actorgraph.export import read_actors, read_relations, relation_frame, write_actors, write_relations
from actorgraph.model import ACTOR_FIELDS, RELATION_FIELDS, Actor, Relation
from actorgraph.store import Store, schema

SYRIA = Actor("SYR", "Syria", "country", "SYR")
REBELS = Actor("SYR_REB", "Syrian rebels", "armed_group", "SYR", sector="REB", sector_by="group noun")
POLICE = Actor("KEN_COP", "Kenyan police", "organization", "KEN", sector="COP", sector_by="group noun")
UN = Actor("UN", "United Nations", "igo")


# --- the model: codes are derived, never stored twice ----------------------------------------------


@pytest.mark.parametrize(
    ("actor", "code"),
    [
        (SYRIA, "SYR"),
        (REBELS, "SYRREB"),
        (POLICE, "KENCOP"),
        (UN, "IGO"),
        (Actor("p", "A general", "person", "MMR", sector="MIL"), "MMRMIL"),
        (Actor("g", "rebels", "armed_group", None, sector="REB"), "REB"),
        (Actor("x", "Somebody", "person"), None),
    ],
)
def test_actor_code_is_country_then_sector(actor: Actor, code: str | None) -> None:
    assert actor.code == code
    assert actor.to_dict()["code"] == code
    assert tuple(actor.to_dict()) == ACTOR_FIELDS


def test_relation_carries_both_sides_sectors_and_codes() -> None:
    r = Relation.between(SYRIA, REBELS, "ASSAULT", "Syria shelled rebel positions.")
    assert (r.source_sector, r.target_sector) == (None, "REB")
    assert (r.source_code, r.target_code) == ("SYR", "SYRREB")
    d = r.to_dict()
    assert tuple(d) == RELATION_FIELDS
    assert RELATION_FIELDS.index("target_code") == RELATION_FIELDS.index("target_country") + 2
    assert Relation.from_dict(d) == r


def test_sectors_round_trip_through_jsonl_and_csv() -> None:
    r = Relation.between(POLICE, REBELS, "COERCE", "Police arrested rebels.")
    for fmt in ("jsonl", "csv"):
        buffer = io.StringIO()
        write_relations([r], buffer, format=fmt)  # type: ignore[arg-type]
        assert "KENCOP" in buffer.getvalue()
        buffer.seek(0)
        assert read_relations(buffer, format=fmt) == [r]  # type: ignore[arg-type]
        buffer = io.StringIO()
        write_actors([POLICE, SYRIA], buffer, format=fmt)  # type: ignore[arg-type]
        buffer.seek(0)
        assert read_actors(buffer, format=fmt) == [POLICE, SYRIA]  # type: ignore[arg-type]


def test_gdelt_columns_carry_code_and_sector() -> None:
    frame = relation_frame([Relation.between(POLICE, UN, "REQUEST", "Police asked the UN."), _hezbollah()])
    assert list(frame["Actor1Code"]) == ["KENCOP", "LBNREB"]
    assert list(frame["Actor1Type1Code"]) == ["COP", "REB"]
    assert list(frame["Actor2Code"]) == ["IGO", "ISR"]
    assert list(frame["Actor2Type1Code"]) == ["IGO", ""]
    assert list(frame["source_code"]) == ["KENCOP", "LBNREB"]


def _hezbollah() -> Relation:
    hezbollah = Actor("HEZBOLLAH", "Hezbollah", "armed_group", "LBN", sector="REB", sector_by="gazetteer")
    israel = Actor("ISR", "Israel", "country", "ISR")
    return Relation.between(hezbollah, israel, "ASSAULT", "Hezbollah fired rockets at Israel.")


# --- the store: one migration adds the sector columns ----------------------------------------------


def test_store_of_schema_1_gains_sector_columns_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    with schema.transaction(conn):
        schema.MIGRATIONS[1](conn)
        conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '1'), ('data_version', '')")
        conn.execute(
            "INSERT INTO documents VALUES (?, ?, NULL, NULL, NULL, NULL, NULL, 'now', '')",
            ("d", "Syria shelled Turkey."),
        )
        conn.execute(
            "INSERT INTO actors VALUES ('d', 0, 'SYR', 'Syria', 'country', 'SYR', '[]', 1, ?, NULL)",
            ('["gazetteer"]',),
        )
    conn.close()
    with Store(path) as store:
        assert store.meta()["schema_version"] == str(schema.SCHEMA_VERSION) == "2"
        actor_columns = {row[1] for row in store.conn.execute("PRAGMA table_info(actors)")}
        relation_columns = {row[1] for row in store.conn.execute("PRAGMA table_info(relations)")}
        assert {"sector", "sector_by"} <= actor_columns
        assert {"source_sector", "target_sector"} <= relation_columns
        assert not {"source_code", "target_code", "code"} & (actor_columns | relation_columns)
        (actor,) = store.result().actors
        assert (actor.id, actor.sector, actor.code) == ("SYR", None, "SYR")
