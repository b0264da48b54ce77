"""Exchange formats: every writer has a reader, and each round trip gives back what was written."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import actorgraph.export
from actorgraph.errors import RenderError
from actorgraph.export import (
    EXPORT_FORMATS,
    GDELT_COLUMNS,
    export,
    read_gexf,
    read_graphml,
    read_node_link,
    read_relation_table,
    relation_frame,
    write_gexf,
    write_graphml,
    write_node_link,
    write_relation_table,
)
from actorgraph.graph import build_graph, country_graph
from actorgraph.model import RELATION_FIELDS, Actor, Document, Relation

IRAN = Actor("IRN", "Iran", "country", "IRN", ("Tehran", "Islamic Republic"), 12, ("gazetteer", "metonym"))
RUSSIA = Actor("RUS", "Russia", "country", "RUS", ("Moscow",), 9, ("gazetteer",))
SHOIGU = Actor(
    "p-shoigu", "Sergei Shoigu", "person", "RUS", ("Shoigu",), 3, ("ner", "coreference"), "minister"
)
UN = Actor("un", "United Nations", "igo", None, (), 2, ("gazetteer",))
RT = Actor("rt", "RT", "media", "RUS", (), 1, ("gazetteer",))


def rel(
    rid: str, s: Actor, t: Actor, rtype: str, quad: int | None, score: float | None, **kw: Any
) -> Relation:
    sentence = kw.pop("sentence", f"{s.name} and {t.name}: “quoted”, <b>&amp; 'odd'</b>.")
    fields: dict[str, Any] = {
        "id": rid,
        "doc_id": "d1",
        "source_id": s.id,
        "source_name": s.name,
        "source_type": s.type,
        "source_country": s.country,
        "target_id": t.id,
        "target_name": t.name,
        "target_type": t.type,
        "target_country": t.country,
        "type": rtype,
        "cameo_root": None if quad is None else "04",
        "quad_class": quad,
        "goldstein": score,
        "predicate": "met",
        "directed": True,
        "negated": False,
        "hypothetical": False,
        "attributed_to": None,
        "sentence": sentence,
        "char_start": 10,
        "char_end": 10 + len(sentence),
        "date": "2016-08-16",
        "confidence": 0.75,
    }
    fields.update(kw)
    return Relation(**fields)


RELATIONS = [
    rel("r1", RUSSIA, IRAN, "COOPERATE", 2, 9.5),
    rel("r2", IRAN, RUSSIA, "CONSULT", 1, 2.5, doc_id="d2", negated=True, date=None),
    rel("r3", SHOIGU, IRAN, "CONSULT", 1, 2.5, hypothetical=True, attributed_to="rt"),
    rel("r4", SHOIGU, RUSSIA, "AFFILIATION", None, None, predicate="of", directed=False),
    rel("r5", RT, UN, "ACCUSE", 3, -3.0, sentence="RT accused the UN\nof bias.\u2028"),
]
DOCUMENTS = [
    Document("d1", "text", "Title", "2016-08-16", "https://example.org/a?b=1&c=2"),
    Document("d2", "text", "Other", None, "javascript:alert(1)"),
]


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    """Five actors, five relations: parallel and reverse edges, None values, lists, flags."""
    return build_graph([IRAN, RUSSIA, SHOIGU, UN, RT], RELATIONS)


class FakeResult:
    """Quacks like :class:`actorgraph.api.Result` for :func:`export`."""

    def __init__(self) -> None:
        self.relations = RELATIONS
        self.documents = DOCUMENTS
        self.graph = build_graph([IRAN, RUSSIA, SHOIGU, UN, RT], RELATIONS)


def same_graph(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    """Same nodes, edges (with keys) and attributes, None values and tuple/list aside."""

    def norm(d: dict[str, Any]) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in d.items() if v is not None}

    assert {str(n): norm(d) for n, d in a.nodes(data=True)} == {
        str(n): norm(d) for n, d in b.nodes(data=True)
    }
    assert {(str(u), str(v), str(k)): norm(d) for u, v, k, d in a.edges(keys=True, data=True)} == {
        (str(u), str(v), str(k)): norm(d) for u, v, k, d in b.edges(keys=True, data=True)
    }


def test_public_api_names_only_what_exists() -> None:
    """``__all__`` (kept sorted by ruff's RUF022) names only what the module defines."""
    for name in actorgraph.export.__all__:
        assert hasattr(actorgraph.export, name)


@pytest.mark.parametrize(
    ("write", "read"),
    [(write_gexf, read_gexf), (write_graphml, read_graphml)],
    ids=["gexf", "graphml"],
)
def test_xml_graph_round_trip_to_a_path(
    graph: nx.MultiDiGraph, tmp_path: Path, write: Any, read: Any
) -> None:
    """GEXF and GraphML give back every node, edge, key and attribute (lists decoded, None dropped)."""
    path = tmp_path / "g.xml"
    write(graph, path)
    back = read(path)
    same_graph(graph, back)
    assert back.nodes["IRN"]["aliases"] == ["Tehran", "Islamic Republic"]
    assert back.edges["IRN", "RUS", "r2"]["type"] == "CONSULT"
    assert back.edges["IRN", "RUS", "r2"]["negated"] is True
    assert isinstance(back.edges["RUS", "IRN", "r1"]["goldstein"], float)


@pytest.mark.parametrize(("write", "read"), [(write_gexf, read_gexf), (write_graphml, read_graphml)])
def test_xml_graph_round_trip_through_an_open_file(graph: nx.MultiDiGraph, write: Any, read: Any) -> None:
    """Writers and readers accept open binary files too."""
    buffer = io.BytesIO()
    write(graph, buffer)
    buffer.seek(0)
    same_graph(graph, read(buffer))


def test_gexf_has_labels_and_valid_edge_types(graph: nx.MultiDiGraph) -> None:
    """Gephi sees names as labels; the PLOVER type is an attribute, not GEXF's edge type."""
    buffer = io.BytesIO()
    write_gexf(graph, buffer)
    text = buffer.getvalue().decode("utf-8")
    assert 'label="Sergei Shoigu"' in text
    assert 'type="CONSULT"' not in text
    assert "relation_type" in text


def test_country_graph_exports(graph: nx.MultiDiGraph) -> None:
    """The country view (with its list of folded members) exports and reads back."""
    folded = country_graph(graph)
    buffer = io.BytesIO()
    write_graphml(folded, buffer)
    buffer.seek(0)
    back = read_graphml(buffer)
    assert back.nodes["RUS"]["members"] == ["Sergei Shoigu", "RT"]
    same_graph(folded, back)


def test_node_link_round_trip(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    """Node-link JSON keeps edges under "edges" and gives the graph back."""
    path = tmp_path / "g.json"
    write_node_link(graph, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "edges" in data and "links" not in data
    assert len(data["edges"]) == 5
    same_graph(graph, read_node_link(path))


def test_node_link_refuses_an_old_links_file(tmp_path: Path) -> None:
    """A file with "links" (networkx < 3.6) is refused instead of loading without edges."""
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"directed": True, "multigraph": True, "graph": {}, "nodes": [], "links": []}))
    with pytest.raises(RenderError, match="links"):
        read_node_link(path)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_relation_table_round_trip(tmp_path: Path, fmt: str) -> None:
    """CSV and Parquet give back equal Relation objects (None, bools, floats, newlines intact)."""
    path = tmp_path / f"relations.{fmt}"
    write_relation_table(RELATIONS, path, format=fmt, documents=DOCUMENTS)  # type: ignore[arg-type]
    assert read_relation_table(path, format=fmt) == RELATIONS  # type: ignore[arg-type]


def test_relation_table_through_open_files() -> None:
    """The table writers accept an open text (CSV) or binary (Parquet) file."""
    text = io.StringIO()
    write_relation_table(RELATIONS, text, format="csv")
    text.seek(0)
    assert read_relation_table(text, format="csv") == RELATIONS
    binary = io.BytesIO()
    write_relation_table(RELATIONS, binary, format="parquet")
    binary.seek(0)
    assert read_relation_table(binary, format="parquet") == RELATIONS


def test_gdelt_columns() -> None:
    """GDELT-style columns follow ours, with CAMEO actor codes, SQLDATE and http(s) URLs only."""
    frame = relation_frame(RELATIONS, DOCUMENTS)
    assert list(frame.columns) == [*RELATION_FIELDS, *GDELT_COLUMNS]
    rows = {r["id"]: r for r in frame.to_dict("records")}
    assert rows["r1"]["SQLDATE"] == 20160816
    assert rows["r1"]["Actor1Code"] == "RUS" and rows["r1"]["Actor1Name"] == "RUSSIA"
    assert rows["r1"]["EventRootCode"] == "04" and rows["r1"]["QuadClass"] == 2
    assert rows["r1"]["GoldsteinScale"] == 9.5
    assert rows["r1"]["SOURCEURL"] == "https://example.org/a?b=1&c=2"
    assert rows["r2"]["SOURCEURL"] == ""  # javascript: is not a source URL
    assert rows["r2"]["SQLDATE"] is None or str(rows["r2"]["SQLDATE"]) == "<NA>"
    assert (rows["r5"]["Actor1Code"], rows["r5"]["Actor1Type1Code"]) == ("RUSMED", "MED")
    assert (rows["r5"]["Actor2Code"], rows["r5"]["Actor2CountryCode"]) == ("IGO", "")
    assert (rows["r3"]["Actor1Code"], rows["r3"]["Actor1CountryCode"]) == ("RUS", "RUS")


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_export_dispatches_every_format(tmp_path: Path, fmt: str) -> None:
    """``export`` writes each format from a result; the matching reader reads it back."""
    path = tmp_path / f"out.{fmt}"
    export(FakeResult(), path, fmt)  # type: ignore[arg-type]
    if fmt in ("csv", "parquet"):
        assert read_relation_table(path, format=fmt) == RELATIONS  # type: ignore[arg-type]
    else:
        reader = {"gexf": read_gexf, "graphml": read_graphml, "json": read_node_link}[fmt]
        same_graph(FakeResult().graph, reader(path))


def test_export_from_a_graph_takes_relations_from_edges(graph: nx.MultiDiGraph) -> None:
    """Given a graph, the table holds one row per edge, each the relation it was built from
    (the edge's ``mutual`` back to ``Relation.directed``)."""
    buffer = io.StringIO()
    export(graph, buffer, "csv", documents=DOCUMENTS)
    buffer.seek(0)
    assert sorted(read_relation_table(buffer), key=lambda r: r.id) == RELATIONS
    assert graph.edges["p-shoigu", "RUS", "r4"]["mutual"] is True


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "json"])
def test_graph_files_written_with_directed_read_back_as_mutual(
    graph: nx.MultiDiGraph, tmp_path: Path, fmt: str
) -> None:
    """Graph files written before edges said ``mutual`` carry ``directed``: they read back the same."""
    old = nx.MultiDiGraph(graph)
    for *_, d in old.edges(data=True):
        d["directed"] = not d.pop("mutual")
    path = tmp_path / f"old.{fmt}"
    writer, reader = {
        "gexf": (write_gexf, read_gexf),
        "graphml": (write_graphml, read_graphml),
        "json": (write_node_link, read_node_link),
    }[fmt]
    writer(old, path)
    same_graph(graph, reader(path))


def test_export_rejects_unknown_formats(graph: nx.MultiDiGraph) -> None:
    """An unknown format names the choices."""
    with pytest.raises(RenderError, match="gexf, graphml, json, csv, parquet"):
        export(graph, io.StringIO(), "xlsx")  # type: ignore[arg-type]


def test_unwritable_path_raises_render_error(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    """A path in a missing folder gives our error with the path in the message."""
    with pytest.raises(RenderError, match="missing"):
        write_gexf(graph, tmp_path / "missing" / "g.gexf")


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_a_failed_export_keeps_the_previous_file(graph: nx.MultiDiGraph, tmp_path: Path, fmt: str) -> None:
    """A writer that fails half-way (here on a value no format can hold) leaves the old file whole,
    not an empty or torn one, and no temporary file beside it."""
    path = tmp_path / f"out.{fmt}"
    path.write_bytes(b"the previous export")
    broken = graph.copy()
    broken.nodes["IRN"]["unwritable"] = object()
    for _, _, d in broken.edges(data=True):
        d["confidence"] = object()
    with pytest.raises((RenderError, TypeError, ValueError)):
        export(broken, path, fmt)  # type: ignore[arg-type]
    assert path.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


# --- untrusted text in exchange formats (issue 12) ---------------------------------------------------

HOSTILE_ACTOR = Actor(
    "=cmd", "=cmd|'/c calc'!A1", "organization", None, ("@SUM(1+1)", "+1", "\tx", "'quoted")
)
HOSTILE = rel(
    "r6",
    HOSTILE_ACTOR,
    IRAN,
    "ACCUSE",
    3,
    -3.0,
    doc_id="-d3",
    predicate="@accused",
    sentence='=HYPERLINK("http://evil.example","click") form\x0cfeed, vtab\x0b, esc\x1b[31m, late NUL\x00.',
    attributed_to="+p",
)


def _hostile_graph() -> nx.MultiDiGraph:
    return build_graph([HOSTILE_ACTOR, IRAN], [HOSTILE])


@pytest.mark.parametrize(("write", "read"), [(write_gexf, read_gexf), (write_graphml, read_graphml)])
def test_control_characters_give_well_formed_xml(tmp_path: Path, write: Any, read: Any) -> None:
    """Form feed, vertical tab, ESC and a late NUL (which XML 1.0 cannot hold) become U+FFFD, one for
    one, so the file is well-formed, offsets still match, and the rest of the text is intact."""
    import xml.etree.ElementTree as ET

    path = tmp_path / "g.xml"
    write(_hostile_graph(), path)
    ET.parse(path)  # well-formed
    sentence = read(path).edges["=cmd", "IRN", "r6"]["sentence"]
    assert sentence == HOSTILE.sentence.translate(
        {0x0C: "\ufffd", 0x0B: "\ufffd", 0x1B: "\ufffd", 0: "\ufffd"}
    )
    assert len(sentence) == HOSTILE.char_end - HOSTILE.char_start


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_control_characters_survive_the_relation_table(tmp_path: Path, fmt: str) -> None:
    """Tables can hold any character: the hostile relation reads back exactly."""
    path = tmp_path / f"t.{fmt}"
    write_relation_table([HOSTILE], path, format=fmt)  # type: ignore[arg-type]
    assert read_relation_table(path, format=fmt) == [HOSTILE]  # type: ignore[arg-type]


def _cells(text: str) -> list[str]:
    import csv

    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_csv_cells_never_start_a_formula() -> None:
    """OWASP's rule: a text cell starting with = + - @ tab or CR gets a leading ' (numbers stay
    numbers); the readers take it off again, so a round trip gives the original values."""
    from actorgraph.export import read_actors, read_relations, write_actors, write_relations

    for write, read, items in (
        (write_relation_table, read_relation_table, [HOSTILE]),
        (write_relations, read_relations, [HOSTILE]),
        (write_actors, read_actors, [HOSTILE_ACTOR, IRAN]),
    ):
        buffer = io.StringIO()
        write(items, buffer, format="csv")
        cells = _cells(buffer.getvalue())
        risky = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(c)]
        assert risky == [], write.__name__
        assert "'=cmd" in buffer.getvalue()
        buffer.seek(0)
        assert read(buffer, format="csv") == items, write.__name__


def test_gexf_carries_what_gephi_draws(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    """Every node has viz colour (the report's by actor type), size and position; every edge a
    weight, its type as label and a colour; dated relations are spells of the days their date
    covers, so the graph is dynamic with a date time format (Gephi's timeline)."""
    import xml.etree.ElementTree as ET

    path = tmp_path / "g.gexf"
    write_gexf(graph, path)
    ns = {"g": "http://www.gexf.net/1.2draft", "viz": "http://www.gexf.net/1.2draft/viz"}
    root = ET.parse(path).getroot()
    graph_element = root.find("g:graph", ns)
    assert graph_element is not None
    assert (graph_element.get("mode"), graph_element.get("timeformat")) == ("dynamic", "date")
    nodes = {n.get("id"): n for n in root.iterfind(".//g:node", ns)}
    assert set(nodes) == set(graph.nodes)
    for node in nodes.values():
        for part in ("color", "size", "position"):
            assert node.find(f"viz:{part}", ns) is not None, (node.get("id"), part)
    iran = nodes["IRN"].find("viz:color", ns)
    assert iran is not None and (iran.get("r"), iran.get("g"), iran.get("b")) == ("47", "75", "124")  # 2f4b7c
    assert nodes["IRN"].get("start") == "2016-08-16"
    edges = {e.get("id"): e for e in root.iterfind(".//g:edge", ns)}
    assert {e.get("label") for e in edges.values()} == {"COOPERATE", "CONSULT", "AFFILIATION", "ACCUSE"}
    assert all(e.get("weight") == "1.0" and e.find("viz:color", ns) is not None for e in edges.values())
    assert (edges["r1"].get("start"), edges["r1"].get("end")) == ("2016-08-16", "2016-08-16")
    assert edges["r2"].get("start") is None  # undated: always there


def test_read_relation_frame_gives_the_types_back(tmp_path: Path) -> None:
    """What pd.read_csv gets wrong comes back right: "04" stays text, ids stay text, quad classes
    are Int64, dates datetimes, and the formula quote is gone."""
    import pandas as pd

    from actorgraph.export import read_relation_frame

    path = tmp_path / "t.csv"
    write_relation_table([*RELATIONS, HOSTILE], path)
    naive = pd.read_csv(path)
    assert naive.loc[0, "cameo_root"] == 4  # the trap this reader avoids
    frame = read_relation_frame(path)
    assert frame.loc[0, "cameo_root"] == "04" and str(frame["quad_class"].dtype) == "Int64"
    assert str(frame["datetime"].dtype) == "datetime64[ns]" and str(frame["type"].dtype) == "category"
    assert frame.loc[5, "source_id"] == "=cmd" and frame.loc[5, "doc_id"] == "-d3"
