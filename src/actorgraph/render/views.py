"""Alternative views shipped with a report page: country level, communities, sizes and tables.

The page holds one set of nodes and edges; these functions add what it needs to switch
views without another layout: where each actor folds at country level, the edges' endpoints
and curves in that view, community numbers and colours, node sizes by mentions and by
centrality, and the summary tables of the overview panel.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from actorgraph.graph import communities, country_of, dyad_table, type_counts

__all__ = [
    "COMMUNITY_COLOURS",
    "CountryView",
    "community_styles",
    "country_view",
    "curves",
    "node_sizes",
    "summary_tables",
]

#: Colours of the largest communities (Tableau 10, colour-blind-aware); smaller ones are grey.
COMMUNITY_COLOURS: tuple[str, ...] = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
_SMALL_COMMUNITY = "#d3d6db"
_MAX_ROUNDNESS = 0.6
_ROUNDNESS_STEP = 0.16
_TABLE_ROWS = 15


def curves(edges: Sequence[tuple[Hashable, Hashable, str]]) -> dict[str, tuple[str, float]]:
    """Spread parallel and reverse edges of one pair over symmetric curves.

    Returns ``{edge id: (smooth type, roundness)}``; an edge alone in its pair is straight
    (roundness 0). Offsets are computed in the pair's canonical direction, so an edge drawn
    the other way flips from clockwise to counter-clockwise to land on the same side.
    """
    groups: dict[tuple[str, str], list[tuple[Hashable, Hashable, str]]] = defaultdict(list)
    for u, v, eid in edges:
        a, b = sorted((str(u), str(v)))
        groups[(a, b)].append((u, v, eid))
    out: dict[str, tuple[str, float]] = {}
    for (a, _b), members in groups.items():
        n = len(members)
        step = min(_ROUNDNESS_STEP, 2 * _MAX_ROUNDNESS / (n - 1)) if n > 1 else 0.0
        for i, (u, _v, eid) in enumerate(members):
            offset = (i - (n - 1) / 2) * step
            if str(u) != a:
                offset = -offset
            out[eid] = ("curvedCW" if offset >= 0 else "curvedCCW", round(abs(offset), 3))
    return out


@dataclass(frozen=True, slots=True)
class CountryView:
    """How the drawn graph looks with people and state organs folded into their states.

    ``fold`` maps each folded actor to its state's id; ``extra`` lists states that are not
    actors of the graph themselves (drawn only at country level, at their members' centre);
    ``edges`` maps an edge id to ``None`` (hidden at country level: internal to a state, or
    an affiliation) or to ``[from, to, smooth, roundness]`` when it differs from the actor view.
    """

    fold: dict[str, str]
    extra: list[dict[str, Any]]
    edges: dict[str, list[Any] | None]


def country_view(
    g: nx.MultiDiGraph,
    edge_rows: Sequence[tuple[Hashable, Hashable, str, Mapping[str, Any]]],
    positions: Mapping[Hashable, tuple[float, float]],
    actor_curves: Mapping[str, tuple[str, float]],
) -> CountryView:
    """Fold the drawn graph ``g`` to country level (as :func:`actorgraph.graph.country_graph`)."""
    mapping = {str(k): str(v) for k, v in country_of(g).items()}
    fold = {n: c for n, c in mapping.items() if n != c}
    members: dict[str, list[str]] = defaultdict(list)
    for n, c in fold.items():
        members[c].append(str(g.nodes[n].get("name") or n))
    extra = []
    for state in sorted(set(fold.values()) - {str(n) for n in g.nodes}):
        xs = [positions[n][0] for n in g.nodes if fold.get(str(n)) == state]
        ys = [positions[n][1] for n in g.nodes if fold.get(str(n)) == state]
        extra.append(
            {
                "id": state,
                "name": state,
                "type": "country",
                "x": round(sum(xs) / len(xs), 1),
                "y": round(sum(ys) / len(ys), 1),
                "members": sorted(members[state]),
            }
        )
    kept: list[tuple[str, str, str]] = []
    original: dict[str, tuple[str, str]] = {}
    edges: dict[str, list[Any] | None] = {}
    for u, v, eid, d in edge_rows:
        fu, fv = mapping[str(u)], mapping[str(v)]
        if d.get("type") == "AFFILIATION" or (fu == fv and u != v):
            edges[eid] = None
        else:
            kept.append((fu, fv, eid))
            original[eid] = (str(u), str(v))
    folded_curves = curves(kept)
    for fu, fv, eid in kept:
        if (fu, fv) != original[eid] or folded_curves[eid] != actor_curves[eid]:
            edges[eid] = [fu, fv, *folded_curves[eid]]
    return CountryView(fold=fold, extra=extra, edges=edges)


def community_styles(
    g: nx.MultiDiGraph, *, seed: int = 42
) -> tuple[dict[Hashable, int], list[dict[str, Any]]]:
    """Louvain community of each node and one legend entry per coloured community.

    Returns ``({node: community}, [{"colour", "label", "size"}, ...])``; a community is
    labelled after its most mentioned actor ("Iran +4"). Communities beyond the palette
    share one grey legend entry.
    """
    found = communities(g, seed=seed)
    groups: dict[int, list[Hashable]] = defaultdict(list)
    for node, c in found.items():
        groups[c].append(node)
    legend: list[dict[str, Any]] = []
    for c in range(min(len(groups), len(COMMUNITY_COLOURS))):
        members = groups[c]
        if len(members) < 2:
            break
        top = max(members, key=lambda n: (int(g.nodes[n].get("mentions") or 0), g.degree(n), str(n)))
        name = str(g.nodes[top].get("name") or top)
        label = name if len(members) == 1 else f"{name} +{len(members) - 1}"
        legend.append({"colour": COMMUNITY_COLOURS[c], "label": label, "size": len(members)})
    if len(groups) > len(legend):
        rest = sum(len(m) for c, m in groups.items() if c >= len(legend))
        legend.append({"colour": _SMALL_COMMUNITY, "label": "smaller groups", "size": rest})
    return found, legend


def node_sizes(mentions: int, degree: int, betweenness: float, max_betweenness: float) -> tuple[float, float]:
    """Dot radius by mentions (degree when unknown) and by betweenness, both 10–32 px."""
    weight = mentions if mentions > 0 else degree
    by_mentions = min(10.0 + 4.0 * math.log2(1 + weight), 32.0)
    share = betweenness / max_betweenness if max_betweenness > 0 else 0.0
    by_centrality = 10.0 + 22.0 * math.sqrt(share)
    return round(by_mentions, 1), round(by_centrality, 1)


def summary_tables(g: nx.MultiDiGraph, shown: Mapping[str, Mapping[str, Any]]) -> dict[str, list[list[Any]]]:
    """Top actors, top dyads and relation counts by type, over the whole graph.

    ``shown`` maps drawn node ids to their page records (for betweenness, computed on the
    drawn graph). Rows are lists, to keep the page small: actors
    ``[id, name, type, mentions, degree, betweenness]``, dyads
    ``[source id, target id, relations, q1, q2, q3, q4, net score]``, types ``[type, count]``.
    """
    names = {str(n): str(d.get("name") or n) for n, d in g.nodes(data=True)}
    ranked = sorted(
        g.nodes,
        key=lambda n: (-int(g.nodes[n].get("mentions") or 0), -g.degree(n), names[str(n)]),
    )[:_TABLE_ROWS]
    actors = [
        [
            str(n),
            names[str(n)],
            str(g.nodes[n].get("type") or "other"),
            int(g.nodes[n].get("mentions") or 0),
            g.degree(n),
            shown[str(n)]["betweenness"] if str(n) in shown else None,
        ]
        for n in ranked
    ]
    dyads = [
        [
            str(r["source"]),
            str(r["target"]),
            r["relations"],
            r["q1"],
            r["q2"],
            r["q3"],
            r["q4"],
            round(float(r["goldstein"]), 1),  # type: ignore[arg-type]
        ]
        for r in dyad_table(g)[:_TABLE_ROWS]
    ]
    return {
        "actors": actors,
        "dyads": dyads,
        "types": [[t, c] for t, c in type_counts(g)],
        "names": [[n, names[n]] for n in sorted({str(r[0]) for r in dyads} | {str(r[1]) for r in dyads})],
    }
