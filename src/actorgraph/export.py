"""Exchange formats, as symmetric write/read pairs, and :func:`export` dispatching by name.

Tables: ``write_relations(relations, dest, format=...)`` / ``read_relations(src, format=...)``
and the same for actors. ``dest``/``src`` is a path or an open text file. JSONL
writes one object per line with exactly the record's fields; CSV writes a
header row, empty cells for ``None``, lists joined by ``|``.

Untrusted text: article text ends up in every cell and attribute. In CSV, a text cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` so
that spreadsheets show it instead of running it as a formula (OWASP's rule against CSV
injection; a cell that starts with ``'`` gets one more); numbers are left alone and the
readers here remove the quote. In GEXF and GraphML, characters that XML 1.0 cannot hold
(control characters such as form feed, ESC or NUL) become U+FFFD, one for one.

Graphs: ``write_gexf``/``read_gexf``, ``write_graphml``/``read_graphml`` and
``write_node_link``/``read_node_link``. The relation table with GDELT-style columns next to
ours: ``write_relation_table``/``read_relation_table`` (CSV or Parquet). :func:`export`
writes any of ``gexf``, ``graphml``, ``json``, ``csv`` and ``parquet`` from a result or a graph.

GDELT/Phoenix-compatible columns (``GDELT_COLUMNS``), computed from ours:

==================  ==============================================================
``GLOBALEVENTID``   our relation id (a hex digest, not GDELT's integer)
``SQLDATE``         event date as the integer YYYYMMDD (empty when undated)
``Actor1Code``      CAMEO-style actor code: country code + sector (``IRN``, ``SYRREB``,
                    ``KENCOP``, ``IGO``, ``REB``), i.e. ``source_code``; empty when neither is known
``Actor1Name``      canonical name, upper-cased as in GDELT
``Actor1CountryCode``  ISO 3166 alpha-3 of the actor's state
``Actor1Type1Code`` the sector (``GOV``, ``MIL``, ``REB``, ``CVL`` ...); ``IGO`` for an IGO; without a
                    sector ``REB`` (armed group), ``MED`` (media), else empty
``Actor2*``         the same for the target
``EventCode``, ``EventBaseCode``, ``EventRootCode``  the CAMEO root (two digits): we
                    classify to the root only
``QuadClass``       1–4 (PLOVER convention: SANCTION is material conflict)
``GoldsteinScale``  our Goldstein-style score
``SOURCEURL``       the document's http(s) URL, when documents are given
==================  ==============================================================
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol, get_args

import networkx as nx

from actorgraph.errors import RenderError
from actorgraph.files import atomic_open
from actorgraph.graph import edge_relation, mutual_from_legacy
from actorgraph.model import ACTOR_FIELDS, RELATION_FIELDS, Actor, Document, Relation, actor_code

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "EXPORT_FORMATS",
    "FORMULA_STARTS",
    "GDELT_COLUMNS",
    "ExportFormat",
    "TableFormat",
    "csv_text",
    "csv_untext",
    "export",
    "from_exchange_graph",
    "read_actors",
    "read_gexf",
    "read_graphml",
    "read_node_link",
    "read_relation_frame",
    "read_relation_table",
    "read_relations",
    "relation_frame",
    "to_exchange_graph",
    "to_gexf_graph",
    "write_actors",
    "write_gexf",
    "write_graphml",
    "write_node_link",
    "write_relation_table",
    "write_relations",
    "xml_text",
]

TableFormat = Literal["jsonl", "csv"]
ExportFormat = Literal["gexf", "graphml", "json", "csv", "parquet"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)
Dest = str | os.PathLike[str] | IO[str]
BinaryDest = str | os.PathLike[str] | IO[bytes]

#: Attributes holding lists (or dicts): JSON-encoded in GEXF and GraphML, decoded on reading.
JSON_ATTRIBUTES = frozenset({"aliases", "resolved_by", "members"})
#: Edge attributes renamed in GEXF/GraphML, whose readers reserve the names ``type``, ``label``, ``id``.
_EDGE_RENAMES = {"type": "relation_type"}

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "SOURCEURL",
)
#: Actor1Type1Code of an actor without a sector, by actor type.
_ROLE_CODES = {"armed_group": "REB", "media": "MED"}


class HasRelations(Protocol):
    """What :func:`export` needs of a result: its graph, relations and documents."""

    @property
    def graph(self) -> nx.MultiDiGraph: ...  # pragma: no cover

    relations: list[Relation]
    documents: list[Document]


@contextmanager
def _open(dest: Dest | BinaryDest, mode: Literal["r", "w", "rb", "wb"]) -> Iterator[IO[Any]]:
    """``dest`` itself if it is an open file; else the path opened, and written atomically."""
    if not isinstance(dest, str | os.PathLike):
        yield dest
    elif mode in ("w", "wb"):
        with atomic_open(dest, "wb" if mode == "wb" else "w") as f:
            yield f
    else:
        try:
            with open(dest, "rb") if mode == "rb" else open(dest, encoding="utf-8", newline="") as f:
                yield f
        except OSError as exc:
            raise RenderError(f"{os.fspath(dest)}: cannot open ({exc.strerror or exc})") from exc


#: A text cell starting with one of these is read as a formula by spreadsheets (OWASP, CSV Injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: str) -> str:
    r"""Neutralise a CSV text cell as OWASP recommends: a leading ``'`` before a formula character.

    A cell that already starts with ``'`` gets one more, so that :func:`csv_untext` (which the
    readers apply) gives back the original text exactly. Numbers are not text cells: ``-3.0``
    in a numeric column stays a number.

    Examples
    --------
    >>> csv_text('=HYPERLINK("http://x")'), csv_text("Iran"), csv_text("'s")
    ('\'=HYPERLINK("http://x")', 'Iran', "''s")
    >>> csv_untext(csv_text("@SUM(A1)"))
    '@SUM(A1)'
    """
    return "'" + value if value.startswith((*FORMULA_STARTS, "'")) else value


def csv_untext(value: str) -> str:
    """Undo :func:`csv_text`."""
    return value[1:] if value.startswith("'") else value


def _csv_value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, list | tuple):
        v = "|".join(str(x) for x in v)
    return csv_text(v) if isinstance(v, str) else v


def _write(rows: Iterable[dict[str, Any]], columns: list[str], dest: Dest, format: TableFormat) -> None:
    with _open(dest, "w") as f:
        if format == "jsonl":
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _csv_value(v) for k, v in row.items()})


def write_relations(relations: Iterable[Relation], dest: Dest, *, format: TableFormat = "jsonl") -> None:
    """Write relations as JSONL (one object a line) or CSV."""
    _write((r.to_dict() for r in relations), list(RELATION_FIELDS), dest, format)


def write_actors(actors: Iterable[Actor], dest: Dest, *, format: TableFormat = "jsonl") -> None:
    """Write actors as JSONL or CSV (aliases and resolutions joined by ``|`` in CSV)."""
    _write((a.to_dict() for a in actors), list(ACTOR_FIELDS), dest, format)


def _typed(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(cls):
        v = row.get(f.name)
        t = str(f.type)
        if v == "" and "None" in t:
            v = None
        elif v is not None and isinstance(v, str):
            if t.startswith("tuple"):
                v = tuple(x for x in v.split("|") if x)
            elif t.startswith("bool"):
                v = v.lower() == "true"
            elif t.startswith("int"):
                v = int(v)
            elif t.startswith("float"):
                v = float(v)
        if isinstance(v, list):
            v = tuple(v)
        out[f.name] = v
    return out


def _read(src: Dest, format: TableFormat) -> Iterator[dict[str, Any]]:
    with _open(src, "r") as f:
        if format == "jsonl":
            for line in f:
                if line.strip():
                    yield json.loads(line)
        else:
            for row in csv.DictReader(f):
                yield {k: csv_untext(v) for k, v in row.items()}


def read_relations(src: Dest, *, format: TableFormat = "jsonl") -> list[Relation]:
    """Read relations written by :func:`write_relations`."""
    return [Relation(**_typed(Relation, row)) for row in _read(src, format)]


def read_actors(src: Dest, *, format: TableFormat = "jsonl") -> list[Actor]:
    """Read actors written by :func:`write_actors`."""
    return [Actor(**_typed(Actor, row)) for row in _read(src, format)]


# ---------------------------------------------------------------- graphs


def to_exchange_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` that GEXF and GraphML writers accept, and Gephi reads well.

    ``None`` values are dropped; lists, tuples and dicts become JSON strings; an attribute
    that is an integer somewhere and a float elsewhere becomes a float everywhere (one type
    per attribute); edge ``type`` is renamed ``relation_type`` (GEXF reserves ``type``);
    every node gets a ``label`` (its name) for Gephi.

    Examples
    --------
    >>> from actorgraph.graph import build_graph
    >>> g = to_exchange_graph(build_graph([Actor("IRN", "Iran", "country", aliases=("Tehran",))], []))
    >>> g.nodes["IRN"]["aliases"], g.nodes["IRN"]["label"], "office" in g.nodes["IRN"]
    ('["Tehran"]', 'Iran', False)
    """
    floats: set[tuple[str, str]] = set()
    for kind, items in (("node", g.nodes(data=True)), ("edge", g.edges(data=True))):
        for *_, d in items:
            floats.update((kind, k) for k, v in d.items() if isinstance(v, float))

    def clean(kind: str, d: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in d.items():
            if v is None:
                continue
            if isinstance(v, list | tuple | dict | set | frozenset):
                v = json.dumps(sorted(v) if isinstance(v, set | frozenset) else v, ensure_ascii=False)
            elif (kind, k) in floats and isinstance(v, int) and not isinstance(v, bool):
                v = float(v)
            out[_EDGE_RENAMES.get(k, k) if kind == "edge" else k] = xml_text(v) if isinstance(v, str) else v
        return out

    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(xml_text(str(n)), **{"label": xml_text(str(d.get("name") or n)), **clean("node", d)})
    for u, v, k, d in g.edges(keys=True, data=True):
        h.add_edge(xml_text(str(u)), xml_text(str(v)), key=xml_text(str(k)), **clean("edge", d))
    return h


#: Characters XML 1.0 cannot hold: C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: str) -> str:
    r"""``value`` with every character XML 1.0 cannot hold replaced by U+FFFD, one for one.

    Form feeds, vertical tabs, ESC and NUL occur in scraped text; in GEXF they make a file
    that no parser reads, and GraphML refuses to write at all. One replacement character per
    character keeps lengths (and so the evidence offsets) as they were.

    Examples
    --------
    >>> xml_text("page\x0cbreak\x00")
    'page\ufffdbreak\ufffd'
    """
    return _NOT_XML.sub("\ufffd", value)


def from_exchange_graph(h: nx.Graph) -> nx.MultiDiGraph:
    """Undo :func:`to_exchange_graph` (and :func:`to_gexf_graph`): decode JSON attributes, restore
    ``type``, drop what was added for Gephi (``label``, ``viz``, ``weight``, spells)."""
    g = nx.MultiDiGraph()
    for n, d in h.nodes(data=True):
        # GEXF uses the ``id`` attribute as the node's id: our actors' id is their node
        g.add_node(n, **{"id": n, **{k: _decode(k, v) for k, v in d.items() if k not in _GEXF_ONLY}})
    edges = (
        h.edges(keys=True, data=True)
        if h.is_multigraph()
        else ((u, v, None, d) for u, v, d in h.edges(data=True))
    )
    back = {new: old for old, new in _EDGE_RENAMES.items()}
    for u, v, k, d in edges:
        attrs = {back.get(a, a): _decode(a, x) for a, x in d.items() if a != "id" and a not in _GEXF_ONLY}
        mutual_from_legacy(attrs)
        key = d.get("id", k)
        if "id" in d:
            attrs["id"] = d["id"]
        g.add_edge(u, v, key=key, **attrs)
    return g


def _decode(key: str, value: Any) -> Any:
    if key in JSON_ATTRIBUTES and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


#: What :func:`to_gexf_graph` adds for Gephi, dropped again on reading.
_GEXF_ONLY = frozenset({"viz", "start", "end", "weight", "label"})


def to_gexf_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """:func:`to_exchange_graph` plus what Gephi draws and filters by.

    Every node gets the report's colour, size and position (``viz``); every edge the
    colour of its quad class, ``weight`` 1 (Gephi sums the weights of the parallel edges it
    merges, so a merged edge counts relations) and its relation type as ``label``. A dated
    relation becomes a spell from the first to the last day its date covers (``2016`` is
    the whole year), and an actor's spell starts at its first dated relation, so that Gephi's
    timeline shows the graph growing.

    Examples
    --------
    >>> from actorgraph.graph import build_graph
    >>> iran, iraq = Actor("IRN", "Iran", "country", "IRN"), Actor("IRQ", "Iraq", "country", "IRQ")
    >>> rel = Relation.between(iran, iraq, "CONSULT", "Iran met Iraq.", date="2016-08")
    >>> h = to_gexf_graph(build_graph([iran, iraq], [rel]))
    >>> edge = next(iter(h.edges(data=True)))[2]
    >>> edge["label"], edge["weight"], edge["start"], edge["end"]
    ('CONSULT', 1.0, '2016-08-01', '2016-08-31')
    >>> h.nodes["IRN"]["start"], sorted(h.nodes["IRN"]["viz"])
    ('2016-08-01', ['color', 'position', 'size'])
    """
    from actorgraph.render.dates import date_span
    from actorgraph.visual import gexf_viz

    h = to_exchange_graph(g)
    node_viz, edge_viz = gexf_viz(g)
    for n, viz in node_viz.items():
        h.nodes[xml_text(str(n))]["viz"] = viz
    first: dict[str, str] = {}
    for u, v, k, d in g.edges(keys=True, data=True):
        attrs = h.edges[xml_text(str(u)), xml_text(str(v)), xml_text(str(k))]
        attrs.update(viz=edge_viz[k], weight=1.0, label=xml_text(str(d.get("type") or "")))
        span = date_span(d.get("date"))
        if span is not None:
            attrs.update(start=span.start, end=span.end)
            for node in (xml_text(str(u)), xml_text(str(v))):
                first[node] = min(first.get(node, span.start), span.start)
    for node, start in first.items():
        h.nodes[node]["start"] = start
    return h


def write_gexf(g: nx.MultiDiGraph, dest: BinaryDest) -> None:
    """Write ``g`` as GEXF 1.2 for Gephi and Gephi Lite: :func:`to_gexf_graph`, so with the
    report's colours, sizes and positions, weights, labels and dates as spells."""
    with _open(dest, "wb") as f:
        nx.write_gexf(to_gexf_graph(g), f)


def read_gexf(src: BinaryDest) -> nx.MultiDiGraph:
    """Read a graph written by :func:`write_gexf`."""
    with _open(src, "rb") as f:
        return from_exchange_graph(nx.read_gexf(f))


def write_graphml(g: nx.MultiDiGraph, dest: BinaryDest) -> None:
    """Write ``g`` as GraphML (lists JSON-encoded, no ``None``, one type per attribute)."""
    with _open(dest, "wb") as f:
        nx.write_graphml(to_exchange_graph(g), f)


def read_graphml(src: BinaryDest) -> nx.MultiDiGraph:
    """Read a graph written by :func:`write_graphml`."""
    with _open(src, "rb") as f:
        h = nx.read_graphml(f, force_multigraph=True, edge_key_type=str)
    return from_exchange_graph(h)


def write_node_link(g: nx.MultiDiGraph, dest: Dest) -> None:
    """Write ``g`` as networkx node-link JSON with the edge list under ``"edges"``."""
    data = nx.node_link_data(g, edges="edges")
    with _open(dest, "w") as f:
        json.dump(data, f, ensure_ascii=False, default=list)


def read_node_link(src: Dest) -> nx.MultiDiGraph:
    """Read node-link JSON written by :func:`write_node_link` (edges under ``"edges"``).

    Raises
    ------
    RenderError
        If the file has no ``"edges"`` list (e.g. an old file with ``"links"``): reading it
        would silently give a graph without edges.
    """
    with _open(src, "r") as f:
        data = json.load(f)
    if "edges" not in data:
        raise RenderError(
            'node-link JSON without an "edges" list; files from networkx < 3.6 use "links": '
            'load them with networkx.node_link_graph(data, edges="links").'
        )
    g = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    for n, d in g.nodes(data=True):  # node-link stores the node as "id": our actors' id is their node
        d.setdefault("id", n)
    for *_, d in g.edges(data=True):
        mutual_from_legacy(d)
    return g if isinstance(g, nx.MultiDiGraph) else nx.MultiDiGraph(g)


# ---------------------------------------------------------------- the GDELT-style relation table


def _actor_code(country: str | None, sector: str | None, actor_type: str) -> tuple[str, str]:
    """``(Actor1Code, Actor1Type1Code)``: the actor's code, and its sector (or a role from its type)."""
    if actor_type == "igo":
        return actor_code(country, sector, actor_type) or "", "IGO"
    role = sector or _ROLE_CODES.get(actor_type, "")
    return actor_code(country, role, actor_type) or "", role


def _sqldate(date: str | None) -> int | None:
    digits = (date or "")[:10].replace("-", "")
    return int(digits) if len(digits) == 8 and digits.isdigit() else None


def relation_frame(relations: Iterable[Relation], documents: Sequence[Document] = ()) -> pd.DataFrame:
    """The relation table as a DataFrame: our columns (``RELATION_FIELDS``), then ``GDELT_COLUMNS``.

    Integer columns that may be empty use pandas' nullable ``Int64``.
    """
    import pandas as pd

    from actorgraph.render.payload import safe_url

    urls = {d.id: safe_url(d.url) for d in documents}
    rows = []
    for r in relations:
        row = r.to_dict()
        code1, role1 = _actor_code(r.source_country, r.source_sector, r.source_type)
        code2, role2 = _actor_code(r.target_country, r.target_sector, r.target_type)
        row.update(
            GLOBALEVENTID=r.id,
            SQLDATE=_sqldate(r.date),
            Actor1Code=code1,
            Actor1Name=r.source_name.upper(),
            Actor1CountryCode=r.source_country or "",
            Actor1Type1Code=role1,
            Actor2Code=code2,
            Actor2Name=r.target_name.upper(),
            Actor2CountryCode=r.target_country or "",
            Actor2Type1Code=role2,
            EventCode=r.cameo_root or "",
            EventBaseCode=r.cameo_root or "",
            EventRootCode=r.cameo_root or "",
            QuadClass=r.quad_class,
            GoldsteinScale=r.goldstein,
            SOURCEURL=urls.get(r.doc_id) or "",
        )
        rows.append(row)
    frame = pd.DataFrame(rows, columns=[*RELATION_FIELDS, *GDELT_COLUMNS])
    for column in ("quad_class", "QuadClass", "SQLDATE", "char_start", "char_end"):
        frame[column] = frame[column].astype("Int64")
    for column in ("goldstein", "GoldsteinScale", "confidence"):
        frame[column] = frame[column].astype("Float64")
    for column in ("directed", "negated", "hypothetical"):
        frame[column] = frame[column].astype(bool)
    return frame


def write_relation_table(
    relations: Iterable[Relation],
    dest: Dest | BinaryDest,
    *,
    format: Literal["csv", "parquet"] = "csv",
    documents: Sequence[Document] = (),
) -> None:
    """Write the relation table (ours and GDELT-style columns) as CSV or Parquet.

    Parameters
    ----------
    relations : iterable of Relation
    dest : path or open file
        A text file for CSV, a binary file for Parquet.
    format : {"csv", "parquet"}
    documents : sequence of Document, optional
        For ``SOURCEURL`` (http/https URLs only).
    """
    frame = relation_frame(relations, documents)
    if format == "parquet":
        _require_pyarrow()
        with _open(dest, "wb") as f:
            frame.to_parquet(f, index=False)
    else:
        with _open(dest, "w") as f:
            _csv_frame(frame).to_csv(f, index=False, lineterminator="\n")


def _csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells are neutralised with :func:`csv_text` (numbers and booleans as they are)."""
    import pandas as pd

    out = frame.copy()
    for column in out.columns:
        dtype = out[column].dtype
        if not (pd.api.types.is_numeric_dtype(dtype) or pd.api.types.is_bool_dtype(dtype)):
            out[column] = out[column].map(lambda v: csv_text(v) if isinstance(v, str) else v)
    return out


def _require_pyarrow() -> None:
    if importlib.util.find_spec("pyarrow") is None:
        raise RenderError('Parquet needs pyarrow: pip install "actorgraph[parquet]"')


def read_relation_table(
    src: Dest | BinaryDest, *, format: Literal["csv", "parquet"] = "csv"
) -> list[Relation]:
    """Read relations back from a table written by :func:`write_relation_table` (our columns)."""
    import pandas as pd

    if format == "parquet":
        _require_pyarrow()
        with _open(src, "rb") as f:
            frame = pd.read_parquet(f, columns=list(RELATION_FIELDS))
        records = frame.astype(object).where(frame.notna(), None).to_dict("records")
        return [Relation(**_typed(Relation, {k: _plain(v) for k, v in row.items()})) for row in records]
    # the csv module, not pandas: pandas' C parser cuts a cell at a NUL character; a table written
    # before sectors existed has no sector and code columns, which read as None
    return read_relations(src, format="csv")  # type: ignore[arg-type]


def read_relation_frame(src: Dest | BinaryDest, *, format: Literal["csv", "parquet"] = "csv") -> pd.DataFrame:
    """Read a relation table back as a typed DataFrame (our columns, dtypes of :mod:`actorgraph.frames`).

    ``pd.read_csv`` alone guesses types (the CAMEO root ``"07"`` becomes ``7``, numeric ids
    become integers) and keeps the ``'`` that neutralises formula-like cells; this reader
    does neither.

    Examples
    --------
    >>> import io
    >>> iran, iraq = Actor("IRN", "Iran", "country", "IRN"), Actor("IRQ", "Iraq", "country", "IRQ")
    >>> aid = Relation.between(iran, iraq, "AID", "=Iran aided Iraq.", cameo_root="07")
    >>> buffer = io.StringIO()
    >>> write_relation_table([aid], buffer)
    >>> _ = buffer.seek(0)
    >>> frame = read_relation_frame(buffer)
    >>> frame.loc[0, "cameo_root"], frame.loc[0, "sentence"]
    ('07', '=Iran aided Iraq.')
    """
    from actorgraph.frames import relation_frame as typed_frame

    return typed_frame(read_relation_table(src, format=format))


def _plain(value: Any) -> Any:
    """numpy scalars -> Python scalars."""
    return value.item() if hasattr(value, "item") else value


# ---------------------------------------------------------------- one entry point


def export(
    source: HasRelations | nx.MultiDiGraph,
    dest: Dest | BinaryDest,
    format: ExportFormat,
    *,
    documents: Sequence[Document] = (),
) -> None:
    """Write a result (or a graph) in one exchange format.

    Parameters
    ----------
    source : Result or networkx.MultiDiGraph
        A :class:`~actorgraph.api.Result` (its graph, relations and documents are used) or
        an actor graph such as ``result.country_graph()`` (its edges are the relations).
    dest : path or open file
        Binary for ``gexf``, ``graphml`` and ``parquet``; text for ``json`` and ``csv``.
    format : {"gexf", "graphml", "json", "csv", "parquet"}
        GEXF (Gephi), GraphML, node-link JSON, or the relation table with GDELT-style columns.
    documents : sequence of Document, optional
        For the table's ``SOURCEURL`` when ``source`` is a graph.

    Raises
    ------
    RenderError
        On an unknown format or a file that cannot be written.

    Examples
    --------
    >>> import io
    >>> from actorgraph.graph import build_graph
    >>> buffer = io.StringIO()
    >>> export(build_graph([Actor("IRN", "Iran", "country")], []), buffer, "json")
    >>> '"edges": []' in buffer.getvalue()
    True
    """
    if format not in EXPORT_FORMATS:
        raise RenderError(f"unknown export format {format!r}: choose from {', '.join(EXPORT_FORMATS)}.")
    if isinstance(source, nx.Graph):
        g: nx.MultiDiGraph = source
        relations = [edge_relation(d) for _, _, d in g.edges(data=True)]
    else:
        g, relations, documents = source.graph, list(source.relations), documents or source.documents
    if format == "gexf":
        write_gexf(g, dest)  # type: ignore[arg-type]
    elif format == "graphml":
        write_graphml(g, dest)  # type: ignore[arg-type]
    elif format == "json":
        write_node_link(g, dest)  # type: ignore[arg-type]
    else:
        write_relation_table(relations, dest, format=format, documents=documents)
