"""Seeded, precomputed node positions for report pages (the browser runs no physics).

Small graphs (up to ``_STRESS_MAX`` nodes) start from ``networkx.spring_layout(seed=42)``
and are then refined by stress majorization, which makes every edge about one unit long
(what Kamada–Kawai does, without SciPy). ``networkx.spring_layout`` needs SciPy from 500
nodes on; SciPy is not a dependency of actorgraph, so without it larger graphs use the same
Fruchterman–Reingold steps on dense NumPy arrays (``_dense_spring``). A pass pushes apart
nodes that would overlap.

Connected components are packed into a landscape box shaped like the page's graph area, and a
small drawing (up to ``_STRESS_MAX`` nodes) is then shrunk towards the size that the page can
show at a readable zoom (``_fit_canvas``), so that a hundred actors are not drawn at a third
of their size. Actors without relations go in a grid under the drawing.
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
#: Up to this many nodes, the force-directed layout is exact (dense O(n²) NumPy steps).
_DENSE_MAX = 1500
#: With more components than this, they are laid out together instead of packed.
_MAX_PACKED = 400
#: The graph area of a report at 1400×900 (CSS pixels), less a margin: what components are packed into.
_CANVAS = (920.0, 600.0)
#: Up to this many drawn nodes, the page may show the drawing at its full size (zoom 1).
_FULL_SIZE_NODES = 36
#: The drawing is never shrunk below the size that zoom 0.5 fits into the canvas.
_MIN_FIT_ZOOM = 0.5
#: Pixels kept free between two dots when the drawing is shrunk.
_DOT_PAD = 14.0


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


def _separate(
    arr: npt.NDArray[np.float64], gap: float | npt.NDArray[np.float64], *, rounds: int = 12
) -> npt.NDArray[np.float64]:
    """Push apart pairs of points closer than ``gap`` (a number, or one per pair as an n×n array;
    a few rounds, half the overlap each)."""
    n = arr.shape[0]
    if n > _DENSE_MAX:  # O(n²) memory per round
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
    return np.asarray(centred @ rot.T, dtype=np.float64)


def layout_positions(
    g: nx.Graph, *, seed: int = 42, radii: dict[Hashable, float] | None = None
) -> dict[Hashable, tuple[float, float]]:
    """Place every node of ``g``, deterministically, in pixel coordinates centred on 0.

    Parallel and reverse edges pull a pair closer in spring layouts and lengthen it in stress
    layouts (room for the curves); self-loops are ignored. The result is rotated to landscape.

    Parameters
    ----------
    g : networkx.Graph
        Any graph (a MultiDiGraph in practice).
    seed : int
        Seed of the force-directed layout: the same graph always gets the same picture.
    radii : dict, optional
        Dot radius of each node in pixels (default 16), so that a shrunk drawing keeps dots apart.

    Returns
    -------
    dict
        ``{node: (x, y)}`` rounded to 0.1 px.
    """
    counts: dict[tuple[Hashable, Hashable], int] = {}
    for u, v in g.edges():
        if u != v:
            pair = (v, u) if (v, u) in counts else (u, v)
            counts[pair] = counts.get(pair, 0) + 1
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    # spring attraction grows with parallel edges; stress length too, to leave room for the curves
    simple.add_edges_from(
        (u, v, {"count": c, "weight": min(c, 3), "length": min(1.0 + 0.25 * (c - 1), 2.5)})
        for (u, v), c in counts.items()
    )
    linked = [v for v in simple if simple.degree(v) > 0]
    isolated = [v for v in simple if simple.degree(v) == 0]
    # (without isolated actors the graph is its own linked part: no copy of 60,000 edges)
    linked_part = simple if not isolated else _induced(simple, linked)
    positions = _place_linked(linked_part, linked, seed=seed)
    if 0 < len(linked) <= _STRESS_MAX:
        positions = _fit_canvas(positions, radii or {})
    positions.update(_place_isolated(isolated, positions))
    return {v: (round(x, 1), round(y, 1)) for v, (x, y) in positions.items()}


def _induced(simple: nx.Graph, nodes: list[Hashable]) -> nx.Graph:
    """The subgraph on ``nodes``, as a new graph whose nodes and edges keep the order given.

    ``Graph.subgraph`` returns a view that, when it holds less than half of the graph, iterates
    its nodes in the order of a Python set: by string hashes, which change with
    ``PYTHONHASHSEED``. Layouts seeded by position would then differ from run to run.
    """
    keep = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from((u, v, d) for u in nodes for v, d in simple.adj[u].items() if v in keep)
    return sub


def _place_linked(
    simple: nx.Graph, nodes: list[Hashable], *, seed: int
) -> dict[Hashable, tuple[float, float]]:
    """Lay out each connected component on its own, then pack them, largest first."""
    if not nodes:
        return {}
    order = {v: i for i, v in enumerate(nodes)}  # (list.index made this quadratic: 10 s at 20,000)
    components = sorted(
        (sorted(c, key=order.__getitem__) for c in nx.connected_components(simple)),
        key=lambda c: (-len(c), order[c[0]]),
    )
    if len(components) > _MAX_PACKED:  # thousands of tiny components: one layout is cheaper
        components = [nodes]
    whole = len(components) == 1  # then the component is ``simple`` itself, in the same order
    placed = [_place_component(simple if whole else _induced(simple, c), c, seed=seed) for c in components]
    return _pack(components, placed)


def _place_component(simple: nx.Graph, nodes: list[Hashable], *, seed: int) -> npt.NDArray[np.float64]:
    """Force-directed (and, when small, stress) layout of one component, centred on 0."""
    n = len(nodes)
    if n == 2:
        return np.array([[-_EDGE_PX / 2, 0.0], [_EDGE_PX / 2, 0.0]])
    if n < 500 or importlib.util.find_spec("scipy") is not None:
        pos = nx.spring_layout(simple, seed=seed, weight="weight", iterations=100 if n < 200 else 50)
        arr = np.array([pos[v] for v in nodes], dtype=np.float64)
    elif n <= _DENSE_MAX:
        adj = nx.to_numpy_array(simple, nodelist=nodes, weight="weight", dtype=np.float32)
        arr = _dense_spring(adj, seed=seed).astype(np.float64)
    else:
        arr = _sampled_spring(simple, nodes, seed=seed)
    arr -= arr.mean(axis=0)
    if n <= _STRESS_MAX:
        arr = _stress(simple, nodes, arr) * _EDGE_PX
        arr -= arr.mean(axis=0)
    else:
        extent = float(np.abs(arr).max()) or 1.0
        arr *= max(_MIN_HALF_WIDTH, _SPREAD * math.sqrt(n)) / extent
    return _landscape(_separate(arr, _MIN_GAP))


def _shelves(
    sizes: list[tuple[float, float]], row_width: float, gap: float
) -> tuple[list[tuple[float, float]], float, float]:
    """Shelf packing in the given order: top-left corners, and the width and height of the whole."""
    corners: list[tuple[float, float]] = []
    x = y = row_height = width = 0.0
    for w, h in sizes:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        corners.append((x, y))
        width = max(width, x + w)
        x += w + gap
        row_height = max(row_height, h)
    return corners, width, y + row_height


def _pack(
    components: list[list[Hashable]], placed: list[npt.NDArray[np.float64]]
) -> dict[Hashable, tuple[float, float]]:
    """Pack component drawings (largest first) into a box shaped like the page's graph area.

    Tries shelves of several widths, and the largest component on the left with the others in
    columns beside it; keeps the arrangement that the canvas would show at the largest zoom.
    """
    gap = 2.5 * _MIN_GAP
    boxes = [(arr.min(axis=0), arr.max(axis=0)) for arr in placed]
    sizes = [(float(hi[0] - lo[0]), float(hi[1] - lo[1])) for lo, hi in boxes]
    aspect = _CANVAS[0] / _CANVAS[1]

    def score(width: float, height: float) -> float:
        return max(width / aspect, height)

    widest = max(w for w, _ in sizes)
    total = sum(w for w, _ in sizes) + gap * (len(sizes) - 1)
    best_corners, best_w, best_h = _shelves(sizes, widest, gap)
    for step in range(1, 16):  # shelves from the widest component to one row, geometrically
        row = widest * (total / widest) ** (step / 15)
        corners, w, h = _shelves(sizes, row, gap)
        if score(w, h) < score(best_w, best_h):
            best_corners, best_w, best_h = corners, w, h
    if len(sizes) > 1:  # the largest on the left, the rest in columns (shelves on their side)
        first_w, first_h = sizes[0]
        rest = [(h, w) for w, h in sizes[1:]]
        tallest = max(h for h, _ in rest)
        for column in (max(first_h, tallest), max(first_h * 1.5, tallest), max(first_h * 2, tallest)):
            corners, h, w = _shelves(rest, column, gap)
            width, height = first_w + gap + w, max(first_h, h)
            if score(width, height) < score(best_w, best_h):
                best_corners = [(0.0, 0.0)] + [(first_w + gap + cy, cx) for cx, cy in corners]
                best_w, best_h = width, height
    out: dict[Hashable, tuple[float, float]] = {}
    for nodes, arr, (lo, _hi), corner in zip(components, placed, boxes, best_corners, strict=True):
        shifted = arr - lo + np.array(corner)
        out.update({v: (float(px), float(py)) for v, (px, py) in zip(nodes, shifted, strict=True)})
    xs = [p[0] for p in out.values()]
    ys = [p[1] for p in out.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {v: (px - cx, py - cy) for v, (px, py) in out.items()}


def _fit_canvas(
    positions: dict[Hashable, tuple[float, float]], radii: dict[Hashable, float]
) -> dict[Hashable, tuple[float, float]]:
    """Shrink a drawing towards the size the page's canvas shows at a readable zoom.

    The target zoom is 1 up to ``_FULL_SIZE_NODES`` nodes and falls as 1/sqrt(n), to no less
    than ``_MIN_FIT_ZOOM``; the drawing is never enlarged. Dots that come too close (their
    radii plus ``_DOT_PAD``) are then pushed apart.
    """
    nodes = list(positions)
    arr = np.array([positions[v] for v in nodes], dtype=np.float64)
    zoom = min(1.0, max(_MIN_FIT_ZOOM, math.sqrt(_FULL_SIZE_NODES / len(nodes))))
    extent = arr.max(axis=0) - arr.min(axis=0)
    factor = min(
        1.0, _CANVAS[0] / zoom / max(float(extent[0]), 1.0), _CANVAS[1] / zoom / max(float(extent[1]), 1.0)
    )
    if factor >= 1.0:
        return positions
    arr = arr * factor
    r = np.array([float(radii.get(v, 16.0)) for v in nodes])
    arr = _separate(arr, r[:, None] + r[None, :] + _DOT_PAD, rounds=30)
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, arr, strict=True)}


def _sampled_spring(
    simple: nx.Graph, nodes: list[Hashable], *, seed: int, iterations: int = 60, samples: int = 24
) -> npt.NDArray[np.float64]:
    """Fruchterman–Reingold in O(n + m) a step: repulsion from a seeded sample of nodes.

    Each step, every node is pushed by ``samples`` random nodes, scaled up to stand for all
    of them; attraction runs along every edge. Deterministic for a given seed.
    """
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in simple.edges()], dtype=np.int64).reshape(-1, 2)
    weights = np.array([d.get("weight", 1) for _, _, d in simple.edges(data=True)], dtype=np.float64)
    rng = np.random.RandomState(seed)
    pos = rng.rand(n, 2)
    k = math.sqrt(1.0 / n)
    t = 0.1
    scale = (n - 1) / samples
    for _ in range(iterations):
        disp = np.zeros_like(pos)
        others = rng.randint(0, n, size=(n, samples))
        delta = pos[:, None, :] - pos[others]
        dist2 = np.maximum(np.einsum("ijk,ijk->ij", delta, delta), 1e-6)
        disp += scale * np.einsum("ijk,ij->ik", delta, k * k / dist2)
        d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
        dist = np.maximum(np.sqrt(np.einsum("ij,ij->i", d, d)), 1e-6)
        pull = d * (weights * dist / k)[:, None]
        for axis in (0, 1):  # bincount sums per node ~10x faster than np.add.at
            disp[:, axis] += np.bincount(pairs[:, 1], pull[:, axis], n) - np.bincount(
                pairs[:, 0], pull[:, axis], n
            )
        length = np.maximum(np.sqrt(np.einsum("ij,ij->i", disp, disp)), 1e-9)
        pos += disp * (np.minimum(length, t) / length)[:, None]
        t -= 0.1 / (iterations + 1)
    return pos


def _place_isolated(
    nodes: list[Hashable], placed: dict[Hashable, tuple[float, float]]
) -> dict[Hashable, tuple[float, float]]:
    """Actors without relations: a grid under the drawing (force layouts fling them far away)."""
    if not nodes:
        return {}
    step_x, step_y = 2.2 * _MIN_GAP, 1.2 * _MIN_GAP  # room for a name under each dot
    if placed:
        xs = [x for x, _ in placed.values()]
        ys = [y for _, y in placed.values()]
        left, width, top = min(xs), max(xs) - min(xs), max(ys) + 2 * step_y
    else:
        cols = math.ceil(math.sqrt(len(nodes)) * 1.6)
        width = step_x * (min(cols, len(nodes)) - 1)
        left, top = -width / 2, 0.0
    cols = max(1, min(len(nodes), int(width // step_x) + 1))
    return {v: (left + (i % cols) * step_x, top + (i // cols) * step_y) for i, v in enumerate(nodes)}
