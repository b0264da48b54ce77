"""The report's look outside the report: colours, sizes and positions for Gephi and pyvis.

:func:`node_looks` and :func:`edge_colour` give what the report page draws (node colour by
actor type, dot size by mentions, the same seeded positions; edge colour by quad class), so
that a GEXF file opens in Gephi looking like the page, and :func:`to_pyvis` gives a
``pyvis.network.Network`` to customise.

pyvis' own pitfalls are avoided: nodes and edges are added in bulk (``Network.from_nx`` is
quadratic), the caller's graph is not changed, positions are precomputed and physics is off,
titles are plain text (vis-network 9 shows a string title as text), and no title contains
``href``, the substring that switches every pyvis tooltip to ``innerHTML``.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from pyvis.network import Network

__all__ = ["NodeLook", "edge_colour", "node_looks", "plain_title", "to_pyvis"]


@dataclass(frozen=True, slots=True)
class NodeLook:
    """How the report draws one actor: colour (``#rrggbb``), dot radius and position in pixels."""

    colour: str
    size: float
    x: float
    y: float


def node_looks(g: nx.MultiDiGraph) -> dict[Hashable, NodeLook]:
    """The report's colour, size and (seeded) position of every node of ``g``.

    Examples
    --------
    >>> from actorgraph.graph import build_graph
    >>> from actorgraph.model import Actor
    >>> look = node_looks(build_graph([Actor("IRN", "Iran", "country", "IRN", mentions=3)], []))["IRN"]
    >>> look.colour, look.size
    ('#2f4b7c', 18.0)
    """
    from actorgraph.render.layout import layout_positions
    from actorgraph.render.payload import NODE_STYLES
    from actorgraph.render.views import node_sizes

    colours = {e.key: e.colour for e in NODE_STYLES}
    sizes = {
        n: node_sizes(int(d.get("mentions") or 0), g.degree(n), 0.0, 0.0)[0] for n, d in g.nodes(data=True)
    }
    positions = layout_positions(g, radii=sizes)
    return {
        n: NodeLook(colours.get(str(d.get("type")), colours["other"]), sizes[n], *positions[n])
        for n, d in g.nodes(data=True)
    }


def edge_colour(data: Mapping[str, Any]) -> str:
    """The report's colour of a relation: by quad class, grey for AFFILIATION and the unclassified."""
    from actorgraph.render.payload import EDGE_STYLES, edge_kind

    return {e.key: e.colour for e in EDGE_STYLES}[edge_kind(data)]


def plain_title(*lines: object) -> str:
    """A tooltip as plain text: the non-empty lines joined, and ``href`` broken by a zero-width space.

    >>> plain_title("Iran", None, "<a href='x'>")
    "Iran\\n<a hr\\u200bef='x'>"
    """
    text = "\n".join(str(line) for line in lines if line not in (None, ""))
    return text.replace("href", "hr\u200bef")


def _rgb(colour: str) -> dict[str, int]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16)}


def gexf_viz(g: nx.MultiDiGraph) -> tuple[dict[Hashable, dict[str, Any]], dict[Hashable, dict[str, Any]]]:
    """GEXF ``viz`` attributes (colour, size, position; edge colour and thickness) of nodes and edges."""
    looks = node_looks(g)
    nodes = {
        n: {
            "color": {**_rgb(look.colour), "a": 1.0},
            "size": look.size,
            "position": {"x": look.x, "y": -look.y, "z": 0.0},  # GEXF's y axis points up
        }
        for n, look in looks.items()
    }
    edges = {
        k: {"color": {**_rgb(edge_colour(d)), "a": 1.0}, "thickness": 1.0}
        for _, _, k, d in g.edges(keys=True, data=True)
    }
    return nodes, edges


def to_pyvis(g: nx.MultiDiGraph, *, height: str = "750px", width: str = "100%") -> Network:
    """A ``pyvis.network.Network`` of ``g`` styled like the report.

    Nodes carry the actor's name as label, the report's colour, size and position (physics
    off), and a plain-text title (name, type, country, office, aliases); edges carry the quad
    class colour, an arrow unless the relation is mutual, dashes when negated, hypothetical or
    reported, and a plain-text title (type, predicate, date, sentence). Nothing is written:
    call ``write_html`` yourself (pyvis' ``cdn_resources`` decide what the page loads).

    Parameters
    ----------
    g : networkx.MultiDiGraph
        An actor graph (``result.graph``, ``result.country_graph()``).
    height, width : str
        CSS sizes of the drawing.

    Returns
    -------
    pyvis.network.Network
    """
    from pyvis.network import Network

    looks = node_looks(g)
    net = Network(height=height, width=width, directed=True, cdn_resources="remote")
    ids = [str(n) for n in g.nodes]
    data = [d for _, d in g.nodes(data=True)]
    net.add_nodes(
        ids,
        label=[str(d.get("name") or n) for n, d in zip(ids, data, strict=True)],
        title=[
            plain_title(
                d.get("name"),
                f"{d.get('type') or 'actor'}" + (f", {d['country']}" if d.get("country") else ""),
                d.get("office"),
                "also: " + ", ".join(d["aliases"]) if d.get("aliases") else None,
            )
            for d in data
        ],
        color=[looks[n].colour for n in g.nodes],
        size=[looks[n].size for n in g.nodes],
        x=[looks[n].x for n in g.nodes],
        y=[looks[n].y for n in g.nodes],
    )
    for u, v, key, d in g.edges(keys=True, data=True):
        flagged = bool(d.get("negated") or d.get("hypothetical") or d.get("attributed_to"))
        net.edges.append(  # direct, not add_edge: its duplicate check is quadratic
            {
                "from": str(u),
                "to": str(v),
                "id": str(key),
                "title": plain_title(
                    f"{d.get('type')}: {d.get('predicate')}", d.get("date"), d.get("sentence")
                ),
                "color": edge_colour(d),
                "arrows": "" if d.get("mutual") else "to",
                "dashes": flagged,
            }
        )
    net.toggle_physics(False)
    return net
