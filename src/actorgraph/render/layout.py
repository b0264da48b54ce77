"""Seeded, precomputed node positions for report pages (the browser runs no physics).

Small graphs (up to ``_STRESS_MAX`` nodes) start from ``networkx.spring_layout(seed=42)``
and are then refined by stress majorization, which makes every edge about one unit long
(what Kamada–Kawai does, without SciPy). ``networkx.spring_layout`` needs SciPy from 500
nodes on; SciPy is not a dependency of actorgraph, so without it larger graphs use the same
Fruchterman–Reingold steps on dense NumPy arrays (``_dense_spring``). A last pass pushes
apart nodes that would overlap.
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Hashable

import networkx as nx
import numpy as np
import numpy.typing as npt

__all__ = ["layout_positions"]

#: Pixels per unit of sqrt(node count): the drawing's half-width is about this times sqrt(n).
_SPREAD = 95.0
_MIN_HALF_WIDTH = 260.0
#: Up to this many nodes, refine by stress majorization (O(n²) memory and time per step).
_STRESS_MAX = 400
#: Pixel length of one edge (one graph-distance unit) in stress layouts.
_EDGE_PX = 170.0
#: Nodes closer than this (in pixels) are pushed apart.
_MIN_GAP = 70.0


def _dense_spring(
    adj: npt.NDArray[np.float32], *, seed: int, iterations: int = 50
) -> npt.NDArray[np.float32]:
    """Fruchterman–Reingold on a dense adjacency matrix (as ``networkx``'s own dense solver)."""
    n = adj.shape[0]
    pos = np.random.RandomState(seed).rand(n, 2).astype(np.float32)
    k = np.float32(math.sqrt(1.0 / n))
    t = float(np.max(pos.max(axis=0) - pos.min(axis=0))) * 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt(np.einsum("ijk,ijk->ij", delta, delta))
        np.maximum(dist, 0.01, out=dist)
        force = k * k / (dist * dist) - adj * dist / k
        disp = np.einsum("ijk,ij->ik", delta, force)
        length = np.sqrt(np.einsum("ij,ij->i", disp, disp))
        length = np.where(length < 0.01, np.float32(0.1), length)
        pos += disp * (np.float32(t) / length)[:, None]
        t -= dt
    return pos


def _stress(
    simple: nx.Graph, nodes: list[Hashable], init: npt.NDArray[np.float64], *, iterations: int = 300
) -> npt.NDArray[np.float64]:
    """Stress majorization (Gansner, Koren & North 2004), Jacobi-style, from ``init``.

    Disconnected pairs are given the graph's diameter plus one as their target distance.
    """
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    dist = np.full((n, n), np.inf)
    for src, lengths in nx.all_pairs_dijkstra_path_length(simple, weight="length"):
        for dst, d in lengths.items():
            dist[index[src], index[dst]] = d
    finite = dist[np.isfinite(dist)]
    dist[~np.isfinite(dist)] = (finite.max() if finite.size else 0.0) + 1.0
    np.fill_diagonal(dist, 1.0)
    weight = dist**-2.0
    np.fill_diagonal(weight, 0.0)
    wsum = weight.sum(axis=1)[:, None]
    wd = weight * dist
    # scale the start so that its mean edge-pair distance matches the targets
    diff = init[:, None, :] - init[None, :, :]
    cur = np.sqrt(np.einsum("ijk,ijk->ij", diff, diff))
    mask = weight > 0
    pos = init * (float((dist[mask] * cur[mask]).sum()) / max(float((cur[mask] ** 2).sum()), 1e-12))
    for _ in range(iterations):
        diff = pos[:, None, :] - pos[None, :, :]
        cur = np.sqrt(np.einsum("ijk,ijk->ij", diff, diff))
        np.maximum(cur, 1e-9, out=cur)
        new = (weight @ pos + np.einsum("ij,ijk->ik", wd / cur, diff)) / wsum
        moved = float(np.abs(new - pos).max())
        pos = new
        if moved < 1e-4:
            break
    return pos


def _separate(arr: npt.NDArray[np.float64], gap: float, *, rounds: int = 12) -> npt.NDArray[np.float64]:
    """Push apart pairs of points closer than ``gap`` (a few rounds, half the overlap each)."""
    n = arr.shape[0]
    if n > 3000:  # O(n²) memory per round; the pages cap drawn nodes well below this
        return arr
    rng = np.random.RandomState(0)
    for _ in range(rounds):
        diff = arr[:, None, :] - arr[None, :, :]
        cur = np.sqrt(np.einsum("ijk,ijk->ij", diff, diff))
        np.fill_diagonal(cur, np.inf)
        close = cur < gap
        if not close.any():
            break
        same = cur < 1e-6
        if same.any():  # coincident points: nudge them apart deterministically
            arr = arr + same.any(axis=1)[:, None] * rng.uniform(-1, 1, arr.shape)
            continue
        push = np.zeros_like(cur)
        np.divide(gap - cur, 2 * cur, out=push, where=close)
        arr = arr + np.einsum("ij,ijk->ik", push, diff) / np.maximum(close.sum(axis=1), 1)[:, None]
    return arr


def _landscape(arr: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Rotate the drawing so that its widest spread is horizontal (pages are landscape)."""
    centred = arr - arr.mean(axis=0)
    cov = centred.T @ centred
    _, vecs = np.linalg.eigh(cov)
    major = vecs[:, -1]
    if major[0] < 0 or (major[0] == 0 and major[1] < 0):  # a fixed sign keeps the result deterministic
        major = -major
    rot = np.array([[major[0], major[1]], [-major[1], major[0]]])
    return centred @ rot.T


def layout_positions(g: nx.Graph, *, seed: int = 42) -> dict[Hashable, tuple[float, float]]:
    """Place every node of ``g``, deterministically, in pixel coordinates centred on 0.

    Parallel and reverse edges pull a pair closer in spring layouts and lengthen it in stress
    layouts (room for the curves); self-loops are ignored. The result is rotated to landscape.

    Parameters
    ----------
    g : networkx.Graph
        Any graph (a MultiDiGraph in practice).
    seed : int
        Seed of the force-directed layout: the same graph always gets the same picture.

    Returns
    -------
    dict
        ``{node: (x, y)}`` rounded to 0.1 px.
    """
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    for u, v in g.edges():
        if u != v:
            count = simple.get_edge_data(u, v, {"count": 0})["count"] + 1
            # spring attraction grows with parallel edges; stress length too, to leave room for the curves
            simple.add_edge(
                u, v, count=count, weight=min(count, 3), length=min(1.0 + 0.25 * (count - 1), 2.5)
            )
    linked = [v for v in simple if simple.degree(v) > 0]
    isolated = [v for v in simple if simple.degree(v) == 0]
    positions = _place_linked(simple.subgraph(linked), linked, seed=seed)
    positions.update(_place_isolated(isolated, positions))
    return {v: (round(x, 1), round(y, 1)) for v, (x, y) in positions.items()}


def _place_linked(
    simple: nx.Graph, nodes: list[Hashable], *, seed: int
) -> dict[Hashable, tuple[float, float]]:
    """Force-directed (and, when small, stress) layout of nodes that have at least one edge."""
    n = len(nodes)
    if n == 0:
        return {}
    if n < 500 or importlib.util.find_spec("scipy") is not None:
        pos = nx.spring_layout(simple, seed=seed, weight="weight", iterations=100 if n < 200 else 50)
        arr = np.array([pos[v] for v in nodes], dtype=np.float64)
    else:
        adj = nx.to_numpy_array(simple, nodelist=nodes, weight="weight", dtype=np.float32)
        arr = _dense_spring(adj, seed=seed).astype(np.float64)
    arr -= arr.mean(axis=0)
    if n <= _STRESS_MAX:
        arr = _stress(simple, nodes, arr) * _EDGE_PX
        arr -= arr.mean(axis=0)
    else:
        extent = float(np.abs(arr).max()) or 1.0
        arr *= max(_MIN_HALF_WIDTH, _SPREAD * math.sqrt(n)) / extent
    arr = _landscape(_separate(arr, _MIN_GAP))
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, arr, strict=True)}


def _place_isolated(
    nodes: list[Hashable], placed: dict[Hashable, tuple[float, float]]
) -> dict[Hashable, tuple[float, float]]:
    """Actors without relations: a grid under the drawing (force layouts fling them far away)."""
    if not nodes:
        return {}
    step = 1.6 * _MIN_GAP
    if placed:
        xs = [x for x, _ in placed.values()]
        ys = [y for _, y in placed.values()]
        left, width, top = min(xs), max(xs) - min(xs), max(ys) + 2 * step
    else:
        cols = math.ceil(math.sqrt(len(nodes)) * 1.6)
        width = step * (min(cols, len(nodes)) - 1)
        left, top = -width / 2, 0.0
    cols = max(1, min(len(nodes), int(width // step) + 1))
    return {v: (left + (i % cols) * step, top + (i // cols) * step) for i, v in enumerate(nodes)}
