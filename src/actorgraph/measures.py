"""Betweenness and Louvain communities fast enough for page-sized graphs of 20,000 actors.

networkx computes both in pure Python over its dict-of-dicts graphs: on a 20,000-actor
report page the sampled betweenness took ~10 s and Louvain ~30 s (profiled; Louvain's first
level swept every node 70 times because a few nodes kept moving). Here:

- :func:`betweenness` is Brandes' algorithm (the same sums as
  :func:`networkx.betweenness_centrality`, same seeded sample of sources, same scaling),
  run for a batch of sources at once on NumPy arrays: one array step per BFS level.
- :func:`louvain` is Louvain's method (Blondel et al. 2008) whose local moving revisits only
  the neighbours of a node that moved (a queue, as in Leiden's fast local move) instead of
  sweeping every node until none moves; the partition it finds is as good by modularity but
  not node for node the one networkx finds, so :func:`actorgraph.graph.communities` uses it
  only on graphs of more than ``graph.FAST_COMMUNITIES`` actors.

Both are deterministic for a given seed and node order, whatever ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import math
import random
from collections import deque
from collections.abc import Hashable

import networkx as nx
import numpy as np
import numpy.typing as npt

__all__ = ["betweenness", "louvain"]

#: Sources processed together: bounds the (batch × edges) arrays of one BFS level (~30 MB).
_BATCH_CELLS = 8_000_000


def betweenness(simple: nx.Graph, *, k: int | None = None, seed: int = 42) -> dict[Hashable, float]:
    """Normalised betweenness of every node of an undirected, unweighted graph.

    Parameters
    ----------
    simple : networkx.Graph
        An undirected simple graph (edge weights are ignored, self-loops too).
    k : int, optional
        Estimate from this many sources, sampled as networkx samples them
        (``random.Random(seed).sample(list(nodes), k)``) and scaled as networkx 3.6 scales
        them; ``None`` (or ``k >= n``) for the exact figures.
    seed : int
        Seed of the sample.

    Returns
    -------
    dict
        ``{node: betweenness}``, as :func:`networkx.betweenness_centrality` with
        ``normalized=True`` (up to the order of floating-point sums).

    Examples
    --------
    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    nodes = list(simple.nodes)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in simple.edges() if u != v], dtype=np.int64)
    pairs = pairs.reshape(-1, 2)
    tails = np.concatenate([pairs[:, 0], pairs[:, 1]])
    heads = np.concatenate([pairs[:, 1], pairs[:, 0]])
    sampled = k is not None and k < n
    if k is not None and k < n:
        sources = [index[v] for v in random.Random(seed).sample(nodes, k)]
    else:
        sources = list(range(n))
    total = np.zeros(n)
    batch = max(1, _BATCH_CELLS // max(len(tails), n, 1))
    for start in range(0, len(sources), batch):
        total += _dependencies(n, tails, heads, np.array(sources[start : start + batch], dtype=np.int64))
    # scaling of networkx 3.6 (normalized, endpoints excluded): a source cannot be on its own paths
    big_n = n - 1
    if big_n >= 2:
        count = len(sources) if sampled else big_n
        scale_other = 1 / (count * (big_n - 1))
        scale_source = 1 / ((count - 1) * (big_n - 1)) if count > 1 else math.nan
        scales = np.full(n, scale_other)
        if sampled:
            scales[sources] = scale_source
        total *= scales
    return {v: float(total[i]) for i, v in enumerate(nodes)}


def _dependencies(
    n: int, tails: npt.NDArray[np.int64], heads: npt.NDArray[np.int64], sources: npt.NDArray[np.int64]
) -> npt.NDArray[np.float64]:
    """Brandes' dependencies summed over ``sources`` (each a BFS), for arcs ``tails → heads``."""
    b = len(sources)
    rows = np.arange(b)
    dist = np.full((b, n), -1, dtype=np.int32)
    sigma = np.zeros((b, n))
    dist[rows, sources] = 0
    sigma[rows, sources] = 1.0
    levels: list[tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]] = []
    level = 0
    while True:
        step = (dist[:, tails] == level) & (dist[:, heads] == -1)
        r, e = np.nonzero(step)
        if r.size == 0:
            break
        dist[r, heads[e]] = level + 1
        flat = r * n + heads[e]
        sigma += np.bincount(flat, weights=sigma[r, tails[e]], minlength=b * n).reshape(b, n)
        levels.append((r, e))
        level += 1
    delta = np.zeros((b, n))
    for r, e in reversed(levels):
        u, w = tails[e], heads[e]
        share = sigma[r, u] / sigma[r, w] * (1.0 + delta[r, w])
        delta += np.bincount(r * n + u, weights=share, minlength=b * n).reshape(b, n)
    delta[rows, sources] = 0.0
    return np.asarray(delta.sum(axis=0), dtype=np.float64)


def louvain(simple: nx.Graph, *, weight: str = "weight", seed: int = 42) -> list[list[Hashable]]:
    """Louvain communities of an undirected graph (modularity, resolution 1).

    Parameters
    ----------
    simple : networkx.Graph
        An undirected simple graph; ``weight`` holds each edge's weight (1 when absent).
    weight : str
        The edge attribute holding the weight.
    seed : int
        Seed of the order in which nodes are first visited.

    Returns
    -------
    list of list
        The communities, each a list of nodes in the graph's node order; isolated nodes
        are communities of their own.

    Examples
    --------
    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    >>> louvain(g)
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    nodes = list(simple.nodes)
    index = {v: i for i, v in enumerate(nodes)}
    adj: list[dict[int, float]] = [{} for _ in nodes]
    loops = [0.0] * len(nodes)
    for u, v, w in simple.edges(data=weight, default=1):
        i, j = index[u], index[v]
        if i == j:
            loops[i] += float(w)
        else:
            adj[i][j] = adj[i].get(j, 0.0) + float(w)
            adj[j][i] = adj[j].get(i, 0.0) + float(w)
    members = [[i] for i in range(len(nodes))]
    rng = random.Random(seed)
    while True:
        com = _local_moves(adj, loops, rng)
        number: dict[int, int] = {}
        for c in com:
            number.setdefault(c, len(number))
        if len(number) == len(adj):
            break
        merged: list[list[int]] = [[] for _ in number]
        new_adj: list[dict[int, float]] = [{} for _ in number]
        new_loops = [0.0] * len(number)
        for i, links in enumerate(adj):
            ci = number[com[i]]
            merged[ci].extend(members[i])
            new_loops[ci] += loops[i]
            for j, w in links.items():
                cj = number[com[j]]
                if ci == cj:
                    new_loops[ci] += w / 2  # each inner edge is seen from both ends
                else:
                    new_adj[ci][cj] = new_adj[ci].get(cj, 0.0) + w
        members, adj, loops = merged, new_adj, new_loops
    return [[nodes[i] for i in sorted(group)] for group in members]


def _local_moves(adj: list[dict[int, float]], loops: list[float], rng: random.Random) -> list[int]:
    """Move nodes to the neighbouring community of largest modularity gain until none gains.

    Every node is visited once in a seeded order; after a move, the node's neighbours outside
    its new community are visited again.
    """
    n = len(adj)
    degree = [2 * loops[i] + sum(adj[i].values()) for i in range(n)]
    two_m = sum(degree)
    com = list(range(n))
    if two_m == 0:
        return com
    total = degree[:]
    order = list(range(n))
    rng.shuffle(order)
    queue = deque(order)
    queued = [True] * n
    while queue:
        u = queue.popleft()
        queued[u] = False
        here, ku = com[u], degree[u]
        links: dict[int, float] = {}
        for v, w in adj[u].items():
            links[com[v]] = links.get(com[v], 0.0) + w
        total[here] -= ku
        best, best_gain = here, links.get(here, 0.0) - ku * total[here] / two_m
        for c, w in links.items():
            gain = w - ku * total[c] / two_m
            if gain > best_gain + 1e-9:
                best, best_gain = c, gain
        total[best] += ku
        if best != here:
            com[u] = best
            for v in adj[u]:
                if not queued[v] and com[v] != best:
                    queued[v] = True
                    queue.append(v)
    return com
