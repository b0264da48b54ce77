"""Graph views: country folding, dyads, centrality, communities, type counts."""

from __future__ import annotations

import networkx as nx

from actorgraph.graph import (
    build_graph,
    centrality,
    communities,
    country_graph,
    country_of,
    dyad_table,
    simple_graph,
    type_counts,
)
from actorgraph.model import Actor

IRAN = Actor("IRN", "Iran", "country", "IRN")
ZARIF = Actor("p-zarif", "Javad Zarif", "person", "IRN")
UN = Actor("un", "United Nations", "igo")


def test_country_of_folds_people_but_not_igos() -> None:
    """People with a country map to it; states and IGOs map to themselves."""
    g = build_graph([IRAN, ZARIF, UN], [])
    assert country_of(g) == {"IRN": "IRN", "p-zarif": "IRN", "un": "un"}
    assert set(country_graph(g).nodes) == {"IRN", "un"}


def test_simple_graph_counts_relations_and_drops_loops() -> None:
    """Parallel and reverse edges add up in ``weight``; self-loops go."""
    g = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "b"), ("a", "a")])
    s = simple_graph(g)
    assert s["a"]["b"]["weight"] == 3
    assert not s.has_edge("a", "a")


def test_centrality_is_degree_and_normalised_betweenness() -> None:
    """The middle of a path has betweenness 1; the ends 0."""
    c = centrality(nx.MultiDiGraph([("a", "b"), ("b", "c"), ("b", "c")]))
    assert c["b"] == {"degree": 3.0, "betweenness": 1.0}
    assert c["a"]["betweenness"] == 0.0


def test_centrality_samples_large_graphs_deterministically() -> None:
    """Above the sample size, betweenness is estimated with a seed: same graph, same numbers."""
    g = nx.MultiDiGraph(nx.gnm_random_graph(400, 1200, seed=1, directed=True))
    assert centrality(g) == centrality(g)


def test_communities_are_seeded_and_numbered_by_size() -> None:
    """Two cliques joined by one edge form two communities; the larger is number 0."""
    g = nx.MultiDiGraph()
    g.add_edges_from(nx.complete_graph(5).edges)
    g.add_edges_from((u + 10, v + 10) for u, v in nx.complete_graph(3).edges)
    g.add_edge(0, 10)
    found = communities(g)
    assert found == communities(g)
    assert {found[n] for n in range(5)} == {0}
    assert {found[n] for n in (10, 11, 12)} == {1}
    assert communities(nx.MultiDiGraph()) == {}


def test_dyad_table_and_type_counts() -> None:
    """Dyads count per quad class with a net score; types are counted most first."""
    g = nx.MultiDiGraph()
    g.add_edge("a", "b", type="AID", quad_class=2, goldstein=7.0)
    g.add_edge("a", "b", type="ASSAULT", quad_class=4, goldstein=-10.0)
    g.add_edge("b", "a", type="AID", quad_class=2, goldstein=7.0)
    g.add_edge("p", "a", type="AFFILIATION")
    rows = dyad_table(g)
    assert rows[0] == {
        "source": "a",
        "target": "b",
        "relations": 2,
        "q1": 0,
        "q2": 1,
        "q3": 0,
        "q4": 1,
        "goldstein": -3.0,
    }
    assert len(rows) == 2
    assert type_counts(g) == [("AID", 2), ("AFFILIATION", 1), ("ASSAULT", 1)]
