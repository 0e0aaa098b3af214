"""Fixed node positions, computed once in Python.

The browser then draws with physics off: a 1,000-node graph appears at once
and never jiggles, and the same graph gives the same picture (and the same
bytes) on every build.  ``nx.spring_layout`` needs SciPy above 500 nodes, which
is not a dependency, so this is the same Fruchterman–Reingold step in NumPy.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

SEED = 7


def positions(graph: nx.Graph, nodes: list[str], *, iterations: int = 60) -> dict[str, tuple[float, float]]:
    """Spring layout of ``nodes`` (in that order) scaled to about 60 px per node."""
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    adj = np.zeros((n, n))
    for u, v in graph.edges():
        if u in index and v in index and u != v:
            adj[index[u], index[v]] = adj[index[v], index[u]] = 1.0
    rng = np.random.default_rng(SEED)
    pos = rng.random((n, 2))
    k = math.sqrt(1.0 / n)
    temp = 0.1
    step = temp / (iterations + 1)
    x, y = pos[:, 0].copy(), pos[:, 1].copy()
    for _ in range(iterations):
        # x and y kept apart: two n×n arrays instead of one n×n×2, about twice as fast
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        dist = np.hypot(dx, dy)
        np.clip(dist, 0.01, None, out=dist)
        force = k * k / (dist * dist) - adj * (dist / k)
        disp_x = (dx * force).sum(axis=1)
        disp_y = (dy * force).sum(axis=1)
        length = np.clip(np.hypot(disp_x, disp_y), 0.01, None)
        x += disp_x * (temp / length)
        y += disp_y * (temp / length)
        temp -= step
    pos = np.column_stack((x, y))
    pos -= pos.mean(axis=0)
    span = float(np.abs(pos).max()) or 1.0
    scale = 60.0 * math.sqrt(n) / span
    return {node: (round(float(x * scale), 1), round(float(y * scale), 1))
            for node, (x, y) in zip(nodes, pos)}
