"""Alternative views shipped with a report page: country level, communities and sizes.

The page holds one set of nodes and edges; these functions add what it needs to switch
views without another layout: where each actor folds at country level, the edges' endpoints
in that view, community numbers and colours, and node sizes by mentions and by centrality.
(The overview tables are computed in the page, from the relations the view shows.)
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from actorgraph.graph import communities, country_of
from actorgraph.render.text import clean_text

__all__ = [
    "COMMUNITY_COLOURS",
    "CountryView",
    "community_styles",
    "country_names",
    "country_view",
    "node_sizes",
    "sector_labels",
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


@dataclass(frozen=True, slots=True)
class CountryView:
    """How the drawn graph looks with people and state organs folded into their states.

    ``fold`` maps each folded actor to its state's id; ``extra`` lists states that are not
    actors of the graph themselves (drawn only at country level, at their members' centre);
    ``edges`` maps an edge id to ``None`` (hidden at country level: an affiliation) or to
    ``[from, to]`` when its ends differ from the actor view. A relation between two actors of
    one state becomes ``[state, state]``: the page counts it on the state as domestic, and
    draws no edge from a state to itself.
    """

    fold: dict[str, str]
    extra: list[dict[str, Any]]
    edges: dict[str, list[str] | None]
    #: The centre of each state's folded members (where an unconnected state is drawn).
    centres: dict[str, tuple[float, float]]


@functools.cache
def country_names() -> dict[str, str]:
    """State ids to names, from the built-in country data (a state drawn only at country level
    is named, not shown as its code)."""
    from actorgraph.actors.gazetteer import read_tsv  # plain TSV reading: no spaCy

    return {row["id"]: row["name"] for row in read_tsv("countries.tsv")}


def country_view(
    g: nx.MultiDiGraph,
    edge_rows: Sequence[tuple[Hashable, Hashable, str, Mapping[str, Any]]],
    positions: Mapping[Hashable, tuple[float, float]],
) -> CountryView:
    """Fold the drawn graph ``g`` to country level (as :func:`actorgraph.graph.country_graph`)."""
    mapping = {str(k): str(v) for k, v in country_of(g).items()}
    fold = {n: c for n, c in mapping.items() if n != c}
    members: dict[str, list[str]] = defaultdict(list)
    for n, c in fold.items():
        members[c].append(clean_text(str(g.nodes[n].get("name") or n)))
    placed: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for n in g.nodes:
        if str(n) in fold:
            placed[fold[str(n)]].append(positions[n])
    centres = {
        state: (round(sum(x for x, _ in at) / len(at), 1), round(sum(y for _, y in at) / len(at), 1))
        for state, at in placed.items()
    }
    extra = []
    for state in sorted(set(fold.values()) - {str(n) for n in g.nodes}):
        extra.append(
            {
                "id": state,
                "name": country_names().get(state, state),
                "type": "country",
                "x": centres[state][0],
                "y": centres[state][1],
                "members": sorted(members[state]),
            }
        )
    edges: dict[str, list[str] | None] = {}
    for u, v, eid, d in edge_rows:
        fu, fv = mapping[str(u)], mapping[str(v)]
        if d.get("type") == "AFFILIATION":
            edges[eid] = None
        elif (fu, fv) != (str(u), str(v)):
            edges[eid] = [fu, fv]
    return CountryView(fold=fold, extra=extra, edges=edges, centres=centres)


@functools.cache
def sector_labels() -> dict[str, str]:
    """Sector codes to the page's labels, from the built-in sector data: ``{"COP": "Police (COP)"}``."""
    from actorgraph.actors.gazetteer import read_tsv

    return {
        row["code"]: f"{row['group'][:1].upper()}{row['group'][1:]} ({row['code']})"
        for row in read_tsv("sectors.tsv")
    }


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
        name = clean_text(str(g.nodes[top].get("name") or top))
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
