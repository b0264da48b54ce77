"""Fast betweenness and Louvain: the same figures as networkx, communities as good, deterministic."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from actorgraph.graph import FAST_COMMUNITIES, communities, simple_graph
from actorgraph.measures import betweenness, louvain


@pytest.mark.parametrize(
    "graph",
    [nx.karate_club_graph(), nx.les_miserables_graph(), nx.florentine_families_graph(), nx.path_graph(2)],
    ids=["karate", "les-miserables", "florentine", "one-edge"],
)
def test_exact_betweenness_is_networkx_s(graph: nx.Graph) -> None:
    """Without a sample, every node's figure is networkx's (edge weights are ignored by both)."""
    ours = betweenness(graph)
    theirs = nx.betweenness_centrality(graph)
    assert list(ours) == list(graph.nodes)
    assert ours == pytest.approx(theirs, abs=1e-12)


def test_sampled_betweenness_uses_networkx_s_sources() -> None:
    """With ``k`` sources, the sample is networkx's for the same seed: off the sample, our figures
    are networkx's up to one scale factor (networkx changed how it scales samples in 3.5)."""
    graph = nx.gnm_random_graph(400, 900, seed=3)
    ours = betweenness(graph, k=60, seed=42)
    theirs = nx.betweenness_centrality(graph, k=60, seed=42)
    sources = set(random.Random(42).sample(list(graph.nodes), 60))
    ratios = {round(ours[v] / theirs[v], 9) for v in graph if v not in sources and theirs[v] > 0}
    assert len(ratios) == 1
    assert ratios.pop() == pytest.approx(1.0, abs=0.01)


def test_betweenness_of_a_star_and_of_nothing() -> None:
    """The hub of a star lies on every path; an empty graph has no figures."""
    star = betweenness(nx.star_graph(5))
    assert star[0] == 1.0
    assert all(star[v] == 0.0 for v in range(1, 6))
    assert betweenness(nx.Graph()) == {}


def _modularity(graph: nx.Graph, parts: list[list[object]]) -> float:
    return float(nx.community.modularity(graph, parts, weight="weight"))


@pytest.mark.parametrize(
    "graph", [nx.karate_club_graph(), nx.les_miserables_graph()], ids=["karate", "les-miserables"]
)
def test_louvain_is_as_good_as_networkx_s(graph: nx.Graph) -> None:
    """On two classic social networks, the partition's modularity is within 0.02 of networkx's."""
    ours = louvain(graph, seed=42)
    theirs = nx.community.louvain_communities(graph, weight="weight", seed=42)
    assert sorted(v for part in ours for v in part) == sorted(graph.nodes)
    assert _modularity(graph, ours) >= _modularity(graph, [list(p) for p in theirs]) - 0.02


def test_louvain_finds_planted_communities() -> None:
    """Twelve planted groups of 150 (dense inside, sparse between): over four seeds the partitions
    are as good as networkx's on average, and some seed finds the planted groups (a few actors
    with more ties outside their group may go with the other)."""
    graph = nx.planted_partition_graph(12, 150, 0.06, 0.0015, seed=5)
    planted = {frozenset(range(i * 150, (i + 1) * 150)) for i in range(12)}
    ours = [louvain(graph, seed=s) for s in (1, 2, 3, 42)]
    theirs = [nx.community.louvain_communities(graph, seed=s) for s in (1, 2, 3, 42)]
    mean_ours = sum(_modularity(graph, p) for p in ours) / 4
    mean_theirs = sum(_modularity(graph, [list(c) for c in p]) for p in theirs) / 4
    assert mean_ours >= mean_theirs - 0.005
    best = max(ours, key=lambda p: _modularity(graph, p))
    assert len(best) == 12
    assert _modularity(graph, best) >= _modularity(graph, [list(c) for c in planted]) - 0.001
    assert all(max(len(set(c) & p) for p in planted) >= 145 for c in best)


def test_louvain_keeps_isolated_nodes_apart_and_handles_no_edges() -> None:
    """A node without edges is a community of its own; a graph without edges is all singletons."""
    graph = nx.complete_graph(4)
    graph.add_node("alone")
    assert ["alone"] in louvain(graph)
    empty = nx.empty_graph(3)
    assert louvain(empty) == [[0], [1], [2]]


def test_communities_switch_to_the_fast_louvain_above_the_threshold() -> None:
    """Small graphs keep networkx's partition (pages unchanged); large ones get the fast one."""
    small = nx.MultiDiGraph(nx.karate_club_graph())
    expected = nx.community.louvain_communities(simple_graph(small), weight="weight", seed=42)
    found = communities(small)
    assert {frozenset(n for n in small if found[n] == c) for c in set(found.values())} == {
        frozenset(p) for p in expected
    }
    big = nx.MultiDiGraph(nx.planted_partition_graph(8, 150, 0.06, 0.002, seed=2))
    assert big.number_of_nodes() > FAST_COMMUNITIES
    found = communities(big)
    assert {frozenset(n for n in big if found[n] == c) for c in set(found.values())} == {
        frozenset(p) for p in louvain(simple_graph(big), seed=42)
    }
