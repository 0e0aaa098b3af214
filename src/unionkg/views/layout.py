"""Fixed node positions, computed once in Python, that a reader can read.

The browser draws with physics off: a 1,000-node graph appears at once and
never jiggles, and the same graph gives the same picture (and the same bytes)
on every build.  What makes the picture legible is decided here:

* one cluster per connected component (networkx finds them), laid out on
  its own (Fruchterman–Reingold with gravity, in NumPy), then freed of
  overlapping labels;
* clusters packed (a skyline), largest first, with a clear gap between them,
  in a width (``PACK_EM`` font sizes) that a laptop window shows at 1:1, so labels
  drawn at ``FONT`` graph units stay at least 12 px on screen when the whole
  layout is fitted;
* nodes without any relation laid out apart, below, as their own block: the
  page hides them until asked;
* above ``MAX_LABELLED`` nodes only the most connected keep full-size labels
  (the issue asks for 12 px on screen up to 300; all 600 get it here).
"""
from __future__ import annotations

import hashlib
import json
import math
import unicodedata
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import networkx as nx
import numpy as np

SEED = 7
#: Label font size in graph units (vis-network draws it at this many px at zoom 1).
FONT = 14
#: Label font of the nodes past ``MAX_LABELLED``: drawn only once zoomed in.
SMALL_FONT = 5
#: At most this many labels are full size; beyond, the most connected keep theirs.  The
#: canvas grows in height instead of the labels shrinking, so every one of 600 nodes
#: keeps 14 px (about 12,000 px of canvas); past that the page would be too tall.
MAX_LABELLED = 600
#: Width the clusters are packed into, in font sizes: 80 em = 1,120 units, shown at
#: zoom 1 from a window about 1,200 px wide, and with labels of 12 px or more from
#: about 1,100 px (64 em left clusters of the seeds one to a row: a page 40 % taller).
PACK_EM = 80
#: Space kept around every label box and between clusters.
GAP = 8.0
CLUSTER_GAP = 3 * FONT
#: Characters per label line; longer names wrap, past three lines they are cut (the tooltip has them whole).
LINE_CHARS = 11
MAX_LINES = 3
#: Overlap removal: sweeps before a stuck layout is spread by ``SPREAD``; each sweep
#: moves an overlapping pair apart by its whole overlap (``DAMP``).
SWEEPS = 50
DAMP = 1.0
SPREAD = 1.05
#: The layout's pull towards the centre: measured on the seeds and samples, the
#: largest clusters end at about 2.6 times their label area (3.9 with none).
GRAVITY = 0.5
#: The spring layout starts as a disc of this many times the label area, then is pushed apart.
RATIO = 0.5


#: Past this degree a node is drawn no larger: a body tied to every one of thousands of
#: reports would otherwise be a disc hundreds of pixels wide, covering its neighbours.
MAX_SIZE_DEGREE = 25


def node_size(degree: int) -> float:
    """vis-network's ``size`` (a radius): grows with the square root of the degree, up to a cap."""
    return round(12 + 6 * math.sqrt(min(degree, MAX_SIZE_DEGREE)), 1)


def _lines(text: str) -> list[str]:
    if len(text) <= LINE_CHARS + 1:
        return [text]
    count = math.ceil(len(text) / LINE_CHARS)
    per = math.ceil(len(text) / count)
    return [text[i:i + per] for i in range(0, len(text), per)]


def wrap_label(name: str) -> str:
    """A name on at most three balanced lines (``\\n`` between), cut with … if longer.

    A display name's context (``公司工会（晨风集团）``, ``市总工会 · 金坛市``) starts
    line of its own when the whole is too long for one, so the bare name and what
    tells it apart read as two units.
    """
    name = " ".join(str(name).split())
    if len(name) <= LINE_CHARS + 1:
        return name
    head, context = name, ""
    for mark in ("（", " · "):
        at = name.find(mark)
        if at > 0:
            head, context = name[:at], name[at:].strip()
            break
    lines = _lines(head) + (_lines(context) if context else [])
    if len(lines) > MAX_LINES:
        lines = _lines(name)
    if len(lines) > MAX_LINES:
        cut = name[: MAX_LINES * LINE_CHARS - 1] + "…"
        per = math.ceil(len(cut) / MAX_LINES)
        lines = [cut[i:i + per] for i in range(0, len(cut), per)]
    return "\n".join(lines)


def text_width(line: str, font: float) -> float:
    """Estimated drawn width: a wide (CJK) character is one em, anything else about 0.6."""
    return sum(font if unicodedata.east_asian_width(c) in "WF" else 0.6 * font for c in line)


def node_box(label: str, shape: str, degree: int, font: float) -> tuple[float, float, float]:
    """Width, height and the vertical offset of the box centre from the node position.

    A ``box`` holds its label inside; a dot, diamond or star draws the label below itself.
    """
    lines = label.split("\n") if label else []
    text_w = max((text_width(line, font) for line in lines), default=0.0) * 1.1
    text_h = len(lines) * font * 1.25
    if shape == "box":
        return text_w + 12, max(text_h, font) + 12, 0.0
    radius = node_size(degree)
    width = max(2 * radius, text_w)
    height = 2 * radius + (text_h + 4 if lines else 0)
    return width, height, height / 2 - radius


@dataclass
class Layout:
    """Positions (node → x, y) and the cluster of each node; ``related`` is the part drawn by default."""

    positions: dict[str, tuple[float, float]]
    cluster: dict[str, int]
    boxes: dict[str, tuple[float, float, float]]
    width: float = 0.0
    height: float = 0.0
    related_height: float = 0.0
    isolated: list[str] = field(default_factory=list)


def spring(graph: nx.Graph, nodes: list[str], iterations: int | None = None) -> np.ndarray:
    """Unit-scale positions of one component, in ``nodes`` order: Fruchterman–Reingold with gravity.

    NumPy, not ``nx.spring_layout`` (which wants SciPy above 500 nodes) nor
    ``nx.forceatlas2_layout`` (as compact, measured on the seeds and samples,
    but about twice as slow, and every page runs a layout).  The pull towards
    the centre keeps a hub's leaves close instead of strung out on a wide ring.
    """
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    if n == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    # a small cluster settles in fewer steps, and pages hold hundreds of small clusters
    iterations = iterations or min(60, 20 + n)
    index = {node: i for i, node in enumerate(nodes)}
    pairs = tuple(sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v in graph.edges() if u != v}))
    if n > MEMO_NODES:
        return _spring(n, iterations, pairs)
    return _remembered_spring(n, iterations, pairs).copy()


#: Clusters up to this size are laid out once per shape: the same few small shapes (a
#: body with its three events, a prize with its two winners) recur on thousands of pages.
MEMO_NODES = 64


@lru_cache(maxsize=8192)
def _remembered_spring(n: int, iterations: int, pairs: tuple[tuple[int, int], ...]) -> np.ndarray:
    return _spring(n, iterations, pairs)


def _spring(n: int, iterations: int, pairs: tuple[tuple[int, int], ...]) -> np.ndarray:
    """The layout of ``n`` nodes joined by ``pairs`` (indices): it depends on nothing else."""
    adj = np.zeros((n, n))
    for i, j in pairs:
        adj[i, j] = adj[j, i] = 1.0
    rng = np.random.default_rng(SEED)
    x, y = rng.random(n), rng.random(n)
    k = math.sqrt(1.0 / n)
    temp = 0.1
    step = temp / (iterations + 1)
    for _ in range(iterations):
        # x and y kept apart: two n×n arrays instead of one n×n×2, about twice as fast
        dx = x[:, None] - x[None, :]
        dy = y[:, None] - y[None, :]
        dist = np.hypot(dx, dy)
        np.clip(dist, 0.01, None, out=dist)
        force = k * k / (dist * dist) - adj * (dist / k)
        disp_x = (dx * force).sum(axis=1) - GRAVITY * (x - x.mean())
        disp_y = (dy * force).sum(axis=1) - GRAVITY * (y - y.mean())
        length = np.clip(np.hypot(disp_x, disp_y), 0.01, None)
        x += disp_x * (temp / length)
        y += disp_y * (temp / length)
        temp -= step
    return np.column_stack((x, y))


def overlaps(centres: np.ndarray, sizes: np.ndarray, gap: float = GAP) -> np.ndarray:
    """Pairs (i < j) whose boxes, grown by ``gap``, intersect: ``(k, 2)`` indices."""
    dx = np.abs(centres[:, None, 0] - centres[None, :, 0])
    dy = np.abs(centres[:, None, 1] - centres[None, :, 1])
    ox = (sizes[:, None, 0] + sizes[None, :, 0]) / 2 + gap - dx
    oy = (sizes[:, None, 1] + sizes[None, :, 1]) / 2 + gap - dy
    hit = np.triu((ox > 0) & (oy > 0), k=1)
    return np.argwhere(hit)


def separate(centres: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Push overlapping boxes apart along the axis they overlap least; spread out if stuck.

    Each sweep moves both boxes of every overlapping pair half the overlap; a
    layout still tangled after ``SWEEPS`` sweeps is spread by 5 % and tried again,
    which always ends (far enough apart nothing overlaps).
    """
    pos = centres.astype(float).copy()
    n = len(pos)
    if n < 2:
        return pos
    # ties (same coordinate) broken by index, so the result is deterministic
    tie = np.where(np.arange(n)[:, None] < np.arange(n)[None, :], -1.0, 1.0)
    half_w = (sizes[:, None, 0] + sizes[None, :, 0]) / 2 + GAP
    half_h = (sizes[:, None, 1] + sizes[None, :, 1]) / 2 + GAP
    for _ in range(40):
        for _ in range(SWEEPS):
            dx = pos[:, None, 0] - pos[None, :, 0]
            dy = pos[:, None, 1] - pos[None, :, 1]
            ox = half_w - np.abs(dx)
            oy = half_h - np.abs(dy)
            hit = (ox > 0) & (oy > 0)
            np.fill_diagonal(hit, False)
            if not hit.any():
                return pos
            sx = np.where(dx == 0, tie, np.sign(dx))
            sy = np.where(dy == 0, tie, np.sign(dy))
            along_x = hit & (ox <= oy)
            along_y = hit & ~(ox <= oy)
            pos[:, 0] += np.where(along_x, sx * ox * 0.5, 0.0).sum(axis=1) * DAMP
            pos[:, 1] += np.where(along_y, sy * oy * 0.5, 0.0).sum(axis=1) * DAMP
        pos = (pos - pos.mean(axis=0)) * SPREAD
    return pos


def _ordered_subgraph(graph: nx.Graph, nodes: list[str]) -> nx.Graph:
    """The subgraph on ``nodes`` as a new graph in sorted order.

    A ``graph.subgraph`` view of a small part iterates its nodes in the order of a
    Python set, which changes with the per-process string hash; the seeded layouts
    would then place the same graph differently from one run to the next.
    """
    keep = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(sorted(nodes))
    sub.add_edges_from(sorted((u, v) if u <= v else (v, u) for u in sorted(nodes)
                              for v in graph[u] if v in keep and u != v))
    return sub


def _component_positions(graph: nx.Graph, nodes: list[str],
                         boxes: dict[str, tuple[float, float, float]]) -> dict[str, tuple[float, float]]:
    """One component: spring layout scaled to its label area, then overlaps removed.

    Returned positions are relative to the component's box's top-left corner.
    """
    unit = spring(_ordered_subgraph(graph, nodes), nodes)
    sizes = np.array([[boxes[n][0], boxes[n][1]] for n in nodes])
    offset = np.array([[0.0, boxes[n][2]] for n in nodes])
    area = float((sizes[:, 0] + GAP) @ (sizes[:, 1] + GAP))
    span = float(np.abs(unit - unit.mean(axis=0)).max()) or 1.0
    # the spring layout fills a disc: start it smaller than the labels need, separation spreads it
    radius = math.sqrt(RATIO * area / math.pi)
    start = (unit - unit.mean(axis=0)) * (radius / span)
    limit = PACK_EM * FONT
    squeeze = 1.0
    for _ in range(3):
        # wider than a row: start from an upright ellipse of the same area rather than
        # shrink every label to fit the window; each try starts afresh from the spring layout
        centres = separate(start * np.array([squeeze, 1 / squeeze]) + offset, sizes)
        width = float((centres[:, 0] + sizes[:, 0] / 2).max() - (centres[:, 0] - sizes[:, 0] / 2).min())
        if width <= limit:
            break
        squeeze *= limit / width
    low = (centres - sizes / 2).min(axis=0)
    return {node: (float(centres[i, 0] - offset[i, 0] - low[0]), float(centres[i, 1] - offset[i, 1] - low[1]))
            for i, node in enumerate(nodes)}


def _extent(rel: dict[str, tuple[float, float]], boxes: dict[str, tuple[float, float, float]]) -> tuple[float, float]:
    right = max(x + boxes[n][0] / 2 for n, (x, _) in rel.items())
    bottom = max(y + boxes[n][2] + boxes[n][1] / 2 for n, (_, y) in rel.items())
    return right, bottom


def pack(blocks: list[tuple[float, float]], width: float, gap: float = CLUSTER_GAP) -> list[tuple[float, float]]:
    """Skyline packing: each block (w, h), in order, goes where its top is highest (ties: leftmost).

    Returns top-left corners; blocks never overlap and keep ``gap`` between them.
    Rows (:func:`shelves`) leave the space under every short cluster empty; the
    skyline fills it: 3 % shorter on the seeds, 12 % on the samples.
    """
    # the skyline: (x, width, y) segments covering [0, width)
    sky: list[tuple[float, float, float]] = [(0.0, max(width, max((w for w, _ in blocks), default=0.0)), 0.0)]
    corners = []
    for w, h in blocks:
        best = None
        for i, (x, _, _) in enumerate(sky):
            if x + w > sky[-1][0] + sky[-1][1] + 1e-6:
                break
            top = 0.0
            for sx, _, y in sky[i:]:  # sorted by x: stop past the block's right edge and its gap
                if sx >= x + w + gap:
                    break
                top = max(top, y)
            if best is None or top < best[1] - 1e-6:
                best = (x, top)
        x, top = best
        corners.append((x, top))
        # raise the skyline under the block (plus the gap to its right and below the next)
        right, level = x + w + gap, top + h + gap
        new = []
        for sx, sw, y in sky:
            end = sx + sw
            if end <= x or sx >= right:
                new.append((sx, sw, y))
                continue
            if sx < x:
                new.append((sx, x - sx, y))
            if end > right:
                new.append((right, end - right, y))
        new.append((x, min(right, sky[-1][0] + sky[-1][1]) - x, level))
        sky = sorted(seg for seg in new if seg[1] > 1e-6)
    return corners


def shelves(blocks: list[tuple[float, float]], width: float, gap: float) -> list[tuple[float, float]]:
    """Rows: blocks (w, h) left to right, a new row when the width is used; top-left corners.

    For the many small boxes of the nodes without relations, where a skyline gains nothing.
    """
    corners = []
    x = y = row = 0.0
    for w, h in blocks:
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row + gap, 0.0
        corners.append((x, y))
        x += w + gap
        row = max(row, h)
    return corners


def layout(graph: nx.MultiDiGraph, nodes: list[str], labels: dict[str, str], shapes: dict[str, str],
           fonts: dict[str, float], degrees: dict[str, int] | None = None) -> Layout:
    """Positions of ``nodes``: components packed in rows, nodes with no relation in a block below.

    ``degrees`` are the degrees the nodes are drawn at (:func:`node_size`; a page draws
    a node as large as its degree in the whole graph), else their degrees in ``graph``.
    """
    # built in sorted order: the force layouts iterate the graph's nodes and edges, and
    # ``nodes`` may come from a set (whose order follows the per-process string hash)
    simple = nx.Graph()
    simple.add_nodes_from(sorted(nodes))
    keep = set(nodes)
    simple.add_edges_from(sorted((u, v) if u <= v else (v, u) for u, v in graph.subgraph(nodes).edges()
                                 if u != v and u in keep and v in keep))
    # the box a node takes is the size it is drawn at, so nothing drawn overlaps
    boxes = {n: node_box(labels[n], shapes[n], degrees[n] if degrees is not None else graph.degree(n), fonts[n])
             for n in nodes}
    components = [sorted(c) for c in nx.connected_components(simple)]
    related = [c for c in components if len(c) > 1]
    isolated = sorted(n for c in components if len(c) == 1 for n in c)
    placed: list[tuple[list[str], dict[str, tuple[float, float]], tuple[float, float]]] = []
    for comp in related:
        rel = _component_positions(simple, comp, boxes)
        placed.append((comp, rel, _extent(rel, boxes)))
    # biggest clusters first (then by their first node id, for the same order every build)
    placed.sort(key=lambda p: (-len(p[0]), -p[2][1], p[0][0]))
    widest = max((ext[0] for _, _, ext in placed), default=0.0)
    width = max(PACK_EM * FONT, widest)
    positions: dict[str, tuple[float, float]] = {}
    cluster: dict[str, int] = {}
    corners = pack([ext for _, _, ext in placed], width)
    related_height = 0.0
    for index, ((comp, rel, ext), (cx, cy)) in enumerate(zip(placed, corners)):
        for node in comp:
            positions[node] = (cx + rel[node][0], cy + rel[node][1])
            cluster[node] = index
        related_height = max(related_height, cy + ext[1])
    # the unrelated nodes: a block of their own under the clusters, most mentioned first
    isolated.sort(key=lambda n: (-len(graph.nodes[n].get("evidence") or []), labels[n], n))
    top = related_height + (2 * CLUSTER_GAP if placed else 0.0)
    blocks = [(boxes[n][0], boxes[n][1]) for n in isolated]
    height = related_height
    for node, (cx, cy) in zip(isolated, shelves(blocks, width, gap=GAP * 2)):
        w, h, dy = boxes[node]
        positions[node] = (cx + w / 2, top + cy + h / 2 - dy)
        cluster[node] = -1
        height = max(height, top + cy + h)
    positions = {n: (round(x - width / 2, 1), round(y, 1)) for n, (x, y) in positions.items()}
    return Layout(positions, cluster, boxes, width, height, related_height, isolated)



def layout_fingerprint() -> str:
    """A hash of what decides a layout besides its input: this module, NumPy and networkx."""
    digest = hashlib.sha256(f"numpy {np.__version__} networkx {nx.__version__}\n".encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()


def cached_layout(cache, graph: nx.MultiDiGraph, nodes: list[str], labels: dict[str, str],
                  shapes: dict[str, str], fonts: dict[str, float], degrees: dict[str, int] | None = None) -> Layout:
    """:func:`layout`, taken from ``cache`` (``get_data`` / ``put_data``) when the same input was laid out before.

    The force layout is most of a page's cost, and a rebuild after one report
    changed redraws pages whose picture is unchanged: the key is everything
    ``layout`` reads (the nodes in order, the edges among them, labels,
    shapes, fonts, degrees, evidence counts), so a hit gives the very numbers a fresh
    layout would.
    """
    if cache is None:
        return layout(graph, nodes, labels, shapes, fonts, degrees)
    keep = set(nodes)
    edges = sorted([u, v] for u, v in graph.subgraph(nodes).edges() if u in keep and v in keep)
    evidence = [len(graph.nodes[n].get("evidence") or []) for n in nodes]
    key = hashlib.sha256(json.dumps(
        [list(nodes), edges, [labels[n] for n in nodes], [shapes[n] for n in nodes],
         [fonts[n] for n in nodes], evidence, None if degrees is None else [degrees[n] for n in nodes]],
        ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()
    found = cache.get_data(key)
    if found is not None:
        try:
            data = json.loads(found)
            return Layout({n: tuple(p) for n, p in data["positions"].items()}, data["cluster"],
                          {n: tuple(b) for n, b in data["boxes"].items()}, data["width"], data["height"],
                          data["related_height"], data["isolated"])
        except (ValueError, KeyError, TypeError):
            pass  # a damaged entry is recomputed, never trusted
    placed = layout(graph, nodes, labels, shapes, fonts, degrees)
    cache.put_data(key, json.dumps(asdict(placed), ensure_ascii=False))
    return placed
