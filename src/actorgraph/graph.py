"""Relations -> networkx graphs, and the views analysts ask for.

``build_graph`` makes a :class:`networkx.MultiDiGraph` with one node per actor (the
actor's fields as attributes) and one edge per relation (keyed by the relation id,
the relation's fields as attributes, see :func:`edge_attributes`). Symmetric relations
(``Relation.directed`` false: "Iran and Russia agreed") are stored once, from source to target,
with the edge attribute ``mutual`` telling readers so.

Edge attributes avoid the keyword names of ``pyvis.network.Network.add_edge`` and of the
``Edge`` it builds (``source``, ``to``, ``from``, ``dest``, ``directed``): pyvis' ``from_nx``
passes every attribute as a keyword, so it takes these graphs as they are. Note that
``from_nx`` writes ``size`` into the nodes and ``width`` into the edges of the graph it is
given: pass ``result.graph.copy()`` to keep a result's graph as it was.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable
from typing import Any, Literal

import networkx as nx

from actorgraph.errors import InputError
from actorgraph.measures import betweenness, louvain
from actorgraph.model import RELATION_FIELDS, Actor, Relation

__all__ = [
    "build_graph",
    "centrality",
    "communities",
    "country_graph",
    "country_of",
    "dyad_table",
    "edge_attributes",
    "edge_relation",
    "event_digraph",
    "mutual_from_legacy",
    "simple_graph",
    "type_counts",
]

#: What ``event_digraph`` can put in each edge's ``weight``.
Weight = Literal["relations", "goldstein", "cooperation", "conflict"]
#: Actor types that ``country_graph`` folds into their state.
FOLDED_TYPES = frozenset({"person", "organization", "media"})
#: ``sector_by`` of an unnamed group ("Kenyan police"), which folds into its state whatever its type.
GROUP = "group noun"
#: Above this many nodes, betweenness is estimated from this many seeded source nodes.
BETWEENNESS_SAMPLE = 300
#: Above this many nodes, communities come from :func:`actorgraph.measures.louvain` (networkx's
#: Louvain took ~4 s on 5,000 actors and ~30 s on 20,000); up to it, from networkx's, as before.
FAST_COMMUNITIES = 1000


def edge_attributes(rel: Relation) -> dict[str, Any]:
    """The attributes of a relation's edge: :meth:`Relation.to_dict` with ``directed`` turned into ``mutual``.

    ``directed`` is a keyword of pyvis' ``Edge``, so an edge attribute of that name makes
    ``Network.from_nx`` raise ``TypeError``; ``mutual`` is its negation, in the same place.

    Examples
    --------
    >>> iran, iraq = Actor("IRN", "Iran", "country", "IRN"), Actor("IRQ", "Iraq", "country", "IRQ")
    >>> d = edge_attributes(Relation.between(iran, iraq, "AGREE", "They agreed.", directed=False))
    >>> d["mutual"], "directed" in d
    (True, False)
    """
    return {
        ("mutual" if k == "directed" else k): (not v if k == "directed" else v)
        for k, v in rel.to_dict().items()
    }


def edge_relation(data: dict[str, Any]) -> Relation:
    """The relation of an edge made by :func:`edge_attributes` (or read from a file of any version).

    Edges of files written before ``mutual`` existed carry ``directed``; both are read.

    Examples
    --------
    >>> iran, iraq = Actor("IRN", "Iran", "country", "IRN"), Actor("IRQ", "Iraq", "country", "IRQ")
    >>> agreed = Relation.between(iran, iraq, "AGREE", "They agreed.", directed=False)
    >>> edge_relation(edge_attributes(agreed)) == agreed
    True
    """
    fields = {f: data.get(f) for f in RELATION_FIELDS}
    fields["directed"] = not data["mutual"] if "mutual" in data else bool(data.get("directed", True))
    return Relation.from_dict(fields)


def mutual_from_legacy(data: dict[str, Any]) -> None:
    """Rename an edge's ``directed`` (files written before ``mutual`` existed) to ``mutual``, in place."""
    if "directed" in data and "mutual" not in data:
        data["mutual"] = not data.pop("directed")


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
        for node, name, typ, country, sector in (
            (rel.source_id, rel.source_name, rel.source_type, rel.source_country, rel.source_sector),
            (rel.target_id, rel.target_name, rel.target_type, rel.target_country, rel.target_sector),
        ):
            if node not in g:
                actor = Actor(node, name, typ, country, sector=sector)  # type: ignore[arg-type]
                g.add_node(node, **actor.to_dict())
        g.add_edge(rel.source_id, rel.target_id, key=rel.id, **edge_attributes(rel))
    return g


def country_of(g: nx.MultiDiGraph) -> dict[Hashable, Hashable]:
    """Map every node to the node that represents it at country level.

    People, organisations, media and unnamed groups ("Kenyan police", "Syrian rebels") with a
    ``country`` map to that country's id; every other node (states, IGOs, named armed groups,
    actors without a country) maps to itself.

    Examples
    --------
    >>> g = build_graph([Actor("IRN", "Iran", "country", "IRN"), Actor("p", "Rouhani", "person", "IRN")], [])
    >>> country_of(g)["p"]
    'IRN'
    """
    return {
        n: (d.get("country") or n) if d.get("type") in FOLDED_TYPES or d.get("sector_by") == GROUP else n
        for n, d in g.nodes(data=True)
    }


def country_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Fold people, state organs and groups into their states, keeping every edge and its evidence.

    An actor with a ``country`` (other than a state, whose country is itself, and a named
    armed group) becomes that state's node. Relations between two actors of the same state
    (police and protesters, the government and rebels) are internal to it: the state counts
    them in ``domestic_relations`` instead of an edge to itself. AFFILIATION edges are dropped.

    Examples
    --------
    >>> police = Actor("KEN_COP", "Kenyan police", "organization", "KEN", sector="COP", sector_by=GROUP)
    >>> crowd = Actor("KEN_CVL", "Kenyan civilians", "other", "KEN", sector="CVL", sector_by=GROUP)
    >>> fired = Relation.between(police, crowd, "ASSAULT", "Police fired at a crowd.")
    >>> g = build_graph([police, crowd], [fired])
    >>> folded = country_graph(g)
    >>> list(folded.nodes), folded.nodes["KEN"]["domestic_relations"], folded.number_of_edges()
    (['KEN'], 1, 0)
    """
    fold = country_of(g)
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
        if d.get("type") == "AFFILIATION":
            continue
        if fu == fv:
            if u != v:
                out.nodes[fu]["domestic_relations"] = out.nodes[fu].get("domestic_relations", 0) + 1
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


def simple_graph(g: nx.MultiDiGraph, *, affiliations: bool = True) -> nx.Graph:
    """Collapse ``g`` into an undirected simple graph whose edge ``weight`` counts relations.

    Self-loops are dropped. With ``affiliations=False``, AFFILIATION edges are left out.
    """
    weights: dict[tuple[Hashable, Hashable], int] = {}
    for u, v, t in g.edges(data="type"):
        if u == v or (not affiliations and t == "AFFILIATION"):
            continue
        pair = (v, u) if (v, u) in weights else (u, v)
        weights[pair] = weights.get(pair, 0) + 1
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    # in the order pairs first occur, so that node adjacencies are ordered as the relations are
    simple.add_weighted_edges_from((u, v, w) for (u, v), w in weights.items())
    return simple


def centrality(g: nx.MultiDiGraph, *, seed: int = 42) -> dict[Hashable, dict[str, float]]:
    """Degree and betweenness of every node.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        An actor graph.
    seed : int
        Seed of the source sample used to estimate betweenness on graphs of more than
        ``BETWEENNESS_SAMPLE`` nodes (exact below).

    Returns
    -------
    dict
        ``{node: {"degree": relations in and out, "betweenness": normalised, 0..1}}``;
        betweenness is computed on the undirected simple graph (relations between a pair
        count once), since evidence of a tie matters more than its direction here.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> centrality(g)["b"]
    {'degree': 2.0, 'betweenness': 1.0}
    """
    simple = simple_graph(g)
    n = simple.number_of_nodes()
    k = BETWEENNESS_SAMPLE if n > BETWEENNESS_SAMPLE else None
    found = betweenness(simple, k=k, seed=seed)
    return {
        v: {"degree": float(g.degree(v)), "betweenness": round(float(found.get(v, 0.0)), 6)} for v in g.nodes
    }


def communities(g: nx.MultiDiGraph, *, seed: int = 42) -> dict[Hashable, int]:
    """Louvain communities of the actors, numbered by size (0 = largest).

    Relations between a pair weigh by their number; AFFILIATION edges count too, so that
    people join their state's community. Isolated actors each form their own community.
    Up to ``FAST_COMMUNITIES`` actors this is networkx's Louvain; above, the same method with
    a queue-driven local move (:func:`actorgraph.measures.louvain`), an order of magnitude faster.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("c", "d")])
    >>> communities(g)
    {'a': 0, 'b': 0, 'c': 1, 'd': 1}
    """
    simple = simple_graph(g)
    if simple.number_of_nodes() == 0:
        return {}
    if simple.number_of_nodes() > FAST_COMMUNITIES:
        found: list[Collection[Hashable]] = list(louvain(simple, weight="weight", seed=seed))
    else:
        found = list(nx.community.louvain_communities(simple, weight="weight", seed=seed))
    ordered = sorted((sorted(map(str, c)), c) for c in found)
    ordered.sort(key=lambda item: -len(item[1]))
    number = {v: i for i, (_, members) in enumerate(ordered) for v in members}
    return {v: number[v] for v in g.nodes}


def type_counts(g: nx.MultiDiGraph) -> list[tuple[str, int]]:
    """Relations per type (PLOVER or AFFILIATION), most first, then by name."""
    counts: dict[str, int] = {}
    for _, _, t in g.edges(data="type"):
        counts[str(t or "")] = counts.get(str(t or ""), 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def event_digraph(
    g: nx.MultiDiGraph,
    *,
    affiliations: bool = False,
    reciprocal: Literal["both", "stored"] = "both",
    weight: Weight = "relations",
    negated: bool = False,
    hypothetical: bool = False,
) -> nx.DiGraph:
    """Collapse the relations of ``g`` into a simple directed graph for algorithms that refuse multigraphs.

    Parameters
    ----------
    g : networkx.MultiDiGraph
        An actor graph (one edge per relation).
    affiliations : bool
        Keep AFFILIATION edges (structure, not events; left out by default so that they do not
        weigh in centrality).
    reciprocal : {"both", "stored"}
        A mutual relation ("Iran and Russia agreed", edge attribute ``mutual``) counts in both
        directions (``"both"``), or only as stored, from source to target.
    weight : {"relations", "goldstein", "cooperation", "conflict"}
        What ``weight`` holds: the number of relations, the sum of their Goldstein-style
        scores, or the number of cooperative (quad class 1–2) or conflictual (3–4) ones.
    negated, hypothetical : bool
        Keep relations stated as not happening ("did not sign") or as possible ("could
        strike"); left out by default.

    Returns
    -------
    networkx.DiGraph
        Every node of ``g`` with its attributes; an edge per ordered pair with ``relations``,
        ``goldstein`` (sum), ``q1``–``q4`` (counts per quad class) and ``weight``. Self-loops
        are dropped.

    Raises
    ------
    InputError
        For an unknown ``reciprocal`` or ``weight``.

    Examples
    --------
    >>> from actorgraph.model import Relation
    >>> iran, iraq = Actor("IRN", "Iran", "country", "IRN"), Actor("IRQ", "Iraq", "country", "IRQ")
    >>> agreed = Relation.between(iran, iraq, "AGREE", "They agreed.", directed=False, goldstein=2.5)
    >>> g = build_graph([iran, iraq], [agreed])
    >>> d = event_digraph(g)
    >>> sorted(d.edges(data="goldstein"))
    [('IRN', 'IRQ', 2.5), ('IRQ', 'IRN', 2.5)]
    """
    if reciprocal not in ("both", "stored"):
        raise InputError(f"reciprocal={reciprocal!r}", "use 'both' or 'stored'")
    if weight not in ("relations", "goldstein", "cooperation", "conflict"):
        raise InputError(f"weight={weight!r}", "use 'relations', 'goldstein', 'cooperation' or 'conflict'")
    d = nx.DiGraph()
    d.add_nodes_from(g.nodes(data=True))
    for u, v, data in g.edges(data=True):
        if u == v or (data.get("type") == "AFFILIATION" and not affiliations):
            continue
        if (data.get("negated") and not negated) or (data.get("hypothetical") and not hypothetical):
            continue
        pairs = [(u, v)]
        if reciprocal == "both" and data.get("mutual"):
            pairs.append((v, u))
        quad = data.get("quad_class")
        for a, b in pairs:
            if not d.has_edge(a, b):
                d.add_edge(a, b, relations=0, goldstein=0.0, q1=0, q2=0, q3=0, q4=0)
            edge = d.edges[a, b]
            edge["relations"] += 1
            edge["goldstein"] += float(data.get("goldstein") or 0.0)
            if quad in (1, 2, 3, 4):
                edge[f"q{quad}"] += 1
    for _, _, edge in d.edges(data=True):
        edge["weight"] = {
            "relations": edge["relations"],
            "goldstein": edge["goldstein"],
            "cooperation": edge["q1"] + edge["q2"],
            "conflict": edge["q3"] + edge["q4"],
        }[weight]
    return d
