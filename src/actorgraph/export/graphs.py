"""Actor graphs as GEXF (Gephi), GraphML and node-link JSON, each a write/read pair.

Lists and dicts are JSON-encoded (``JSON_ATTRIBUTES``), ``None`` is dropped, edge ``type`` is
``relation_type`` (GEXF reserves ``type``), characters XML cannot hold become U+FFFD; GEXF
also gets Gephi's ``viz`` colours, sizes and positions, a weight, labels and date spells.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from actorgraph.errors import RenderError
from actorgraph.export.tables import BinaryDest, Dest, open_dest

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "JSON_ATTRIBUTES",
    "from_exchange_graph",
    "read_gexf",
    "read_graphml",
    "read_node_link",
    "to_exchange_graph",
    "to_gexf_graph",
    "write_gexf",
    "write_graphml",
    "write_node_link",
    "xml_text",
]

#: Attributes holding lists (or dicts): JSON-encoded in GEXF and GraphML, decoded on reading.
JSON_ATTRIBUTES = frozenset({"aliases", "resolved_by", "members"})
#: Edge attributes renamed in GEXF/GraphML, whose readers reserve the names ``type``, ``label``, ``id``.
_EDGE_RENAMES = {"type": "relation_type"}


def to_exchange_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` that GEXF and GraphML writers accept, and Gephi reads well.

    ``None`` values are dropped; lists, tuples and dicts become JSON strings; an attribute
    that is an integer somewhere and a float elsewhere becomes a float everywhere (one type
    per attribute); edge ``type`` is renamed ``relation_type`` (GEXF reserves ``type``);
    every node gets a ``label`` (its name) for Gephi.

    Examples
    --------
    >>> from actorgraph.graph import build_graph
    >>> from actorgraph.model import Actor, Relation
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

    import networkx as nx

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
    import networkx as nx

    from actorgraph.graph import mutual_from_legacy

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
    >>> from actorgraph.model import Actor, Relation
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
    import networkx as nx

    with open_dest(dest, "wb") as f:
        nx.write_gexf(to_gexf_graph(g), f)


def read_gexf(src: BinaryDest) -> nx.MultiDiGraph:
    """Read a graph written by :func:`write_gexf`."""
    import networkx as nx

    with open_dest(src, "rb") as f:
        return from_exchange_graph(nx.read_gexf(f))


def write_graphml(g: nx.MultiDiGraph, dest: BinaryDest) -> None:
    """Write ``g`` as GraphML (lists JSON-encoded, no ``None``, one type per attribute)."""
    import networkx as nx

    with open_dest(dest, "wb") as f:
        nx.write_graphml(to_exchange_graph(g), f)


def read_graphml(src: BinaryDest) -> nx.MultiDiGraph:
    """Read a graph written by :func:`write_graphml`."""
    import networkx as nx

    with open_dest(src, "rb") as f:
        h = nx.read_graphml(f, force_multigraph=True, edge_key_type=str)
    return from_exchange_graph(h)


def write_node_link(g: nx.MultiDiGraph, dest: Dest) -> None:
    """Write ``g`` as networkx node-link JSON with the edge list under ``"edges"``."""
    import networkx as nx

    data = nx.node_link_data(g, edges="edges")
    with open_dest(dest, "w") as f:
        json.dump(data, f, ensure_ascii=False, default=list)


def read_node_link(src: Dest) -> nx.MultiDiGraph:
    """Read node-link JSON written by :func:`write_node_link` (edges under ``"edges"``).

    Raises
    ------
    RenderError
        If the file has no ``"edges"`` list (e.g. an old file with ``"links"``): reading it
        would silently give a graph without edges.
    """
    import networkx as nx

    from actorgraph.graph import mutual_from_legacy

    with open_dest(src, "r") as f:
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
