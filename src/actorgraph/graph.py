"""Relations -> networkx graphs, and the views analysts ask for.

``build_graph`` makes a :class:`networkx.MultiDiGraph` with one node per actor (the
actor's fields as attributes) and one edge per relation (keyed by the relation id,
the relation's fields as attributes). Symmetric relations (``directed=False``) are
stored once, from source to target, with ``directed`` telling readers so.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from actorgraph.model import Actor, Relation

__all__ = ["build_graph", "country_graph", "dyad_table"]


def build_graph(actors: Iterable[Actor], relations: Iterable[Relation]) -> nx.MultiDiGraph:
    """Build the actor graph.

    Parameters
    ----------
    actors : iterable of Actor
        Every actor; actors without relations become isolated nodes.
    relations : iterable of Relation
        One edge each, keyed by ``Relation.id``.

    Returns
    -------
    networkx.MultiDiGraph

    Examples
    --------
    >>> from actorgraph.model import Actor
    >>> g = build_graph([Actor("IRN", "Iran", "country", "IRN")], [])
    >>> g.nodes["IRN"]["name"]
    'Iran'
    """
    g = nx.MultiDiGraph()
    for actor in actors:
        g.add_node(actor.id, **actor.to_dict())
    for rel in relations:
        for node, name, typ, country in (
            (rel.source_id, rel.source_name, rel.source_type, rel.source_country),
            (rel.target_id, rel.target_name, rel.target_type, rel.target_country),
        ):
            if node not in g:
                g.add_node(node, **Actor(node, name, typ, country).to_dict())  # type: ignore[arg-type]
        g.add_edge(rel.source_id, rel.target_id, key=rel.id, **rel.to_dict())
    return g


def country_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Fold people and state organs into their states, keeping every edge and its evidence.

    An actor with a ``country`` (other than a state, whose country is itself) becomes
    that state's node; edges between two actors of the same state (and AFFILIATION
    edges) are dropped, since they are internal to the state.
    """
    fold = {
        n: (d.get("country") or n) if d.get("type") in {"person", "organization", "media"} else n
        for n, d in g.nodes(data=True)
    }
    out = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        target = fold[n]
        if target == n:
            out.add_node(n, **d)
        elif target not in out:
            data = g.nodes[target] if target in g else {"id": target, "name": target, "type": "country"}
            out.add_node(target, **data)
    for n, d in g.nodes(data=True):
        if fold[n] != n:
            folded = out.nodes[fold[n]]
            folded["members"] = [*folded.get("members", []), d.get("name", n)]
    for u, v, k, d in g.edges(keys=True, data=True):
        fu, fv = fold[u], fold[v]
        if d.get("type") == "AFFILIATION" or fu == fv:
            continue
        out.add_edge(fu, fv, key=k, **d)
    return out


def dyad_table(g: nx.MultiDiGraph) -> list[dict[str, object]]:
    """Aggregate events per ordered dyad: counts per quad class and a net score.

    Returns rows sorted by the number of relations, most first.
    """
    rows: dict[tuple[str, str], dict[str, object]] = {}
    for u, v, d in g.edges(data=True):
        if d.get("type") == "AFFILIATION":
            continue
        row = rows.setdefault(
            (u, v),
            {"source": u, "target": v, "relations": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0, "goldstein": 0.0},
        )
        row["relations"] = int(row["relations"]) + 1  # type: ignore[call-overload]
        quad = d.get("quad_class")
        if quad in (1, 2, 3, 4):
            row[f"q{quad}"] = int(row[f"q{quad}"]) + 1  # type: ignore[call-overload]
        row["goldstein"] = float(row["goldstein"]) + float(d.get("goldstein") or 0.0)  # type: ignore[arg-type]
    return sorted(rows.values(), key=lambda r: (-int(r["relations"]), str(r["source"]), str(r["target"])))  # type: ignore[call-overload]
